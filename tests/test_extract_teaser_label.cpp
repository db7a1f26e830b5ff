// An inline teaser between the article's paragraphs (extract_teaser_lines.cpp): a paragraph of a
// label closed by a colon and one link of a headline's length. The label may run to six words
// ("Das könnte Dich auch interessieren:", "You might also be interested in:", "Ces articles
// pourraient aussi vous intéresser :"); on 9740e01 labels of five and six words were read as
// the article's sentence and the line stayed. A sentence of seven words before a colon and a
// link is the article's own (a source it names), and stays.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

std::string page(const char* lang, const char* title, const std::string (&paras)[4], const std::string& teaser) {
    std::string b = R"(<div class="n1"><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/kultur">Kultur</a></div><div class="a1"><h1>)";
    b += std::string(title) + R"(</h1><div class="b2">)";
    b += "<p>" + paras[0] + "</p><p>" + paras[1] + "</p>" + teaser + "<p>" + paras[2] + "</p><p>" + paras[3] + "</p>";
    b += R"(</div></div><div class="f3"><a href="/impressum">Impressum</a></div>)";
    return html_page(lang, title, b);
}

const std::string kDe[4] = {
    "Der Fackellauf für die Winterspiele hat am Mittwoch in Peking begonnen, mit einer kleinen Feier vor geladenen Gästen im Olympiapark.",
    "Wegen der strengen Auflagen dauert der Lauf nur drei Tage und führt durch die drei Austragungsorte der Spiele in und um die Hauptstadt.",
    "Zuschauer sind an der Strecke nur an wenigen Stellen zugelassen, und wer dabei sein will, muss vorher einen negativen Test vorweisen.",
    "Das Feuer soll am Freitag im Nationalstadion eintreffen, wo am Abend die Eröffnungsfeier mit rund dreitausend Mitwirkenden stattfindet."};
const std::string kEn[4] = {
    "The torch relay for the winter games began in Beijing on Wednesday with a small ceremony for invited guests in the Olympic park.",
    "Because of strict rules the relay lasts only three days and passes through the three venues of the games in and around the capital.",
    "Spectators are allowed along the route at only a few places, and anyone who wants to watch must show a negative test beforehand.",
    "The flame is due to arrive at the national stadium on Friday, where about three thousand performers will take part in the opening."};
const std::string kFr[4] = {
    "Le relais de la flamme des Jeux d'hiver a commencé mercredi à Pékin par une petite cérémonie réservée aux invités dans le parc olympique.",
    "En raison de règles strictes, le relais ne dure que trois jours et traverse les trois sites des Jeux dans la capitale et autour d'elle.",
    "Les spectateurs ne sont admis qu'à quelques endroits du parcours, et ceux qui veulent y assister doivent présenter un test négatif.",
    "La flamme doit arriver vendredi au stade national, où environ trois mille artistes participeront à la cérémonie d'ouverture."};

}  // namespace

TEST_CASE("an inline teaser under a label of five or six words closed by a colon goes; a sentence naming a source before its link stays") {
    SUBCASE("de") {
        const std::string out = text_of(page("de", "Fackellauf in Peking hat begonnen", kDe,
            R"(<div><b>Das könnte Dich auch interessieren: </b><a href="/olympia/biathlon-staffel-gold">Biathlon-Staffel holt Gold im letzten Rennen</a></div>)"));
        CHECK(has(out, kDe[1].substr(0, 40)));
        CHECK(has(out, kDe[2].substr(0, 40)));
        CHECK_FALSE(has(out, "Biathlon-Staffel holt Gold"));
    }
    SUBCASE("en") {
        const std::string out = text_of(page("en", "Torch relay begins in Beijing", kEn,
            R"(<p><strong>You might also be interested in:</strong> <a href="/olympics/relay-team-wins-gold">Relay team wins gold in the final race</a></p>)"));
        CHECK(has(out, kEn[2].substr(0, 40)));
        CHECK_FALSE(has(out, "Relay team wins gold"));
    }
    SUBCASE("fr") {
        const std::string out = text_of(page("fr", "Le relais de la flamme commence à Pékin", kFr,
            R"(<p>Ces articles pourraient aussi vous intéresser : <a href="/jo/relais-or">Le relais décroche l'or dans la dernière course</a></p>)"));
        CHECK(has(out, kFr[2].substr(0, 40)));
        CHECK_FALSE(has(out, "Le relais décroche l'or"));
    }
    SUBCASE("en: seven words before the colon are the article's sentence") {
        const std::string out = text_of(page("en", "Torch relay begins in Beijing", kEn,
            R"(<p>The organisers published the full route of the relay here: <a href="/docs/torch-relay-route-map">Torch relay route and timetable for spectators</a></p>)"));
        CHECK(has(out, "Torch relay route and timetable"));
    }
}
