// Typesetting source left in text: LaTeX and RTF control words ("\hline", "\end{tabular}",
// "\par\pard\fs20", "\'e1"). A backslash before letters opens no word of any language's prose;
// a path's backslashes stand inside a token after its drive ("C:\dir"). Three or more control
// words, at most four tokens apart (cells, "&", "\\" between them), mark the stretch from the
// first to the last; the first may be glued behind a sentence's stop or another script's word.
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

// Control words in a token, and where the first starts (npos if none): a backslash before a
// letter or before a quote and two hex digits, at the token's start or after a byte that is not
// ASCII (a word of another script, a full stop of another script) or a stop.
std::size_t control_words(std::string_view t, std::size_t& first) {
    first = std::string_view::npos;
    std::size_t count = 0;
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        if (t[i] != '\\') continue;
        const bool word = is_alpha(t[i + 1]) || (t[i + 1] == '\'' && i + 3 < t.size() && is_hex(t[i + 2]) && is_hex(t[i + 3]));
        if (!word) continue;
        if (first == std::string_view::npos) {
            const bool opens = i == 0 || static_cast<unsigned char>(t[i - 1]) >= 0x80 || is_terminal(t[i - 1]);
            if (!opens) return 0;  // "C:\dir": a path
            first = i;
        }
        ++count;
    }
    return count;
}

}  // namespace

void mark_control_words(std::string_view text, std::vector<Tok>& toks) {
    if (text.find('\\') == std::string_view::npos) return;
    const std::size_t n = toks.size();
    std::vector<std::size_t> words(n), first(n);
    for (std::size_t k = 0; k < n; ++k) words[k] = control_words(text.substr(toks[k].b, toks[k].e - toks[k].b), first[k]);
    for (std::size_t k = 0; k < n;) {
        if (words[k] == 0) { ++k; continue; }
        std::size_t last = k, total = words[k];
        // (A row's end, a double backslash, carries the stretch on between them, but is no control word.)
        for (std::size_t j = k + 1; j < n && j <= last + 5; ++j)
            if (words[j] > 0 || text.substr(toks[j].b, toks[j].e - toks[j].b) == "\\\\") last = j, total += words[j];
        if (total >= 3) {
            for (std::size_t q = k; q <= last; ++q) toks[q].cls = Cls::hard, toks[q].cut = 0;
            toks[k].cut = static_cast<std::uint32_t>(first[k]);
        }
        k = last + 1;
    }
}

}  // namespace winnow::detail::garbage_tokens
