// The fallback when the chosen region keeps almost nothing (issue 18: never the wrong block).
// A recipe page: a lightbox of photos before the headline wins on its name ("…-content") and
// sits far from the title, so the choice moves to the box right under the title: a rating
// prompt of one sentence and two buttons, also named "…-content", 60-odd characters. Cleaning
// it keeps one line. The steps, a box of <br>-separated sentences below a long ingredient table,
// hold ten times its text. Before, a core of 50+ characters was kept unedited (the prompt and
// its buttons were the page's article); now the candidate outside it holding four times its text
// as prose is cleaned like any region. German with hashed-looking names, French in HTML5
// sections, Japanese (its shorter sentences gather the title's box and the steps as one split
// article instead: the steps are kept either way); and a short post whose core is its own text stays.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct RecipeWords {
    const char* prompt;    // the rating prompt under the title (one sentence)
    const char* show;      // its two buttons
    const char* sign_in;
    const char* photo;     // each photo's prompt in the lightbox
    const char* steps;     // the steps: sentences parted by <br><br>
};

std::string recipe_page(const char* lang, const char* title, const RecipeWords& w, const char* box, const char* section) {
    std::string slides;
    for (int k = 1; k <= 9; ++k)
        slides += std::string("<div class=\"s") + box + "\"><img src=\"/p/" + std::to_string(k) + ".jpg\" alt=\"\"><p>" + w.photo +
                  "</p><div class=\"b" + box + "\"><span>" + std::to_string(k) + "/9</span> <a href=\"/login\">" + w.sign_in +
                  "</a></div></div>";
    std::string rows;
    for (int k = 1; k <= 10; ++k) rows += "<tr><td>" + std::to_string(k * 50) + " g</td><td>ingredient " + std::to_string(k) + " ...</td></tr>";
    const std::string open = std::string("<") + section + " class=\"c" + box + "\">";
    const std::string close = std::string("</") + section + ">";
    return html_page(lang, title,
                     "<div class=\"nav\"><a href=\"/\">Home</a> <a href=\"/r\">Recipes</a> <a href=\"/login\">Login</a></div>"
                     "<div class=\"ov\"><div class=\"lightbox-content\">" + slides + "</div></div>"
                     "<div class=\"hd\"><h1>" + title + "</h1><div class=\"panel-content\"><p>" + w.prompt +
                     "</p><div class=\"b" + box + "\"><a href=\"/r/1/ratings\">" + w.show + "</a> <a href=\"/login\">" + w.sign_in +
                     "</a></div></div></div>" + open + "<h2>1</h2><table>" + rows + "</table>" + close + open +
                     "<h2>2</h2><div class=\"t" + box + "\">" + w.steps + "</div>" + close +
                     "<div class=\"ft\">© 2024 · <a href=\"/imprint\">Imprint</a> · <a href=\"/privacy\">Privacy</a></div>");
}

}  // namespace

TEST_CASE("a recipe's steps, not the rating prompt that won under the title, when the prompt cleans to one line") {
    SUBCASE("de, <div> boxes") {
        const RecipeWords w{"Melde dich an und bewerte dieses Rezept.", "Bewertungen anzeigen", "Jetzt anmelden",
                            "Melde dich an und bewerte das Bild.",
                            "Für ein Backblech.<br><br>Die Äpfel schälen, entkernen und in dünne Spalten schneiden. Mit etwas "
                            "Zitronensaft beträufeln, damit sie nicht braun werden.<br><br>Für den Teig Mehl, Zucker, Butter und Eier "
                            "zu einem glatten Teig verkneten und auf dem gefetteten Blech ausrollen.<br><br>Die Apfelspalten dicht an "
                            "dicht auf den Teig legen. Für die Streusel Mehl, Zucker und kalte Butter zwischen den Fingern "
                            "zerbröseln.<br><br>Die Streusel über die Äpfel verteilen und den Kuchen bei 180 °C etwa 40 Minuten "
                            "goldbraun backen."};
        const std::string t = text_of(recipe_page("de", "Apfel-Streuselkuchen vom Blech", w, "x7", "div"));
        CHECK(has(t, "Die Äpfel schälen, entkernen"));
        CHECK(has(t, "etwa 40 Minuten goldbraun backen"));
        CHECK_FALSE(has(t, "bewerte dieses Rezept"));
        CHECK_FALSE(has(t, "Jetzt anmelden"));
    }
    SUBCASE("fr, <section> boxes") {
        const RecipeWords w{"Connectez-vous pour noter cette recette.", "Voir les avis", "Se connecter",
                            "Connectez-vous pour noter la photo.",
                            "Pour six personnes.<br><br>Faire revenir les oignons émincés dans le beurre jusqu'à ce qu'ils "
                            "soient fondants, sans les laisser brunir.<br><br>Ajouter la farine, mélanger une minute, puis "
                            "verser le bouillon chaud petit à petit en remuant.<br><br>Laisser mijoter quarante minutes à feu doux, "
                            "saler et poivrer.<br><br>Verser dans des bols, couvrir de pain grillé et de fromage râpé, puis "
                            "gratiner sous le gril."};
        const std::string t = text_of(recipe_page("fr", "Soupe à l'oignon gratinée", w, "q2", "section"));
        CHECK(has(t, "Faire revenir les oignons émincés"));
        CHECK(has(t, "gratiner sous le gril"));
        CHECK_FALSE(has(t, "noter cette recette"));
        CHECK_FALSE(has(t, "Voir les avis"));
    }
    SUBCASE("ja, <div> boxes") {
        const RecipeWords w{"ログインしてこのレシピを評価しましょう。", "評価を見る", "ログイン", "ログインして写真を評価しましょう。",
                            "四人分です。<br><br>鶏肉は一口大に切り、塩と酒で下味をつけて十分ほど置いておきます。<br><br>"
                            "玉ねぎは薄切りにし、鍋に油を熱して透き通るまで中火で炒めます。<br><br>鶏肉を加えて色が変わったら、"
                            "だし汁と醤油、みりんを入れて弱火で十五分煮ます。<br><br>溶き卵を回し入れて半熟になったら火を止め、"
                            "ご飯の上にのせて三つ葉を散らします。"};
        const std::string t = text_of(recipe_page("ja", "ふわとろ親子丼", w, "m9", "div"));
        CHECK(has(t, "鶏肉は一口大に切り"));
        CHECK(has(t, "ご飯の上にのせて三つ葉を散らします"));
        // (Here the title's box and the steps' box are gathered as one split article, with the
        // prompt's line: no fallback runs, and the line stays. Left as it is.)
    }
}

TEST_CASE("a short post that is its own core stays when nothing beside it holds four times its text as prose") {
    // The post is two sentences under its title; beside it only a list of linked headlines.
    const std::string t = text_of(html_page("en", "Closed on Monday", R"HTML(<div class="top"><a href="/">The Corner Bakery</a> <a href="/news">News</a> <a href="/shop">Shop</a></div>
<div class="post-content"><h1>Closed on Monday</h1><p>The shop stays closed this Monday for the holiday.</p><div class="share"><a href="/s/fb">Share</a> <a href="/s/tw">Tweet</a></div></div>
<div class="more"><h3>Earlier posts</h3><ul><li><a href="/p/1">New sourdough from March</a></li><li><a href="/p/2">Our summer opening hours</a></li><li><a href="/p/3">The bakery turns twenty</a></li></ul></div>
<div class="ft">© 2024 The Corner Bakery</div>)HTML"));
    CHECK(has(t, "The shop stays closed this Monday"));
    CHECK_FALSE(has(t, "New sourdough from March"));
}
