// A vector drawing's path data pasted as text (an SVG icon's "M12 2C6.48 2 2 6.48 2 12s4.48 10
// 10 10…z"): it opens on a move command ('M' or 'm' glued to a number) and goes on in numbers
// with command letters glued between them ("2C6.48", "2zm1", "15h-2v-2h2v2z"). Prose glues a
// letter to a number now and then ("5km", "A4"), never command letters between numbers again
// and again after a move. From the move to the last token of numbers and commands.
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

bool command_letter(char c) { return c != 0 && std::string_view("MmLlHhVvCcSsQqTtAaZz").find(c) != std::string_view::npos; }

// A token of path data: numbers (digits, '.', '-', ','), command letters among them; how many
// command letters stand glued to a number, or -1 if the token holds anything else.
int glued_commands(std::string_view t) {
    int glued = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
        const char c = t[i];
        if (is_dig(c) || c == '.' || c == '-' || c == ',') continue;
        if (!command_letter(c)) return -1;
        glued += (i > 0 && is_dig(t[i - 1])) || (i + 1 < t.size() && (is_dig(t[i + 1]) || t[i + 1] == '-'));
    }
    return glued;
}

}  // namespace

void mark_path_data(std::string_view text, std::vector<Tok>& toks) {
    constexpr int kGlued = 3;
    const std::size_t n = toks.size();
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    for (std::size_t k = 0; k < n; ++k) {
        const std::string_view t = tok(k);
        if (t.size() < 2 || (t[0] != 'M' && t[0] != 'm') || !(is_dig(t[1]) || t[1] == '-') || glued_commands(t) < 1) continue;
        std::size_t last = k;
        int glued = 0;
        for (std::size_t j = k; j < n; ++j) {
            const int g = glued_commands(tok(j));
            if (g < 0) break;
            glued += g;
            last = j;
        }
        if (glued < kGlued) continue;
        for (std::size_t q = k; q <= last; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
        k = last;
    }
}

}  // namespace winnow::detail::garbage_tokens
