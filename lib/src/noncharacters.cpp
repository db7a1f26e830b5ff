// Noncharacters dropped from decoded text (see noncharacters.hpp).
#include "noncharacters.hpp"

#include <cstring>

#include "ascii.hpp"

namespace winnow::detail {

namespace {

using uchar = unsigned char;

// The length of the noncharacter at s[at] (valid UTF-8), or 0. In UTF-8, U+FDD0-FDEF is
// EF B7 90-AF, U+FFFE/FFFF is EF BF BE/BF, and U+xFFFE/xFFFF of planes 1-16 is a lead byte
// F0-F4 with a second byte ending in 0xF (F0 9F, F0 AF, ..., F4 8F), then BF BE/BF.
std::size_t noncharacter_at(std::string_view s, std::size_t at) {
    const auto b0 = static_cast<uchar>(s[at]);
    if (b0 == 0xEF && at + 2 < s.size()) {
        const auto b1 = static_cast<uchar>(s[at + 1]), b2 = static_cast<uchar>(s[at + 2]);
        if ((b1 == 0xB7 && b2 >= 0x90 && b2 <= 0xAF) || (b1 == 0xBF && b2 >= 0xBE)) return 3;
        return 0;
    }
    if (b0 >= 0xF0 && b0 <= 0xF4 && at + 3 < s.size()) {
        const auto b1 = static_cast<uchar>(s[at + 1]), b2 = static_cast<uchar>(s[at + 2]),
                   b3 = static_cast<uchar>(s[at + 3]);
        if ((b1 & 0x0F) == 0x0F && b2 == 0xBF && b3 >= 0xBE) return 4;
    }
    return 0;
}

}  // namespace

bool drop_noncharacters(std::string_view text, std::string& out) {
    // Every noncharacter's lead byte is EF or F0-F4; a page without them is passed by one
    // scan for those bytes.
    std::string kept;
    std::size_t from = 0;
    // (ASCII runs are jumped eight bytes at a time: most of a page is markup.)
    for (std::size_t at = 0; (at = ascii_bytes_end(text.data(), at, text.size())) < text.size(); ++at) {
        const auto b = static_cast<uchar>(text[at]);
        if (b < 0xEF) continue;
        const std::size_t n = noncharacter_at(text, at);
        if (n == 0) continue;
        if (kept.empty()) kept.reserve(text.size());
        kept.append(text, from, at - from);
        from = at + n;
        at = from - 1;
    }
    if (from == 0) return false;
    kept.append(text, from, std::string_view::npos);
    out.swap(kept);
    return true;
}

}  // namespace winnow::detail
