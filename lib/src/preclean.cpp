#include "preclean.hpp"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <utility>
#include <vector>

namespace winnow::detail {

namespace {

constexpr std::size_t npos = std::string_view::npos;

inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
// Tokenizer whitespace (CR is folded to LF by input preprocessing).
inline bool is_ws(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r'; }
inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// LFs in [b, e): the blanked scripts and styles are most of a page's bytes. Counted in chunks of
// 255 into a byte, so the compiler keeps 16 counters to a vector register instead of widening
// each comparison to a 64-bit sum.
std::size_t count_newlines(const char* b, const char* e) {
    std::size_t total = 0;
    while (b < e) {
        const std::size_t chunk = std::min<std::size_t>(static_cast<std::size_t>(e - b), 255);
        std::uint8_t n = 0;
        for (std::size_t k = 0; k < chunk; ++k) n = static_cast<std::uint8_t>(n + (b[k] == '\n'));
        total += n;
        b += chunk;
    }
    return total;
}

// A tag name, lower-cased; names longer than the buffer never match anything we look for.
struct TagName {
    char buf[16];
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
    std::size_t end = npos;       // just past '>'; npos when the page ends inside the tag
    bool self_closing = false;
    bool keep_script = false;     // a type attribute that says JSON-LD (or is entity-coded)
};

bool contains_ci(std::string_view hay, std::string_view needle) {
    if (needle.size() > hay.size()) return false;
    for (std::size_t i = 0; i + needle.size() <= hay.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && lower(hay[i + k]) == needle[k]) ++k;
        if (k == needle.size()) return true;
    }
    return false;
}

}  // namespace

namespace {

class Scanner {
public:
    Scanner(std::string_view in, std::string& out, PrecleanStats& st, std::vector<StyleSheetText>* styles,
            TextRuns* runs)
        : in_(in), out_(out), st_(st), styles_(styles), runs_(runs && runs->start(in) ? runs : nullptr),
          values_(runs_) {}

