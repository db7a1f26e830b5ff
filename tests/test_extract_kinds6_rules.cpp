// Rules found by the sixth round of page kinds (issue 18, tests/test_extract_kinds6.cpp).
// Two readers' posts under a heading of their own ("Reviews", "Рецензии") after the article:
// each a box that opens on a name line and carries its day, or that rates the page's thing with a
// run of stars at the head of its words ("★★★☆☆ Too slow for me"). A thread needed three posts,
// or two with nothing beside them (the heading counted as a third entry), and a poem's <br>
// lines did not count as the article the thread answers, so the posts stayed.
// Left alone: two dated addenda of the author (paragraphs, no name line), a forum thread of two
// posts under its title (no article before it), a list of places each rated with stars under a
// heading of its own.
// An item of an ordered list written as prose is a paragraph of the running text (the last test
// case): a parish's numbered notices lost to a sidebar of short lines.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

TEST_CASE("two readers' posts under a heading, each opening on a name line and dated, after the article are its thread") {
    SUBCASE("ru, a poem of <br> lines, reviews in meaningless class names") {
        const std::string t = text_of(html_page("ru", "Зимний сад — Стихи", R"HTML(<div class="a1"><a href="/">Стихи</a> <a href="/new">Новые</a> <a href="/top">Лучшие</a></div>
<div class="a2"><div class="a3"><h1>Зимний сад</h1><div class="a4"><a href="/author/1">Пётр Ковалёв</a></div>
<div class="a5">Стоит заснеженный мой сад,<br>и яблони в снегу по пояс,<br>и только птицы на закат<br>летят, ни капли не торопясь.<br><br>Я выйду утром на крыльцо,<br>вдохну морозный свежий воздух,<br>и ветер бросит мне в лицо<br>последние ночные звёзды.</div></div>
<div class="a6"><h3>Рецензии</h3><div class="c1"><b>Ольга Петрова</b> 03.01.2024<br>Очень тихое и светлое стихотворение, особенно понравилась последняя строфа.</div><div class="c1"><b>Сергей</b> 05.01.2024<br>Прочитал вслух детям, им тоже понравилось, спасибо автору.</div></div></div>
<div class="a9">Все права принадлежат авторам.</div>)HTML"));
        CHECK(has(t, "Стоит заснеженный мой сад"));
        CHECK(has(t, "последние ночные звёзды"));
        CHECK_FALSE(has(t, "Очень тихое и светлое"));
        CHECK_FALSE(has(t, "Прочитал вслух детям"));
        CHECK_FALSE(has(t, "Рецензии"));
    }
    SUBCASE("de, an article of paragraphs, the posts in <article>s") {
        const std::string t = text_of(html_page("de", "Neue Radwege am Kanal – Stadtblatt", R"HTML(<nav><a href="/">Stadtblatt</a> <a href="/lokales">Lokales</a> <a href="/sport">Sport</a></nav>
<main><h1>Neue Radwege am Kanal</h1><p>Die Stadt hat am Montag mit dem Bau der neuen Radwege entlang des Kanals begonnen. Bis zum Herbst sollen auf vier Kilometern getrennte Spuren für Räder und Fußgänger entstehen.</p>
<p>Die Kosten von 2,1 Millionen Euro trägt zum größten Teil das Land. Während der Bauzeit wird der Uferweg abschnittsweise gesperrt.</p>
<section class="leser"><h2>Leserstimmen</h2><article class="stimme"><strong>Karl M.</strong><span>12.04.2024</span><div>Endlich! Auf dem alten Weg ist man ständig mit Spaziergängern zusammengestoßen.</div></article>
<article class="stimme"><strong>Ute Brandt</strong><span>13.04.2024</span><div>Schade nur, dass für die Spuren so viele alte Pappeln gefällt werden müssen.</div></article></section></main>
<footer>© Stadtblatt</footer>)HTML"));
        CHECK(has(t, "Die Stadt hat am Montag mit dem Bau"));
        CHECK(has(t, "Die Kosten von 2,1 Millionen Euro"));
        CHECK_FALSE(has(t, "ständig mit Spaziergängern zusammengestoßen"));
        CHECK_FALSE(has(t, "so viele alte Pappeln"));
    }
    SUBCASE("left alone: two dated addenda of the author, paragraphs opening on a bold label") {
        const std::string t = text_of(html_page("en", "Road closure on the river bridge - Valley News", R"HTML(<nav><a href="/">Valley News</a> <a href="/local">Local</a></nav>
<main><h1>Road closure on the river bridge</h1><p>The river bridge on the main road will close for repairs from Monday, the county said, with a diversion through the industrial estate for all traffic.</p>
<div class="updates"><h3>Updates</h3><p class="upd"><b>Update 12 March:</b> The county now says the closure will last three weeks rather than two, because of damage found under the deck.</p>
<p class="upd"><b>Update 14 March:</b> Buses will keep using the bridge in a single lane controlled by temporary lights during the day.</p></div></main>)HTML"));
        CHECK(has(t, "The county now says the closure will last three weeks"));
        CHECK(has(t, "Buses will keep using the bridge"));
    }
    SUBCASE("left alone: a forum thread of two posts under its title, no article before it") {
        const std::string t = text_of(html_page("es", "¿Qué aceite para una moto de 125? - Foro Motero", R"HTML(<div class="m0"><a href="/">Foro Motero</a> <a href="/entrar">Entrar</a></div>
<div class="m1"><h1>¿Qué aceite para una moto de 125?</h1><div class="p0"><b>javi_r</b> 02/03/2024<br>Tengo una moto de 125 de segunda mano y el manual no dice qué viscosidad de aceite usar. ¿Alguien sabe cuál le va mejor?</div>
<div class="p0"><b>motera_lu</b> 02/03/2024<br>Yo uso un 10W40 semisintético en la mía desde hace años y va perfecta, cámbialo cada tres mil kilómetros.</div></div>)HTML"));
        CHECK(has(t, "Tengo una moto de 125 de segunda mano"));
        CHECK(has(t, "Yo uso un 10W40 semisintético"));
    }
}

TEST_CASE("two readers' verdicts under a heading, each a line opening on a run of stars, after the article are reviews") {
    SUBCASE("it, a film review in hashed class names") {
        const std::string t = text_of(html_page("it", "Il porto d'inverno, recensione - CineBlog", R"HTML(<div class="h1x"><a href="/">CineBlog</a> <a href="/film">Film</a> <a href="/serie">Serie</a></div>
<div class="m2x"><h1>Il porto d'inverno, recensione</h1><div class="t3x"><p>Un vecchio pescatore e sua nipote passano un inverno a riparare una barca nel porto deserto di Chioggia. Il film racconta quasi solo questo, con una pazienza rara.</p>
<p>La fotografia grigia e fredda diventa a poco a poco calda come i rapporti tra i due personaggi, fino a un finale che non si dimentica.</p></div>
<div class="u4x"><h3>Il parere degli utenti</h3><div class="u5x"><b>luca.p</b> ★★★★☆ Bello e malinconico, mi ha ricordato i film di una volta.</div><div class="u5x"><b>sara_m</b> ★★☆☆☆ Troppo lento, a metà film mi sono addormentata.</div></div></div>)HTML"));
        CHECK(has(t, "Un vecchio pescatore e sua nipote"));
        CHECK(has(t, "La fotografia grigia e fredda"));
        CHECK_FALSE(has(t, "Bello e malinconico"));
        CHECK_FALSE(has(t, "a metà film mi sono addormentata"));
    }
    SUBCASE("pt, a product page, the verdicts in list items") {
        const std::string t = text_of(html_page("pt", "Chaleira elétrica Aurora 1,7 L - Casa Loja", R"HTML(<header><a href="/">Casa Loja</a> <a href="/cozinha">Cozinha</a> <a href="/carrinho">Carrinho</a></header>
<main><h1>Chaleira elétrica Aurora 1,7 L</h1><p>Chaleira em aço inoxidável com base rotativa de 360 graus e desligamento automático quando a água ferve. O filtro de calcário é removível e lava-se na máquina.</p>
<p>Potência de 2200 W: ferve um litro de água em cerca de três minutos.</p>
<div class="opinioes"><h2>Opiniões</h2><ul class="lista"><li class="op"><b>Rita</b> ★★★★★ Ferve muito depressa e é silenciosa, estou contente com a compra.</li><li class="op"><b>Nuno</b> ★★★☆☆ Funciona bem, mas a tampa é difícil de abrir com uma mão só.</li></ul></div></main>)HTML"));
        CHECK(has(t, "Chaleira em aço inoxidável com base rotativa"));
        CHECK_FALSE(has(t, "Ferve muito depressa e é silenciosa"));
        CHECK_FALSE(has(t, "a tampa é difícil de abrir"));
    }
}

// An item of an ordered list written as prose (one or two sentences, hardly linked, nothing
// block-level inside) is a paragraph of the running text: a parish's numbered notices, a
// how-to's steps, a minutes' numbered points. The list scored nothing, so a sidebar of short
// lines (opening hours, an account number) beside it won the page.
TEST_CASE("numbered items written as prose are the text, not a sidebar of short lines beside them") {
    SUBCASE("pl, a parish's notices beside the hours, classes in Polish") {
        const std::string t = text_of(html_page("pl", "Ogłoszenia parafialne – Parafia w Brzezinach", R"HTML(<div class="gora"><a href="/">Parafia w Brzezinach</a> <a href="/ogloszenia">Ogłoszenia</a> <a href="/kontakt">Kontakt</a></div>
<div class="srodek"><div class="glowna"><h1>Ogłoszenia parafialne – II Niedziela Adwentu</h1>
<ol><li>W środę o godzinie 6.30 Msza roratnia, dzieci prosimy o przyniesienie lampionów.</li><li>Spowiedź adwentowa w sobotę od 9.00 do 12.00, będzie kilku księży z dekanatu.</li><li>Zbiórka żywności dla potrzebujących rodzin trwa do końca miesiąca w kruchcie kościoła.</li><li>Opłatki wigilijne można nabywać w zakrystii po każdej Mszy świętej.</li></ol></div>
<div class="boczna"><h3>Godziny Mszy</h3><div>Niedziela: 7.30, 9.30, 11.00</div><div>Dni powszednie: 18.00</div><h3>Biuro</h3><div>czwartek 17.00–18.00</div><div>Nr konta: 98 7654 3210 0000 4444 5555 6666</div></div></div>
<div class="dol">© Parafia w Brzezinach</div>)HTML"));
        CHECK(has(t, "Msza roratnia, dzieci prosimy"));
        CHECK(has(t, "Opłatki wigilijne można nabywać"));
        CHECK_FALSE(has(t, "Dni powszednie: 18.00"));
        CHECK_FALSE(has(t, "Nr konta"));
    }
    SUBCASE("en, a club's minutes in hashed class names beside a box of contact lines") {
        const std::string t = text_of(html_page("en", "Minutes of the March meeting - Hollow Lane Allotments", R"HTML(<div class="x1"><a href="/">Hollow Lane Allotments</a> <a href="/news">News</a> <a href="/plots">Plots</a></div>
<div class="x2"><div class="x3"><h1>Minutes of the March meeting</h1>
<ol class="x4"><li>The committee agreed to raise plot rents by two pounds a year, the first rise since 2019.</li><li>Water troughs will be switched on in the second week of April, weather permitting.</li><li>Members are reminded that bonfires are not allowed between May and September.</li><li>The next work party will repair the fence along the railway, so please bring gloves.</li></ol></div>
<div class="x5"><h3>Secretary</h3><div>Mrs J. Hart, plot 14</div><div>Tel. 01632 960 412</div><h3>Gate hours</h3><div>Daily 7am to dusk</div><div>Winter: 8am to 4pm</div></div></div>)HTML"));
        CHECK(has(t, "raise plot rents by two pounds"));
        CHECK(has(t, "repair the fence along the railway"));
        CHECK_FALSE(has(t, "Tel. 01632"));
        CHECK_FALSE(has(t, "Daily 7am to dusk"));
    }
    SUBCASE("left alone: a numbered list of links in a sidebar is no text") {
        const std::string t = text_of(html_page("nl", "Nieuwe fietsbrug geopend - Dorpskrant", R"HTML(<div class="k"><a href="/">Dorpskrant</a> <a href="/nieuws">Nieuws</a></div>
<div class="r"><div class="m"><h1>Nieuwe fietsbrug geopend</h1><p>Na twee jaar bouwen is de nieuwe fietsbrug over het kanaal zaterdag geopend door de burgemeester en een klas van de basisschool.</p><p>De brug verkort de route naar de middelbare school in de stad met bijna drie kilometer, en is 's nachts verlicht.</p></div>
<div class="z"><h3>Meest gelezen</h3><ol><li><a href="/a/1">Bakkerij aan het plein sluit na honderd jaar de deuren.</a></li><li><a href="/a/2">Kermis dit jaar een week later dan gewoonlijk.</a></li><li><a href="/a/3">Gemeente zoekt vrijwilligers voor de bibliotheek.</a></li></ol></div></div>)HTML"));
        CHECK(has(t, "Na twee jaar bouwen is de nieuwe fietsbrug"));
        CHECK_FALSE(has(t, "Bakkerij aan het plein sluit"));
    }
}

// A short article whose page ends on a box of prose about the publisher: the box outscored the
// article (three long paragraphs against two short ones) and, a few lines after the title,
// passed for its text. A winner after the title's box that ends the page and names the site
// (the part of the <title> beside the headline) is the footer; a candidate holding the title
// or under it, with prose of its own, is the article.
TEST_CASE("a short article beats the prose footer about its publisher that ends the page") {
    SUBCASE("it, boxes without names") {
        const std::string t = text_of(html_page("it", "Chiusa per lavori la strada del passo - Eco della Valle", R"HTML(<div class="a"><a href="/">Eco della Valle</a> <a href="/cronaca">Cronaca</a> <a href="/sport">Sport</a></div>
<div class="b"><div class="c"><h1>Chiusa per lavori la strada del passo</h1><div class="d">5 marzo 2024</div>
<p>Da lunedì la provinciale del passo resterà chiusa per tre settimane per il rifacimento di un muro di sostegno franato durante le piogge di febbraio.</p>
<p>I mezzi pesanti saranno deviati sulla statale del fondovalle.</p></div>
<div class="e"><h3>Ultime notizie</h3><a href="/n/1">Nuova scuola materna inaugurata a Borgo</a><br><a href="/n/2">Il mercato del sabato torna in piazza</a></div></div>
<div class="f"><p>Eco della Valle è il quotidiano online delle valli alpine, nato nel 2009 da un gruppo di giornalisti locali con l'obiettivo di raccontare la vita dei paesi di montagna, le loro tradizioni, la loro economia e le loro difficoltà, con uno sguardo attento all'ambiente e al territorio.</p>
<p>La redazione ha sede a Sondrio e collabora con corrispondenti in tutti i comuni della provincia. Le notizie possono essere segnalate scrivendo alla redazione, che valuta ogni segnalazione con cura prima della pubblicazione.</p>
<p>Testata registrata presso il Tribunale di Sondrio, n. 3/2009. Direttore responsabile: Andrea Rota.</p></div>)HTML"));
        CHECK(has(t, "Da lunedì la provinciale del passo"));
        CHECK(has(t, "I mezzi pesanti saranno deviati"));
        CHECK_FALSE(has(t, "il quotidiano online delle valli alpine"));
        CHECK_FALSE(has(t, "La redazione ha sede a Sondrio"));
    }
    SUBCASE("de, hashed class names, the footer under the page's wrapper") {
        const std::string t = text_of(html_page("de", "Kita am Mühlbach öffnet im Herbst | Wochenspiegel Lindau-Land", R"HTML(<div class="q7"><a href="/">Wochenspiegel Lindau-Land</a> <a href="/lokales">Lokales</a> <a href="/termine">Termine</a></div>
<div class="z1"><div class="m3"><h1>Kita am Mühlbach öffnet im Herbst</h1><p>Die neue Kindertagesstätte am Mühlbach soll im September ihre ersten vierzig Kinder aufnehmen, teilte die Gemeinde mit.</p><p>Anmeldungen nimmt das Rathaus ab sofort entgegen.</p></div>
<div class="w5"><p>Der Wochenspiegel Lindau-Land erscheint jeden Mittwoch kostenlos in allen Haushalten zwischen Bodensee und Allgäu. Seit über dreißig Jahren berichten wir über Vereine, Gemeinderäte, Feste und Menschen der Region, unabhängig und nah dran.</p><p>Sie haben ein Thema für uns? Schreiben Sie unserer Redaktion in der Bahnhofstraße oder rufen Sie uns an, wir freuen uns über jeden Hinweis aus Ihrem Ort.</p></div></div>)HTML"));
        CHECK(has(t, "Die neue Kindertagesstätte am Mühlbach"));
        CHECK(has(t, "Anmeldungen nimmt das Rathaus"));
        CHECK_FALSE(has(t, "erscheint jeden Mittwoch kostenlos"));
        CHECK_FALSE(has(t, "Schreiben Sie unserer Redaktion"));
    }
    SUBCASE("left alone: the article's body after a title box with a lead ends the page, naming no site") {
        const std::string t = text_of(html_page("fr", "Le viaduc rouvre après deux ans de travaux - Le Petit Rhodanien", R"HTML(<div class="n"><a href="/">Le Petit Rhodanien</a> <a href="/region">Région</a></div>
<div class="h"><h1>Le viaduc rouvre après deux ans de travaux</h1><p>Fermé depuis l'hiver 2022, le viaduc de la Combe rouvre lundi à la circulation, avec une voie cyclable en plus.</p></div>
<div class="k"><p>Les travaux ont coûté 14 millions d'euros, financés par le département et l'État. Il a fallu remplacer la moitié des câbles et refaire entièrement le tablier, rongé par le sel de déneigement.</p>
<p>Pendant deux ans, les habitants des villages de la rive gauche ont dû faire un détour de vingt kilomètres pour rejoindre la vallée, et les commerçants disent avoir perdu un tiers de leur clientèle.</p>
<p>Une fête est prévue samedi sur le viaduc, fermé pour l'occasion aux voitures de dix heures à midi.</p></div>)HTML"));
        CHECK(has(t, "Fermé depuis l'hiver 2022"));
        CHECK(has(t, "Les travaux ont coûté 14 millions"));
        CHECK(has(t, "Une fête est prévue samedi"));
    }
}
