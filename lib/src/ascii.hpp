// ASCII byte classes the stages share: the C locale's, without asking the locale (and without
// the undefined behaviour of <cctype> on a negative char).
#pragma once

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>

namespace winnow::detail {

// ' ', '\t', '\n', '\r', '\f', '\v': what isspace says in the C locale. By table: one load a
// byte, where six comparisons were (the per-byte scans of every stage ask it).
inline constexpr std::array<bool, 256> kAsciiSpace = [] {
    std::array<bool, 256> t{};
    for (const unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = true;
    return t;
}();
inline bool is_ascii_space(char c) { return kAsciiSpace[static_cast<unsigned char>(c)]; }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

// '0'-'9', 'A'-'Z', 'a'-'z': what isalnum says in the C locale, by table, without a call to libc.
inline constexpr std::array<bool, 256> kAsciiAlnum = [] {
    std::array<bool, 256> t{};
    for (int c = 0; c < 256; ++c) t[c] = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    return t;
}();
inline bool is_ascii_alnum(char c) { return kAsciiAlnum[static_cast<unsigned char>(c)]; }

// The bytes that end an HTML tag name or attribute name, as the tokenizer reads them: its
// whitespace (' ', '\t', '\n', '\f', '\r'), '/', '>', and for an attribute name '='. By table:
// the tag scanners before the parser read names a byte at a time, and one load replaces four or
// five comparisons.
enum : std::uint8_t { kHtmlSpace = 1, kHtmlSlash = 2, kHtmlGt = 4, kHtmlEquals = 8 };
inline constexpr std::array<std::uint8_t, 256> kHtmlNameEnd = [] {
    std::array<std::uint8_t, 256> t{};
    for (const unsigned char c : {' ', '\t', '\n', '\f', '\r'}) t[c] = kHtmlSpace;
    t['/'] = kHtmlSlash;
    t['>'] = kHtmlGt;
    t['='] = kHtmlEquals;
    return t;
}();
// Whether c ends a tag name (whitespace, '/', '>').
inline bool ends_tag_name(char c) { return kHtmlNameEnd[static_cast<unsigned char>(c)] & (kHtmlSpace | kHtmlSlash | kHtmlGt); }
// Whether c ends an attribute name (whitespace, '/', '>', '=').
inline bool ends_attribute_name(char c) { return kHtmlNameEnd[static_cast<unsigned char>(c)] != 0; }

// Runs of ASCII letters, eight bytes at a time: where the run of letters ('A'-'Z', 'a'-'z'; with
// small_only, 'a'-'z') starting at s[i] ends, at most n, the index the byte loop
// `while (i < n && letter(s[i])) ++i` stops at (ascii_letters_end_plain; tests/test_ascii_runs.cpp
// holds the two together). Most bytes of most blocks are letters of words; the loop asked each.
namespace ascii_swar {
inline constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
// The high bit of each byte of w that is a letter. A byte of 0x80 and up is none; below, its
// seven bits lower-cased (| 0x20 unless small_only) are 'a' to 'z' when adding 0x1F reaches 0x80
// and adding 0x05 does not: seven-bit sums stay below 0x100, so none carries into the next byte.
template <bool SmallOnly>
inline std::uint64_t letter_bits(std::uint64_t w) {
    const std::uint64_t b = (SmallOnly ? w : (w | 0x20 * kOnes)) & ~kHigh;
    return (b + 0x1F * kOnes) & ~(b + 0x05 * kOnes) & ~w & kHigh;
}
}  // namespace ascii_swar

template <bool SmallOnly = false>
inline std::size_t ascii_letters_end(const char* s, std::size_t i, std::size_t n) {
    using namespace ascii_swar;
    if constexpr (std::endian::native == std::endian::little) {
        for (; i + 8 <= n; i += 8) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            const std::uint64_t letters = letter_bits<SmallOnly>(w);
            // The first byte that is not one: the lowest in memory, the lowest bits here.
            if (letters != kHigh) return i + static_cast<std::size_t>(std::countr_zero(~letters & kHigh)) / 8;
        }
    }
    for (; i < n; ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (static_cast<unsigned>((SmallOnly ? c : (c | 0x20)) - 'a') >= 26u) break;
    }
    return i;
}
// The byte loop itself, for the differential test.
template <bool SmallOnly = false>
inline std::size_t ascii_letters_end_plain(const char* s, std::size_t i, std::size_t n) {
    const auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (!SmallOnly && c >= 'A' && c <= 'Z'); };
    while (i < n && letter(s[i])) ++i;
    return i;
}
// Where the run of ASCII bytes (below 0x80) starting at s[i] ends, at most n: eight bytes at a
// time, as `while (i < n && byte(s[i]) < 0x80) ++i` ends it (decode copies such runs whole).
inline std::size_t ascii_bytes_end(const char* s, std::size_t i, std::size_t n) {
    using namespace ascii_swar;
    if constexpr (std::endian::native == std::endian::little) {
        for (; i + 8 <= n; i += 8) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            if (w & kHigh) return i + static_cast<std::size_t>(std::countr_zero(w & kHigh)) / 8;
        }
    }
    while (i < n && static_cast<unsigned char>(s[i]) < 0x80) ++i;
    return i;
}

