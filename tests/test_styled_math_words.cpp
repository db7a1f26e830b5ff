// Words damaged by a styling or encoding step that only changes their look, read back as their
// letters (styled_letters.cpp, punycode_words.cpp):
// - math-alphabet words whose holes a generator filled from the Letterlike Symbols ("ℎ𝑒𝑡", script
//   ℬ, fraktur ℭ, double-struck ℝ), words mixing math letters with accented letters ("𝑁æ𝑠𝑡𝑒"), and
//   a one-letter math word beside a styled word ("𝑂 𝑞𝑢𝑒");
// - an enclosing mark (circle, square, keycap; U+20DD-20E4, U+0488-0489) between two letters of a word;
// - a word left as its IDNA A-label ("xn--bcher-kva"), standing as a word of prose.
// Look-alikes stay: a lone math variable, a formula of one-letter variables, a keycap digit, a
// circled letter standing alone, an A-label inside a host name, a URL or an identifier, and
// "xn--" text that is not Punycode.
// (Written beside test_styled_words.cpp by another branch: math words, enclosing marks, A-labels.)
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
    // math italic with the letterlike hole ℎ (U+210E)
    {"en italic h", "The \U0001D45D\U0001D44E\U0001D461\u210E runs along the river.", "The path runs along the river."},
    {"de italic h mid-word", "Wir sahen \U0001D45F\U0001D452\U0001D456\u210E\U0001D452\U0001D45B\U0001D464\U0001D452\U0001D456\U0001D460\U0001D452 Boote.",
     "Wir sahen reihenweise Boote."},
    // other alphabets' holes (variants: script, fraktur, double-struck)
    {"en bold script B", "A \u212C\U0001D4EA\U0001D4FB\U0001D4F7 dance on Friday.", "A Barn dance on Friday."},
    {"fr fraktur C", "Le \u212D\U0001D51E\U0001D523\U0001D522 ouvre lundi.", "Le Cafe ouvre lundi."},
    {"es double-struck R", "Un \u211D\U0001D556\U0001D564\U0001D565\U0001D552\U0001D566\U0001D563\U0001D552\U0001D55F\U0001D565\U0001D556 nuevo.",
     "Un Restaurante nuevo."},
    // math letters mixed with accented letters in one word
    {"da math with ae", "\U0001D441\u00E6\U0001D460\U0001D461\U0001D452 skridt", "N\u00E6ste skridt"},
    {"cs math with caron", "Byl to \U0001D45A\u011B\U0001D460\U0001D461\U0001D45C u \u0159eky.", "Byl to m\u011Bsto u \u0159eky."},
    {"pt math with acute", "O \U0001D45D\u00E1\U0001D461\U0001D456\U0001D45C fica aberto.", "O p\u00E1tio fica aberto."},
    // a one-letter math word beside a styled word
    {"gl one-letter article", "\U0001D442 \U0001D45E\U0001D462\U0001D452 \U0001D463\u00E9\U0001D45B", "O que v\u00E9n"},
    {"en one-letter pronoun", "Then \U0001D43C \U0001D45B\U0001D452\U0001D452\U0001D451 help.", "Then I need help."},
    // enclosing marks inside a word
    {"nl keycap in a word", "Volgend voorja\u20E3ar draait het rad.", "Volgend voorjaar draait het rad."},
    {"bg circle in a word", "\u0420\u0430\u0431\u043E\u0442\u0438\u043B\u20DD\u043D\u0438\u0446\u0438 \u0437\u0430 \u0434\u0435\u0446\u0430.",
     "\u0420\u0430\u0431\u043E\u0442\u0438\u043B\u043D\u0438\u0446\u0438 \u0437\u0430 \u0434\u0435\u0446\u0430."},
    {"ar square in a word", "\u062A\u20DE\u0634\u062A\u062F \u0627\u0644\u0631\u064A\u0627\u062D", "\u062A\u0634\u062A\u062F \u0627\u0644\u0631\u064A\u0627\u062D"},
    {"el diamond in a word", "\u03A4\u03BF \u03C7\u03C9\u03C1\u20DF\u03B9\u03CC \u03BE\u03CD\u03C0\u03BD\u03B7\u03C3\u03B5.", "\u03A4\u03BF \u03C7\u03C9\u03C1\u03B9\u03CC \u03BE\u03CD\u03C0\u03BD\u03B7\u03C3\u03B5."},
    {"ru cyrillic millions sign in a word", "\u0413\u043E\u0440\u043E\u0434\u0489\u0441\u043A\u0438\u0439 \u0441\u0430\u0434", "\u0413\u043E\u0440\u043E\u0434\u0441\u043A\u0438\u0439 \u0441\u0430\u0434"},
    // IDNA A-labels standing as words
    {"de a-label", "Die xn--bcher-kva liegen im Regal.", "Die b\u00FCcher liegen im Regal."},
    {"de a-label at a sentence end", "Sie wohnt an der xn--strae-oqa.", "Sie wohnt an der stra\u00DFe."},
    {"ru a-label", "\u0421\u0432\u0435\u0436\u0438\u0439 xn--80alqgor \u0432\u044B\u0448\u0435\u043B.", "\u0421\u0432\u0435\u0436\u0438\u0439 \u0436\u0443\u0440\u043D\u0430\u043B \u0432\u044B\u0448\u0435\u043B."},
    {"ja a-label", "\u307F\u3093\u306A\u306B xn--l8jir6i4g \u3068\u8A00\u3044\u305F\u3044\u3002", "\u307F\u3093\u306A\u306B \u3042\u308A\u304C\u3068\u3046 \u3068\u8A00\u3044\u305F\u3044\u3002"},
    {"hi a-label in brackets", "\u0909\u0938\u0928\u0947 (xn--h2bhs4b8d8a) \u0915\u0939\u093E\u0964", "\u0909\u0938\u0928\u0947 (\u0928\u092E\u0938\u094D\u0924\u0947) \u0915\u0939\u093E\u0964"},
    {"el upper-case prefix", "\u0395\u03AF\u03C0\u03B5 XN--ixahbwnhi5b \u03C3\u03B5 \u03CC\u03BB\u03BF\u03C5\u03C2.", "\u0395\u03AF\u03C0\u03B5 \u03BA\u03B1\u03BB\u03B7\u03BC\u03AD\u03C1\u03B1 \u03C3\u03B5 \u03CC\u03BB\u03BF\u03C5\u03C2."},
    {"cs plain ASCII text around", "Nove xn--msto-gwa ma park", "Nove m\u011Bsto ma park"},
};

