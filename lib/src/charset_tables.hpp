// Small shared pieces of the decode and Unicode stages: windows-1252 tables and UTF-8 coding.
#pragma once
#include <array>
#include <cstdint>
#include <string>

namespace winnow::detail {

// windows-1252 bytes 0x80-0x9F. The five undefined bytes map to the C1 control of the same
// value, as browsers do; that keeps the mapping reversible for mojibake repair.
inline constexpr std::array<char32_t, 32> kCp1252High = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
    0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

inline constexpr char32_t cp1252_to_unicode(unsigned char b) noexcept {
    return (b >= 0x80 && b < 0xA0) ? kCp1252High[b - 0x80] : char32_t{b};
}

// Byte that windows-1252 (with the C1 fallback above) decodes to cp, or -1.
inline constexpr int unicode_to_cp1252(char32_t cp) noexcept {
    if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF)) return static_cast<int>(cp);
    for (int i = 0; i < 32; ++i)
        if (kCp1252High[static_cast<std::size_t>(i)] == cp) return 0x80 + i;
    return -1;
}

inline void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

inline constexpr char32_t kReplacement = 0xFFFD;

// Decodes one UTF-8 sequence at s[i] (n = s.size()). Returns the code point and advances i
// past it; an ill-formed sequence yields U+FFFD and advances past its maximal subpart
// (at least one byte), the WHATWG / Unicode "best practice" for replacement.
inline char32_t next_utf8(const unsigned char* s, std::size_t n, std::size_t& i) noexcept {
    const unsigned char b = s[i];
    if (b < 0x80) { ++i; return b; }
    std::size_t len;
    unsigned char lo = 0x80, hi = 0xBF;   // allowed range of the second byte
    char32_t cp;
    if (b >= 0xC2 && b <= 0xDF) { len = 2; cp = b & 0x1F; }
    else if (b >= 0xE0 && b <= 0xEF) {
        len = 3; cp = b & 0x0F;
        if (b == 0xE0) lo = 0xA0;          // overlong
        if (b == 0xED) hi = 0x9F;          // surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4; cp = b & 0x07;
        if (b == 0xF0) lo = 0x90;          // overlong
        if (b == 0xF4) hi = 0x8F;          // above U+10FFFF
    } else { ++i; return kReplacement; }   // stray continuation, C0/C1, F5-FF
    std::size_t k = 1;
    for (; k < len; ++k) {
        if (i + k >= n) break;
        const unsigned char c = s[i + k];
        const unsigned char l = k == 1 ? lo : 0x80, h = k == 1 ? hi : 0xBF;
        if (c < l || c > h) break;
        cp = (cp << 6) | (c & 0x3F);
    }
    i += k;
    return k == len ? cp : kReplacement;
}

// One UTF-8 sequence of 2-4 bytes at b[i] (well-formed, no overlong, no surrogate): its code
// point and its length, or length 0 (ASCII included: the re-encoding repairs read high bytes only).
inline std::size_t strict_utf8_at(const unsigned char* b, std::size_t n, std::size_t i, char32_t& cp) noexcept {
    const unsigned char c = b[i];
    const std::size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (!len || i + len > n) return 0;
    cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < len; ++k) {
        if ((b[i + k] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

}  // namespace winnow::detail
