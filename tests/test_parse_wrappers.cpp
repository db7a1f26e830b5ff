// Nesting is no evidence (issue 18, tools/perturb_eval.py "deeper" and "shallower"): an unnamed
// <div> holding one block and nothing else is left out of the DOM (parse_wrappers.cpp), so every
// depth a later stage reads (a paragraph's decay, a thread's entries compared as siblings of one
// kind, walks capped at N levels) counts only boxes that say something. The same page with 0, 1,
// 3 and 6 wrapper levels around every block, and its readers' posts wrapped unevenly (one post in
// one more <div> than the next), must come out the same.
// Posts signed after their text (<div>post</div><p>Posted by NAME at DATE</p>) are found by the
// two kinds taking turns; with every block in a <div> of its own, and no class on the wrappers,
// post and signature were one kind of box and the thread stayed in the article.
// English hashed div soup, German HTML5 (<main>, the posts in the <article>), Spanish table layout,
// Russian and Japanese divs without classes but the posts' and signatures' (hashed names).
// WINNOW_FRESH_DUMP=DIR writes each page there (wrap1.html ...), to run the CLI on them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"
#include "parse_html.hpp"

using namespace winnow;

namespace {

std::string wrapped(const std::string& inner, int levels) {
    std::string out = inner;
    for (int l = 0; l < levels; ++l) out = "<div>" + out + "</div>";
    return out;
}

struct Post {
    const char* text;
    const char* signature;
};

struct Words {
    const char* lang;
    const char* title;
    std::vector<const char*> body;
    std::vector<Post> posts;
};

enum class Markup { hashed_divs, html5, table, bare_divs };

// levels wrap every block; post i gets i % 2 levels more (entries wrapped unevenly).
std::string page(const Words& w, Markup m, int levels) {
    const bool hashed = m == Markup::hashed_divs;
    std::string article = wrapped(std::string("<h1>") + w.title + "</h1>", levels);
    for (const char* p : w.body) article += wrapped(std::string("<p>") + p + "</p>", levels);
    std::string posts;
    for (std::size_t i = 0; i < w.posts.size(); ++i) {
        const int l = levels + static_cast<int>(i % 2);
        posts += wrapped(std::string("<div class=\"q7x\">") + w.posts[i].text + "</div>", l);
        posts += wrapped(std::string("<p class=\"q7y\">") + w.posts[i].signature + "</p>", l);
    }
    std::string body;
    switch (m) {
    case Markup::hashed_divs:
        body = wrapped("<div class=\"m4k\">" + article + posts + "</div>", levels);
        break;
    case Markup::bare_divs:
        body = wrapped("<div>" + article + posts + "</div>", levels);
        break;
    case Markup::html5:
        body = "<main>" + wrapped("<article>" + article + posts + "</article>", levels) + "</main>";
        break;
    case Markup::table:
        body = "<table><tr><td>" + wrapped("<div>" + article + posts + "</div>", levels) + "</td></tr></table>";
        break;
    }
    return test::html_page(w.lang, w.title, body);
}

const Words kEn = {"en", "The footbridge is open again",
    {"The old footbridge over the river reopened on Saturday after a year of repairs, to the relief of everyone in the lower town.",
     "Engineers replaced the rotten planks and the rusted cables, and painted the railings green again, as the town asked.",
     "Walkers and cyclists can cross again from the station to the market square in five minutes instead of twenty."},
    {{"Finally! My kids can walk to school again without that long detour along the main road.", "Posted by Anna at March 3, 2024 10:15 AM"},
     {"Green was a good choice, it matches the old lamp posts on the square.", "Posted by Tom at March 3, 2024 11:40 AM"},
     {"A year is a long time for a few planks, but the result looks solid enough.", "Posted by Rita at March 4, 2024 8:05 AM"}}};

const Words kDe = {"de", "Die Brücke ist wieder offen",
    {"Die alte Fußgängerbrücke über den Fluss ist seit Samstag nach einem Jahr Bauzeit wieder offen, sehr zur Freude der Unterstadt.",
     "Die Arbeiter haben die morschen Bohlen und die rostigen Seile ersetzt und das Geländer wieder grün gestrichen.",
     "Fußgänger und Radfahrer kommen nun wieder in fünf Minuten vom Bahnhof zum Marktplatz statt in zwanzig."},
    {{"Endlich! Meine Kinder können wieder ohne den langen Umweg an der Hauptstraße zur Schule gehen.", "Geschrieben von Anna am 3. März 2024 um 10:15"},
     {"Grün war eine gute Wahl, es passt zu den alten Laternen auf dem Platz.", "Geschrieben von Tom am 3. März 2024 um 11:40"},
     {"Ein Jahr ist lang für ein paar Bretter, aber das Ergebnis sieht solide aus.", "Geschrieben von Rita am 4. März 2024 um 08:05"}}};

const Words kEs = {"es", "El puente vuelve a abrir",
    {"La vieja pasarela sobre el río volvió a abrir el sábado después de un año de obras, para alivio de todo el barrio bajo.",
     "Los obreros cambiaron las tablas podridas y los cables oxidados, y pintaron de nuevo la barandilla de verde.",
     "Peatones y ciclistas vuelven a cruzar de la estación a la plaza del mercado en cinco minutos en lugar de veinte."},
    {{"¡Por fin! Mis hijos pueden volver a ir al colegio sin el largo rodeo por la carretera principal.", "Publicado por Ana el 3 de marzo de 2024 a las 10:15"},
     {"El verde fue una buena elección, combina con las farolas antiguas de la plaza.", "Publicado por Tomás el 3 de marzo de 2024 a las 11:40"},
     {"Un año es mucho tiempo para unas tablas, pero el resultado parece sólido.", "Publicado por Rita el 4 de marzo de 2024 a las 8:05"}}};

const Words kRu = {"ru", "Мост снова открыт",
    {"Старый пешеходный мост через реку снова открыт в субботу после года ремонта, к радости всего нижнего города.",
     "Рабочие заменили гнилые доски и ржавые тросы и заново покрасили перила в зелёный цвет, как просили жители.",
     "Пешеходы и велосипедисты снова доходят от вокзала до рыночной площади за пять минут вместо двадцати."},
    {{"Наконец-то! Дети снова ходят в школу без долгого объезда по главной дороге.", "Автор: Анна, 3 марта 2024 г. в 10:15"},
     {"Зелёный — хороший выбор, он подходит к старым фонарям на площади.", "Автор: Том, 3 марта 2024 г. в 11:40"},
     {"Год — долгий срок для нескольких досок, но выглядит всё надёжно.", "Автор: Рита, 4 марта 2024 г. в 08:05"}}};

const Words kJa = {"ja", "歩道橋が再開通",
    {"川に架かる古い歩道橋が、一年間の工事を終えて土曜日に再び開通し、下町の住民はほっとしている。",
     "作業員が腐った板とさびたケーブルを取り替え、住民の希望どおり手すりを緑色に塗り直した。",
     "歩行者と自転車は再び駅から市場の広場まで、二十分ではなく五分で行けるようになった。"},
    {{"やっと子どもたちが大通りの遠回りをせずに学校へ歩いて行けます。", "投稿者：アンナ 2024年3月3日 10:15"},
     {"緑はいい選択だと思います。広場の古い街灯によく合っています。", "投稿者：トム 2024年3月3日 11:40"},
     {"板数枚に一年は長いですが、仕上がりはしっかりしているようです。", "投稿者：リタ 2024年3月4日 8:05"}}};

struct Case {
    const char* name;
    const Words* words;
    Markup markup;
};

const std::vector<Case> kCases = {{"en hashed div soup", &kEn, Markup::hashed_divs},
                                  {"de html5", &kDe, Markup::html5},
                                  {"es table layout", &kEs, Markup::table},
                                  {"ru divs without classes", &kRu, Markup::bare_divs},
                                  {"ja divs without classes", &kJa, Markup::bare_divs}};

}  // namespace

