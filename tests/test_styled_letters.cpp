// Styled letters (styled_letters.cpp): words written in Mathematical Alphanumeric Symbols by a
// "bold text" generator, Arabic-script words left in their presentation forms by a PDF copy or an
// old renderer, and diacritics stacked on one letter ("zalgo"), all read as their plain letters,
// in text and through whole pages of three markups. Look-alikes stay: a lone math variable, the
// word ligature ﷺ, Arabic stored in visual order (folded it would read backwards), and orthographies whose marks compose (Vietnamese, polytonic Greek, Yoruba) or
// are vowel signs (Devanagari).
// On the base (d796075) every damaged case but none of the look-alikes failed.
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
    // mathematical bold / sans-serif bold words in prose
    {"en math bold", "Tickets are \U0001D41F\U0001D42B\U0001D41E\U0001D41E for children under twelve.",
     "Tickets are free for children under twelve."},
    {"de sans bold", "Die \U0001D5E1\U0001D5F2\U0001D602\U0001D5F2 Br\u00fccke wurde im Mai er\u00f6ffnet.",
     "Die Neue Br\u00fccke wurde im Mai er\u00f6ffnet."},
    {"es math bold", "La entrada es \U0001D420\U0001D42B\U0001D41A\U0001D42D\U0001D422\U0001D42C para los vecinos.",
     "La entrada es gratis para los vecinos."},
    {"fr sans bold", "La \U0001D5E9\U0001D5F2\U0001D5FB\U0001D601\U0001D5F2 aura lieu samedi matin.",
     "La Vente aura lieu samedi matin."},
    // Arabic-script words in presentation forms
    {"ar presentation forms", "\u0642\u0631\u0623 \u0627\u0644\u0637\u0641\u0644 \uFEDB\uFE98\uFE8E\uFE8F \u0627\u0644\u0642\u0635\u0635.",
     "\u0642\u0631\u0623 \u0627\u0644\u0637\u0641\u0644 \u0643\u062A\u0627\u0628 \u0627\u0644\u0642\u0635\u0635."},
    {"ar ta marbuta", "\u0641\u062A\u062D\u062A \uFEE3\uFEAA\uFEAD\uFEB3\uFE94 \u062C\u062F\u064A\u062F\u0629.",
     "\u0641\u062A\u062D\u062A \u0645\u062F\u0631\u0633\u0629 \u062C\u062F\u064A\u062F\u0629."},
    {"ur presentation forms", "\u0628\u0686\u06D2 \uFB90\uFE98\uFE8E\uFE91\uFBFF\uFB9F \u067E\u0691\u06BE\u062A\u06D2 \u06C1\u06CC\u06BA\u06D4",
     "\u0628\u0686\u06D2 \u06A9\u062A\u0627\u0628\u06CC\u06BA \u067E\u0691\u06BE\u062A\u06D2 \u06C1\u06CC\u06BA\u06D4"},
    {"fa lam-alef ligature", "\u0627\u06CC\u0646 \uFEFB\u0632\u0645 \u0627\u0633\u062A.", "\u0627\u06CC\u0646 \u0644\u0627\u0632\u0645 \u0627\u0633\u062A."},
    // marks stacked on one letter
    {"en zalgo", "The old mill turn\u0334\u0335\u0336\u0316ed again in spring.", "The old mill turned again in spring."},
    {"ru zalgo", "\u0411\u0438\u0431\u043B\u0438\u043E\u0442\u0435\u043A\u0430 \u043E\u0442\u043A\u0440\u044B\u043B\u0430\u0441\u044C \u0432 \u0441\u0435\u043B\u0435\u0337\u0338\u0321\u0322.",
     "\u0411\u0438\u0431\u043B\u0438\u043E\u0442\u0435\u043A\u0430 \u043E\u0442\u043A\u0440\u044B\u043B\u0430\u0441\u044C \u0432 \u0441\u0435\u043B\u0435."},
    {"el zalgo", "\u0397 \u03BB\u03AF\u03BC\u0334\u0317\u0318\u0319\u03BD\u03B7 \u03B3\u03AD\u03BC\u03B9\u03C3\u03B5.",
     "\u0397 \u03BB\u03AF\u03BC\u03BD\u03B7 \u03B3\u03AD\u03BC\u03B9\u03C3\u03B5."},
    {"es zalgo with a composing mark", "La plaza se llen\u00F3 de m\u0328\u0338\u0318\u00FAsica.", "La plaza se llen\u00F3 de m\u00FAsica."},
};

// Text that must come out as its NFC form, untouched otherwise.
const Case kLookAlikes[] = {
    {"Arabic stored in visual order", "\u0641\u062A\u062D\u062A \uFE94\uFEB3\uFEAD\uFEAA\uFEE3", "\u0641\u062A\u062D\u062A \uFE94\uFEB3\uFEAD\uFEAA\uFEE3"},
    {"a lone math variable", "Let \U0001D465 be the length of the bridge.", "Let \U0001D465 be the length of the bridge."},
    {"the word ligature", "\u0642\u0627\u0644 \u0627\u0644\u0646\u0628\u064A \uFDFA \u0630\u0644\u0643.", "\u0642\u0627\u0644 \u0627\u0644\u0646\u0628\u064A \uFDFA \u0630\u0644\u0643."},
    {"vi decomposed", "Vie\u0323\u0302t Nam", "Vi\u1EC7t Nam"},
    {"polytonic Greek decomposed", "\u03C9\u0314\u0342\u0345 \u03C6\u03AF\u03BB\u03B5", "\u1FA7 \u03C6\u03AF\u03BB\u03B5"},
    {"yo tone on a dotted vowel", "O\u0323\u0300j\u00F3 \u00E0ti \u00F2w\u00FAr\u1ECD\u0300", "\u1ECC\u0300j\u00F3 \u00E0ti \u00F2w\u00FAr\u1ECD\u0300"},
    {"hi vowel signs", "\u0915\u094D\u0937\u0924\u094D\u0930\u093F\u092F \u0915\u0940 \u0915\u0939\u093E\u0928\u0940", "\u0915\u094D\u0937\u0924\u094D\u0930\u093F\u092F \u0915\u0940 \u0915\u0939\u093E\u0928\u0940"},
    {"two marks on an IPA vowel", "[\u0254\u0303\u0301]", "[\u0254\u0303\u0301]"},
};

}  // namespace

