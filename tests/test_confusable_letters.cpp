// Look-alike letters of another script inside a word (confusable_letters.cpp): a Cyrillic or Greek
// letter drawn like a Latin one in a Latin word, a Latin one in a Cyrillic or Greek word, read as
// the word's own letter, in text and through whole pages of three markups. Look-alikes of the rule
// stay: words whose other-script letter has no twin ("Δt", "nаш" with a Latin n), short formula
// words, tokens where the other script is no clear minority ("SMSка"), and words of one script.
// On the base (9de180b) every damaged case and no look-alike failed.
#include <doctest/doctest.h>

#include <string>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"
#include "unicode.hpp"

using winnow::UnicodeOptions;
using winnow::detail::normalize_text;
using winnow::detail::normalize_text_plain;
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
    {"en Cyrillic o", "The v\u043Elunteers painted the hall on Sunday.", "The volunteers painted the hall on Sunday."},
    {"de Cyrillic s", "Die Br\u00FC\u0441ke wurde im Mai er\u00F6ffnet.", "Die Br\u00FCcke wurde im Mai er\u00F6ffnet."},
    {"fr Cyrillic e", "Une r\u0435ncontre aura lieu samedi.", "Une rencontre aura lieu samedi."},
    {"es Cyrillic a", "La pl\u0430za se llen\u00F3 de m\u00FAsica.", "La plaza se llen\u00F3 de m\u00FAsica."},
    {"pl Cyrillic e with an accented letter", "Ca\u0142a wi\u0435\u015B przysz\u0142a na festyn.", "Ca\u0142a wie\u015B przysz\u0142a na festyn."},
    {"tr Greek omicron", "Yeni k\u00F6pr\u00FC d\u03BFkuz ay s\u00FCrd\u00FC.", "Yeni k\u00F6pr\u00FC dokuz ay s\u00FCrd\u00FC."},
    {"en Cyrillic capital", "\u0421af\u00E9 Nord reopened after the flood.", "Caf\u00E9 Nord reopened after the flood."},
    {"en two twins in one word", "Reset your p\u0430sswor\u0501 today.", "Reset your password today."},
    {"ru Latin o", "\u0420\u044B\u043D\u043E\u043A o\u0442\u043A\u0440\u044B\u043B\u0441\u044F \u0432 \u0441\u0443\u0431\u0431\u043E\u0442\u0443.",
     "\u0420\u044B\u043D\u043E\u043A \u043E\u0442\u043A\u0440\u044B\u043B\u0441\u044F \u0432 \u0441\u0443\u0431\u0431\u043E\u0442\u0443."},
    {"uk Latin i", "\u041C\u0456\u0441\u0442 \u0432i\u0434\u043A\u0440\u0438\u043B\u0438 \u0432\u043B\u0456\u0442\u043A\u0443.",
     "\u041C\u0456\u0441\u0442 \u0432\u0456\u0434\u043A\u0440\u0438\u043B\u0438 \u0432\u043B\u0456\u0442\u043A\u0443."},
    {"bg Latin a", "\u041F\u0430\u0437\u0430\u0440\u044A\u0442 \u0435 \u043E\u0442\u0432\u043E\u0440\u0435\u043D \u0434o \u043E\u0431\u044F\u0434 \u0432 \u0441\u0440\u0435\u0434a\u0442\u0430.",
     "\u041F\u0430\u0437\u0430\u0440\u044A\u0442 \u0435 \u043E\u0442\u0432\u043E\u0440\u0435\u043D \u0434o \u043E\u0431\u044F\u0434 \u0432 \u0441\u0440\u0435\u0434\u0430\u0442\u0430."},
    {"ru caps heading with Latin capitals", "\u041D\u041EB\u041E\u0421\u0422\u0418 \u0420\u0415\u0413\u0418\u041EHA",
     "\u041D\u041E\u0412\u041E\u0421\u0422\u0418 \u0420\u0415\u0413\u0418\u041E\u041D\u0410"},
    {"el Latin capital E", "\u039A\u0391\u039B\u0397\u039CE\u03A1\u0391 \u03C3\u03B5 \u03CC\u03BB\u03BF\u03C5\u03C2.",
     "\u039A\u0391\u039B\u0397\u039C\u0395\u03A1\u0391 \u03C3\u03B5 \u03CC\u03BB\u03BF\u03C5\u03C2."},
    {"el Latin o", "\u039F \u03B4\u03C1\u03CC\u03BCo\u03C2 \u03AC\u03BD\u03BF\u03B9\u03BE\u03B5.",
     "\u039F \u03B4\u03C1\u03CC\u03BC\u03BF\u03C2 \u03AC\u03BD\u03BF\u03B9\u03BE\u03B5."},
};