// Where the first byte of a small set stands in s from i on, at most n: eight bytes at a time,
// as `while (i < n && set(s[i])) ++i` with its test negated finds it (find_bytes_plain). A byte
// of the set leaves a zero byte in w ^ its repetition; (x - ones) & ~x marks each zero byte, and
// the lowest mark is exact (a borrow marks only bytes above a true zero). The set is asked of
// every byte of a block where most bytes are in none (find_enclosed_debris's openers).
template <std::size_t N>
inline std::size_t find_bytes(const char* s, std::size_t i, std::size_t n, const std::array<char, N>& set) {
    using namespace ascii_swar;
    if constexpr (std::endian::native == std::endian::little) {
        for (; i + 8 <= n; i += 8) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            std::uint64_t hits = 0;
            for (const char c : set) {
                const std::uint64_t x = w ^ (static_cast<std::uint64_t>(static_cast<unsigned char>(c)) * kOnes);
                hits |= (x - kOnes) & ~x & kHigh;
            }
            if (hits) return i + static_cast<std::size_t>(std::countr_zero(hits)) / 8;
        }
    }
    for (; i < n; ++i)
        for (const char c : set)
            if (s[i] == c) return i;
    return n;
}
// The byte loop itself, for the differential test.
template <std::size_t N>
inline std::size_t find_bytes_plain(const char* s, std::size_t i, std::size_t n, const std::array<char, N>& set) {
    while (i < n && std::find(set.begin(), set.end(), s[i]) == set.end()) ++i;
    return i;
}

// Whether any of the eight bytes at s is an ASCII digit: below 0x80, its seven bits reach 0x30
// when adding 0x50 sets the high bit, and 0x3A when adding 0x46 does (no sum carries).
inline bool has_ascii_digit8(const char* s) {
    using namespace ascii_swar;
    std::uint64_t w;
    std::memcpy(&w, s, 8);
    const std::uint64_t b = w & ~kHigh;
    return ((b + 0x50 * kOnes) & ~(b + 0x46 * kOnes) & ~w & kHigh) != 0;
}

