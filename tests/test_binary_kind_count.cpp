// The binary check (binary_kind.cpp) counts control bytes and blanks in a page's head eight
// bytes at a time where no byte is a control or DEL, byte by byte elsewhere. These tests hold it
// to the plain byte-by-byte verdict: heads of text in several scripts and markups, with a control
// byte, a DEL, a NUL or a run of them put at every offset of an eight-byte word.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "binary_kind.hpp"
#include "charset_evidence.hpp"

namespace {

using winnow::detail::binary_kind;

// binary_kind's verdict on a head that passed the signature and UTF-16 tests, counted one byte
// at a time (the reading before the word-at-a-time scan).
bool binary_by_bytes(std::string_view bytes) {
    const std::string_view head = bytes.substr(0, 4096);
    const bool nul_is_text = winnow::detail::nuls_amid_markup(head);
    std::size_t control = 0, blank = 0;
    for (const unsigned char c : head) {
        if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B && !(c == 0 && nul_is_text)) ||
            c == 0x7F)
            ++control;
        blank += c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }
    if (head.size() < 16) return false;
    return control * 10 > head.size() || (control * 100 >= head.size() && control > blank);
}

bool checked_head(std::string_view bytes) {
    // Heads the UTF-16 tests take are not counted at all: leave them out of the comparison.
    return winnow::detail::utf16_without_bom(bytes.substr(0, 4096)).empty() &&
           winnow::detail::utf16_cjk_without_bom(bytes.substr(0, 4096)).empty();
}

const std::vector<std::string>& pages() {
    static const std::vector<std::string> p{
        // HTML5 semantic, English.
        "<!DOCTYPE html><html><head><title>Rain</title></head><body><article><h1>Rain in May</h1>"
        "<p>It rained all week, and the river rose over its banks.</p></article></body></html>",
        // Div soup, German, with line ends and tabs.
        "<div>\n\t<div>Der Regen fiel die ganze Woche,\r\n\tund der Fluss stieg \xC3\xBC" "ber die Ufer.</div>\n</div>\n",
        // Table layout, French.
        "<table><tr><td><a href=\"/\">Accueil</a></td><td><h2>La pluie</h2><p>Il a plu toute la semaine, "
        "et la rivi\xC3\xA8re est sortie de son lit.</p></td></tr></table>",
        // Russian (Cyrillic: continuation bytes 0x80-0xBF everywhere).
        "<main><p>\xD0\x94\xD0\xBE\xD0\xB6\xD0\xB4\xD1\x8C \xD1\x88\xD1\x91\xD0\xBB \xD0\xB2\xD1\x81\xD1\x8E "
        "\xD0\xBD\xD0\xB5\xD0\xB4\xD0\xB5\xD0\xBB\xD1\x8E.</p></main>",
        // Japanese.
        "<section><p>\xE4\xB8\x80\xE9\x80\xB1\xE9\x96\x93\xE3\x80\x81\xE9\x9B\xA8\xE3\x81\x8C\xE9\x99\x8D"
        "\xE3\x82\x8A\xE7\xB6\x9A\xE3\x81\x84\xE3\x81\x9F\xE3\x80\x82</p></section>",
        // Plain text, no markup, a form feed between pages.
        "The river rose.\fPage two: the water went down again, slowly.",
    };
    return p;
}

}  // namespace

TEST_CASE("binary_kind: a control byte, DEL, NUL or ESC at every offset reads as byte by byte") {
    const std::string marks[] = {std::string(1, '\x01'), std::string(1, '\x7F'), std::string(1, '\0'),
                                 std::string(1, '\x1B'), std::string(1, '\x1F'), std::string(1, '\x0B')};
    int compared = 0;
    for (const std::string& page : pages()) {
        for (const std::string& mark : marks) {
            for (std::size_t at = 0; at < 24 && at <= page.size(); ++at) {
                for (std::size_t copies : {1u, 3u, 40u, 400u}) {
                    std::string p = page;
                    std::string run;
                    for (std::size_t k = 0; k < copies; ++k) run += mark;
                    p.insert(at, run);
                    if (!checked_head(p)) continue;
                    INFO("page " << page.substr(0, 30) << " mark " << static_cast<int>(static_cast<unsigned char>(mark[0]))
                                 << " at " << at << " copies " << copies);
                    CHECK((binary_kind(p) != nullptr) == binary_by_bytes(p));
                    ++compared;
                }
            }
        }
    }
    CHECK(compared > 500);
}

TEST_CASE("binary_kind: controls and spaces spread through a long head, every density") {
    // A head past 4,096 bytes: only its first 4,096 count. One control every `step` bytes, in
    // text with and without spaces, so both sides of the verdict's thresholds are met.
    for (const std::string& page : pages()) {
        for (std::size_t step : {3u, 7u, 9u, 31u, 64u, 99u, 100u, 101u, 640u}) {
            for (const char control : {'\x02', '\x7F', '\0'}) {
                std::string p;
                while (p.size() < 5000) p += page;
                std::string dense = p;
                for (char& c : dense)
                    if (c == ' ') c = 'x';  // no blanks: a few controls outweigh them
                for (std::string* s : {&p, &dense}) {
                    for (std::size_t i = 5; i < s->size(); i += step) (*s)[i] = control;
                    if (!checked_head(*s)) continue;
                    CHECK((binary_kind(*s) != nullptr) == binary_by_bytes(*s));
                }
            }
        }
    }
}

TEST_CASE("binary_kind: text is text, random control-heavy bytes are binary") {
    for (const std::string& page : pages()) CHECK(binary_kind(page) == nullptr);
    std::string noise;
    for (int i = 0; i < 2000; ++i) noise += static_cast<char>((i * 37 + 11) % 256);
    CHECK(binary_kind(noise) != nullptr);
    CHECK(binary_by_bytes(noise));
}
