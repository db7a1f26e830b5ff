// Shared by the garbage detector's files (filters/debris_tokens.cpp classifies a token,
// filters/error_traces.cpp marks stack frames and error lines, filters/garbage_runs.cpp grows
// runs from the classes): token classes and ASCII helpers. Internal to the garbage filter.
#pragma once
#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

#include "ascii.hpp"
#include "filters/filters.hpp"
#include "filters/machine_tokens.hpp"

#include <utf8proc.h>

namespace winnow::detail::garbage_tokens {

// See filters/debris_tokens.cpp for what each class means.
enum class Cls : std::uint8_t { neutral, glue, foreign, soft, hard };

// Classes of bytes a token holds (Tok::marks), noted while the token is read: a detector that
// needs a byte of a class the token lacks (a source position its ':', a date its digits) passes
// the token over without reading it again.
enum Marks : std::uint8_t {
    m_digit = 1,
    m_dot = 2,        // '.'
    m_colon = 4,      // ':'
    m_paren = 8,      // '('
    m_bracket = 16,   // '['
    m_stop = 32,      // '.', '!', '?'
    m_high = 64,      // a byte of a multi-byte character
    m_separator = 128 // ',' or ';'
};
// The Marks of one byte, by table (read for every byte of a block's words).
inline constexpr std::array<std::uint8_t, 256> kByteMarks = [] {
    std::array<std::uint8_t, 256> m{};
    for (int c = '0'; c <= '9'; ++c) m[static_cast<std::size_t>(c)] = m_digit;
    for (int c = 0x80; c < 0x100; ++c) m[static_cast<std::size_t>(c)] = m_high;
    m['.'] = m_dot | m_stop;
    m['!'] = m['?'] = m_stop;
    m[':'] = m_colon;
    m['('] = m_paren;
    m['['] = m_bracket;
    m[','] = m[';'] = m_separator;
    return m;
}();
inline std::uint8_t marks_of(char c) { return kByteMarks[static_cast<unsigned char>(c)]; }

// One whitespace token read from b (a byte not a space): where it ends, its Marks, and whether
// it is a plain word (prose_screen.cpp): an opening bracket or quote, maybe; a capital, maybe;
// small letters with an apostrophe or a hyphen between two of them; then sentence marks, quotes
// and one ')' at most. Refused besides: a token without a letter, with five hyphens or more,
// "null" or "undefined", "M-…"/"m-…", "(word,". Its letters are read eight at a time; they,
// the apostrophes and hyphens between them have no Marks.
struct WordScan {
    std::size_t end = 0;
    std::uint8_t marks = 0;
    bool plain = false;
};
inline bool plain_trailing_mark(char c) { return c == '.' || c == ',' || c == '!' || c == '?' || c == '"' || c == '\''; }
inline WordScan scan_word(std::string_view text, std::size_t b) {
    const char* const s = text.data();
    const std::size_t n = text.size();
    WordScan w;
    std::size_t p = b;
    if (s[p] == '(' || s[p] == '"' || s[p] == '\'') w.marks = marks_of(s[p++]);
    const std::size_t core = p;
    if (p < n && s[p] >= 'A' && s[p] <= 'Z') ++p;
    int hyphens = 0;
    for (;;) {
        p = ascii_letters_end<true>(s, p, n);
        if (p + 1 < n && (s[p] == '\'' || s[p] == '-') && p > core && s[p + 1] >= 'a' && s[p + 1] <= 'z') {
            hyphens += s[p] == '-';
            p += 2;
            continue;
        }
        break;
    }
    const std::size_t core_end = p;
    bool plain = core_end > core && hyphens < 5;
    int closers = 0;
    for (; p < n && !is_ascii_space(s[p]); ++p) {
        w.marks |= marks_of(s[p]);
        plain = plain && (plain_trailing_mark(s[p]) || (s[p] == ')' && ++closers == 1));
    }
    w.end = p;
    if (!plain || (s[b] == '(' && s[p - 1] == ',')) return w;
    const std::string_view word(s + core, core_end - core);
    if (word == "null" || word == "undefined") return w;
    if ((s[b] == 'M' || s[b] == 'm') && p - b >= 2 && s[b + 1] == '-') return w;
    w.plain = true;
    return w;
}

struct Tok {
    std::uint32_t b = 0, e = 0;   // byte range in text
    std::uint32_t cut = 0;        // hard: offset inside the token where debris starts
    Cls cls = Cls::neutral;
    std::uint8_t marks = 0;       // Marks of its bytes
};

inline bool is_space(char c) { return is_ascii_space(c); }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool is_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
// An upper-case letter of any script (Unicode category Lu).
inline bool is_upper_cp(char32_t cp) {
    return cp < 0x80 ? cp >= 'A' && cp <= 'Z' : utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LU;
}
inline bool is_dig(char c) { return c >= '0' && c <= '9'; }
inline bool is_hex(char c) { return is_dig(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
inline bool is_terminal(char c) { return c == '.' || c == '!' || c == '?'; }
// Where byte c first stands in a token, or npos: a loop, where string_view::find calls memchr
// (dearer than the loop on a word of a few bytes, and asked of every token).
inline std::size_t byte_in(std::string_view t, char c) {
    for (std::size_t i = 0; i < t.size(); ++i)
        if (t[i] == c) return i;
    return std::string_view::npos;
}

// Whether text holds needle, looked for by its byte at `anchor`, a rare one (the '|' of " | "):
// find of the whole needle runs memchr on its first byte, and in prose a space is every sixth.
inline bool holds(std::string_view text, std::string_view needle, std::size_t anchor) {
    const char c = needle[anchor];
    for (std::size_t p = text.find(c, anchor); p != std::string_view::npos; p = text.find(c, p + 1))
        if (text.substr(p - anchor, needle.size()) == needle) return true;
    return false;
}

// A block's tokens counted by their Marks, while they are read: a detector that needs several
// tokens of a class (a row of byte literals four tokens with digits) passes over a block with
// fewer without reading its tokens. The detectors change classes, never Marks: it holds for all.
struct TokenCensus {
    std::uint32_t digit = 0;      // tokens with a digit
    std::uint32_t colon = 0;      // tokens with a ':'
    std::uint32_t separator = 0;  // tokens with a ',' or ';'
    std::uint32_t command_args = 0;  // tokens shaped as a command's argument (command_argument)
};

// Whether a token ends a sentence ("word.", "word.»", "end.\")").
bool ends_sentence(std::string_view t);
// A log-level tag ("[debug]", "[WARN]", "[error]"): a logger's line, never prose.
bool is_log_tag(std::string_view t);
// Where a path to a source file with a line number starts in a token, or npos.
std::size_t source_position(std::string_view t);
// A source file named by an error message before its line ("/var/www/x/single.php").
bool is_source_file(std::string_view t);
// The class of one whitespace token; for a hard token, cut is where its debris starts.
Cls classify(std::string_view t, int dominant, std::uint32_t& cut, const KnownWord& known_word);
// Tokens of a hex dump's lines and of a data file's rows pasted as text, marked hard
// (filters/dump_rows.cpp).
void mark_hex_dumps(std::string_view text, std::vector<Tok>& toks);
void mark_field_rows(std::string_view text, std::vector<Tok>& toks);

inline bool joins(Cls c) { return c != Cls::neutral; }
bool has_digit(std::string_view t);
// A row of a data file ("id;nume;judet", "2023-01-04,14.2,0.83"): its number of fields (three or
// more) and its separator, or 0 (filters/data_rows.cpp).
std::size_t row_fields(std::string_view t, char& sep);
// A machine's row of six or more numbers joined without spaces, two with a fraction
// ("2019,4.51,3.98,0.112,77,1203") (filters/data_rows.cpp).
bool number_row(std::string_view t);
// Marks hard the token runs that are debris only together: a serializer's empty values
// ("NaN undefined"), stack frames ("at fn (/app/x.js:10:15)") and error messages naming a
// source line ("Warning: … in /var/www/x.php on line 42"), call statements with string
// arguments ("track('page', 'UA-1');"). (toks as find_garbage_runs reads them, Marks noted.)
// (TraceScreens::off runs every pass without the screens by Marks, for the differential test.
// census: the tokens' census as read, when the caller has it; else the tokens are counted.)
enum class TraceScreens : std::uint8_t { on, off };
void mark_error_traces(std::string_view text, std::vector<Tok>& toks, TraceScreens screens = TraceScreens::on,
                       const TokenCensus* census = nullptr);
// Marks hard a unified diff's hunk header ("@@ -12,7 +12,8 @@") with the hunk's lines after it
// and the file headers before it, as far as no prose stands there (filters/patch_hunks.cpp).
void mark_patch_hunks(std::string_view text, std::vector<Tok>& toks);
// Marks hard terminal colour codes left without their escape byte, two or more in a row, with
// the words they coloured ("[1;32m✔[0m 14 passing") (filters/terminal_codes.cpp).
void mark_terminal_codes(std::string_view text, std::vector<Tok>& toks);
// Marks hard a scheduler's table line: five time fields, two stars side by side, a command with
// a path (filters/cron_lines.cpp).
void mark_cron_lines(std::string_view text, std::vector<Tok>& toks);
// Marks hard a shell's or a build file's command line: a command, then options, paths, file
// names and shell operators close together (filters/command_lines.cpp).
// census: the block's; a block with fewer than two tokens shaped as arguments holds no line.
void mark_command_lines(std::string_view text, std::vector<Tok>& toks, const TokenCensus* census = nullptr);
// Whether a token (marks: its Marks) is shaped as a command's technical argument: an option, a
// shell operator, a path, a file name (filters/command_lines.cpp). A plain word never is.
bool command_argument(std::string_view t, std::uint8_t marks);
// Marks hard a config file's or a schema's assignments run together (`name = "x" port = 80`):
// two or more, one value quoted (filters/config_assignments.cpp).
void mark_config_assignments(std::string_view text, std::vector<Tok>& toks);
// Marks hard a static site's front matter run into prose: keys ("slug:") with their values
// between two "---" (or "+++") fences (filters/front_matter.cpp).
void mark_front_matter(std::string_view text, std::vector<Tok>& toks);
// Marks hard lightweight markup's source in prose: a table's rows around its delimiter row,
// link reference definitions (filters/markdown_residue.cpp).
void mark_markdown_residue(std::string_view text, std::vector<Tok>& toks);
// Marks hard a listing of bytes as a program's literals, four or more in a row ("0x4D 0x5A 0x90
// 0x00") (filters/byte_literals.cpp).
void mark_byte_literals(std::string_view text, std::vector<Tok>& toks);
// Marks hard a version control's change summary: "path | count +++--" lines and
// the totals after them (filters/change_stats.cpp).
void mark_change_stats(std::string_view text, std::vector<Tok>& toks);
// Marks hard LaTeX and RTF control words, three or more close together ("\hline", "\par\pard")
// (filters/control_words.cpp).
void mark_control_words(std::string_view text, std::vector<Tok>& toks);
// Marks hard a build tool's pragma comment with its assignment ("//# sourceMappingURL=app.js.map")
// (filters/pragma_comments.cpp).
void mark_pragma_comments(std::string_view text, std::vector<Tok>& toks);
// Marks hard an interactive session's numbered prompts ("In [3]:", "Out[3]:") with the cells'
// code and output between and after them (filters/session_prompts.cpp).
void mark_session_prompts(std::string_view text, std::vector<Tok>& toks);
// In text, a line a block: a session's prompt alone on its line at block i and the lines its
// cell printed right under it: how many blocks, or 0 (filters/session_prompts.cpp).
std::size_t prompt_output_run(const std::vector<Block>& blocks, std::size_t i);
// Marks hard a directory listing's rows: a file mode, a link count, owners, size and time, the
// name (filters/listing_rows.cpp).
void mark_listing_rows(std::string_view text, std::vector<Tok>& toks);
// Marks hard software names glued to their versions, three or more close together: pins,
// package lists, a user agent's product tokens (filters/versioned_names.cpp).
void mark_versioned_names(std::string_view text, std::vector<Tok>& toks);
// Marks hard a vector drawing's path data: a move command, then numbers with command letters
// glued between them (filters/path_data.cpp).
void mark_path_data(std::string_view text, std::vector<Tok>& toks);
// Marks hard a record of named fields run together in prose: HTTP headers, a flattened YAML
// file, calendar and contact card lines (filters/field_records.cpp).
void mark_field_records(std::string_view text, std::vector<Tok>& toks);
// An element's tag named inside a sentence ("use the <br> element"): its tokens made neutral
// again (filters/tag_mentions.cpp).
void spare_tag_mentions(std::string_view text, std::vector<Tok>& toks);
// A calendar's or contact card's content line: "NAME:value", "NAME;PARAM=X:value" (capitals).
bool content_line(std::string_view t);
// Where the word ends in a token that debris was glued to ("meeting2000-11-18",
// "largerSELECT"), by shape: a change of script or case, digits, a path, symbols; 0 if none
// (filters/glued_words.cpp). own: the token is the run's first, whose tail the detectors
// already took for debris; only a script or case change or a date ends its word there
// ("zukym373" is a fragment whole).
std::uint32_t glued_word_end(std::string_view t, bool own);
// Runs of words marked with diacritics far more than the paragraph around them, in letters the
// page uses nowhere else: fragments of other Latin-script languages (filters/marked_runs.cpp).
// page: the page's marked letters, or null (then the paragraph is the page).
void find_marked_runs(std::string_view text, const MarkedLetters* page, std::vector<TextRange>& out);
// At least how many marked Latin letters text has: its characters of two or more bytes but
// the general punctuation's (find_marked_runs reads a text with fewer than six no further).
std::size_t possible_marked_letters(std::string_view text);

// Whether a block is plain ASCII words and nothing else: letters (a capital at most opening a
// word), an apostrophe or hyphen inside a word, quotes and sentence marks around it, spaces.
// No token detector and no machine statistic finds a run in such a block: find_garbage_runs
// stops after its tokenizer, which tells the same while it reads, and the machine reader never
// reads the block (filters/prose_screen.cpp tells why each finds nothing).
bool plain_prose(std::string_view text);
// Whether one whitespace token is such a plain word (t: the whole token, no space in it;
// scan_word's test). Such a token is never split and classify says neutral (debris_tokens.cpp's
// plain_word takes it): read_garbage_tokens makes it a neutral token without classify. (The
// detectors still see the token: a run of them may take it, as it takes words of prose.)
bool plain_token(std::string_view t);

// Widens runs over the label before them ("Request ID: 3f2a…", "trace-id 9e1d…"): a word, or up
// to three ending in a colon, between a sentence's end and a run that ends its segment
// (filters/run_labels.cpp). runs: merged, in text order.
void take_run_labels(std::string_view text, std::vector<TextRange>& runs);
// Widens runs over the ASCII tokens with a machine mark touching them in prose of a script other
// than Latin, up to that script's first word: the same log line's words (filters/latin_strands.cpp).
void widen_over_latin_strands(std::string_view text, int dominant, std::vector<TextRange>& runs);
// The length of the web address opening t (a scheme and "://" or "www.", dotted host labels
// ending in a top-level domain of letters, a path), sentence marks after it left out; 0 if none.
std::size_t web_address_length(std::string_view t);
// Where the first web address in a token ends (it may follow a bracket, a quote or a word of a
// script without spaces); 0 if the token holds none.
std::size_t web_address_end(std::string_view t);
// Moves a run's start that falls inside a written-out address to the address's end, and drops
// a run the address holds whole: the address is the author's text (filters/address_edges.cpp).
void keep_address_heads(std::string_view text, std::vector<TextRange>& runs);
// Ends a run before the clause of the page's unspaced script (Han, kana, Thai…) glued behind its
// last token's ASCII debris: the sentence goes on (filters/glued_clauses.cpp).
void keep_glued_clauses(std::string_view text, int dominant, std::vector<TextRange>& runs);

// Which sibling blocks are markup source left unrendered, a line each: a front matter between
// fences, link reference definitions (filters/markup_source.cpp).
std::vector<char> markup_source_blocks(const std::vector<Block>& blocks);

// Whether a line has a config file's or a header dump's shape (filters/markup_source.cpp).
// (ConfigScreen::off reads every line whole, without the screen of a long line by its first
// bytes, for the differential test.)
enum class ConfigScreen : std::uint8_t { on, off };
bool config_shaped(std::string_view line, ConfigScreen screen = ConfigScreen::on);

// Lines of a machine's text in a row from block i on, a line a block: how many, or 0
// (filters/machine_line_runs.cpp).
std::size_t machine_line_run(const std::vector<Block>& blocks, std::size_t i);

// Runs every token detector over a block's tokens, marking hard what each finds
// (filters/token_detectors.cpp). census: the block's, whose counts let a detector that needs
// digits, colons or separators pass a block without them; null runs every detector.
void mark_token_detectors(std::string_view text, std::vector<Tok>& toks, const TokenCensus* census);

// What find_garbage_runs fills for each block: remove_garbage keeps one for a page's blocks,
// so the buffers grow once per page, not once per block. (machine.screens off: every detector
// reads every block, the census's screens too, for the differential test.)
struct RunBuffers {
    std::vector<Tok> toks;
    std::vector<std::uint32_t> lead;
    TokenCensus census;
    machine::MachineBuffers machine;
};

}  // namespace winnow::detail::garbage_tokens

namespace winnow::detail {

std::vector<TextRange> find_garbage_runs(std::string_view text, int dominant_script, const KnownWord& known_word,
                                         const MarkedLetters* page, garbage_tokens::RunBuffers& buffers);

}  // namespace winnow::detail
