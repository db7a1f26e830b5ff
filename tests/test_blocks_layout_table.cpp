// A page laid out in a <table> (table_layout.hpp): a row of links, a row of a menu cell and the
// article's cell (a heading over paragraphs), a footer row. The article's column is the page's
// text, so its heading and paragraphs come out as blocks of their own, where the filters read
// them one by one, and the menu's cell of links stays out; on fea7f14 a small such page came
// out as one data table whose cell ran menu, heading and paragraphs together (so a promo
// repeated between the paragraphs stayed). A data table (short values, or one long description
// among many values) stays rows and cells. en, de, fr, es, ru, ja.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::Block;
using winnow::BlockKind;

namespace {

struct Article {
    const char* lang;
    const char* title;
    std::vector<std::string> paras;
};

const std::vector<Article> articles = {
    {"en", "A village runs its own library",
     {"When the council wanted to close the library in the old town hall, the residents founded an association and took it over.",
      "Volunteers now open the rooms five days a week, and loans are written by hand in a notebook by the door.",
      "The evenings when older neighbours tell the pupils about the village as it once was are the most popular of all."}},
    {"de", "Ein Dorf betreibt seine Bibliothek selbst",
     {"Als die Gemeinde die Bücherei im alten Rathaus schließen wollte, gründeten die Bewohner einen Verein und übernahmen sie.",
      "Freiwillige öffnen die Räume jetzt an fünf Tagen, und die Ausleihe wird von Hand in ein Heft an der Tür geschrieben.",
      "Am beliebtesten sind die Abende, an denen ältere Nachbarn den Schülern erzählen, wie das Dorf früher einmal war."}},
    {"fr", "Un village tient lui-même sa bibliothèque",
     {"Quand la commune a voulu fermer la bibliothèque de l'ancienne mairie, les habitants ont fondé une association pour la reprendre.",
      "Des bénévoles ouvrent désormais les salles cinq jours par semaine, et les prêts sont notés à la main dans un cahier.",
      "Les soirées où les anciens racontent aux écoliers le village d'autrefois sont de loin les plus appréciées de toutes."}},
    {"es", "Un pueblo gestiona su propia biblioteca",
     {"Cuando el ayuntamiento quiso cerrar la biblioteca del antiguo consistorio, los vecinos fundaron una asociación y se hicieron cargo.",
      "Ahora los voluntarios abren las salas cinco días a la semana, y los préstamos se anotan a mano en un cuaderno.",
      "Las tardes en que los mayores cuentan a los alumnos cómo era el pueblo antes son, con diferencia, las más concurridas."}},
    {"ru", "Деревня сама содержит свою библиотеку",
     {"Когда администрация решила закрыть библиотеку в старом здании управы, жители создали общество и взяли её на себя.",
      "Теперь добровольцы открывают залы пять дней в неделю, а выдачу книг записывают от руки в тетрадь у двери.",
      "Больше всего любят вечера, когда пожилые соседи рассказывают школьникам, какой деревня была раньше."}},
    {"ja", "村が自分たちで図書館を運営",
     {"役場が旧庁舎の図書館を閉じようとしたとき、住民たちは会を作って運営を引き継ぎました。今では利用者も増えています。",
      "いまはボランティアが週に五日部屋を開け、貸し出しは入口のノートに手書きで記録しています。返却も同じノートです。",
      "一番人気は、年配の住民が子どもたちに昔の村の様子を語って聞かせる夜の集まりです。毎回たくさんの人が集まります。"}},
};

std::string layout_page(const Article& a) {
    std::string cell = std::string("<h2>") + a.title + "</h2>";
    for (const auto& p : a.paras) cell += "<p>" + p + "</p>";
    return std::string("<html lang=\"") + a.lang + "\"><head><meta charset=\"utf-8\"><title>" + a.title +
           "</title></head><body><table width=\"100%\"><tr><td colspan=\"2\"><a href=\"/\">Index</a></td></tr>"
           "<tr><td width=\"20%\"><a href=\"/s1\">Section one</a><br><a href=\"/s2\">Section two</a></td><td>" +
           cell + "</td></tr><tr><td colspan=\"2\">Contact</td></tr></table></body></html>";
}

bool holds_table(const std::vector<Block>& blocks) {
    for (const Block& b : blocks)
        if (b.kind == BlockKind::table || holds_table(b.children)) return true;
    return false;
}

bool has_block(const std::vector<Block>& blocks, BlockKind kind, const std::string& text) {
    for (const Block& b : blocks)
        if ((b.kind == kind && b.text == text) || has_block(b.children, kind, text)) return true;
    return false;
}

}  // namespace

TEST_CASE("a layout table's article column comes out as its heading and paragraphs") {
    for (const Article& a : articles) {
        CAPTURE(a.lang);
        const winnow::Result r = winnow::clean(layout_page(a));
        REQUIRE(r.ok());
        CHECK_FALSE(holds_table(r.document.body));
        for (const auto& p : a.paras) CHECK(has_block(r.document.body, BlockKind::paragraph, p));
        CHECK((has_block(r.document.body, BlockKind::heading, a.title) || r.document.meta.title == a.title));
        std::string all;
        winnow::test::all_block_text(r.document.body, all);
        CHECK_FALSE(winnow::test::has(all, "Section one"));
    }
}

TEST_CASE("data tables stay rows and cells") {
    const std::string intro =
        "<p>The association publishes what the library lends each season, so that the council can see what the volunteers do.</p>"
        "<p>The figures below are counted from the notebook by the door at the end of every month of the season.</p>";
    SUBCASE("short values under a header row") {
        const std::string page =
            "<html><body><article><h1>Loans by season</h1>" + intro +
            "<table><tr><th>Season</th><th>Books</th><th>Readers</th></tr><tr><td>Spring</td><td>412</td><td>87</td></tr>"
            "<tr><td>Summer</td><td>655</td><td>120</td></tr><tr><td>Autumn</td><td>508</td><td>96</td></tr></table></article></body></html>";
        const winnow::Result r = winnow::clean(page);
        REQUIRE(r.ok());
        CHECK(holds_table(r.document.body));
    }
    SUBCASE("one long description among many values") {
        const std::string long_text(
            "A series of evenings in which the oldest residents describe the village as it was, with photographs from family albums, "
            "maps of the fields before the road was built, recordings of songs that were sung at harvest, and a closing discussion "
            "with the pupils of the school, who prepare their questions in class the week before and write up what they heard for "
            "the school newspaper, which the library keeps in a binder by the window.");
        std::string rows;
        for (const char* name : {"Reading club", "Homework hour", "Repair café", "Map evening", "Film night"})
            rows += std::string("<tr><td>") + name +
                    "</td><td>Every second week in the reading room, with tea and whatever the volunteers bake that morning.</td></tr>";
        const std::string page = "<html><body><article><h1>What the library offers</h1>" + intro +
                                 "<table><tr><th>Event</th><th>About</th></tr><tr><td>Village memories</td><td>" + long_text +
                                 "</td></tr>" + rows + "</table></article></body></html>";
        const winnow::Result r = winnow::clean(page);
        REQUIRE(r.ok());
        CHECK(holds_table(r.document.body));
    }
}
