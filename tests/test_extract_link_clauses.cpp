// A paragraph whose links are clauses of its sentences (a writer linking every source as he
// tells it) is prose, not a link block: by link density alone it read as a list of links and
// went, most often the post's last paragraph, where no paragraph of prose follows it. A list of
// link entries — a label over headlines, headlines parted by bars, "A, B and C." — still goes.
// English div soup, German HTML5 sections after a quotation, French table layout, Russian and
// Japanese boxes.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

std::string a(const char* href, const char* text) { return std::string("<a href=\"") + href + "\">" + text + "</a>"; }

const std::string kMenu =
    "<div class=\"nav\"><a href=\"/\">Home</a> | <a href=\"/world\">World</a> | <a href=\"/politics\">Politics</a> | "
    "<a href=\"/culture\">Culture</a> | <a href=\"/about\">About</a></div>";

}  // namespace

TEST_CASE("a paragraph whose links are clauses of its sentences stays; a list of link entries goes") {
    SUBCASE("en, div soup, the post's last paragraph") {
        const std::string t = text_of(html_page("en", "Court hears the water case",
            kMenu + "<div id=\"main\"><div class=\"post\"><h1>Court hears the water case</h1>"
            "<p>The regional court heard the case against the water company on Monday, three years after the river turned brown for a whole summer and the fish died in their thousands along the lower valley.</p>"
            "<p>The company denies that its plant was the cause and says that the dry weather and the farms upstream explain what happened, a claim the families who brought the case reject entirely.</p>"
            "<p>Earlier this week, " + a("http://news.example.org/a1", "Mary Stone looked into the company's accounts for the Valley Post") + ". " +
            a("http://radio.example.net/b2", "Peter Lang interviewed the farmers at the local radio") + ", while " +
            a("http://paper.example.com/c3", "at the Evening Star, Ann Hill followed the fishermen's union") + ", and " +
            a("http://tv.example.org/d4", "the mayor told reporters that the river had recovered") + " by now. See also " +
            a("/tag/river", "our earlier posts on the river") + ".</p>"
            "<p>Related: " + a("/r1", "Fish die in the lower valley again this summer") + " | " + a("/r2", "Water company reports record profit for the year") + " | " +
            a("/r3", "Farmers protest against the new irrigation rules") + "</p>"
            "</div></div><div class=\"footer\">" + a("/imprint", "Imprint") + " | " + a("/contact", "Contact") + "</div>"));
        CHECK(has(t, "The regional court heard the case"));
        CHECK(has(t, "Peter Lang interviewed the farmers at the local radio"));
        CHECK(has(t, "See also our earlier posts on the river."));
        CHECK_FALSE(has(t, "Water company reports record profit"));
    }
    SUBCASE("de, HTML5 sections, after a quotation") {
        const std::string t = text_of(html_page("de", "Der Streit um die neue Brücke",
            kMenu + "<main><article><header><h1>Der Streit um die neue Brücke</h1></header><section>"
            "<p>Der Stadtrat hat am Dienstag über die neue Brücke beraten, nachdem die Kosten im vergangenen Jahr um fast die Hälfte gestiegen waren und die Bauarbeiten seit Monaten ruhen.</p>"
            "<p>Die Verwaltung schlägt vor, die Pläne zu verkleinern und auf den zweiten Radweg zu verzichten, doch die Fraktionen im Rat sind sich darüber nicht einig, und eine Mehrheit ist nicht in Sicht.</p>"
            "<blockquote><p>„Wir haben die Bürger zu spät gefragt, und das war ein Fehler, den wir jetzt mit viel Geld und noch mehr Zeit bezahlen müssen“, sagte die Bürgermeisterin vor der Sitzung.</p></blockquote>"
            "<p>Schon vor der Sitzung " + a("http://zeitung.example.de/a", "hatte Jana Roth die Verträge mit der Baufirma für das Tageblatt untersucht") + ". " +
            a("http://radio.example.de/b", "Der Regionalsender sprach mit den Anwohnern am Fluss") + ", während " +
            a("http://blog.example.de/c", "ein Ingenieur in seinem Blog die Statik der Pläne erklärte") + " und " +
            a("http://tv.example.de/d", "die Opposition eine neue Abstimmung forderte") + ". Mehr dazu in " + a("/thema/bruecke", "unseren früheren Beiträgen zur Brücke") + ".</p>"
            "<p>Lesen Sie auch: " + a("/x1", "Die Baufirma weist alle Vorwürfe zurück") + ", " + a("/x2", "Kosten für die Brücke steigen weiter") + " und " +
            a("/x3", "Anwohner gründen eine Bürgerinitiative") + ".</p>"
            "</section></article></main>"));
        CHECK(has(t, "Der Stadtrat hat am Dienstag"));
        CHECK(has(t, "Der Regionalsender sprach mit den Anwohnern am Fluss"));
        CHECK_FALSE(has(t, "Die Baufirma weist alle Vorwürfe zurück"));
    }
    SUBCASE("fr, table layout") {
        const std::string t = text_of(html_page("fr", "La grève des trains continue",
            "<table><tr><td colspan=\"2\">" + kMenu + "</td></tr><tr><td class=\"side\">" + a("/a", "Accueil") + "<br>" + a("/b", "Archives") + "<br>" +
            a("/c", "Contact") + "</td><td class=\"texte\"><h1>La grève des trains continue</h1>"
            "<p>La grève des conducteurs de trains est entrée dans sa deuxième semaine, et aucune reprise des négociations n'est prévue avant la fin du mois, selon les syndicats.</p>"
            "<p>Les voyageurs des lignes régionales sont les plus touchés, car les cars de remplacement ne suffisent pas et beaucoup de trajets durent deux fois plus longtemps.</p>"
            "<p>Pendant ce temps, " + a("http://journal.example.fr/a", "Claire Martin a suivi les conducteurs en grève pour le Journal du Nord") + ". " +
            a("http://radio.example.fr/b", "Une radio locale a interrogé les voyageurs à la gare") + ", tandis que " +
            a("http://blog.example.fr/c", "un économiste a calculé le coût de la grève sur son blog") + ", et " +
            a("http://tv.example.fr/d", "le ministre a promis une réunion rapide") + " avec les syndicats. Voir aussi " + a("/sujet/greve", "nos articles précédents sur la grève") + ".</p>"
            "</td></tr></table>"));
        CHECK(has(t, "La grève des conducteurs de trains"));
        CHECK(has(t, "Une radio locale a interrogé les voyageurs à la gare"));
        CHECK_FALSE(has(t, "Archives"));
    }
    SUBCASE("ru, a box of paragraphs, the last one") {
        const std::string t = text_of(html_page("ru", "Город обсуждает новый парк",
            kMenu + "<div class=\"content\"><h1>Город обсуждает новый парк</h1>"
            "<p>Городской совет во вторник обсудил проект нового парка на месте старого завода, который стоит пустым уже почти десять лет и давно стал опасным для детей.</p>"
            "<p>Жители сами предлагают, что посадить и где поставить скамейки, и многие из их идей уже вошли в новый вариант проекта, который покажут в мае.</p>"
            "<p>Накануне " + a("http://gazeta.example.ru/a", "Мария Орлова изучила смету проекта для городской газеты") + ". " +
            a("http://radio.example.ru/b", "Местное радио поговорило с жителями соседних домов") + ", а " +
            a("http://blog.example.ru/c", "архитектор в своём блоге объяснил, как будет устроен парк") + ", и " +
            a("http://tv.example.ru/d", "мэр пообещал открыть его следующим летом") + " для всех. Смотрите также " + a("/tema/park", "наши прошлые заметки о парке") + ".</p>"
            "</div><div class=\"related\"><p>Читайте также: " + a("/p1", "В городе открылась новая библиотека") + " · " + a("/p2", "Жители спорят о ремонте улиц") + "</p></div>"));
        CHECK(has(t, "Городской совет во вторник"));
        CHECK(has(t, "Местное радио поговорило с жителями соседних домов"));
        CHECK_FALSE(has(t, "В городе открылась новая библиотека"));
    }
    SUBCASE("ja, an article box") {
        const std::string t = text_of(html_page("ja", "新しい図書館が開館",
            kMenu + "<article class=\"entry\"><h1>新しい図書館が開館</h1>"
            "<p>市の中心部に新しい図書館が月曜日に開館し、初日には朝から多くの家族連れや学生が訪れて、長い列ができた。館内には三十万冊の本が並び、子ども向けの部屋も広く作られている。</p>"
            "<p>開館に先立ち、" + a("http://shinbun.example.jp/a", "地元の新聞が建設費の内訳を詳しく調べた") + "。" +
            a("http://radio.example.jp/b", "ラジオ局は近くの住民に話を聞いた") + "が、" +
            a("http://blog.example.jp/c", "ある建築家は自分のブログで建物の設計を解説した") + "。また、" +
            a("http://tv.example.jp/d", "市長は夜間の開館も検討すると述べた") + "という。" + a("/tag/library", "これまでの図書館の記事") + "も参照。</p>"
            "</article>"));
        CHECK(has(t, "市の中心部に新しい図書館"));
        CHECK(has(t, "ラジオ局は近くの住民に話を聞いた"));
    }
}
