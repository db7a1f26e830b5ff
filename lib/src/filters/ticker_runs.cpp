// A quote ticker a finance widget leaves in text, found over the tokens of
// filters/machine_text.cpp: codes in capitals ("BDO", "ČEZ", "EUR/CZK") with prices and signed
// changes ("+1.2%", "−0,4 %"), marked by arrows ("▲", "▼") or by percent changes, the whole a
// segment of its own: after a sentence's stop or at the block's start, before the block's end
// or a sentence's start. Two codes or more, two signed changes or more, and two arrows or two
// percent changes: a standings line ("ARS 29 +18 · LIV 27 +15") has neither, and prose about a
// share price starts with its words ("Akcie ČEZ vzrostly o 1,2 %"). Shape only: no code is listed.
#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail::machine {

namespace {

enum class Quote { other, code, price, change, percent_change, arrow, mark };

// A number: digits with '.' or ',' between them.
bool number(std::string_view t) {
    if (t.empty() || t.front() < '0' || t.front() > '9' || t.back() < '0' || t.back() > '9') return false;
    for (char c : t)
        if ((c < '0' || c > '9') && c != '.' && c != ',') return false;
    return true;
}

Quote quote_of(std::string_view t, const TokenStats& s) {
    if (s.letters == 0 && s.digits == 0) {
        if (t == "%") return Quote::percent_change;  // "−0,4 %": the sign's number came before
        if (s.shapes > 0 && s.chars <= 2) return Quote::arrow;
        return s.chars <= 2 && t.find_first_of("=+-*/<>") == std::string_view::npos ? Quote::mark : Quote::other;
    }
    if (s.letters > 0) {
        if (s.digits > 0 || s.letters > 7 || s.lower > 0 || s.upper != s.letters) return Quote::other;
        for (std::size_t p = 0; p < t.size();) {
            const char32_t cp = next_code_point(t, p);
            if (!is_letter(cp) && cp != '/' && cp != '-' && cp != '.') return Quote::other;
        }
        return Quote::code;
    }
    // A sign, then a number, maybe a percent sign.
    std::string_view rest = t;
    bool sign = false;
    if (rest.starts_with("+") || rest.starts_with("-")) rest.remove_prefix(1), sign = true;
    else if (rest.starts_with("\u2212")) rest.remove_prefix(3), sign = true;
    const bool percent = rest.ends_with("%");
    if (percent) rest.remove_suffix(1);
    if (!number(rest)) return Quote::other;
    if (!sign) return percent ? Quote::other : Quote::price;
    return percent ? Quote::percent_change : Quote::change;
}

}  // namespace

void find_ticker_runs(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans) {
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k < n; ++k) {
        // (Cheap first: a ticker opens with a code in capitals after a sentence's end.)
        if (toks[k].upper == 0 || toks[k].lower > 0 || (k > 0 && !closes_sentence(tok(k - 1), toks[k - 1]))) continue;
        if (quote_of(tok(k), toks[k]) != Quote::code) continue;
        std::size_t codes = 0, changes = 0, percents = 0, arrows = 0, last = k;
        Quote prev = Quote::other;
        for (std::size_t q = k; q < n && q < k + 60; ++q) {
            const Quote it = quote_of(tok(q), toks[q]);
            if (it == Quote::other) break;
            if (it == Quote::percent_change && tok(q) == "%" && prev != Quote::change) break;  // a lone '%' follows a signed number
            codes += it == Quote::code;
            changes += it == Quote::change || (it == Quote::percent_change && tok(q) != "%");
            percents += it == Quote::percent_change;
            arrows += it == Quote::arrow;
            if (it != Quote::mark) last = q;
            prev = it;
        }
        if (codes < 2 || changes < 2 || (arrows < 2 && percents < 2)) continue;
        if (last + 1 < n && !opens_sentence(tok(last + 1))) continue;  // prose goes on after it
        spans.push_back({k, last, 0, 0});
        k = last;
    }
}

}  // namespace winnow::detail::machine
