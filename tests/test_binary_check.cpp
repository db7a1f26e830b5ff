// The binary check refuses data that is no text (images, archives, executables, compressed or
// random bytes) and never a text page, in any charset, even one with stray control bytes. Random
// bytes are about one control byte in nine, so a bound of one in ten let ~7% of them through; text
// in every charset has far more spaces and line ends than stray controls, random data about seven
// times fewer.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "iconv_test_util.hpp"

using winnow::test::encode;

namespace {

std::string random_bytes(std::mt19937& rng, std::size_t n) {
    std::string s(n, '\0');
    for (char& c : s) c = static_cast<char>(rng() & 0xFF);
    return s;
}

bool refused(const std::string& bytes) { return !winnow::Cleaner(winnow::Options{}).clean(bytes).ok(); }

}  // namespace

TEST_CASE("random and structured binaries are refused") {
    std::mt19937 rng(2054);
    std::size_t passed = 0, total = 0;
    auto expect_refused = [&](const std::string& kind, const std::string& bytes) {
        CAPTURE(kind);
        CAPTURE(bytes.size());
        ++total;
        const bool r = refused(bytes);
        passed += !r;
        CHECK(r);
    };
    for (int i = 0; i < 300; ++i) expect_refused("random", random_bytes(rng, 64 + rng() % 8000));
    for (int i = 0; i < 40; ++i) {
        // Compressed streams without their container's signature read as random bytes.
        expect_refused("deflate body", random_bytes(rng, 200 + rng() % 4000));
        // A PDF object whose stream is compressed, cut from its file (no %PDF- head).
        expect_refused("pdf stream", "4 0 obj\n<< /Length 3821 /Filter /FlateDecode >>\nstream\n" +
                                         random_bytes(rng, 600 + rng() % 3000) + "\nendstream\nendobj\n");
        // Executables and libraries: a header, then code and tables full of NULs and small numbers.
        std::string elf("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0", 16);
        for (int k = 0; k < 300; ++k) elf += std::string(1 + rng() % 6, '\0') + random_bytes(rng, 1 + rng() % 8);
        expect_refused("elf", elf);
        std::string pe("MZ\x90\0\x03\0\0\0\x04\0\0\0\xFF\xFF\0\0", 16);
        pe += random_bytes(rng, 48) + "This program cannot be run in DOS mode.\r\r\n$" + random_bytes(rng, 1500);
        expect_refused("pe", pe);
        // Images and media by their signatures, and their bodies alone.
        expect_refused("png", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) + random_bytes(rng, 2000));
        expect_refused("jpeg", "\xFF\xD8\xFF\xE0" + random_bytes(rng, 2000));
        expect_refused("gif", "GIF89a" + random_bytes(rng, 2000));
        expect_refused("webp", "RIFF" + random_bytes(rng, 4) + "WEBPVP8 " + random_bytes(rng, 2000));
        expect_refused("mp4", std::string("\0\0\0\x20" "ftypisom", 12) + random_bytes(rng, 3000));
        expect_refused("ogg", std::string("OggS\0\x02", 6) + random_bytes(rng, 3000));
        expect_refused("gzip", "\x1F\x8B\x08" + random_bytes(rng, 2000));
        expect_refused("xz", std::string("\xFD" "7zXZ\0", 6) + random_bytes(rng, 2000));
        expect_refused("zstd", "\x28\xB5\x2F\xFD" + random_bytes(rng, 2000));
    }
    MESSAGE(passed << " of " << total << " binaries passed the check");
}

TEST_CASE("inputs shorter than a signature's offset are read, not refused or thrown on") {
    for (const char* s : {"", "a", "abc", "RIFF", "<p>", "\x1A"}) {
        CAPTURE(s);
        const winnow::Result r = winnow::Cleaner(winnow::Options{}).clean(s);
        CHECK(r.error.find("not HTML or text") == std::string::npos);
    }
}

TEST_CASE("texts in several charsets and markups pass it, stray control bytes and all") {
    const std::vector<std::pair<std::string, std::vector<const char*>>> texts = {
        {"The ferry left the harbour at dawn, and the gulls followed it out past the lighthouse.", {"UTF-8", "WINDOWS-1252"}},
        {"Im Frühling fährt die Fähre früher; die Möwen folgen ihr bis über die Bucht hinaus.", {"UTF-8", "WINDOWS-1252", "ISO-8859-15"}},
        {"L’été, le bac part à l’aube et les mouettes le suivent jusqu’au phare.", {"UTF-8", "WINDOWS-1252"}},
        {"Паром ушёл на рассвете, и чайки летели за ним до самого маяка.", {"UTF-8", "WINDOWS-1251", "KOI8-R"}},
        {"Το πλοίο έφυγε την αυγή και οι γλάροι το ακολούθησαν ως τον φάρο.", {"UTF-8", "ISO-8859-7"}},
        {"夜明けにフェリーが港を出ると、カモメが灯台の先までついてきた。", {"UTF-8", "SHIFT_JIS", "EUC-JP"}},
        {"黎明时渡轮离开港口，海鸥一路跟着它飞到灯塔外。", {"UTF-8", "GB18030"}},
        {"새벽에 배가 항구를 떠나자 갈매기들이 등대 너머까지 따라왔다.", {"UTF-8", "EUC-KR"}},
    };
    for (const auto& [prose, charsets] : texts) {
        std::string body;
        for (int k = 0; k < 12; ++k) body += prose + (k % 3 == 2 ? "\n\n" : " ");
        const std::vector<std::string> pages = {
            body,
            "<html><head><title>Ferry</title></head><body><p>" + body + "</p></body></html>",
            "<div class=\"a\"><div><span>" + body + "</span></div></div>",
            "<table><tr><td>" + body + "</td></tr></table>",
            "<article><h1>Ferry</h1><section><p>" + body + "</p></section></article>",
        };
        for (const std::string& page : pages) {
            for (const char* cs : charsets) {
                CAPTURE(cs);
                CAPTURE(page.substr(0, 50));
                std::string bytes = encode(page, cs);
                CHECK_FALSE(refused(bytes));
                // Stray controls: an old editor's end-of-file mark, a vertical tab, a backspace, a NUL
                // field or two, one in a hundred bytes.
                for (std::size_t at = 37; at < bytes.size(); at += 100) {
                    while (at < bytes.size() && static_cast<unsigned char>(bytes[at]) >= 0x80) ++at;
                    if (at < bytes.size()) bytes.insert(at, 1, "\x1A\x0B\x08\x01"[at % 4]);
                }
                CHECK_FALSE(refused(bytes));
            }
        }
        // UTF-16 with and without its byte order mark.
        for (const char* cs : {"UTF-16", "UTF-16LE", "UTF-16BE"}) {
            CAPTURE(cs);
            CHECK_FALSE(refused(encode(pages[1], cs)));
        }
    }
}
