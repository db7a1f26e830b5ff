// Round 55 of fresh noise (tools/gen_noise_round55.py, own texts in 12 languages and three page
// templates): the shapes that round found left on main fea7f14.
//   - tag characters (U+E0020-E007F) inside words: invisible, kept because they spell emoji flags;
//     outside a flag's tag sequence they are debris (18 of 18 left before);
//   - links whose whole text is a sign ("↗", "†", "*"), a note number "(2)" pointing inside the
//     page, the bracketed file type of the target "[PDF]", or a bracketed label the text says
//     nowhere else ("(enlace)", "(liên kết)"), between a word and a clause end (82 of 152 left).
// Look-alikes: a flag's tag sequence, a note number linking to another site, a bracketed word
// the text uses elsewhere, a sign link standing alone, a bracketed link inside a sentence.
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

std::string tags(const char* ascii) {
    std::string out;
    for (const char* p = ascii; *p; ++p) {
        const char32_t cp = 0xE0000 + static_cast<unsigned char>(*p);
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
    return out;
}

const char* const kFiller =
    " The council met again on Tuesday evening to discuss the plan, and the vote was postponed to the spring.";

}  // namespace

TEST_CASE("tag characters inside words go; a flag's tag sequence stays") {
    struct Case { std::string damaged, clean; };
    const Case cases[] = {
        {"Los primeros meses fueron dif\xC3\xAD" + tags("us") + "ciles para el grupo.", "Los primeros meses fueron dif\xC3\xAD" "ciles para el grupo."},
        {"\xD0\xA1\xD1\x82\xD1\x83\xD0\xB4" + tags("x1") + "\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8B", "\xD0\xA1\xD1\x82\xD1\x83\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8B"},
        {"The bridge opened upst" + tags("ab") + "ream in May.", "The bridge opened upstream in May."},
        {"Die Gemeinde " + tags("de") + "zahlt wieder.", "Die Gemeinde zahlt wieder."},
        {"\xE6\x98\xA0\xE7\x94\xBB" + tags("jp") + "\xE9\xA4\xA8", "\xE6\x98\xA0\xE7\x94\xBB\xE9\xA4\xA8"},
    };
    for (const auto& c : cases) CHECK(normalize_text(c.damaged, UnicodeOptions{}) == c.clean);
    // Scotland's flag: black flag, tags "gbsct", cancel tag.
    const std::string flag = "\xF0\x9F\x8F\xB4" + tags("gbsct") + "\xF3\xA0\x81\xBF";
    const std::string s = "Glasgow " + flag + " won.";
    CHECK(normalize_text(s, UnicodeOptions{}) == s);
}

