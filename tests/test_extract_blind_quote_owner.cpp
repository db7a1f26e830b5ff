// An article that quotes a long passage: a short post of a few lines of its own (what it is
// about, a list of points, "the abstract:") around one <blockquote> longer than any of its
// paragraphs, with a short list of related links at its end (issue 18, class-blind round 50).
// Class and id names are hashes, so no name calls the post's box a body; the related links
// weigh on that box's score and the quote won alone, the author's own lines lost. A winning
// quote whose box opens with prose of its own is somebody else's text inside that box: the
// box is the article. English, German, French, Spanish, Russian, Japanese; the post in nested
// <div>s (markup 1), an <article> with <section> (markup 2), a layout table's cell (markup 3).
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
    const char* intro;   // the author's lines before the quote
    const char* points;  // the line over the list
    const char* item1;
    const char* item2;
    const char* handover;  // the line that hands over to the quote
    const char* quote1;
    const char* quote2;
};

std::vector<Case> cases() {
    return {
        {"en", "Cheaper servers by picking the fast ones",
         "If you like paying less for the same work, you will enjoy this short paper from a spring workshop on shared machines.",
         "Its findings are simple and worth keeping in mind:", "One kind of rented machine runs on several kinds of hardware.",
         "The fastest of them finish the same job in two thirds of the time.", "From the summary:",
         "Providers start with machines that are nearly all alike, but over the years old parts are replaced and new ones are "
         "added, so that one advertised kind of machine hides several generations of hardware underneath it.",
         "We measured three such generations with small tests and with whole applications, and found that the gap between "
         "them reaches sixty percent, while machines of one generation differ very little. Choosing the faster ones for a "
         "long task saves up to a third of its cost."},
        {"de", "Günstigere Server durch die Wahl der schnellen",
         "Wer für dieselbe Arbeit weniger zahlen möchte, wird diesen kurzen Aufsatz von einem Frühjahrsseminar mögen.",
         "Die Ergebnisse sind einfach und lohnen sich:", "Eine Art gemieteter Rechner läuft auf mehreren Arten von Hardware.",
         "Die schnellsten erledigen dieselbe Aufgabe in zwei Dritteln der Zeit.", "Aus der Zusammenfassung:",
         "Anbieter beginnen mit Rechnern, die fast alle gleich sind, doch im Lauf der Jahre werden alte Teile ersetzt und "
         "neue hinzugefügt, sodass sich hinter einer angebotenen Rechnerart mehrere Generationen von Hardware verbergen.",
         "Wir haben drei solche Generationen mit kleinen Tests und mit ganzen Anwendungen gemessen und fanden, dass der "
         "Abstand zwischen ihnen sechzig Prozent erreicht, während Rechner einer Generation kaum voneinander abweichen. Wer "
         "für eine lange Aufgabe die schnelleren wählt, spart bis zu einem Drittel der Kosten."},
        {"fr", "Des serveurs moins chers en choisissant les plus rapides",
         "Si vous aimez payer moins pour le même travail, vous apprécierez ce court article présenté à un atelier de printemps.",
         "Ses conclusions sont simples et utiles :", "Un même type de machine louée tourne sur plusieurs sortes de matériel.",
         "Les plus rapides finissent la même tâche en deux tiers du temps.", "Le résumé :",
         "Les fournisseurs commencent avec des machines presque toutes identiques, mais au fil des ans les vieilles pièces "
         "sont remplacées et de nouvelles ajoutées, si bien qu'un type de machine annoncé cache plusieurs générations de "
         "matériel.",
         "Nous avons mesuré trois de ces générations avec de petits tests et des applications entières, et l'écart entre "
         "elles atteint soixante pour cent, alors que les machines d'une même génération diffèrent très peu. Choisir les "
         "plus rapides pour une longue tâche économise jusqu'à un tiers de son coût."},
        {"es", "Servidores más baratos eligiendo los rápidos",
         "Si le gusta pagar menos por el mismo trabajo, disfrutará de este breve artículo de un taller de primavera.",
         "Sus conclusiones son sencillas y útiles:", "Un mismo tipo de máquina alquilada funciona sobre varios tipos de hardware.",
         "Las más rápidas terminan la misma tarea en dos tercios del tiempo.", "Del resumen:",
         "Los proveedores empiezan con máquinas casi todas iguales, pero con los años se reemplazan piezas viejas y se "
         "añaden nuevas, de modo que un tipo de máquina anunciado esconde varias generaciones de hardware.",
         "Medimos tres de esas generaciones con pruebas pequeñas y con aplicaciones enteras, y la diferencia entre ellas "
         "llega al sesenta por ciento, mientras que las máquinas de una misma generación apenas difieren. Elegir las más "
         "rápidas para una tarea larga ahorra hasta un tercio de su coste."},
        {"ru", "Дешёвые серверы: выбирайте быстрые",
         "Если вы любите платить меньше за ту же работу, вам понравится эта короткая статья с весеннего семинара.",
         "Её выводы просты и полезны:", "Один тип арендуемой машины работает на нескольких видах оборудования.",
         "Самые быстрые выполняют ту же задачу за две трети времени.", "Из аннотации:",
         "Поставщики начинают с почти одинаковых машин, но с годами старые детали заменяют, а новые добавляют, так что за "
         "одним объявленным типом машины скрывается несколько поколений оборудования.",
         "Мы измерили три таких поколения небольшими тестами и целыми приложениями и обнаружили, что разница между ними "
         "достигает шестидесяти процентов, тогда как машины одного поколения почти не различаются. Выбор более быстрых "
         "для долгой задачи экономит до трети её стоимости."},
        {"ja", "速いサーバーを選んで安くする",
         "同じ仕事をより安く済ませたい人には、春のワークショップで発表されたこの短い論文がおすすめです。",
         "結論は単純で、覚えておく価値があります：", "同じ種類の貸しサーバーが、何種類かのハードウェアで動いている。",
         "最も速いものは、同じ仕事を三分の二の時間で終える。", "要旨より：",
         "事業者はほとんど同じ機械から始めるが、年月とともに古い部品が交換され新しい部品が加わるため、一つの種類として売られる機械の下に何世代ものハードウェアが隠れることになる。",
         "私たちはそうした三つの世代を小さな試験と実際のアプリケーションで測定し、世代間の差が六割に達する一方、同じ世代の機械どうしの差はごく小さいことを見いだした。長い仕事に速い機械を選べば、費用を最大で三分の一節約できる。"},
    };
}

