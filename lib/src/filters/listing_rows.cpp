// A directory listing's rows pasted into text ("drwxr-xr-x 2 root root 4096 Jan 12 08:01 bin"):
// each opens on a file's mode — a type sign and three triples of r, w, x (or '-', s, t) — and a
// link count, and ends on the file's name after its clock time or year. Prose may name a mode
// once ("set it to -rw-r--r--"); a mode followed by a count, owners, a size and a time is a row.
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

bool file_mode(std::string_view t) {
    if (t.size() == 11 && (t.back() == '.' || t.back() == '@' || t.back() == '+')) t.remove_suffix(1);
    if (t.size() != 10 || std::string_view("-dlcbps").find(t[0]) == std::string_view::npos) return false;
    for (std::size_t i = 1; i < 10; ++i) {
        const char c = t[i], want = "rwx"[(i - 1) % 3];
        if (c != want && c != '-' && !((i % 3 == 0) && (c == 's' || c == 'S' || c == 't' || c == 'T'))) return false;
    }
    return true;
}

// Where a file mode starts in t: the whole token, or glued behind a sentence's stop
// ("…βελανιδιάς.drwxr-xr-x"); npos if none.
std::size_t mode_at(std::string_view t) {
    if (file_mode(t)) return 0;
    if (t.size() < 12) return std::string_view::npos;
    const std::size_t at = t.size() - (file_mode(t.substr(t.size() - 10)) ? 10 : 11);
    return is_terminal(t[at - 1]) && file_mode(t.substr(at)) ? at : std::string_view::npos;
}

bool all_digits(std::string_view t) {
    if (t.empty()) return false;
    for (char c : t)
        if (!is_dig(c)) return false;
    return true;
}

// A listing's time column: "08:01" or a year ("2023").
bool time_or_year(std::string_view t) {
    if (t.size() == 5 && is_dig(t[0]) && is_dig(t[1]) && t[2] == ':' && is_dig(t[3]) && is_dig(t[4])) return true;
    return t.size() == 4 && all_digits(t) && (t[0] == '1' || t[0] == '2');
}

}  // namespace

void mark_listing_rows(std::string_view text, std::vector<Tok>& toks) {
    if (!holds(text, "rw", 1) && !holds(text, "r-x", 1)) return;
    const std::size_t n = toks.size();
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    for (std::size_t k = 0; k + 2 < n; ++k) {
        const std::size_t at = mode_at(tok(k));
        if (at == std::string_view::npos || !all_digits(tok(k + 1))) continue;
        // The time column within the next eight tokens, the name right after it.
        std::size_t time = k + 2;
        while (time < n && time <= k + 9 && !time_or_year(tok(time))) ++time;
        if (time + 1 >= n || time > k + 9) continue;
        const std::size_t hi = time + 1;
        for (std::size_t q = k; q <= hi; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
        toks[k].cut = static_cast<std::uint32_t>(at);
        k = hi;
    }
}

}  // namespace winnow::detail::garbage_tokens
