// A message's status stamp a chat, channel or forum widget leaves in text, found over the
// tokens of filters/machine_text.cpp: one or two pictograph tokens (read ticks "✓✓", an eye, a
// clock) and then one clock time ("9:06") or one count ("2.8K", "312"), the whole a segment of
// its own: after a sentence's stop or at the block's start, before the block's end or a
// sentence's start (a view counter glued to the next paragraph where <br> parted them); at the
// block's end it may follow any word (a tick after a line without a stop). A pictograph here is
// an "other symbol" of the arrow-to-dingbat blocks or of the emoji planes (not a math sign): letterlike symbols and signs
// ("© 2024", "№ 5", "° 12", currencies) are the article's own. Shape only: no word is read.
#include <utf8proc.h>

#include "filters/evidence.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail::machine {

namespace {

// Whether a token is pictographs alone (variation selectors and joiners between them).
bool pictographs(std::string_view t, const TokenStats& s) {
    if (s.letters > 0 || s.digits > 0 || s.symbols == 0 || s.chars > 4) return false;
    for (std::size_t p = 0; p < t.size();) {
        const char32_t cp = next_code_point(t, p);
        // (A math sign is no pictograph: "∞ 1905 Maria" is a genealogy's marriage line.)
        const bool picture = ((cp >= 0x2190 && cp <= 0x2BFF) || cp >= 0x1F000) &&
                             utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_SO;
        const bool joiner = cp == 0x200D || cp == 0xFE0F || cp == 0xFE0E;
        if (!picture && !joiner) return false;
    }
    return true;
}

// A clock time: one or two digits, ':', two digits ("9:06", "21:00").
bool clock_time(std::string_view t) {
    const std::size_t colon = t.find(':');
    if (colon == t.npos || colon == 0 || colon > 2 || t.size() != colon + 3) return false;
    for (std::size_t i = 0; i < t.size(); ++i)
        if (i != colon && (t[i] < '0' || t[i] > '9')) return false;
    return t[colon + 1] <= '5';
}

// A count: up to seven digits, maybe a decimal part of one or two, maybe a unit of one to
// three letters ("312", "2.8K", "1,2rb", "3万").
bool count(std::string_view t, const TokenStats& s) {
    if (s.digits == 0 || s.digits > 7 || s.letters > 3) return false;
    std::size_t p = 0;
    while (p < t.size() && t[p] >= '0' && t[p] <= '9') ++p;
    if (p == 0) return false;
    if (p + 1 < t.size() && (t[p] == '.' || t[p] == ',')) {
        const std::size_t f = ++p;
        while (p < t.size() && t[p] >= '0' && t[p] <= '9') ++p;
        if (p == f || p - f > 2) return false;
    }
    while (p < t.size()) {
        const char32_t cp = next_code_point(t, p);
        if (!is_letter(cp)) return false;
    }
    return true;
}

// Whether a token opens on a machine's sign or a pictograph ("$GPGGA", "⚡"): debris after
// the stamp, not the sentence's next word.
bool debris_first(std::string_view t) {
    std::size_t p = 0;
    const char32_t cp = next_code_point(t, p);
    return (cp < 0x80 && std::string_view("$#@%&*=<>|\\^~").find(static_cast<char>(cp)) != std::string_view::npos) ||
           (cp >= 0x2190 && cp <= 0x2BFF) || cp >= 0x1F000;
}

}  // namespace

void find_status_stamps(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans) {
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k + 1 < n; ++k) {
        if (!pictographs(tok(k), toks[k])) continue;
        std::size_t v = k + 1;
        if (v + 1 < n && pictographs(tok(v), toks[v])) ++v;
        if (!clock_time(tok(v)) && !count(tok(v), toks[v])) continue;
        const bool closes = v + 1 == n;
        // Prose goes on after it unless a sentence or debris follows.
        if (!closes && !opens_sentence(tok(v + 1)) && !debris_first(tok(v + 1))) continue;
        if (!closes && k > 0 && !closes_sentence(tok(k - 1), toks[k - 1])) continue;  // inside a sentence
        spans.push_back({k, v, 0, 0});
        k = v;
    }
}

}  // namespace winnow::detail::machine
