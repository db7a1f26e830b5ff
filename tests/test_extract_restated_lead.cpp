// A standfirst that the body says again: a news template sets the story's lead sentence over the
// body as its standfirst (the editor's excerpt of the story, cut from the body's own words), and
// the body then holds the same sentence as the opening of one of its paragraphs, in full, with
// more after it. The output held the sentence twice (on f408145), the first copy over the body.
// Repetition, not wording: a block of a sentence's length (14 words or more) whose whole text
// opens a later, longer paragraph of the article goes; the paragraph that goes on keeps it.
// A standfirst that is not repeated stays, and so does one that a paragraph only begins like.
// English, German, Spanish; the standfirst as <h2><p>, as a <p> of bold text, as a bare <div>.
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
    std::string lead;                 // the standfirst: the opening of paras[2]
    std::vector<std::string> paras;   // paras[2] opens with lead
    std::string other_lead;           // a standfirst of its own words
};

std::vector<Case> cases() {
    return {
        {"en", "Valley towns order a week of curfews as river keeps rising",
         "Invoking emergency powers granted under the regional flood regulation, the district commissioner ordered a curfew from Friday to Thursday in all the valley towns",
         {"Alarmed by the highest river level recorded in forty years, the regional government on Wednesday announced new restrictions in several districts, including the worst-hit valley towns.",
          "According to the water authority's evening bulletin, the river rose another thirty centimetres in twelve hours, and two more bridges were closed to traffic as a precaution.",
          "Invoking emergency powers granted under the regional flood regulation, the district commissioner ordered a curfew from Friday to Thursday in all the valley towns. Shops selling food and medicine may open in the mornings.",
          "Schools will stay closed for the whole week, and buses will run only to the shelters set up in the sports halls of the two largest towns on the hills above the river."},
         "The river is expected to peak on Saturday, forecasters said, and the curfews may be extended to the coast."},
        {"de", "Talgemeinden verhängen wegen Hochwasser eine Woche Ausgangssperre",
         "Unter Berufung auf die Befugnisse aus der Hochwasserverordnung des Landes hat der Landrat von Freitag bis Donnerstag eine Ausgangssperre für alle Gemeinden im Tal angeordnet",
         {"Beunruhigt durch den höchsten Pegelstand seit vierzig Jahren hat die Landesregierung am Mittwoch neue Einschränkungen für mehrere Kreise angekündigt, darunter die am stärksten betroffenen Talgemeinden.",
          "Nach dem Abendbericht des Wasserwirtschaftsamts stieg der Fluss binnen zwölf Stunden um weitere dreißig Zentimeter, zwei weitere Brücken wurden vorsorglich für den Verkehr gesperrt.",
          "Unter Berufung auf die Befugnisse aus der Hochwasserverordnung des Landes hat der Landrat von Freitag bis Donnerstag eine Ausgangssperre für alle Gemeinden im Tal angeordnet. Lebensmittelgeschäfte und Apotheken dürfen vormittags öffnen.",
          "Die Schulen bleiben die ganze Woche geschlossen, und Busse fahren nur noch zu den Notunterkünften in den Sporthallen der beiden größten Orte auf den Hügeln über dem Fluss."},
         "Der Scheitel der Flutwelle wird für Samstag erwartet, die Ausgangssperren könnten bis zur Küste ausgeweitet werden."},
        {"es", "Los pueblos del valle decretan una semana de toque de queda por la crecida",
         "En virtud de los poderes que otorga el reglamento regional de inundaciones, el delegado del distrito ordenó un toque de queda de viernes a jueves en todos los pueblos del valle",
         {"Alarmado por el nivel del río más alto en cuarenta años, el gobierno regional anunció el miércoles nuevas restricciones en varios distritos, entre ellos los pueblos del valle más afectados.",
          "Según el boletín vespertino de la autoridad del agua, el río subió otros treinta centímetros en doce horas y otros dos puentes se cerraron al tráfico por precaución.",
          "En virtud de los poderes que otorga el reglamento regional de inundaciones, el delegado del distrito ordenó un toque de queda de viernes a jueves en todos los pueblos del valle. Las tiendas de alimentos y las farmacias podrán abrir por las mañanas.",
          "Las escuelas seguirán cerradas toda la semana y los autobuses solo irán a los albergues instalados en los polideportivos de los dos pueblos más grandes de las colinas."},
         "Se espera que el río alcance su máximo el sábado, y los toques de queda podrían extenderse a la costa."},
    };
}

enum class Markup { h2_p, bold_p, bare_div };

std::string page(const Case& c, Markup m, const std::string& lead) {
    std::string b = R"(<div class="n1"><a href="/">Home</a> <a href="/news">News</a> <a href="/world">World</a></div>)";
    b += std::string(R"(<div class="story"><h1>)") + c.title + "</h1>";
    switch (m) {
        case Markup::h2_p: b += R"(<div class="k3"><h2><p>)" + lead + "</p></h2></div>"; break;
        case Markup::bold_p: b += "<p><strong>" + lead + "</strong></p>"; break;
        case Markup::bare_div: b += R"(<div class="s9">)" + lead + "</div>"; break;
    }
    b += R"(<div class="d4">Staff reporter | 9 July 2020</div><div class="b2">)";
    for (const auto& p : c.paras) b += "<p>" + p + "</p>";
    b += R"(</div></div><div class="f1"><a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a></div>)";
    return html_page(c.lang, c.title, b);
}

std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("a standfirst whose whole text opens a later paragraph of the body is said once") {
    for (const auto& c : cases()) {
        for (const Markup m : {Markup::h2_p, Markup::bold_p, Markup::bare_div}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(static_cast<int>(m));
            const std::string out = text_of(page(c, m, c.lead));
            CHECK(count(out, c.lead.substr(0, 60)) == 1);
            for (const auto& p : c.paras) CHECK(has(out, p));  // the paragraph that goes on keeps it
        }
    }
}

TEST_CASE("a standfirst of its own words, or one a paragraph only begins like, stays") {
    for (const auto& c : cases()) {
        for (const Markup m : {Markup::h2_p, Markup::bold_p, Markup::bare_div}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(static_cast<int>(m));
            const std::string own = text_of(page(c, m, c.other_lead));
            CHECK(has(own, c.other_lead));
            // The lead's first half, then other words: not the paragraph's opening.
            const std::string half = c.lead.substr(0, c.lead.find(',', 40)) + ", " + c.other_lead;
            const std::string differs = text_of(page(c, m, half));
            CHECK(has(differs, half));
            for (const auto& p : c.paras) CHECK(has(differs, p));
        }
    }
}
