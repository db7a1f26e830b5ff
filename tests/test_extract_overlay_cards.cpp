// Teaser cards whose link is laid over them: an <a href> with no content as a child of the card
// (CSS stretches it over the card), the card's title and summary in boxes of their own beside
// it, unlinked in the markup. The whole card is the link: its text counts as link text and the
// card as a linked headline, so a box of such cards after the article is a teaser list, not the
// article's end. An empty link set in a line of text (a byline whose author's name is left
// out: "von <a></a> am 20.06.2018") lays over nothing: the header box holding it (a linked
// path, the headline, the byline, the standfirst) stays. On 9740e01
// the cards' titles and summaries were read as the article's last paragraphs.
// German, English, Spanish. (A box of cards as long as a short body inside it halves the body's
// score by its link density, as a list of links there does.)
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Card {
    std::string title, summary;
};

struct Case {
    const char *lang, *title, *by, *more;
    std::string standfirst;
    std::vector<std::string> paras;
    std::vector<Card> cards;
};

std::vector<Case> cases() {
    return {
        {"de", "Der Kräutergarten an der Hütte blüht wieder", "von", "Mehr aus dem Blog",
         "Die Kräuter wachsen wieder direkt neben der Hütte und kommen frisch in die Küche.",
         {"Frischer Thymian, Oregano und Schnittlauch wachsen wieder direkt neben der Hütte, und der Wirt holt sie jeden Morgen für die Küche aus dem Beet.",
          "Angelegt hat den Garten vor drei Jahren eine Gruppe aus dem Dorf, die im Frühjahr die Erde heraufgetragen und die ersten Setzlinge gepflanzt hat.",
          "Wer mag, darf sich beim Abstieg ein paar Zweige mitnehmen; nur die Minze ist für den Tee der Hütte reserviert, bittet der Wirt.",
          "Im Sommer kommen inzwischen auch Schulklassen aus dem Tal herauf, um zu sehen, wie die Kräuter in dieser Höhe überhaupt gedeihen können.",
          "Der Wirt zeigt ihnen dann, welche Pflanzen den Frost vertragen und welche er im Herbst in Töpfen mit in die Stube nimmt."},
         {{"Neuer Wanderweg zum Gipfelkreuz eröffnet", "Nach zwei Sommern Arbeit ist der neue Steig fertig: kürzer, sicherer und mit zwei Rastplätzen unterwegs."},
          {"Hüttenabend mit Musik im August", "Am ersten Samstag im August spielt eine Kapelle aus dem Tal, dazu gibt es Kässpatzen aus der großen Pfanne."},
          {"Die Wintersaison beginnt früher", "Wegen des frühen Schnees öffnet die Hütte in diesem Jahr schon Mitte Dezember für Tourengeher und Rodler."}}},
        {"en", "The herb garden by the hut is in bloom again", "by", "More from the blog",
         "The herbs are growing right beside the hut again and go fresh into the kitchen.",
         {"Fresh thyme, oregano and chives are growing again right beside the hut, and the keeper picks them every morning for the kitchen.",
          "A group from the village laid out the garden three years ago, carrying the soil up in spring and planting the first seedlings by hand.",
          "Walkers may take a few sprigs on their way down; only the mint is kept for the hut's own tea, the keeper asks.",
          "In summer school classes now come up from the valley to see how herbs can grow at this height at all.",
          "The keeper shows them which plants stand the frost and which he takes into the parlour in pots in the autumn."},
         {{"New trail to the summit cross opens", "After two summers of work the new path is finished: shorter, safer and with two resting places on the way."},
          {"An evening of music at the hut in August", "On the first Saturday in August a band from the valley will play, with cheese noodles from the big pan."},
          {"The winter season starts earlier", "Because of the early snow the hut opens in mid-December this year for ski tourers and sledgers."}}},
        {"es", "El huerto de hierbas del refugio vuelve a florecer", "por", "Más del blog",
         "Las hierbas vuelven a crecer junto al refugio y pasan frescas a la cocina.",
         {"El tomillo, el orégano y el cebollino vuelven a crecer junto al refugio, y el guarda los recoge cada mañana para la cocina.",
          "Un grupo del pueblo plantó el huerto hace tres años, subiendo la tierra en primavera y poniendo a mano los primeros plantones.",
          "Quien quiera puede llevarse unas ramitas al bajar; solo la menta se guarda para el té del refugio, pide el guarda.",
          "En verano suben ahora clases de escuela desde el valle para ver cómo pueden crecer las hierbas a esta altura.",
          "El guarda les enseña qué plantas aguantan la helada y cuáles mete en macetas en la sala cuando llega el otoño."},
         {{"Se abre el nuevo sendero a la cruz de la cumbre", "Tras dos veranos de obras el nuevo camino está listo: más corto, más seguro y con dos zonas de descanso."},
          {"Una noche de música en el refugio en agosto", "El primer sábado de agosto tocará una banda del valle, con pasta al queso de la sartén grande."},
          {"La temporada de invierno empieza antes", "Por la nieve temprana el refugio abre este año a mediados de diciembre para esquiadores y trineos."}}},
    };
}

std::string page(const Case& c) {
    std::string b = R"(<div class="n1"><a href="/">Start</a> <a href="/blog">Blog</a> <a href="/karte">Karte</a></div>)";
    b += std::string(R"(<div class="a1"><div class="h2"><h5><a href="/">Start</a> › <a href="/blog">Blog</a></h5><h1>)") + c.title +
         R"(</h1><div class="au">)" + c.by + R"( <a href="/profile/.html"></a> <span>20.06.2018</span></div><h2>)" + c.standfirst +
         R"(</h2></div><div class="b3">)";
    for (const auto& p : c.paras) b += "<p>" + p + "</p>";
    b += std::string("<h3>") + c.more + R"(</h3><div class="m4">)";
    int i = 0;
    for (const auto& card : c.cards) {
        const std::string href = "/blog/" + std::to_string(i++);
        b += R"(<div class="k5"><a href=")" + href + R"("></a><div class="k6"><img src="/i.jpg" width="150" height="100" alt=""></div><div class="k7"><div class="k8">)" +
             card.title + R"(</div><div class="k9">)" + card.summary + "</div></div></div>";
    }
    b += R"(</div></div></div><div class="f1"><a href="/impressum">Impressum</a></div>)";
    return html_page(c.lang, c.title, b);
}

}  // namespace

TEST_CASE("teaser cards with a link laid over them are links: a box of them after the article goes; an empty link in a byline lays over nothing") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        const std::string out = text_of(page(c));
        CHECK(has(out, c.standfirst));
        for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 40)));
        for (const auto& card : c.cards) {
            CHECK_FALSE(has(out, card.title));
            CHECK_FALSE(has(out, card.summary.substr(0, 30)));
        }
    }
}
