// ASCII byte classes the stages share: the C locale's, without asking the locale (and without
// the undefined behaviour of <cctype> on a negative char).
#pragma once

#include <array>

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

}  // namespace winnow::detail
