// Shared by filters/machine_token_stats.cpp (reading the tokens), machine_text.cpp (scores and runs) and
// filters/machine_lines.cpp (statements and logger lines over those tokens): the counts of one
// whitespace token. Internal to the garbage filter.
#pragma once
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "filters/evidence.hpp"
#include "filters/filters.hpp"

namespace winnow::detail::machine {

// Counts of one whitespace token, filled while the paragraph is read once.
struct TokenStats {
    std::uint32_t b = 0, e = 0;
    std::uint16_t chars = 0, letters = 0, upper = 0, lower = 0, digits = 0, hex_letters = 0;
    // { } [ ] = _ \ | ^ ~ ` $ # @, ";" inside a word and "()" pairs (not "*": "F***"; not "<>":
    // markup tags are debris_tokens.cpp's, which cuts the tag and keeps the words between).
    std::uint16_t code = 0;
    std::uint16_t slashes = 0, colons = 0, dots = 0, dashes = 0, quotes = 0, commas = 0;
    std::uint16_t symbols = 0;       // symbols and pictographs (Unicode S* categories, not ASCII)
    std::uint16_t same_symbol = 0;   // longest run of one symbol repeated
    std::uint16_t tail_symbols = 0;  // symbols at the token's end ("word✦✦✦": 3)
    std::uint16_t shapes = 0;        // of them arrows, box drawing, geometric shapes, dingbats (U+2190-U+2BFF)
    std::uint16_t letter_digit = 0;  // changes between a letter and a digit
    std::uint16_t camel = 0;         // lower case followed by upper case
    std::uint16_t non_latin = 0;     // letters of another script than Latin (script in `script`)
    std::uint8_t script = 0;         // the first non-Latin script in the token
    bool mixed_scripts = false;      // two non-Latin scripts in one token
    bool glued_script = false;       // a Latin letter directly followed by a non-Latin one ("stareロシキ")
    bool ends_latin = false;         // its last letter is Latin
    bool underscore_joint = false;   // '_' between two letters
    bool url = false;
    bool formula = false;            // element symbols with counts: C6H12O6, Ca(OH)2, H2SO4 with subscripts
    bool sentence_end = false;       // ends with . ! ? (before closing quotes or brackets)
    bool exclamation = false;        // holds a '!' or '?' (a '.' is counted in dots)
    bool angle = false;              // holds a '<' or '>' (a '=' is counted in code)
    bool source_path = false;        // directories and a file with an extension, maybe a line: "a/b/c.py:88"
};

// A paragraph's letters by script, and which scripts it has any of: a paragraph uses one or
// two of the table's 161, and its script is chosen over those alone.
struct ScriptCounts {
    std::array<std::uint32_t, script_count> letters{};
    std::array<std::uint64_t, (script_count + 63) / 64> used{};  // bit s: letters[s] > 0

