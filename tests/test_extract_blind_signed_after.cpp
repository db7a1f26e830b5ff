// Readers' posts signed after their text, set in the article's own box, whatever the boxes are
// named (issue 18, stop 53: tools/perturb_eval.py "noattr"). An old blog template puts each
// reader's post in a box and its signature ("Posted by: NAME at DATE") in a paragraph after it,
// in the same box as the article's paragraphs, before a reply form. With the names gone, no
// kind of the box is mostly dated (the paragraphs are the article's), yet the pairs are a box
// over a short dated line each, and every line names another writer: readers' posts. An
// author's dated addenda repeat one line ("Updated on DATE") and stay.
// English, German, French, Russian, Japanese; div soup, HTML5, a layout table; each page with
// its class names and without them, which must come out the same.
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
    std::string posts[2], signs[2];
    std::string reply;  // the reply form's heading
    std::string update[2];  // an author's two dated addenda: the same line, another date
};

std::vector<Case> cases() {
    return {
        {"en", "How the old mill got its wheel back",
         {"For forty years the mill stood without the wheel that gave it work, its axle rusting in the yard behind the shed.",
          "A group of neighbours found the plans in the town archive last winter, and a carpenter from the valley agreed to help.",
          "The new wheel turned for the first time on Sunday, slowly at first, while children counted the buckets as they rose."},
         {"We walked past it on Sunday and heard it turning, a sound none of us had heard before in this village.",
          "My grandfather worked there as a boy; he would have been glad to see the wheel turn again after so long."},
         {"Posted by: Anna Lee at August 9, 2012 11:37 AM", "Posted by: Tom Reyes at August 9, 2012 12:47 PM"},
         "Post a comment",
         {"The wheel will be stopped in winter so that the ice does not crack its wooden buckets.", "Updated on August 12, 2012"}},
        {"de", "Wie die alte Mühle ihr Rad zurückbekam",
         {"Vierzig Jahre lang stand die Mühle ohne das Rad, das ihr Arbeit gab, und die Achse rostete im Hof hinter dem Schuppen.",
          "Eine Gruppe von Nachbarn fand im letzten Winter die Pläne im Stadtarchiv, und ein Zimmermann aus dem Tal half mit.",
          "Das neue Rad drehte sich am Sonntag zum ersten Mal, erst langsam, während die Kinder die steigenden Schaufeln zählten."},
         {"Wir sind am Sonntag vorbeigegangen und haben es drehen hören, ein Geräusch, das keiner von uns hier je gehört hatte.",
          "Mein Großvater hat dort als Junge gearbeitet; er hätte sich gefreut, das Rad nach so langer Zeit wieder zu sehen."},
         {"Geschrieben von: Anna Weber am 9. August 2012 um 11:37", "Geschrieben von: Jonas Brandt am 9. August 2012 um 12:47"},
         "Kommentar schreiben",
         {"Im Winter wird das Rad angehalten, damit das Eis die hölzernen Schaufeln nicht sprengt.", "Aktualisiert am 12. August 2012"}},
        {"fr", "Comment le vieux moulin a retrouvé sa roue",
         {"Pendant quarante ans, le moulin est resté sans la roue qui le faisait travailler, son axe rouillant dans la cour.",
          "Un groupe de voisins a retrouvé les plans aux archives de la ville l'hiver dernier, et un charpentier a proposé son aide.",
          "La nouvelle roue a tourné pour la première fois dimanche, lentement d'abord, pendant que les enfants comptaient les godets."},
         {"Nous sommes passés dimanche et nous l'avons entendue tourner, un bruit qu'aucun de nous n'avait jamais entendu ici.",
          "Mon grand-père y a travaillé enfant ; il aurait été heureux de voir la roue tourner de nouveau après tant d'années."},
         {"Publié par : Marie Dubois le 9 août 2012 à 11:37", "Publié par : Luc Martin le 9 août 2012 à 12:47"},
         "Laisser un commentaire",
         {"La roue sera arrêtée en hiver pour que la glace ne fende pas ses godets en bois.", "Mis à jour le 12 août 2012"}},
        {"ru", "Как старая мельница снова получила колесо",
         {"Сорок лет мельница стояла без колеса, которое давало ей работу, а его ось ржавела во дворе за сараем.",
          "Прошлой зимой соседи нашли чертежи в городском архиве, и плотник из долины согласился им помочь.",
          "Новое колесо впервые повернулось в воскресенье, сначала медленно, а дети считали поднимающиеся ковши."},
         {"Мы проходили мимо в воскресенье и слышали, как оно вращается, такого звука здесь никто из нас не слышал.",
          "Мой дед работал там мальчишкой; он был бы рад увидеть, как колесо снова вращается после стольких лет."},
         {"Автор: Иван Петров, 9 августа 2012 в 11:37", "Автор: Ольга Смирнова, 9 августа 2012 в 12:47"},
         "Оставить комментарий",
         {"Зимой колесо остановят, чтобы лёд не расколол его деревянные ковши.", "Обновлено 12 августа 2012"}},
        {"ja", "古い水車小屋に車輪が戻るまで",
         {"四十年の間、水車小屋は仕事を与えていた車輪を失ったまま立ち、その軸は小屋の裏の庭で錆びていました。",
          "昨年の冬、近所の人たちが町の資料館で図面を見つけ、谷の大工が手伝うことを引き受けてくれました。",
          "新しい車輪は日曜日に初めて回り、最初はゆっくりと、子どもたちは上がっていく桶を数えていました。"},
         {"日曜日に通りかかって回る音を聞きました。この村で私たちの誰も聞いたことのない音でした。",
          "祖父は少年の頃そこで働いていました。長い年月を経て車輪が再び回るのを見たら喜んだでしょう。"},
         {"投稿者: 山田花子 2012年8月9日 11:37", "投稿者: 佐藤健 2012年8月9日 12:47"},
         "コメントを書く",
         {"冬の間は氷で木の桶が割れないように車輪を止めます。", "2012年8月12日 更新"}},
    };
}

