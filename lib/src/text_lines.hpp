// Lines of plain text input and the shapes the text structure stage reads in them: list
// markers, Markdown heading marks, quote marks, code fences, sentence ends. Shared by the
// header reader (text_header.cpp) and the body reader (text_structure.cpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace winnow::detail {

struct TextLine {
    std::string_view text;    // trimmed
    std::string_view raw;     // as written, without the line break (code keeps its indentation, rows their tabs)
    std::size_t indent = 0;   // leading spaces (list nesting: two per level, as the text output writes it)
    std::uint32_t number = 0; // 1-based line number in the input
};

// Splits text into lines (empty lines kept: they separate paragraphs).
std::vector<TextLine> split_text_lines(std::string_view text, std::uint32_t first_number = 1);

// Trims ASCII white space and the Unicode spaces scrapes leave at line ends (NBSP,
// ideographic space, BOM, zero-width space).
std::string_view trim_line(std::string_view s);

std::string ascii_lower(std::string_view s);
std::size_t line_words(std::string_view s);
// The words of s, parted by ASCII white space, as views into s.
std::vector<std::string_view> split_words(std::string_view s);

// Ends with sentence punctuation (also closing quotes, CJK full stops, ellipsis, colon,
// semicolon and comma: a line so ended is part of running text).
bool ends_sentence(std::string_view s);
bool starts_upper_or_digit(std::string_view s);
// First letter is a lower-case letter (any script with case): the line continues a sentence.
bool starts_lower(std::string_view s);

// "## Title" (CommonMark: 1-6 hashes then a space); 0 for "#include" or "#hashtag".
std::size_t markdown_heading_level(std::string_view s);

// "- item" (what the text output writes for a list item) or "12. item" / "12) item".
struct ListMarker {
    bool ordered = false;
    unsigned number = 0;   // ordered: the number written
    char delimiter = 0;    // ordered: '.' or ')'
    std::size_t skip = 0;  // bytes up to the item text
};
bool read_list_marker(std::string_view s, ListMarker& m);

// "> text" or a lone ">" (a blank line inside a quote): the quote marks the text output writes.
// ">>>" or ">text" are not: scraped text uses them as arrows and reply marks.
bool is_quote_line(std::string_view s);
// The line with one quote mark removed.
std::string_view unquote(std::string_view raw);

// Length of the backtick run opening a code fence ("```", "````lang"), 0 if none.
std::size_t fence_length(std::string_view s);

}  // namespace winnow::detail
