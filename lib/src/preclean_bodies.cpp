// Preclean: where the tokenizer ends a comment, an RCDATA/RAWTEXT body, script data and an
// <svg>/<math> subtree (preclean_markup.hpp).
#include <cstring>

#include "preclean_markup.hpp"

namespace winnow::detail::preclean_markup {

namespace {

bool breaks_out(std::string_view t) {
    static constexpr std::string_view names[] = {
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em",
        "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing",
        "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
        "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font"};
    for (std::string_view s : names)
        if (t == s) return true;
    return false;
}
bool integration_point(std::string_view t) {
    return t == "foreignobject" || t == "desc" || t == "title" || t == "mi" || t == "mo" || t == "mn" ||
           t == "ms" || t == "mtext" || t == "annotation-xml";
}

}  // namespace

std::pair<std::size_t, std::size_t> MarkupReader::comment_end(std::size_t body) const {
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

bool MarkupReader::is_end_tag(std::size_t i, std::string_view name) const {
    if (at(i) != '<' || at(i + 1) != '/') return false;
    for (std::size_t k = 0; k < name.size(); ++k)
        if (lower(at(i + 2 + k)) != name[k]) return false;
    const char d = at(i + 2 + name.size());
    return is_ws(d) || d == '/' || d == '>';
}

std::size_t MarkupReader::raw_end(std::size_t i, std::string_view name) const {
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

bool MarkupReader::letters_are_script(std::size_t& i) const {
    TagName b;
    while (is_alpha(at(i))) b.push(in_[i++]);
    const char d = at(i);
    return b.is("script") && (is_ws(d) || d == '/' || d == '>');
}

std::size_t MarkupReader::script_end(std::size_t i) const {
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

std::size_t MarkupReader::foreign_end(std::size_t i, std::string_view root) const {
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

}  // namespace winnow::detail::preclean_markup
