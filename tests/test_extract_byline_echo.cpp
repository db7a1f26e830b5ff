// The byline echoed under the post (issue 18, noattr rewrite): a box after the post's prose that
// repeats one of the byline's links, the same words to the same page, is the writer's box —
// closing on the byline's "all posts by NAME" link under a bio, or opening on the byline's
// one-word pen name as its heading over a bio. With class names ("about-author") or without
// them, the page must come out the same. Negatives: a source named inside the post's last
// sentence, echoing the byline's source link, stays; a closing row of share links repeating
// the byline's share row does not take the post with it. English, German, French, Spanish,
// Russian, Japanese; nested <div>s (markup 1), <article>/<section> (markup 2), a layout table (3).
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
    const char* pen;      // a one-word pen name
    const char* posted;   // "Posted by NAME"
    const char* all;      // "View all posts by NAME"
    const char* about;    // "About NAME"
    std::string paras[3];
    std::string bio;
};

std::vector<Case> cases() {
    return {
        {"en", "Thirty small gifts, one a day", "Nicola", "Posted by Nicola", "View all posts by Nicola", "About Nicola",
         {"Every morning this month we open a small box and put one thing in it that someone on your list would be glad to find.",
          "Some are things we made ourselves, some come from the little shops around the corner, and a few are simply good ideas.",
          "Come back tomorrow for the next one, and tell us in the comments which of the first three you liked best so far."},
         "Hi, I taught school for twelve years before my twins arrived. I live by the river with too many plants and a patient dog."},
        {"de", "Dreißig kleine Geschenke, eins pro Tag", "Nicola", "Geschrieben von Nicola", "Alle Beiträge von Nicola", "Über Nicola",
         {"Jeden Morgen in diesem Monat öffnen wir eine kleine Schachtel und legen etwas hinein, über das sich jemand freuen würde.",
          "Manches haben wir selbst gemacht, manches stammt aus den kleinen Läden um die Ecke, und einiges ist einfach eine gute Idee.",
          "Schaut morgen wieder vorbei und schreibt uns, welches der ersten drei Geschenke euch bisher am besten gefallen hat."},
         "Hallo, ich war zwölf Jahre Lehrerin, bevor meine Zwillinge kamen. Ich wohne am Fluss mit zu vielen Pflanzen und einem Hund."},
        {"fr", "Trente petits cadeaux, un par jour", "Nicola", "Publié par Nicola", "Tous les articles de Nicola", "À propos de Nicola",
         {"Chaque matin ce mois-ci, nous ouvrons une petite boîte et nous y mettons une chose qui ferait plaisir à quelqu'un.",
          "Certaines choses sont faites maison, d'autres viennent des petites boutiques du quartier, et quelques-unes sont de bonnes idées.",
          "Revenez demain pour la suivante, et dites-nous lequel des trois premiers cadeaux vous a le plus plu jusqu'ici."},
         "Bonjour, j'ai enseigné pendant douze ans avant l'arrivée de mes jumeaux. Je vis au bord de la rivière avec trop de plantes."},
        {"es", "Treinta pequeños regalos, uno al día", "Nicola", "Publicado por Nicola", "Ver todas las entradas de Nicola", "Sobre Nicola",
         {"Cada mañana de este mes abrimos una cajita y ponemos dentro algo que alguien de tu lista estaría feliz de encontrar.",
          "Algunas cosas las hicimos nosotros, otras vienen de las tiendas pequeñas del barrio, y unas pocas son simplemente buenas ideas.",
          "Vuelve mañana para ver la siguiente, y cuéntanos cuál de los tres primeros regalos te ha gustado más hasta ahora."},
         "Hola, fui maestra durante doce años antes de que llegaran mis gemelos. Vivo junto al río con demasiadas plantas y un perro."},
        {"ru", "Тридцать маленьких подарков, по одному в день", "Николь", "Автор: Николь", "Все записи автора Николь", "Об авторе",
         {"Каждое утро в этом месяце мы открываем маленькую коробку и кладём в неё то, чему кто-то из ваших близких будет рад.",
          "Что-то мы сделали сами, что-то нашли в маленьких магазинах за углом, а кое-что просто хорошая идея для подарка.",
          "Возвращайтесь завтра за следующим и напишите нам, какой из первых трёх подарков понравился вам больше всего."},
         "Привет, двенадцать лет я работала учительницей, пока не родились мои близнецы. Живу у реки, с множеством растений."},
        {"ja", "一日ひとつ、三十の小さな贈り物", "Hanako", "投稿者 Hanako", "Hanako の記事一覧", "Hanako について",
         {"今月は毎朝小さな箱を開けて、あなたの大切な人が見つけたら喜びそうなものをひとつずつ入れていきます。",
          "自分たちで作ったものもあれば、近所の小さなお店で見つけたものもあり、ちょっとした思いつきもあります。",
          "明日も次の贈り物を見に来てください。最初の三つのうちどれが一番気に入ったか、ぜひ教えてください。"},
         "こんにちは、双子が生まれるまで十二年間教師をしていました。川のそばで、たくさんの植物と我慢強い犬と暮らしています。"},
    };
}

