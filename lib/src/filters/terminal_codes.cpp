// Terminal colour codes left in copied console output: a control sequence's escape byte is
// dropped on the way to a page, its parameters stay ("[1;32m✔[0m 14 passing"). The shape is
// the protocol's, not a language's: a '[' with only digits and ';' in it and no ']', closed by
// one of the few final letters that set colours or clear a line. Two or more in a row mark
// console text; it goes with the words between them and a short sentence-less tail after the
// last (the message they coloured, "[0;31mERROR[0m db: connection refused").
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

// How many control sequences' residues stand in a token ("[0m", "[1;32m", "[2K").
std::size_t terminal_codes_in(std::string_view t) {
    std::size_t codes = 0;
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (t[i] != '[') continue;
        std::size_t j = i + 1, digits = 0;
        while (j < t.size() && (is_dig(t[j]) || t[j] == ';') && j - i <= 12) digits += is_dig(t[j++]);
        // "[m" is a reset too; "[2m" of a list ("[2m tall]") has a ']' after it.
        if (j < t.size() && (t[j] == 'm' || t[j] == 'K' || t[j] == 'J') && (digits > 0 || t[j] == 'm') &&
            (j + 1 == t.size() || t[j + 1] != ']') && (j == i + 1 || is_dig(t[j - 1]))) {
            ++codes;
            i = j;
        }
    }
    return codes;
}

}  // namespace

void mark_terminal_codes(std::string_view text, std::vector<Tok>& toks) {
    if (text.find('[') == std::string_view::npos) return;
    const std::size_t n = toks.size();
    std::vector<std::size_t> codes(n);
    for (std::size_t k = 0; k < n; ++k) codes[k] = terminal_codes_in(text.substr(toks[k].b, toks[k].e - toks[k].b));
    for (std::size_t k = 0; k < n;) {
        if (codes[k] == 0) { ++k; continue; }
        // A group: tokens with codes, at most three tokens apart.
        std::size_t last = k, total = codes[k];
        for (std::size_t j = k + 1; j < n && j <= last + 4; ++j)
            if (codes[j] > 0) last = j, total += codes[j];
        if (total < 2) { k = last + 1; continue; }
        // The message they coloured: a tail of at most six tokens to the block's end, no sentence in it.
        std::size_t hi = last;
        if (n - last - 1 <= 6) {
            bool sentence = false;
            for (std::size_t j = last + 1; j + 1 < n; ++j) sentence |= ends_sentence(text.substr(toks[j].b, toks[j].e - toks[j].b));
            if (!sentence) hi = n - 1;
        }
        for (std::size_t q = k; q <= hi; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
        k = hi + 1;
    }
}

}  // namespace winnow::detail::garbage_tokens
