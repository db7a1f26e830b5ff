// A single post's signature (issue 18): a page of one forum post, no thread to show the
// signature slot by repetition, closes its post with a rule and a short line (the writer's
// greeting, setup or motto). The line after the region's last rule, closing the box that holds
// the post's body and the region, short and not a sentence, goes with its rule. German in
// boxes of divs, Spanish in an old table layout; a closing note that is a sentence, and a rule
// followed by more of the text, stay.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

const char* kDeTitle = "Heizung springt nachts nicht an - Haustechnik-Forum";
const char* kDeBody = "<div class=\"kopf\"><a href=\"/\">Haustechnik-Forum</a> <a href=\"/foren\">Foren</a> <a href=\"/suche\">Suche</a> <a href=\"/login\">Anmelden</a></div><div class=\"wrap\"><h1>Heizung springt nachts nicht an</h1><div class=\"beitrag\" id=\"b1\"><div class=\"kopfzeile\"><a href=\"/u/77\">karlheinz</a> » 12.03.2024, 21:14</div><div class=\"inhalt\"><p>Seit letzter Woche springt unsere Gastherme nachts nicht mehr an, obwohl die Nachtabsenkung auf 17 Grad eingestellt ist. Am Morgen ist das Wohnzimmer dann kaum wärmer als 14 Grad.</p><p>Den Druck im System habe ich geprüft, er liegt bei 1,6 bar. Die Fehleranzeige bleibt leer, und tagsüber läuft alles ganz normal. Hat jemand eine Idee, woran das liegen könnte?</p><hr><div>Gruß aus dem Sauerland, Karlheinz – Baujahr 1978, Ölheizung seit 2011 raus</div></div></div></div><div class=\"fuss\">Impressum · Datenschutz · Kontakt</div>";
const char* kEsTitle = "Problema con el carburador de una Vespa 1985";
const char* kEsBody = "<table width=\"100%\"><tr><td><a href=\"/\">Foro Clásicas</a> | <a href=\"/buscar\">Buscar</a> | <a href=\"/registro\">Registro</a></td></tr></table><table width=\"100%\" cellpadding=\"4\"><tr><td colspan=\"2\"><b>Problema con el carburador de una Vespa 1985</b></td></tr><tr><td valign=\"top\" width=\"150\"><b>motero_sevilla</b></td><td valign=\"top\"><font size=\"2\">Hola a todos. Tengo una Vespa PX de 1985 que arranca bien en frío, pero cuando se calienta se ahoga y se para en los semáforos. Ya limpié el carburador dos veces y cambié la bujía.<br><br>¿Alguien sabe si puede ser el flotador o la aguja del carburador? No quiero gastar en piezas que no hacen falta.<br><br>Gracias de antemano.<hr size=\"1\" noshade><i>Vespa PX 200 (1985) · Lambretta LI 150 en restauración</i></font></td></tr></table><table width=\"100%\"><tr><td>© Foro Clásicas · Contacto</td></tr></table>";

}  // namespace

TEST_CASE("a single post's signature after a rule goes: a short line that closes the post and the region") {
    SUBCASE("de, boxes of divs") {
        const std::string t = text_of(html_page("de", kDeTitle, kDeBody));
        CHECK(has(t, "Den Druck im System habe ich geprüft"));
        CHECK_FALSE(has(t, "Gruß aus dem Sauerland"));
    }
    SUBCASE("es, an old table layout, the rule inside the message's <font>") {
        const std::string t = text_of(html_page("es", kEsTitle, kEsBody));
        CHECK(has(t, "Gracias de antemano"));
        CHECK_FALSE(has(t, "Lambretta LI 150"));
    }
}

TEST_CASE("a rule and a short line stay when the line is a sentence or the text goes on after it") {
    SUBCASE("de: a closing note that ends in a full stop is the text's") {
        std::string body = kDeBody;
        const std::string sig = "Gruß aus dem Sauerland, Karlheinz – Baujahr 1978, Ölheizung seit 2011 raus";
        body.replace(body.find(sig), sig.size(), "Nachtrag: Der Fühler sitzt an der Nordwand des Hauses.");
        const std::string t = text_of(html_page("de", kDeTitle, body));
        CHECK(has(t, "Der Fühler sitzt an der Nordwand"));
    }
    SUBCASE("es: a rule between two parts of the message, the second a short line, then more text") {
        std::string body = kEsBody;
        const std::string tail = "</i></font>";
        body.replace(body.find(tail), tail.size(), "</i><br><br>Un saludo desde Sevilla a todo el foro y gracias otra vez por la ayuda.</font>");
        const std::string t = text_of(html_page("es", kEsTitle, body));
        CHECK(has(t, "Lambretta LI 150"));
        CHECK(has(t, "Un saludo desde Sevilla"));
    }
}
