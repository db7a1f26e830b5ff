// A rights notice closing the article ("© 2024 Agency. All rights reserved.") is the page's,
// not the story's, wherever the template sets it:
// - as a line inside the body's box followed by chrome the region drops (a box of related
//   links): the text after the line is judged without what was dropped, so the line stands at
//   the article's edge (on 9740e01 the dropped links still counted and the line stayed);
// - as a paragraph of its own after the body's box: a short box that is itself the notice does
//   not join the article (on 9740e01 it joined as a short paragraph ending a sentence).
// English, German, Spanish; the article's paragraphs stay.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char *lang, *title;
    std::vector<std::string> paras;
    std::string rights;
    std::vector<std::string> related;
};

std::vector<Case> cases() {
    return {
        {"en", "Harbour ferry returns after winter repairs",
         {"The harbour ferry returned to service on Monday after four months in the dry dock, where its engines were rebuilt and the passenger deck was given new seats and a wider ramp.",
          "The operator said the crossing will run every twenty minutes from six in the morning until midnight, with a later boat on Fridays and Saturdays through the summer.",
          "Fares stay the same as last year, and monthly passes bought before the repairs remain valid until the end of June, a spokesperson for the port authority said."},
         "© 2024 Coastal Press Agency. All rights reserved.",
         {"Council approves new cycle lanes along the seafront promenade", "Fish market to open on Sundays from next month",
          "Lighthouse museum wins regional heritage award for its new exhibition", "Storm damage to the north pier will be repaired by the spring"}},
        {"de", "Hafenfähre fährt nach Winterreparatur wieder",
         {"Die Hafenfähre hat am Montag nach vier Monaten im Trockendock den Betrieb wieder aufgenommen; die Motoren wurden überholt und das Passagierdeck bekam neue Sitze und eine breitere Rampe.",
          "Die Überfahrt verkehrt nach Angaben des Betreibers alle zwanzig Minuten von sechs Uhr morgens bis Mitternacht, freitags und samstags im Sommer mit einem späteren Boot.",
          "Die Preise bleiben wie im Vorjahr, und vor den Reparaturen gekaufte Monatskarten gelten bis Ende Juni, sagte eine Sprecherin der Hafenbehörde."},
         "© 2024 Küstenpresse GmbH – Alle Rechte vorbehalten.",
         {"Stadtrat beschließt neue Radwege an der Strandpromenade", "Fischmarkt öffnet ab nächstem Monat auch sonntags",
          "Leuchtturmmuseum erhält regionalen Denkmalpreis für neue Ausstellung", "Sturmschäden an der Nordmole werden bis zum Frühjahr behoben"}},
        {"es", "El transbordador del puerto vuelve tras las reparaciones de invierno",
         {"El transbordador del puerto volvió a funcionar el lunes tras cuatro meses en el dique seco, donde se reconstruyeron sus motores y la cubierta recibió asientos nuevos y una rampa más ancha.",
          "La empresa dijo que la travesía saldrá cada veinte minutos desde las seis de la mañana hasta la medianoche, con un barco más tarde los viernes y sábados en verano.",
          "Las tarifas no cambian y los abonos mensuales comprados antes de las obras valen hasta finales de junio, dijo una portavoz de la autoridad portuaria."},
         "© 2024 Agencia de Prensa Costera. Todos los derechos reservados.",
         {"El ayuntamiento aprueba nuevos carriles bici en el paseo marítimo", "El mercado de pescado abrirá los domingos desde el mes próximo",
          "El museo del faro gana un premio regional de patrimonio", "Los daños del temporal en el muelle norte se repararán en primavera"}},
    };
}

// inside: the notice and the related links inside the body's box; else both after it.
std::string page(const Case& c, bool inside) {
    std::string b = R"(<div class="n1"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>)";
    b += std::string(R"(<div class="c7"><h1>)") + c.title + R"(</h1><div class="x2">)";
    for (const auto& p : c.paras) b += "<p>" + p + "</p>";
    if (!inside) b += "</div>";
    b += "<p>" + c.rights + R"(</p><div class="r4"><ul>)";
    int i = 0;
    for (const auto& l : c.related) b += "<li><a href=\"/n/" + std::to_string(i++) + "\">" + l + "</a></li>";
    b += "</ul></div></div>";
    if (inside) b += "</div>";
    b += R"(<div class="f1"><a href="/imprint">Imprint</a></div>)";
    return html_page(c.lang, c.title, b);
}

}  // namespace

TEST_CASE("a rights notice after the article goes, inside the body's box before dropped links or as a paragraph of its own") {
    for (const auto& c : cases()) {
        for (const bool inside : {true, false}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(inside);
            const std::string out = text_of(page(c, inside));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 40)));
            CHECK_FALSE(has(out, c.rights.substr(0, 20)));
            CHECK_FALSE(has(out, c.related[0]));
        }
    }
}
