// Format specifications a template left unfilled, found over the tokens of
// filters/machine_text.cpp: printf's ("%s", "%d", "%.2f", "%(count)d") and brace specs
// ("{0}", "{name}") leading tokens. Three or more close together (at most two words between
// two of them) go from the first to the last ("%s: %d items (%.2f%%) {0} of {1}"). Two go
// with their words when they fill a short segment of its own, a message without its values:
// after a sentence's stop (or the block's start), no stop of its own, up to the block's end or a
// capital, specs a third of its tokens or more ("%s tarafından %d dakika önce paylaşıldı").
// Prose about formats names a spec or two inside a sentence that ends with a stop and has
// more words. Code in <code>/<pre> is never cut (filters/garbage.cpp).
#include <algorithm>

#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail::machine {

namespace {

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether a token starts with a format spec, after an opening bracket or quote.
bool spec_led(std::string_view t) {
    std::size_t p = 0;
    while (p < t.size() && (t[p] == '(' || t[p] == '"' || t[p] == '\'')) ++p;
    if (p + 1 >= t.size()) return false;
    if (t[p] == '{') {  // "{0}", "{name}", "{0:>8}"; not "{{x}}"
        std::size_t q = p + 1;
        if (q < t.size() && t[q] == '{') return false;
        const std::size_t name = q;
        while (q < t.size() && (ascii_alpha(t[q]) || ascii_digit(t[q]) || t[q] == '_')) ++q;
        if (q == name || q - name > 24) return false;
        if (q < t.size() && t[q] == ':') {
            while (q < t.size() && t[q] != '}' && q - name < 32) ++q;
        }
        return q < t.size() && t[q] == '}';
    }
    if (t[p] != '%') return false;
    std::size_t q = p + 1;
    if (q < t.size() && t[q] == '(') {  // "%(count)d"
        const std::size_t close = t.find(')', q);
        if (close == std::string_view::npos || close == q + 1 || close - q > 24) return false;
        q = close + 1;
    }
    while (q < t.size() && (t[q] == '-' || t[q] == '+' || t[q] == '#' || t[q] == '0')) ++q;
    while (q < t.size() && ascii_digit(t[q])) ++q;
    if (q < t.size() && t[q] == '.') {
        ++q;
        while (q < t.size() && ascii_digit(t[q])) ++q;
    }
    if (q < t.size() && (t[q] == 'l' || t[q] == 'z')) ++q;
    if (q >= t.size() || std::string_view("sdifuxXeEgGcp").find(t[q]) == std::string_view::npos) return false;
    // The conversion ends the spec: a letter of the same word after it makes it a word ("%dni").
    return q + 1 == t.size() || !ascii_alpha(t[q + 1]);
}

// Where a spec starts in a token: 0 when the token leads with one, after a sentence's stop it is
// glued behind ("الوعرة.%s:"), or npos.
std::size_t spec_start(std::string_view t) {
    if (spec_led(t)) return 0;
    for (std::size_t p = 0; p < t.size();) {
        const char32_t cp = next_code_point(t, p);
        if ((cp == '.' || cp == '!' || cp == '?' || cp == U'\u3002') && p < t.size() && spec_led(t.substr(p))) return p;
    }
    return std::string_view::npos;
}

// Whether a token's first letter is a capital (a cased script's sentence start).
bool capital_first(std::string_view t) {
    std::size_t p = 0;
    return garbage_tokens::is_upper_cp(next_code_point(t, p));
}

}  // namespace

void find_format_specs(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans) {
    // A spec has a '%' or a '{': a token without either is read no further, and a text without
    // one not at all. (Where the next of them stands, found by memchr once per mark, not by a
    // scan of every token's bytes: most blocks have none, a few.)
    NextMark<2> marks(text, {'%', '{'});
    const auto next_mark_from = [&](std::size_t p) { return marks.from(p); };
    std::size_t next_mark = next_mark_from(0);
    if (next_mark == std::string_view::npos) return;
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k < n; ++k) {
        if (next_mark < toks[k].b) next_mark = next_mark_from(toks[k].b);
        if (next_mark >= toks[k].e) continue;
        const std::string_view t = tok(k);
        const std::size_t skip = spec_start(t);
        if (skip == std::string_view::npos) continue;
        // Specs close together: at most two tokens between two of them.
        std::size_t specs = 1, last = k;
        for (std::size_t q = k + 1; q < n && q <= last + 3; ++q)
            if (spec_led(tok(q))) ++specs, last = q;
        if (specs >= 3) {
            spans.push_back({k, last, static_cast<std::uint32_t>(skip), 0});
            k = last;
            continue;
        }
        // Two: a short segment of its own, from a sentence's end to the block's end or a capital
        // (in a script without case, to the block's end).
        if (specs < 2 || (skip == 0 && k > 0 && !closes_sentence(tok(k - 1), toks[k - 1]))) continue;
        std::size_t end = last;
        while (end + 1 < n && end < k + 9 && !toks[end].sentence_end && !capital_first(tok(end + 1))) ++end;
        const bool closed = end + 1 == n || capital_first(tok(end + 1));
        const std::size_t tokens = end - k + 1;
        if (closed && !toks[end].sentence_end && specs * 3 >= tokens) {
            spans.push_back({k, end, static_cast<std::uint32_t>(skip), 0});
            k = end;
        }
    }
}

}  // namespace winnow::detail::machine
