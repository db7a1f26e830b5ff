// One more wrapper must not change the answer (issue 18, tools/perturb_eval.py "deeper" and
// "shallower"): the same article with 0, 1, 3 and 6 <div>s around each paragraph and around its
// box must come out the same, and the article must still beat a sidebar box of two plain
// paragraphs that stands shallower than it. Each paragraph's points decayed with every <div>
// above it, so at one level or more the article's box got half its points and the sidebar won
// alone (extract_wrappers.cpp: an unnamed <div> wrapping one block is no step of the distance). No
// heading says the <title> (the site's name), so the title does not pick the article.
// English hashed div soup, German HTML5 (<main>, <article>, a <section> sidebar), Russian
// table layout, Japanese divs without classes.
// WINNOW_FRESH_DUMP=DIR writes each page there (depth1.html ...), to run the CLI on them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"

using namespace winnow;

namespace {

struct Words {
    const char* lang;
    const char* site;
    std::vector<const char*> body;  // the article's paragraphs
    const char* side_heading;
    std::vector<const char*> side;  // the sidebar's two plain paragraphs
};

enum class Markup { hashed_divs, html5, table, bare_divs };

// Wrappers carry no class or id: a box the template named is a box of its own (extract_wrappers.hpp).
std::string wrapped(const std::string& inner, int levels) {
    std::string out = inner;
    for (int l = 0; l < levels; ++l) out = "<div>" + out + "</div>";
    return out;
}

std::string page(const Words& w, Markup m, int levels) {
    const bool hashed = m == Markup::hashed_divs;
    std::string article;
    for (const char* p : w.body) article += wrapped(std::string("<p>") + p + "</p>", levels);
    std::string side = std::string("<h4>") + w.side_heading + "</h4>";
    for (const char* p : w.side) side += std::string("<p>") + p + "</p>";
    std::string body;
    switch (m) {
    case Markup::hashed_divs:
    case Markup::bare_divs: {
        const std::string box = wrapped(std::string("<div") + (hashed ? " class=\"k2m9\"" : "") + ">" + article + "</div>", levels);
        body = std::string("<div") + (hashed ? " class=\"k2m8\"" : "") + ">" + box + "<div" + (hashed ? " class=\"v7c1\"" : "") + ">" + side +
               "</div></div>";
        break;
    }
    case Markup::html5:
        body = "<main>" + wrapped("<article>" + article + "</article>", levels) + "<section>" + side + "</section></main>";
        break;
    case Markup::table:
        body = "<table><tr><td>" + wrapped("<div>" + article + "</div>", levels) + "</td><td>" + side + "</td></tr></table>";
        break;
    }
    return test::html_page(w.lang, w.site, body);
}

const Words kEn = {"en", "Valley Gazette",
    {"The old footbridge over the river reopened on Saturday after a year of repairs.",
     "Engineers replaced the rotten planks and the rusted cables, and painted the railings green again.",
     "Walkers and cyclists can cross again from the station to the market square in five minutes.",
     "The council thanked the families who lived with the detour for so long and promised a party in June."},
    "About the author",
    {"Margaret Lowe has reported on the valley, its councils, its schools, its farms and its floods, for more than thirty years, first for the weekly paper, then for the radio, and now for this site.",
     "She lives in the upper village with her husband, two dogs, and a garden that, she says, has never once produced a tomato worth the name, despite decades of advice from readers."}};

const Words kDe = {"de", "Talbote",
    {"Die alte Fußgängerbrücke über den Fluss ist seit Samstag nach einem Jahr Bauzeit wieder offen.",
     "Die Arbeiter haben die morschen Bohlen und die rostigen Seile ersetzt und das Geländer neu gestrichen.",
     "Fußgänger und Radfahrer kommen nun wieder in fünf Minuten vom Bahnhof zum Marktplatz.",
     "Der Gemeinderat dankte den Familien für ihre Geduld mit der Umleitung und lädt im Juni zu einem Fest."},
    "Über die Autorin",
    {"Margarete Lohmann berichtet seit mehr als dreißig Jahren über das Tal, seine Gemeinderäte, Schulen, Höfe und Hochwasser, zuerst für die Wochenzeitung, dann für das Radio, und heute für diese Seite.",
     "Sie wohnt mit ihrem Mann, zwei Hunden und einem Garten im oberen Dorf, in dem, wie sie sagt, trotz jahrzehntelanger Ratschläge der Leser noch nie eine anständige Tomate gewachsen ist."}};

const Words kRu = {"ru", "Вестник долины",
    {"Старый пешеходный мост через реку снова открыт в субботу после года ремонта.",
     "Рабочие заменили гнилые доски и ржавые тросы и заново покрасили перила.",
     "Пешеходы и велосипедисты снова доходят от вокзала до рыночной площади за пять минут.",
     "Совет поблагодарил семьи за терпение во время объезда и обещает праздник в июне."},
    "Об авторе",
    {"Маргарита Лебедева пишет о долине, её советах, школах, фермах и наводнениях больше тридцати лет, сначала для еженедельной газеты, потом для радио, а теперь для этого сайта.",
     "Она живёт в верхней деревне с мужем, двумя собаками и огородом, где, по её словам, несмотря на десятилетия советов читателей, так и не вырос ни один приличный помидор."}};

const Words kJa = {"ja", "谷新聞",
    {"川に架かる古い歩道橋が、一年間の工事を終えて土曜日に再び開通した。",
     "作業員が腐った板とさびたケーブルを取り替え、手すりを緑色に塗り直した。",
     "歩行者と自転車は再び駅から市場の広場まで五分で行けるようになった。",
     "町議会は迂回路に耐えた家族に感謝し、六月に祝いの会を開くと約束した。"},
    "筆者について",
    {"ローマーガレットは三十年以上にわたり、谷の議会や学校、農場、洪水について、最初は週刊紙で、次にラジオで、そして今はこのサイトで伝えてきた記者である。",
     "夫と二匹の犬とともに上の村に住み、読者から何十年も助言を受けてきたにもかかわらず、自分の畑ではまともなトマトが一度も実らなかったと笑う。"}};

struct Case {
    const char* name;
    const Words* words;
    Markup markup;
};

const std::vector<Case> kCases = {{"en hashed div soup", &kEn, Markup::hashed_divs},
                                  {"de html5", &kDe, Markup::html5},
                                  {"ru table layout", &kRu, Markup::table},
                                  {"ja divs without classes", &kJa, Markup::bare_divs}};

}  // namespace