    void run() {
        std::size_t pos = 0;
        bool in_select = false;
        std::size_t open_pre = 0, open_listing = 0;   // <pre>/<listing> seen open
        bool keep_ws = false;                          // whitespace shortening switched off
        std::size_t after_empty_end = npos;            // just past the last "</>"
        const std::size_t n = in_.size();
        while (pos < n) {
            const char* p = static_cast<const char*>(std::memchr(in_.data() + pos, '<', n - pos));
            if (!p) break;
            const std::size_t lt = static_cast<std::size_t>(p - in_.data());
            const char c = at(lt + 1);
            // Indentation between tags: a whitespace-only run before a tag or comment is
            // shortened to its line breaks (or one space). It stays a whitespace node; only
            // <pre>/<listing> keep theirs (blocks read their text verbatim). Inline <code> does
            // not: nothing reads it verbatim, and its visible text is the same collapsed.
            if (lt - pos >= 2 && !keep_ws && open_pre + open_listing == 0 && (is_alpha(c) || c == '/' || c == '!') &&
                all_ws(pos, lt))
                blank(pos, lt, true);
            // Text in the data state (every context the loop reaches between markup).
            if (runs_ && copied_ <= pos && lt - pos >= TextRuns::min_interior) {
                out_.append(in_.data() + copied_, pos - copied_);
                runs_->append_text(in_.substr(pos, lt - pos), out_);
                copied_ = lt;
            }
            if (c == '!') {
                if (at(lt + 2) == '-' && at(lt + 3) == '-') {
                    const std::size_t body = lt + 4;
                    const auto [close, after] = comment_end(body);
                    blank(body, close, false);
                    ++st_.comments;
                    pos = after;
                } else {
                    pos = past_gt(lt + 2);   // doctype or bogus comment: both end at the first '>'
                }
            } else if (c == '?') {
                pos = past_gt(lt + 2);
            } else if (c == '/') {
                const char c2 = at(lt + 2);
                if (is_alpha(c2)) {
                    Tag t = read_tag(lt + 2);
                    if (t.end == npos) break;
                    if (t.name.is("select")) in_select = false;
                    if (t.name.is("pre") && open_pre > 0) --open_pre;
                    if (t.name.is("listing") && open_listing > 0) --open_listing;
                    pos = t.end;
                } else if (c2 == '>') {
                    pos = lt + 3;
                    after_empty_end = pos;
                } else {
                    pos = past_gt(lt + 2);
                }
            } else if (is_alpha(c)) {
                edits_.clear();
                // Gumbo emits nothing for "</>", and the tag right after it keeps the start of
                // its source text there: an unknown element's name is then read from all of it,
                // attributes included. Such a tag is copied as it is.
                Tag t = lt == after_empty_end ? read_tag(lt + 1) : read_tag<true>(lt + 1, &edits_);
                if (t.end == npos) break;   // the page ends inside the tag
                // In page order, each range written once.
                for (const Edit& e : edits_) {
                    if (e.kind == Edit::fold) {
                        fold_value(e.from, e.to);
                        continue;
                    }
                    blank(e.from, e.to, false);
                    ++st_.attributes;
                }
                pos = t.end;
                const std::string_view name = t.name.view();
                // In a template, "<col>" makes the parser drop text but keep its whitespace.
                if (runs_ && name == "template") runs_ = nullptr;
                if (name == "script") {
                    const std::size_t close = script_end(t.end);
                    if (!t.keep_script) {
                        blank(t.end, close, true);
                        ++st_.scripts;
                    }
                    pos = close;
                } else if (name == "style" || name == "xmp" || name == "iframe" || name == "noembed" ||
                           name == "noframes" || name == "title" || name == "textarea") {
                    // Inside <select> these are ignored and their bodies are markup.
                    if (in_select) return bail();
                    const std::size_t close = raw_end(t.end, name);
                    if (name == "style") {
                        if (styles_) styles_->push_back({in_.substr(lt, t.end - lt), in_.substr(t.end, close - t.end)});
                        blank(t.end, close, true);
                        ++st_.styles;
                    }
                    pos = close;
                } else if (name == "plaintext" || name == "frameset") {
                    return bail();
                } else if (name == "svg" || name == "math") {
                    if (in_select) return bail();
                    if (t.self_closing) continue;
                    const std::size_t close = foreign_end(t.end, name);
                    if (close == npos) return bail();
                    blank(t.end, close, true);
                    ++st_.foreign;
                    pos = close;
                } else if (name == "select") {
                    in_select = true;
                    if (open_pre + open_listing > 0) keep_ws = true;   // "</pre>" is ignored in a select
                } else if (name == "pre" || name == "listing") {
                    // Closed implicitly (by an outer end tag) it is never seen closing here, and
                    // whitespace is left alone for the rest of the page: the safe side.
                    ++(name == "pre" ? open_pre : open_listing);
                } else if (open_pre + open_listing > 0 &&
                           (name == "table" || name == "td" || name == "th" || name == "caption" || name == "object" ||
                            name == "marquee" || name == "applet" || name == "template" || name == "button" ||
                            name == "select")) {
                    // A scope boundary inside <pre>: its "</pre>" may be ignored by the parser, so
                    // counting end tags is no longer trustworthy. Stop shortening for good.
                    keep_ws = true;
                }
            } else {
                pos = lt + 1;
            }
        }
        finish();
    }

private:
    std::string_view in_;
    std::string& out_;
    PrecleanStats& st_;
    std::vector<StyleSheetText>* styles_;
    TextRuns* runs_;           // placeholders for long text runs; null when none are made
    TextRuns* values_;         // placeholders for long attribute values (not stopped by <template>)
    std::size_t copied_ = 0;   // in_[0, copied_) has been written to out_
    // What a start tag's attributes become: an unread value blanked, an unread attribute dropped
    // with the whitespace before it (both keep their line breaks), a value made a placeholder.
    struct Edit {
        enum Kind : std::uint8_t { blank_value, drop, fold };
        std::size_t from, to;
        Kind kind;
    };
    std::vector<Edit> edits_;

    char at(std::size_t i) const { return i < in_.size() ? in_[i] : '\0'; }

    void finish() {
        out_.append(in_.data() + copied_, in_.size() - copied_);
        copied_ = in_.size();
    }
    void bail() {
        st_.bailed = true;
        finish();
    }

    // Replaces in_[from, to) by its line breaks (CRLF, CR and LF each count one), or by one
    // space when it has none and keep_node is set, so the element keeps a text child.
    void blank(std::size_t from, std::size_t to, bool keep_node) {
        if (to <= from) return;
        out_.append(in_.data() + copied_, from - copied_);
        const char* b = in_.data() + from;
        const char* e = in_.data() + to;
        std::size_t breaks = count_newlines(b, e);
        // A CR not followed by LF is a line break of its own (CRLF counts once, as its LF).
        for (const void* r; (r = std::memchr(b, '\r', static_cast<std::size_t>(e - b))) != nullptr;) {
            b = static_cast<const char*>(r) + 1;
            if (b == e || *b != '\n') ++breaks;
        }
        if (breaks) out_.append(breaks, '\n');
        else if (keep_node) out_ += ' ';
        st_.blanked_bytes += (to - from) - (breaks ? breaks : keep_node ? 1 : 0);
        copied_ = to;
    }

