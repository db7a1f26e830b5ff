// A box the page declares its article's body (schema.org itemprop="articleBody") is the article,
// even when one of its class tokens names chrome and a column of notes stands between it and the
// headline. Such tokens often say what the body holds or sits beside ("inline-promos",
// "has-social-share", "with-sidebar"), not what it is; before, the body was read as chrome and
// the column's notes about the authors and funders (prose, each under a heading) came out
// instead. English, German and Spanish; sections or plain boxes in the column.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

// The headline, then a column of notes (linked author names and the boxes given), then the
// declared body with the given class, inside one <article>, between a menu and a footer.
std::string page(const char* lang, const char* title, const std::string& authors, const std::string& notes,
                 const char* body_class, const std::string& paragraphs) {
    return html_page(lang, title,
                     "<div class=\"nav\"><a href=\"/\">Home</a> <a href=\"/city\">City</a> <a href=\"/science\">Science</a> "
                     "<a href=\"/culture\">Culture</a> <a href=\"/about\">About</a></div>"
                     "<article itemscope itemtype=\"http://schema.org/Article\"><header><h1 itemprop=\"headline\">" +
                         std::string(title) + "</h1><time datetime=\"2023-11-02\">2023-11-02</time></header>" +
                         "<div class=\"content-sidebar grid-four\">" + authors + notes + "</div>" +
                         "<div class=\"" + body_class + "\" itemprop=\"articleBody\">" + paragraphs + "</div></article>" +
                         "<footer><p>We are a nonprofit newsroom. Republish our articles for free, online or in print, under a "
                         "Creative Commons licence, as long as you keep the link to the original.</p><p><a href=\"/privacy\">"
                         "Privacy</a> · <a href=\"/terms\">Terms</a></p></footer>");
}

}  // namespace

TEST_CASE("a declared article body is the article whatever its class tokens say and wherever it stands") {
    SUBCASE("en, inline promos, notes in sections") {
        const std::string t = text_of(page("en", "Storm season starts early this year",
            "<section class=\"content-authors\"><h3>Authors</h3><ul><li><a href=\"/p/ann-rowe\">Ann Rowe</a>, Research Associate in Climate Science</li>"
            "<li><a href=\"/p/tom-field\">Tom Field</a>, Professor of Hydrology</li></ul></section>",
            "<section class=\"content-disclosure\"><h3>Disclosure statement</h3><p>Ann Rowe has received funding from the national research council.</p>"
            "<p>Tom Field has received funding from the national research council and the water board.</p></section>"
            "<section class=\"content-partners\"><h3>Partners</h3><p>The university provides funding as a member of the network. The network is funded by a research foundation, eight universities and two charities, and it is hosted by the universities of the region and a science academy.</p></section>",
            "grid-ten content-body entry-content inline-promos",
            "<p>The first autumn storm reached the west coast on Tuesday night, with gusts of more than a hundred kilometres an hour and heavy rain over hills that were already soaked.</p>"
            "<p>Forecasters had warned for days that the low would deepen quickly as it crossed the ocean, and it did: the pressure fell by more than twenty millibars in a single day.</p>"
            "<p>Trees still in full leaf came down across roads and railway lines, and some forty thousand homes were without power by the morning, most of them in rural valleys.</p>"
            "<p>Researchers say warmer seas give such storms more moisture to work with, which is why the rain, more than the wind, worries the people who manage the rivers.</p>"));
        CHECK(has(t, "The first autumn storm reached the west coast"));
        CHECK(has(t, "Researchers say warmer seas give such storms"));
        CHECK_FALSE(has(t, "Disclosure statement"));
        CHECK_FALSE(has(t, "has received funding from the national research council"));
    }
    SUBCASE("de, a share bar named on the body, notes in boxes") {
        const std::string t = text_of(page("de", "Neue Radwege für die Innenstadt",
            "<div class=\"content-authors\"><h3>Autorin</h3><p><a href=\"/autoren/lena-berg\">Lena Berg</a>, Redakteurin für Verkehr</p></div>",
            "<div class=\"content-about\"><h3>Über die Autorin</h3><p>Lena Berg schreibt seit zwölf Jahren über Verkehr, Stadtplanung und Umwelt in der Region.</p></div>"
            "<div class=\"content-funding\"><h3>Förderhinweis</h3><p>Die Recherche wurde von einer Stiftung für Lokaljournalismus unterstützt, die keinen Einfluss auf den Inhalt des Beitrags und auf die Auswahl der Quellen hatte. Die Stiftung wird von drei Verlagen, zwei Universitäten und vielen privaten Spendern getragen und veröffentlicht ihre Zahlen jedes Jahr.</p></div>",
            "artikel-text content has-social-share",
            "<p>Der Stadtrat hat am Dienstagabend beschlossen, bis zum nächsten Sommer vier neue Radwege durch die Innenstadt zu bauen, nachdem die Pläne drei Jahre lang diskutiert wurden.</p>"
            "<p>Die breiteste Strecke führt vom Bahnhof über den Marktplatz bis zur Universität, wo bisher Radfahrer und Busse sich eine enge Spur teilen mussten.</p>"
            "<p>Die Geschäftsleute am Markt hatten lange gegen den Wegfall der Parkplätze protestiert, stimmten aber einem Kompromiss mit einem neuen Parkhaus am Stadtrand zu.</p>"
            "<p>Die Bauarbeiten beginnen im März und sollen abschnittsweise erfolgen, damit die Straßen nie ganz gesperrt werden müssen.</p>"));
        CHECK(has(t, "Der Stadtrat hat am Dienstagabend beschlossen"));
        CHECK(has(t, "Die Bauarbeiten beginnen im März"));
        CHECK_FALSE(has(t, "Förderhinweis"));
        CHECK_FALSE(has(t, "Stiftung für Lokaljournalismus"));
    }
    SUBCASE("es, with-sidebar on the body") {
        const std::string t = text_of(page("es", "La biblioteca abre los domingos",
            "<section class=\"content-authors\"><h3>Autor</h3><p><a href=\"/autores/pablo-ruiz\">Pablo Ruiz</a>, periodista</p></section>",
            "<section class=\"content-bio\"><h3>Sobre el autor</h3><p>Pablo Ruiz es periodista y cubre la información local de la ciudad desde hace diez años, con especial atención a la educación.</p></section>"
            "<section class=\"content-transparency\"><h3>Transparencia</h3><p>Este medio recibe ayudas públicas para la digitalización que no condicionan su línea editorial ni la elección de los temas que trata. Las cuentas de la fundación que lo edita, con sus socios, donantes y patrocinadores, se publican cada año en su web.</p></section>",
            "cuerpo-noticia body with-sidebar",
            "<p>La biblioteca municipal abrirá también los domingos a partir del próximo mes, después de que el ayuntamiento aprobara la contratación de cuatro personas más.</p>"
            "<p>Los estudiantes llevaban dos años pidiendo más horas de sala de estudio, sobre todo en las semanas de exámenes, cuando las mesas se llenan antes de las diez.</p>"
            "<p>El horario de los domingos será de nueve de la mañana a dos de la tarde, y la sala infantil tendrá actividades de lectura cada semana.</p>"
            "<p>La concejala de cultura explicó que la medida se evaluará al final del curso y que, si funciona, se ampliará a las bibliotecas de los barrios.</p>"));
        CHECK(has(t, "La biblioteca municipal abrirá también los domingos"));
        CHECK(has(t, "La concejala de cultura explicó"));
        CHECK_FALSE(has(t, "Transparencia"));
        CHECK_FALSE(has(t, "ayudas públicas para la digitalización"));
    }
}