TEST_CASE("styled letters: math bold words, presentation forms and mark stacks read as plain letters") {
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

TEST_CASE("styled letters: look-alikes keep their letters and marks") {
    const UnicodeOptions o;
    for (const Case& c : kLookAlikes) {
        CAPTURE(c.name);
        CHECK(normalize_text(c.damaged, o) == c.plain);
    }
}

TEST_CASE("styled letters: whole pages of three markups") {
    const std::string filler_en = "<p>The volunteers met every Saturday morning at the old station to paint the walls and build shelves.</p>";
    const std::string filler_ar = "<p>\u0627\u062C\u062A\u0645\u0639 \u0627\u0644\u0645\u062A\u0637\u0648\u0639\u0648\u0646 \u0643\u0644 \u0633\u0628\u062A \u0641\u064A \u0627\u0644\u0645\u062D\u0637\u0629 \u0627\u0644\u0642\u062F\u064A\u0645\u0629 \u0644\u0637\u0644\u0627\u0621 \u0627\u0644\u062C\u062F\u0631\u0627\u0646 \u0648\u0628\u0646\u0627\u0621 \u0627\u0644\u0631\u0641\u0648\u0641 \u0644\u0644\u0643\u062A\u0628.</p>";
    const std::string filler_ru = "<p>\u0414\u043E\u0431\u0440\u043E\u0432\u043E\u043B\u044C\u0446\u044B \u043A\u0430\u0436\u0434\u0443\u044E \u0441\u0443\u0431\u0431\u043E\u0442\u0443 \u0441\u043E\u0431\u0438\u0440\u0430\u043B\u0438\u0441\u044C \u0443 \u0441\u0442\u0430\u0440\u043E\u0439 \u0441\u0442\u0430\u043D\u0446\u0438\u0438, \u0447\u0442\u043E\u0431\u044B \u043F\u043E\u043A\u0440\u0430\u0441\u0438\u0442\u044C \u0441\u0442\u0435\u043D\u044B \u0438 \u0441\u043E\u0431\u0440\u0430\u0442\u044C \u043F\u043E\u043B\u043A\u0438.</p>";
    struct P {
        const char* name;
        std::string html;
        const Case& c;
    };
    const P pages[] = {
        {"en HTML5 article", html_page("en", "Station", "<header><nav><a href=\"/\">Home</a></nav></header><main><article><h1>Station</h1>" + filler_en +
                                                            "<p>" + kDamaged[0].damaged + " The station opens at nine.</p>" + filler_en + "</article></main>"),
         kDamaged[0]},
        {"de div soup", html_page("de", "Br\u00fccke", "<div><div><a href=\"/\">Start</a></div><div><div><h1>Br\u00fccke</h1><div>" + filler_en +
                                                               "</div><div>" + kDamaged[1].damaged + " Viele kamen zu Fu\u00df.</div><div>" + filler_en + "</div></div></div></div>"),
         kDamaged[1]},
        {"ar table layout", html_page("ar", "\u0645\u0643\u062A\u0628\u0629", "<table><tr><td><a href=\"/\">\u2302</a></td></tr><tr><td><h1>\u0645\u0643\u062A\u0628\u0629</h1>" +
                                                                                       filler_ar + "<p>" + kDamaged[4].damaged + "</p>" + filler_ar + "</td></tr></table>"),
         kDamaged[4]},
        {"ru HTML5 article", html_page("ru", "\u0421\u0435\u043B\u043E", "<main><article><h1>\u0421\u0435\u043B\u043E</h1>" + filler_ru + "<p>" + kDamaged[9].damaged +
                                                                               "</p>" + filler_ru + "</article></main>"),
         kDamaged[9]},
    };
    for (const P& p : pages) {
        CAPTURE(p.name);
        const std::string out = text_of(p.html);
        CHECK(has(out, std::string(p.c.plain).substr(0, std::string(p.c.plain).size() - 1)));
        CHECK_FALSE(has(out, p.c.damaged));
    }
}

// The byte screen skips ASCII runs eight bytes at a time (ascii_bytes_end): styled letters and
// mark pairs must be found at every offset within such a word and as a text's last bytes, after
// ASCII runs of every length up to two words.
TEST_CASE("styled letters: found at every offset after an ASCII run") {
    const UnicodeOptions o;
    const std::string run = "Abcdefghijklmnopq";
    for (std::size_t k = 0; k <= run.size(); ++k) {
        const std::string lead = run.substr(0, k) + (k ? " " : "");
        for (const Case& c : kDamaged) {
            CAPTURE(c.name);
            CAPTURE(k);
            CHECK(normalize_text(lead + c.damaged, o) == lead + c.plain);
        }
        // the styled word or the mark stack as the last bytes of the text
        CHECK(normalize_text(lead + "\U0001D41F\U0001D42B\U0001D41E\U0001D41E", o) == lead + "free");
        CHECK(normalize_text(lead + "mill\u0334\u0335\u0336", o) == lead + "mill");
        CHECK(normalize_text(lead + "\uFEDB\uFE98\uFE8E\uFE8F", o) == lead + "\u0643\u062A\u0627\u0628");
    }
}