// cls(x): the class attribute when named, nothing when the names are gone.
std::string cls(bool named, const char* name) { return named ? std::string(" class=\"") + name + "\"" : std::string(); }

// kind 0: the box closes on the byline's "all posts" link; kind 1: it opens on the pen name.
std::string page(const Case& c, int markup, int kind, bool named) {
    const std::string href = "/author/nicola/";
    std::string head = "<h1" + cls(named, "entry-title") + ">" + c.title + "</h1>";
    if (kind == 0)
        head += "<p" + cls(named, "post-details") + ">" + c.posted + " | <a href=\"" + href + "\">" + c.all + "</a></p>";
    else
        head += "<p" + cls(named, "post-date") + ">12.11.2012 <a href=\"" + href + "\">" + c.pen + "</a></p>";
    std::string post;
    for (const auto& p : c.paras) post += "<p>" + p + "</p>";
    std::string box;
    if (kind == 0)
        box = "<div" + cls(named, "author-bio") + "><h4>" + c.about + "</h4><p><a href=\"/shop/\">Shop</a> " + c.bio + "</p><ul><li><a href=\"" +
              href + "\">" + c.all + "</a></li></ul></div>";
    else
        box = "<div" + cls(named, "about-author") + "><div><img src=\"/a.jpg\" alt=\"\"></div><div><h3><a href=\"" + href + "\">" + c.pen +
              "</a></h3><p>" + c.bio + "</p><p><a href=\"" + href + "\">&raquo;</a></p></div></div>";
    const std::string next = "<p>&nbsp;</p>";
    std::string body = "<div" + cls(named, "menu") + "><a href=\"/\">Home</a> <a href=\"/gifts\">Gifts</a> <a href=\"/contact\">Contact</a></div>";
    if (markup == 1)
        body += "<div" + cls(named, "post") + "><div>" + head + "<div" + cls(named, "entry") + ">" + post + box + next + "</div></div></div>";
    else if (markup == 2)
        body += "<article" + cls(named, "post") + "><header>" + head + "</header><section>" + post + box + next + "</section></article>";
    else
        body += "<table><tr><td>" + head + "<div>" + post + box + next + "</div></td></tr></table>";
    body += "<div" + cls(named, "footer") + "><p>Copyright 2012.</p></div>";
    return html_page(c.lang, c.title, body);
}

}  // namespace

TEST_CASE("a box after the post echoing a byline link is the writer's box, named or not") {
    for (const auto& c : cases())
        for (int markup : {1, 2, 3})
            for (int kind : {0, 1}) {
                CAPTURE(std::string(c.lang));
                CAPTURE(markup);
                CAPTURE(kind);
                const std::string blind = text_of(page(c, markup, kind, false));
                for (const auto& p : c.paras) CHECK(has(blind, p.substr(0, 30)));
                CHECK_FALSE(has(blind, c.bio.substr(0, 30)));
                CHECK(blind == text_of(page(c, markup, kind, true)));
            }
}

// The post's last paragraph names its source inside a sentence, linking where the byline's
// source link does: the post's own words, not a writer's box.
TEST_CASE("a source named inside the post's last sentence, echoing the byline, stays") {
    for (const auto& c : cases())
        for (int markup : {1, 3}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            std::string html = page(c, markup, 1, false);
            const std::size_t at = html.find("<div><div><img");
            REQUIRE(at != std::string::npos);
            const std::size_t end = html.find("</div></div>", html.find("&raquo;", at)) + 12;
            // The post's last paragraph moves into the box, after the source's name.
            html.replace(at, end - at, std::string("<div><p><em><a href=\"/author/nicola/\">") + c.pen + "</a> " + c.paras[2] + "</em></p></div>");
            const std::string last = "<p>" + c.paras[2] + "</p>";
            html.erase(html.find(last), last.size());
            const std::string out = text_of(html);
            CHECK(has(out, c.paras[2].substr(0, 30)));
        }
}

// The post closes on a row of share links repeating the byline's share row: the row is no
// writer's link, and the post stays.
TEST_CASE("a closing share row echoing the byline's share row does not take the post") {
    for (const auto& c : cases())
        for (int markup : {1, 2, 3}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            std::string html = page(c, markup, 0, false);
            const std::string share = "<div><a href=\"https://x.example/share?u=1\">Twitter</a> <a href=\"https://f.example/share?u=1\">Facebook</a></div>";
            const std::string h1_end = "</h1>";
            html.insert(html.find(h1_end) + h1_end.size(), share);
            const std::string first = "<p>" + c.paras[0] + "</p>";
            html.replace(html.find(first), first.size(), "<div>" + first);
            const std::string last = "<p>" + c.paras[2] + "</p>";
            html.insert(html.find(last) + last.size(), share + "</div>");
            const std::string out = text_of(html);
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 30)));
        }
}
