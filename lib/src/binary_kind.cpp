// The binary check before decoding (binary_kind.hpp).
#include "binary_kind.hpp"

#include <array>
#include <bit>
#include <cstdint>
#include <cstring>

#include "charset_evidence.hpp"

namespace winnow::detail {
namespace {

// Signatures whose bytes no text opens with (a control byte or a non-ASCII byte in them), of the
// media and archive files a crawl picks up besides images.
const char* signature_kind(std::string_view b) {
    auto at = [&](std::size_t offset, std::string_view magic) { return offset <= b.size() && b.substr(offset).starts_with(magic); };
    if (at(0, "\x7F" "ELF") || at(0, "\xCA\xFE\xBA\xBE") || at(0, "\xCF\xFA\xED\xFE") || at(0, "\xCE\xFA\xED\xFE") ||
        at(0, std::string_view("\0asm", 4)))
        return "an executable";
    if (at(0, std::string_view("\xFD" "7zXZ\0", 6)) || at(0, "7z\xBC\xAF\x27\x1C") || at(0, "\x28\xB5\x2F\xFD") ||
        at(0, "Rar!\x1A\x07"))
        return "an archive (unpack it first)";
    if ((at(0, "RIFF") && (at(8, "WEBP") || at(8, "WAVE") || at(8, "AVI "))) || at(4, "ftyp") ||
        at(0, std::string_view("OggS\0", 5)) || at(0, "\x1A\x45\xDF\xA3"))
        return "audio, video or an image";
    return nullptr;
}

// Per byte: bit 0 a control byte (below 0x20 but for the line ends, tab, form feed and ESC;
// and 0x7F), bit 1 a blank (space, line ends, tab).
constexpr std::uint8_t kControl = 1, kBlank = 2;
constexpr std::array<std::uint8_t, 256> kByteClass = [] {
    std::array<std::uint8_t, 256> t{};
    for (int c = 0; c < 0x20; ++c)
        if (c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B) t[static_cast<std::size_t>(c)] = kControl;
    t[0x7F] = kControl;
    for (const char c : {' ', '\n', '\r', '\t'}) t[static_cast<unsigned char>(c)] = kBlank;
    return t;
}();

}  // namespace

const char* binary_kind(std::string_view bytes) {
    if (bytes.starts_with("%PDF-")) return "a PDF file";
    if (bytes.starts_with("\x89PNG") || bytes.starts_with("\xFF\xD8\xFF") || bytes.starts_with("GIF8"))
        return "an image";
    if (bytes.starts_with("PK\x03\x04") || bytes.starts_with("\x1F\x8B")) return "an archive (unpack it first)";
    if (const char* kind = signature_kind(bytes)) return kind;
    const std::string_view head = bytes.substr(0, 4096);
    if (head.starts_with("\xFF\xFE") || head.starts_with("\xFE\xFF")) return nullptr;  // UTF-16 with BOM
    if (!utf16_without_bom(head).empty()) return nullptr;                              // and without
    // Eight bytes at a time where none is a control byte or DEL (most of a page's head: letters
    // and markup): only the spaces among them count, as blanks. Any other word is counted byte
    // by byte through the table; a byte's counts depend on the byte alone, so both agree.
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    // High bit of each byte of x that is below 0x80 and below b there (no borrow crosses bytes).
    const auto below = [&](std::uint64_t x, std::uint64_t b) { return ~((x | kHigh) - b * kOnes) & ~x & kHigh; };
    std::size_t control = 0, blank = 0, nul = 0, i = 0;
    const auto by_byte = [&](unsigned char c) {
        control += kByteClass[c] & kControl;
        blank += kByteClass[c] >> 1;
        nul += c == 0;
    };
    for (; i + 8 <= head.size(); i += 8) {
        std::uint64_t x;
        std::memcpy(&x, head.data() + i, 8);
        if ((below(x, 0x20) | below(x ^ (0x7F * kOnes), 1)) == 0) {
            blank += static_cast<std::size_t>(std::popcount(below(x ^ (' ' * kOnes), 1)));
            continue;
        }
        for (std::size_t k = i; k < i + 8; ++k) by_byte(static_cast<unsigned char>(head[k]));
    }
    for (; i < head.size(); ++i) by_byte(static_cast<unsigned char>(head[i]));
    // A NUL is a control unless the page's NULs are stray ones amid markup (asked only of a
    // head that has some).
    if (nul > 0 && nuls_amid_markup(head)) control -= nul;
    if (head.size() < 16) return nullptr;
    // A tenth of control bytes is no text. Below that, random and compressed bytes (one control
    // in nine, one space or line end in sixty-four) still show: text in any charset, stray
    // controls and all, has more spaces and line ends than controls; one in a hundred bytes a
    // control, more of them than blanks, is binary.
    const bool binary = control * 10 > head.size() || (control * 100 >= head.size() && control > blank);
    if (!binary) return nullptr;
    // Chinese, Japanese or Korean UTF-16 has few NULs, but its uniform low bytes hold controls.
    return utf16_cjk_without_bom(head).empty() ? "binary data" : nullptr;
}

}  // namespace winnow::detail
