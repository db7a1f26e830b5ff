// Each mechanism the wrong-block pages (test_extract_wrongblock.cpp) led to, on small pages in
// other languages and markups than the pages that showed it, with the case it must leave alone.
#include <doctest/doctest.h>

#include <string>

#include "extract_lines.hpp"
#include "extract_test_util.hpp"

using winnow::test::block_text_of;
using winnow::test::has;
using winnow::test::html_page;

namespace {

// An old layout: a menu column, the given middle cell, a sidebar column, a footer row.
std::string layout(const std::string& middle, const std::string& side) {
    return "<table width=\"100%\"><tr><td colspan=\"3\"><a href=\"/\">Start</a> | <a href=\"/a\">Archiv</a> | <a href=\"/k\">Kontakt</a></td></tr>"
           "<tr><td width=\"150\" valign=\"top\"><a href=\"/1\">Aktuelles</a><br><a href=\"/2\">Termine</a><br><a href=\"/3\">Verein</a><br><a href=\"/4\">Links</a></td>"
           "<td valign=\"top\">" +
           middle + "</td><td width=\"200\" valign=\"top\">" + side + "</td></tr><tr><td colspan=\"3\"><font size=\"1\">© 2004 Heimatverein</font></td></tr></table>";
}

}  // namespace

TEST_CASE("a layout row that won on its columns narrows to the cell holding its text; two columns of prose stay together") {
    // German: the article's cell holds a table of facts besides its text in <font>; the
    // sidebar cell a sentence and links.
    const std::string middle = R"(<font size="4"><b>Der Dorfbrunnen ist wieder in Betrieb</b></font><br><br><font size="2">Nach einem Jahr Pause sprudelt der Brunnen am Lindenplatz wieder. Der Heimatverein hat die alte Pumpe ersetzen und das Becken neu abdichten lassen.<br><br>
Die Arbeiten haben rund zwölftausend Euro gekostet, die zum größten Teil aus Spenden der Dorfbewohner stammen.</font><br><table border="1"><tr><td>Baujahr</td><td>1887</td></tr><tr><td>Tiefe</td><td>14 m</td></tr></table>)";
    const std::string side = R"(<font size="2">Der Heimatverein trifft sich jeden ersten Montag im Monat im Gasthaus Krone.</font><br><a href="/m">Mitglied werden</a><br><a href="/s">Spenden</a>)";
    const std::string out = block_text_of(html_page("de", "Der Dorfbrunnen ist wieder in Betrieb", layout(middle, side)));
    CHECK(has(out, "sprudelt der Brunnen am Lindenplatz wieder"));
    CHECK(has(out, "aus Spenden der Dorfbewohner stammen"));
    CHECK(has(out, "1887"));
    CHECK_FALSE(has(out, "jeden ersten Montag im Monat"));
    CHECK_FALSE(has(out, "2004 Heimatverein"));

    // Left alone: French, two columns of prose side by side (an essay and its long note).
    const std::string two = R"(<table><tr><td valign="top"><p>Le moulin de la Roche a fonctionné sans interruption de 1820 à 1954, d'abord pour le blé, puis pour l'huile de noix que les fermes voisines apportaient chaque automne.</p><p>Sa roue de six mètres est la dernière de la vallée à avoir gardé ses pales de chêne d'origine, remplacées une à une au fil des années.</p></td>
<td valign="top"><p>Les archives de la commune conservent les registres du meunier, tenus au jour le jour pendant plus d'un siècle, avec les quantités moulues et les noms des clients.</p><p>On y lit par exemple qu'en 1893 la sécheresse arrêta la roue pendant sept semaines, un record jamais égalé depuis.</p></td></tr></table>)";
    const std::string both = block_text_of(html_page("fr", "Le moulin de la Roche", two));
    CHECK(has(both, "de la vallée à avoir gardé ses pales"));
    CHECK(has(both, "la sécheresse arrêta la roue pendant sept semaines"));
}

