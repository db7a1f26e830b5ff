// Page numbers left by a pager, found over the tokens of filters/machine_text.cpp: three or more
// numbers counting up by one ("1 2 3", maybe on to a last page after a gap: "… 17"), with
// nothing between them but marks (bars, dots, an ellipsis), framed by an arrow-like mark ("«",
// "‹", "→", "|") or standing alone in their block, glued behind a sentence's stop or apart.
// Or framed by a label word on one side or both instead of a mark ("이전 1 2 3 4 5 다음"), the
// whole a segment of its own: after a sentence (or at the block's start), before the block's
// end or a capital; the words go with the numbers when marks stand among them too ("Předchozí
// 1 2 3 … 9 Další"). Numbers with only an ellipsis among them need that segment as well, or a
// stop they are glued to: prose counts "1 2 3 … 10" inside its sentence. Prose counts with words between its numbers
// ("pages 3, 4 and 5"), a table of contents with titles, a score or a table row without the
// steps of one; none of them has this shape.
// A pager that says where the reader is in words ("Strona 2 z 14", "Halaman 2 dari 9"): a
// capitalised label word, a page, a short word or a slash, the last page, no higher than it,
// the whole the block's last segment without a stop of its own. A sentence naming a page goes on
// or ends with a stop. Shape only: no word of a pager ("next", "page", "of") is listed.
#include <algorithm>
#include <string>

#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail::machine {