// Text that must come out as its NFC form, untouched otherwise.
const Case kLookAlikes[] = {
    {"a lone math variable", "Let \U0001D465 be the width.", "Let \U0001D465 be the width."},
    {"a formula of one-letter variables", "so \U0001D465 + \U0001D466 = \U0001D467 here", "so \U0001D465 + \U0001D466 = \U0001D467 here"},
    {"Planck's constant alone", "E = \u210E\u03BD for a photon", "E = \u210E\u03BD for a photon"},
    {"the reals", "for every x in \u211D holds", "for every x in \u211D holds"},
    {"a keycap digit", "Step 1\u20E3 then step 2\u20E3", "Step 1\u20E3 then step 2\u20E3"},
    {"a circled letter alone", "Press A\u20DD to jump", "Press A\u20DD to jump"},
    {"a host name", "Visit xn--bcher-kva.example today", "Visit xn--bcher-kva.example today"},
    {"a URL", "See https://xn--80adxhks.xn--p1ai/news for more", "See https://xn--80adxhks.xn--p1ai/news for more"},
    {"an identifier", "set cfg_xn--bcher-kva=1", "set cfg_xn--bcher-kva=1"},
    {"not Punycode", "The tag xn--- and xn--a! mean nothing", "The tag xn--- and xn--a! mean nothing"},
    {"a label that decodes to digits", "code xn--0-6bb here", "code xn--0-6bb here"},
};

}  // namespace