// A run of words parted by single ' ' read on from s[j] (text_of and the block builder append
// one whole: it reads the same with its spaces collapsed): where the byte loop
//     for (;;) { while (j < n && !space(s[j])) ++j;
//                if (j + 1 < n && s[j] == ' ' && !space(s[j + 1])) ++j; else break; }
// stops, space being ' ', '\n', '\t', '\r', '\f' (single_spaced_end_plain). Eight bytes go at
// once while they hold no byte below 0x20 (every other space is one), no two ' ' in a row, and
// no ' ' last (its next byte decides): each ' ' among them is then followed by no space.
inline std::size_t single_spaced_end_plain(const char* s, std::size_t j, std::size_t n) {
    const auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; };
    for (;;) {
        while (j < n && !space(s[j])) ++j;
        if (j + 1 < n && s[j] == ' ' && !space(s[j + 1])) ++j;
        else break;
    }
    return j;
}
inline std::size_t single_spaced_end(const char* s, std::size_t j, std::size_t n) {
    using namespace ascii_swar;
    constexpr std::uint64_t kLow7 = ~kHigh;
    for (; j + 8 <= n; j += 8) {
        std::uint64_t w;
        std::memcpy(&w, s + j, 8);
        // Lanes below 0x20: seven bits plus 0x60 stay below 0x80, and the byte is below 0x80.
        const std::uint64_t below = ~(((w & kLow7) + 0x60 * kOnes) | w) & kHigh;
        // Lanes that are ' ': exactly those where w ^ 0x20.. is zero (no borrow between lanes).
        const std::uint64_t y = w ^ (0x20 * kOnes);
        const std::uint64_t blank = ~(((y & kLow7) + kLow7) | y | kLow7);
        if ((below | (blank & (blank >> 8)) | (blank >> 63)) != 0) break;
    }
    return single_spaced_end_plain(s, j, n);
}

// How many of s[b, e), all small ASCII letters, are 'a' to 'f' (a hex digit's letters): eight at a
// time, as std::count_if(s + b, s + e, c <= 'f') counts them. (A small letter plus 0x19 stays
// below 0x80 just for 'a'-'f'; the sums stay below 0x100. The bits are summed into the top
// byte by one multiply: std::popcount without -mpopcnt is a library call.)
inline std::size_t count_hex_small_letters(const char* s, std::size_t b, std::size_t e) {
    using namespace ascii_swar;
    std::size_t count = 0;
    for (; b + 8 <= e; b += 8) {
        std::uint64_t w;
        std::memcpy(&w, s + b, 8);
        count += static_cast<std::size_t>((((~(w + 0x19 * kOnes) & kHigh) >> 7) * kOnes) >> 56);
    }
    for (; b < e; ++b) count += s[b] <= 'f';
    return count;
}

// The run of small ASCII letters from s[i] (ascii_letters_end<true>'s end) and how many of them
// are 'a' to 'f' (count_hex_small_letters' count), from the same eight-byte loads: a word of
// prose is read once, not once for its end and again for its letters. (In the word where the
// run ends, the lanes below its end are small letters: their sums carry into no lane, so their
// bits are exact whatever the lanes above hold.)
struct SmallRun {
    std::size_t end = 0, hex = 0;
};
inline SmallRun small_letters_run(const char* s, std::size_t i, std::size_t n) {
    using namespace ascii_swar;
    SmallRun r;
    if constexpr (std::endian::native == std::endian::little) {
        for (; i + 8 <= n; i += 8) {
            std::uint64_t w;
            std::memcpy(&w, s + i, 8);
            const std::uint64_t letters = letter_bits<true>(w);
            std::uint64_t hex = ~(w + 0x19 * kOnes) & kHigh;
            if (letters != kHigh) {
                const auto k = static_cast<std::size_t>(std::countr_zero(~letters & kHigh)) / 8;
                hex &= k == 0 ? 0 : ~std::uint64_t{0} >> (64 - 8 * k);
                r.hex += static_cast<std::size_t>(((hex >> 7) * kOnes) >> 56);
                r.end = i + k;
                return r;
            }
            r.hex += static_cast<std::size_t>(((hex >> 7) * kOnes) >> 56);
        }
    }
    for (; i < n && s[i] >= 'a' && s[i] <= 'z'; ++i) r.hex += s[i] <= 'f';
    r.end = i;
    return r;
}

}  // namespace winnow::detail
