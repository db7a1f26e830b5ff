// A scheduler's table line (cron): five time fields — a number, a range, a list, a step or '*'
// — two of them '*' (or a step of one) side by side, then the command, a path among its first
// two words. Arithmetic in prose ("2 * 3 * 4") alternates numbers and operators, never two
// stars in a row, and runs no path. The line goes from its first field to the command's last
// option, path or redirection within eight words (its plain words between them: "renew").
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

bool star(std::string_view t) { return t == "*" || (t.starts_with("*/") && t.size() > 2 && is_dig(t[2])); }

// A time field: '*', a step, a number, or numbers joined by '-', ',' or '/' ("1-5", "0,30").
bool time_field(std::string_view t) {
    if (star(t)) return true;
    if (t.empty() || t.size() > 12 || !is_dig(t.front()) || !is_dig(t.back())) return false;
    for (char c : t)
        if (!is_dig(c) && c != '-' && c != ',' && c != '/') return false;
    return true;
}

bool path(std::string_view t) { return t.size() > 1 && (t.front() == '/' || t.starts_with("~/") || t.starts_with("./")); }

// A command's technical word: a path, an option, a redirection ("2>&1", ">/dev/null").
bool technical(std::string_view t) {
    return path(t) || (t.size() > 1 && t.front() == '-' && (is_alpha(t[1]) || t[1] == '-')) ||
           t.find('>') != std::string_view::npos || t.find('/') != std::string_view::npos;
}

}  // namespace

void mark_cron_lines(std::string_view text, std::vector<Tok>& toks) {
    if (text.find('*') == std::string_view::npos) return;
    const std::size_t n = toks.size();
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    for (std::size_t k = 0; k + 5 < n; ++k) {
        bool fields = true, stars = false;
        for (std::size_t j = k; j < k + 5 && fields; ++j) {
            fields = time_field(tok(j));
            stars |= j > k && star(tok(j)) && star(tok(j - 1));
        }
        if (!fields || !stars) continue;
        std::size_t cmd = k + 5;
        if (!path(tok(cmd)) && !(cmd + 1 < n && path(tok(cmd + 1)))) continue;
        std::size_t hi = path(tok(cmd)) ? cmd : cmd + 1;
        for (std::size_t j = hi + 1; j < n && j <= hi + 8; ++j) {
            const std::string_view t = tok(j);
            if (technical(t)) hi = j;
            if (ends_sentence(t)) break;
        }
        for (std::size_t q = k; q <= hi; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
        k = hi;
    }
}

}  // namespace winnow::detail::garbage_tokens
