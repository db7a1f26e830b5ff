// Choosing the article among candidate regions: the title heading as evidence (an author box,
// another tab or a teaser list scores higher than a short article but is not under its title),
// in several languages and layouts; credit lines at the article's edges left to the metadata.
#include <doctest/doctest.h>

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <winnow/winnow.hpp>

#include "extract_lines.hpp"
#include "extract_test_util.hpp"
#include "extract_title.hpp"
#include "parse_html.hpp"

using namespace winnow;

using winnow::test::has;
using winnow::test::text_of;

TEST_CASE("an author box before the title, longer than the short article, is left out (German)") {
    const std::string out = text_of(R"(<html><head><title>Stadtbibliothek verlängert die Öffnungszeiten | Kiezblatt</title></head><body>
<div class="col-left"><div class="box"><h4>Über die Autorin</h4><div class="textblock">Anna Berger schreibt seit vielen Jahren über Kultur, Bildung und Stadtpolitik, zuerst für eine Tageszeitung, dann für das Radio, und seit kurzem für dieses Blatt. Sie hat Germanistik, Geschichte und Philosophie studiert, lebt mit ihrer Familie, zwei Katzen und sehr vielen Büchern am Stadtrand, und verbringt ihre Wochenenden, wenn sie nicht schreibt, am liebsten im Garten, auf dem Fahrrad oder im Lesesaal.</div></div></div>
<div class="col-main"><h1>Stadtbibliothek verlängert die Öffnungszeiten</h1>
<div class="txt"><p>Die Stadtbibliothek ist ab dem nächsten Monat auch am Samstagnachmittag geöffnet.</p><p>Der Rat hat dafür zwei neue Stellen bewilligt, teilte die Leiterin am Montag mit.</p></div></div>
</body></html>)");
    CHECK(has(out, "auch am Samstagnachmittag geöffnet"));
    CHECK(has(out, "zwei neue Stellen bewilligt"));
    CHECK_FALSE(has(out, "Germanistik"));
}

TEST_CASE("another tab's panel, scoring higher on its names and commas, is not the article (French)") {
    const std::string out = text_of(R"(<html><head><title>Le marché couvert rouvre ses portes</title></head><body>
<div class="tabs"><ul><li><a href="#t1">Ce mois-ci</a></li><li><a href="#t2">Archives</a></li></ul>
<div class="panel" id="t2"><div class="content"><h4>Numéro de printemps</h4><p>Dans ce numéro, nous parlons des jardins partagés, des nouvelles pistes cyclables, de la fête de la musique, et des associations qui, chaque semaine, organisent des repas, des cours de langue, des ateliers de couture et des sorties pour les enfants du quartier, avec l'aide de nombreux bénévoles, de la mairie et des commerçants.</p></div></div></div>
<article><h1>Le marché couvert rouvre ses portes</h1><p class="byline">Par Claire Morel</p>
<div class="editorial"><p>Après huit mois de travaux, le marché couvert accueille de nouveau ses clients.</p><p>Les étals ont été refaits et la toiture, qui fuyait, a été changée.</p></div></article>
</body></html>)");
    CHECK(has(out, "le marché couvert accueille de nouveau ses clients"));
    CHECK(has(out, "la toiture, qui fuyait, a été changée"));
    CHECK_FALSE(has(out, "jardins partagés"));
}

TEST_CASE("an author box after the article and a list of links is left out (English)") {
    const std::string out = text_of(R"(<html><head><title>Harbour ferry returns after winter repairs</title></head><body>
<div class="main"><h1>Harbour ferry returns after winter repairs</h1>
<div class="text"><p>The small ferry that crosses the harbour is running again, after two months in dry dock.</p><p>Its owners say the hull was repainted and the engine replaced.</p></div></div>
<div class="more"><h3>Around the coast</h3><ul><li><a href="/1">Lighthouse keepers meet for their yearly dinner on the pier</a></li><li><a href="/2">New timetable for the island buses starts in the spring</a></li><li><a href="/3">Fishing fleet brings in a record catch of mackerel this week</a></li><li><a href="/4">Sailing school opens its doors to adult beginners in May</a></li><li><a href="/5">Tide tables for the next three months are now online</a></li><li><a href="/6">Volunteers clean the beach after the autumn storms</a></li></ul></div>
<div class="col2"><h4>Tom Quayle</h4><div class="blurb">I have written about boats, harbours, ferries, and the people who work on them, for more than twenty years, first for a weekly paper, then for a radio station, and now here. Before that, I worked on fishing boats, on cargo ships, and, for one long and cold winter, on an icebreaker in the north. I like old engines, wooden hulls, tide tables, lighthouses, and long conversations with harbour masters, who know more than anyone about the sea, the weather, and the town.</div></div>
</body></html>)");
    CHECK(has(out, "The small ferry that crosses the harbour is running again"));
    CHECK_FALSE(has(out, "icebreaker"));
}

TEST_CASE("the title listed among other headlines does not pull the choice to that list (Spanish)") {
    const std::string out = text_of(R"(<html><head><title>El ayuntamiento amplía el horario del mercado central</title></head><body>
<div class="lateral"><h3>Lo más leído</h3><ul class="top">
<li><h4><a href="/a">El ayuntamiento amplía el horario del mercado central</a></h4></li>
<li><h4><a href="/b">Cortes de tráfico por las obras del puente viejo</a></h4></li>
<li><h4><a href="/c">La biblioteca municipal estrena una sala infantil</a></h4></li></ul></div>
<div class="nota"><h2>Mercado central</h2><div class="cuerpo"><p>El mercado central abrirá también los sábados por la tarde a partir del mes que viene, según anunció ayer el concejal de comercio.</p><p>Los comerciantes, que llevaban años pidiendo el cambio, celebran la decisión, aunque algunos temen que falte personal.</p></div></div>
</body></html>)");
    CHECK(has(out, "abrirá también los sábados"));
    CHECK(has(out, "celebran la decisión"));
    CHECK_FALSE(has(out, "Cortes de tráfico"));
}

TEST_CASE("a blog: masthead h1, post title h3, the profile in the sidebar is not the post") {
    const std::string out = text_of(R"(<html><head><title>Harbour ferry returns after winter repairs - The Quayside Log</title></head><body>
<h1 class="site"><a href="/">The Quayside Log</a></h1>
<div class="wrap"><div class="main"><div class="post">
<h3 class="post-title"><a href="/p/1">Harbour ferry returns after winter repairs</a></h3>
<div class="post-body">The small ferry that crosses the harbour is running again, after two months in the dry dock.<br><br>Its owners say the hull was repainted, and the engine, which had failed twice in autumn, was replaced.</div>
</div></div>
<div class="side"><dl class="profile"><dt>Tom Quayle</dt><dd class="text">I have written about boats, harbours, ferries, and the people who work on them, for more than twenty years, first for a weekly paper, then for a radio station, and now here. Before that, I worked on fishing boats, on cargo ships, and, for one long and cold winter, on an icebreaker in the north. I like old engines, wooden hulls, tide tables, lighthouses, and long conversations with harbour masters, who know more than anyone about the sea, the weather, and the town.</dd></dl></div></div>
</body></html>)");
    CHECK(has(out, "running again, after two months in the dry dock"));
    CHECK_FALSE(has(out, "icebreaker"));
}

TEST_CASE("credit line shape: a short lower-case word, then names; not sentences, dates or headings") {
    using winnow::detail::is_credit_line;
    CHECK(is_credit_line("von Anna Berger"));
    CHECK(is_credit_line("par Claire Morel et Paul Durand"));
    CHECK(is_credit_line("por Juan Pérez"));
    CHECK(is_credit_line("di Mario Rossi"));
    CHECK(is_credit_line("av Åsa Lindqvist"));
    CHECK(is_credit_line("от Иван Петров"));
    CHECK_FALSE(is_credit_line("von Bäumen und Wäldern"));          // no two names side by side
    CHECK_FALSE(is_credit_line("On Quadrille Today"));              // a title-case heading
    CHECK_FALSE(is_credit_line("by the river, where we met"));      // words in lower case
    CHECK_FALSE(is_credit_line("am 12. März 2024 von Anna Berger"));  // digits: a dateline
    CHECK_FALSE(is_credit_line("von Anna Berger."));                // a sentence
}

namespace {

std::string story(const std::string& lang, const std::string& title, const std::string& inside) {
    return "<html lang=\"" + lang + "\"><head><title>" + title + "</title></head><body><nav><a href=/>Home</a></nav>"
           "<article><h1>" + title + "</h1>" + inside + "</article></body></html>";
}

}  // namespace