TEST_CASE("linked marks between a word and a clause end go, in several languages and markups") {
    struct Case { const char* lang; std::string markup, kept, gone; };
    const Case cases[] = {
        // html5, an external-link arrow
        {"en", "<article><h1>Ferry</h1><p>Passenger numbers rose during the first summer <a href=\"https://x.example/a\" target=\"_blank\">\xE2\x86\x97</a>." + std::string(kFiller) + "</p></article>",
         "during the first summer.", "\xE2\x86\x97"},
        // div soup, a dagger note sign to a note of the page
        {"de", "<div class=\"c\"><div class=\"t\">Bibliothek</div><div class=\"b\"><p>Heute \xC3\xB6" "ffnen Freiwillige die R\xC3\xA4ume<a href=\"#fn1\">\xE2\x80\xA0</a>. Die Ausleihe l\xC3\xA4uft \xC3\xBC" "ber ein Heft, in das jeder seinen Namen schreibt, und das geht schon seit Jahren gut.</p></div></div>",
         "die R\xC3\xA4ume. Die", "\xE2\x80\xA0"},
        // table layout, a note number pointing inside the page
        {"ru", "<table><tr><td><h2>\xD0\xA2\xD1\x80\xD0\xB0\xD0\xBC\xD0\xB2\xD0\xB0\xD0\xB9</h2><p>\xD0\xA0\xD0\xB0\xD0\xB1\xD0\xBE\xD1\x82\xD1\x8B \xD1\x80\xD0\xB0\xD0\xB7\xD0\xB4\xD0\xB5\xD0\xBB\xD0\xB8\xD0\xBB\xD0\xB8 \xD0\xBD\xD0\xB0 \xD1\x83\xD1\x87\xD0\xB0\xD1\x81\xD1\x82\xD0\xBA\xD0\xB8 <a href=\"#r2\">(2)</a>. \xD0\x9F\xD0\xB5\xD1\x80\xD0\xB2\xD1\x8B\xD0\xB5 \xD0\xB2\xD0\xB0\xD0\xB3\xD0\xBE\xD0\xBD\xD1\x8B \xD0\xB2\xD1\x8B\xD1\x88\xD0\xBB\xD0\xB8 \xD0\xBD\xD0\xB0 \xD0\xBB\xD0\xB8\xD0\xBD\xD0\xB8\xD1\x8E \xD0\xB2 \xD1\x81\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8F\xD0\xB1\xD1\x80\xD0\xB5, \xD0\xB8 \xD1\x81\xD1\x82\xD1\x83\xD0\xB4\xD0\xB5\xD0\xBD\xD1\x82\xD1\x8B \xD0\xB4\xD0\xBE\xD0\xB2\xD0\xBE\xD0\xBB\xD1\x8C\xD0\xBD\xD1\x8B.</p></td></tr></table>",
         "\xD1\x83\xD1\x87\xD0\xB0\xD1\x81\xD1\x82\xD0\xBA\xD0\xB8. ", "(2)"},
        // html5, the target's file type
        {"fr", "<main><article><h1>Horloger</h1><p>Il a accept\xC3\xA9 de former deux apprentis du lyc\xC3\xA9" "e <a href=\"/docs/convention.pdf\">[PDF]</a>. L'un d'eux d\xC3\xA9monte d\xC3\xA9sormais seul les mouvements les plus d\xC3\xA9licats de l'atelier.</p></article></main>",
         "du lyc\xC3\xA9" "e. L'un", "[PDF]"},
        // div soup, a label the text says nowhere else
        {"es", "<div id=\"post\"><p>Con la ayuda de estudiantes, el grupo instal\xC3\xB3 riego por goteo <a href=\"https://x.example/riego\">(enlace)</a>, y hoy la azotea produce lo suficiente para tres puestos durante todo el verano.</p></div>",
         "por goteo, y hoy", "(enlace)"},
        // html5, Japanese: an arrow before the full stop
        {"ja", "<article><p>\xE6\x9C\x80\xE5\x88\x9D\xE3\x81\xAE\xE4\xB8\x8A\xE6\x98\xA0\xE4\xBC\x9A\xE3\x81\xAB\xE6\x9D\xA5\xE3\x81\x9F\xE3\x81\xAE\xE3\x81\xAF\xE5\x8D\x81\xE4\xBA\xBA\xE3\x81\xBB\xE3\x81\xA9\xE3\x81\xA0\xE3\x81\xA3\xE3\x81\x9F<a href=\"https://x.example/j\">\xE2\x86\x97</a>\xE3\x80\x82\xE4\xBB\x8A\xE3\x81\xA7\xE3\x81\xAF\xE8\xBF\x91\xE3\x81\x8F\xE3\x81\xAE\xE7\x94\xBA\xE3\x81\x8B\xE3\x82\x89\xE3\x82\x82\xE3\x83\x90\xE3\x82\xB9\xE3\x81\xA7\xE8\xA6\xB3\xE5\xAE\xA2\xE3\x81\x8C\xE9\x9B\x86\xE3\x81\xBE\xE3\x82\x8B\xE3\x80\x82</p></article>",
         "\xE3\x81\xA0\xE3\x81\xA3\xE3\x81\x9F\xE3\x80\x82", "\xE2\x86\x97"},
    };
    for (const auto& c : cases) {
        const std::string out = text_of(html_page(c.lang, "t", c.markup));
        CAPTURE(out);
        CHECK(has(out, c.kept));
        CHECK_FALSE(has(out, c.gone));
    }
}