    // Writes in_[from, to), a quoted attribute value, as a placeholder when it qualifies.
    void fold_value(std::size_t from, std::size_t to) {
        out_.append(in_.data() + copied_, from - copied_);
        values_->append_value(in_.substr(from, to - from), out_);
        copied_ = to;
    }

    bool all_ws(std::size_t from, std::size_t to) const {
        for (std::size_t i = from; i < to; ++i)
            if (!is_ws(in_[i])) return false;
        return true;
    }

    std::size_t past_gt(std::size_t from) const {
        const std::size_t gt = in_.find('>', from);
        return gt == npos ? in_.size() : gt + 1;
    }

    // Comment starting at body (just past "<!--"): {end of its text, just past its close}.
    // Ends at "-->" or "--!>"; "<!-->" and "<!--->" are empty comments; EOF ends it too.
    std::pair<std::size_t, std::size_t> comment_end(std::size_t body) const {
        if (at(body) == '>') return {body, body + 1};
        if (at(body) == '-' && at(body + 1) == '>') return {body, body + 2};
        for (std::size_t i = body;;) {
            const std::size_t d = in_.find("--", i);
            if (d == npos) return {in_.size(), in_.size()};
            if (at(d + 2) == '>') return {d, d + 3};
            if (at(d + 2) == '!' && at(d + 3) == '>') return {d, d + 4};
            i = d + 1;
        }
    }

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
    Tag read_tag(std::size_t i, std::vector<Edit>* edits = nullptr) const {
        if constexpr (!with_edits) edits = nullptr;
        Tag t;
        const std::size_t n = in_.size();
        while (i < n && !is_ws(in_[i]) && in_[i] != '/' && in_[i] != '>') t.name.push(in_[i++]);
        const bool script = t.name.is("script");
        const bool tree_reads = edits && !values_foldable(t.name);
        const bool foldable = edits && values_ && !tree_reads;
        std::size_t token_end = i;   // just past the tag name or the last attribute
        bool slash = false;          // a '/' between token_end and the next attribute
        bool valueless = false;      // the last attribute had no value
        while (i < n) {
            char c = in_[i];
            if (is_ws(c)) { ++i; continue; }
            if (c == '>') { t.end = i + 1; return t; }
            if (c == '/') {   // self-closing start tag state
                if (at(i + 1) == '>') {
                    t.self_closing = true;
                    t.end = i + 2;
                    return t;
                }
                slash = true;
                ++i;
                continue;
            }
            // Attribute name: the first character is taken whatever it is (even '=').
            const std::size_t name_begin = i++;
            while (i < n && !is_ws(in_[i]) && in_[i] != '/' && in_[i] != '>' && in_[i] != '=') ++i;
            const std::string_view attr_name = in_.substr(name_begin, i - name_begin);
            const std::size_t gap = token_end;
            const bool spaced = !slash;
            token_end = i;
            slash = false;
            // Gumbo (with errors not recorded, as Dom::parse runs it) prefixes the name of an
            // attribute that follows a repeated valueless one with that one's name ("a a b=1"
            // gives "ab"): what follows a valueless attribute is left as it is.
            const bool follows_valueless = valueless;
            valueless = false;
            const bool unread = edits && !follows_valueless && attribute_names::unread_name(attr_name);
            const bool droppable =
                edits && !tree_reads && spaced && !follows_valueless && (unread || attribute_names::presentational_name(attr_name));
            while (i < n && is_ws(in_[i])) ++i;
            if (i >= n) break;
            if (in_[i] != '=') {   // no value: '/', '>' or the next attribute (kept: see above)
                valueless = true;
                continue;
            }
            ++i;
            while (i < n && is_ws(in_[i])) ++i;
            if (i >= n) break;
            std::string_view value;
            c = in_[i];
            bool dropped = false;
            if (c == '"' || c == '\'') {
                const std::size_t close = in_.find(c, i + 1);
                if (close == npos) break;
                value = in_.substr(i + 1, close - i - 1);
                i = close + 1;
                if (droppable && (is_ws(at(i)) || at(i) == '>')) {
                    edits->push_back({gap, i, Edit::drop});
                    dropped = true;
                } else if (unread && !value.empty()) {
                    edits->push_back({close - value.size(), close, Edit::blank_value});
                } else if (foldable && value.size() >= TextRuns::min_interior && value_foldable(t.name, attr_name)) {
                    edits->push_back({close - value.size(), close, Edit::fold});
                }
            } else if (c == '>') {
                // An empty value: the tag ends here.
            } else {
                const std::size_t vb = i;
                while (i < n && !is_ws(in_[i]) && in_[i] != '>') ++i;
                value = in_.substr(vb, i - vb);
            }
            if (droppable && !dropped && c != '"' && c != '\'' && i < n) {
                edits->push_back({gap, i, Edit::drop});   // an unquoted or empty value ends at whitespace or '>'
                dropped = true;
            }
            token_end = i;
            if (script && !dropped && attr_name.size() == 4 && lower(attr_name[0]) == 't' && lower(attr_name[1]) == 'y' &&
                lower(attr_name[2]) == 'p' && lower(attr_name[3]) == 'e' &&
                (contains_ci(value, "ld+json") || value.find('&') != npos))
                t.keep_script = true;
        }
        return t;   // end == npos: EOF inside the tag
    }