TEST_CASE("styled words: math words with holes, enclosing marks in words and A-labels read as letters") {
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

TEST_CASE("styled words: look-alikes keep their letters, marks and labels") {
    const UnicodeOptions o;
    for (const Case& c : kLookAlikes) {
        CAPTURE(c.name);
        CHECK(normalize_text(c.damaged, o) == c.plain);
    }
}

TEST_CASE("styled words: whole pages of three markups") {
    const std::string filler_en = "<p>The volunteers met every Saturday morning at the old station to paint the walls and build shelves.</p>";
    const std::string filler_ru = "<p>\u0414\u043E\u0431\u0440\u043E\u0432\u043E\u043B\u044C\u0446\u044B \u043A\u0430\u0436\u0434\u0443\u044E \u0441\u0443\u0431\u0431\u043E\u0442\u0443 \u0441\u043E\u0431\u0438\u0440\u0430\u043B\u0438\u0441\u044C \u0443 \u0441\u0442\u0430\u0440\u043E\u0439 \u0441\u0442\u0430\u043D\u0446\u0438\u0438, \u0447\u0442\u043E\u0431\u044B \u043F\u043E\u043A\u0440\u0430\u0441\u0438\u0442\u044C \u0441\u0442\u0435\u043D\u044B \u0438 \u0441\u043E\u0431\u0440\u0430\u0442\u044C \u043F\u043E\u043B\u043A\u0438.</p>";
    const std::string filler_de = "<p>Die Freiwilligen trafen sich jeden Samstagmorgen am alten Bahnhof, um die W\u00E4nde zu streichen und Regale zu bauen.</p>";
    struct P {
        const char* name;
        std::string html;
        const char* damaged;
        const char* plain;
    };
    const P pages[] = {
        {"en HTML5 article, italic h in a heading",
         html_page("en", "Station", "<main><article><h1>Station</h1>" + filler_en + "<h2>\U0001D447\u210E\U0001D452 \U0001D45D\U0001D44E\U0001D461\u210E</h2>" + filler_en + filler_en + "</article></main>"),
         "\u210E", "The path"},
        {"de div soup, A-label in prose",
         html_page("de", "Bahnhof", "<div><div><a href=\"/\">Start</a></div><div><div><h1>Bahnhof</h1><div>" + std::string(filler_de.substr(3, filler_de.size() - 7)) +
                                        "</div><div>Im Saal stehen alte xn--bcher-kva und Karten aus dem letzten Jahrhundert, sorgf\u00E4ltig geordnet.</div><div>" +
                                        std::string(filler_de.substr(3, filler_de.size() - 7)) + "</div></div></div></div>"),
         "xn--bcher-kva", "alte b\u00FCcher und"},
        {"ru table layout, a circle inside a word",
         html_page("ru", "\u0421\u0435\u043B\u043E", "<table><tr><td><a href=\"/\">\u2302</a></td></tr><tr><td><h1>\u0421\u0435\u043B\u043E</h1>" + filler_ru +
                                                                 "<p>\u0412 \u0441\u0435\u043B\u0435 \u043E\u0442\u043A\u0440\u044B\u043B\u0438 \u0440\u0430\u0431\u043E\u0442\u0438\u043B\u20DD\u043D\u0438\u0446\u0443 \u0434\u043B\u044F \u0434\u0435\u0442\u0435\u0439 \u0438 \u0432\u0437\u0440\u043E\u0441\u043B\u044B\u0445.</p>" +
                                                                 filler_ru + "</td></tr></table>"),
         "\u20DD", "\u0440\u0430\u0431\u043E\u0442\u0438\u043B\u043D\u0438\u0446\u0443"},
    };
    for (const P& p : pages) {
        CAPTURE(p.name);
        const std::string out = text_of(p.html);
        CHECK(has(out, p.plain));
        CHECK_FALSE(has(out, p.damaged));
    }
}
