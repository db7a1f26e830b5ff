// A build tool's pragma comment left in text: "//# sourceMappingURL=app.js.map",
// "/*# sourceMappingURL=site.css.map */", "//@ sourceURL=chunk.js". A line comment's or a block
// comment's opening glued to a pragma sign ('#', '@') opens no word of any language, and the
// `name=value` after it (an ASCII name, a value without spaces) is what the tool reads. The
// marker with its assignment goes, the block comment's "*/" with them; a marker alone stays
// (a text about comment syntax names it without an assignment).
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

// Where a pragma opening ("//#", "//@", "/*#", "/*@") starts in a token, or npos: at the token's
// start or after a stop or a byte that is not ASCII (glued behind a sentence or another script).
std::size_t pragma_at(std::string_view t) {
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (t[i] != '/' || (t[i + 1] != '/' && t[i + 1] != '*') || (t[i + 2] != '#' && t[i + 2] != '@')) continue;
        if (i == 0 || static_cast<unsigned char>(t[i - 1]) >= 0x80 || is_terminal(t[i - 1])) return i;
        return std::string_view::npos;
    }
    return std::string_view::npos;
}

// "name=value": an ASCII name of letters (a tool's camel-case key), '=', then a value.
bool assignment(std::string_view t) {
    const std::size_t eq = t.find('=');
    if (eq == std::string_view::npos || eq < 3 || eq + 1 >= t.size()) return false;
    for (std::size_t i = 0; i < eq; ++i)
        if (!is_alpha(t[i])) return false;
    return true;
}

}  // namespace

void mark_pragma_comments(std::string_view text, std::vector<Tok>& toks) {
    if (text.find("/#") == std::string_view::npos && text.find("/@") == std::string_view::npos &&
        text.find("*#") == std::string_view::npos && text.find("*@") == std::string_view::npos)
        return;
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k < n; ++k) {
        const std::string_view t = tok(k);
        const std::size_t at = pragma_at(t);
        if (at == std::string_view::npos) continue;
        std::size_t hi = k;
        if (at + 3 < t.size()) {  // the assignment glued to the marker: "//#sourceMappingURL=x.map"
            if (!assignment(t.substr(at + 3))) continue;
        } else if (k + 1 < n && assignment(tok(k + 1))) {
            hi = k + 1;
        } else {
            continue;
        }
        if (hi + 1 < n && tok(hi + 1) == "*/") ++hi;
        for (std::size_t q = k; q <= hi; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
        toks[k].cut = static_cast<std::uint32_t>(at);
        k = hi;
    }
}

}  // namespace winnow::detail::garbage_tokens