TEST_CASE("a credit line at the start or end of the article leaves the body, in several languages") {
    const std::string de = text_of(story("de", "Die Fähre fährt wieder",
        "<p>von Anna Berger</p><p>Nach zwei Monaten in der Werft fährt die kleine Fähre wieder über den Hafen, "
        "teilten die Betreiber am Montag mit.</p><p>Der Rumpf wurde neu gestrichen und der Motor, der im Herbst "
        "zweimal ausgefallen war, ersetzt.</p>"));
    CHECK(has(de, "fährt die kleine Fähre wieder"));
    CHECK_FALSE(has(de, "Anna Berger"));
    const std::string fr = text_of(story("fr", "Le marché couvert rouvre",
        "<p>Après huit mois de travaux, le marché couvert accueille de nouveau ses clients, a annoncé la mairie "
        "mardi.</p><p>Les étals ont été refaits et la toiture, qui fuyait, a été changée.</p><p>par Claire Morel</p>"));
    CHECK(has(fr, "la toiture, qui fuyait"));
    CHECK_FALSE(has(fr, "Claire Morel"));
    // An English byline and a dateline set as small headings under the title.
    const std::string en = text_of(story("en", "Ferry back in service",
        "<h3>By Tom Quayle</h3><h6>Published: March 12, 2024</h6><p>The small ferry that crosses the harbour is running again, after two months in "
        "the dry dock, its owners said on Monday.</p><p>The hull was repainted and the engine, which had failed "
        "twice in autumn, was replaced.</p>"));
    CHECK(has(en, "The small ferry"));
    CHECK_FALSE(has(en, "Tom Quayle"));
    CHECK_FALSE(has(en, "March 12"));
}

TEST_CASE("the same shape inside the article, far from its edges, stays") {
    const std::string filler =
        "<p>Der Verein hat in diesem Jahr viele Veranstaltungen organisiert, darunter Lesungen, Konzerte und "
        "Ausstellungen, die von zahlreichen Gästen aus der ganzen Region besucht wurden.</p>";
    const std::string de = text_of(story("de", "Das Vereinsjahr im Rückblick",
        filler + filler.substr(0, 20) + "Im Frühjahr gab es eine Lesung mit zwei Autoren, die aus ihren neuen "
        "Büchern vorlasen, und danach ein Gespräch.</p><p>von Anna Berger</p>" + "<p>Im Sommer folgte ein "
        "Konzert im Park, das trotz des Regens gut besucht war, und im Herbst eine Ausstellung.</p>" + filler));
    CHECK(has(de, "von Anna Berger"));
}

TEST_CASE("an app shell without prose falls back to the JSON-LD articleBody, one paragraph per line") {
    const std::string out = text_of(R"(<html><head><title>Council approves new cycle lanes on the river road</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council approves new cycle lanes on the river road","articleBody":"The council voted on Tuesday to build protected cycle lanes along the river road, after two years of consultation.\n\nWork will start in the spring and is expected to take eight months, during which one lane for cars will stay open.\n\nLocal shops had asked for loading bays to be kept, and the final plan keeps four of them."}</script>
</head><body>
<div id="root"><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav><div class="loading">Loading…</div></div>
</body></html>)");
    CHECK(has(out, "The council voted on Tuesday to build protected cycle lanes"));
    CHECK(has(out, "one lane for cars will stay open.\n\nLocal shops had asked"));
    CHECK_FALSE(has(out, "Loading"));
}

TEST_CASE("articleBody with paragraph tags in it: the tags part the paragraphs and go (German)") {
    const std::string out = text_of(R"(<html><head><title>Neue Fähre über den See</title>
<script type="application/ld+json">{"@type":"Article","articleBody":"<p>Ab Mai fährt eine zweite Fähre über den See, jede halbe Stunde.</p><p>Die Gemeinde hat sie gebraucht gekauft, für <b>weniger</b> als die Hälfte des Neupreises.</p><p>Fahrräder dürfen kostenlos mit, Hunde auch, wenn sie an der Leine bleiben.</p><p>Im Winter fährt sie nur am Wochenende und bei Sturm gar nicht.</p>"}</script></head>
<body><div id="app"><noscript>Bitte JavaScript aktivieren.</noscript></div></body></html>)");
    CHECK(has(out, "Ab Mai fährt eine zweite Fähre über den See, jede halbe Stunde.\n\nDie Gemeinde hat sie gebraucht gekauft, für weniger als"));
    CHECK_FALSE(has(out, "<p>"));
    CHECK_FALSE(has(out, "<b>"));
}

TEST_CASE("an articleBody that is a summary of the region does not replace it (Spanish)") {
    const std::string out = text_of(R"(<html><head><title>La biblioteca amplía su horario</title>
<script type="application/ld+json">{"@type":"NewsArticle","articleBody":"La biblioteca municipal abrirá también los sábados por la tarde. El ayuntamiento ha aprobado dos plazas nuevas para ello, según anunció la directora este lunes por la mañana."}</script></head>
<body><article><h1>La biblioteca amplía su horario</h1>
<p>La biblioteca municipal abrirá también los sábados por la tarde a partir del mes que viene.</p>
<p>El ayuntamiento ha aprobado dos plazas nuevas para ello, según anunció la directora este lunes.</p>
<p>La sala infantil tendrá además un horario propio, con lecturas en voz alta cada domingo.</p></article></body></html>)");
    CHECK(has(out, "a partir del mes que viene."));
    CHECK(has(out, "con lecturas en voz alta cada domingo."));
    CHECK_FALSE(has(out, "por la tarde. El ayuntamiento"));
}

TEST_CASE("landing page: the feature sections under the hero, not the menu or the footer (Italian)") {
    const std::string out = text_of(R"(<html><head><title>Orto in Città — coltiva il tuo balcone</title></head><body>
<header><nav><a href="/">Home</a> <a href="/prezzi">Prezzi</a> <a href="/blog">Blog</a> <a href="/login">Accedi</a></nav></header>
<section class="hero"><h1>Coltiva il tuo balcone</h1><p>Semi, vasi e consigli per un orto che sta in due metri quadrati.</p><a class="btn" href="/inizia">Inizia ora</a></section>
<section class="features"><div class="grid">
<div class="card"><h2>Semi scelti per il clima</h2><p>Ti mandiamo solo le varietà che crescono bene dove abiti, stagione per stagione.</p></div>
<div class="card"><h2>Vasi che non si rovesciano</h2><p>Leggeri, con la riserva d'acqua nel fondo: bastano due annaffiature alla settimana.</p></div>
<div class="card"><h2>Un agronomo risponde</h2><p>Scrivi una domanda e ricevi una risposta entro un giorno, con una foto se serve.</p></div>
</div></section>
<section class="quote"><blockquote><p>Il primo anno ho raccolto più pomodori di quanti ne potessi mangiare.</p></blockquote></section>
<footer><p>© Orto in Città · <a href="/privacy">Privacy</a> · <a href="/termini">Termini</a></p></footer>
</body></html>)");
    for (std::string_view line : {"## Semi scelti per il clima", "crescono bene dove abiti", "## Vasi che non si rovesciano",
                                  "## Un agronomo risponde", "entro un giorno"})
        CHECK_MESSAGE(has(out, line), line);
    CHECK_FALSE(has(out, "Accedi"));
    CHECK_FALSE(has(out, "Privacy"));
}

TEST_CASE("list page whose entries are all link: every title and summary, not the menus (Dutch)") {
    const std::string out = text_of(R"(<html><head><title>Boeken — recensies</title></head><body>
<div class="top"><a href="/">Voorpagina</a> | <a href="/sport">Sport</a> | <a href="/cultuur">Cultuur</a> | <a href="/weer">Weer</a> | <a href="/contact">Contact</a></div>
<div class="wrap"><h1>Boeken</h1>
<div class="row"><h3><a href="/b/1">Een winter op het eiland</a></h3><p><a href="/b/1">Een roman over een vuurtorenwachter die een jaar lang niemand spreekt, en over de brieven die hij toch blijft schrijven.</a></p></div>
<div class="row"><h3><a href="/b/2">De tuin van mijn grootmoeder</a></h3><p><a href="/b/2">Herinneringen aan zomers tussen bonen en bessen, verteld door een kleinzoon die later zelf tuinman werd.</a></p></div>
<div class="row"><h3><a href="/b/3">Zeven bruggen</a></h3><p><a href="/b/3">Een wandeling door een oude stad, brug voor brug, met de verhalen van de mensen die er ooit woonden.</a></p></div>
<div class="row"><h3><a href="/b/4">Het laatste kaartje</a></h3><p><a href="/b/4">Een treinconducteur op zijn laatste werkdag kijkt terug op veertig jaar reizigers, vertragingen en gesprekken.</a></p></div>
</div>
<div class="foot"><a href="/over">Over ons</a> · <a href="/privacy">Privacy</a> · <a href="/adverteren">Adverteren</a></div>
</body></html>)");
    for (std::string_view line : {"Een winter op het eiland", "vuurtorenwachter die een jaar lang", "Zeven bruggen",
                                  "Een treinconducteur op zijn laatste werkdag"})
        CHECK_MESSAGE(has(out, line), line);
    CHECK_FALSE(has(out, "Voorpagina"));
    CHECK_FALSE(has(out, "Adverteren"));
}

