// Internal to preclean: the readers that follow the HTML tokenizer over the page's bytes
// (a tag and its attributes, a comment, RCDATA/RAWTEXT and script bodies, an <svg>/<math>
// subtree). They only read; preclean.cpp decides what to write.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

namespace winnow::detail::preclean_markup {

constexpr std::size_t npos = std::string_view::npos;

inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Tokenizer whitespace (CR is folded to LF by input preprocessing).
inline bool is_ws(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r'; }
inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// A tag name, lower-cased; names longer than the buffer never match anything we look for.
struct TagName {
    char buf[16] = {};   // zero past the name: its words are the nesting guard's key (preclean.cpp)
    std::size_t len = 0;
    bool overflow = false;
    void push(char c) {
        if (len < sizeof buf) buf[len++] = lower(c);
        else overflow = true;
    }
    bool is(std::string_view s) const { return !overflow && std::string_view(buf, len) == s; }
    std::string_view view() const { return overflow ? std::string_view() : std::string_view(buf, len); }
};

struct Tag {
    TagName name;
    std::size_t name_end = 0;     // just past the name's last byte
    std::size_t attributes = 0;   // as the tokenizer counts them (duplicates too)
    std::size_t end = npos;       // just past '>'; npos when the page ends inside the tag
    bool self_closing = false;
    bool keep_script = false;     // a type attribute that says JSON-LD (or is entity-coded)
};

// What a start tag's attributes become: an unread value blanked, an unread attribute dropped
// with the whitespace before it (both keep their line breaks), a value made a placeholder.
struct Edit {
    enum Kind : std::uint8_t { blank_value, drop, fold };
    std::size_t from, to;
    Kind kind;
};

class MarkupReader {
public:
    explicit MarkupReader(std::string_view in) : in_(in) {}

protected:
    std::string_view in_;

    char at(std::size_t i) const { return i < in_.size() ? in_[i] : '\0'; }

    std::size_t past_gt(std::size_t from) const {
        const std::size_t gt = in_.find('>', from);
        return gt == npos ? in_.size() : gt + 1;
    }

    // Comment starting at body (just past "<!--"): {end of its text, just past its close}.
    // Ends at "-->" or "--!>"; "<!-->" and "<!--->" are empty comments; EOF ends it too.
    std::pair<std::size_t, std::size_t> comment_end(std::size_t body) const;

    // Reads a start or end tag whose name starts at i: name, attributes (quotes respected),
    // up to and including its '>'. With edits, also what to do with the attributes, in page
    // order: an attribute no stage reads (attribute_dropped) is dropped with the whitespace
    // before it where what stands on either side stays apart (whitespace or '>' after it, only
    // whitespace before it), else a quoted unread value (attribute_unread) is blanked (an
    // unquoted one is left: blanking it would join it to what follows); a long quoted value of
    // another attribute may stand as a placeholder (text_runs.hpp). Neither drops nor
    // placeholders in a tag whose attributes the tree builder compares or reads.
    // (Compiled twice: end tags and the tags inside <svg>/<math> need no edits.)
    template <bool with_edits = false>
    Tag read_tag(std::size_t i, std::vector<Edit>* edits = nullptr, bool fold_values = false) const;

    // True when in_[i] starts "</name" followed by whitespace, '/' or '>'.
    bool is_end_tag(std::size_t i, std::string_view name) const;
    // RCDATA / RAWTEXT body from i: position of the '<' of its end tag, or EOF.
    std::size_t raw_end(std::size_t i, std::string_view name) const;
    // Lower-case ASCII letters from i equal "script" and are followed by a delimiter.
    bool letters_are_script(std::size_t& i) const;
    // Script data from i (the tokenizer's script data states, escaped and double escaped):
    // position of the '<' of the "</script" that ends it, or EOF.
    std::size_t script_end(std::size_t i) const;
    // Body of an <svg>/<math> element from i: the '<' of the end tag that closes it (or EOF),
    // or npos when the content does anything that foreign-content rules hand back to HTML
    // (breakout tags, start tags in integration points, end tags of elements not opened here).
    std::size_t foreign_end(std::size_t i, std::string_view root) const;
};

}  // namespace winnow::detail::preclean_markup
