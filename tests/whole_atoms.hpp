// Whether a piece of text (an atom: a word, a phrase, a debris token) stands in an output whole,
// for the property tests that count what was kept and what leaked.
#pragma once
#include <string_view>

#include "filters/evidence.hpp"

namespace winnow::test {

inline bool word_char(char32_t cp) { return detail::is_letter(cp) || detail::is_digit(cp); }

// The code point ending before byte pos (a space at the text's start).
inline char32_t cp_before(std::string_view s, std::size_t pos) {
    if (pos == 0) return U' ';
    std::size_t b = pos - 1;
    while (b > 0 && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
    return detail::next_code_point(s, b);
}

// The code point at byte pos (a space past the text's end).
inline char32_t cp_at(std::string_view s, std::size_t pos) {
    return pos >= s.size() ? U' ' : detail::next_code_point(s, pos);
}

// Whether atom is in text as a whole: an atom starting or ending with a word character must not
// be part of a longer word there.
inline bool contains_atom(std::string_view text, std::string_view atom) {
    const bool word_start = word_char(cp_at(atom, 0));
    const bool word_end = word_char(cp_before(atom, atom.size()));
    for (std::size_t p = text.find(atom); p != std::string_view::npos; p = text.find(atom, p + 1)) {
        if (word_start && word_char(cp_before(text, p))) continue;
        if (word_end && word_char(cp_at(text, p + atom.size()))) continue;
        return true;
    }
    return false;
}

}  // namespace winnow::test
