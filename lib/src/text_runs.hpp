// Stage — text runs: long runs of plain text handed to Gumbo as one-character placeholders
// (made while precleaning) and put back when parse copies Gumbo's tree into the flat Dom.
//
// Gumbo's tokenizer emits one token per character and its tree builder handles each; on
// text-heavy pages that is most of the parse. But the tree builder only ever asks of a
// character whether it is whitespace (and treats NUL, CR and "&" apart in the tokenizer), so
// a run of text in the data state can be swapped for a character that is not whitespace:
//
//   run         = leading whitespace, interior (starts and ends with non-whitespace), trailing whitespace
//   placeholder = the same leading whitespace, one private-use character U+100000 + index,
//                 one LF per LF of the interior, the same trailing whitespace
//
// Why the tree is the same (every insertion mode that can see data-state characters):
// - Whitespace is ' ', TAB, LF, FF (CR never occurs in a run). Leading and trailing whitespace
//   are verbatim, so everything a whitespace token does (inserted in head / after head /
//   in column group, ignored before html / before head, "<pre>"'s and "<listing>"'s first LF
//   dropped) happens alike.
// - The interior's first character is not whitespace in both: initial, before html, before
//   head, in head, in head noscript, after head, after body, after after body, in column group
//   (current node colgroup) all switch on it to a mode that inserts every later character, so
//   what comes after it (whitespace or not) is inserted the same way into the same node.
//   In body, in caption, in cell, in select, in select in table, in template (body rules):
//   every character is inserted; the first non-whitespace one sets frameset-ok to "not ok"
//   and reconstructs the active formatting elements, later ones change nothing more.
// - In table / in table body / in row: characters gather as pending table text and are
//   inserted (or foster-parented) all together by whether any is not whitespace: true of
//   both, since the interior holds one.
// - Gumbo's text node kind (whitespace or text) depends on the same test. Consecutive
//   characters are never split across nodes past the first non-whitespace one, so a
//   placeholder (which starts there) lands whole in one text node, possibly merged with
//   neighbouring text and entity-decoded characters: restore() expands each one in place.
// - Lines: the placeholder has as many LFs as the run, so every later node starts on the
//   same line, and the node holding it starts where it did (columns and offsets differ:
//   nothing reads them).
// Where it would not be exact, no placeholder is made: RCDATA/RAWTEXT/script/plaintext
// bodies, comments and attribute values (preclean skips all of them), foreign content
// (preclean blanks or stops), frameset (preclean stops: there only whitespace is kept), and
// everything after a <template> (a <col> in a template makes "in column group" drop
// non-whitespace and keep whitespace). A run ends before "<", NUL and CR (the tokenizer
// treats them apart), before a character Gumbo would replace by U+FFFD (controls, C1,
// noncharacters, bad UTF-8), and at "&" (the next run starts after the letters, digits, "#"
// and ";" that follow it: a character reference is made of nothing else). A page holding a
// byte 0xF4 (planes 16-17, the placeholders' plane) or a numeric reference that could decode
// there gets no placeholders, nor more than 65534 of them.
//
// Attribute values (TextRuns::append_value): a quoted value of 8+ bytes that holds none of
// "<", NUL, CR, a character Gumbo would replace or an "&" other than "&amp;" (URLs' query
// strings: restored with "&" for it, as Gumbo decodes it) reaches Gumbo as one placeholder too
// (U+100000 + its index among the values, then one LF per LF of the value), and parse puts the
// value back. Gumbo's tokenizer appends such a value's characters unchanged, and its tree
// builder reads values in four places only, none of them given a placeholder: an <input>'s
// "type", an <annotation-xml>'s "encoding", an <isindex>'s attributes (its prompt becomes
// text), and the formatting elements' attributes, compared with one another when a fourth
// identical one opens (the "Noah's Ark" clause). <a> is a formatting element whose earlier
// <a> is always closed first, so three never stand open together: its values are folded.
#pragma once
#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace winnow::detail {

struct TextRun {
    const char* begin;        // the whole run in the page that preclean read
    std::uint32_t lead;       // leading whitespace bytes
    std::uint32_t interior;   // bytes replaced by the placeholder character
    std::uint32_t trail;      // trailing whitespace bytes
    std::uint32_t newlines;   // LFs in the interior (the placeholder repeats them)
};

// The placeholders made for one page; the runs are views into the page preclean read, which
// must outlive the Dom restored from them.
class TextRuns {
public:
    // Bytes between a run's leading and trailing whitespace: a placeholder costs the parser one
    // token and the run some bookkeeping, which shorter runs barely repay (on 32 dev pages,
    // Cleaner::clean Ir with 4 / 8 / 16 / 24 / 48: 665.7M / 668.9M / 680.2M / 687.1M / 707.3M).
    static constexpr std::size_t min_interior = 8;
    static constexpr std::size_t max_runs = 65534;    // U+100000..U+10FFFD

    // False (and no placeholders) when the page holds a byte 0xF4.
    bool start(std::string_view page);
    bool enabled() const { return enabled_; }
    // Appends text (all of it in the tokenizer's data state) to out, long runs as placeholders.
    void append_text(std::string_view text, std::string& out);
    const std::vector<TextRun>& runs() const { return runs_; }
    // Appends a quoted attribute value (without its quotes) to out, as a placeholder when it is
    // long and plain (see above); the caller decides that the tag and attribute allow it.
    void append_value(std::string_view value, std::string& out);
    const std::vector<TextRun>& values() const { return values_; }
    // Bytes the placeholders saved: out's size plus this is what preclean alone would write.
    std::size_t saved_bytes() const { return saved_; }

private:
    std::vector<TextRun> runs_;
    std::vector<TextRun> values_;   // attribute values: lead, trail 0
    std::deque<std::string> decoded_;   // values whose "&amp;" became "&" (never moved)
    std::size_t saved_ = 0;
    bool enabled_ = false;
    void append_run(std::string_view run, std::string& out);
};

// The text of a Gumbo text node with every placeholder expanded: `text` itself when it holds
// none, a view into the page when it is exactly one run, else bytes from alloc(size).
template <class Alloc>
std::string_view restore_text_runs(std::string_view text, const std::vector<TextRun>& runs, Alloc&& alloc);

// Non-template core of restore_text_runs: writes the expansion into out (size from
// restored_size); both return 0 / do nothing on a malformed placeholder.
std::size_t restored_size(std::string_view text, const std::vector<TextRun>& runs, const TextRun** only);
void restore_into(std::string_view text, const std::vector<TextRun>& runs, char* out);

// The attribute value a placeholder stands for (a view into the page), or value itself.
inline std::string_view restore_value(std::string_view value, const std::vector<TextRun>& values) {
    if (value.size() < 4 || static_cast<unsigned char>(value[0]) != 0xF4) return value;
    const auto* m = reinterpret_cast<const unsigned char*>(value.data());
    const std::uint32_t index = (m[1] & 0x0Fu) << 12 | (m[2] & 0x3Fu) << 6 | (m[3] & 0x3Fu);
    if ((m[1] & 0xF0) != 0x80 || index >= values.size() || value.size() != 4 + values[index].newlines) return value;
    return {values[index].begin, values[index].interior};
}

template <class Alloc>
std::string_view restore_text_runs(std::string_view text, const std::vector<TextRun>& runs, Alloc&& alloc) {
    const TextRun* only = nullptr;
    const std::size_t size = restored_size(text, runs, &only);
    if (size == 0) return text;
    if (only) return {only->begin, size};
    char* out = static_cast<char*>(alloc(size));
    restore_into(text, runs, out);
    return {out, size};
}

}  // namespace winnow::detail
