// Characters that draw nothing or only a placeholder, inside a word where they do none of their jobs
// (unicode_chars.cpp, placeholder_debris): a dotted circle U+25CC before a vowel sign or accent
// after a letter, a Braille blank U+2800 between two letters, a combining grapheme joiner U+034F
// before a starter, a conjoining Hangul filler U+115F/U+1160 outside a syllable. Each goes, in text
// and through whole pages of three markups; each keeps its job where it has one (a dotted circle
// showing a sign alone, Braille text, a CGJ before a mark, an old Hangul syllable).
// On the base (9de180b) every damaged case and no kept one failed.
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
    {"hi dotted circle", "\u0917\u093E\u0901\u0935 \u0915\u0940 \u0915\u25CC\u093F\u0924\u093E\u092C \u0916\u0941\u0932\u0940\u0964",
     "\u0917\u093E\u0901\u0935 \u0915\u0940 \u0915\u093F\u0924\u093E\u092C \u0916\u0941\u0932\u0940\u0964"},
    {"th dotted circle", "\u0E19\u25CC\u0E49\u0E33\u0E43\u0E2A", "\u0E19\u0E49\u0E33\u0E43\u0E2A"},
    {"ta dotted circle", "\u0BAA\u0BB3\u0BCD\u0BB3\u25CC\u0BBF \u0BA4\u0BBF\u0BB1\u0BA8\u0BCD\u0BA4\u0BA4\u0BC1.",
     "\u0BAA\u0BB3\u0BCD\u0BB3\u0BBF \u0BA4\u0BBF\u0BB1\u0BA8\u0BCD\u0BA4\u0BA4\u0BC1."},
    {"ar dotted circle", "\u0627\u0644\u0645\u062F\u0631\u0633\u25CC\u064E\u0629 \u0627\u0644\u062C\u062F\u064A\u062F\u0629",
     "\u0627\u0644\u0645\u062F\u0631\u0633\u064E\u0629 \u0627\u0644\u062C\u062F\u064A\u062F\u0629"},
    {"en Braille blank", "The vil\u2800lage hall opens at nine.", "The village hall opens at nine."},
    {"ru Braille blank", "\u0414\u0435\u0440\u0435\u2800\u0432\u043D\u044F \u0441\u043F\u0438\u0442.", "\u0414\u0435\u0440\u0435\u0432\u043D\u044F \u0441\u043F\u0438\u0442."},
    {"en CGJ", "The sta\u034Ftion reopened.", "The station reopened."},
    {"fr CGJ", "La ga\u034Fre de l'\u00E9glise.", "La gare de l'\u00E9glise."},
    {"ja CGJ", "\u99C5\u034F\u524D\u306E\u5E02\u5834", "\u99C5\u524D\u306E\u5E02\u5834"},
    {"en Hangul choseong filler", "The bri\u115Fdge was rebuilt.", "The bridge was rebuilt."},
    {"el Hangul jungseong filler", "\u03A4\u03BF \u03C7\u03C9\u03C1\u1160\u03B9\u03CC \u03BE\u03CD\u03C0\u03BD\u03B7\u03C3\u03B5.",
     "\u03A4\u03BF \u03C7\u03C9\u03C1\u03B9\u03CC \u03BE\u03CD\u03C0\u03BD\u03B7\u03C3\u03B5."},
};

const Case kKept[] = {
    {"dotted circle shows a sign alone", "The sign \u25CC\u093E marks a long a.", "The sign \u25CC\u093E marks a long a."},
    {"dotted circle as a symbol", "Empty \u25CC full \u25CF", "Empty \u25CC full \u25CF"},
    {"Braille text", "\u2813\u2811\u2807\u2807\u2815\u2800\u283A\u2815\u2817\u2807\u2819", "\u2813\u2811\u2807\u2807\u2815\u2800\u283A\u2815\u2817\u2807\u2819"},
    {"CGJ before a mark", "a\u034F\u0308b", "a\u034F\u0308b"},
    {"old Hangul syllable", "\u115F\u1161\u11A8", "\u115F\u1161\u11A8"},
};

}  // namespace

