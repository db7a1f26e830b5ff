// A unified diff's hunk inside text: "@@ -12,7 +12,8 @@" (two line ranges, the old one after
// '-' and the new one after '+', between two "@@"), a shape no prose writes. The hunk's lines
// after it ("- return 0; + return f(p);") and the file headers before it ("diff --git a/x b/x",
// "--- a/x", "+++ b/x") go with it, each only as far as no sentence of prose stands there.
#include <algorithm>

#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

// A line range of a hunk: the sign, a line number, maybe ",count" ("-12,7", "+12").
bool hunk_range(std::string_view t, char sign) {
    if (t.size() < 2 || t.front() != sign) return false;
    t.remove_prefix(1);
    const std::size_t comma = byte_in(t, ',');
    auto digits = [](std::string_view d) { return !d.empty() && d.size() <= 7 && std::all_of(d.begin(), d.end(), is_dig); };
    if (comma == std::string_view::npos) return digits(t);
    return digits(t.substr(0, comma)) && digits(t.substr(comma + 1));
}

// A token holding more than letters (a path, an option, a hash, a sign, a number): a machine's.
bool machine_shaped(std::string_view t) {
    while (!t.empty() && (t.back() == ',' || t.back() == ':')) t.remove_suffix(1);
    return std::any_of(t.begin(), t.end(), [](char c) { return !is_alpha(c) && static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

void mark_patch_hunks(std::string_view text, std::vector<Tok>& toks) {
    const std::size_t n = toks.size();
    auto tok_text = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    auto mark_hard = [&](std::size_t from, std::size_t to) {
        for (std::size_t j = from; j <= to; ++j) {
            toks[j].cls = Cls::hard;
            toks[j].cut = 0;
        }
    };
    for (std::size_t k = 0; k + 3 < n; ++k) {
        if (tok_text(k) != "@@" || !hunk_range(tok_text(k + 1), '-') || !hunk_range(tok_text(k + 2), '+') || tok_text(k + 3) != "@@")
            continue;
        // After it: the hunk's lines to the block's end, when no sentence ends among them.
        std::size_t to = k + 3;
        bool prose_after = false;
        for (std::size_t j = k + 4; j < n && !prose_after; ++j) prose_after = ends_sentence(tok_text(j));
        if (!prose_after) to = n - 1;
        // Before it: the rest of its segment, when two thirds of it or more are a machine's tokens.
        std::size_t from = k, machine = 0;
        while (from > 0 && !ends_sentence(tok_text(from - 1))) machine += machine_shaped(tok_text(--from));
        if (3 * machine < 2 * (k - from)) from = k;
        mark_hard(from, to);
        k = to;
    }
}

}  // namespace winnow::detail::garbage_tokens