TEST_CASE("linked marks: look-alikes stay") {
    // A note number linking to another site is a reference.
    std::string out = text_of(html_page("en", "t", "<article><p>The survey was repeated twice <a href=\"https://x.example/s\">(2)</a>." + std::string(kFiller) + "</p></article>"));
    CHECK(has(out, "twice (2)."));
    // A bracketed word the text uses elsewhere is the text's own.
    out = text_of(html_page("en", "t", "<article><p>The agency UNHCR said the camp was full. Its head spoke for the agency <a href=\"https://x.example/u\">(UNHCR)</a>." + std::string(kFiller) + "</p></article>"));
    CHECK(has(out, "(UNHCR)"));
    // A bracketed link inside a sentence, not before a clause end.
    out = text_of(html_page("de", "t", "<article><p>Der Bericht <a href=\"https://x.example/b\">(Anhang)</a> nennt drei Gr\xC3\xBC" "nde f\xC3\xBC" "r den Aufschub." + std::string(kFiller) + "</p></article>"));
    CHECK(has(out, "(Anhang)"));
    // Two words with a capital, or a common word among them, are a remark, not a label.
    out = text_of(html_page("de", "t", "<article><p>Die Messe wurde verschoben, wie wir schon im Fr\xC3\xBChjahr sagten <a href=\"https://x.example/m\">(wir berichteten)</a>." + std::string(kFiller) + "</p></article>"));
    CHECK(has(out, "(wir berichteten)"));
    out = text_of(html_page("en", "t", "<article><p>The fair was moved again this year <a href=\"https://x.example/f\">(Herald reported)</a>." + std::string(kFiller) + "</p></article>"));
    CHECK(has(out, "(Herald reported)"));
    // A [PDF] that is not the target's type is not a type tag (a label used once still goes:
    // here the word is used again).
    out = text_of(html_page("en", "t", "<article><p>Our PDF guide explains it, see the guide <a href=\"https://x.example/g.html\">[PDF]</a>." + std::string(kFiller) + "</p></article>"));
    CHECK(has(out, "[PDF]"));
}

TEST_CASE("a logger's header goes with the stack frame it opens, as a line and glued into prose") {
    struct Case { const char* lang; std::string markup, kept, gone; };
    const std::string frame = "ERROR 2026-03-01 12:30:07 [main] at com.site.render.Page.build(Page.java:123)";
    const Case cases[] = {
        {"pl", "<article><p>Na dachu szpitala miejskiego stan\xC4\x99\xC5\x82o sze\xC5\x9B\xC4\x87 uli, kt\xC3\xB3rymi opiekuje si\xC4\x99 grupa lekarzy.</p><p>" + frame + "</p><p>Pomys\xC5\x82 narodzi\xC5\x82 si\xC4\x99 podczas przerwy na kaw\xC4\x99, gdy jedna z piel\xC4\x99gniarek opowiada\xC5\x82a o pasiece.</p></article>",
         "o pasiece.", "2026-03-01"},
        {"it", "<div class=\"post\"><p>Gli attrezzi sono appesi alle pareti e i volontari spiegano come cambiare " + frame + " una camera d'aria o regolare i freni della bicicletta.</p></div>",
         "cambiare una camera", "12:30:07"},
        {"fr", "<table><tr><td><p>Faute de successeur, il a accept\xC3\xA9 de former deux apprentis envoy\xC3\xA9s par le lyc\xC3\xA9" "e professionnel. " + frame + "</p></td></tr></table>",
         "lyc\xC3\xA9" "e professionnel.", "ERROR"},
    };
    for (const auto& c : cases) {
        const std::string out = text_of(html_page(c.lang, "t", c.markup));
        CAPTURE(out);
        CHECK(has(out, c.kept));
        CHECK_FALSE(has(out, c.gone));
    }
    // A date and a time in prose, no frame: the text's.
    const std::string out = text_of(html_page("de", "t", "<article><p>Der Server fiel am 2026-03-01 um 12:30:07 aus, und die Seite war eine Stunde lang nicht erreichbar. Die Techniker fanden den Fehler erst am Abend.</p></article>"));
    CHECK(has(out, "am 2026-03-01 um 12:30:07 aus"));
}
