// A title's dateline (issue 18): a page whose title line (no heading: bold text) and date
// share one box printed them as one block, "Title 12 March 2024". The date line after the
// title in its box, the box's last text, goes; the title line stands alone. German in a table
// cell above a box of paragraphs, Spanish in a paragraph; a subtitle after the title, and a
// date followed by more of the box's text, stay.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

const char* kDeTitle = "Neue Radwege am Stadtpark fertiggestellt | Stadtanzeiger";
const char* kDeBody = "<table width=\"100%\"><tr><td><a href=\"/\">Stadtanzeiger</a> | <a href=\"/lokales\">Lokales</a> | <a href=\"/sport\">Sport</a></td></tr></table><table width=\"100%\" cellpadding=\"6\"><tr><td><b>Neue Radwege am Stadtpark fertiggestellt</b><br>Dienstag, 12. März 2024</td></tr></table><div class=\"txt\"><p>Nach acht Monaten Bauzeit sind die neuen Radwege rund um den Stadtpark seit Montag freigegeben. Sie verbinden den Bahnhof mit dem Schulzentrum und der Sporthalle am Nordring.</p><p>Die Stadt hat dafür rund 1,2 Millionen Euro ausgegeben, zwei Drittel davon kamen aus einem Förderprogramm des Landes.</p><p>Im Herbst sollen noch Fahrradbügel an den Eingängen des Parks folgen.</p></div><table width=\"100%\"><tr><td>© Stadtanzeiger · Impressum</td></tr></table>";
const char* kEsTitle = "El mercado municipal amplía su horario de tarde | Diario de la Comarca";
const char* kEsBody = "<div class=\"menu\"><a href=\"/\">Portada</a> <a href=\"/local\">Local</a> <a href=\"/deportes\">Deportes</a></div><div class=\"cuerpo\"><p><b>El mercado municipal amplía su horario de tarde</b><br>martes, 12 de marzo de 2024</p><div class=\"texto\"><p>Desde el próximo lunes, los puestos del mercado municipal abrirán también por la tarde de cinco a ocho, según acordó el ayuntamiento con la asociación de comerciantes tras varios meses de negociación.</p><p>La medida responde a la petición de los vecinos que trabajan por la mañana y que hasta ahora solo podían hacer la compra en los supermercados de las afueras.</p><p>El horario se revisará en verano, cuando muchos puestos cierran por vacaciones.</p></div></div><div class=\"pie\">Diario de la Comarca · Aviso legal</div>";

std::string replaced(std::string s, const std::string& from, const std::string& to) {
    const std::size_t at = s.find(from);
    REQUIRE(at != std::string::npos);
    return s.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("a date line glued after a title line in one box goes; the text stays") {
    SUBCASE("de, a table cell: the title in bold, a break, the date") {
        const std::string t = text_of(html_page("de", kDeTitle, kDeBody));
        CHECK_FALSE(has(t, "12. März 2024"));
        CHECK(has(t, "Nach acht Monaten Bauzeit"));
    }
    SUBCASE("es, a paragraph: the title in bold, a break, the date") {
        const std::string t = text_of(html_page("es", kEsTitle, kEsBody));
        CHECK_FALSE(has(t, "12 de marzo de 2024"));
        CHECK(has(t, "Desde el próximo lunes"));
    }
}

TEST_CASE("what follows a title line in its box stays when it is no date, or when the box goes on after the date") {
    SUBCASE("es: a subtitle after the title") {
        const std::string t = text_of(html_page("es", kEsTitle, replaced(kEsBody, "martes, 12 de marzo de 2024", "Los comerciantes abrirán de cinco a ocho")));
        CHECK(has(t, "Los comerciantes abrirán de cinco a ocho"));
    }
    SUBCASE("de: the date, then a sentence of the box") {
        const std::string t = text_of(html_page(
            "de", kDeTitle, replaced(kDeBody, "Dienstag, 12. März 2024", "Dienstag, 12. März 2024<br>Der Bauausschuss hatte die Strecke im Frühjahr des Vorjahres beschlossen.")));
        CHECK(has(t, "12. März 2024"));
        CHECK(has(t, "Der Bauausschuss hatte die Strecke"));
    }
}