TEST_CASE("readers' posts in the core after a short article whose headline is no heading are its thread; a thread that is the page stays") {
    // Spanish: a bold headline, three sentences in <font> (prose loose in a <font> counts as the
    // article's: 250 characters before a thread when no heading says the title), readers' posts
    // as dated table rows.
    std::string middle = R"(<font size="4"><b>La biblioteca amplía su horario en verano</b></font><br><font size="2">Durante julio y agosto la biblioteca municipal abrirá también los sábados por la mañana. La sala de estudio tendrá aire acondicionado desde la primera semana de julio, y el préstamo de libros se amplía a cuatro semanas para quien se vaya de vacaciones. El carné se puede renovar en el mostrador sin cita previa.</font><br><br><table>)";
    const char* posts[][3] = {{"Lucía", "03/06/2024 10:12", "Por fin, los sábados era imposible encontrar un sitio tranquilo para estudiar en todo el barrio."},
                              {"Pedro M.", "03/06/2024 11:40", "Estaría bien que abrieran también por la tarde, con el calor nadie sale antes de las siete."},
                              {"Ana", "04/06/2024 09:05", "Gracias por avisar, no sabía que la sala de estudio no tenía aire acondicionado hasta ahora."}};
    for (const auto& p : posts)
        middle += std::string("<tr><td valign=\"top\"><b>") + p[0] + "</b><br>" + p[1] + "</td><td><font size=\"2\">" + p[2] + "</font></td></tr>";
    middle += "</table>";
    const std::string out = block_text_of(html_page("es", "La biblioteca amplía su horario en verano", layout(middle, "<font size=\"2\">Asociación de vecinos del barrio.</font>")));
    CHECK(has(out, "abrirá también los sábados por la mañana"));
    CHECK_FALSE(has(out, "los sábados era imposible encontrar un sitio"));
    CHECK_FALSE(has(out, "con el calor nadie sale antes de las siete"));

    // Left alone: Russian, a board's topic of dated posts with only its title before them.
    std::string board = R"(<b>Где купить саженцы облепихи?</b><br><table>)";
    const char* replies[][3] = {{"Дачник", "05.04.2024 18:20", "Подскажите, где в городе можно купить саженцы облепихи, чтобы были и мужские, и женские растения?"},
                                {"Садовод_72", "05.04.2024 19:02", "В питомнике на Заречной улице продают парами, продавец сам подбирает мужское и женское растение."},
                                {"Нина", "06.04.2024 08:45", "Я брала там же прошлой весной, все саженцы прижились, первые ягоды были уже через три года."}};
    for (const auto& p : replies)
        board += std::string("<tr><td valign=\"top\"><b>") + p[0] + "</b><br>" + p[1] + "</td><td><font size=\"2\">" + p[2] + "</font></td></tr>";
    board += "</table>";
    const std::string kept = block_text_of(html_page("ru", "Где купить саженцы облепихи?", layout(board, "<font size=\"2\">Форум садоводов города.</font>")));
    CHECK(has(kept, "где в городе можно купить саженцы облепихи"));
    CHECK(has(kept, "В питомнике на Заречной улице продают парами"));
    CHECK(has(kept, "первые ягоды были уже через три года"));
}

TEST_CASE("a line holding a stamp and a sentence written without spaces is no date line; a stamp with a label is") {
    using winnow::detail::is_date_line;
    CHECK(is_date_line("2024-03-09 12:18"));
    CHECK(is_date_line("2024-03-09 12:18 更新"));
    CHECK(is_date_line("発行日 2024/03/09"));
    CHECK(is_date_line("Опубликовано 12.03.2024 в 10:15"));
    CHECK(is_date_line("Veröffentlicht am 12.03.2024, 10:15 Uhr"));
    // A post's floor line and its sentence: Chinese, Japanese.
    CHECK_FALSE(is_date_line("4楼 发表于 2024-03-09 12:18 找到了，鞋子也拿回来了，谢谢各位邻居！"));
    CHECK_FALSE(is_date_line("2024/05/08 揚げ焼きなので油の片付けが楽でした。次はピーマンも"));
}

TEST_CASE("after the body, a box of a sentence and two or more lines that are all link is a column's card, not the article's end") {
    // Italian, <div>s with hashed names: the article's box, then a card (label, sentence, three link lines).
    const std::string body = R"(<div class="q1"><div class="q2"><h1>Il forno di via Roma riapre dopo i lavori</h1><div class="q3">Dopo tre mesi di lavori il forno di via Roma ha riaperto sabato mattina, con un nuovo bancone e un forno a legna restaurato.</div>
<div class="q3">I proprietari hanno tenuto gli stessi orari di prima e promettono il pane di segale anche la domenica mattina.</div></div>
<div class="q4"><div class="q5">Redazione</div><div class="q6">Il giornale del quartiere è scritto da volontari.</div><div class="q7"><a href="/a">Scrivici</a></div><div class="q7"><a href="/b">Archivio</a></div><div class="q7"><a href="/c">Abbonati</a></div></div></div>)";
    const std::string out = block_text_of(html_page("it", "Il forno di via Roma riapre dopo i lavori", body));
    CHECK(has(out, "ha riaperto sabato mattina"));
    CHECK(has(out, "il pane di segale anche la domenica"));
    CHECK_FALSE(has(out, "scritto da volontari"));
}

