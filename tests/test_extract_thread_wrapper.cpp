// A core that is mostly a named readers' thread yields to the post beside it when it came out
// empty (extract.cpp's fallback, extract_threads.cpp: post_beside_named_thread): a box holds a
// short post (its linked headline, a byline of links, topic and share links, one paragraph of
// prose, "read next" headlines) and, after it, a thread named as comments with ten times the
// post's text. With the post's own body box unwrapped (a template one level shallower), the
// post's links sink its score and the wrapper wins on the thread's prose; cleaned, the thread
// goes as chrome and the post's links as link lists, nothing is left, and the unedited wrapper
// came out (the post's "read next" headlines, its share links, the thread's pager). A picture
// post (headline, byline, picture) over a box that is all thread came out as nothing at all.
// The post beside the thread, as a winner inside a thread yields to it, is the article.
// Markups: HTML5 (<section> holding <article> and <section id="comments">), div soup (the
// thread named by class only), a layout table's cell holding both; en, de, es, ru, ja.
// The negative: a post whose own prose outweighs its thread reads as before.
#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

struct Lang {
    const char* code;
    std::string title, by, body, more, next;
    std::vector<std::string> topics;
    std::vector<std::string> comments;
};

const std::vector<Lang> langs = {
    {"en", "County court asks rival bakeries to settle their recipe dispute out of court",
     "Posted by marta on Tuesday July 24",
     "A reader writes that the county judge wants to know why the long quarrel between two bakeries over a rye recipe should not be settled through mediation. 'Why are these hearings going on at all?' she asked the lawyers this morning. The judge also refused to hear the claims of each side in separate cases, and set a date in autumn for both parties to report back.",
     "Read the 48 comments", "You may like to read:",
     {"Courts", "Food", "Business", "Local"},
     {"I think the judge is right, these two families have been fighting for years and nobody remembers who baked the bread first anyway.",
      "Mediation works well in cases like this one, my uncle had a similar quarrel with a neighbour about a fence and it was over in a week.",
      "The recipe is not even that special, every grandmother in the valley knows how to make rye bread with caraway and a little honey.",
      "What about the customers? Prices went up twice last year while the lawyers were paid from the money both bakeries earned from us.",
      "Separate cases would have taken ages, so refusing them makes sense, but the autumn date is still far away for such a small matter.",
      "Funny how a loaf of bread can keep a whole court busy for a year, while the road in front of the bakery still has the same holes.",
      "I buy from both shops and honestly the bread tastes almost the same, the only difference is the shape of the loaf and the paper bag.",
      "Somebody should ask the bakers themselves instead of their lawyers, they would probably agree over a coffee in ten minutes or less."}},
    {"de", "Amtsgericht rät zwei Bäckereien, ihren Rezeptstreit außergerichtlich beizulegen",
     "Geschrieben von marta am Dienstag, 24. Juli",
     "Ein Leser schreibt, die Richterin wolle wissen, warum der lange Streit zweier Bäckereien um ein Roggenrezept nicht durch eine Schlichtung beigelegt werden könne. 'Warum laufen diese Verhandlungen überhaupt?' fragte sie die Anwälte heute Morgen. Die Richterin lehnte es zudem ab, die Ansprüche beider Seiten getrennt zu verhandeln, und setzte einen Termin im Herbst fest.",
     "Alle 48 Kommentare lesen", "Das könnte Sie interessieren:",
     {"Gerichte", "Essen", "Wirtschaft", "Region"},
     {"Die Richterin hat recht, die beiden Familien streiten seit Jahren und niemand weiß mehr, wer das Brot zuerst gebacken hat.",
      "Schlichtung funktioniert in solchen Fällen gut, mein Onkel hatte einen ähnlichen Streit um einen Zaun und nach einer Woche war Ruhe.",
      "Das Rezept ist nicht einmal besonders, jede Großmutter im Tal weiß, wie man Roggenbrot mit Kümmel und etwas Honig backt.",
      "Und die Kunden? Die Preise stiegen letztes Jahr zweimal, während die Anwälte aus dem Geld bezahlt wurden, das wir den Bäckern gaben.",
      "Getrennte Verfahren hätten ewig gedauert, die Ablehnung ist also richtig, aber der Herbst ist für so eine kleine Sache weit weg.",
      "Komisch, wie ein Laib Brot ein ganzes Gericht ein Jahr lang beschäftigt, während die Straße vor der Bäckerei dieselben Löcher hat.",
      "Ich kaufe in beiden Läden und ehrlich gesagt schmeckt das Brot fast gleich, nur die Form des Laibs und die Tüte sind anders.",
      "Man sollte die Bäcker selbst fragen statt ihrer Anwälte, bei einem Kaffee wären sie sich wohl in zehn Minuten oder weniger einig."}},
    {"es", "El juzgado pide a dos panaderías rivales que resuelvan su disputa por una receta",
     "Publicado por marta el martes 24 de julio",
     "Un lector escribe que la jueza quiere saber por qué la larga pelea entre dos panaderías por una receta de centeno no puede resolverse mediante una mediación. '¿Por qué siguen estas audiencias?' preguntó a los abogados esta mañana. La jueza también rechazó oír por separado las demandas de cada parte, y fijó una fecha en otoño para que ambas informen.",
     "Leer los 48 comentarios", "También le puede interesar:",
     {"Tribunales", "Comida", "Negocios", "Región"},
     {"Creo que la jueza tiene razón, esas dos familias llevan años peleando y ya nadie recuerda quién horneó el pan primero.",
      "La mediación funciona bien en casos así, mi tío tuvo una pelea parecida con un vecino por una valla y en una semana se acabó.",
      "La receta ni siquiera es especial, todas las abuelas del valle saben hacer pan de centeno con comino y un poco de miel.",
      "¿Y los clientes? Los precios subieron dos veces el año pasado mientras a los abogados se les pagaba con el dinero que dejamos allí.",
      "Los casos separados habrían tardado siglos, así que rechazarlos tiene sentido, pero el otoño queda lejos para un asunto tan pequeño.",
      "Es curioso cómo una barra de pan mantiene ocupado a un juzgado un año entero, mientras la calle frente a la panadería sigue rota.",
      "Compro en las dos tiendas y sinceramente el pan sabe casi igual, solo cambian la forma de la barra y la bolsa de papel.",
      "Alguien debería preguntar a los panaderos en vez de a sus abogados, con un café se pondrían de acuerdo en diez minutos o menos."}},
    {"ru", "Районный суд предложил двум пекарням уладить спор о рецепте без суда",
     "Опубликовал marta во вторник, 24 июля",
     "Читатель пишет, что судья хочет знать, почему долгий спор двух пекарен о рецепте ржаного хлеба нельзя решить через посредника. «Зачем вообще идут эти слушания?» — спросила она адвокатов сегодня утром. Судья также отказалась рассматривать иски сторон по отдельности и назначила осенью дату, к которой обе стороны должны отчитаться.",
     "Читать все 48 комментариев", "Вам может быть интересно:",
     {"Суды", "Еда", "Бизнес", "Регион"},
     {"Судья права, эти две семьи спорят уже много лет, и никто не помнит, кто первым испёк этот хлеб.",
      "Посредничество хорошо работает в таких делах, у моего дяди был похожий спор с соседом о заборе, и через неделю всё кончилось.",
      "Рецепт даже не особенный, каждая бабушка в долине умеет печь ржаной хлеб с тмином и капелькой мёда.",
      "А покупатели? Цены в прошлом году выросли дважды, пока адвокатам платили из денег, которые мы несли в эти пекарни.",
      "Отдельные дела тянулись бы вечно, так что отказ разумен, но осень слишком далеко для такого мелкого вопроса.",
      "Забавно, как буханка хлеба целый год занимает суд, а дорога перед пекарней всё в тех же ямах.",
      "Я покупаю в обеих лавках, и честно говоря хлеб почти одинаковый, отличаются только форма буханки и бумажный пакет.",
      "Надо спросить самих пекарей, а не их адвокатов, за чашкой кофе они договорились бы минут за десять, а то и быстрее."}},
    {"ja", "地方裁判所、二つのパン屋にレシピを巡る争いを和解で解決するよう求める",
     "投稿者 marta 7月24日(火)",
     "読者によると、裁判官はライ麦パンのレシピを巡る二つのパン屋の長い争いを、なぜ調停で解決できないのかと問いただした。「そもそもなぜこの審理を続けているのですか」と今朝、弁護士たちに尋ねたという。裁判官はまた、双方の請求を別々の事件として審理することを退け、秋に両者が報告する日を定めた。",
     "48件のコメントを読む", "こちらもおすすめ:",
     {"裁判", "食べ物", "ビジネス", "地域"},
     {"裁判官の言う通りだと思う。あの二つの家族は何年も争っていて、どちらが先にパンを焼いたのかもう誰も覚えていない。",
      "こういう件では調停がうまくいく。叔父も隣人と塀のことで似た争いをしたが、一週間で片づいた。",
      "レシピは別に特別でもない。谷のおばあさんなら誰でも、キャラウェイと少しの蜂蜜でライ麦パンを焼ける。",
      "客のことはどうなのか。去年は値段が二度上がり、その間弁護士には私たちが払ったお金から報酬が出ていた。",
      "別々の事件にしたら何年もかかったはずだから退けたのは正しいが、こんな小さな件に秋はまだ遠すぎる。",
      "パン一斤で裁判所が一年も忙しいのに、パン屋の前の道は相変わらず穴だらけなのが面白い。",
      "両方の店で買っているけれど、正直パンの味はほとんど同じで、違うのは形と紙袋くらいだ。",
      "弁護士ではなくパン屋本人に聞けばいい。コーヒーを一杯飲めば十分もかからず話がまとまるだろう。"}},
};

