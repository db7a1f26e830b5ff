// Extraction on sites nobody tuned for, round 5 (issue 18). Class and id names here are hashes,
// as a CSS toolchain writes them, so no word in them says what a box is.
// - A thread of two readers' posts after the article: two entries of one kind, each with a
//   portrait, a date line and no heading, are readers' posts as three would be, and stay out of
//   the article. English, German, Spanish. Two dated updates without portraits after the
//   article's prose are the article's own (an author's addenda) and stay.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

struct Entry {
    std::string name, date, text;
};

// An article's box: a headline, three paragraphs, links to the previous and next articles and, under a count heading, a list of
// two entries of one kind; with portraits, each entry an avatar, a name, a date line and a
// post; without, a date line and a paragraph.
std::string page(const char* lang, const std::string& title, const std::string (&paras)[3], const std::string& count,
                 const Entry& a, const Entry& b, bool portraits) {
    std::string html = std::string("<html lang=\"") + lang + "\"><head><title>" + title +
                       "</title></head><body><div class=\"q8x2kd\"><h1 class=\"m3vx9q\">" + title +
                       "</h1>";
    for (const auto& p : paras) html += "<p>" + p + "</p>";
    html += "<div class=\"mn4h\"><div><a href=\"/a/prev\">&laquo;</a></div><div><a href=\"/a/next\">&raquo;</a></div></div>"
            "<h3 class=\"k2x9vb\">" + count + "</h3><ol class=\"jw4n8d\">";
    int id = 0;
    for (const Entry* e : {&a, &b}) {
        html += "<li class=\"fx8d2q t" + std::to_string(++id) + "b9x\"><div class=\"d7c0sp\">";
        if (portraits)
            html += "<img class=\"v9bm0\" src=\"/p/" + std::to_string(id) + ".png\" width=\"40\" height=\"40\" alt=\"\">"
                    "<div class=\"gb5r2\"><cite>" + e->name + "</cite></div>";
        html += "<div class=\"z5c6q\"><a href=\"#c" + std::to_string(id) + "\">" + e->date + "</a></div><p>" + e->text + "</p>";
        if (portraits) html += "<div class=\"hr9z\"><a href=\"#r" + std::to_string(id) + "\">&#8617;</a></div>";
        html += "</div></li>";
    }
    return html + "</ol></div><div class=\"f0x1\"><a href=\"/\">&copy;</a></div></body></html>";
}

struct Case {
    const char* lang;
    std::string title;
    std::string paras[3];
    std::string count, updates;
    Entry a, b;
};

std::vector<Case> cases() {
    return {
        {"en", "Why slow gardens grow better soil",
         {"Leaving the beds alone for a season lets the fungi that bind the soil recover, and the worms return once the ground stops being turned every spring.",
          "We measured the organic matter in six plots over three years and found that the untouched ones gained almost twice as much as the dug ones did.",
          "The lesson is not that digging is wrong, but that the soil needs long pauses, and a gardener who waits is rewarded with a crumbly and dark earth."},
         "2 Comments", "Updates",
         {"Marta", "November 1, 2012", "This matches what I saw in my own allotment after a year of leaving it under straw and cardboard."},
         {"Owen", "November 7, 2012", "Thanks for writing this up. I had a setback with slugs when I stopped digging, so I am curious how you handled them in the plots."}},
        {"de", "Warum langsame Gärten besseren Boden haben",
         {"Wer die Beete eine Saison lang in Ruhe lässt, gibt den Pilzen Zeit, die den Boden zusammenhalten, und die Regenwürmer kehren zurück.",
          "Wir haben den Humusgehalt in sechs Parzellen über drei Jahre gemessen und festgestellt, dass die unberührten fast doppelt so viel gewonnen haben.",
          "Die Lehre ist nicht, dass Umgraben falsch ist, sondern dass der Boden lange Pausen braucht, und wer wartet, wird mit dunkler Erde belohnt."},
         "2 Kommentare", "Nachträge",
         {"Jutta", "3. März 2021", "Das deckt sich mit dem, was ich in meinem Schrebergarten nach einem Jahr unter Stroh beobachtet habe."},
         {"Lukas", "9. März 2021", "Danke für den Bericht. Bei mir kamen die Schnecken, als ich mit dem Umgraben aufgehört habe, wie sind Sie damit umgegangen?"}},
        {"es", "Por qué los huertos lentos tienen mejor suelo",
         {"Dejar los bancales en paz durante una temporada permite que se recuperen los hongos que unen el suelo, y las lombrices vuelven a la tierra.",
          "Medimos la materia orgánica en seis parcelas durante tres años y las que no se tocaron ganaron casi el doble que las que se cavaron cada año.",
          "La lección no es que cavar esté mal, sino que el suelo necesita pausas largas, y el hortelano que espera recibe una tierra oscura y suelta."},
         "2 comentarios", "Actualizaciones",
         {"Lucía", "12 de mayo de 2019", "Coincide con lo que vi en mi huerto después de un año cubierto con paja y cartón sin tocarlo."},
         {"Andrés", "15 de mayo de 2019", "Gracias por contarlo. A mí me llegaron las babosas cuando dejé de cavar, así que me pregunto cómo lo resolvieron ustedes."}},
    };
}

}  // namespace

TEST_CASE("class-blind: a thread of two posts with portraits after the article is not article text") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        const std::string out = text_of(page(c.lang, c.title, c.paras, c.count, c.a, c.b, true));
        CHECK(has(out, c.paras[0].substr(0, 40)));
        CHECK(has(out, c.paras[2].substr(0, 40)));
        CHECK_FALSE(has(out, c.a.text.substr(0, 30)));
        CHECK_FALSE(has(out, c.b.text.substr(0, 30)));
    }
}

TEST_CASE("class-blind: two dated updates without portraits after the article stay") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        const std::string out = text_of(page(c.lang, c.title, c.paras, c.updates, c.a, c.b, false));
        CHECK(has(out, c.paras[0].substr(0, 40)));
        CHECK(has(out, c.a.text.substr(0, 30)));
        CHECK(has(out, c.b.text.substr(0, 30)));
    }
}
