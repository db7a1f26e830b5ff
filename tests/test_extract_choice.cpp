// Choosing the article among candidate regions: the title heading as evidence (an author box,
// another tab or a teaser list scores higher than a short article but is not under its title),
// in several languages and layouts; credit lines at the article's edges left to the metadata.
#include <doctest/doctest.h>

#include <string>

#include <winnow/winnow.hpp>

#include "extract_lines.hpp"

using namespace winnow;

namespace {

std::string text_of(const std::string& html) {
    Result r = clean(html);
    REQUIRE(r.ok());
    return to_text(r.document);
}

bool has(const std::string& hay, std::string_view needle) { return hay.find(needle) != std::string::npos; }

}  // namespace

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