TEST_CASE("recipe told in list items only: ingredients and every step (Finnish)") {
    const std::string out = text_of(R"(<html><head><title>Mustikkapiirakka</title></head><body>
<nav><ul><li><a href="/">Etusivu</a></li><li><a href="/reseptit">Reseptit</a></li><li><a href="/haku">Haku</a></li></ul></nav>
<main><h1>Mustikkapiirakka</h1>
<h2>Ainekset</h2><ul class="ingredients"><li>200 g voita</li><li>2 dl sokeria</li><li>1 kananmuna</li><li>5 dl vehnäjauhoja</li><li>1 tl leivinjauhetta</li><li>4 dl mustikoita</li></ul>
<h2>Valmistus</h2><ol class="steps"><li>Sulata voi kattilassa ja anna sen jäähtyä hetki ennen kuin lisäät sokerin ja munan.</li><li>Sekoita jauhot ja leivinjauhe keskenään, ja lisää ne voiseokseen vähitellen, kunnes taikina on tasaista.</li><li>Painele taikina voideltuun vuokaan niin, että reunoille nousee matala reunus, ja levitä marjat pohjan päälle.</li><li>Paista 200 asteessa noin puoli tuntia, kunnes reunat ovat kullanruskeat, ja anna jäähtyä ennen tarjoilua.</li></ol>
</main>
<footer><a href="/yhteystiedot">Yhteystiedot</a> <a href="/tietosuoja">Tietosuoja</a></footer>
</body></html>)");
    for (std::string_view line : {"## Ainekset", "200 g voita", "4 dl mustikoita", "## Valmistus", "1. Sulata voi kattilassa",
                                  "4. Paista 200 asteessa"})
        CHECK_MESSAGE(has(out, line), line);
    CHECK_FALSE(has(out, "Etusivu"));
    CHECK_FALSE(has(out, "Tietosuoja"));
}

TEST_CASE("forum thread laid out as a table: every post, the first one included (Hungarian)") {
    const std::string out = text_of(R"(<html><head><title>Csöpög a konyhai csap — Barkács fórum</title></head><body>
<div class="menu"><a href="/">Fórumok</a> · <a href="/kereses">Keresés</a> · <a href="/belepes">Belépés</a></div>
<h2>Csöpög a konyhai csap</h2>
<table class="posts">
<tr><td class="user"><b>kovacs_bela</b><br>Hozzászólások: 12</td><td class="msg">Két hete csöpög a konyhai csap, pedig teljesen elzárom. Kicseréltem már a tömítést is, de nem segített. Mit nézzek meg még?</td></tr>
<tr><td class="user"><b>vizszerelo77</b><br>Hozzászólások: 2310</td><td class="msg">Ha keverőcsaptelep, akkor valószínűleg a kerámia betét kopott el, azt egyben kell cserélni. Vidd el a régit a boltba, hogy ugyanolyat kapj.</td></tr>
<tr><td class="user"><b>kovacs_bela</b><br>Hozzászólások: 13</td><td class="msg">Köszönöm, tényleg a betét volt az. Húsz perc alatt kicseréltem, azóta egy csepp sem jön.</td></tr>
</table>
<div class="foot">Fórummotor 3.2 · <a href="/szabalyzat">Szabályzat</a></div>
</body></html>)");
    for (std::string_view line : {"Két hete csöpög a konyhai csap", "a kerámia betét kopott el", "azóta egy csepp sem jön"})
        CHECK_MESSAGE(has(out, line), line);
    CHECK_FALSE(has(out, "Szabályzat"));
    CHECK_FALSE(has(out, "Belépés"));
}

TEST_CASE("a thread of dated posts with avatars and reply links, longer than the short article under the title, is not the article (Polish)") {
    const std::string page = R"(<html><head><title>Nowy most na rzece otwarty</title></head><body>
<div class="x1"><h1>Nowy most na rzece otwarty</h1>
<div class="x2"><p>W sobotę otwarto nowy most pieszo-rowerowy, który łączy oba brzegi rzeki w centrum miasta.</p><p>Budowa trwała dwa lata i kosztowała mniej, niż zakładano.</p></div></div>
<div class="x3"><h3>Opinie (4)</h3>
<div class="x4"><img src="/a/1.png" alt=""><b>Marek</b> <span>12.05.2024, 10:14</span><p>Wreszcie! Przez lata jeździłem naokoło, przez stary most, gdzie samochody, autobusy i ciężarówki mijają się centymetry od rowerzystów, a chodnik jest tak wąski, że dwie osoby z wózkami nie mogą się wyminąć.</p><a href="#r1">Odpowiedz</a></div>
<div class="x4"><img src="/a/2.png" alt=""><b>Ela</b> <span>12.05.2024, 11:02</span><p>Szkoda tylko, że nie pomyślano o ławkach, o cieniu, o koszach na śmieci i o oświetleniu, bo wieczorem, kiedy najwięcej ludzi spaceruje, na środku mostu jest zupełnie ciemno i trochę strasznie.</p><a href="#r2">Odpowiedz</a></div>
<div class="x4"><img src="/a/3.png" alt=""><b>Tomek</b> <span>12.05.2024, 13:40</span><p>Byłem w niedzielę z dziećmi, z psem i z rowerami, i muszę powiedzieć, że to najlepsza inwestycja w mieście od lat, bo wreszcie można przejść na drugą stronę bez stania w korkach i bez wdychania spalin.</p><a href="#r3">Odpowiedz</a></div>
<div class="x4"><img src="/a/4.png" alt=""><b>Anna</b> <span>13.05.2024, 08:21</span><p>Ciekawe, ile wytrzyma ta nawierzchnia, bo na poprzednich inwestycjach, na deptaku, na placu i przy dworcu, po dwóch zimach były już dziury, łaty i kałuże, a naprawy trwały miesiącami.</p><a href="#r4">Odpowiedz</a></div>
</div></body></html>)";
    const std::string out = text_of(page);
    CHECK(has(out, "W sobotę otwarto nowy most pieszo-rowerowy"));
    CHECK(has(out, "kosztowała mniej, niż zakładano."));
    CHECK_FALSE(has(out, "Wreszcie!"));
    CHECK_FALSE(has(out, "Odpowiedz"));
    Options with_comments;
    with_comments.comments = true;
    const Result r = clean(page, with_comments);
    REQUIRE(r.ok());
    REQUIRE_FALSE(r.document.comments.empty());
}

TEST_CASE("a list of teasers with pictures and dates after a short article is not the article (Swedish)") {
    const std::string out = text_of(R"(<html><head><title>Badplatsen vid sjön får ny brygga</title></head><body>
<div class="k1"><h1>Badplatsen vid sjön får ny brygga</h1>
<p>Kommunen bygger en ny brygga vid badplatsen, och den ska vara klar till midsommar.</p><p>Den gamla bryggan revs i höstas efter att den skadats av isen.</p></div>
<div class="k2"><h2>Läs också</h2>
<div class="k3"><img src="/i/1.jpg" alt=""><h3><a href="/n/1">Skolan får ny idrottshall</a></h3><span>3 maj 2024</span><p>Bygget börjar i augusti, och hallen ska kunna användas av både skolan, föreningarna och de boende i området, på kvällar och helger.</p></div>
<div class="k3"><img src="/i/2.jpg" alt=""><h3><a href="/n/2">Biblioteket öppet på söndagar</a></h3><span>2 maj 2024</span><p>Från och med juni kan man låna böcker, läsa tidningar, använda datorerna och gå på sagostund även på söndagar, mellan tolv och fyra.</p></div>
<div class="k3"><img src="/i/3.jpg" alt=""><h3><a href="/n/3">Nya cykelbanor längs ån</a></h3><span>30 april 2024</span><p>Tre kilometer ny cykelbana, med belysning, bänkar och cykelställ, ska binda ihop centrum med de nya bostadsområdena i norr och i väster.</p></div>
<div class="k3"><img src="/i/4.jpg" alt=""><h3><a href="/n/4">Torghandeln flyttar i sommar</a></h3><span>28 april 2024</span><p>Medan torget rustas flyttar handlarna med grönsaker, blommor, fisk och bröd till parkeringen bakom kyrkan, under hela sommaren och en bit in i hösten.</p></div>
</div></body></html>)");
    CHECK(has(out, "Kommunen bygger en ny brygga vid badplatsen"));
    CHECK(has(out, "Den gamla bryggan revs i höstas"));
    CHECK_FALSE(has(out, "idrottshall"));
    CHECK_FALSE(has(out, "Torghandeln"));
}

TEST_CASE("without a short article before them, the same entries are the page's content (Swedish, Polish)") {
    // A list page and a forum thread: the title heading, then the entries at once.
    std::string list = R"(<html><head><title>Badplatsen vid sjön får ny brygga</title></head><body>
<div class="k1"><h1>Badplatsen vid sjön får ny brygga</h1>
<p>Kommunen bygger en ny brygga vid badplatsen, och den ska vara klar till midsommar.</p><p>Den gamla bryggan revs i höstas efter att den skadats av isen.</p></div>
<div class="k2"><h2>Läs också</h2>
<div class="k3"><img src="/i/1.jpg" alt=""><h3><a href="/n/1">Skolan får ny idrottshall</a></h3><span>3 maj 2024</span><p>Bygget börjar i augusti, och hallen ska kunna användas av både skolan, föreningarna och de boende i området, på kvällar och helger.</p></div>
<div class="k3"><img src="/i/2.jpg" alt=""><h3><a href="/n/2">Biblioteket öppet på söndagar</a></h3><span>2 maj 2024</span><p>Från och med juni kan man låna böcker, läsa tidningar, använda datorerna och gå på sagostund även på söndagar, mellan tolv och fyra.</p></div>
<div class="k3"><img src="/i/3.jpg" alt=""><h3><a href="/n/3">Nya cykelbanor längs ån</a></h3><span>30 april 2024</span><p>Tre kilometer ny cykelbana, med belysning, bänkar och cykelställ, ska binda ihop centrum med de nya bostadsområdena i norr och i väster.</p></div>
<div class="k3"><img src="/i/4.jpg" alt=""><h3><a href="/n/4">Torghandeln flyttar i sommar</a></h3><span>28 april 2024</span><p>Medan torget rustas flyttar handlarna med grönsaker, blommor, fisk och bröd till parkeringen bakom kyrkan, under hela sommaren och en bit in i hösten.</p></div>
</div></body></html>)";
    list.erase(list.find("<p>Kommunen"), list.find("<div class=\"k2\">") - list.find("<p>Kommunen"));
    CHECK(has(text_of(list), "Biblioteket öppet på söndagar"));
    std::string thread = R"(<html><head><title>Nowy most na rzece otwarty</title></head><body>
