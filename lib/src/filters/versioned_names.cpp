// Software names glued to their versions, three or more close together: a requirements or lock
// file's pins ("numpy==1.26.4 pandas==2.2.1 requests>=2.31"), a package list ("react@18.2.0"),
// a user agent's or a server's product tokens ("Mozilla/5.0 (Windows NT 10.0; Win64; x64)
// AppleWebKit/537.36 … Safari/537.36"). Prose writes a version apart from its name ("Python
// 3.12") and names one or two; a machine lists them joined by a sign. The run goes from the first
// to the last, with what stands between (a product's comment in parentheses), few words apart
// and no sentence's end among them; the first may be glued behind a sentence's stop.
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

bool name_char(char c) { return is_alpha(c) || is_dig(c) || c == '-' || c == '_' || c == '.'; }

// Where "name<sign>version" starts in t (0, or after a sentence's stop it is glued to), or npos.
std::size_t versioned_name_at(std::string_view t) {
    while (!t.empty() && (t.back() == ',' || t.back() == ';')) t.remove_suffix(1);
    // The sign: "==", ">=", "<=", "~=", "@" or "/" before a digit.
    std::size_t sign = std::string_view::npos, after = 0;
    for (std::size_t i = 1; i + 1 < t.size(); ++i) {
        const std::size_t len = (t[i] == '=' || t[i] == '>' || t[i] == '<' || t[i] == '~') && t[i + 1] == '=' ? 2
                                : (t[i] == '@' || t[i] == '/')                                             ? 1
                                                                                                           : 0;
        if (len == 0) continue;
        if (i + len < t.size() && is_dig(t[i + len])) sign = i, after = i + len;
        break;
    }
    if (sign == std::string_view::npos) return std::string_view::npos;
    // The version: digits and dots, at least one dot or two digits, maybe a tag after a '-'.
    std::size_t p = after, dots = 0;
    while (p < t.size() && (is_dig(t[p]) || t[p] == '.')) dots += t[p] == '.', ++p;
    if (dots == 0 && p - after < 2) return std::string_view::npos;
    if (p < t.size() && t[p] != '-' && t[p] != '+') return std::string_view::npos;
    // The name: letters first; glued behind a stop, it starts after it.
    std::size_t b = sign;
    while (b > 0 && name_char(t[b - 1]) && !(t[b - 1] == '.' && b >= 2 && !name_char(t[b - 2]))) --b;
    if (b > 0) {
        std::size_t stop = t.rfind('.', sign);
        if (stop == std::string_view::npos || stop == 0) return std::string_view::npos;
        b = stop + 1;
    }
    if (b >= sign || !is_alpha(t[b])) return std::string_view::npos;
    return b;
}

}  // namespace

void mark_versioned_names(std::string_view text, std::vector<Tok>& toks) {
    constexpr std::size_t kGap = 6, kRun = 3;
    const std::size_t n = toks.size();
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    for (std::size_t k = 0; k < n; ++k) {
        if (!(toks[k].marks & m_digit)) continue;
        const std::size_t at = versioned_name_at(tok(k));
        if (at == std::string_view::npos) continue;
        std::size_t last = k, count = 1;
        for (std::size_t j = k + 1; j < n && j <= last + kGap; ++j) {
            if ((toks[j].marks & m_digit) && versioned_name_at(tok(j)) == 0) ++count, last = j;
            else if (ends_sentence(tok(j))) break;
        }
        if (count < kRun) continue;
        for (std::size_t q = k; q <= last; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
        toks[k].cut = static_cast<std::uint32_t>(at);
        k = last;
    }
}

}  // namespace winnow::detail::garbage_tokens
