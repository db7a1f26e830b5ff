// may_hold_escape_residue (each '\\' and '%' found by memchr) against a plain reading of what
// it screens for, byte by byte: "\\u" and a hex digit, or '%', a hex digit from C up, a hex
// digit and another '%'. On generated texts in several scripts with the marks dense and sparse,
// and on real-looking lines; and decode_escape_residue decodes nothing where the screen says no.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "escape_residue.hpp"

using namespace winnow::detail;

namespace {

int hex(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool plain_may_hold(std::string_view s) {
    for (std::size_t i = 0; i + 3 <= s.size(); ++i) {
        if (s[i] == '\\' && s[i + 1] == 'u' && hex(s[i + 2]) >= 0) return true;
        if (s[i] == '%' && hex(s[i + 1]) >= 0xC && hex(s[i + 2]) >= 0 && i + 3 < s.size() && s[i + 3] == '%') return true;
    }
    return false;
}

}  // namespace

TEST_CASE("escape residue screen: real-looking lines") {
    struct Case {
        const char* text;
        bool holds;
    };
    for (const Case& c : {Case{"Die M\\u00fcnchner Stra\\u00dfe", true}, Case{"caf%C3%A9 au lait", true},
                          Case{"Rabatt 50% auf alles, 20% mehr", false}, Case{"C:\\dir\\file.txt", false},
                          Case{"Скидка 30% и путь C:\\new", false}, Case{"東京%E6%9D%B1", true}, Case{"%", false},
                          Case{"\\u", false}, Case{"a %C3", false}, Case{"x\\uZZ \\u0041", true}, Case{"", false},
                          Case{"100%%C3%A9", true}, Case{"\\\\\\u00e9", true}}) {
        CAPTURE(c.text);
        CHECK(may_hold_escape_residue(c.text) == c.holds);
        CHECK(plain_may_hold(c.text) == c.holds);
    }
}

TEST_CASE("escape residue screen: generated texts give the plain reading") {
    std::mt19937 rng(15041);
    const std::vector<std::string> pieces = {"a", "word", " ", "é", "ж", "語", "\\", "\\u", "%", "%C", "%E3", "%c3",
                                             "0", "9", "A", "F", "c", "u", "%%", "\\\\", "50% "};
    int holds = 0;
    for (int round = 0; round < 6000; ++round) {
        std::string text;
        const int n = static_cast<int>(rng() % 18);
        // Dense rounds and sparse ones: the marks' search is asked both ways.
        const bool sparse = rng() % 2;
        for (int k = 0; k < n; ++k) {
            const std::string& p = pieces[rng() % pieces.size()];
            text += sparse && (p[0] == '%' || p[0] == '\\') && rng() % 3 ? std::string("text ") : p;
        }
        CAPTURE(text);
        const bool fast = may_hold_escape_residue(text);
        CHECK(fast == plain_may_hold(text));
        holds += fast;
        // Nothing to decode where the screen finds no start.
        std::string out;
        if (!fast) CHECK_FALSE(decode_escape_residue(text, out));
    }
    CHECK(holds > 100);
    CHECK(holds < 5900);
}
