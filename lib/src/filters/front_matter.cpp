// A static site's front matter glued into prose: the metadata block a page's source opens with
// (YAML between two "---" fences, TOML between "+++"), run together into one line:
// `--- layout: post slug: x1 draft: false weight: 4 ---`. The fences and two or more keys of a
// machine's shape ("name:" in ASCII, lower case first, no sentence end) between them make the
// shape; prose puts no such keys between two fences. The stretch goes from fence to fence.
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

constexpr std::size_t kMaxTokens = 48;  // between the fences: a front matter is short

bool fence(std::string_view t) { return t == "---" || t == "+++"; }

// "slug:", "draft:", "cover_image:", "og-title:": a key with its colon.
bool key(std::string_view t) {
    if (t.size() < 3 || t.size() > 40 || t.back() != ':' || !is_lower(t.front())) return false;
    t.remove_suffix(1);
    for (char c : t)
        if (!is_lower(c) && !is_dig(c) && c != '_' && c != '-' && c != '.') return false;
    return true;
}

}  // namespace

void mark_front_matter(std::string_view text, std::vector<Tok>& toks) {
    if (!holds(text, "---", 2) && !holds(text, "+++", 2)) return;
    const std::size_t n = toks.size();
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    for (std::size_t k = 0; k + 3 < n; ++k) {
        if (!fence(tok(k)) || !key(tok(k + 1))) continue;
        std::size_t keys = 0, close = 0;
        for (std::size_t j = k + 1; j < n && j <= k + kMaxTokens; ++j) {
            if (tok(j) == tok(k)) {
                close = j;
                break;
            }
            keys += key(tok(j));
        }
        // Two keys or more, and most tokens a key or its value (a value of one or two words).
        if (!close || keys < 2 || (close - k - 1) > 3 * keys) continue;
        for (std::size_t q = k; q <= close; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
        k = close;
    }
}

}  // namespace winnow::detail::garbage_tokens
