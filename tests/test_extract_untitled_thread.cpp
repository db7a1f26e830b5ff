// A thread after a post, on a page with no title to measure by (extract_untitled_thread.cpp):
// no <title>, no heading, no metadata — a blog post of three paragraphs and then its readers'
// thread, nested replies signed by linked names, longer than the post. The thread outscores
// the post; the post is the page's article. The negative: the same thread opening the page
// (a forum's) is the page's content.
// en, de, fr, ja, ru in bare div soup, HTML5 tags and a layout table (ru's post, a few characters
// under the page-wide bar of an article, was found in HTML5 only: comments_untitled_replies.cpp).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"
#include "untitled_thread_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

struct Post {
    const char* lang;
    std::vector<std::string> paras;
    std::string reply;
    std::vector<std::string> markups;
};

const std::vector<Post> posts = {
    {"en",
     {"We finally planted the vegetable garden this weekend, after two months of planning the beds and ordering seeds.",
      "The tomatoes went along the south fence, where they get sun all afternoon, and the beans climb the old trellis.",
      "Next week we will add mulch and set up the drip line, so the plants survive the hot days of July."},
     "Great work! We tried the same layout last year and the beans did very well on a trellis like yours, though the slugs loved them too.",
     {"div", "html5", "table"}},
    {"de",
     {"Am Wochenende haben wir endlich den Gemüsegarten angelegt, nach zwei Monaten Planung der Beete und Bestellung der Samen.",
      "Die Tomaten stehen am Südzaun, wo sie den ganzen Nachmittag Sonne haben, und die Bohnen klettern am alten Spalier.",
      "Nächste Woche kommen Mulch und die Tropfbewässerung dazu, damit die Pflanzen die heißen Tage im Juli überstehen."},
     "Tolle Arbeit! Wir haben letztes Jahr dieselbe Aufteilung probiert, die Bohnen wuchsen am Spalier sehr gut, nur die Schnecken mochten sie auch.",
     {"div", "html5", "table"}},
    {"fr",
     {"Nous avons enfin planté le potager ce week-end, après deux mois passés à dessiner les planches et à commander les graines.",
      "Les tomates longent la clôture sud, au soleil tout l'après-midi, et les haricots grimpent sur le vieux treillage.",
      "La semaine prochaine nous ajouterons du paillis et le goutte-à-goutte, pour que les plants passent les chaleurs de juillet."},
     "Beau travail ! Nous avons essayé la même disposition l'an dernier et les haricots ont très bien poussé sur un treillage, mais les limaces aussi.",
     {"div", "html5", "table"}},
    {"ja",
     {"今週末、二か月かけて畝の計画を立て種を注文したあと、ようやく家庭菜園の植え付けを終えました。南側の柵沿いにはトマトを植えました。",
      "トマトは午後ずっと日が当たる場所で、インゲンは古い支柱を登っています。水やりの道具も物置から出して準備しました。",
      "来週はマルチングと点滴かん水を整えて、七月の暑い日を乗り切れるようにする予定です。収穫が今から楽しみです。"},
     "すばらしいですね！私たちも去年同じ配置にしてみましたが、支柱のインゲンはとてもよく育ちました。ただナメクジにも大人気でした。",
     {"div", "html5", "table"}},
    {"ru",
     {"В выходные мы наконец посадили огород, после двух месяцев планирования грядок и заказа семян.",
      "Помидоры растут вдоль южного забора, где солнце весь день, а фасоль поднимается по старой шпалере.",
      "На следующей неделе добавим мульчу и капельный полив, чтобы растения пережили жаркие дни июля."},
     "Отличная работа! Мы в прошлом году пробовали так же, фасоль на шпалере росла прекрасно, только слизни её тоже очень любили.",
     {"div", "html5", "table"}},
};

// forum: the thread opens the page, no post before it.
std::string page(const Post& p, const std::string& markup, bool forum) {
    std::string post;
    if (!forum)
        for (const auto& para : p.paras) post += "<p>" + para + "</p>";
    return winnow::test::untitled_thread_page(p.lang, p.reply, markup, post);
}

}  // namespace

TEST_CASE("no title: the post before its readers' thread is the article") {
    for (const Post& p : posts)
        for (const auto& markup : p.markups) {
            CAPTURE(p.lang);
            CAPTURE(markup);
            const std::string out = text_of(page(p, markup, false));
            for (const auto& para : p.paras) CHECK_MESSAGE(has(out, para), out);
            CHECK_FALSE(has(out, p.reply));
        }
}

TEST_CASE("no title: a thread that opens the page is its content") {
    for (const Post& p : posts)
        for (const auto& markup : p.markups) {
            CAPTURE(p.lang);
            CAPTURE(markup);
            const std::string out = text_of(page(p, markup, true));
            CHECK_MESSAGE(has(out, p.reply + " (0)"), out);
        }
}
