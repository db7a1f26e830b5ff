// Bare footnote markers — "^3", "³", "¹²", "⁽³⁾", "(³)" — glued to a word or a sentence end,
// whose note is not in the document; and the test, shared with the bracketed markers, of the
// word a marker is glued to (link_residue.cpp runs it).
#include <algorithm>
#include <cstdint>
#include <string>
#include <utility>

#include "ascii.hpp"
#include "block_edit.hpp"
#include "filters/evidence.hpp"
#include "filters/link_residue_context.hpp"
#include "filters/residue_edit.hpp"

namespace winnow::detail::link_residue {

// A marker glued to a word of one or two letters ("y[37, 54]", "de^36", "a[c]", "на[st 29]"): in
// prose such a word is a function word the text uses alone elsewhere; in a formula it is a
// variable among signs ("a[i] = b", "x^10 + 1"). So the word stands alone, lower-case, prose goes
// on after the marker, the block holds no formula sign, and the text has the word alone once
// more at least. Gives the word (empty if not). (begin: where the marker starts; end: one past it.)
std::string_view function_word_base(std::string_view t, std::size_t begin, std::size_t end, const Context& ctx) {
    std::size_t start = begin, letters = 0;
    while (start > 0 && letters <= 2) {
        std::size_t b = start - 1;
        while (b > 0 && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) --b;
        std::size_t k = b;
        if (!is_letter(next_code_point(t, k))) break;
        start = b;
        ++letters;
    }
    if (letters == 0 || letters > 2 || start == 0 || t[start - 1] != ' ') return {};
    if (end + 1 >= t.size() || t[end] != ' ') return {};
    std::size_t k = end + 1;
    if (!is_letter(next_code_point(t, k))) return {};
    if (t.find_first_of("=+<>_|{}") != std::string_view::npos) return {};
    for (std::size_t c = t.find('^'); c != std::string_view::npos; c = t.find('^', c + 1))
        if (c != begin) return {};
    for (std::string_view sign : {"\u00D7", "\u00F7", "\u2212", "\u2264", "\u2265", "\u2208", "\u221A", "\u2211", "\u2248"})
        if (t.find(sign) != std::string_view::npos) return {};
    const std::string_view base = t.substr(start, begin - start);
    return fold(base) == base && ctx.standalone(base) >= 1 ? base : std::string_view{};
}

// Whether a footnote marker may be glued at pos: right after a word of min_letters letters or
// more ("claim³", "claim^3") or after punctuation ("claim.³"). A shorter base is math or a unit
// ("x²", "mc^2", "km²"), a base with digits a number ("10^6").
bool marker_base(std::string_view t, std::size_t pos, std::size_t min_letters) {
    std::size_t letters = 0;
    std::size_t i = pos;
    while (i > 0) {
        std::size_t b = i - 1;
        while (b > 0 && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) --b;
        std::size_t k = b;
        const char32_t cp = next_code_point(t, k);
        if (letters == 0 && (cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?' || cp == 0x3002 ||
                             cp == 0x3001 || cp == '"' || cp == 0x201D || cp == ')'))
            return b > 0 && !is_ascii_space(t[b - 1]);
        if (is_digit(cp)) return false;
        if (!is_letter(cp)) break;
        if (++letters >= min_letters) return true;  // (a long word needs no further look)
        i = b;
    }
    return false;
}

namespace {

char32_t superscript_digit(char32_t cp) {
    if (cp == 0x00B9) return '1';
    if (cp == 0x00B2) return '2';
    if (cp == 0x00B3) return '3';
    if (cp == 0x2070) return '0';
    if (cp >= 0x2074 && cp <= 0x2079) return static_cast<char32_t>('4' + (cp - 0x2074));
    return 0;
}

// Whether a text has the bytes a marker below opens with: '^', a superscript digit (U+00B2,
// U+00B3, U+00B9: lead byte C2; U+2070-U+207D: E2 81) or '(' before a character past ASCII.
// Most paragraphs have none (a curly quote, E2 80, is none) and are not decoded character by
// character.
// The four bytes a marker's first byte may be, for find_any.
constexpr const char* kMarkerLeads = "^(\xC2\xE2";

bool may_hold_marker(const std::string& t) {
    for (std::size_t i = find_any(t, 0, kMarkerLeads); i < t.size(); i = find_any(t, i + 1, kMarkerLeads)) {
        const auto c = static_cast<unsigned char>(t[i]);
        const auto next = i + 1 < t.size() ? static_cast<unsigned char>(t[i + 1]) : 0;
        if (c == '^' || c == 0xC2 || (c == 0xE2 && next == 0x81) || (c == '(' && next >= 0xC2)) return true;
    }
    return false;
}

}  // namespace

// Bare footnote markers glued to a word or a sentence end — "^3", "³", "¹²", "⁽³⁾", "(³)" — whose note
// (a block starting with the marker) is not in the document.
void remove_bare_markers(Document& doc, Block& b, const Context& ctx) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cuts;
    const std::string& t = b.text;
    if (!may_hold_marker(t)) return;
    for (std::size_t i = 0; i < t.size();) {
        // Every marker opens on '^', '(', or the lead byte C2 or E2; none of these is ever a
        // continuation byte, so the character walk would stop on each of them too.
        i = find_any(t, i, kMarkerLeads);
        if (i == t.size()) break;
        const std::size_t at = i;
        const char32_t cp = next_code_point(t, i);
        std::size_t end = at;
        if (cp == '^') {
            end = i;
            while (end < t.size() && is_ascii_digit(t[end]) && end - i < 3) ++end;
            if (end == i) continue;
        } else if (cp == 0x207D || (cp == '(' && i < t.size() && static_cast<unsigned char>(t[i]) >= 0xC2)) {
            // "⁽³⁾", "(³)": superscript digits in parentheses.
            std::size_t k = i, digits = 0;
            while (k < t.size() && digits < 3) {
                std::size_t m = k;
                if (!superscript_digit(next_code_point(t, m))) break;
                k = m;
                ++digits;
            }
            std::size_t m = k;
            if (digits == 0 || m >= t.size() || next_code_point(t, m) != (cp == '(' ? U')' : U'\u207E')) continue;
            end = m;
        } else if (superscript_digit(cp)) {
            end = i;
            for (std::size_t k = end; k < t.size();) {
                if (!superscript_digit(next_code_point(t, k))) break;
                end = k;
            }
        } else {
            continue;
        }
        std::size_t k = end;
        const char32_t next = k < t.size() ? next_code_point(t, k) : U' ';
        i = end;
        if (is_letter(next) || is_digit(next) || next == 0x207A || next == 0x207B || next == '^') continue;
        // (Only "²" and "³" raise units and only a one-letter base is math: other superscript
        // digits glued to a word of two letters, "di⁹", "ve¹", are a marker too.)
        bool exponent = cp == '^';
        for (std::size_t k = at; k < end && !exponent;) {
            const char32_t d = superscript_digit(next_code_point(t, k));
            exponent = d == '2' || d == '3';
        }
        // (After a function word of one or two letters, "de^36", "y⁶", any marker but a
        // square or a cube.)
        const std::string_view digits = std::string_view(t).substr(cp == '^' ? at + 1 : at, end - (cp == '^' ? at + 1 : at));
        const bool power = digits == "2" || digits == "3" || (cp != '^' && exponent);
        if (!marker_base(t, at, exponent ? 3 : 2) && (power || function_word_base(t, at, end, ctx).empty())) continue;
        if (std::find(ctx.notes.begin(), ctx.notes.end(), t.substr(at, end - at)) != ctx.notes.end()) continue;
        cuts.emplace_back(static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end));
    }
    for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
        record_residue(doc, b, b.text.substr(it->first, it->second - it->first), it->first);
        erase_text(b, it->first, it->second);
    }
}

}  // namespace winnow::detail::link_residue