<div class="x1"><h1>Nowy most na rzece otwarty</h1>
<div class="x2"><p>W sobotę otwarto nowy most pieszo-rowerowy, który łączy oba brzegi rzeki w centrum miasta.</p><p>Budowa trwała dwa lata i kosztowała mniej, niż zakładano.</p></div></div>
<div class="x3"><h3>Opinie (4)</h3>
<div class="x4"><img src="/a/1.png" alt=""><b>Marek</b> <span>12.05.2024, 10:14</span><p>Wreszcie! Przez lata jeździłem naokoło, przez stary most, gdzie samochody, autobusy i ciężarówki mijają się centymetry od rowerzystów, a chodnik jest tak wąski, że dwie osoby z wózkami nie mogą się wyminąć.</p><a href="#r1">Odpowiedz</a></div>
<div class="x4"><img src="/a/2.png" alt=""><b>Ela</b> <span>12.05.2024, 11:02</span><p>Szkoda tylko, że nie pomyślano o ławkach, o cieniu, o koszach na śmieci i o oświetleniu, bo wieczorem, kiedy najwięcej ludzi spaceruje, na środku mostu jest zupełnie ciemno i trochę strasznie.</p><a href="#r2">Odpowiedz</a></div>
<div class="x4"><img src="/a/3.png" alt=""><b>Tomek</b> <span>12.05.2024, 13:40</span><p>Byłem w niedzielę z dziećmi, z psem i z rowerami, i muszę powiedzieć, że to najlepsza inwestycja w mieście od lat, bo wreszcie można przejść na drugą stronę bez stania w korkach i bez wdychania spalin.</p><a href="#r3">Odpowiedz</a></div>
<div class="x4"><img src="/a/4.png" alt=""><b>Anna</b> <span>13.05.2024, 08:21</span><p>Ciekawe, ile wytrzyma ta nawierzchnia, bo na poprzednich inwestycjach, na deptaku, na placu i przy dworcu, po dwóch zimach były już dziury, łaty i kałuże, a naprawy trwały miesiącami.</p><a href="#r4">Odpowiedz</a></div>
</div></body></html>)";
    thread.erase(thread.find("<div class=\"x2\">"), thread.find("<div class=\"x3\">") - thread.find("<div class=\"x2\">"));
    const std::string out = text_of(thread);
    CHECK(has(out, "Wreszcie!"));
    CHECK(has(out, "ile wytrzyma ta nawierzchnia"));
}

TEST_CASE("an author box that opens with the author's name, longer than the short article above it, is left out (Czech)") {
    const std::string out = text_of(R"(<html><head><title>Knihovna prodlouží otevírací dobu</title><meta name="author" content="Jana Nováková"></head><body>
<div class="m1"><h1>Knihovna prodlouží otevírací dobu</h1>
<p>Městská knihovna bude od příštího měsíce otevřená i v sobotu odpoledne.</p><p>Rada města na to schválila dvě nová pracovní místa.</p></div>
<div class="m2"><img src="/foto/autorka.jpg" alt=""><h4>Jana Nováková</h4>
<p>Jana píše o kultuře, vzdělávání a městské politice už patnáct let, nejdřív pro deník, potom pro rozhlas a teď pro tento web. Vystudovala bohemistiku, historii a filozofii, žije s rodinou, dvěma kočkami a spoustou knih na okraji města, a o víkendech, když zrovna nepíše, nejraději pracuje na zahradě, jezdí na kole nebo sedí v čítárně.</p>
<p><a href="https://social.example/jana">Sledujte ji</a> · <a href="/autori/jana">Všechny články autorky</a></p></div>
</body></html>)");
    CHECK(has(out, "Městská knihovna bude od příštího měsíce otevřená"));
    CHECK(has(out, "schválila dvě nová pracovní místa."));
    CHECK_FALSE(has(out, "bohemistiku"));
}

TEST_CASE("an article body that opens with its author's name in bold right under the title stays (English)") {
    const std::string out = text_of(R"(<html><head><title>Night buses return to the valley</title><meta name="author" content="Ruth Hale"></head><body>
<h1>Night buses return to the valley</h1>
<div class="body"><p><strong>Ruth Hale</strong></p><p>Night buses will run again between the valley towns from next month, the transport board said on Monday, after a trial last winter carried more passengers than expected.</p>
<p>Three routes will run every hour between midnight and five in the morning, on Fridays and Saturdays first, and every night from the spring if the numbers hold.</p></div>
<div class="side"><p>Ruth Hale has covered transport, housing and the valley councils for the paper since it was founded, and before that wrote for a weekly in the hills.</p></div>
</body></html>)");
    CHECK(has(out, "Night buses will run again between the valley towns"));
    CHECK(has(out, "every night from the spring if the numbers hold."));
}

namespace {

// A blog page: a one-paragraph post nested in content > post > entry (each box scores on
// the same paragraph), and a sidebar archive of many month links beside the content box.
std::string short_post_page(std::string_view title, std::string_view post, std::string_view archive,
                            const std::vector<std::string_view>& months) {
    std::string items;
    for (int year = 2019; year <= 2024; ++year)
        for (std::string_view m : months)
            items += "<li><a href=\"/" + std::to_string(year) + "\">" + std::string(m) + " " + std::to_string(year) +
                     "</a></li>";
    return "<html><head><title>" + std::string(title) + "</title></head><body><div id=\"wrapper\"><div id=\"middle\">" +
           "<div id=\"menu\"><ul><li><a href=\"/a\">A</a></li><li><a href=\"/b\">B</a></li></ul></div>" +
           "<div id=\"content\"><div class=\"post\"><h2>" + std::string(title) + "</h2><div class=\"entry\"><p>" +
           std::string(post) + "</p></div></div></div>" + "<div id=\"sidebar\"><ul><li class=\"widget\"><h2>" +
           std::string(archive) + "</h2><ul>" + items + "</ul></li></ul></div></div></div></body></html>";
}

}  // namespace

TEST_CASE("a short post whose nested boxes all score on its one paragraph does not widen to the sidebar (Portuguese, Dutch)") {
    const std::string pt = text_of(short_post_page(
        "Edição de outono da revista do bairro",
        "Já saiu a edição de outono da revista do bairro, com entrevistas, receitas e a agenda cultural. Pode ser "
        "lida na biblioteca, nos cafés da praça e, a partir de sábado, também na internet.",
        "Arquivo", {"janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
                    "novembro", "dezembro"}));
    CHECK(has(pt, "Já saiu a edição de outono"));
    CHECK_FALSE(has(pt, "Arquivo"));
    CHECK_FALSE(has(pt, "fevereiro 2019"));
    const std::string nl = text_of(short_post_page(
        "Herfstnummer van het buurtblad is uit",
        "Het herfstnummer van het buurtblad is verschenen, met interviews, recepten en de culturele agenda. Het ligt "
        "in de bibliotheek, in de cafés aan het plein en is vanaf zaterdag ook online te lezen.",
        "Archief", {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
                    "november", "december"}));
    CHECK(has(nl, "Het herfstnummer van het buurtblad is verschenen"));
    CHECK_FALSE(has(nl, "Archief"));
    CHECK_FALSE(has(nl, "februari 2019"));
}

TEST_CASE("a link inside a sentence stays whatever its class says; the same class on a line of its own goes (German, Japanese)") {
    const std::string de = text_of(R"(<html><head><title>Hafen bekommt einen neuen Kran</title></head><body>
<div class="article"><h1>Hafen bekommt einen neuen Kran</h1>
<div class="text"><p>Der Hafen der Stadt bekommt im Frühjahr einen neuen Kran, der doppelt so schwere Container heben kann wie der alte.</p>
<p>Die Hafenmeisterin <a class="meta-name" href="/p/1">Sabine Krüger</a> sagte am Dienstag, die Arbeiten in <a class="meta-place" href="/o/2">Norderhafen</a> würden sechs Wochen dauern.</p>
<p>Wer Fragen hat, kann <a class="comment-link" href="#c">einen Kommentar schreiben</a> oder im Büro anrufen.</p>
<p>Der alte Kran wird an ein Museum verschenkt, das ihn im Sommer abholen will.</p></div></div>
</body></html>)");
    CHECK(has(de, "Die Hafenmeisterin Sabine Krüger sagte am Dienstag, die Arbeiten in Norderhafen würden"));
    CHECK(has(de, "kann einen Kommentar schreiben oder im Büro anrufen"));
    const std::string ja = text_of(R"(<html><head><title>市立図書館、土曜の開館時間を延長</title></head><body>
<div class="article"><h1>市立図書館、土曜の開館時間を延長</h1>
<div class="text"><p>市立図書館は来月から、土曜日の開館時間を午後八時まで延長すると発表した。利用者の要望に応えたもので、職員を二人増やす。</p>
<p>館長の<a class="meta-name" href="/p/1">山田花子</a>氏は「仕事帰りの人にも使ってほしい」と話した。</p>
<a class="share-link" href="#s">共有する</a>
<p>延長は一年間の試行で、利用者の数を見て続けるかどうかを決めるという。</p></div></div>
</body></html>)");
    CHECK(has(ja, "館長の山田花子氏は"));
    CHECK_FALSE(has(ja, "共有する"));
}

