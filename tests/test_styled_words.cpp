// Word styles written with whole letters or marks (styled_letters.cpp, fold_word_styles): circled
// letters, small capitals used as a font, a strike-through or underline mark after every letter,
// and tatweel runs stretching an Arabic-script word, all read back as their plain letters, in text
// and through whole pages of three markups. Look-alikes stay: IPA with its small capitals, a lone
// circled list label, one kashida of a justified title, a struck-through math symbol (≠), a mean
// written x̅, and ordinary Greek, Turkish and Hebrew text.
// On the base (ce41dc6) every damaged case failed and every look-alike passed.
#include <doctest/doctest.h>

#include <string>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"
#include "unicode.hpp"

using winnow::UnicodeOptions;
using winnow::detail::normalize_text;
using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* name;
    const char* damaged;
    const char* plain;
};

const Case kDamaged[] = {
    // circled letters, small and capital, in a word with other letters
    {"en circled", "Tickets are \u24D5\u24E1\u24D4\u24D4 for children.", "Tickets are free for children."},
    {"es circled capitals", "La entrada es \u24BC\u24C7\u24B6\u24C9\u24BE\u24C8 para todos.", "La entrada es GRATIS para todos."},
    {"fr circled with an accent", "Le march\u00e9 ouvre \u24E2\u24D0\u24DC\u24D4\u24D3\u00ee matin.", "Le march\u00e9 ouvre samed\u00ee matin."},
    // small capitals used as a font; a letter without one (x) stays plain
    {"de small capitals", "Der \u1D0D\u1D00\u0274\u0274 kam sp\u00e4t heim.", "Der mann kam sp\u00e4t heim."},
    {"nb small capitals around a native letter", "Vi \u029F\u00f8\u0280\u1D05\u1D00\u0262 i kjelleren.", "Vi l\u00f8rdag i kjelleren."},
    {"en small capitals with x", "The \u1D07x\u1D1B\u0280\u1D00 room is upstairs.", "The extra room is upstairs."},
    // one mark after every letter: strike-through (U+0335-0338), underline (U+0332)
    {"tr long stroke", "Bu m\u0336e\u0336y\u0336d\u0336a\u0336n\u0336 bo\u015f.", "Bu meydan bo\u015f."},
    {"en struck phrase with spaces", "It was t\u0336h\u0336e\u0336 \u0336e\u0336n\u0336d\u0336 of it.", "It was the end of it."},
    {"ru slash overlay", "\u042D\u0442\u043E \u0441\u0338\u0442\u0338\u0430\u0338\u0440\u0338\u044B\u0338\u0439\u0338 \u0434\u043E\u043C.",
     "\u042D\u0442\u043E \u0441\u0442\u0430\u0440\u044B\u0439 \u0434\u043E\u043C."},
    {"it underline", "Leggete s\u0332e\u0332m\u0332p\u0332r\u0332e\u0332 le note.", "Leggete sempre le note."},
    // tatweel runs stretching a word
    {"ar tatweel run", "\u0641\u064A \u0627\u0644\u0645\u0640\u0640\u0640\u0640\u062F\u0631\u0633\u0629 \u0627\u0644\u064A\u0648\u0645.",
     "\u0641\u064A \u0627\u0644\u0645\u062F\u0631\u0633\u0629 \u0627\u0644\u064A\u0648\u0645."},
    {"ckb tatweel run", "\u06BE\u06D5\u067E\u0640\u0640\u0640\u0640\u062A\u06D5 \u0628\u0627\u0634\u06D5.", "\u06BE\u06D5\u067E\u062A\u06D5 \u0628\u0627\u0634\u06D5."},
    {"fa tatweel before the last letter", "\u0627\u06CC\u0646 \u06A9\u062A\u0627\u0628\u0640\u0640\u0647\u0627 \u0627\u0633\u062A.",
     "\u0627\u06CC\u0646 \u06A9\u062A\u0627\u0628\u0647\u0627 \u0627\u0633\u062A."},
};

// Text that must come out as it went in.
const Case kLookAlikes[] = {
    {"IPA with small capitals", "city /\u02C8s\u026Ati/, French rue [\u0281y], Japanese hon [ho\u0274]", nullptr},
    {"IPA with two small capitals", "the vowels [\u026A] and [\u028F] and the word /\u02C8b\u026A\u0262\u026A\u014B/", nullptr},
    {"a lone circled list label", "Choose \u24D0 or \u24D1, then press \u24B6.", nullptr},
    {"one kashida in a title", "\u0628\u0633\u0640\u0645 \u0627\u0644\u0644\u0647", nullptr},
    {"a struck math symbol and a mean", "if x \u2260 y then x\u0305 is the mean", nullptr},
    {"Greek", "\u0397 \u03B2\u03B9\u03B2\u03BB\u03B9\u03BF\u03B8\u03AE\u03BA\u03B7 \u03AC\u03BD\u03BF\u03B9\u03BE\u03B5 \u03BE\u03B1\u03BD\u03AC.", nullptr},
    {"Turkish", "K\u00FCt\u00FCphane \u015Fubatta yeniden a\u00E7\u0131ld\u0131; \u00E7ocuklar \u00E7ok sevindi.", nullptr},
    {"Hebrew with points", "\u05D1\u05B0\u05BC\u05E8\u05B5\u05D0\u05E9\u05B4\u05C1\u05D9\u05EA \u05D1\u05B8\u05BC\u05E8\u05B8\u05D0", nullptr},
    {"Vietnamese", "Th\u01B0 vi\u1EC7n m\u1EDF c\u1EEDa l\u1EA1i", nullptr},
    {"a decorative tatweel line", "\u0640\u0640\u0640\u0640\u0640", nullptr},
};

}  // namespace

