// A short post that shows a few things and lists them after a line closing on a colon, one
// numbered line each ("1. <link>", "2. <link>", ...), in one paragraph broken by line breaks:
// every line is a link to where the thing is found, so the paragraph is nearly all links and
// reads like a box of links (issue 18, round 48). Lines numbered 1, 2, 3 ... in order at the
// start of each line, right after the article's own line announcing them, are the article's
// list written as a paragraph. English, French, German; the break inside the link or after it
// (markups 1 and 2), a <div> numbered "1)" (markup 3). The share row and the related posts
// after the list still go.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    const char* title;
    std::string paras[3];
    const char* announce;
    std::vector<std::string> items;
    const char* related;
    std::vector<std::string> posts;
};

std::vector<Case> cases() {
    return {
        {"en", "Spring bowls",
         {"Every spring I go looking for new bowls for the kitchen, because the old ones get chipped over the winter and I "
          "like to have a few bright colours on the table when the days grow longer again.",
          "This year I found a handful of shops that sell hand-thrown pottery at fair prices, and I put my favourites "
          "together on one board so that you can see them side by side before you choose.",
          "Some of them are glazed inside only, which makes them lighter; the speckled ones are my own pick for soup."},
         "From left to right:",
         {"Speckled Stoneware Bowl", "Blue Rim Cereal Bowl", "Small Olive Dish by Hartley", "Terracotta Serving Bowl",
          "Cream Noodle Bowl", "Green Glazed Salad Bowl", "Striped Breakfast Bowl"},
         "Related posts:", {"Weekend - A new teapot", "Kitchen shelves, one year on", "Love this - Linen napkins"}},
        {"fr", "Bols de printemps",
         {"Chaque printemps je cherche de nouveaux bols pour la cuisine, parce que les anciens s'ébrèchent pendant l'hiver "
          "et que j'aime avoir quelques couleurs vives sur la table quand les jours rallongent.",
          "Cette année j'ai trouvé quelques boutiques qui vendent de la poterie tournée à la main à des prix honnêtes, et "
          "j'ai réuni mes préférés sur une planche pour que vous puissiez les comparer.",
          "Certains ne sont émaillés qu'à l'intérieur, ce qui les rend plus légers ; les mouchetés sont mon choix pour la soupe."},
         "De gauche à droite :",
         {"Bol en grès moucheté", "Bol à céréales bord bleu", "Petite coupelle olive", "Saladier en terre cuite",
          "Bol à nouilles crème", "Saladier émaillé vert", "Bol rayé du matin"},
         "Articles liés :", {"Week-end - Une nouvelle théière", "Les étagères de la cuisine", "Coup de cœur - Serviettes en lin"}},
        {"de", "Frühlingsschalen",
         {"Jeden Frühling suche ich neue Schalen für die Küche, weil die alten über den Winter Macken bekommen und ich "
          "ein paar kräftige Farben auf dem Tisch haben möchte, wenn die Tage wieder länger werden.",
          "Dieses Jahr habe ich einige Läden gefunden, die handgedrehte Keramik zu fairen Preisen verkaufen, und meine "
          "Lieblinge auf einer Tafel zusammengestellt, damit man sie nebeneinander sieht.",
          "Manche sind nur innen glasiert und deshalb leichter; die gesprenkelten sind meine Wahl für Suppe."},
         "Von links nach rechts:",
         {"Gesprenkelte Steingutschale", "Müslischale mit blauem Rand", "Kleine Olivenschale", "Servierschale aus Terrakotta",
          "Cremefarbene Nudelschale", "Grün glasierte Salatschale", "Gestreifte Frühstücksschale"},
         "Ähnliche Beiträge:", {"Wochenende - Eine neue Teekanne", "Küchenregale nach einem Jahr", "Liebling - Leinenservietten"}},
    };
}

std::string list(const Case& c, int markup) {
    std::string b = markup == 3 ? "<div>" : "<p>";
    for (std::size_t i = 0; i < c.items.size(); ++i) {
        const std::string num = std::to_string(i + 1) + (markup == 3 ? ") " : ". ");
        const std::string href = "http://shop" + std::to_string(i + 1) + ".example.com/item?id=" + std::to_string(4000 + i);
        const bool last = i + 1 == c.items.size();
        if (markup == 1)
            b += num + "<a href=\"" + href + "\">" + c.items[i] + (last ? "" : "<br />") + "</a>";
        else
            b += num + "<a href=\"" + href + "\">" + c.items[i] + "</a>" + (last ? "" : "<br />\n");
    }
    b += markup == 3 ? "</div>" : "</p>";
    return b;
}

std::string page(const Case& c, int markup) {
    std::string b = "<div id=\"top\"><ul class=\"menu\">";
    for (const char* item : {"Home", "Interior", "Kitchen", "Garden", "DIY", "Contact"})
        b += std::string("<li><a href=\"/c/") + item + "\">" + item + "</a></li>";
    b += "</ul></div><div class=\"colleft\"><div class=\"postitem\"><h1>" + std::string(c.title) + "</h1>";
    for (const auto& p : c.paras) b += "<p>" + p + "</p>";
    b += "<p><img src=\"/img/board.jpg\" alt=\"\"></p><p>" + std::string(c.announce) + "</p>" + list(c, markup);
    b += "<div class=\"share\"><a href=\"http://pin.example.net/?u=1\">Pin It</a></div><h3>" + std::string(c.related) +
         "</h3><div>";
    for (std::size_t i = 0; i < c.posts.size(); ++i)
        b += "<a href=\"/2012/0" + std::to_string(i + 1) + "/post\">" + c.posts[i] + "</a>";
    b += "</div></div></div><div class=\"foot\"><p>© 2012 A small blog</p></div>";
    return html_page(c.lang, c.title, b);
}

}  // namespace

TEST_CASE("extract: a numbered list written as linked lines of one paragraph after the article's colon line stays") {
    for (const auto& c : cases())
        for (int markup : {1, 2, 3}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            const std::string out = text_of(page(c, markup));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 60)));
            for (const auto& item : c.items) CHECK(has(out, item));
            for (const auto& post : c.posts) CHECK_FALSE(has(out, post));
        }
}