namespace {

// A round-up: sections of heading, prose and a short list of where to get the thing; with
// `sections` below three, the one list between paragraphs reads as an inserted link box.
std::string roundup_page(std::string_view title, std::string_view intro, const std::vector<std::array<std::string_view, 3>>& sections) {
    std::string body;
    for (const auto& [heading, prose, link] : sections)
        body += "<h2>" + std::string(heading) + "</h2><p>" + std::string(prose) + "</p><ul><li><a href=\"/go\">" +
                std::string(link) + "</a></li></ul>";
    return "<html><head><title>" + std::string(title) + "</title></head><body><div class=\"post\"><h1>" +
           std::string(title) + "</h1><div class=\"body\"><p>" + std::string(intro) + "</p>" + body +
           "</div></div></body></html>";
}

}  // namespace

TEST_CASE("a link list closing each section of a round-up is the article's; a single one between paragraphs is not (Spanish, Polish)") {
    const std::string es = text_of(roundup_page(
        "Ofertas de la semana",
        "Una selección de ofertas de esta semana, elegidas por la redacción después de comparar precios en varias tiendas.",
        {{"Auriculares inalámbricos", "Los auriculares bajan un tercio de su precio habitual y traen un estuche de carga que dura una semana entera.", "Comprar en la tienda por 59 euros"},
         {"Cafetera de cápsulas", "La cafetera más vendida del año vuelve a su precio más bajo, con dos cajas de cápsulas de regalo.", "Comprar en el supermercado por 45 euros"},
         {"Bicicleta estática", "Para quien no quiere salir en invierno, una bicicleta plegable con pantalla y doce programas de ejercicio.", "Comprar en la web del fabricante por 199 euros"}}));
    CHECK(has(es, "Comprar en la tienda por 59 euros"));
    CHECK(has(es, "Comprar en el supermercado por 45 euros"));
    CHECK(has(es, "Comprar en la web del fabricante por 199 euros"));
    const std::string pl = text_of(roundup_page(
        "Promocje tygodnia",
        "Wybór promocji z tego tygodnia, sprawdzonych przez redakcję po porównaniu cen w kilku sklepach.",
        {{"Słuchawki", "Słuchawki bezprzewodowe są tańsze o jedną trzecią i mają etui, które ładuje je przez cały tydzień.", "Zobacz inne artykuły o elektronice"}}));
    CHECK(has(pl, "Słuchawki bezprzewodowe są tańsze"));
    CHECK_FALSE(has(pl, "Zobacz inne artykuły"));
}

TEST_CASE("a list page whose teasers went as link blocks gets them back; beside an article they stay out (Italian, Czech)") {
    // Every entry is a linked headline over a linked summary of a sentence or two; the only
    // other text left is a line of notice, so the region kept under a quarter of its text.
    const std::string it = text_of(R"(<html><head><title>Libri — recensioni</title></head><body>
<div class="top"><a href="/">Prima pagina</a> | <a href="/sport">Sport</a> | <a href="/cultura">Cultura</a> | <a href="/meteo">Meteo</a> | <a href="/contatti">Contatti</a></div>
<p class="note">Questa pagina si legge anche senza fogli di stile, nella versione semplificata per i browser più vecchi.</p>
<div class="wrap"><h1>Libri</h1>
<div class="item"><h3><a href="/l/1">Un inverno sull'isola</a></h3><p><a href="/l/1">Un romanzo su un guardiano del faro che per un anno non parla con nessuno. Eppure continua a scrivere lettere ogni settimana.</a></p></div>
<div class="item"><h3><a href="/l/2">Il giardino della nonna</a></h3><p><a href="/l/2">Ricordi di estati tra fagioli e lamponi. Li racconta un nipote che da grande è diventato giardiniere anche lui.</a></p></div>
<div class="item"><h3><a href="/l/3">Sette ponti</a></h3><p><a href="/l/3">Una passeggiata in una vecchia città, ponte dopo ponte. Ogni capitolo racconta le persone che ci hanno vissuto.</a></p></div>
<div class="item"><h3><a href="/l/4">L'ultimo biglietto</a></h3><p><a href="/l/4">Un controllore all'ultimo giorno di lavoro ripensa a quarant'anni di viaggiatori. Ritardi, incontri e discorsi sul treno.</a></p></div>
</div>
<div class="side"><h4>Sezioni</h4><ul><li><a href="/a">Cinema e teatro</a></li><li><a href="/b">Musica classica e moderna</a></li><li><a href="/c">Mostre e musei della regione</a></li><li><a href="/d">Ristoranti e trattorie</a></li><li><a href="/e">Viaggi e fine settimana</a></li></ul></div>
<div class="foot"><a href="/chi">Chi siamo</a> · <a href="/privacy">Privacy</a> · <a href="/pubblicita">Pubblicità</a></div>
</body></html>)");
    for (std::string_view line : {"Un inverno sull'isola", "guardiano del faro che per un anno", "Sette ponti",
                                  "Un controllore all'ultimo giorno di lavoro"})
        CHECK_MESSAGE(has(it, line), line);
    CHECK_FALSE(has(it, "Prima pagina"));
    CHECK_FALSE(has(it, "Musica classica e moderna"));
    CHECK_FALSE(has(it, "Pubblicità"));
    const std::string cz = text_of(R"(<html><head><title>Knihovna prodlužuje otevírací dobu</title></head><body>
<div class="top"><a href="/">Úvod</a> | <a href="/sport">Sport</a> | <a href="/kultura">Kultura</a></div>
<div class="clanek"><h1>Knihovna prodlužuje otevírací dobu</h1><div class="text"><p>Městská knihovna bude nově otevřená i v sobotu odpoledne, oznámila ve čtvrtek ředitelka.</p><p>Radnice na to uvolnila peníze pro dva nové knihovníky.</p></div></div>
<div class="dalsi">
<div class="item"><h3><a href="/c/1">Nový most přes řeku</a></h3><p><a href="/c/1">Stavba mostu začne na jaře. Potrvá dva roky a doprava povede objížďkou.</a></p></div>
<div class="item"><h3><a href="/c/2">Trh na náměstí</a></h3><p><a href="/c/2">Farmářský trh se vrací. Prodejci nabídnou sýry, med a zeleninu z okolí.</a></p></div>
<div class="item"><h3><a href="/c/3">Bazén bude zavřený</a></h3><p><a href="/c/3">Městský bazén projde opravou. Znovu se otevře až v září.</a></p></div>
</div></body></html>)");
    CHECK(has(cz, "Městská knihovna bude nově otevřená i v sobotu odpoledne"));
    CHECK_FALSE(has(cz, "Stavba mostu začne na jaře"));
}

namespace {

// A blog post of one line under its title, the post's box named as content, then a long
// comment thread and a sidebar: the post's line outscores every other block.
std::string one_line_post(std::string_view title, std::string_view line, std::string_view filed,
                          std::string_view comment, std::string_view sidebar) {
    std::string comments;
    for (int i = 1; i <= 6; ++i)
        comments += "<li class=\"comment\"><div class=\"comment-author\">Reader " + std::to_string(i) +
                    "</div><div class=\"commentext\"><p>" + std::string(comment) + "</p></div></li>";
    return "<html><head><title>" + std::string(title) + "</title></head><body>"
           "<div class=\"menu\"><a href=\"/\">Home</a> | <a href=\"/a\">About</a> | <a href=\"/b\">Archive</a> | <a href=\"/c\">Contact</a></div>"
           "<div class=\"wrap\"><div class=\"post\"><h2>" + std::string(title) + "</h2>"
           "<div class=\"post-content\"><p>" + std::string(line) + "</p></div>"
           "<div class=\"filed\">" + std::string(filed) + "</div></div>"
           "<div id=\"comments\"><h3>6 comments</h3><ol class=\"commentlist\">" + comments + "</ol></div></div>"
           "<div class=\"sidebar\"><h4>Blogroll</h4><p>" + std::string(sidebar) + "</p></div></body></html>";
}

}  // namespace

