// A version control's change summary pasted as text: lines of a path, a bar, a count and a bar
// of '+' and '-' (" src/sera.c | 12 ++++++------"; one with its bar of signs, two without), and
// the totals ("2 files changed, 8 insertions(+), 7 deletions(-)": counts whose words carry "(+)"
// or "(-)").
// Prose draws no bar of pluses and minuses after a count behind a file's name.
#include <algorithm>

#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

// A file's path: letters, digits and "._-/", with a '.' or a '/' inside.
bool path_like(std::string_view t) {
    if (t.size() < 3 || !std::any_of(t.begin(), t.end(), is_alpha)) return false;
    if (t.find_first_of("./") == std::string_view::npos) return false;
    return std::all_of(t.begin(), t.end(), [](char c) { return is_alpha(c) || is_dig(c) || c == '.' || c == '_' || c == '-' || c == '/'; });
}

bool count(std::string_view t) { return !t.empty() && t.size() <= 7 && std::all_of(t.begin(), t.end(), is_dig); }

bool change_bar(std::string_view t) {
    return !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c == '+' || c == '-'; });
}

// "insertions(+)," / "deletions(-)": a count's word marked with its sign.
bool signed_word(std::string_view t) {
    while (!t.empty() && (t.back() == ',' || t.back() == '.')) t.remove_suffix(1);
    return t.size() > 3 && (t.ends_with("(+)") || t.ends_with("(-)")) && is_alpha(t.front());
}

}  // namespace

void mark_change_stats(std::string_view text, std::vector<Tok>& toks) {
    const bool bars = holds(text, " | ", 1);
    const bool signs = text.find("(+)") != std::string_view::npos || text.find("(-)") != std::string_view::npos;
    if (!bars && !signs) return;
    const std::size_t n = toks.size();
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    auto mark = [&](std::size_t lo, std::size_t hi) {
        for (std::size_t q = lo; q <= hi; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
    };
    // A stat line from token k: path, bar, count, maybe the bar of signs; its last token, or npos.
    auto stat_line = [&](std::size_t k, bool& drawn) -> std::size_t {
        if (k + 2 >= n || !path_like(tok(k)) || tok(k + 1) != "|" || !count(tok(k + 2))) return std::string_view::npos;
        drawn = k + 3 < n && change_bar(tok(k + 3));
        return drawn ? k + 3 : k + 2;
    };
    for (std::size_t k = 0; bars && k < n; ++k) {
        bool drawn = false, any_drawn = false;
        std::size_t last = stat_line(k, drawn);
        if (last == std::string_view::npos) continue;
        std::size_t lines = 1;
        any_drawn = drawn;
        for (std::size_t next; last + 1 < n && (next = stat_line(last + 1, drawn)) != std::string_view::npos; ++lines) {
            last = next;
            any_drawn = any_drawn || drawn;
        }
        // One line with its bar of signs (a text page has a line a block), or two without.
        if (lines < 2 && !any_drawn) continue;
        mark(k, last);
        k = last;
    }
    // The totals ("2 files changed, 8 insertions(+), 7 deletions(-)"): from the count that
    // opens them, up to three tokens before the first signed count, to the last signed count.
    for (std::size_t k = 1; signs && k < n; ++k) {
        if (!signed_word(tok(k)) || !count(tok(k - 1))) continue;
        std::size_t first = k - 1, last = k;
        for (std::size_t j = first; j-- > 0 && first - j <= 3;)
            if (count(tok(j))) {
                first = j;
                break;
            }
        for (std::size_t j = k + 1; j < n && j <= last + 2; ++j)
            if (signed_word(tok(j)) && count(tok(j - 1))) last = j;
        mark(first, last);
        k = last;
    }
}

}  // namespace winnow::detail::garbage_tokens
