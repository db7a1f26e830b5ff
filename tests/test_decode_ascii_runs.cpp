// decode_to_utf8's first pass (scan_utf8) skips ASCII eight bytes at a time to the next byte
// above it; what it counts (well-formed sequences, ill-formed ones) must not depend on where a
// sequence falls against those eight-byte steps. Each case puts its bytes at every offset of a
// run of ASCII, in several languages and scripts, and checks the decision the counts lead to.
#include <doctest/doctest.h>

#include <string>

#include "decode.hpp"

using winnow::detail::decode_to_utf8;

namespace {

std::string at_offset(std::size_t k, const std::string& piece, std::size_t tail) {
    return std::string(k, 'a') + piece + std::string(tail, 'b');
}

}  // namespace

TEST_CASE("decode: a well-formed character at any offset of an ASCII run is UTF-8") {
    // de ü, ru д, el λ, zh 中, ja あ, an emoji: two, three and four bytes.
    for (const std::string piece : {"\xC3\xBC", "\xD0\xB4", "\xCE\xBB", "\xE4\xB8\xAD", "\xE3\x81\x82", "\xF0\x9F\x98\x80"})
        for (std::size_t k = 0; k < 20; ++k)
            for (std::size_t tail : {0, 1, 7, 8, 9}) {
                const std::string bytes = at_offset(k, piece, tail);
                const auto r = decode_to_utf8(bytes, {}, true);
                CHECK(r.charset == "utf-8");
                CHECK(r.as_given);
                CHECK_FALSE(r.had_invalid_bytes);
            }
}

TEST_CASE("decode: one ill-formed byte among many well-formed characters stays UTF-8 (mostly_utf8), at any offset") {
    // Four well-formed characters (fr é, ru я, he ש, zh 文) and one stray continuation byte: the
    // page is mostly UTF-8 and decodes so, with the stray byte repaired; without the characters
    // the stray byte makes it windows-1252.
    const std::string good = "caf\xC3\xA9 \xD1\x8F \xD7\xA9 \xE6\x96\x87 ";
    for (std::size_t k = 0; k < 20; ++k) {
        const std::string bytes = at_offset(k, "\x80", 9) + " " + good + good;
        const auto r = decode_to_utf8(bytes, {}, true);
        CHECK(r.charset == "utf-8");
        CHECK(r.had_invalid_bytes);
        const auto lone = decode_to_utf8(at_offset(k, "\xE9", 9), {}, true);
        CHECK(lone.charset != "utf-8");
    }
}