std::string page(const Case& c, int markup) {
    std::string b = "<div class=\"h7c2q\"><a href=\"/\">Home</a> <a href=\"/all\">All posts</a> <a href=\"/about\">About</a></div>";
    const std::string head = std::string("<h2 class=\"q1w8z\"><a href=\"/2012/10/post.html\">") + c.title + "</a></h2>";
    const std::string post = std::string("<p><img src=\"/i/chart.jpg\" width=\"240\" height=\"225\" alt=\"\"></p><p>") + c.intro +
                             "</p><p>" + c.points + "</p><ul><li>" + c.item1 + "</li><li>" + c.item2 + "</li></ul><p>" + c.handover +
                             "</p><blockquote><p>" + c.quote1 + "</p><p>" + c.quote2 + "</p></blockquote>";
    const std::string related =
        "<h2>Related</h2><ul><li><a href=\"/2012/09/a.html\">How one team halved its hosting bill by moving its batch jobs</a></li>"
        "<li><a href=\"/2012/08/b.html\">Programming the cloud so that costs flow back into the design</a></li>"
        "<li><a href=\"/2011/12/c.html\">Building very large systems that tune themselves while they run</a></li></ul>";
    if (markup == 1)
        b += "<div class=\"g5t2n\"><div class=\"x3b7c\">" + head + "<div class=\"d9m2c\">" + post + related + "</div></div></div>";
    else if (markup == 2)
        b += "<main class=\"g5t2n\"><article class=\"x3b7c\">" + head + "<section class=\"d9m2c\">" + post + related +
             "</section></article></main>";
    else
        b += "<table class=\"g5t2n\"><tr><td class=\"x3b7c\">" + head + "<div class=\"d9m2c\">" + post + related +
             "</div></td></tr></table>";
    b += "<div class=\"r2f6h\"><p>Copyright 2012. All rights reserved.</p></div>";
    return html_page(c.lang, c.title, b);
}

}  // namespace

TEST_CASE("class-blind: a quote that outscores the post around it brings the post's own lines") {
    for (const auto& c : cases())
        for (int markup : {1, 2, 3}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            const std::string out = text_of(page(c, markup));
            CHECK(has(out, c.quote2));
            CHECK(has(out, c.intro));
            CHECK(has(out, c.points));
            CHECK(has(out, c.handover));
            CHECK(has(out, c.item1));
        }
}

// A quote that is the whole post (no line of the author's before it) stays the article alone:
// the box around it holds only a share row and links, no prose that introduces it.
TEST_CASE("class-blind: a post that is one quote under a share row stays the quote") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        const std::string body = std::string("<div class=\"g5t2n\"><h2>") + c.title + "</h2><div class=\"d9m2c\"><p><a href=\"/s/1\">Share</a> "
                                 "<a href=\"/s/2\">Tweet</a> <a href=\"/s/3\">Mail</a></p><blockquote><p>" + c.quote1 + "</p><p>" + c.quote2 +
                                 "</p></blockquote><p><a href=\"/tag/a\">servers</a> <a href=\"/tag/b\">costs</a></p></div></div>";
        const std::string out = text_of(html_page(c.lang, c.title, body));
        CHECK(has(out, c.quote1));
        CHECK_FALSE(has(out, "Tweet"));
    }
}
