// File names a gallery or an upload leaves in text, found over the tokens of
// filters/machine_text.cpp: numbered names ("DSC01234.jpg", "P1020388.JPG",
// "IMG_20230614_181502.jpg", "photo-1520x800.webp"), one or more in a row, the whole a segment
// of its own: after a sentence's stop (glued to it too: "smaku.IMG_2041.JPG") or at the block's
// start, before the block's end or a sentence's start. A name the prose quotes stands inside
// its sentence ("the file IMG_2041.JPG weighs …") and stays. Shape only: a stem of Latin
// letters, digits and '_' '-' '@' with three digits or more in one name of the row, a dot and
// an extension of two to four letters and digits, a letter first; no extension is listed.
#include <algorithm>

#include "filters/evidence.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail::machine {

namespace {

// Whether t is a file name; digits: how many its stem has.
bool file_name(std::string_view t, std::size_t& digits) {
    while (!t.empty() && (t.back() == ',' || t.back() == ';')) t.remove_suffix(1);
    const std::size_t dot = t.rfind('.');
    if (dot == std::string_view::npos || dot == 0 || t.size() - dot - 1 < 2 || t.size() - dot - 1 > 4) return false;
    const std::string_view ext = t.substr(dot + 1), stem = t.substr(0, dot);
    auto alpha = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
    auto digit = [](char c) { return c >= '0' && c <= '9'; };
    if (!alpha(ext.front())) return false;
    for (char c : ext)
        if (!alpha(c) && !digit(c)) return false;
    std::size_t letters = 0;
    digits = 0;
    for (char c : stem) {
        if (alpha(c)) ++letters;
        else if (digit(c)) ++digits;
        else if (c != '_' && c != '-' && c != '@') return false;
    }
    return letters > 0 && digits > 0;
}

// Where a file name glued behind a sentence's stop starts in a token ("smaku.IMG_2041.JPG",
// "纪念。DSC01234.jpg"): after the stop, when what precedes it is letters; npos otherwise.
std::size_t glued_name_start(std::string_view t) {
    for (std::size_t p = 0; p < t.size();) {
        const std::size_t at = p;
        const char32_t cp = next_code_point(t, p);
        if (cp == '.' || cp == '!' || cp == '?' || cp == U'\u3002' || cp == U'\u0964') {
            std::size_t digits = 0;
            return at > 0 && file_name(t.substr(p), digits) ? p : std::string_view::npos;
        }
        if (!is_letter(cp) && cp != 0x200C && cp != 0x200D) return std::string_view::npos;
    }
    return std::string_view::npos;
}

}  // namespace

void find_file_name_runs(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans) {
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k < n; ++k) {
        // (Cheap first: a name has a dot, digits and letters.)
        if (toks[k].dots == 0 || toks[k].digits == 0 || toks[k].letters == 0) continue;
        std::size_t digits = 0, skip = 0;
        if (!file_name(tok(k), digits)) {
            skip = glued_name_start(tok(k));
            if (skip == std::string_view::npos) continue;
            file_name(tok(k).substr(skip), digits);
        } else if (k > 0 && !closes_sentence(tok(k - 1), toks[k - 1])) {
            continue;  // inside a sentence
        }
        std::size_t most = digits, last = k;
        for (std::size_t q = k + 1; q < n && file_name(tok(q), digits); ++q) last = q, most = std::max(most, digits);
        if (most >= 3 && (last + 1 == n || opens_sentence(tok(last + 1))))
            spans.push_back({k, last, static_cast<std::uint32_t>(skip)});
        k = last;
    }
}

}  // namespace winnow::detail::machine