    // Tags whose attribute values the tree builder never compares or reads: not the formatting
    // elements other than <a> (compared with each other), not <isindex> (its prompt is text).
    static bool values_foldable(const TagName& name) {
        if (name.overflow) return true;   // no such tag is that long
        static constexpr std::string_view kept[] = {"b", "big", "code", "em", "font", "i", "nobr", "s",
                                                    "small", "strike", "strong", "tt", "u", "isindex"};
        const std::string_view v = name.view();
        for (std::string_view k : kept)
            if (v == k) return false;
        return true;
    }
    // An <input>'s "type" and an <annotation-xml>'s "encoding" are read by the tree builder
    // (the same names on other tags are not: a script's or a link's type is folded).
    static bool value_foldable(const TagName& tag, std::string_view attr) {
        if (attr.size() == 4)
            return !(lower(attr[0]) == 't' && lower(attr[1]) == 'y' && lower(attr[2]) == 'p' && lower(attr[3]) == 'e') ||
                   !tag.is("input");
        if (attr.size() == 8) {
            char b[8];
            for (std::size_t k = 0; k < 8; ++k) b[k] = lower(attr[k]);
            return std::string_view(b, 8) != "encoding" || !tag.is("annotation-xml");
        }
        return true;
    }

    // True when in_[i] starts "</name" followed by whitespace, '/' or '>'.
    bool is_end_tag(std::size_t i, std::string_view name) const {
        if (at(i) != '<' || at(i + 1) != '/') return false;
        for (std::size_t k = 0; k < name.size(); ++k)
            if (lower(at(i + 2 + k)) != name[k]) return false;
        const char d = at(i + 2 + name.size());
        return is_ws(d) || d == '/' || d == '>';
    }

    // RCDATA / RAWTEXT body from i: position of the '<' of its end tag, or EOF.
    std::size_t raw_end(std::size_t i, std::string_view name) const {
        const std::size_t n = in_.size();
        while (i < n) {
            const char* p = static_cast<const char*>(std::memchr(in_.data() + i, '<', n - i));
            if (!p) return n;
            i = static_cast<std::size_t>(p - in_.data());
            if (is_end_tag(i, name)) return i;
            ++i;
        }
        return n;
    }

    // Lower-case ASCII letters from i equal "script" and are followed by a delimiter.
    bool letters_are_script(std::size_t& i) const {
        TagName b;
        while (is_alpha(at(i))) b.push(in_[i++]);
        const char d = at(i);
        return b.is("script") && (is_ws(d) || d == '/' || d == '>');
    }

    // Script data from i (the tokenizer's script data states, escaped and double escaped):
    // position of the '<' of the "</script" that ends it, or EOF.
    std::size_t script_end(std::size_t i) const {
        enum State { data, esc, esc_dash, esc_dash_dash, desc, desc_dash, desc_dash_dash } s = data;
        const std::size_t n = in_.size();
        while (i < n) {
            const char c = in_[i];
            switch (s) {
                case data: {
                    const char* p = static_cast<const char*>(std::memchr(in_.data() + i, '<', n - i));
                    if (!p) return n;
                    i = static_cast<std::size_t>(p - in_.data());
                    if (is_end_tag(i, "script")) return i;
                    if (at(i + 1) == '!' && at(i + 2) == '-' && at(i + 3) == '-') {
                        s = esc_dash_dash;
                        i += 4;
                    } else {
                        ++i;
                    }
                    break;
                }
                case esc: case esc_dash: case esc_dash_dash:
                    if (c == '-') {
                        s = s == esc ? esc_dash : esc_dash_dash;
                        ++i;
                    } else if (c == '<') {
                        if (is_end_tag(i, "script")) return i;
                        ++i;
                        if (is_alpha(at(i))) {
                            s = letters_are_script(i) ? desc : esc;   // i stays on the delimiter
                            if (s == desc) ++i;
                        } else {
                            s = esc;
                        }
                    } else if (c == '>' && s == esc_dash_dash) {
                        s = data;
                        ++i;
                    } else {
                        s = esc;
                        ++i;
                    }
                    break;
                case desc: case desc_dash: case desc_dash_dash:
                    if (c == '-') {
                        s = s == desc ? desc_dash : desc_dash_dash;
                        ++i;
                    } else if (c == '<') {
                        s = desc;
                        ++i;
                        if (at(i) == '/') {
                            ++i;
                            if (letters_are_script(i)) {
                                s = esc;
                                ++i;
                            }
                        }
                    } else if (c == '>' && s == desc_dash_dash) {
                        s = data;
                        ++i;
                    } else {
                        s = desc;
                        ++i;
                    }
                    break;
            }
        }
        return n;
    }

