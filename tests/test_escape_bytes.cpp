// Escapes of another layer printed as text (escape_residue.cpp): UTF-8 dumped byte by byte as C
// octal or hex escapes ("l'\303\262rt", "\xd0\xbf\xd1\x80\xd0\xb8") and words of a message once
// sent as UTF-7 ("m+AOoBXw-vaniya"), decoded when they spell letters of the text's own script,
// in text and through whole pages of three markups. Look-alikes stay: an ASCII escape ("\x41"),
// bytes that are no UTF-8, "+1", "C++", "C++11", a phone number, a base64-looking token, and any
// escape shown as code.
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
    // octal byte escapes, in a word and as a whole word
    {"it octal in a word", "Quell'\\303\\262rt l\\303\\254 \\303\\250 bello.", "Quell'\u00F2rt l\u00EC \u00E8 bello."},
    {"pl octal whole word", "Jest \\305\\274\\303\\263\\305\\202w w ogrodzie.", "Jest \u017C\u00F3\u0142w w ogrodzie."},
    // hex byte escapes
    {"ru hex whole word", "\u0421\u043B\u043E\u0432\u043E \\xd0\\xbf\\xd1\\x80\\xd0\\xb8 \u0442\u0443\u0442.",
     "\u0421\u043B\u043E\u0432\u043E \u043F\u0440\u0438 \u0442\u0443\u0442."},
    {"de hex in a word", "Die Stra\\xc3\\x9fe ist gesperrt.", "Die Stra\u00DFe ist gesperrt."},
    {"el hex capitals", "\u0397 \\xCE\\xB1\\xCE\\xB3\\xCE\\xBF\\xCF\\x81\\xCE\\xAC \u03AD\u03BA\u03BB\u03B5\u03B9\u03C3\u03B5.",
     "\u0397 \u03B1\u03B3\u03BF\u03C1\u03AC \u03AD\u03BA\u03BB\u03B5\u03B9\u03C3\u03B5."},
    // UTF-7 shifts
    {"ku utf7 in a word", "Ez m+AOoBXw-vaniya te me.", "Ez m\u00EA\u015Fvaniya te me."},
    {"fr utf7 without the closing dash", "Un caf+AOk noir.", "Un caf\u00E9 noir."},
    {"uk utf7 whole word", "\u041D\u0430 +BDIEQwQ7BDgERgRW- \u0442\u0438\u0445\u043E.",
     "\u041D\u0430 \u0432\u0443\u043B\u0438\u0446\u0456 \u0442\u0438\u0445\u043E."},
};

// Text that must come out as it went in.
const char* const kLookAlikes[] = {
    "In C, \"\\x41\" is the letter A and \\101 is too.",
    "The bytes \\xff\\xfe open a UTF-16 file.",
    "Give it a +1, then build it with C++ or C++11.",
    "Call +4420 7946 0958 before noon.",
    "The key is +AbCdEfGh in the header.",
    "Loss was +Land and +Sea in the report.",
    "\u041D\u0430\u0431\u0435\u0440\u0438\u0442\u0435 +7 495 123 45 67.",
    "C:\\new\\table and \\\\server\\share",
};

}  // namespace

TEST_CASE("escape bytes: octal, hex and UTF-7 words read as their letters") {
    const UnicodeOptions o;
    int failed = 0;
    for (const Case& c : kDamaged) {
        CAPTURE(std::string(c.name));
        const std::string got = normalize_text(c.damaged, o);
        CHECK(got == c.plain);
        failed += got != c.plain;
        CHECK(normalize_text(got, o) == got);   // idempotent
    }
    CHECK(failed == 0);
}

TEST_CASE("escape bytes: look-alikes stay") {
    const UnicodeOptions o;
    for (const char* t : kLookAlikes) {
        CAPTURE(std::string(t));
        CHECK(normalize_text(t, o) == t);
    }
}

TEST_CASE("escape bytes: whole pages of three markups, and code keeps its escapes") {
    const std::string filler_en = "<p>The volunteers met every Saturday morning at the old station to paint the walls and build shelves.</p>";
    const std::string filler_ru = "<p>\u0414\u043E\u0431\u0440\u043E\u0432\u043E\u043B\u044C\u0446\u044B \u043A\u0430\u0436\u0434\u0443\u044E \u0441\u0443\u0431\u0431\u043E\u0442\u0443 \u0441\u043E\u0431\u0438\u0440\u0430\u043B\u0438\u0441\u044C \u0443 \u0441\u0442\u0430\u0440\u043E\u0439 \u0441\u0442\u0430\u043D\u0446\u0438\u0438, \u0447\u0442\u043E\u0431\u044B \u043F\u043E\u043A\u0440\u0430\u0441\u0438\u0442\u044C \u0441\u0442\u0435\u043D\u044B \u0438 \u0441\u043E\u0431\u0440\u0430\u0442\u044C \u043F\u043E\u043B\u043A\u0438.</p>";
    struct P {
        const char* name;
        std::string html;
        const Case& c;
    };
    const P pages[] = {
        {"it HTML5 article", html_page("it", "Orto", "<main><article><h1>Orto</h1>" + filler_en + "<p>" + kDamaged[0].damaged + "</p>" + filler_en +
                                                         "</article></main>"),
         kDamaged[0]},
        {"ru div soup", html_page("ru", "\u0414\u043E\u043C", "<div><div><a href=\"/\">\u2302</a></div><div><div><h1>\u0414\u043E\u043C</h1><div>" + filler_ru +
                                                                   "</div><div>" + kDamaged[2].damaged + "</div><div>" + filler_ru + "</div></div></div></div>"),
         kDamaged[2]},
        {"ku table layout", html_page("ku", "Mal", "<table><tr><td><a href=\"/\">Mal</a></td></tr><tr><td><h1>Mal</h1>" + filler_en + "<p>" +
                                                       kDamaged[5].damaged + "</p>" + filler_en + "</td></tr></table>"),
         kDamaged[5]},
    };
    for (const P& p : pages) {
        CAPTURE(std::string(p.name));
        const std::string out = text_of(p.html);
        CHECK(has(out, std::string(p.c.plain).substr(0, std::string(p.c.plain).size() - 1)));
        CHECK_FALSE(has(out, p.c.damaged));
    }
    const std::string code = html_page("en", "Strings", "<main><article><h1>Strings</h1>" + filler_en +
                                                            "<pre><code>puts(\"\\xd0\\xbf\\xd1\\x80\\xd0\\xb8 caf+AOk\");</code></pre>" + filler_en +
                                                            "</article></main>");
    CHECK(has(text_of(code), "\\xd0\\xbf\\xd1\\x80\\xd0\\xb8 caf+AOk"));
}