enum class Markup { divs, html5, table };

// The article's box: its headline, three paragraphs, the author's line; the readers' posts,
// each a box and a signature paragraph after it; the reply form under its heading.
// addenda: the two posts are the author's addenda, signed by one line (another date each).
std::string page(const Case& c, Markup m, bool named, bool addenda) {
    const auto cls = [&](const char* name) { return named ? std::string(" class=\"") + name + "\"" : std::string(); };
    std::string box = "<h2" + cls("entry-title") + ">" + c.title + "</h2>";
    for (const auto& p : c.paras) box += "<p>" + p + "</p>";
    if (addenda) {
        for (int i = 0; i < 2; ++i)
            box += "<div" + cls("update") + "><p>" + (i == 0 ? c.update[0] : c.posts[i]) + "</p></div><p" + cls("update-date") +
                   ">" + c.update[1] + (i == 0 ? "" : " 18:05") + "</p>";
    } else {
        for (int i = 0; i < 2; ++i)
            box += "<div" + cls("comment-body") + "><p>" + c.posts[i] + "</p></div><p" + cls("comment-footer") + ">" + c.signs[i] + "</p>";
    }
    box += "<h2" + cls("comments-head") + ">" + c.reply + "</h2><form action=\"/reply\" method=\"post\"><p><input name=\"a\"></p>"
           "<p><textarea name=\"t\"></textarea></p><input type=\"submit\" value=\"OK\"></form>";
    const std::string nav = "<div" + cls("nav") + "><a href=\"/\">Home</a> <a href=\"/archive\">Archive</a></div>";
    switch (m) {
        case Markup::divs: return html_page(c.lang, c.title, nav + "<div" + cls("content") + ">" + box + "</div>");
        case Markup::html5:
            return html_page(c.lang, c.title, "<header>" + nav + "</header><main><article" + cls("post") + ">" + box + "</article></main>");
        case Markup::table:
            return html_page(c.lang, c.title, "<table><tr><td>" + nav + "</td></tr><tr><td" + cls("main") + ">" + box + "</td></tr></table>");
    }
    return {};
}

}  // namespace

TEST_CASE("class-blind: readers' posts signed after their text in the article's box go") {
    for (const auto& c : cases())
        for (const Markup m : {Markup::divs, Markup::html5, Markup::table}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(static_cast<int>(m));
            const std::string bare = text_of(page(c, m, false, false));
            for (const auto& p : c.paras) CHECK(has(bare, p));
            for (const auto& p : c.posts) CHECK_FALSE(has(bare, p));
            CHECK(bare == text_of(page(c, m, true, false)));
        }
}

TEST_CASE("class-blind: an author's dated addenda, signed by one line, stay") {
    for (const auto& c : cases())
        for (const Markup m : {Markup::divs, Markup::html5, Markup::table}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(static_cast<int>(m));
            const std::string out = text_of(page(c, m, false, true));
            for (const auto& p : c.paras) CHECK(has(out, p));
            CHECK(has(out, c.update[0]));
        }
}