TEST_CASE("styled words: circled, small-capital, struck and stretched words read as plain letters") {
    const UnicodeOptions o;
    int failed = 0;
    for (const Case& c : kDamaged) {
        CAPTURE(c.name);
        const std::string got = normalize_text(c.damaged, o);
        CHECK(got == c.plain);
        failed += got != c.plain;
        CHECK(normalize_text(got, o) == got);   // idempotent
    }
    CHECK(failed == 0);
}

TEST_CASE("styled words: look-alikes keep their letters and marks") {
    const UnicodeOptions o;
    for (const Case& c : kLookAlikes) {
        CAPTURE(c.name);
        CHECK(normalize_text(c.damaged, o) == normalize_text(normalize_text(c.damaged, o), o));
        CHECK(normalize_text(c.damaged, o) == c.damaged);
    }
}

TEST_CASE("styled words: whole pages of three markups, and code keeps its text") {
    const std::string filler_en = "<p>The volunteers met every Saturday morning at the old station to paint the walls and build shelves.</p>";
    const std::string filler_ar = "<p>\u0627\u062C\u062A\u0645\u0639 \u0627\u0644\u0645\u062A\u0637\u0648\u0639\u0648\u0646 \u0643\u0644 \u0633\u0628\u062A \u0641\u064A \u0627\u0644\u0645\u062D\u0637\u0629 \u0627\u0644\u0642\u062F\u064A\u0645\u0629 \u0644\u0637\u0644\u0627\u0621 \u0627\u0644\u062C\u062F\u0631\u0627\u0646 \u0648\u0628\u0646\u0627\u0621 \u0627\u0644\u0631\u0641\u0648\u0641 \u0644\u0644\u0643\u062A\u0628.</p>";
    const std::string filler_ru = "<p>\u0414\u043E\u0431\u0440\u043E\u0432\u043E\u043B\u044C\u0446\u044B \u043A\u0430\u0436\u0434\u0443\u044E \u0441\u0443\u0431\u0431\u043E\u0442\u0443 \u0441\u043E\u0431\u0438\u0440\u0430\u043B\u0438\u0441\u044C \u0443 \u0441\u0442\u0430\u0440\u043E\u0439 \u0441\u0442\u0430\u043D\u0446\u0438\u0438, \u0447\u0442\u043E\u0431\u044B \u043F\u043E\u043A\u0440\u0430\u0441\u0438\u0442\u044C \u0441\u0442\u0435\u043D\u044B \u0438 \u0441\u043E\u0431\u0440\u0430\u0442\u044C \u043F\u043E\u043B\u043A\u0438.</p>";
    struct P {
        const char* name;
        std::string html;
        const Case& c;
    };
    const P pages[] = {
        {"en HTML5 article", html_page("en", "Station", "<main><article><h1>Station</h1>" + filler_en + "<p>" + kDamaged[0].damaged +
                                                            " The station opens at nine.</p>" + filler_en + "</article></main>"),
         kDamaged[0]},
        {"de div soup", html_page("de", "Heim", "<div><div><a href=\"/\">Start</a></div><div><div><h1>Heim</h1><div>" + filler_en + "</div><div>" +
                                                       kDamaged[3].damaged + " Viele kamen zu Fu\u00df.</div><div>" + filler_en + "</div></div></div></div>"),
         kDamaged[3]},
        {"ar table layout", html_page("ar", "\u0645\u062F\u0631\u0633\u0629", "<table><tr><td><a href=\"/\">\u2302</a></td></tr><tr><td><h1>\u0645\u062F\u0631\u0633\u0629</h1>" +
                                                                                   filler_ar + "<p>" + kDamaged[10].damaged + "</p>" + filler_ar + "</td></tr></table>"),
         kDamaged[10]},
        {"ru HTML5 article", html_page("ru", "\u0414\u043E\u043C", "<main><article><h1>\u0414\u043E\u043C</h1>" + filler_ru + "<p>" + kDamaged[8].damaged + "</p>" +
                                                                        filler_ru + "</article></main>"),
         kDamaged[8]},
    };
    for (const P& p : pages) {
        CAPTURE(p.name);
        const std::string out = text_of(p.html);
        CHECK(has(out, std::string(p.c.plain).substr(0, std::string(p.c.plain).size() - 1)));
        CHECK_FALSE(has(out, p.c.damaged));
    }
    // A styled word shown as code is the code's text.
    const std::string code = html_page("en", "Strings", "<main><article><h1>Strings</h1>" + filler_en +
                                                            "<pre><code>const char* s = \"\u24D5\u24E1\u24D4\u24D4 \u1D0D\u1D00\u0274\";</code></pre>" + filler_en +
                                                            "</article></main>");
    CHECK(has(text_of(code), "\u24D5\u24E1\u24D4\u24D4 \u1D0D\u1D00\u0274"));
}
