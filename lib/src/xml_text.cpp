#include "xml_text.hpp"

#include <cstdint>
#include <cstring>

namespace winnow::detail {

namespace {

// Length of the valid UTF-8 sequence at s[i] and its code point, 0 when invalid.
std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& cp) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
        cp = c;
        return 1;
    }
    std::size_t len = 0;
    char32_t min = 0;
    if ((c & 0xE0) == 0xC0) { len = 2; cp = c & 0x1F; min = 0x80; }
    else if ((c & 0xF0) == 0xE0) { len = 3; cp = c & 0x0F; min = 0x800; }
    else if ((c & 0xF8) == 0xF0) { len = 4; cp = c & 0x07; min = 0x10000; }
    else return 0;
    if (i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        const auto cc = static_cast<unsigned char>(s[i + k]);
        if ((cc & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (cc & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp < 0xE000)) return 0;
    return len;
}

bool xml_char(char32_t cp) {
    if (cp < 0x20) return cp == 0x9 || cp == 0xA || cp == 0xD;
    return cp != 0xFFFE && cp != 0xFFFF;
}

}  // namespace

std::string xml_safe(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    // Bytes kept as they are (nearly all of them) are copied a run at a time, from `kept` up to
    // the next byte dropped or replaced.
    std::size_t kept = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x80) {
            ++i;
            // Then eight bytes at a time while all are printable ASCII (0x20-0x7F): a byte b
            // below 0x80 reaches 0x80 plus 0x60 when b is 0x20 or more, and no sum carries into
            // the next byte. (After an ASCII byte only: text of another script pays one look
            // per space.)
            constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
            for (; i + 8 <= text.size(); i += 8) {
                std::uint64_t w;
                std::memcpy(&w, text.data() + i, 8);
                if ((w & high) != 0 || ((w + 0x60 * ones) & high) != high) break;
            }
            continue;
        }
        char32_t cp = 0;
        const std::size_t len = utf8_sequence(text, i, cp);
        if (len != 0 && xml_char(cp)) {
            i += len;
            continue;
        }
        out.append(text.data() + kept, i - kept);
        if (len == 0) {
            out += "\xEF\xBF\xBD";
            ++i;
        } else {
            i += len;
        }
        kept = i;
    }
    out.append(text.data() + kept, text.size() - kept);
    return out;
}

bool valid_utf8(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        char32_t cp = 0;
        const std::size_t len = utf8_sequence(text, i, cp);
        if (len == 0) return false;
        i += len;
    }
    return true;
}

}  // namespace winnow::detail
