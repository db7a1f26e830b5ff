// Data dumped into text as rows of tokens, marked hard before garbage runs grow
// (filters/garbage_runs.cpp): hex dumps and rows of a data file.
#include <string_view>
#include <vector>

#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

// A hex dump's line: six or more bytes as two hex digits each ("42 3a 70 80 10 f2", or groups
// of four: "4865 6c6c 6f2c"), two at least with a letter (whole numbers of two digits are
// lottery draws, scores, dates), one starting with a digit and, of two-digit bytes, one with a
// letter (a chess game's squares "e4 e5 d4" never start with a digit, climbing grades
// "6a 6b 7c" never with a letter), after an offset ("2059c421:", "eaba:", glued behind a word too) and maybe before the
// printable column ("|egxP9J..kwl|"). After an offset of hex letters and digits, or before a
// printable column of one character per byte, one byte with a letter is enough, and none need
// start with one. All of it is marked hard, the offset from
// its first hex digit. (The only hex-dump detector: machine_text.cpp leaves dumps to it.)
void mark_hex_dumps(std::string_view text, std::vector<Tok>& toks) {
    auto group = [&](const Tok& t, std::size_t width) {
        if (t.e - t.b != width) return false;
        for (std::uint32_t p = t.b; p < t.e; ++p)
            if (!is_hex(text[p])) return false;
        return true;
    };
    // The offset before the bytes: its hex digits from where they start (0 when the token is all
    // hex; after a word's letters, from its first digit), or npos when there is none.
    auto offset_start = [&](const Tok& off, bool& mixed) -> std::size_t {
        std::string_view t = text.substr(off.b, off.e - off.b);
        if (!t.empty() && t.back() == ':') t.remove_suffix(1);
        std::size_t h = t.size();
        while (h > 0 && is_hex(t[h - 1])) --h;
        const auto hex = t.substr(h);
        const bool digit = std::any_of(hex.begin(), hex.end(), is_dig);
        mixed = digit && std::any_of(hex.begin(), hex.end(), is_alpha);
        if (hex.size() < 4 || hex.size() > 10 || (h > 0 && !digit)) return std::string_view::npos;
        if (h > 0)  // glued behind a word: the offset from its first digit, the word's letters stay
            while (!is_dig(t[h])) ++h;
        return h;
    };
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k < n;) {
        const std::size_t width = group(toks[k], 2) ? 2 : group(toks[k], 4) ? 4 : 0;
        if (width == 0) { ++k; continue; }
        std::size_t e = k, lettered = 0, numeric = 0;
        for (; e < n && group(toks[e], width); ++e) {
            const std::string_view g = text.substr(toks[e].b, width);
            lettered += std::any_of(g.begin(), g.end(), is_alpha);
            numeric += is_dig(g.front());
        }
        const std::size_t letter_first = e - k - numeric;
        bool mixed = false;
        const std::size_t off = k > 0 ? offset_start(toks[k - 1], mixed) : std::string_view::npos;
        // The printable column, one character per byte ("|.ELF............|" after 16 bytes),
        // leads as well as a mixed offset: no table row of numbers ends in one.
        bool column = false;
        if (e < n) {
            const std::string_view col = text.substr(toks[e].b, toks[e].e - toks[e].b);
            column = col.size() >= 3 && col.front() == '|' && col.back() == '|' && col.size() - 2 == (e - k) * (width / 2);
        }
        const bool led = (off != std::string_view::npos && mixed) || column;
        if (e - k < 6 || lettered < (led ? 1u : 2u) || numeric == 0 || (letter_first == 0 && !led && width == 2)) { k = e; continue; }
        for (std::size_t q = k; q < e; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
        if (off != std::string_view::npos) toks[k - 1].cls = Cls::hard, toks[k - 1].cut = static_cast<std::uint32_t>(off);
        if (e < n) {
            const std::string_view col = text.substr(toks[e].b, toks[e].e - toks[e].b);
            if (col.size() >= 3 && col.front() == '|' && col.back() == '|') toks[e].cls = Cls::hard, toks[e].cut = 0;
        }
        k = e;
    }
}

// Rows of a data file pasted as text: two or more tokens in a row, each three or more fields
// joined by the same ';' or ',' without a space (row_fields), with the same number of fields.
// All of it is marked hard.
void mark_field_rows(std::string_view text, std::vector<Tok>& toks) {
    const std::size_t n = toks.size();
    // (A row has separators: a token without a ',' or ';' is none, and is not read.)
    auto fields = [&](const Tok& t, char& sep) {
        return (t.marks & m_separator) ? row_fields(text.substr(t.b, t.e - t.b), sep) : std::size_t{0};
    };
    for (std::size_t k = 0; k < n;) {
        char sep = 0;
        const std::size_t width = fields(toks[k], sep);
        std::size_t e = k + 1;
        for (char s2 = 0; width > 0 && e < n && fields(toks[e], s2) == width && s2 == sep;) ++e;
        if (width == 0 || e - k < 2) { k = e; continue; }
        for (std::size_t q = k; q < e; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
        k = e;
    }
}

}  // namespace winnow::detail::garbage_tokens
