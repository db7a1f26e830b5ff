// Garbage runs give back the clause glued behind their last token in a script written without
// spaces. Chinese, Japanese or Thai prose goes on right after debris with no space between
// ("…&sid=-a6LNnVE，一家修鞋铺已经开了三十多年。", "….js，退休後把家裡的藏書搬到市場"): the
// token the detectors read as debris holds the sentence's next clause too. The run ends where
// the debris, written in ASCII, turns into letters of the page's own unspaced script (or that
// script's full-width punctuation before them), when four letters or more follow: the clause.
// Debris in a foreign script (fragments with counters) is not the page's script and stays cut;
// debris glued behind the clause again is a run of its own.
#include <utility>
#include <vector>

#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

// A letter of the unspaced family the page is written in.
bool own_unspaced_letter(char32_t cp, int dominant) {
    if (!is_letter(cp)) return false;
    const int s = script_of(cp);
    return scripts_compatible(s, dominant) && (written_without_spaces(s) || scripts_compatible(s, script_han));
}

// Ideographic and full-width punctuation ("，", "。", "、", "「"): where such a clause may open.
bool full_width_mark(char32_t cp) { return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFF65); }

// Where the clause starts in the run's last token [b, e), or e if it holds none.
std::uint32_t clause_start(std::string_view text, std::uint32_t b, std::uint32_t e, int dominant) {
    // (Four ASCII letters or digits at least: a hashtag's '#' before a word, "#昭和レトロ", is
    // the tag's own mark, not debris the word is glued to.)
    int ascii_alnum = 0;
    for (std::size_t p = b; p < e;) {
        const std::size_t at = p;
        const char32_t cp = next_code_point(text, p);
        if (cp < 0x80) {
            ascii_alnum += is_alpha(static_cast<char>(cp)) || is_dig(static_cast<char>(cp));
            continue;
        }
        if (ascii_alnum < 4) return e;  // the token opens in another script, or on a mark alone
        if (!full_width_mark(cp) && !own_unspaced_letter(cp, dominant)) return e;
        std::size_t letters = 0;
        for (std::size_t q = at; q < e && letters < 4;) {
            const char32_t c = next_code_point(text, q);
            letters += own_unspaced_letter(c, dominant);
        }
        return letters >= 4 ? static_cast<std::uint32_t>(at) : e;
    }
    return e;
}

}  // namespace

void keep_glued_clauses(std::string_view text, int dominant, std::vector<TextRange>& runs) {
    if (!written_without_spaces(dominant) && !scripts_compatible(dominant, script_han)) return;
    std::vector<TextRange> out;
    bool changed = false;
    for (const TextRange& r : runs) {
        std::uint32_t b = r.end;
        while (b > r.begin && !is_space(text[b - 1])) --b;
        const std::uint32_t start = clause_start(text, b, r.end, dominant);
        if (start <= r.begin || start >= r.end) {
            out.push_back(r);
            continue;
        }
        changed = true;
        out.push_back({r.begin, start});
        // Debris glued behind the clause again ("…没有变化。q=pr%C3…") is a run of its own.
        std::uint32_t resume = start;
        while (resume < r.end && static_cast<unsigned char>(text[resume]) >= 0x80) ++resume;
        if (resume < r.end) out.push_back({resume, r.end});
    }
    if (changed) runs = std::move(out);
}

}  // namespace winnow::detail::garbage_tokens