TEST_CASE("a post of one line widens to the best block of prose, not the whole page with its comments (English, German)") {
    const std::string en = text_of(one_line_post(
        "Our new garden", "Planted three apple trees today.", "Filed under Garden",
        "What a lovely idea, we planted a pear tree last spring, and it already gave us fruit, so good luck with yours!",
        "I write about gardens, trees, bees, and the weather, from a small town by the river, every week or so."));
    CHECK(has(en, "Planted three apple trees today."));
    CHECK_FALSE(has(en, "pear tree last spring"));
    CHECK_FALSE(has(en, "from a small town by the river"));
    CHECK_FALSE(has(en, "Archive"));
    const std::string de = text_of(one_line_post(
        "Unser neuer Garten", "Heute drei Apfelbäume gepflanzt.", "Abgelegt unter Garten",
        "Was für eine schöne Idee, wir haben letztes Jahr einen Birnbaum gepflanzt, und er trägt schon Früchte, viel Glück!",
        "Ich schreibe über Gärten, Bäume, Bienen und das Wetter, aus einer kleinen Stadt am Fluss, etwa jede Woche."));
    CHECK(has(de, "Heute drei Apfelbäume gepflanzt."));
    CHECK_FALSE(has(de, "einen Birnbaum gepflanzt"));
    CHECK_FALSE(has(de, "aus einer kleinen Stadt am Fluss"));
}

TEST_CASE("a short list whose links sit inside sentences stays in the article; a list of bare links there goes (Dutch, French, Japanese)") {
    const std::string nl = text_of(R"(<html><head><title>Aanbiedingen van de week</title></head><body>
<div class="menu"><a href="/">Home</a> | <a href="/n">Nieuws</a> | <a href="/t">Tests</a></div>
<article><h1>Aanbiedingen van de week</h1><div class="article-content">
<p>Het is weer vrijdag, en dus hebben we een nieuwe lijst met aanbiedingen voor het weekend samengesteld, van harde schijven tot laptops en routers.</p>
<p><strong>Topaanbieding:</strong></p>
<ul><li><a href="/d/1">Draagbare harde schijf van 2 TB voor 119 euro bij de webwinkel</a> (normaal 149 euro, met kortingscode)</li></ul>
<p>De schijf is snel, klein en past in elke jaszak; voor wie veel foto's maakt is hij ideaal als reservekopie onderweg.</p>
<ul><li><a href="/r/1">Meer aanbiedingen</a></li><li><a href="/r/2">Alle tests</a></li></ul>
<ul class="more"><li class="col"><div class="title">Mis deze verhalen over techniek niet</div><ol><li><a href="/s/1">Nieuwe telefoons getest</a></li><li><a href="/s/2">De beste routers van het jaar</a></li></ol></li></ul>
<p>Volgende week zijn we er weer met een nieuwe lijst, dan vooral met spullen voor in de keuken.</p>
</div></article></body></html>)");
    CHECK(has(nl, "normaal 149 euro, met kortingscode"));
    CHECK(has(nl, "Draagbare harde schijf van 2 TB"));
    CHECK(has(nl, "De schijf is snel"));
    CHECK_FALSE(has(nl, "Meer aanbiedingen"));
    CHECK_FALSE(has(nl, "Mis deze verhalen"));  // a heading over links, set as a list item
    const std::string fr = text_of(R"(<html><head><title>La semaine du service en ligne</title></head><body>
<div class="entry"><h1>La semaine du service en ligne</h1><div class="entry-content">
<p>Voici un petit résumé de ce qui s'est passé chez nous la semaine dernière, jour après jour, pour ceux qui n'ont pas suivi.</p>
<p>Lundi 29 octobre</p>
<ul><li>La <a href="/n/1">passerelle de stockage est désormais disponible pour tous</a>.</li></ul>
<p>Mercredi 31 octobre</p>
<ul><li>Nous avons <a href="/n/2">changé les règles du concours</a> pour les jeunes entreprises.</li><li>Le <a href="/n/3">calculateur de coûts</a> est en ligne.</li></ul>
<p>Comme toujours, vos questions et remarques sont les bienvenues, et nous répondrons à chacune d'elles dans la semaine.</p>
</div></div></body></html>)");
    CHECK(has(fr, "passerelle de stockage est désormais disponible pour tous"));
    CHECK(has(fr, "changé les règles du concours"));
    CHECK(has(fr, "calculateur de coûts"));
    const std::string ja = text_of(R"(<html><head><title>今週のお知らせ</title></head><body>
<div class="entry"><h1>今週のお知らせ</h1><div class="entry-content">
<p>先週の出来事を、曜日ごとに短くまとめました。見逃した方は、ぜひこちらで確認してください。新しい機能もいくつか増えています。</p>
<ul><li>月曜日に<a href="/n/1">保存サービスの新しい料金</a>を発表しました。</li></ul>
<p>質問や意見があれば、いつでもお寄せください。一週間以内に、担当者から必ず返事をいたします。来週もよろしくお願いします。</p>
<ul><li><a href="/r/1">過去のお知らせ一覧</a></li></ul>
</div></div></body></html>)");
    CHECK(has(ja, "保存サービスの新しい料金"));
    CHECK_FALSE(has(ja, "過去のお知らせ一覧"));
}

TEST_CASE("a picture post under its title is the article, not the comment thread that outweighs it (Spanish, English)") {
    // The thread holds most of the page's prose, in a box named like content: it wins on
    // score, but it follows the title outside it, so it answers the article.
    const std::string es = text_of(R"(<html><head><title>Atardecer en el puerto</title></head><body>
<div class="post"><h1>Atardecer en el puerto</h1><p class="byline">por Marta Gil</p>
<div class="foto"><img src="/fotos/puerto.jpg"><p>El faro y los barcos, ayer a las nueve de la noche.</p></div></div>
<div id="comments"><div class="thread-content"><ul>
<li class="post"><b>Luis</b> <span>3 de mayo de 2014, 10:12</span><p>Qué foto tan bonita, con esa luz, el agua tranquila, las redes en el muelle y el faro al fondo, parece una postal de las de antes.</p></li>
<li class="post"><b>Carmen</b> <span>3 de mayo de 2014, 11:40</span><p>¿Con qué cámara la hiciste, y a qué hora exactamente, porque yo fui el domingo, a la misma hora, y no había ni la mitad de colores?</p></li>
<li class="post"><b>Pedro</b> <span>3 de mayo de 2014, 18:05</span><p>Mi abuelo trabajaba en ese puerto, en los barcos de pesca, cuando yo era niño, y todavía me acuerdo del olor, del ruido y de las gaviotas.</p></li>
<li class="post"><b>Elena</b> <span>4 de mayo de 2014, 09:30</span><p>Preciosa, de verdad, sube más fotos del puerto, de las barcas, de los pescadores, del mercado, de todo, que nunca me canso de verlas.</p></li>
<li class="post"><b>Marta</b> <span>4 de mayo de 2014, 21:15</span><p>Gracias a todos, era una cámara vieja, sin ningún retoque, y sí, subiré más, en cuanto vuelva a hacer buen tiempo y tenga una tarde libre.</p></li>
</ul></div></div></body></html>)");
    CHECK(has(es, "Atardecer en el puerto"));
    CHECK(has(es, "El faro y los barcos"));
    CHECK_FALSE(has(es, "Qué foto tan bonita"));
    CHECK_FALSE(has(es, "Mi abuelo trabajaba"));
    const std::string en = text_of(R"(<html><head><title>Harbour Notes: Dusk at the pier</title></head><body>
<article class="entry"><h1>Dusk at the pier</h1><p class="byline">by Tom Quayle</p>
<figure><img src="/p/pier.jpg"><figcaption>The pier and the lighthouse, last night at nine.</figcaption></figure></article>
<section class="comments"><div class="comment-list-content">
<article class="comment"><header><b>Liam</b> <time>May 3, 2014 at 10:12</time></header><p>What a lovely picture, with that light, the calm water, the nets on the quay and the lighthouse behind, it looks like an old postcard.</p></article>
<article class="comment"><header><b>Grace</b> <time>May 3, 2014 at 11:40</time></header><p>Which camera did you use, and at what time exactly, because I went on Sunday, at the same hour, and there was not half as much colour?</p></article>
<article class="comment"><header><b>Owen</b> <time>May 3, 2014 at 18:05</time></header><p>My grandfather worked at that harbour, on the fishing boats, when I was a child, and I still remember the smell, the noise and the gulls.</p></article>
<article class="comment"><header><b>Ella</b> <time>May 4, 2014 at 09:30</time></header><p>Beautiful, really, post more pictures of the harbour, of the boats, of the fishermen, of the market, of everything, I never tire of them.</p></article>
<article class="comment"><header><b>Tom</b> <time>May 4, 2014 at 21:15</time></header><p>Thank you all, it was an old camera, no editing at all, and yes, I will post more, as soon as the weather is good again and I have an evening free.</p></article>
</div></section></body></html>)");
    CHECK(has(en, "Dusk at the pier"));
    CHECK_FALSE(has(en, "What a lovely picture"));
    CHECK_FALSE(has(en, "My grandfather worked"));
}