TEST_CASE("posts signed after their text are a thread at every wrapper depth") {
    std::vector<test::FreshPage> pages;
    for (const Case& c : kCases)
        for (const int levels : {0, 1, 3, 6}) {
            const Words& w = *c.words;
            pages.push_back({c.name, page(w, c.markup, levels), {w.body.front(), w.body.back()},
                             {w.posts[0].text, w.posts[1].text, w.posts[2].text}, {}});
        }
    const test::PageTally t = test::tally_pages(pages, "wrap");
    INFO(t.report);
    CHECK(t.passed == static_cast<int>(pages.size()));
}

TEST_CASE("a page with its posts comes out the same at 0, 1, 3 and 6 wrapper levels") {
    for (const Case& c : kCases) {
        const std::string flat = test::text_of(page(*c.words, c.markup, 0));
        for (const int levels : {1, 3, 6}) {
            INFO(c.name << ", " << levels << " levels");
            CHECK(test::text_of(page(*c.words, c.markup, levels)) == flat);
        }
    }
}

TEST_CASE("only an unnamed <div> of one block leaves the DOM") {
    // A class says what the box holds, text beside the block is content, and a <div> around a
    // link or a picture makes a line of it: those stay. A chain of unnamed wrappers goes whole.
    const auto parent_of = [](const std::string& body, GumboTag tag) {
        auto dom = detail::Dom::parse("<html><body>" + body + "</body></html>", 100000, 400, nullptr, nullptr, true);
        for (std::uint32_t i = 0; i < dom->nodes.size(); ++i)
            if (dom->nodes[i].type == detail::NodeType::element && dom->nodes[i].tag == tag)
                return dom->nodes[dom->nodes[i].parent].tag;
        return GUMBO_TAG_UNKNOWN;
    };
    CHECK(parent_of("<div><div><div><p>words</p></div></div></div>", GUMBO_TAG_P) == GUMBO_TAG_BODY);
    CHECK(parent_of("<div> <!-- slot --> <ul><li>one</li></ul> </div>", GUMBO_TAG_UL) == GUMBO_TAG_BODY);
    CHECK(parent_of("<section><div><h2>head</h2></div></section>", GUMBO_TAG_H2) == GUMBO_TAG_SECTION);
    CHECK(parent_of("<div class=\"lead\"><p>words</p></div>", GUMBO_TAG_P) == GUMBO_TAG_DIV);
    CHECK(parent_of("<div id=\"x\"><p>words</p></div>", GUMBO_TAG_P) == GUMBO_TAG_DIV);
    CHECK(parent_of("<div>loose words<p>words</p></div>", GUMBO_TAG_P) == GUMBO_TAG_DIV);
    CHECK(parent_of("<div><p>one</p><p>two</p></div>", GUMBO_TAG_P) == GUMBO_TAG_DIV);
    CHECK(parent_of("<div><a href=\"/x\">a line</a></div>", GUMBO_TAG_A) == GUMBO_TAG_DIV);
    CHECK(parent_of("<div><img src=\"x.png\"></div>", GUMBO_TAG_IMG) == GUMBO_TAG_DIV);
    // A box before an unwrapped block of its block's tag and class sets it apart (a post's box
    // over its signature paragraph).
    CHECK(parent_of("<div><p>a reader's post</p></div><p>Posted by Ann at 10:15</p>", GUMBO_TAG_P) == GUMBO_TAG_DIV);
    CHECK(parent_of("<div><p>a reader's post</p></div><div><p>Posted by Ann at 10:15</p></div>", GUMBO_TAG_P) == GUMBO_TAG_BODY);
}