namespace {

// A page number: one to four digits.
bool page_number(std::string_view t, int& value) {
    if (t.empty() || t.size() > 4) return false;
    value = 0;
    for (char c : t) {
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

// A mark between or around page numbers: up to three code points, none a letter or digit.
bool pager_mark(std::string_view t) {
    if (t == "...") return true;
    if (t.empty() || t.size() > 9) return false;
    std::size_t points = 0;
    for (std::size_t p = 0; p < t.size(); ++points) {
        const char32_t cp = next_code_point(t, p);
        if (is_letter(cp) || (cp >= '0' && cp <= '9') || cp == '.' || cp == ',' || cp == ':' || cp == ';') return false;
    }
    return points <= 3;
}

// Where a token's glued sentence ends ("regione.‹", "oficina.1"): after its last stop, when
// what follows is a mark or a number; 0 when the token is one of those itself; npos otherwise.
// stops: whether the token holds a '.', '!' or '?' (its TokenStats tell).
std::size_t after_stop(std::string_view t, bool stops) {
    int value = 0;
    // (A token led by an ASCII letter, a word, is neither: only a stop inside it is looked for.)
    const bool word = !t.empty() && ((t[0] >= 'a' && t[0] <= 'z') || (t[0] >= 'A' && t[0] <= 'Z'));
    if (!word && (page_number(t, value) || pager_mark(t))) return 0;
    if (!stops) return std::string_view::npos;  // (no stop to read back to)
    // (A loop, not find_last_of: that calls memchr for every byte of every token.)
    std::size_t stop = t.size();
    while (stop > 0 && t[stop - 1] != '.' && t[stop - 1] != '!' && t[stop - 1] != '?') --stop;
    stop = stop == 0 ? std::string_view::npos : stop - 1;
    if (stop == std::string_view::npos || stop == 0 || stop + 1 >= t.size()) return std::string_view::npos;
    const std::string_view rest = t.substr(stop + 1);
    return page_number(rest, value) || pager_mark(rest) ? stop + 1 : std::string_view::npos;
}

// A pager's label word beside its numbers: letters only (of any script), up to twelve, maybe
// behind or before a mark ("다음", "下一页", "Next›").
bool frame_word(std::string_view t) {
    std::size_t letters = 0, points = 0;
    for (std::size_t p = 0; p < t.size(); ++points) {
        const char32_t cp = next_code_point(t, p);
        if (is_letter(cp)) ++letters;
        else if ((cp >= '0' && cp <= '9') || cp == '.' || cp == ',' || cp == ':' || cp == ';' || cp == '!' || cp == '?') return false;
    }
    return letters > 0 && letters <= 12 && points <= letters + 2;
}

// Whether a sentence starts with token t: its first letter a capital. (In a script without case
// the next word may go on the same sentence: "아이들은 1 2 3 4 하고 숫자를 세며…".)
bool starts_sentence(std::string_view t) {
    std::size_t p = 0;
    return garbage_tokens::is_upper_cp(next_code_point(t, p));
}

}  // namespace

void find_page_number_runs(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans) {
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    const std::size_t n = toks.size();
    // Whether tokens lo..hi are a segment of their own: after a sentence (or at the block's
    // start), before the block's end or a capital.
    auto segment = [&](std::size_t lo, std::size_t hi) {
        return (lo == 0 || toks[lo - 1].sentence_end) && (hi + 1 == n || starts_sentence(tok(hi + 1)));
    };
    for (std::size_t k = 0; k < n; ++k) {
        const std::size_t skip = after_stop(tok(k), toks[k].dots > 0 || toks[k].exclamation);
        if (skip == std::string_view::npos) continue;
        // The run: numbers and marks from k on.
        std::size_t hi = k, numbers = 0, steps = 0, best_steps = 0, marks = 0, gaps = 0;
        int last = -1;
        bool ascending = true;
        // (A pager is short: the scan stops after 48 tokens, so a long row of marks costs one
        // pass, not one per start.)
        for (std::size_t q = k; q < n && q < k + 48; ++q) {
            const std::string_view t = q == k ? tok(q).substr(skip) : tok(q);
            int value = 0;
            if (page_number(t, value)) {
                if (last >= 0) {
                    ascending &= value > last;
                    steps = value == last + 1 ? steps + 1 : 0;
                    best_steps = std::max(best_steps, steps);
                }
                last = value;
                ++numbers;
            } else if (pager_mark(t)) {
                ++marks;
                gaps += t == "..." || t == "\u2026";
            } else {
                break;
            }
            hi = q;
        }
        const bool alone = k == 0 && skip == 0 && hi + 1 == n;
        const bool counts = numbers >= 3 && best_steps >= 2 && ascending;
        // Framed by a label word ("이전 1 2 3 4 5 다음", "上一页 1 2 3 下一页", "Předchozí 1 2 3 … 9
        // Další"): a word on one side or both, the whole a segment of its own between sentences
        // (or the block's edges). Prose counting has more words around its numbers.
        std::size_t lo = k, end = hi;
        bool framed = false;
        if (counts && skip == 0) {
            const bool before = k > 0 && frame_word(tok(k - 1));
            const bool after = hi + 1 < n && frame_word(tok(hi + 1));
            lo = before ? k - 1 : k, end = after ? hi + 1 : hi;
            framed = (before || after) && segment(lo, end);
        }
        if (framed) {
            // (With marks among the numbers too: the words go with them.)
            spans.push_back({lo, end, 0});
            k = end;
        } else if (counts && (marks > gaps || alone || (marks > 0 && (skip > 0 || segment(k, hi))))) {
            // (An ellipsis alone among the numbers is prose's too, "počítaly 1 2 3 … 10 a pak":
            // only a frame mark, a stop the numbers are glued to or a segment of their own tells
            // a pager.)
            spans.push_back({k, hi, static_cast<std::uint32_t>(skip)});
            k = hi;
        } else if (numbers == 0) {
            k = hi;  // marks only: no start inside them has a number either
        }
    }
}

void find_page_label(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans) {
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    const std::size_t n = toks.size();
    // "Label N of M" closing the block, after a sentence or alone.
    if (n >= 4) {
        const std::size_t k = n - 4;
        int page = 0, last = 0;
        const std::string_view joiner = tok(k + 2);
        const bool short_word = joiner == "/" || (frame_word(joiner) && joiner.size() <= 8 && !starts_sentence(joiner) &&
                                                  std::none_of(joiner.begin(), joiner.end(), [](char c) { return c >= '0' && c <= '9'; }));
        if ((k == 0 || toks[k - 1].sentence_end) && frame_word(tok(k)) && starts_sentence(tok(k)) && page_number(tok(k + 1), page) &&
            short_word && page_number(tok(k + 3), last) && page >= 1 && page <= last && last >= 2)
            spans.push_back({k, k + 3, 0});
    }
}

void find_page_numbers(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans) {
    find_page_number_runs(text, toks, spans);
    find_page_label(text, toks, spans);
}

}  // namespace winnow::detail::machine