// A blog's comment thread of four dated entries (Blogger-like markup) and the end of its page,
// shared by the two posts below.
constexpr const char* kBlogThread = R"(<div class="comments" id="comments"><h4>4 Kommentare:</h4><dl id="comments-block">
<dt class="comment-author">Jonas hat gesagt…</dt><dd class="comment-body"><p>Wunderschön, ich war gestern auch dort, aber es hat geregnet, und die Blüten lagen schon überall auf den Wegen, auf den Bänken und im Teich, trotzdem war es herrlich.</p></dd><dd class="comment-footer">12. April 2014 um 09:12</dd>
<dt class="comment-author">Miriam hat gesagt…</dt><dd class="comment-body"><p>Mit welchem Objektiv hast du das aufgenommen, und wie früh musstest du dafür aufstehen, damit noch keine Spaziergänger, Jogger oder Radfahrer im Bild sind?</p></dd><dd class="comment-footer">12. April 2014 um 10:40</dd>
<dt class="comment-author">Karl hat gesagt…</dt><dd class="comment-body"><p>Jedes Jahr dasselbe, und jedes Jahr wieder schön, die Bäume, die Wiese, die alten Laternen, ich hoffe, die Stadt lässt den Park noch lange so, wie er ist.</p></dd><dd class="comment-footer">12. April 2014 um 18:03</dd>
<dt class="comment-author">Lena hat gesagt…</dt><dd class="comment-body"><p>Danke euch, es war ein ganz normales Objektiv, und ich war um sechs dort, da war wirklich noch niemand, nur ein paar Enten, zwei Amseln und der Gärtner.</p></dd><dd class="comment-footer">13. April 2014 um 07:15</dd>
</dl></div></div></body></html>)";

TEST_CASE("a post of a line or two answered by a thread is kept alone, not widened to the page (German, two markups)") {
    // The post is shorter than the fallback's floor: the fallback keeps it, unedited, without
    // the thread, whether the thread is beside the post or inside the winning box.
    const std::string beside = text_of(R"(<html><head><title>Lenas Fotoblog: Kirschblüte im Stadtpark</title></head><body>
<div class="outer"><div class="post hentry"><h3 class="post-title">Kirschblüte im Stadtpark</h3>
<div class="post-body"><div class="separator"><a href="/bilder/kirsche.jpg"><img src="/bilder/kirsche-klein.jpg"></a></div></div>
<div class="post-footer">Eingestellt von Lena um 08:00</div></div>
)" + std::string(kBlogThread));
    CHECK(has(beside, "Kirschblüte im Stadtpark"));
    CHECK_FALSE(has(beside, "Kommentare"));
    CHECK_FALSE(has(beside, "Wunderschön, ich war gestern"));
    // The <title> names the blog before the headline, too long for the headline to be most of it.
    const std::string inside = text_of(R"(<html><head><title>Lenas Fotoblog aus dem Stadtpark: Heute: Kirschblüte am Teich</title></head><body>
<div class="main"><div class="post"><h3 class="post-title"><a href="/2014/04/kirschbluete.html">Heute: Kirschblüte am Teich</a></h3>
<div class="post-body"><a href="/bilder/kirsche.jpg"><img src="/bilder/kirsche-klein.jpg"></a></div>
<div class="post-footer">Eingestellt von Lena um 08:00</div></div>
)" + std::string(kBlogThread));
    CHECK(has(inside, "Heute: Kirschblüte am Teich"));
    CHECK_FALSE(has(inside, "Kommentare"));
    CHECK_FALSE(has(inside, "Mit welchem Objektiv"));
}

TEST_CASE("a thread that holds the title is the page's content (German forum)") {
    const std::string out = text_of(R"(<html><head><title>Welche Gießkanne für den Balkon?</title></head><body>
<div class="nav"><a href="/">Forum</a> <a href="/garten">Garten</a></div>
<div id="comments" class="comments"><h1>Welche Gießkanne für den Balkon?</h1>
<div class="comment"><b>Heike</b> <span>2. Mai 2015, 09:12</span><p>Ich suche eine Gießkanne für den Balkon, nicht zu groß, weil ich sie die Treppe hochtragen muss, aber mit einem langen Rohr, damit ich die hinteren Kästen erreiche.</p></div>
<div class="comment"><b>Uwe</b> <span>2. Mai 2015, 10:40</span><p>Wir haben eine aus Zink, fünf Liter, mit Brause zum Abschrauben, und die hält seit zehn Jahren, auch wenn sie im Winter draußen steht.</p></div>
<div class="comment"><b>Sabine</b> <span>2. Mai 2015, 18:03</span><p>Nimm lieber Kunststoff, die ist leichter, und wenn sie mal runterfällt, ist nicht gleich eine Delle drin, und billiger ist sie auch.</p></div>
</div></body></html>)");
    CHECK(has(out, "Ich suche eine Gießkanne"));
    CHECK(has(out, "Nimm lieber Kunststoff"));
}

TEST_CASE("headings over a comment list or a reply form go with them; the article's subheadings stay (French, Japanese)") {
    const std::string fr = text_of(R"(<html><head><title>Blog de la ville</title></head><body>
<div class="post"><h1>Le pont rouvre aux piétons</h1>
<p>Après six mois de travaux, le vieux pont de pierre est de nouveau ouvert aux piétons et aux cyclistes, a annoncé la mairie lundi.</p>
<h2>Et les voitures ?</h2>
<p>Les voitures devront attendre la fin de l'été, le temps de refaire la chaussée et les trottoirs des deux côtés.</p>
<h3>3 commentaires</h3>
<ol class="commentlist"><li class="comment"><span class="date">4 mars 2013 à 10:12</span><p>Enfin ! Je vais pouvoir de nouveau aller au marché à pied, comme avant.</p></li>
<li class="comment"><span class="date">4 mars 2013 à 11:30</span><p>Et les bus, ils passent quand par le pont ? Personne ne le dit.</p></li>
<li class="comment"><span class="date">5 mars 2013 à 08:05</span><p>Bravo aux ouvriers, ils ont travaillé même sous la pluie tout l'hiver.</p></li></ol>
<h3>Laisser un commentaire</h3>
<form action="/poster" method="post"><p><label>Nom</label><input name="nom"></p><p><textarea name="texte"></textarea></p><p><input type="submit" value="Envoyer"></p></form>
</div></body></html>)");
    CHECK(has(fr, "Et les voitures ?"));
    CHECK(has(fr, "refaire la chaussée"));
    CHECK_FALSE(has(fr, "3 commentaires"));
    CHECK_FALSE(has(fr, "Laisser un commentaire"));
    const std::string ja = text_of(R"(<html><head><title>駅前の図書館が新しくなりました</title></head><body>
<div class="entry"><h1>駅前の図書館が新しくなりました</h1>
<p>駅前の市立図書館が、半年の工事を終えて、月曜日から再び開館しました。閲覧席が増え、子ども向けの部屋も広くなりました。</p>
<h2>開館時間</h2>
<p>平日は午前九時から午後八時まで、土日は午後六時までです。毎月第三火曜日は休館日になります。</p>
<h3>コメントを書く</h3>
<form action="/post" method="post"><p><label>名前</label><input name="name"></p><p><textarea name="body"></textarea></p><p><input type="submit" value="送信"></p></form>
</div></body></html>)");
    CHECK(has(ja, "開館時間"));
    CHECK(has(ja, "毎月第三火曜日は休館日"));
    CHECK_FALSE(has(ja, "コメントを書く"));
}

TEST_CASE("the title heading: the <title> without its site part, and the <title> as written (German, Portuguese, English)") {
    using winnow::detail::Dom;
    using winnow::detail::no_node;
    const auto heading_for = [](const std::string& html, std::string_view title) {
        auto dom = Dom::parse(html, 1'000'000, 400);
        REQUIRE(dom);
        const std::uint32_t h = winnow::detail::find_title_heading(*dom, title);
        return h == no_node ? std::string("-") : dom->text_of(h);
    };
    // The headline is too short a part of the <title> to be most of it: the part after the
    // blog's name says it.
    const std::string de = R"(<html><body><div class="logo"><a href="/">Lenas Fotoblog aus dem Stadtpark</a></div>
<h3><a href="/k.html">Heute: Kirschblüte am Teich</a></h3><p>Ein Bild.</p></body></html>)";
    CHECK(heading_for(de, "Lenas Fotoblog aus dem Stadtpark: Heute: Kirschblüte am Teich") == "Heute: Kirschblüte am Teich");
    // The site's part first or last, whichever the page has as a heading.
    const std::string pt = R"(<html><body><h2>Notas do Porto</h2><p>Um texto curto.</p></body></html>)";
    CHECK(heading_for(pt, "Diário de viagem pelo norte de Portugal | Notas do Porto") == "Notas do Porto");
    // Both parts are headings (a banner that names the site): no evidence either way.
    const std::string both = R"(<html><body><h1>Harbour Notes</h1><h2>Dusk at the pier</h2></body></html>)";
    CHECK(heading_for(both, "Harbour Notes | Dusk at the pier") == "-");
    // A part shorter than a title (a section name) is no title.
    const std::string short_part = R"(<html><body><h2>News</h2><p>Text.</p></body></html>)";
    CHECK(heading_for(short_part, "A long headline about the harbour and its ferries | News") == "-");
    auto dom = Dom::parse(R"(<html><head><title>Aleph: reader comments — A Writer's Blog</title></head><body><h1>x</h1></body></html>)",
                          1'000'000, 400);
    REQUIRE(dom);
    CHECK(winnow::detail::document_title(*dom) == "Aleph: reader comments — A Writer's Blog");
}

