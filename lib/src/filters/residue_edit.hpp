// What the link-residue filter's files share: logging residue cut from a block's text, handing
// a cut citation's target to the word it belonged to, and the markdown-link step.
#pragma once
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string_view>
#include <string>

#include <winnow/winnow.hpp>

namespace winnow::detail {

// Gives the word that ends at pos (the claim a cut citation belonged to) the link target,
// unless it already carries a link. Keeps the reference without keeping the residue text.
void relink_previous_word(Block& b, std::uint32_t pos, const std::string& target);
// Extends a cut left over the whitespace that separated it from the previous word.
std::uint32_t with_leading_space(const std::string& t, std::uint32_t begin);
// Logs text cut from b at byte `at` as residue.
void record_residue(Document& doc, const Block& b, std::string text, std::size_t at);

// The first byte of t at or after `from` that is one of the bytes of `set` (t.size() if none):
// the residue scans look for the few bytes a residue opens on, most blocks holding none, and
// strcspn passes over the rest far faster than a test per byte. It stops at a NUL too: one
// inside the text is passed over, the string's own terminator ends the search.
inline std::size_t find_any(const std::string& t, std::size_t from, const char* set) {
    while (from < t.size()) {
        from += std::strcspn(t.c_str() + from, set);
        if (from >= t.size() || t[from] != '\0') return std::min(from, t.size());
        ++from;
    }
    return t.size();
}

// Raw markdown links in b's text: "[label](https://…)" becomes "label" with a link span, a
// footnote number's "[3](https://…)" goes and hands its target to the word before it
// (markdown_links.cpp).
void convert_markdown_links(Document& doc, Block& b);

// What the document says that linked marks are judged by (link_residue.cpp's Context).
struct LinkedMarkContext {
    std::function<bool(std::string_view)> in_page;    // a target inside this page
    std::function<bool(std::string_view)> used_once;  // a folded phrase the text says once
    // How often the text says a folded phrase, and how many links' whole text is a folded
    // bracketed label: a label said only as such links is said nowhere else.
    std::function<std::size_t(std::string_view)> said;
    std::function<std::size_t(std::string_view)> link_labels;
    // used_once searches the whole text: a page of thousands of bracketed links would ask it
    // per link (quadratic), so a document asks it kMaxLabelQuestions times at most.
    static constexpr std::size_t kMaxLabelQuestions = 64;
    mutable std::size_t label_questions = 0;
};
// A link whose whole text is a sign ("↗", "†"), a note number "(2)" pointing inside the page, the
// bracketed file type of its target "[PDF]", or a bracketed label the text says nowhere else,
// between a word and a clause end: cut (linked_marks.cpp).
void remove_linked_marks(Document& doc, Block& b, const LinkedMarkContext& ctx);
// A paragraph of one short link to a place in this page at the body's edge ("Skip to content"):
// its text goes (jump_links.cpp).
void remove_jump_links(Document& doc, const LinkedMarkContext& ctx);

}  // namespace winnow::detail
