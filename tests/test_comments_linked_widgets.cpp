// A reader's post is words, not links (comments_signed.cpp, nested_replies). Without class
// names, a page's boxes of one kind can look like a nested thread: a column of navigation
// headed by a short list ("Back to") holding widgets that are a heading over a list of
// headlines, an "editors' picks" box of the same shape, and the article's box headed by a
// short "join the discussion" link over the byline and the story. Each heads with a short line
// over longer text and the column nests more of them — but the column and the widgets are mostly
// link text: no posts. Taking them for a thread gave the article up as part of it.
// en, de, fr, ru, ja; bare div soup and a layout table above the boxes. The negative: readers'
// posts with linked names and nested replies are still a thread left out of the article.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Story {
    const char* lang;
    const char* title;
    const char* byline;
    std::vector<std::string> paras;
    const char* intro;  // the site's own blurb above the headline (prose before the boxes)
    const char* back, *popular, *picks, *join, *headline;
    const char* reply;  // a reader's opinion, for the thread of the negative case
};

const std::vector<Story> stories = {
    {"en", "City council approves the new riverside park plan", "By MARIA LOPEZ",
     {"The city council voted on Tuesday to approve a plan for a new park along the river, ending a debate that has lasted almost ten years.",
      "The plan turns an old freight yard into lawns, playing fields and a walking path, and the first part should open in two years.",
      "Residents who spoke at the meeting mostly welcomed the decision, though some asked how the city will pay for the upkeep.",
      "The mayor said the money will come from the sale of two smaller plots that the city no longer needs for its own offices."},
     "This site publishes local news every day: council meetings, schools, transport, culture and sport from all districts of the city, written by our own reporters and checked by our editors before it appears here.",
     "Back to", "Most popular", "Editors' picks", "Join the discussion", "Another story", "I walk along that river every morning and I am glad the old yard will finally be green"},
    {"de", "Stadtrat beschließt den neuen Park am Fluss", "Von ANNA MÜLLER",
     {"Der Stadtrat hat am Dienstag den Plan für einen neuen Park am Fluss gebilligt und damit eine fast zehnjährige Debatte beendet.",
      "Der Plan macht aus einem alten Güterbahnhof Wiesen, Sportplätze und einen Spazierweg; der erste Teil soll in zwei Jahren öffnen.",
      "Die meisten Anwohner, die in der Sitzung sprachen, begrüßten die Entscheidung, einige fragten aber nach den Kosten der Pflege.",
      "Der Bürgermeister sagte, das Geld komme aus dem Verkauf zweier kleiner Grundstücke, die die Stadt nicht mehr braucht."},
     "Diese Seite bringt jeden Tag Nachrichten aus der Region: Ratssitzungen, Schulen, Verkehr, Kultur und Sport aus allen Stadtteilen, geschrieben von unseren eigenen Reportern und von der Redaktion geprüft.",
     "Zurück zu", "Meistgelesen", "Empfehlungen", "Diskutieren Sie mit", "Ein anderer Artikel", "Ich gehe jeden Morgen am Fluss spazieren und freue mich, dass der alte Bahnhof endlich grün wird"},
    {"fr", "Le conseil municipal adopte le projet de parc au bord du fleuve", "Par CLAIRE DUBOIS",
     {"Le conseil municipal a adopté mardi le projet d'un nouveau parc le long du fleuve, mettant fin à un débat qui durait depuis près de dix ans.",
      "Le projet transforme une ancienne gare de marchandises en pelouses, terrains de sport et promenade; la première partie ouvrira dans deux ans.",
      "Les habitants qui ont pris la parole ont surtout salué la décision, même si certains ont demandé comment la ville paiera l'entretien.",
      "Le maire a indiqué que l'argent viendra de la vente de deux petits terrains dont la ville n'a plus besoin pour ses services."},
     "Ce site publie chaque jour l'actualité locale: conseils municipaux, écoles, transports, culture et sport de tous les quartiers de la ville, écrits par nos propres journalistes et relus par la rédaction.",
     "Retour à", "Les plus lus", "Choix de la rédaction", "Participez au débat", "Un autre article", "Je me promène le long du fleuve chaque matin et je suis content que la vieille gare devienne enfin verte"},
    {"ru", "Городской совет одобрил план нового парка у реки", "ИРИНА ПЕТРОВА",
     {"Городской совет во вторник одобрил план нового парка вдоль реки, завершив спор, который длился почти десять лет.",
      "План превращает старую товарную станцию в газоны, спортивные площадки и прогулочную дорожку; первая часть откроется через два года.",
      "Жители, выступившие на заседании, в основном приветствовали решение, хотя некоторые спросили, кто будет платить за содержание.",
      "Мэр сказал, что деньги поступят от продажи двух небольших участков, которые городу больше не нужны для своих служб."},
     "Этот сайт каждый день публикует местные новости: заседания совета, школы, транспорт, культура и спорт из всех районов города, написанные нашими корреспондентами.",
     "Назад к", "Самое читаемое", "Выбор редакции", "Обсудить", "Другая статья", "Я каждое утро гуляю вдоль реки и рад, что старая станция наконец станет зелёной и тихой"},
    {"ja", "市議会、川沿いの新しい公園計画を承認", "記者 山田花子",
     {"市議会は火曜日、川沿いに新しい公園を整備する計画を承認し、約十年続いた議論に決着をつけた。計画では古い貨物駅の跡地を芝生や運動場、遊歩道に変える。",
      "最初の区域は二年後に開園する予定で、残りの区域も順次整備される。会合で発言した住民の多くは決定を歓迎したが、維持費の財源を問う声もあった。",
      "市長は、市がもう使わない二つの小さな土地を売却して費用に充てると述べた。公園の設計は来年の春までに市民の意見を聞いて決める。",
      "市は工事中も川沿いの道を通れるようにし、近くの学校や商店への影響を小さくする方針だ。詳しい工程は来月の説明会で示される。"},
     "このサイトは毎日地域のニュースを伝えています。市議会、学校、交通、文化、スポーツなど市内すべての地区の話題を、自社の記者が取材し、編集部が確認したうえで掲載しています。",
     "戻る", "よく読まれている記事", "編集部のおすすめ", "コメントする", "別の記事", "毎朝川沿いを散歩しているので、古い貨物駅の跡地がようやく緑になるのはとてもうれしいです"},
};

