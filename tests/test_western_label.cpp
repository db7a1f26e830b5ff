// western_label_refuted (a tag's bytes passed over by memchr) against the plain byte-by-byte
// reading it replaced: letters counted outside tags in the first 64 KB, the label refuted when
// high bytes are 32 or more and outnumber ASCII letters. On real-looking pages (Cyrillic, Greek
// and Japanese bytes under a Western label, French and German text under their own) and on
// generated ones with unclosed tags, '<' inside tags and text past the window.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "charset_evidence.hpp"

using namespace winnow::detail;

namespace {

bool plain_refuted(std::string_view bytes, std::string_view label) {
    if (label != "windows-1252" && label != "iso-8859-15") return false;
    std::size_t high = 0, ascii = 0;
    bool in_tag = false;
    for (const unsigned char c : bytes.substr(0, 64 * 1024)) {
        if (c == '<') in_tag = true;
        else if (c == '>') in_tag = false;
        else if (in_tag) continue;
        else if (c >= 0x80) ++high;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++ascii;
    }
    return high >= 32 && high > ascii;
}

std::string repeat(std::string_view s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

}  // namespace

TEST_CASE("western label: non-Latin bytes under a Western label refute it, Western text does not") {
    // UTF-8 Cyrillic, Greek and Japanese read as windows-1252: nearly all high bytes.
    const std::string ru = "<html><head><title>x</title></head><body><p class=\"a\">" + repeat("Привет мир ", 8) + "</p></body></html>";
    const std::string el = "<div>" + repeat("Καλημέρα κόσμε ", 6) + "</div>";
    const std::string ja = "<p>" + repeat("東京の記事です。", 4) + "</p>";
    const std::string fr = "<p>" + repeat("Le c\xE9l\xE8\x62re r\xE9sum\xE9 de l'\xE9t\xE9, ", 8) + "</p>";
    const std::string de = "<p>" + repeat("Gr\xFC\xDF\x65 aus K\xF6ln und M\xFCnchen. ", 8) + "</p>";
    // High bytes inside tags do not count: a Western page whose attributes are UTF-8.
    const std::string attrs = repeat("<img alt=\"Привет мир\">", 20) + "<p>plain English words here</p>";
    for (const std::string& page : {ru, el, ja}) {
        CHECK(western_label_refuted(page, "windows-1252"));
        CHECK(plain_refuted(page, "windows-1252"));
        CHECK_FALSE(western_label_refuted(page, "utf-8"));
    }
    for (const std::string& page : {fr, de, attrs}) {
        CHECK_FALSE(western_label_refuted(page, "iso-8859-15"));
        CHECK_FALSE(plain_refuted(page, "iso-8859-15"));
    }
}

TEST_CASE("western label: generated pages give the plain reading") {
    std::mt19937 rng(6541);
    const std::vector<std::string> pieces = {"<", ">", "<p>", "</p>", "<a href=\"x\">", "<b", "<<", ">>", "word ", "Wort ",
                                             "Привет ", "\xE9t\xE9 ", "東京", "\x80\x81", "\xFF", "12 ", "\n", "<!-- c -->", "<img alt=\"ж\">"};
    int refuted = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string page;
        const int n = static_cast<int>(rng() % 60);
        for (int k = 0; k < n; ++k) page += pieces[rng() % pieces.size()];
        // Now and then the text runs past the 64 KB window, or a tag is left open to the end.
        if (rng() % 10 == 0) page.insert(0, std::string(65000 + rng() % 2000, rng() % 2 ? 'x' : ' '));
        if (rng() % 8 == 0) page += "<div class=\"open";
        CAPTURE(page.size());
        const bool fast = western_label_refuted(page, "windows-1252");
        CHECK(fast == plain_refuted(page, "windows-1252"));
        refuted += fast;
    }
    CHECK(refuted > 100);
    CHECK(refuted < 2900);
}
