// A breadcrumb trail glued before a block's first sentence, found over the tokens of
// filters/machine_text.cpp: three or more short names at the block's start, each followed by the
// same lone mark ("Home › News › Local › The river…", "Inicio / Cultura / "). Prose may list
// places with arrows ("Lisboa › Porto › Braga: three cities"), but its last name is followed by
// its clause (after a colon), never by the mark: a trail's last mark has nothing
// after it but the sentence it was pasted before. Shape only: no word of a trail ("Home") is listed.
#include <string>

#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail::machine {

namespace {

// A trail's mark: one code point that is no letter, digit, sentence or clause mark, bracket or quote.
bool trail_mark(std::string_view t) {
    std::size_t p = 0;
    const char32_t cp = next_code_point(t, p);
    if (p != t.size() || is_letter(cp) || (cp >= '0' && cp <= '9')) return false;
    const std::u32string_view excluded = U".,;:!?()[]{}\"'-\u2013\u2014\u2026\u3001\u3002&+*=#@%";
    return excluded.find(cp) == std::u32string_view::npos;
}

}  // namespace

void find_breadcrumb_head(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans) {
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    const std::size_t n = toks.size();
    if (n < 6 || toks[0].letters == 0) return;
    std::string_view mark;
    std::size_t names = 0, last_mark = 0, words = 0;
    for (std::size_t q = 0; q < n; ++q) {
        const std::string_view t = tok(q);
        if (trail_mark(t) && words > 0 && (mark.empty() || t == mark)) {
            mark = t, ++names, last_mark = q, words = 0;
            continue;
        }
        // A name: one or two words of letters, the first not in small letters (a section's
        // name; a line of verse quoted between slashes is longer), none ending a sentence or
        // a clause.
        const TokenStats& s = toks[q];
        const char end = t.back();
        // A name closed by a colon right after a mark is the list's last item, its clause after
        // it ("Lisboa › Porto › Braga › Faro: …"): a route, not a trail. (A comma there may be a
        // sentence's opening word after a trail: "… › Yesterday, the council…".)
        if (!mark.empty() && words < 2 && s.letters > 0 && s.digits == 0 && !s.sentence_end && end == ':' &&
            (words == 0 || toks[q - 1].letters > 0))
            return;
        if (s.letters == 0 || s.digits > 0 || s.sentence_end || end == ',' || end == ':' || end == ';' || ++words > 2) break;
        if (words == 1 && s.lower > 0 && s.upper == 0) break;
    }
    // The trail ends on its mark; the sentence after it stays. What follows must be a sentence
    // (four or more tokens, or one that ends it), or nothing: "Rock / Pop / Jazz / Blues" is a
    // list of labels, not a trail before a sentence.
    if (names < 3) return;
    bool sentence = n - last_mark - 1 >= 4 || last_mark + 1 == n;
    for (std::size_t q = last_mark + 1; q < n && !sentence; ++q) sentence = toks[q].sentence_end;
    if (sentence) spans.push_back({0, last_mark, 0});
}

}  // namespace winnow::detail::machine