TEST_CASE("an article keeps winning over a shallower sidebar at every wrapper depth") {
    std::vector<test::FreshPage> pages;
    for (const Case& c : kCases)
        for (const int levels : {0, 1, 3, 6})
            pages.push_back({c.name, page(*c.words, c.markup, levels),
                             {c.words->body.front(), c.words->body[1], c.words->body.back()}, {}, {}});
    const test::PageTally t = test::tally_pages(pages, "depth");
    INFO(t.report);
    CHECK(t.passed == static_cast<int>(pages.size()));
}

TEST_CASE("the same article with 0, 1, 3 and 6 wrapper levels comes out the same") {
    for (const Case& c : kCases) {
        const std::string flat = test::text_of(page(*c.words, c.markup, 0));
        for (const int levels : {1, 3, 6}) {
            INFO(c.name << ", " << levels << " levels");
            CHECK(test::text_of(page(*c.words, c.markup, levels)) == flat);
        }
    }
}

namespace {

// A blog's front page: three posts of one kind, each a heading over its paragraphs, every block
// in `levels` unnamed wrappers (as tools/perturb_eval.py "deeper" writes it, once per level).
// The posts score alike, so the article is the box that holds them all, four boxes up at most
// from the best post: unnamed wrappers are no boxes of that count either (extract_choice.cpp).
std::string posts_page(const char* lang, const std::vector<std::vector<const char*>>& posts, bool html5, int levels) {
    std::string list;
    for (const auto& post : posts) {
        std::string paragraphs;
        for (std::size_t k = 1; k < post.size(); ++k) paragraphs += wrapped(std::string("<p>") + post[k] + "</p>", levels);
        const std::string body = wrapped("<div class=\"post-body\">" + paragraphs + "</div>", levels);
        const std::string head = wrapped(std::string("<h2>") + post[0] + "</h2>", levels);
        list += wrapped(html5 ? "<article class=\"post\">" + head + body + "</article>" : "<div class=\"post\">" + head + body + "</div>", levels);
    }
    const std::string column = wrapped(std::string(html5 ? "<main class=\"posts\">" : "<div class=\"posts\">") + list + (html5 ? "</main>" : "</div>"), levels);
    return test::html_page(lang, "Notebook", "<div class=\"page\">" + column + "</div>");
}

const std::vector<std::vector<const char*>> kPostsEn = {
    {"Spring in the allotment", "The first peas went in on Sunday, a fortnight later than last year, because the soil was still cold and wet.",
     "We covered the rows with fleece, and the neighbours lent us their old cold frame for the lettuces, which the slugs love."},
    {"A new path", "The path from the gate to the shed is finally paved, with bricks saved from the old wall that fell in the winter storm.",
     "It took three weekends, two wheelbarrows, and a great deal of patience from everyone who had to step over the mess."},
    {"Bees at last", "A swarm settled in the empty hive by the hedge on Thursday, and the beekeeper from the next plot came to help us.",
     "We will not take any honey this year, she says, but the beans and the apple trees will be glad of the visitors."}};

const std::vector<std::vector<const char*>> kPostsFr = {
    {"Le printemps au jardin", "Les premiers pois sont semés depuis dimanche, quinze jours plus tard que l'an dernier, car la terre était encore froide.",
     "Nous avons couvert les rangs d'un voile, et les voisins nous ont prêté leur vieux châssis pour les laitues, que les limaces adorent."},
    {"Une nouvelle allée", "L'allée du portail à la cabane est enfin pavée, avec les briques du vieux mur tombé pendant la tempête de l'hiver.",
     "Il a fallu trois week-ends, deux brouettes, et beaucoup de patience de la part de tous ceux qui devaient enjamber le chantier."},
    {"Enfin des abeilles", "Un essaim s'est installé jeudi dans la ruche vide près de la haie, et l'apicultrice de la parcelle voisine est venue nous aider.",
     "Pas de miel cette année, dit-elle, mais les haricots et les pommiers seront contents de la visite, et nous aussi."}};

const std::vector<std::vector<const char*>> kPostsRu = {
    {"Весна на огороде", "Первый горох посеяли в воскресенье, на две недели позже, чем в прошлом году, потому что земля была ещё холодной.",
     "Мы укрыли грядки плёнкой, а соседи одолжили нам старый парник для салата, который так любят слизни."},
    {"Новая дорожка", "Дорожку от калитки до сарая наконец замостили кирпичом от старой стены, которая упала во время зимней бури.",
     "Ушло три выходных, две тачки и много терпения у всех, кому приходилось перешагивать через эту стройку."},
    {"Наконец пчёлы", "В четверг рой поселился в пустом улье у изгороди, и пчеловод с соседнего участка пришла нам помочь.",
     "Мёда в этом году не будет, говорит она, зато фасоль и яблони будут рады гостям, и мы тоже."}};

}  // namespace

TEST_CASE("a front page of posts in unnamed wrappers still gathers all its posts") {
    struct PostsCase {
        const char* name;
        const char* lang;
        const std::vector<std::vector<const char*>>* posts;
        bool html5;
    };
    const std::vector<PostsCase> cases = {{"en div soup", "en", &kPostsEn, false},
                                          {"fr html5", "fr", &kPostsFr, true},
                                          {"ru div soup", "ru", &kPostsRu, false}};
    std::vector<test::FreshPage> pages;
    for (const PostsCase& c : cases)
        for (const int levels : {0, 1, 3})
            pages.push_back({c.name, posts_page(c.lang, *c.posts, c.html5, levels),
                             {(*c.posts)[0][1], (*c.posts)[1][1], (*c.posts)[2][2]}, {}, {}});
    const test::PageTally t = test::tally_pages(pages, "posts");
    INFO(t.report);
    CHECK(t.passed == static_cast<int>(pages.size()));
}
