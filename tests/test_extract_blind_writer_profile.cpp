// The writer's profile under a post, known by where it links (issue 18, class-blind round 50):
// the byline under the headline links the writer's name to the writer's page, and after the
// post's paragraphs a box opens with a heading that links there again ("About Jane", or the
// name alone) over a paragraph about the writer that does not open with the name ("I teach…")
// and shows no portrait. Class names are hashes, so no name says "author". The box links back
// to the byline: it is the writer's profile and goes. A box of the post's own text that names
// the writer at its end stays. English, German, French, Spanish, Russian,
// Japanese; the post in nested <div>s (markup 1), an <article> with <section>s (markup 2), a
// layout table's cell (markup 3).
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
    const char* writer;
    const char* about;  // the profile's heading, the name in it
    std::string paras[3];
    std::string bio;
};

std::vector<Case> cases() {
    return {
        {"en", "Thirty small gifts, one a day", "Marta Quell", "About Marta",
         {"Every morning this month we open a small box and put one thing in it that someone on your list would be glad to find.",
          "Some are things we made ourselves, some come from the little shops around the corner, and a few are simply good ideas.",
          "Come back tomorrow for the next one, and tell us in the comments which of the first three you liked best so far."},
         "I taught school for twelve years before my twins arrived. I live by the river with too many plants and a patient dog."},
        {"de", "Dreißig kleine Geschenke, eins pro Tag", "Marta Quell", "Über Marta",
         {"Jeden Morgen in diesem Monat öffnen wir eine kleine Schachtel und legen etwas hinein, über das sich jemand freuen würde.",
          "Manches haben wir selbst gemacht, manches stammt aus den kleinen Läden um die Ecke, und einiges ist einfach eine gute Idee.",
          "Schaut morgen wieder vorbei und schreibt uns, welches der ersten drei Geschenke euch bisher am besten gefallen hat."},
         "Ich war zwölf Jahre Lehrerin, bevor meine Zwillinge kamen. Ich wohne am Fluss mit zu vielen Pflanzen und einem geduldigen Hund."},
        {"fr", "Trente petits cadeaux, un par jour", "Marta Quell", "À propos de Marta",
         {"Chaque matin ce mois-ci, nous ouvrons une petite boîte et nous y mettons une chose qui ferait plaisir à quelqu'un.",
          "Certaines choses sont faites maison, d'autres viennent des petites boutiques du quartier, et quelques-unes sont de bonnes idées.",
          "Revenez demain pour la suivante, et dites-nous lequel des trois premiers cadeaux vous a le plus plu jusqu'ici."},
         "J'ai enseigné pendant douze ans avant l'arrivée de mes jumeaux. Je vis au bord de la rivière avec trop de plantes et un chien patient."},
        {"es", "Treinta pequeños regalos, uno al día", "Marta Quell", "Sobre Marta",
         {"Cada mañana de este mes abrimos una cajita y ponemos dentro algo que alguien de tu lista estaría feliz de encontrar.",
          "Algunas cosas las hicimos nosotros, otras vienen de las tiendas pequeñas del barrio, y unas pocas son simplemente buenas ideas.",
          "Vuelve mañana para ver la siguiente, y cuéntanos cuál de los tres primeros regalos te ha gustado más hasta ahora."},
         "Fui maestra durante doce años antes de que llegaran mis gemelos. Vivo junto al río con demasiadas plantas y un perro paciente."},
        {"ru", "Тридцать маленьких подарков, по одному в день", "Марта Квелл", "О Марте",
         {"Каждое утро в этом месяце мы открываем маленькую коробку и кладём в неё то, чему кто-то из ваших близких будет рад.",
          "Что-то мы сделали сами, что-то нашли в маленьких магазинах за углом, а кое-что просто хорошая идея для подарка.",
          "Возвращайтесь завтра за следующим и напишите нам, какой из первых трёх подарков понравился вам больше всего."},
         "Двенадцать лет я работала учительницей, пока не родились мои близнецы. Живу у реки, с множеством растений и терпеливой собакой."},
        {"ja", "一日ひとつ、三十の小さな贈り物", "山田花子", "山田花子",
         {"今月は毎朝小さな箱を開けて、あなたの大切な人が見つけたら喜びそうなものをひとつずつ入れていきます。",
          "自分たちで作ったものもあれば、近所の小さなお店で見つけたものもあり、ちょっとした思いつきもあります。",
          "明日も次の贈り物を見に来てください。最初の三つのうちどれが一番気に入ったか、ぜひ教えてください。"},
         "双子が生まれるまで十二年間教師をしていました。川のそばで、たくさんの植物と我慢強い犬と暮らしています。"},
    };
}

std::string page(const Case& c, int markup) {
    const std::string profile_href = "/author/mq/";
    const std::string head = std::string("<h1>") + c.title + "</h1><div class=\"rm8r\">12.11.2012 <a href=\"" + profile_href + "\">" +
                             c.writer + "</a> | <a href=\"#c\">45</a></div>";
    std::string post;
    for (const auto& p : c.paras) post += "<p>" + p + "</p>";
    const std::string profile = std::string("<div class=\"kst6\"><div class=\"pk7l\"><h3><a href=\"") + profile_href + "\">" + c.about +
                                "</a></h3><p>" + c.bio + "</p><p><a href=\"" + profile_href + "\">&raquo;</a></p></div></div>";
    std::string body = "<div class=\"h7c2q\"><a href=\"/\">Home</a> <a href=\"/gifts\">Gifts</a> <a href=\"/about\">About</a></div>";
    if (markup == 1)
        body += "<div class=\"q5qc\"><div class=\"zvlj\">" + head + "<div class=\"s5df\">" + post + profile + "</div></div></div>";
    else if (markup == 2)
        body += "<article class=\"q5qc\"><header>" + head + "</header><section class=\"s5df\">" + post + "</section><section>" +
                profile + "</section></article>";
    else
        body += "<table class=\"q5qc\"><tr><td class=\"zvlj\">" + head + post + profile + "</td></tr></table>";
    body += "<div class=\"r2f6\"><p>Copyright 2012.</p></div>";
    return html_page(c.lang, c.title, body);
}

}  // namespace

TEST_CASE("class-blind: a box after the post linking where the byline links is the writer's profile") {
    for (const auto& c : cases())
        for (int markup : {1, 2, 3}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            const std::string out = text_of(page(c, markup));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 30)));
            CHECK_FALSE(has(out, c.bio.substr(0, 30)));
        }
}

// The post's last box that names the writer only at its end, after a sentence of the post's
// own ("…, writes <a>Marta Quell</a>"), is the post's text: a profile names the writer at its top.
TEST_CASE("class-blind: a closing box of the post that links to the writer at its end stays") {
    for (const auto& c : cases())
        // (not markup 2: there the box is a section of its own, outside the post's)
        for (int markup : {1, 3}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            std::string html = page(c, markup);
            // The post's last paragraph moves into the closing box, the writer's link after it.
            const std::string last = "<p>" + c.paras[2] + "</p>";
            html.erase(html.find(last), last.size());
            const std::string profile_start = "<div class=\"kst6\">";
            const std::size_t at = html.find(profile_start);
            REQUIRE(at != std::string::npos);
            const std::size_t end = html.find("</div></div>", at) + 12;
            html.replace(at, end - at, std::string("<div class=\"kst6\"><p>") + c.paras[2] + " <a href=\"/author/mq/\">" + c.writer +
                                           "</a></p></div>");
            const std::string out = text_of(html);
            CHECK(has(out, std::string(c.paras[2]).substr(0, 30)));
            CHECK(has(out, c.writer));
        }
}
