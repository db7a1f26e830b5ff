// A rights notice at the article's end that goes on over the next lines of the same flow: old
// and hand-made templates write the publisher's notice as <br>-parted lines after the story,
// the copyright line first and its disclaimers under it ("© 2024 Verlag – no liability! / Photos
// may be symbolic images! / Readers' comments are not the editors' opinion!"). The copyright
// line went (extract_edge_lines.cpp); its continuation lines, each a short sentence of its
// own, stayed as the article's last words (on f408145). They are the notice's: the lines right
// after a dropped rights line in the same flow, up to a blank line or a block, go with it.
// A short line after a blank line (two breaks) is the article's again, and so is a paragraph.
// English, German, French; a bare <div> flow, a <font> flow in a table cell, a <td> flow.
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
    std::string rights;               // the copyright line (a linked sign and a disclaimer)
    std::vector<std::string> notes;   // its continuation lines
    std::string closing;              // a short closing line of the article's own
};

std::vector<Case> cases() {
    return {
        {"de", "Kreisliga: Heimniederlage in Abwesenheit des Trainers",
         {"Der Tabellenzweite verlor am Sonntag vor eigenem Publikum mit null zu drei, nachdem er in der ersten Halbzeit zwei Elfmeter vergeben hatte und kurz vor der Pause in Unterzahl geriet.",
          "Der Trainer war an diesem Wochenende im Urlaub und verfolgte das Spiel nur über den Liveticker, sein Vertreter stellte die Abwehr nach dem Platzverweis auf eine Dreierkette um.",
          "Am kommenden Samstag empfängt die Mannschaft den Tabellenführer, der bislang erst ein einziges Spiel in dieser Saison verloren hat und als klarer Favorit in die Partie geht."},
         "© Kreisblatt Medien - Alle Angaben ohne Gewähr!",
         {"Fotos sind ggf. beispielhafte Symbolbilder!", "Kommentare von Lesern stellen nicht die Meinung der Redaktion dar!"},
         "Anpfiff ist um 15 Uhr."},
        {"en", "Harbour ferry returns after winter repairs",
         {"The harbour ferry returned to service on Monday after four months in the dry dock, where its engines were rebuilt and the passenger deck was given new seats and a wider ramp.",
          "The operator said the crossing will run every twenty minutes from six in the morning until midnight, with a later boat on Fridays and Saturdays through the summer.",
          "Fares stay the same as last year, and monthly passes bought before the repairs remain valid until the end of June, a spokesperson for the port authority said."},
         "© Coastal Courier - All details without guarantee.",
         {"Photos may be symbolic images.", "Readers' comments do not reflect the views of the editors."},
         "The first boat leaves at six."},
        {"fr", "Le bac du port reprend du service après l'hiver",
         {"Le bac du port a repris du service lundi après quatre mois en cale sèche, où ses moteurs ont été reconstruits et le pont des passagers a reçu de nouveaux sièges et une rampe plus large.",
          "La traversée partira toutes les vingt minutes de six heures du matin jusqu'à minuit, avec un bateau plus tardif les vendredis et samedis pendant tout l'été, selon l'exploitant.",
          "Les tarifs restent ceux de l'an dernier et les abonnements mensuels achetés avant les travaux restent valables jusqu'à la fin du mois de juin, a indiqué une porte-parole du port."},
         "© Courrier du Littoral - Informations sans garantie !",
         {"Les photos peuvent être des images d'illustration.", "Les commentaires des lecteurs n'engagent pas la rédaction."},
         "Le premier bateau part à six heures."},
    };
}

enum class Markup { div_flow, font_cell, td_flow };

// The article's paragraphs, then the notice as <br> lines in the same box after them; with
// `closing`, a blank line and the article's short last line after the notice instead of its
// continuation lines.
std::string page(const Case& c, Markup m, bool closing) {
    std::string flow;
    for (const auto& p : c.paras) flow += "<p>" + p + "</p>\n";
    flow += "<br><br>\n<a href=\"/kontakt-impressum/\">" + c.rights.substr(0, c.rights.find(" - ")) + "</a>" +
            c.rights.substr(c.rights.find(" - ")) + "<br>\n";
    if (closing) {
        flow += "<br>\n" + c.closing + "<br>\n";
    } else {
        for (const auto& n : c.notes) flow += n + "<br>\n";
        flow += "<br>\n";
    }
    std::string b = R"(<div class="n1"><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></div>)";
    switch (m) {
        case Markup::div_flow:
            b += std::string(R"(<div class="c7"><h1>)") + c.title + "</h1>" + flow + "</div>";
            break;
        case Markup::font_cell:
            b += std::string(R"(<table><tr><td width="600"><font face="Arial" size="2"><b>)") + c.title + "</b><br>" + flow +
                 "</font></td></tr></table>";
            break;
        case Markup::td_flow:
            b += std::string(R"(<table width="780"><tr><td class="main"><h2>)") + c.title + "</h2>" + flow + "</td></tr></table>";
            break;
    }
    b += R"(<div class="f1"><a href="/imprint">Imprint</a> <a href="/privacy">Privacy</a></div>)";
    return html_page(c.lang, c.title, b);
}

}  // namespace

TEST_CASE("the lines right after a dropped rights notice in the same flow are the notice's") {
    for (const auto& c : cases()) {
        for (const Markup m : {Markup::div_flow, Markup::font_cell, Markup::td_flow}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(static_cast<int>(m));
            const std::string out = text_of(page(c, m, false));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 40)));
            CHECK_FALSE(has(out, c.rights.substr(c.rights.find(" - ") + 3)));
            for (const auto& n : c.notes) CHECK_FALSE(has(out, n));
        }
    }
}

TEST_CASE("a short line after a blank line under the notice is the article's") {
    for (const auto& c : cases()) {
        for (const Markup m : {Markup::div_flow, Markup::font_cell, Markup::td_flow}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(static_cast<int>(m));
            const std::string out = text_of(page(c, m, true));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 40)));
            CHECK(has(out, c.closing));
        }
    }
}