TEST_CASE("the box holding the title and the core, adding only unlinked text, is the article's: a recipe's ingredients and tip around its steps") {
    // Portuguese, <div>s with hashed names: intro, ingredient rows of spans, steps, a tip.
    const std::string body = R"(<div class="r0"><h1>Bolo de laranja de liquidificador</h1><div class="r1">Um bolo fofo que se faz em dez minutos, sem batedeira: tudo vai ao liquidificador.</div>
<div class="r2"><div class="r9">Ingredientes</div><div class="r3"><span>laranjas com casca</span><span>2</span></div><div class="r3"><span>ovos</span><span>3</span></div><div class="r3"><span>açúcar</span><span>2 xícaras</span></div><div class="r3"><span>farinha de trigo</span><span>2 xícaras</span></div></div>
<div class="r4"><div class="r9">Modo de preparo</div><div class="r5">Bata as laranjas cortadas em quatro, sem sementes, com os ovos e o óleo até ficar homogêneo.</div><div class="r5">Junte o açúcar e a farinha e bata mais um minuto, só até misturar.</div><div class="r5">Asse em forno preaquecido a 180 graus por cerca de quarenta minutos.</div></div>
<div class="r6"><div class="r9">Dica</div>Deixe esfriar antes de desenformar, senão o bolo quebra no meio.</div></div>)";
    const std::string out = block_text_of(html_page("pt", "Bolo de laranja de liquidificador", body));
    CHECK(has(out, "tudo vai ao liquidificador"));
    CHECK(has(out, "farinha de trigo"));
    CHECK(has(out, "Bata as laranjas cortadas em quatro"));
    CHECK(has(out, "senão o bolo quebra no meio"));
}

TEST_CASE("an old layout's teaser (a link first in its cell over a summary after a break) makes a teaser list; a link inside a list item's text does not") {
    // Dutch, a table article with a table of three teasers after it.
    const std::string middle = R"(<font size="4"><b>Nieuwe fietsbrug over de Vecht geopend</b></font><br><font size="2">De fietsbrug tussen de twee oevers van de Vecht is zaterdag geopend door de wethouder. Fietsers besparen zo een omweg van vier kilometer naar de brug in het centrum.<br><br>De brug is gebouwd van gerecycled kunststof en moet minstens vijftig jaar meegaan.</font><br><br>
<table><tr><td><b>Meer nieuws</b></td></tr><tr><td><img src="/t1.jpg" width="120"><br><a href="/n/1"><b>Markt verhuist naar het plein</b></a><br><font size="2">Vanaf mei staan de kramen op het Kerkplein.</font></td>
<td><img src="/t2.jpg" width="120"><br><a href="/n/2"><b>Zwembad langer open</b></a><br><font size="2">In de zomer tot tien uur 's avonds.</font></td>
<td><img src="/t3.jpg" width="120"><br><a href="/n/3"><b>Nieuwe huisarts in het dorp</b></a><br><font size="2">De praktijk aan de Dorpsstraat neemt patiënten aan.</font></td></tr></table>)";
    const std::string out = block_text_of(html_page("nl", "Nieuwe fietsbrug over de Vecht geopend", layout(middle, "<font size=\"2\">Dorpskrant sinds 1978.</font>")));
    CHECK(has(out, "besparen zo een omweg van vier kilometer"));
    CHECK_FALSE(has(out, "Vanaf mei staan de kramen op het Kerkplein"));
    CHECK_FALSE(has(out, "De praktijk aan de Dorpsstraat neemt"));

    // Left alone: English, a list article whose items are a name, a break, a shop link and a
    // sentence about the item: the links stand inside the items' text, after their names.
    std::string list = "<div class=\"post\"><h1>Five board games for a rainy weekend</h1><p>We played all of these with the children over the winter, and each one lasted more than a single evening.</p>";
    const char* games[][2] = {{"1) Ticket to Ride", "Trains across a map of America, simple enough for an eight-year-old."},
                              {"2) Carcassonne", "Tiles that build a landscape of roads, towns and fields as you play."},
                              {"3) Dixit", "Picture cards and clues, the best game for a large family at Christmas."}};
    for (const auto& g : games)
        list += std::string("<p>") + g[0] + "<br><a href=\"https://shop.example/x\">https://shop.example/x</a><br>" + g[1] + "</p>";
    list += "</div>";
    const std::string kept = block_text_of(html_page("en", "Five board games for a rainy weekend", list));
    CHECK(has(kept, "Trains across a map of America"));
    CHECK(has(kept, "Tiles that build a landscape of roads"));
    CHECK(has(kept, "the best game for a large family at Christmas"));
}