// A comment's opening clause, up to its first comma (Latin or CJK), as a story's headline.
std::string headline(const std::string& c) {
    return c.substr(0, std::min({c.find(','), c.find("\u3001"), c.find("\u3002")}));
}

// The post: linked headline, byline of links, topic links, one paragraph loose in the post's box
// (its body box unwrapped), then its links (comment count, share).
std::string post(const Lang& l, const std::string& box) {
    std::string s = "<" + box + "><" + (box == "article" ? "header" : "div") + ">";
    for (std::size_t i = 0; i < l.topics.size(); ++i)
        s += "<a href=\"/topic/" + std::to_string(i) + "\"><img src=\"/t" + std::to_string(i) + ".png\" alt=\"" + l.topics[i] + "\"></a>";
    s += "<h2><a href=\"/story/2012/07/24/court-bakeries\">" + l.title + "</a> <span>48</span></h2>";
    s += "<div><a href=\"/~marta\">" + l.by + "</a> <a href=\"/dept/bread\">bread-dept</a></div></" +
         (box == "article" ? "header" : "div") + ">";
    s += l.body;
    s += "<div>";
    for (std::size_t i = 0; i < l.topics.size(); ++i)
        s += "<a href=\"/tag/" + std::to_string(i) + "\">" + l.topics[i] + "</a> ";
    s += "<a href=\"#comments\">" + l.more + "</a> <a href=\"/share/mail\">E-mail</a> <a href=\"/share/tw\">Twitter</a> "
         "<a href=\"/share/fb\">Facebook</a> <a href=\"/share/li\">LinkedIn</a> <a href=\"/share/rd\">Reddit</a></div>";
    // Inside the post, after its links: what to read next, linked headlines of other stories.
    const std::string aside = box == "article" ? "aside" : "div";
    s += "<" + aside + "><h3><a href=\"/prev\">&larr;</a></h3><h3>" + l.next + "</h3><h3><a href=\"/next\">&rarr;</a></h3>";
    for (std::size_t i = 0; i < l.comments.size(); ++i)
        s += "<h3><a href=\"/story/" + std::to_string(i) + "\">" + headline(l.comments[i]) + "</a></h3>";
    s += "</" + aside + "></" + box + ">";
    return "<" + std::string(box == "article" ? "section" : "div") + ">" + s + "</" + (box == "article" ? "section" : "div") + ">";
}

