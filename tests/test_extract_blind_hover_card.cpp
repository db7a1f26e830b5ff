// A byline's hover card (issue 18, class-blind round 47). In the byline's box, after the
// writer's name, a box the page shows on hover opens with the portrait and the same name again,
// linking where the byline's name links, and goes on about the writer: a job title, a bio, the
// latest article, counts of posts. Class names here are hashes, so no name says "byline" or
// "card": the repeated name and its link say it. The card is no part of the article; the
// article's paragraphs stay, and so does a menu whose lines open with a link said before.
// English, French, Polish; the card as a <div> after the name (markup 1) or as an <aside> in a
// <span> row (markup 2).
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    const char* title;
    const char* by;
    const char* name;
    const char* job;
    std::string bio, latest;
    const char* counts[2];
    std::string paras[4];
};

std::vector<Case> cases() {
    return {
        {"en", "Fuel economy rises again as a carmaker files for bankruptcy", "By", "Martin Holloway", "Social Media Manager",
         "Martin runs our social channels and video, and also reports the latest motoring news. A native of the lake country, he has "
         "driven more than two hundred new cars...",
         "Six months with a small hatchback: what went wrong with the screen and the radio, and what the dealer did about it.",
         {"924 articles", "45 comments"},
         {"The average fuel economy of new vehicles sold this year rose again, to a little over ten litres per hundred kilometres, the agency's monthly figures show.",
          "We drove the new hybrid version of the family saloon and compared it with the diesel, which still wins on the motorway but loses in town.",
          "A carmaker that sold small cars and motorcycles here for thirty years has stopped selling cars and filed for protection from its creditors.",
          "The maker of an electric sports car said the battery packs were not to blame for the fires after the floods, and that it would pay for the damage."}},
        {"fr", "La consommation baisse encore et un constructeur dépose le bilan", "Par", "Julien Marchand", "Responsable des réseaux sociaux",
         "Julien s'occupe de nos réseaux sociaux et de nos vidéos, et suit aussi l'actualité automobile. Originaire de Bretagne, il a "
         "conduit plus de deux cents voitures neuves...",
         "Six mois avec une petite citadine : ce qui n'a pas marché avec l'écran et la radio, et ce que le garage a fait pour le réparer.",
         {"924 articles", "45 commentaires"},
         {"La consommation moyenne des voitures neuves vendues cette année a encore baissé, à un peu plus de six litres aux cent kilomètres, selon les chiffres du mois.",
          "Nous avons conduit la nouvelle version hybride de la berline familiale et l'avons comparée au diesel, qui gagne encore sur autoroute mais perd en ville.",
          "Un constructeur qui vendait ici des petites voitures et des motos depuis trente ans a cessé de vendre des voitures et s'est placé sous la protection du tribunal.",
          "Le fabricant d'une voiture de sport électrique a assuré que les batteries n'étaient pas en cause dans les incendies après les inondations."}},
        {"pl", "Spalanie znów spada, a producent ogłasza upadłość", "Autor:", "Tomasz Wróblewski", "Kierownik mediów społecznościowych",
         "Tomasz prowadzi nasze media społecznościowe i wideo, a także pisze o najnowszych wiadomościach motoryzacyjnych. Pochodzi z "
         "Mazur i przejechał ponad dwieście nowych samochodów...",
         "Pół roku z małym hatchbackiem: co zawiodło w ekranie i radiu, i co zrobił z tym serwis dealera.",
         {"924 artykuły", "45 komentarzy"},
         {"Średnie spalanie nowych samochodów sprzedanych w tym roku znów spadło, do nieco ponad sześciu litrów na sto kilometrów, wynika z miesięcznych danych.",
          "Jeździliśmy nową hybrydową wersją rodzinnego sedana i porównaliśmy ją z dieslem, który wciąż wygrywa na autostradzie, ale przegrywa w mieście.",
          "Producent, który od trzydziestu lat sprzedawał tu małe samochody i motocykle, przestał sprzedawać samochody i złożył wniosek o ochronę przed wierzycielami.",
          "Producent elektrycznego auta sportowego zapewnił, że akumulatory nie były przyczyną pożarów po powodzi, i że pokryje szkody."}},
    };
}

// The article: its headline, and in the body's box the byline's box (the name and, after it,
// the card), a date row, and the paragraphs.
std::string page(const Case& c, bool aside) {
    const std::string profile = "/people/1_writer";
    const std::string name_link = "<a href=\"" + profile + "\">" + c.name + "</a>";
    std::string card = std::string("<a href=\"") + profile + "\"><img src=\"/p/w.jpg\" alt=\"\"></a><span class=\"q2g\">" + name_link +
                       "</span><div class=\"c6p\"><span>" + c.job + "</span><span>BIO</span><div class=\"k3m\">" + c.bio + " <a href=\"" +
                       profile + "\">&#8230;</a></div></div><div class=\"g5x\"><strong><a href=\"/news/7\">" + c.latest +
                       "</a></strong></div><ul><li>" + c.counts[0] + "</li><li>" + c.counts[1] + "</li></ul>";
    std::string body = std::string("<div class=\"r1x\"><h1>") + c.title + "</h1><div class=\"m5b\"><div class=\"l4q\"><div class=\"b0w\">" + c.by + " <a href=\"" +
                       profile + "\"><img src=\"/p/w.jpg\" alt=\"\"></a> ";
    if (!aside) body += "<span class=\"q2g\">" + name_link + "</span><div class=\"l9k\">" + card + "</div>";
    else body += "<span class=\"q2g\">" + name_link + "<aside class=\"l9k\">" + card + "</aside></span>";
    body += "</div></div><div class=\"t8n\"><span>2012-11-06</span></div>";
    for (const auto& p : c.paras) body += "<p>" + p + "</p>";
    body += "</div></div><div class=\"f5f\"><a href=\"/\">&copy;</a></div>";
    return html_page(c.lang, c.title, body);
}

}  // namespace

TEST_CASE("class-blind: a byline's hover card, its name said again with the byline's link, is no part of the article") {
    for (const auto& c : cases())
        for (const bool aside : {false, true}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(aside);
            const std::string out = text_of(page(c, aside));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 40)));
            CHECK_FALSE(has(out, c.job));
            CHECK_FALSE(has(out, c.bio.substr(0, 40)));
            CHECK_FALSE(has(out, c.latest.substr(0, 40)));
            CHECK_FALSE(has(out, c.counts[0]));
        }
}

TEST_CASE("a menu's lines that open with a dish linked before stay: paragraphs are no hover cards") {
    const std::string dish = "<a href=\"/recipes/chili\">Slow Cooker Beef Chili</a>";
    std::string body = "<div class=\"m5b\"><h1>A week of meals for a training block</h1>"
                       "<p>Plan the week around a few dishes you can cook once and eat twice, and keep the snacks simple.</p>";
    const char* sides[3] = {"1 Tbsp. cilantro or green onions (optional), 10 olives", "a side salad with two eggs and an apple",
                            "a bowl of brown rice and a handful of spinach, with lemon"};
    for (int day = 0; day < 3; ++day)
        body += "<h3>Day " + std::to_string(day + 1) + "</h3><p>Breakfast: oats with berries, walnuts and a spoon of honey, and coffee.</p><p>" +
                dish + ", " + sides[day] + "</p>";
    body += "</div>";
    const std::string out = text_of(html_page("en", "A week of meals", body));
    for (const char* s : sides) CHECK(has(out, s));
}