TEST_CASE("one page asked for several titles: each answer is the one a fresh scan gives (French, Polish, English)") {
    using winnow::detail::Dom;
    using winnow::detail::no_node;
    // The headings' folded texts are kept from the first question; a later title, a different
    // level or a heading only a part of the title names must still be found as on its own.
    auto dom = Dom::parse(R"(<html><body><h1>Carnet de route du Finistère</h1><p>Un mot.</p>
<h3>Promenade sur la jetée au lever du jour</h3><p>Texte.</p><h2>Wędrówka po Tatrach Zachodnich jesienią</h2>
<h4>The tide tables for the autumn weeks</h4></body></html>)",
                          1'000'000, 400);
    REQUIRE(dom);
    const winnow::detail::TitleHeadings headings(*dom);
    const auto text = [&](std::uint32_t n) { return n == no_node ? std::string("-") : dom->text_of(n); };
    const std::array<std::string_view, 5> titles = {
        "Un titre que la page ne montre nulle part",
        "Promenade sur la jetée au lever du jour",
        "Wędrówka po Tatrach Zachodnich jesienią",
        "Notes de voyage :: The tide tables for the autumn weeks",
        "Carnet de route du Finistère",
    };
    const std::array<std::string_view, 5> want = {"-", "Promenade sur la jetée au lever du jour",
                                                  "Wędrówka po Tatrach Zachodnich jesienią",
                                                  "The tide tables for the autumn weeks", "Carnet de route du Finistère"};
    for (std::size_t i = 0; i < titles.size(); ++i) {
        CHECK(text(headings.find(titles[i])) == want[i]);
        CHECK(text(winnow::detail::find_title_heading(*dom, titles[i])) == want[i]);
    }
}

TEST_CASE("a sibling whose score is its name alone (no paragraph of its own scored) does not join the region (Italian, English)") {
    // A sidebar beside the article named like content ("primary", "column-content"): a search
    // line, a linked line, widget titles over a line of text, a tag cloud.
    const std::string it = text_of(R"(<html><head><title>Nuovo obiettivo grandangolare in arrivo</title></head><body>
<div id="container"><div id="content"><div class="post"><h1 class="entry-title">Nuovo obiettivo grandangolare in arrivo</h1>
<div class="entry-content"><p>Secondo fonti vicine al produttore, il nuovo obiettivo grandangolare sarà presentato entro la fine del mese, insieme a due nuovi corpi macchina.</p>
<p>Il prezzo dovrebbe restare sotto i mille euro, e le prime consegne sono previste per l'inizio della primavera, almeno in Europa.</p>
<p>Il nuovo modello avrà una lunghezza focale di quattordici millimetri, una apertura massima luminosa e uno stabilizzatore ottico, secondo le indiscrezioni.</p>
<p>Chi ha potuto provarlo in anteprima parla di una nitidezza molto alta ai bordi, anche a tutta apertura, e di una messa a fuoco rapida e silenziosa.</p>
<p>Il peso, invece, sarebbe più alto del previsto, circa settecento grammi, a causa delle lenti di grande diametro e del corpo in metallo.</p>
<p>Resta da capire se arriverà anche una versione più economica, senza stabilizzatore, come è già successo per altri obiettivi della stessa serie.</p>
<p>Aggiorneremo questo articolo non appena avremo altre notizie, immagini o caratteristiche tecniche confermate.</p></div>
<div id="primary" class="aside main-aside"><p><a href="/cerca">Cerca in tutti gli articoli del sito e nell'archivio</a></p><ul class="xoxo">
<li class="widgetcontainer"><h3 class="widgettitle">Cerca nel sito</h3><span class="textwidget">Ricerca personalizzata con il motore di ricerca, in tutte le pagine e in tutti i numeri della rivista</span></li>
<li class="widgetcontainer"><h3 class="widgettitle">Argomenti</h3><div class="tagcloud"><a href="/t/1">Obiettivi</a> <a href="/t/2">Firmware</a> <a href="/t/3">Test di laboratorio</a> <a href="/t/4">Corpi macchina</a> <a href="/t/5">Accessori</a> <a href="/t/6">Brevetti</a> <a href="/t/7">Offerte</a></div></li><li class="widgetcontainer"><h3 class="widgettitle">Seguici</h3><span class="textwidget">Seguici anche sui social network e iscriviti alla newsletter settimanale, ogni venerdì</span></li></ul></div></div></div></div></body></html>)");
    CHECK(has(it, "il nuovo obiettivo grandangolare sarà presentato"));
    CHECK(has(it, "Aggiorneremo questo articolo"));
    CHECK_FALSE(has(it, "Ricerca personalizzata"));
    CHECK_FALSE(has(it, "Seguici anche sui social"));
    const std::string en = text_of(R"(<html><head><title>The ferry timetable changes in May</title></head><body>
<div id="page"><div id="content"><div class="post"><h1>The ferry timetable changes in May</h1>
<div class="entry-content"><p>From the first of May, the morning ferry leaves half an hour earlier, at six, and the last one returns at ten in the evening.</p>
<p>The harbour office says the change follows a survey of passengers, most of whom work on the mainland and start early.</p>
<p>Tickets bought before the change stay valid, and season tickets will be refunded on request, in part or in full.</p>
<p>The weekend timetable does not change, and neither do the prices, which were raised last year for the first time in a decade.</p>
<p>More sailings may be added in the summer, when the islands fill with visitors, the office said, but nothing is decided yet.</p></div>
<div id="secondary" class="column-content"><p><a href="/search">Search every story on this site and in the archive</a></p><ul>
<li><h3>Search</h3><span>Custom search of every page and every issue of the paper since it first went online</span></li>
<li><h3>Follow us</h3><span>Follow us on the social networks and sign up for the weekly newsletter, every Friday</span></li>
<li><h3>Topics</h3><a href="/t/1">Ferries</a> <a href="/t/2">Harbour</a> <a href="/t/3">Timetables</a></li></ul></div>
</div></div></div></body></html>)");
    CHECK(has(en, "the morning ferry leaves half an hour earlier"));
    CHECK(has(en, "nothing is decided yet"));
    CHECK_FALSE(has(en, "Custom search of every page"));
    CHECK_FALSE(has(en, "Follow us on the social networks"));
}

TEST_CASE("a question's answers marked as schema.org Answer items are its text, however well the question scores alone") {
    // English, answers as itemtype Answer (one accepted, one suggested), beside a list of
    // related questions; the question's own box carries itemprop="text".
    const std::string en = R"(<html><body><nav><a href="/">Home</a> <a href="/questions">Questions</a></nav>
<div id="content"><div itemscope itemtype="https://schema.org/Question"><h1 itemprop="name">Why does my sourdough starter smell of nail varnish?</h1>
<div class="post-text" itemprop="text"><p>I feed my starter once a day with rye flour, and for the last week it has smelled sharply of solvent, a bit like nail varnish remover. Is it ruined, or can I save it?</p></div></div>
<div id="answers"><div class="answer" itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer"><div itemprop="text"><p>That smell is ethyl acetate, which the yeast makes when it has run out of food. Feed it twice a day for a few days and the smell goes away.</p></div><span class="user">asked by breadhead</span></div>
<div class="answer" itemprop="suggestedAnswer" itemscope itemtype="https://schema.org/Answer"><div itemprop="text"><p>Keep it somewhere a little cooler as well; a warm kitchen makes the yeast burn through its flour faster than one feed a day can replace.</p></div></div></div></div>
<aside><h3>Related</h3><ul><li><a href="/q/1">How long does a starter keep in the fridge?</a></li><li><a href="/q/2">Rye or wheat for a new starter?</a></li></ul></aside></body></html>)";
    std::string text = text_of(en);
    CHECK(has(text, "smelled sharply of solvent"));
    CHECK(has(text, "That smell is ethyl acetate"));
    CHECK(has(text, "a warm kitchen makes the yeast burn"));
    CHECK(!has(text, "Rye or wheat for a new starter"));
    // German, answers marked by itemprop only, in a box after the question's.
    const std::string de = R"(<html><body><main><section class="frage"><h1>Warum tropft der Wasserhahn nach dem Entkalken?</h1>
<div class="frage-text" itemprop="text"><p>Ich habe den Perlator und die Kartusche entkalkt, seitdem tropft der Hahn in der KÃ¼che ununterbrochen, auch wenn er ganz zugedreht ist.</p></div></section>
<section class="antworten"><div itemprop="acceptedAnswer"><p>Beim Entkalken lÃ¶st sich oft der Dichtring der Kartusche; setz ihn neu ein oder ersetze ihn, er kostet nur wenige Euro im Baumarkt.</p></div>
<div itemprop="suggestedAnswer"><p>PrÃ¼""fe auch, ob die Kartusche richtig herum sitzt; verkehrt eingesetzt schlieÃt sie nie ganz und der Hahn tropft weiter.</p></div></section></main>
<footer>Impressum Datenschutz Kontakt</footer></body></html>)";
    text = text_of(de);
    CHECK(has(text, "seitdem tropft der Hahn"));
    CHECK(has(text, "der Dichtring der Kartusche"));
    CHECK(has(text, "ob die Kartusche richtig herum sitzt"));
    CHECK(!has(text, "Impressum"));
}