std::string thread(const Lang& l, const std::string& box, bool html5) {
    std::string s = "<" + box + (html5 ? " id=\"comments\"" : " class=\"comments\"") + "><h3>" + l.title + "</h3>";
    for (int round = 0; round < 6; ++round)
        for (std::size_t i = 0; i < l.comments.size(); ++i) {
            const std::string n = std::to_string(round * 10 + i + 1);
            s += "<div class=\"comment\" id=\"c" + n + "\"><div class=\"comment-head\"><a href=\"/~reader" + n + "\">reader" + n +
                 "</a> (Score:" + std::to_string(i % 5) + ")</div><div class=\"comment-body\"><p>" + l.comments[i] + "</p><p>" +
                 l.comments[(i + 3 + round) % l.comments.size()] + "</p></div></div>";
        }
    s += "<div>44 / 48 <a href=\"/more\">+</a></div></" + box + ">";
    return s;
}

std::string page(const Lang& l, const std::string& markup) {
    std::string inner;
    if (markup == "html5")
        inner = "<section class=\"main\">" + post(l, "article") + thread(l, "section", true) + "</section>";
    else if (markup == "div")
        inner = "<div>" + post(l, "div") + thread(l, "div", false) + "</div>";
    else
        inner = "<table><tr><td width=\"150\"><a href=\"/\">Home</a><br><a href=\"/about\">About</a></td><td>" + post(l, "div") +
                thread(l, "div", false) + "</td></tr></table>";
    const std::string related = "<div><a href=\"/terms\">Terms</a> <a href=\"/privacy\">Privacy</a></div>";
    return std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><meta charset=\"utf-8\"><title>" + l.title +
           "</title><link rel=\"canonical\" href=\"https://example.org/story/2012/07/24/court-bakeries\"></head><body><div><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>" + inner + related +
           "</body></html>";
}

