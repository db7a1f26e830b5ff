// A lead byte of a UTF-8 sequence followed by a letter the code page has no byte for is no lost
// byte (mojibake_scan.cpp): UTF-8 Kazakh or Tatar read through a Turkic Cyrillic page (PTCP154,
// KZ-1048) was "repaired" as windows-1251 with U+FFFD in place of letters. A repair never writes
// U+FFFD for it now; correct Greek, Hebrew, Kazakh, Tatar and Turkish text stays as it is.
// On the base (ce41dc6) both U+FFFD checks failed; the correct texts pass on both.
#include <doctest/doctest.h>

#include <string>

#include "unicode.hpp"

using winnow::UnicodeOptions;
using winnow::detail::normalize_text;

namespace {

// Correct text that must come out as it went in.
const char* const kCorrect[] = {
    "\u0395\u03BC\u03B5\u03AF\u03C2 \u03BF \u03BB\u03B1\u03CC\u03C2 \u03C4\u03B7\u03C2 \u03C0\u03CC\u03BB\u03B7\u03C2, \u03BF\u03B9 \u03AC\u03BD\u03B8\u03C1\u03C9\u03C0\u03BF\u03B9 \u03C4\u03BF\u03C5 \u03BA\u03B9\u03BD\u03AE\u03BC\u03B1\u03C4\u03BF\u03C2, \u03B5\u03AF\u03BC\u03B1\u03C3\u03C4\u03B5 \u03CC\u03BB\u03BF\u03B9 \u03BC\u03B1\u03B6\u03AF \u03C4\u03CE\u03C1\u03B1.",
    "\u0397 \u03BA\u03C1\u03AF\u03C3\u03B7 \u03B4\u03B5\u03BD \u03B5\u03AF\u03BD\u03B1\u03B9 \u03BC\u03CC\u03BD\u03BF \u03BF\u03B9\u03BA\u03BF\u03BD\u03BF\u03BC\u03B9\u03BA\u03AE\u00B7 \u03CC\u03BB\u03BF\u03B9 \u03BC\u03AF\u03BB\u03B7\u03C3\u03B1\u03BD \u03B3\u03B9\u03B1 \u03B1\u03C5\u03C4\u03AE.",
    "\u05D4\u05E1\u05E4\u05E8\u05D9\u05D9\u05D4 \u05E0\u05E4\u05EA\u05D7\u05D4 \u05E9\u05D5\u05D1 \u05D1\u05D9\u05D5\u05DD \u05E9\u05E0\u05D9 \u05D1\u05D1\u05D5\u05E7\u05E8, \u05D5\u05D4\u05D9\u05DC\u05D3\u05D9\u05DD \u05E9\u05DE\u05D7\u05D5 \u05DE\u05D0\u05D5\u05D3.",
    "\u041A\u0456\u0442\u0430\u043F\u0445\u0430\u043D\u0430 \u0434\u04AF\u0439\u0441\u0435\u043D\u0431\u0456 \u043A\u04AF\u043D\u0456 \u049B\u0430\u0439\u0442\u0430 \u0430\u0448\u044B\u043B\u0434\u044B, \u0431\u0430\u043B\u0430\u043B\u0430\u0440 \u049B\u0443\u0430\u043D\u0434\u044B.",
    "\u0422\u0430\u0442\u0430\u0440 \u0442\u0435\u043B\u0435\u043D\u0434\u04D9 \u044F\u0437\u044B\u043B\u0433\u0430\u043D \u0431\u0443 \u0442\u0435\u043A\u0441\u0442 \u043C\u04D9\u043A\u0442\u04D9\u043F \u0442\u0443\u0440\u044B\u043D\u0434\u0430 \u0441\u04E9\u0439\u043B\u0438 \u04BB\u04D9\u043C \u0431\u0430\u043B\u0430\u043B\u0430\u0440 \u0430\u043D\u0434\u0430 \u0443\u043A\u044B\u0439.",
    "Kitaplar\u0131n \u00E7o\u011Fu \u015Fubatta geldi; \u00F6\u011Frenciler \u00E7ok sevindi.",
};

}  // namespace

TEST_CASE("correct Greek, Hebrew, Kazakh, Tatar and Turkish text is not read as mojibake") {
    const UnicodeOptions o;
    for (const char* t : kCorrect) {
        CAPTURE(std::string(t));
        CHECK(normalize_text(t, o) == t);
    }
}

TEST_CASE("a Cyrillic lead before a letter windows-1251 lacks is no lost byte: never U+FFFD") {
    const UnicodeOptions o;
    // "биология" and "махсус" as UTF-8 read through a Kazakh page (PTCP154)
    const char* const words[] = {"\u0411\u0443 \u0420\u04B1\u0420\u0451\u0420\u04AB\u0420\u00BB\u0420\u04AB\u0420\u0456\u0420\u0451\u0421\u04B8 \u0434\u04D9\u0440\u0435\u0441\u0435.",
                                 "\u041C\u0438\u043D \u0420\u0458\u0420\u00B0\u0421\u2026\u0421\u0492\u0421\u0493\u0421\u0492 \u043A\u0438\u043B\u0434\u0435\u043C."};
    for (const char* w : words) {
        CAPTURE(std::string(w));
        CHECK(normalize_text(w, o).find("\uFFFD") == std::string::npos);
    }
}

// Without windows-1251's dropped leads beside it, a guessed no-break space after a repaired
// Persian word ("...ند" + " ") must not become an archaic Greek numeral letter (sampi): a letter
// no text writes is no repair (mojibake_score.cpp). Passes on the base; failed with the U+FFFD
// rule alone.
TEST_CASE("a repaired Persian word keeps the space after it") {
    const UnicodeOptions o;
    CHECK(normalize_text("\u0645\u0631\u062F\u0645 \u0628\u0647 \u062E\u0627\u0646\u0647 \u0638\u2026\u063A\u0152\u00E2\u20AC\u0152\u0637\u00A2\u063A\u0152\u0638\u2020\u0637\u00AF \u0648 \u063A\u0630\u0627 \u0645\u06CC\u200C\u062E\u0648\u0631\u0646\u062F.", o) == "\u0645\u0631\u062F\u0645 \u0628\u0647 \u062E\u0627\u0646\u0647 \u0645\u06CC\u200C\u0622\u06CC\u0646\u062F \u0648 \u063A\u0630\u0627 \u0645\u06CC\u200C\u062E\u0648\u0631\u0646\u062F.");
}
