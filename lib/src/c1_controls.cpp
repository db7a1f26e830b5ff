// C1 controls read back as windows-1252 (see c1_controls.hpp).
#include "c1_controls.hpp"

#include "charset_tables.hpp"

namespace winnow::detail {

namespace {
using uchar = unsigned char;
}  // namespace

bool escape_c1_controls(std::string_view html, std::string& escaped) {
    // C1 controls are C2 80-9F in UTF-8; C2 is never a continuation byte, so a plain search
    // finds only real ones.
    std::string out;
    std::size_t from = 0;
    for (std::size_t at = html.find('\xC2'); at != std::string_view::npos && at + 1 < html.size(); at = html.find('\xC2', at + 1)) {
        const auto b = static_cast<uchar>(html[at + 1]);
        if (b > 0x9F) continue;
        if (out.empty()) out.reserve(html.size() + 64);
        out.append(html, from, at - from);
        out += "&#";
        out += std::to_string(b);
        out += ';';
        from = at + 2;
    }
    if (from == 0) return false;
    out.append(html, from, std::string_view::npos);
    escaped.swap(out);
    return true;
}

bool escape_c1_controls(std::string& html) { return escape_c1_controls(std::string_view(html), html); }

bool c1_controls_as_cp1252(std::string& s) {
    std::size_t at = s.find('\xC2');
    if (at == std::string::npos) return false;
    std::string out;
    std::size_t from = 0;
    for (; at != std::string::npos && at + 1 < s.size(); at = s.find('\xC2', at + 1)) {
        const auto b = static_cast<unsigned char>(s[at + 1]);
        if (b < 0x80 || b > 0x9F || cp1252_to_unicode(b) == b) continue;
        out.append(s, from, at - from);
        append_utf8(out, cp1252_to_unicode(b));
        from = at + 2;
    }
    if (from == 0) return false;
    out.append(s, from, std::string::npos);
    s.swap(out);
    return true;
}

}  // namespace winnow::detail
