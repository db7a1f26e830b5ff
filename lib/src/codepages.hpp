// The single-byte code pages UTF-8 gets misread as, and the reverse lookups mojibake repair
// needs: which byte a character was decoded from, and whether that byte can lead or continue
// a UTF-8 sequence.
#pragma once
#include <array>
#include <cstdint>

namespace winnow::detail {

// windows-1252 comes first: on a tie (most bytes decode alike in several pages) it wins.
enum CodePage : int {
    kCp1252 = 0,   // also ISO-8859-1: its C1 controls are the same bytes
    kCp1250,
    kCp1251,
    kCp1253,
    kCp1254,
    kCp1257,
    kIso8859_2,
    kMacRoman,
    kCp437,
    kCp1255,
    kCp1256,
    kKoi8R,
    kIso8859_5,
    kCp874,
    kCp850,
    kCp852,
    kCp1258,
    kCodePageCount
};

// Bytes 80-FF of each page (codepage_tables.cpp).
extern const std::array<std::array<char32_t, 128>, kCodePageCount> kCodePageHigh;

using PageMask = std::uint32_t;
inline constexpr PageMask kAllPages = (1u << kCodePageCount) - 1;

// What a character is in each code page. byte[p] is the byte of page p that decodes to it
// (0 when none; ASCII is not stored: it is itself everywhere).
struct PageBytes {
    std::array<std::uint8_t, kCodePageCount> byte{};
    PageMask lead = 0;   // pages where it is a UTF-8 lead byte C2-F4
    PageMask cont = 0;   // pages where it is a continuation byte 80-BF
};

// Lookup for a non-ASCII character; nullptr when no page has it. The index is built once
// and never changes (safe to share between threads).
const PageBytes* page_bytes(char32_t cp) noexcept;

}  // namespace winnow::detail
