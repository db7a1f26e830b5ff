// A byline row (issue 18, tests/test_extract_kinds5.cpp's comparison page): parts set apart by
// " · ", " | " or " • " (the writer's name, a labelled date, a reading time), the date in one
// part and every other part three words of letters at most, is a date line as "By Jane Doe ·
// March 12, 2024" is. The date line's words know English labels ("by", "updated"); a row
// labelled in another language ("di … · aggiornato il …", "von … | aktualisiert am …") held
// more unknown words than a date line may and stayed over the article. Italian under a heading
// in a <div> soup, German in a <p> of an HTML5 article, French in a table layout, Polish with a
// count; left alone, a clause beside a date, and a row with no date.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

// A page of a heading, the row under it and two paragraphs, in the markup given.
std::string row_page(const char* lang, const std::string& head, const std::string& row, const std::string& p1, const std::string& p2, int markup) {
    switch (markup) {
        case 0:
            return html_page(lang, "Pagina", "<div class=\"x1\"><a href=\"/\">Home</a> <a href=\"/a\">Guide</a></div><div class=\"x2\"><h1>" + head +
                                                  "</h1><div class=\"x3\">" + row + "</div><p>" + p1 + "</p><p>" + p2 + "</p></div><div class=\"x9\">© 2024</div>");
        case 1:
            return html_page(lang, "Seite", "<header><nav><a href=\"/\">Start</a> <a href=\"/b\">Blog</a></nav></header><main><article><h1>" + head + "</h1><p>" +
                                                row + "</p><p>" + p1 + "</p><p>" + p2 + "</p></article></main><footer>© 2024</footer>");
        default:
            return html_page(lang, "Page", "<table width=\"100%\"><tr><td><a href=\"/\">Accueil</a> | <a href=\"/c\">Carnets</a></td></tr><tr><td><b>" + head +
                                               "</b><br><font size=\"1\">" + row + "</font><br><br>" + p1 + "<br><br>" + p2 + "</td></tr></table>");
    }
}

}  // namespace

TEST_CASE("a byline row labelled in any language goes with its date; the article stays") {
    SUBCASE("it, a <div> soup") {
        const std::string t = text_of(row_page("it", "Come scegliere un robot aspirapolvere", "di Chiara Fontana · aggiornato il 12 marzo 2024",
                                               "Abbiamo provato per sei settimane cinque robot in un appartamento con parquet, tappeti e un gatto a pelo lungo.",
                                               "Nessun robot sostituisce del tutto la scopa, ma i modelli migliori tengono il pavimento pulito per giorni.", 0));
        CHECK(has(t, "Abbiamo provato per sei settimane"));
        CHECK(has(t, "Nessun robot sostituisce del tutto la scopa"));
        CHECK_FALSE(has(t, "Chiara Fontana"));
    }
    SUBCASE("de, a <p> in an HTML5 article") {
        const std::string t = text_of(row_page("de", "Hochbeet aus Lärche selbst bauen", "von Jutta Reimann | aktualisiert am 14. April 2024 | 6 Min. Lesezeit",
                                               "Nach drei Jahren mit gekauften Kästen aus Kiefer, die schon im zweiten Winter morsch wurden, wollte ich ein Hochbeet, das länger hält.",
                                               "Lärche ist harzreich und braucht keinen Anstrich, kostet aber etwas mehr als Fichte oder Kiefer aus dem Baumarkt.", 1));
        CHECK(has(t, "Nach drei Jahren mit gekauften Kästen"));
        CHECK(has(t, "Lärche ist harzreich"));
        CHECK_FALSE(has(t, "Jutta Reimann"));
    }
    SUBCASE("fr, a table layout") {
        const std::string t = text_of(row_page("fr", "Trois jours à pied dans le Vercors", "par Jeanne Dupont • mis à jour le 3 mars 2024 • 4 min de lecture",
                                               "Nous sommes partis de Villard-de-Lans un matin de brouillard, avec des sacs trop lourds et une carte au vingt-cinq millième.",
                                               "Le deuxième jour, la traversée des hauts plateaux nous a semblé interminable, sans un arbre ni une source pendant six heures.", 2));
        CHECK(has(t, "Nous sommes partis de Villard-de-Lans"));
        CHECK(has(t, "Le deuxième jour, la traversée"));
        CHECK_FALSE(has(t, "Jeanne Dupont"));
    }
    SUBCASE("pl, with a count of comments") {
        const std::string t = text_of(row_page("pl", "Jak wybrać pierwszy namiot", "Anna Nowak · zaktualizowano 5 marca 2024 · 12 komentarzy",
                                               "Pierwszy namiot powinien być przede wszystkim prosty w rozkładaniu, bo rozbija się go często po ciemku i w deszczu.",
                                               "Na wyjazdy z plecakiem wystarczy namiot dwuosobowy ważący poniżej dwóch kilogramów, z przedsionkiem na buty.", 0));
        CHECK(has(t, "Pierwszy namiot powinien być"));
        CHECK(has(t, "Na wyjazdy z plecakiem"));
        CHECK_FALSE(has(t, "Anna Nowak"));
    }
}

TEST_CASE("left alone: a clause beside a date, and a row of short parts with no date") {
    SUBCASE("de, a clause set apart from its date") {
        const std::string t = text_of(row_page("de", "Sonderausstellung im Stadtmuseum", "Die Ausstellung wurde wegen der großen Nachfrage verlängert · 12. März 2024",
                                               "Seit Januar zeigt das Stadtmuseum Fotografien aus den Werften der Nachkriegszeit, die meisten davon zum ersten Mal.",
                                               "Führungen gibt es jeden Sonntag um elf Uhr, für Schulklassen auch nach Vereinbarung unter der Woche.", 1));
        CHECK(has(t, "Die Ausstellung wurde wegen der großen Nachfrage verlängert"));
        CHECK(has(t, "Seit Januar zeigt das Stadtmuseum"));
    }
    SUBCASE("it, a row of facts with no date") {
        const std::string t = text_of(row_page("it", "Rifugio Alpe Bianca", "Quota 2.140 m · 38 posti letto · giugno–settembre",
                                               "Il rifugio si raggiunge in due ore e mezza dal parcheggio di Pian del Lago, seguendo il sentiero numero dodici.",
                                               "La cucina propone piatti della tradizione e il gestore consiglia di prenotare con almeno una settimana di anticipo.", 0));
        CHECK(has(t, "38 posti letto"));
        CHECK(has(t, "Il rifugio si raggiunge in due ore"));
    }
}
