// xml_safe: what XML 1.0 forbids goes (C0 controls but tab/LF/CR, U+FFFE/U+FFFF), invalid
// UTF-8 becomes U+FFFD, everything else passes byte for byte.
#include <doctest/doctest.h>
#include <utf8proc.h>

#include <random>
#include <string>

#include "xml_text.hpp"

using winnow::detail::xml_safe;

namespace {

// The rule restated one code point at a time with utf8proc's decoder, independent of the
// run-at-a-time copy under test. utf8proc rejects surrogates and overlong forms as xml_safe does.
std::string reference(std::string_view s) {
    std::string out;
    const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    const auto n = static_cast<utf8proc_ssize_t>(s.size());
    for (utf8proc_ssize_t i = 0; i < n;) {
        utf8proc_int32_t cp = 0;
        const utf8proc_ssize_t k = utf8proc_iterate(p + i, n - i, &cp);
        if (k <= 0) {
            out += "\xEF\xBF\xBD";
            ++i;
            continue;
        }
        const bool allowed = cp < 0x20 ? (cp == 0x9 || cp == 0xA || cp == 0xD) : (cp != 0xFFFE && cp != 0xFFFF);
        if (allowed) out.append(s.substr(static_cast<std::size_t>(i), static_cast<std::size_t>(k)));
        i += k;
    }
    return out;
}

}  // namespace

TEST_CASE("xml_safe keeps text in many scripts and drops only what XML forbids") {
    CHECK(xml_safe("Grüße aus Köln — Привет — 東京 — مرحبا — 🙂") == "Grüße aus Köln — Привет — 東京 — مرحبا — 🙂");
    CHECK(xml_safe("a\tb\nc\rd") == "a\tb\nc\rd");
    CHECK(xml_safe(std::string_view("a\0b\x01\x1F" "c\x7F", 7)) == "abc\x7F");
    CHECK(xml_safe("x\xEF\xBF\xBEy\xEF\xBF\xBFz") == "xyz");                // U+FFFE, U+FFFF
    CHECK(xml_safe("\xED\xA0\x80" "a") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD" "a");   // a lone surrogate
    CHECK(xml_safe("caf\xE9 ok") == "caf\xEF\xBF\xBD ok");                  // Latin-1 byte
    CHECK(xml_safe("\xC3") == "\xEF\xBF\xBD");                               // cut sequence at the end
    CHECK(xml_safe("") == "");
}

TEST_CASE("xml_safe agrees with a code-point-at-a-time restatement on random bytes") {
    std::mt19937 rng(15);
    const std::string_view pieces[] = {"plain words ", "ü", "東", "🙂", "\t", "\n", "\x01", "\x7F", "\xEF\xBF\xBE",
                                       "\xED\xA0\x80", "\xC3", "\x80", "\xF8", "\xE2\x82", "&<>\"'"};
    for (int round = 0; round < 3000; ++round) {
        std::string s;
        const int parts = static_cast<int>(rng() % 12);
        for (int k = 0; k < parts; ++k) {
            if (rng() % 4 == 0) s += static_cast<char>(rng() % 256);
            else s += pieces[rng() % std::size(pieces)];
        }
        CAPTURE(s);
        CHECK(xml_safe(s) == reference(s));
    }
}

TEST_CASE("xml_safe agrees with the restatement on long ASCII runs broken at every offset") {
    // The printable ASCII runs are skipped eight bytes at a time: a forbidden or non-ASCII byte
    // at any place in or after such a stretch is still seen.
    std::mt19937 rng(1541);
    const std::string_view breaks[] = {"\x01", "\x1F", "\t", "\n", "\x7F", "\x80", "\xC3", "ü", "東", "\xEF\xBF\xBF", "~", " "};
    for (int round = 0; round < 2000; ++round) {
        std::string s;
        const int parts = 1 + static_cast<int>(rng() % 6);
        for (int k = 0; k < parts; ++k) {
            const int run = static_cast<int>(rng() % 40);
            for (int j = 0; j < run; ++j) s += static_cast<char>(0x20 + rng() % 0x60);
            s += breaks[rng() % std::size(breaks)];
        }
        CAPTURE(s);
        CHECK(xml_safe(s) == reference(s));
    }
}
