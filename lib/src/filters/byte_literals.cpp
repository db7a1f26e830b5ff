// A listing of bytes written as a program's literals ("0x4D 0x5A 0x90 0x00 …"): four or more
// in a row, each "0x" and one to eight hex digits (a comma after it allowed). Prose names a
// value or two ("set the flag to 0xFF"); a row of them is a dump.
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

bool hex_literal(std::string_view t) {
    if (!t.empty() && (t.back() == ',' || t.back() == ';')) t.remove_suffix(1);
    if (t.size() < 3 || t.size() > 10 || t[0] != '0' || (t[1] != 'x' && t[1] != 'X')) return false;
    for (std::size_t i = 2; i < t.size(); ++i)
        if (!is_hex(t[i])) return false;
    return true;
}

}  // namespace

void mark_byte_literals(std::string_view text, std::vector<Tok>& toks) {
    constexpr std::size_t kRow = 4;
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k < n;) {
        std::size_t e = k;
        while (e < n && (toks[e].marks & m_digit) && hex_literal(text.substr(toks[e].b, toks[e].e - toks[e].b))) ++e;
        if (e - k >= kRow)
            for (std::size_t q = k; q < e; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
        k = e > k ? e : k + 1;
    }
}

}  // namespace winnow::detail::garbage_tokens