    static bool breaks_out(std::string_view t) {
        static constexpr std::string_view names[] = {
            "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
            "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
            "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
            "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font"};
        for (std::string_view s : names)
            if (t == s) return true;
        return false;
    }
    static bool integration_point(std::string_view t) {
        return t == "foreignobject" || t == "desc" || t == "title" || t == "mi" || t == "mo" || t == "mn" ||
               t == "ms" || t == "mtext" || t == "annotation-xml";
    }

    // Body of an <svg>/<math> element from i: the '<' of the end tag that closes it (or EOF),
    // or npos when the content does anything that foreign-content rules hand back to HTML
    // (breakout tags, start tags in integration points, end tags of elements not opened here).
    std::size_t foreign_end(std::size_t i, std::string_view root) const {
        struct Open {
            TagName name;
            bool integration;
        };
        Open stack[64];
        std::size_t depth = 1;
        stack[0].name = TagName{};
        for (char ch : root) stack[0].name.push(ch);
        stack[0].integration = false;
        std::size_t integration_open = 0;
        const std::size_t n = in_.size();
        while (i < n) {
            const char* p = static_cast<const char*>(std::memchr(in_.data() + i, '<', n - i));
            if (!p) return n;
            const std::size_t lt = static_cast<std::size_t>(p - in_.data());
            const char c = at(lt + 1);
            if (c == '!') {
                if (at(lt + 2) == '-' && at(lt + 3) == '-') {
                    i = comment_end(lt + 4).second;
                } else if (in_.substr(lt + 2, 7) == "[CDATA[") {
                    const std::size_t e = in_.find("]]>", lt + 9);
                    if (e == npos) return n;
                    i = e + 3;
                } else {
                    return npos;   // bogus comments: Gumbo's foreign-content handling is quirky here
                }
            } else if (c == '?') {
                return npos;
            } else if (c == '/') {
                if (!is_alpha(at(lt + 2))) return npos;   // "</>" confuses Gumbo's later end tags
                Tag t = read_tag(lt + 2);
                if (t.end == npos) return lt;     // the page ends inside this tag: copied as is
                if (t.name.overflow) return npos;
                // Only the plain cases, where the spec and Gumbo agree: the end tag of the
                // current node, or of the root with no same-named element open inside it.
                if (stack[depth - 1].name.is(t.name.view())) {
                    if (depth == 1) return lt;
                    --depth;
                    integration_open -= stack[depth].integration;
                } else {
                    std::size_t k = depth;
                    while (k > 0 && !stack[k - 1].name.is(t.name.view())) --k;
                    if (k != 1) return npos;      // closes something else: HTML rules or Gumbo quirks
                    return lt;                     // the root's own end tag closes everything open
                }
                i = t.end;
            } else if (is_alpha(c)) {
                Tag t = read_tag(lt + 1);
                if (t.end == npos) return lt;
                if (integration_open || t.name.overflow || breaks_out(t.name.view())) return npos;
                if (!t.self_closing) {
                    if (depth == sizeof stack / sizeof stack[0]) return npos;
                    stack[depth].name = t.name;
                    stack[depth].integration = integration_point(t.name.view());
                    integration_open += stack[depth].integration;
                    ++depth;
                }
                i = t.end;
            } else {
                i = lt + 1;
            }
        }
        return n;
    }
};

}  // namespace

void preclean_html(std::string_view html, std::string& out, PrecleanStats* stats, std::vector<StyleSheetText>* styles,
                   TextRuns* runs) {
    PrecleanStats local;
    out.clear();
    out.reserve(html.size());
    Scanner(html, out, stats ? *stats : local, styles, runs).run();
}

std::string preclean_html(std::string_view html, PrecleanStats* stats) {
    std::string out;
    preclean_html(html, out, stats);
    return out;
}


}  // namespace winnow::detail