// Words the rule must leave as they are.
const Case kLookAlikes[] = {
    {"formula Greek", "The delay \u0394t was 3 \u03BCm per second.", "The delay \u0394t was 3 \u03BCm per second."},
    {"Latin n has no Cyrillic twin", "\u0414\u043E\u043C n\u0430\u0448 \u0441\u0442\u043E\u0438\u0442.", "\u0414\u043E\u043C n\u0430\u0448 \u0441\u0442\u043E\u0438\u0442."},
    {"no clear minority", "\u041F\u0440\u0438\u0448\u043B\u0430 SMS\u043A\u0430 \u0432\u0435\u0447\u0435\u0440\u043E\u043C.",
     "\u041F\u0440\u0438\u0448\u043B\u0430 SMS\u043A\u0430 \u0432\u0435\u0447\u0435\u0440\u043E\u043C."},
    {"beta has no twin here", "The \u03B2eta release is out.", "The \u03B2eta release is out."},
    {"one script per word", "Caf\u00E9 \u041A\u0430\u0444\u0435 \u039A\u03B1\u03C6\u03AD Ca\u0142a \u00C6r\u00F8sk\u00F8bing",
     "Caf\u00E9 \u041A\u0430\u0444\u0435 \u039A\u03B1\u03C6\u03AD Ca\u0142a \u00C6r\u00F8sk\u00F8bing"},
    {"words side by side", "Beograd / \u0411\u0435\u043E\u0433\u0440\u0430\u0434 and \u0410\u0442\u0438\u043D\u0430-Athina",
     "Beograd / \u0411\u0435\u043E\u0433\u0440\u0430\u0434 and \u0410\u0442\u0438\u043D\u0430-Athina"},
};

}  // namespace

TEST_CASE("confusable letters: a word's look-alike of another script is its own letter") {
    const UnicodeOptions o;
    int failed = 0;
    for (const Case& c : kDamaged) {
        CAPTURE(c.name);
        const std::string got = normalize_text(c.damaged, o);
        CHECK(got == c.plain);
        failed += got != c.plain;
        CHECK(normalize_text(got, o) == got);                    // idempotent
        CHECK(normalize_text_plain(c.damaged, o) == got);        // the shortcuts read it the same way
    }
    CHECK(failed == 0);
}

TEST_CASE("confusable letters: words of one script, formulas and unclear mixtures stay") {
    const UnicodeOptions o;
    for (const Case& c : kLookAlikes) {
        CAPTURE(c.name);
        CHECK(normalize_text(c.damaged, o) == c.plain);
    }
}

TEST_CASE("confusable letters: whole pages of three markups") {
    const std::string filler_en = "<p>The volunteers met every Saturday morning at the old station to paint the walls and build shelves.</p>";
    const std::string filler_ru = "<p>\u0414\u043E\u0431\u0440\u043E\u0432\u043E\u043B\u044C\u0446\u044B \u043A\u0430\u0436\u0434\u0443\u044E \u0441\u0443\u0431\u0431\u043E\u0442\u0443 \u0441\u043E\u0431\u0438\u0440\u0430\u043B\u0438\u0441\u044C \u0443 \u0441\u0442\u0430\u0440\u043E\u0439 \u0441\u0442\u0430\u043D\u0446\u0438\u0438, \u0447\u0442\u043E\u0431\u044B \u043F\u043E\u043A\u0440\u0430\u0441\u0438\u0442\u044C \u0441\u0442\u0435\u043D\u044B \u0438 \u0441\u043E\u0431\u0440\u0430\u0442\u044C \u043F\u043E\u043B\u043A\u0438.</p>";
    const std::string filler_el = "<p>\u039F\u03B9 \u03B5\u03B8\u03B5\u03BB\u03BF\u03BD\u03C4\u03AD\u03C2 \u03C3\u03C5\u03BD\u03B1\u03BD\u03C4\u03AE\u03B8\u03B7\u03BA\u03B1\u03BD \u03BA\u03AC\u03B8\u03B5 \u03A3\u03AC\u03B2\u03B2\u03B1\u03C4\u03BF \u03C3\u03C4\u03BF\u03BD \u03C0\u03B1\u03BB\u03B9\u03CC \u03C3\u03C4\u03B1\u03B8\u03BC\u03CC \u03B3\u03B9\u03B1 \u03BD\u03B1 \u03B2\u03AC\u03C8\u03BF\u03C5\u03BD \u03C4\u03BF\u03C5\u03C2 \u03C4\u03BF\u03AF\u03C7\u03BF\u03C5\u03C2.</p>";
    struct P {
        const char* name;
        std::string html;
        const Case& c;
    };
    const P pages[] = {
        {"en HTML5 article", html_page("en", "Hall", "<header><nav><a href=\"/\">Home</a></nav></header><main><article><h1>Hall</h1>" + filler_en +
                                                         "<p>" + kDamaged[0].damaged + " Everyone brought a brush.</p>" + filler_en + "</article></main>"),
         kDamaged[0]},
        {"ru div soup", html_page("ru", "\u0420\u044B\u043D\u043E\u043A", "<div><div><a href=\"/\">\u2302</a></div><div><div><h1>\u0420\u044B\u043D\u043E\u043A</h1><div>" +
                                                                              filler_ru + "</div><div>" + kDamaged[8].damaged + "</div><div>" + filler_ru + "</div></div></div></div>"),
         kDamaged[8]},
        {"el table layout", html_page("el", "\u0394\u03C1\u03CC\u03BC\u03BF\u03C2", "<table><tr><td><a href=\"/\">\u2302</a></td></tr><tr><td><h1>\u0394\u03C1\u03CC\u03BC\u03BF\u03C2</h1>" +
                                                                                        filler_el + "<p>" + kDamaged[13].damaged + "</p>" + filler_el + "</td></tr></table>"),
         kDamaged[13]},
    };
    for (const P& p : pages) {
        CAPTURE(p.name);
        const std::string out = text_of(p.html);
        CHECK(has(out, std::string(p.c.plain).substr(0, std::string(p.c.plain).size() - 1)));
        CHECK_FALSE(has(out, p.c.damaged));
    }
}
