// A picture set in a paragraph of its own, its caption in a line after it, both in one box
// between the article's paragraphs: "<div><p><picture>…</picture></p><span>caption (Image:
// agency)</span></div>" (issue 18, class-blind round 50). Class names are hashes, so no name
// says "caption". The <p> holds no text, only the picture: it is the picture's wrapper (a CMS
// sets each picture in a paragraph), and the box is a figure whose short line is its caption,
// left out of the plain text as every caption is. A <p> holding the picture and words of its own
// is text and stays. English, German, French, Spanish, Russian, Japanese; the box a <div> in
// nested <div>s (markup 1), a <div> in an <article>'s <section> (markup 2), in a layout table's
// cell (markup 3); the picture a bare <img> or a <picture> with a <source>.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::block_text_of;
using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    const char* title;
    std::string paras[3];
    std::string caption;
};

std::vector<Case> cases() {
    return {
        {"en", "Harbour cranes return after the winter",
         {"The first of the new cranes arrived on a barge early on Tuesday, and by noon a small crowd had gathered on the quay to watch.",
          "Workers spent the afternoon bolting the boom into place while the wind kept changing, which slowed the job more than planned.",
          "The harbour board expects the second crane within a month, once the barge has made the trip back up the coast."},
         "A crane boom is lifted onto the quay on Tuesday (Image: harbour board)"},
        {"de", "Hafenkräne kehren nach dem Winter zurück",
         {"Der erste der neuen Kräne kam am Dienstag früh auf einem Lastkahn an, und gegen Mittag sahen schon viele Leute am Kai zu.",
          "Die Arbeiter verschraubten am Nachmittag den Ausleger, während der Wind ständig drehte und die Arbeit länger dauerte als geplant.",
          "Die Hafenverwaltung erwartet den zweiten Kran innerhalb eines Monats, sobald der Kahn die Küste wieder hinaufgefahren ist."},
         "Ein Kranausleger wird am Dienstag auf den Kai gehoben (Bild: Hafenverwaltung)"},
        {"fr", "Les grues du port reviennent après l'hiver",
         {"La première des nouvelles grues est arrivée sur une barge mardi matin, et vers midi une petite foule regardait depuis le quai.",
          "Les ouvriers ont passé l'après-midi à boulonner la flèche pendant que le vent tournait sans cesse, ce qui a ralenti le travail.",
          "Le port attend la deuxième grue d'ici un mois, quand la barge aura refait le voyage le long de la côte."},
         "Une flèche de grue est hissée sur le quai mardi (Photo : autorité portuaire)"},
        {"es", "Las grúas del puerto vuelven tras el invierno",
         {"La primera de las grúas nuevas llegó en una barcaza el martes temprano, y a mediodía un pequeño grupo miraba desde el muelle.",
          "Los operarios pasaron la tarde atornillando la pluma mientras el viento cambiaba sin parar, lo que retrasó el trabajo.",
          "El puerto espera la segunda grúa dentro de un mes, cuando la barcaza haya hecho de nuevo el viaje por la costa."},
         "La pluma de una grúa es izada al muelle el martes (Imagen: autoridad portuaria)"},
        {"ru", "Портовые краны вернулись после зимы",
         {"Первый из новых кранов прибыл на барже рано утром во вторник, и к полудню на причале собралась небольшая толпа зрителей.",
          "Рабочие весь день крепили стрелу, пока ветер постоянно менялся, и работа заняла больше времени, чем планировалось.",
          "Администрация порта ждёт второй кран в течение месяца, когда баржа снова пройдёт вдоль побережья."},
         "Стрелу крана поднимают на причал во вторник (Фото: администрация порта)"},
        {"ja", "冬を越えて港のクレーンが戻ってきた",
         {"新しいクレーンの一台目は火曜日の早朝にはしけで到着し、昼ごろには岸壁に小さな人だかりができていた。",
          "作業員は午後いっぱいかけてブームを取り付けたが、風向きが何度も変わったため、作業は予定より長引いた。",
          "港湾局は、はしけが再び海岸沿いを往復したあと、一か月以内に二台目が届く見込みだとしている。"},
         "火曜日、岸壁に吊り上げられるクレーンのブーム（写真：港湾局）"},
    };
}

// The article: a headline, two paragraphs, the picture box, the last paragraph. words: the
// picture's paragraph holds a sentence of its own after the picture (then it is text).
std::string page(const Case& c, int markup, bool picture_tag, bool words) {
    const std::string img = picture_tag
                                ? "<picture><source type=\"image/webp\" srcset=\"/img/590x/crane.webp\"><img src=\"/img/loader.gif\" "
                                  "data-src=\"/img/590x/crane.jpg\" alt=\"crane\" data-w=\"590\" data-h=\"350\"></picture>"
                                : "<img src=\"/img/590x/crane.jpg\" alt=\"crane\" width=\"590\" height=\"350\">";
    const std::string box = "<div class=\"x9f1 zb2p\"><p class=\"p2gr\">" + img + (words ? c.paras[2] : std::string()) +
                            "</p><span class=\"ggs5\">" + c.caption + "</span></div>";
    const std::string flow = std::string("<h1>") + c.title + "</h1><p>" + c.paras[0] + "</p><p>" + c.paras[1] + "</p>" + box +
                             (words ? std::string() : "<p>" + c.paras[2] + "</p>");
    std::string body = "<div class=\"h7c2q\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>";
    if (markup == 1) body += "<div class=\"q5qc\"><div class=\"rx3j\">" + flow + "</div></div>";
    else if (markup == 2) body += "<article class=\"q5qc\"><section class=\"rx3j\">" + flow + "</section></article>";
    else body += "<table class=\"q5qc\"><tr><td class=\"rx3j\">" + flow + "</td></tr></table>";
    return html_page(c.lang, c.title, body);
}

}  // namespace

TEST_CASE("class-blind: a line after a picture set alone in a paragraph is the picture's caption") {
    for (const auto& c : cases())
        for (int markup : {1, 2, 3})
            for (const bool picture_tag : {false, true}) {
                CAPTURE(std::string(c.lang));
                CAPTURE(markup);
                CAPTURE(picture_tag);
                const std::string html = page(c, markup, picture_tag, false);
                const std::string out = text_of(html);
                for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 30)));
                CHECK_FALSE(has(out, c.caption));
                CHECK(has(block_text_of(html), c.caption));  // kept as the figure's caption
            }
}

TEST_CASE("class-blind: a paragraph holding a picture and words of its own stays text with the line after it") {
    for (const auto& c : cases())
        for (int markup : {1, 2, 3}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            const std::string out = text_of(page(c, markup, true, true));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 30)));
            CHECK(has(out, c.caption));
        }
}
