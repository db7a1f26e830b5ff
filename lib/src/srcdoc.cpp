#include "srcdoc.hpp"

#include <algorithm>
#include <cstdint>

#include "charset_tables.hpp"

namespace winnow::detail {

namespace {

constexpr std::size_t npos = std::string_view::npos;

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
bool is_ws(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r'; }

// Case-insensitive find of a lower-case needle.
std::size_t find_ci(std::string_view s, std::string_view needle, std::size_t from) {
    for (std::size_t i = from; i + needle.size() <= s.size(); ++i) {
        std::size_t k = 0;
        while (k < needle.size() && lower(s[i + k]) == needle[k]) ++k;
        if (k == needle.size()) return i;
    }
    return npos;
}

// A tag named `name` starts at s[i] ("<name" then whitespace, "/" or ">").
bool tag_at(std::string_view s, std::size_t i, std::string_view name) {
    if (i + 1 + name.size() >= s.size() || s[i] != '<') return false;
    for (std::size_t k = 0; k < name.size(); ++k)
        if (lower(s[i + 1 + k]) != name[k]) return false;
    const char after = s[i + 1 + name.size()];
    return is_ws(after) || after == '/' || after == '>';
}

// A character reference's code point as UTF-8; NUL, surrogates and values past Unicode become
// U+FFFD, as an HTML parser reads them.
void append_reference(std::string& out, std::uint32_t cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = kReplacement;
    append_utf8(out, static_cast<char32_t>(cp));
}

// The attribute value as the document it holds: the escapes an attribute needs (&quot; &amp;
// &lt; &gt; &apos;, numeric references) undone. Other named references stay: the parser reads
// them in the document as it would have in the attribute.
std::string decode_value(std::string_view v) {
    std::string out;
    out.reserve(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] != '&') {
            out += v[i];
            continue;
        }
        // A reference is short: look no further for its ';' (a value of many '&' stays linear).
        const std::size_t window = v.substr(i, 12).find(';');
        const std::size_t semi = window == npos ? npos : i + window;
        if (semi == npos || semi - i > 10) {
            out += v[i];
            continue;
        }
        const std::string_view ref = v.substr(i + 1, semi - i - 1);
        if (ref == "quot") out += '"';
        else if (ref == "amp") out += '&';
        else if (ref == "lt") out += '<';
        else if (ref == "gt") out += '>';
        else if (ref == "apos") out += '\'';
        else if (ref.size() >= 2 && ref[0] == '#') {
            const bool hex = ref[1] == 'x' || ref[1] == 'X';
            std::uint32_t cp = 0;
            bool ok = ref.size() > (hex ? 2u : 1u);
            for (std::size_t k = hex ? 2 : 1; k < ref.size() && ok && cp <= 0x10FFFF; ++k) {
                const char c = lower(ref[k]);
                if (c >= '0' && c <= '9') cp = cp * (hex ? 16 : 10) + static_cast<std::uint32_t>(c - '0');
                else if (hex && c >= 'a' && c <= 'f') cp = cp * 16 + static_cast<std::uint32_t>(c - 'a' + 10);
                else ok = false;
            }
            if (!ok) {
                out += v[i];
                continue;
            }
            append_reference(out, cp);
        } else {
            out += v[i];
            continue;
        }
        i = semi;
    }
    return out;
}

// Prose: two paragraphs or more.
bool holds_paragraphs(std::string_view doc) {
    int paragraphs = 0;
    for (std::size_t i = doc.find('<'); i != npos && paragraphs < 2; i = doc.find('<', i + 1))
        if (tag_at(doc, i, "p")) ++paragraphs;
    return paragraphs >= 2;
}

// The document's body: after its <body ...> tag and before </body> when it has them, else the
// whole document after its </head>.
std::string_view body_of(std::string_view doc) {
    std::size_t from = 0;
    for (std::size_t i = doc.find('<'); i != npos; i = doc.find('<', i + 1))
        if (tag_at(doc, i, "body")) {
            const std::size_t gt = doc.find('>', i);
            if (gt != npos) from = gt + 1;
            break;
        }
    if (from == 0)
        if (const std::size_t head_end = find_ci(doc, "</head>", 0); head_end != npos) from = head_end + 7;
    const std::size_t to = std::min(find_ci(doc, "</body", from), doc.size());
    return doc.substr(from, to - from);
}

// The srcdoc value of the <iframe> tag starting at html[start] and the tag's end (after its
// ">"); end npos when the tag never closes.
struct FrameTag {
    std::string_view srcdoc;
    bool has_srcdoc = false;
    std::size_t end = npos;
};

FrameTag read_frame_tag(std::string_view html, std::size_t start) {
    FrameTag t;
    std::size_t i = start + 7;  // past "<iframe"
    while (i < html.size()) {
        while (i < html.size() && (is_ws(html[i]) || html[i] == '/')) ++i;
        if (i >= html.size()) return t;
        if (html[i] == '>') {
            t.end = i + 1;
            return t;
        }
        const std::size_t name_start = i;
        while (i < html.size() && !is_ws(html[i]) && html[i] != '=' && html[i] != '>' && html[i] != '/') ++i;
        const std::string_view name = html.substr(name_start, i - name_start);
        while (i < html.size() && is_ws(html[i])) ++i;
        if (i >= html.size() || html[i] != '=') continue;
        ++i;
        while (i < html.size() && is_ws(html[i])) ++i;
        if (i >= html.size()) return t;
        std::size_t value_start = i, value_end = i;
        if (html[i] == '"' || html[i] == '\'') {
            const std::size_t close = html.find(html[i], i + 1);
            if (close == npos) return t;
            value_start = i + 1;
            value_end = close;
            i = close + 1;
        } else {
            while (i < html.size() && !is_ws(html[i]) && html[i] != '>') ++i;
            value_end = i;
        }
        if (name.size() == 6 && find_ci(name, "srcdoc", 0) == 0) {
            t.srcdoc = html.substr(value_start, value_end - value_start);
            t.has_srcdoc = true;
        }
    }
    return t;
}

}  // namespace

std::string_view inline_srcdoc(std::string_view html, std::string& out) {
    // Every page is walked from '<' to '<' (memchr's pace): only an <iframe>'s tag is read.
    std::size_t copied = 0;
    bool changed = false;
    for (std::size_t i = html.find('<'); i != npos; i = html.find('<', i + 1)) {
        if (!tag_at(html, i, "iframe")) continue;
        const FrameTag tag = read_frame_tag(html, i);
        if (tag.end == npos) break;
        if (!tag.has_srcdoc) continue;
        const std::size_t close = find_ci(html, "</iframe", tag.end);
        const std::size_t close_end = close == npos ? npos : html.find('>', close);
        if (close_end == npos) break;
        const std::string doc = decode_value(tag.srcdoc);
        if (!holds_paragraphs(doc)) continue;
        const std::string_view body = body_of(doc);
        const std::string_view frame = html.substr(i, close_end + 1 - i);
        if (!changed) out.clear();
        out.append(html.substr(copied, i - copied));
        out += "<div data-srcdoc=\"\">";
        out.append(body);
        out += "</div>";
        // As many line breaks as the frame's markup had.
        const auto lines = [](std::string_view s) { return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n')); };
        const std::size_t had = lines(frame), has = lines(body);
        if (had > has) out.append(had - has, '\n');
        copied = close_end + 1;
        i = close_end;
        changed = true;
    }
    if (!changed) return html;
    out.append(html.substr(copied));
    return out;
}

}  // namespace winnow::detail
