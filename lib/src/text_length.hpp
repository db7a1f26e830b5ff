// How much text a string holds, counted so that a threshold written for Latin-script prose
// means as much text in every script: Cyrillic, Greek, Arabic and Hebrew letters are two bytes
// of UTF-8 each, Devanagari and Thai three, yet each is one letter. Shared by the extract stage
// (its statistics) and the short-line tests of extract_lines.cpp (datelines, bylines).
#pragma once
#include <cstdint>
#include <cstring>
#include <string_view>

namespace winnow::detail {

inline bool is_blank_byte(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

// How many Latin letters one character of its script stands for, so that the statistics and
// thresholds written for Latin-script prose ("80 characters: two sentences") mean as much text
// in every script. Measured by romanization, the script's own spelling in letters: a Han
// character is a syllable of about three letters (pinyin "guan", "shu"; on'yomi "ken", "tetsu"),
// a Hangul block a syllable of two to four jamo (about three letters: "han", "guk", "eo"), a kana
// one mora of about two ("ka", "shi", "n"). Alphabets and abugidas (Latin, Cyrillic, Greek, Arabic,
// Hebrew, Devanagari, Thai) write about a letter per character: 1.
inline std::uint32_t latin_equivalent(char32_t cp) {
    if ((cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0x20000 && cp <= 0x3FFFF))
        return 3;  // Han
    if (cp >= 0xAC00 && cp <= 0xD7A3) return 3;  // Hangul syllables
    if ((cp >= 0x3041 && cp <= 0x30FA) || cp == 0x30FC || (cp >= 0x31F0 && cp <= 0x31FF) ||
        (cp >= 0xFF66 && cp <= 0xFF9D))
        return 2;  // hiragana, katakana (and the long-vowel mark), halfwidth katakana
    return 1;
}

// The code point of the multi-byte UTF-8 sequence that starts at s[i] (a lead byte of 3 or 4
// bytes); 0 when the sequence is cut short. Malformed input only misweighs, never overreads.
inline char32_t wide_code_point(std::string_view s, std::size_t i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0xF0) {
        if (i + 3 >= s.size()) return 0;
        return (static_cast<char32_t>(c & 0x07) << 18) | (static_cast<char32_t>(s[i + 1] & 0x3F) << 12) |
               (static_cast<char32_t>(s[i + 2] & 0x3F) << 6) | static_cast<char32_t>(s[i + 3] & 0x3F);
    }
    if (i + 2 >= s.size()) return 0;
    return (static_cast<char32_t>(c & 0x0F) << 12) | (static_cast<char32_t>(s[i + 1] & 0x3F) << 6) |
           static_cast<char32_t>(s[i + 2] & 0x3F);
}

// Visible text in Latin-equivalent characters (see latin_equivalent): whitespace and UTF-8
// continuation bytes do not count. Commas: ',', the Arabic comma (U+060C: Arabic, Persian, Urdu)
// and the fullwidth and ideographic commas of CJK prose (U+FF0C, U+3001), which play its part.
// One byte at a time: the plain count, which visible_chars below must always equal.
inline void count_visible_byte(std::string_view s, std::size_t i, std::uint32_t& n, std::uint32_t& commas) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {  // ASCII: counted without a branch
        n += !is_blank_byte(c);
        commas += c == ',';
        return;
    }
    if ((c & 0xC0) == 0x80) return;
    if (c < 0xE0) {  // two-byte scripts (Cyrillic, Arabic, Hebrew...): a letter each
        ++n;
        if (c == 0xD8 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x8C) ++commas;
        return;
    }
    const char32_t cp = wide_code_point(s, i);
    n += latin_equivalent(cp);
    if (cp == 0xFF0C || cp == 0x3001) ++commas;
}

inline std::uint32_t visible_chars_bytewise(std::string_view s, std::uint32_t& commas) {
    std::uint32_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) count_visible_byte(s, i, n, commas);
    return n;
}

// The same count, eight bytes at a time where they are plain printable ASCII (no byte of 0x80
// or more, none below the space: most words of most texts): then every byte but a space is
// visible, and the spaces and commas are counted in the word at once. Any other word (a
// newline, a tab, a letter of another script) is counted byte by byte; each byte's count
// depends on the text alone, not on where the scan stands, so the two always agree.
inline std::uint32_t visible_chars(std::string_view s, std::uint32_t& commas) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    // High bit of each byte of an ASCII word x that is below b (b <= 0x80): no borrow crosses bytes.
    const auto below = [&](std::uint64_t x, std::uint64_t b) { return ~((x | kHigh) - b * kOnes) & kHigh; };
    const auto bytes_set = [&](std::uint64_t mask) { return static_cast<std::uint32_t>(((mask >> 7) * kOnes) >> 56); };
    std::uint32_t n = 0;
    std::size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t x;
        std::memcpy(&x, s.data() + i, 8);
        if ((x & kHigh) == 0 && below(x, 0x20) == 0) {
            n += 8 - bytes_set(below(x, 0x21));              // every byte but a space
            commas += bytes_set(below(x ^ (',' * kOnes), 1));  // the bytes equal to ','
            continue;
        }
        for (std::size_t k = i; k < i + 8; ++k) count_visible_byte(s, k, n, commas);
    }
    for (; i < s.size(); ++i) count_visible_byte(s, i, n, commas);
    return n;
}

inline std::uint32_t visible_chars(std::string_view s) {
    std::uint32_t commas = 0;
    return visible_chars(s, commas);
}

// A line's length as a reader sees it: Latin-equivalent characters, the spaces between words
// included. For ASCII text it is the size in bytes, so the line-length limits written for
// English keep their meaning and hold as much text in every script.
inline std::size_t text_length(std::string_view s) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) == 0x80) continue;
        n += c < 0xE0 ? 1 : latin_equivalent(wide_code_point(s, i));
    }
    return n;
}

// Whether text_length(s) <= limit, read only as far as the limit: every character counts one or
// more and takes at most four bytes, so a long paragraph asked whether it is a short line stops
// after at most 4 * (limit + 1) bytes, and a text of at most `limit` bytes is answered unread.
inline bool text_length_at_most(std::string_view s, std::size_t limit) {
    if (s.size() <= limit) return true;
    std::size_t n = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) == 0x80) continue;
        n += c < 0xE0 ? 1 : latin_equivalent(wide_code_point(s, i));
        if (n > limit) return false;
    }
    return true;
}

}  // namespace winnow::detail