// A picture post (headline, byline, picture, share links), then boxes whose text is the
// readers' thread: a list named as comments, the named box around it unwrapped, the box that
// held that one named as content.
std::string picture_page(const Lang& l, const std::string& markup) {
    const bool html5 = markup == "html5";
    const std::string box = html5 ? "article" : "div";
    std::string s = "<" + box + "><h1><a href=\"https://example.org/story/2012/07/24/court-bakeries\">" + l.title + "</a></h1><div>" +
                    l.by + "</div><div><a href=\"/wide\"><img src=\"/bread.jpg\" width=\"600\" height=\"400\" alt=\"\"></a></div>"
                    "<div><div>Share</div><a href=\"/share/tw\">Tweet</a></div></" + box + ">";
    std::string thread = "<ul class=\"comments\">";
    for (int round = 0; round < 2; ++round)
        for (std::size_t i = 0; i < l.comments.size(); ++i)
            thread += "<li><div><cite>reader" + std::to_string(round * 10 + i + 1) + "</cite></div><div><p>" + l.comments[i] + "</p></div></li>";
    thread += "</ul>";
    const std::string cols = markup == "table" ? "<table><tr><td>" + s + "</td></tr><tr><td>" + thread + "</td></tr></table>"
                                               : "<div><div>" + s + "</div></div><div><div class=\"content\">" + thread + "</div></div>";
    return std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><meta charset=\"utf-8\"><title>" + l.title +
           "</title></head><body><div><a href=\"/\">Home</a> <a href=\"/news\">News</a></div><div>" + cols +
           "</div><div><a href=\"/terms\">Terms</a></div></body></html>";
}

}  // namespace

TEST_CASE("a wrapper that is mostly a named readers' thread yields to the post under the title") {
    for (const Lang& l : langs)
        for (const char* markup : {"html5", "div", "table"}) {
            const std::string code = l.code;
            CAPTURE(code);
            CAPTURE(markup);
            const std::string out = text_of(page(l, markup));
            CHECK(has(out, l.body.substr(0, 40)));
            CHECK_FALSE(has(out, l.comments[0].substr(0, 30)));
            CHECK_FALSE(has(out, l.comments[5].substr(0, 30)));
            // The wrapper came out whole: the post's "read next" headlines and its share links.
            CHECK_FALSE(has(out, l.next));
            CHECK_FALSE(has(out, "Twitter"));
        }
}

TEST_CASE("a post whose prose outweighs its thread reads as before") {
    for (const Lang& l : langs) {
        const std::string code = l.code;
        CAPTURE(code);
        Lang longer = l;
        longer.comments.resize(2);
        longer.body = "<p>" + l.body + "</p><p>" + l.comments[0] + " " + l.comments[1] + "</p><p>" + l.comments[2] + " " + l.comments[3] +
                      "</p><p>" + l.comments[4] + " " + l.comments[5] + "</p>";
        const std::string out = text_of(page(longer, "html5"));
        CHECK(has(out, l.body.substr(0, 40)));
        CHECK(has(out, l.comments[4].substr(0, 30)));
    }
}

TEST_CASE("a picture post over a box of its readers' thread reads as its headline, not as nothing") {
    for (const Lang& l : langs)
        for (const char* markup : {"html5", "div", "table"}) {
            const std::string code = l.code;
            CAPTURE(code);
            CAPTURE(markup);
            const std::string out = text_of(picture_page(l, markup));
            CHECK(has(out, l.title));
            CHECK(has(out, l.by));
            CHECK_FALSE(has(out, l.comments[0].substr(0, 30)));
        }
}