    void add(int s, std::uint32_t n) {
        letters[static_cast<std::size_t>(s)] += n;
        used[static_cast<std::size_t>(s) / 64] |= std::uint64_t{1} << (s % 64);
    }
    // f(script, letters) for each script with letters, in the table's order.
    template <class F>
    void for_each_used(F&& f) const {
        for (std::size_t w = 0; w < used.size(); ++w)
            for (std::uint64_t bits = used[w]; bits != 0; bits &= bits - 1) {
                const int s = static_cast<int>(w * 64 + static_cast<std::size_t>(std::countr_zero(bits)));
                f(s, letters[static_cast<std::size_t>(s)]);
            }
    }
};

// Whether a token is a link (TokenStats::url), a chemical formula (TokenStats::formula), read
// whole: read_tokens asks them only of a token whose counts allow one (machine_token_stats.cpp).
bool is_url(std::string_view t);
bool is_formula(std::string_view t);

// Reads the text once (machine_token_stats.cpp): one TokenStats per whitespace token, and the
// paragraph's letter counts by script. A plain word (a capital at most, first, small ASCII
// letters, one ',' or '.' at most) is read whole at once (WordPath::whole); by_character reads
// every token character by character, for the differential test (test_machine_token_reader).
enum class WordPath : std::uint8_t { whole, by_character };
void read_tokens(std::string_view text, std::vector<TokenStats>& toks, ScriptCounts& scripts,
                 WordPath path = WordPath::whole);

// What a paragraph's tokens hold at all, counted once after they are read: each finder of
// whole spans (and mark_log_lines) needs tokens of a kind and of a number, and a paragraph with
// fewer is passed over without its tokens read again (machine_text.cpp's cut_whole_spans tells
// each finder's condition).
struct TokenTotals {
    std::size_t digits = 0;      // tokens with a digit
    std::size_t colons = 0;      // tokens with a ':'
    bool stamp = false;          // a token with two ':' and six digits or more: a time with seconds
    bool dotted_number = false;  // a token with three '.' and four digits or more: an IPv4 address
    bool file_name = false;      // a token with a '.', a digit and a letter
};
TokenTotals totals_of(const std::vector<TokenStats>& toks);

// Whether the finders' screens by TokenTotals are used (off: every finder reads every
// paragraph, for the differential test).
enum class SpanScreens : std::uint8_t { on, off };

// What find_machine_runs fills for each paragraph: a caller reading a page's paragraphs one
// after another keeps one, so the buffers grow once per page, not once per paragraph.
struct MachineBuffers {
    std::vector<TokenStats> toks;
    std::vector<std::uint8_t> score;
    SpanScreens screens = SpanScreens::on;
};
void find_machine_runs(std::string_view text, int dominant, const KnownWord& known_word, std::vector<TextRange>& out,
                       MachineBuffers& buffers);

// Whether the document's prose uses one of a token's names besides the token itself (or
// besides `around`, the statement the token stands in, when given).
// Where the next of a few marks stands in text, from a position on. Each mark's next place is
// kept and searched again only once passed: a mark that never comes is looked for once, not from
// every token (a page of "=>" with no '$' made each search for '$' read to the end).
// Positions are asked in increasing order.
template <std::size_t N>
class NextMark {
public:
    NextMark(std::string_view text, const char (&marks)[N]) : text_(text) {
        for (std::size_t i = 0; i < N; ++i) marks_[i] = marks[i], at_[i] = text.find(marks[i]);
    }
    std::size_t from(std::size_t p) {
        std::size_t next = std::string_view::npos;
        for (std::size_t i = 0; i < N; ++i) {
            if (at_[i] < p) at_[i] = text_.find(marks_[i], p);
            next = std::min(next, at_[i]);
        }
        return next;
    }

private:
    std::string_view text_;
    std::array<char, N> marks_{};
    std::array<std::size_t, N> at_{};
};

// The copies of each name counted in one `around` (names_known's memo for one span).
using CopyCounts = std::unordered_map<std::string_view, std::size_t>;
bool names_known(std::string_view t, const KnownWord& known_word, std::string_view around = {}, CopyCounts* copies = nullptr);
// Where a keyword in capitals starts when glued behind a lower-case word ("boatsSELECT",
// "для́WHERE"): the byte offset of a trailing upper-case run of three or more letters (four when
// one lower-case letter leads: "mRNA" is a word) that follows one or more lower-case letters (maybe
// after one capital) and ends the token; 0 if the token has no such shape.
std::size_t caps_tail(std::string_view t);
// Raise the scores of the tokens of machine statements ("FETCH a.b WHEN c=5") ...
void mark_statements(std::string_view text, const std::vector<TokenStats>& toks, std::vector<std::uint8_t>& score,
                     const KnownWord& known_word);
// ... and of statements whose keywords are in lower case, by their operands ("set a_b=4 where c='x'") ...
// (SpanScreens::off reads every token whole, for the differential test.)
void mark_operand_statements(std::string_view text, const std::vector<TokenStats>& toks, std::vector<std::uint8_t>& score,
                             const KnownWord& known_word, SpanScreens screens = SpanScreens::on);
// ... and of logger lines ("2031/02/11 04:15:09 WARN pool.take() n=3").
void mark_log_lines(std::string_view text, const std::vector<TokenStats>& toks, std::vector<std::uint8_t>& score);

// Spans of tokens (first, last, bytes of the first token's glued word before it, bytes of the
// last token's glued text after it) that are machine text as a whole (filters/machine_records.cpp):
// runs of `name: value` pairs, network addresses in a row or alone, shell prompts with a command;
// (filters/machine_logs.cpp) syslog and access-log lines; (filters/page_numbers.cpp) a pager's
// page numbers; (filters/breadcrumb_heads.cpp) a breadcrumb trail before a block's first sentence.
struct TokenSpan {
    std::size_t lo = 0, hi = 0;
    std::uint32_t skip = 0;
    std::uint32_t keep = 0;
};
using TokenSpans = std::vector<TokenSpan>;
void find_records(std::string_view text, const std::vector<TokenStats>& toks, const KnownWord& known_word, TokenSpans& spans);
// (filters/machine_records.cpp) a record's fields flattened into one line: three or more names
// with a colon over short values, one of a machine's shape, a segment of its own.
void find_flat_records(std::string_view text, const std::vector<TokenStats>& toks, const KnownWord& known_word, TokenSpans& spans);
void find_addresses(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans);
void find_prompts(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans);
void find_log_records(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans);
void find_page_numbers(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans);
// Its two parts: a pager's run (three page numbers at least) and "Label N of M" closing the block.
void find_page_number_runs(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans);
void find_page_label(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans);
// (filters/counter_runs.cpp) counts and labels of a share or reaction bar in alternation.
void find_counter_runs(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans);
// (filters/status_stamps.cpp) a chat or post's status: pictographs and one time or count.
void find_status_stamps(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans);
void find_breadcrumb_head(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans);
// (filters/hashtag_runs.cpp) three or more hashtags in a row, a segment of their own.
void find_hashtag_runs(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans);
// (filters/file_name_runs.cpp) numbered file names ("DSC01234.jpg"), a segment of their own.
void find_file_name_runs(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans);
// (filters/ticker_runs.cpp) codes, prices and signed changes of a quote ticker.
void find_ticker_runs(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans);
// (filters/format_specs.cpp) printf and brace specs of a template left unfilled.
void find_format_specs(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans);
// Whether a sentence starts with token t: its first letter a capital or of a script without
// case (filters/counter_runs.cpp).
bool opens_sentence(std::string_view t);
// Whether token t ends a sentence: a stop (filters/machine_text.cpp's sentence_end), a full-width
// stop, a danda.
bool closes_sentence(std::string_view t, const TokenStats& s);

}  // namespace winnow::detail::machine
