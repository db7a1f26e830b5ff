// Lightweight markup left as its source inside prose: a table's rows around its delimiter row
// ("| a | b | |---|---| | 1 | 2 |") and link reference definitions ("[1]: https://… \"Title\"").
// Both are marked by a token prose never writes: a row of dashes between bars, a bracketed
// label glued to a colon before a link's target.
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

// "|---|:---:|", "---|---": only bars, dashes and colons, two bars or more, a run of three dashes.
bool delimiter_row(std::string_view t) {
    if (t.size() < 7 || t.find_first_not_of("|-:") != std::string_view::npos || t.find("---") == std::string_view::npos) return false;
    std::size_t bars = 0;
    for (char c : t) bars += c == '|';
    return bars >= 2;
}

bool bar(std::string_view t) { return t == "|" || t == "||"; }

// "[1]:", "[docs]:": a reference's label (no spaces inside, at most 40 bytes).
bool reference_label(std::string_view t) {
    return t.size() >= 4 && t.size() <= 42 && t.front() == '[' && t.ends_with("]:") && t.find_first_of("[]", 1) == t.size() - 2;
}

bool link_target(std::string_view t) { return t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.") || (t.size() > 1 && t.front() == '/'); }

}  // namespace

void mark_markdown_residue(std::string_view text, std::vector<Tok>& toks) {
    if (text.find('|') == std::string_view::npos && text.find("]:") == std::string_view::npos) return;
    const std::size_t n = toks.size();
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    auto mark = [&](std::size_t from, std::size_t to) {
        for (std::size_t q = from; q <= to; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
    };
    for (std::size_t k = 0; k < n; ++k) {
        if (delimiter_row(tok(k))) {
            // The rows around it: cells of at most four words between bars, no sentence ending
            // among them; from the first bar to the last.
            std::size_t lo = k, hi = k;
            for (std::size_t j = k; j-- > 0 && lo - j <= 5;) {
                if (ends_sentence(tok(j))) break;
                if (bar(tok(j)) || delimiter_row(tok(j))) lo = j;
            }
            for (std::size_t j = k + 1; j < n && j - hi <= 5; ++j) {
                if (bar(tok(j)) || delimiter_row(tok(j))) hi = j;
                if (ends_sentence(tok(j))) break;
            }
            mark(lo, hi);
            k = hi;
        } else if (reference_label(tok(k)) && k + 1 < n && link_target(tok(k + 1))) {
            // The definition, and its title in quotes when one follows.
            std::size_t hi = k + 1;
            if (hi + 1 < n && tok(hi + 1).front() == '"')
                for (std::size_t j = hi + 1; j < n && j <= hi + 8; ++j)
                    if (tok(j).size() > (j == hi + 1 ? 1u : 0u) && tok(j).back() == '"') {
                        hi = j;
                        break;
                    }
            mark(k, hi);
            k = hi;
        }
    }
}

}  // namespace winnow::detail::garbage_tokens
