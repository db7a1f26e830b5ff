// What the double-byte mojibake repairs (mojibake_sjis.cpp, mojibake_gbk.cpp) both do: split a
// text into characters with their byte ranges, and read a run's legacy bytes back as UTF-8 from
// one character's first byte, as far as they read cleanly and end on a character boundary.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "charset_tables.hpp"

namespace winnow::detail {

// A character of a text: its byte range there and its code point.
struct CharSpan {
    std::uint32_t from, to;
    char32_t cp;
};

inline std::vector<CharSpan> char_spans(std::string_view text) {
    std::vector<CharSpan> chars;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t from = i;
        const char32_t cp = next_utf8(reinterpret_cast<const unsigned char*>(text.data()), text.size(), i);
        chars.push_back({static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(i), cp});
    }
    return chars;
}

// The longest stretch of a run's legacy bytes (start: where each of the run's characters begins
// in bytes, plus the end) that reads from character a as strict UTF-8 of characters accept()
// takes and ends where a character begins: end, the character index it ends at (0: none);
// chars, the UTF-8 characters it read; text, what they are; flagged, whether flag() held for one.
struct Reread {
    std::size_t end = 0, chars = 0;
    std::string text;
    bool flagged = false;
};

template <class Accept, class Flag>
Reread longest_reread(const std::vector<unsigned char>& bytes, const std::vector<std::size_t>& start, std::size_t a,
                      Accept accept, Flag flag) {
    Reread best;
    std::size_t i = start[a], count = 0, k = a;
    std::string decoded;
    bool flagged = false;
    while (i < bytes.size()) {
        char32_t cp = 0;
        const std::size_t len = strict_utf8_at(bytes.data(), bytes.size(), i, cp);
        if (!len || !accept(cp)) break;
        i += len;
        append_utf8(decoded, cp);
        ++count;
        flagged = flagged || flag(cp);
        while (k < start.size() && start[k] < i) ++k;
        if (k < start.size() && start[k] == i) best = {k, count, decoded, flagged};
    }
    return best;
}

}  // namespace winnow::detail