TEST_CASE("placeholder characters: debris inside a word goes") {
    const UnicodeOptions o;
    int failed = 0;
    for (const Case& c : kDamaged) {
        CAPTURE(c.name);
        const std::string got = normalize_text(c.damaged, o);
        CHECK(got == c.plain);
        failed += got != c.plain;
        CHECK(normalize_text(got, o) == got);
        CHECK(normalize_text_plain(c.damaged, o) == got);
    }
    CHECK(failed == 0);
}

TEST_CASE("placeholder characters: kept where they do their job") {
    const UnicodeOptions o;
    for (const Case& c : kKept) {
        CAPTURE(c.name);
        CHECK(normalize_text(c.damaged, o) == c.plain);
    }
}

TEST_CASE("placeholder characters: whole pages of three markups") {
    const std::string filler_en = "<p>The volunteers met every Saturday morning at the old station to paint the walls and build shelves.</p>";
    const std::string filler_hi = "<p>\u0938\u094D\u0935\u092F\u0902\u0938\u0947\u0935\u0915 \u0939\u0930 \u0936\u0928\u093F\u0935\u093E\u0930 \u0938\u0941\u092C\u0939 \u092A\u0941\u0930\u093E\u0928\u0947 \u0938\u094D\u091F\u0947\u0936\u0928 \u092A\u0930 \u0926\u0940\u0935\u093E\u0930\u0947\u0902 \u0930\u0902\u0917\u0928\u0947 \u0914\u0930 \u0905\u0932\u092E\u093E\u0930\u093F\u092F\u093E\u0901 \u092C\u0928\u093E\u0928\u0947 \u0915\u0947 \u0932\u093F\u090F \u092E\u093F\u0932\u0924\u0947 \u0925\u0947\u0964</p>";
    const std::string filler_ru = "<p>\u0414\u043E\u0431\u0440\u043E\u0432\u043E\u043B\u044C\u0446\u044B \u043A\u0430\u0436\u0434\u0443\u044E \u0441\u0443\u0431\u0431\u043E\u0442\u0443 \u0441\u043E\u0431\u0438\u0440\u0430\u043B\u0438\u0441\u044C \u0443 \u0441\u0442\u0430\u0440\u043E\u0439 \u0441\u0442\u0430\u043D\u0446\u0438\u0438, \u0447\u0442\u043E\u0431\u044B \u043F\u043E\u043A\u0440\u0430\u0441\u0438\u0442\u044C \u0441\u0442\u0435\u043D\u044B \u0438 \u0441\u043E\u0431\u0440\u0430\u0442\u044C \u043F\u043E\u043B\u043A\u0438.</p>";
    struct P {
        const char* name;
        std::string html;
        const Case& c;
    };
    const P pages[] = {
        {"hi HTML5 article", html_page("hi", "\u0917\u093E\u0901\u0935", "<header><nav><a href=\"/\">\u2302</a></nav></header><main><article><h1>\u0917\u093E\u0901\u0935</h1>" +
                                                                             filler_hi + "<p>" + kDamaged[0].damaged + "</p>" + filler_hi + "</article></main>"),
         kDamaged[0]},
        {"ru div soup", html_page("ru", "\u0414\u0435\u0440\u0435\u0432\u043D\u044F", "<div><div><a href=\"/\">\u2302</a></div><div><div><h1>\u0414\u0435\u0440\u0435\u0432\u043D\u044F</h1><div>" +
                                                                                          filler_ru + "</div><div>" + kDamaged[5].damaged + "</div><div>" + filler_ru + "</div></div></div></div>"),
         kDamaged[5]},
        {"en table layout", html_page("en", "Station", "<table><tr><td><a href=\"/\">Home</a></td></tr><tr><td><h1>Station</h1>" + filler_en + "<p>" +
                                                           kDamaged[6].damaged + " Trains stop twice an hour.</p>" + filler_en + "</td></tr></table>"),
         kDamaged[6]},
    };
    for (const P& p : pages) {
        CAPTURE(p.name);
        const std::string out = text_of(p.html);
        CHECK(has(out, std::string(p.c.plain).substr(0, std::string(p.c.plain).size() - 1)));
        CHECK_FALSE(has(out, p.c.damaged));
    }
}