std::string headlines(const Story& s, int n, const char* path) {
    std::string out = "<ul>";
    for (int i = 0; i < n; ++i)
        out += std::string("<li><a href=\"/") + path + std::to_string(i) + "\">" + s.headline + " " + std::to_string(i) +
               ", told in a long linked line</a></li>";
    return out + "</ul>";
}

std::string story_body(const Story& s) {
    std::string body;
    for (int round = 0; round < 3; ++round)
        for (const auto& p : s.paras) body += "<p>" + p + "</p>";
    return body;
}

// The boxes of one kind, no names: navigation column, picks widget, the article's box.
std::string boxes(const Story& s, const std::string& article_tail = "") {
    const std::string column = std::string("<div><ul><li><a href=\"/\">") + s.back + "</a></li></ul><div><h3>" + s.popular + "</h3>" +
                               headlines(s, 6, "a") + "</div><div><h3>" + s.picks + "</h3>" + headlines(s, 5, "b") + "</div></div>";
    const std::string picks = std::string("<div><h3>") + s.picks + "</h3>" + headlines(s, 4, "c") + "</div>";
    const std::string article = std::string("<div><div><a href=\"#comments\">") + s.join + "</a></div><div><h3>" + s.byline + "</h3>" +
                                story_body(s) + "</div>" + article_tail + "</div>";
    return "<div>" + column + picks + article + "</div>";
}

std::string page(const Story& s, bool table, const std::string& article_tail = "") {
    const std::string intro = std::string("<p>") + s.intro + "</p><p>" + s.intro + "</p>";
    const std::string head = table ? "<table><tr><td>" + intro + "</td></tr></table><table><tr><td><h1>" + s.title + "</h1></td></tr></table>"
                                   : "<div>" + intro + "</div><div><h1>" + s.title + "</h1></div>";
    return html_page(s.lang, s.title, head + boxes(s, article_tail));
}

}  // namespace

TEST_CASE("widgets of links beside the article's box are no nested thread") {
    for (const Story& s : stories)
        for (const bool table : {false, true}) {
            CAPTURE(s.lang);
            CAPTURE(table);
            const std::string out = text_of(page(s, table));
            for (const auto& p : s.paras) CHECK_MESSAGE(has(out, p), out);
            CHECK_FALSE(has(out, s.headline));  // the widgets' headlines stay out
        }
}

TEST_CASE("readers' posts with linked names and nested replies stay a thread") {
    // The same article, its box closed by readers' posts: a linked name line over a post's
    // words, replies nested in a post. They are words with a short link each, a thread: left out.
    for (const Story& s : stories) {
        std::string posts = "<div>";
        for (int i = 0; i < 4; ++i) {
            posts += "<div><div><a href=\"/user/" + std::to_string(i) + "\">Reader" + std::to_string(i) + "</a></div><div>" +
                     s.reply + " (" + std::to_string(i) + ")</div>";
            if (i == 1) posts += "<div><div><a href=\"/user/9\">Reader9</a></div><div>" + std::string(s.reply) + " (9)</div></div>";
            posts += "</div>";
        }
        posts += "</div>";
        CAPTURE(s.lang);
        const std::string out = text_of(page(s, true, posts));
        CHECK_MESSAGE(has(out, s.paras[0]), out);
        CHECK_FALSE(has(out, "Reader1"));
        CHECK_FALSE(has(out, s.reply));
    }
}
