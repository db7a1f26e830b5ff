// A comment thread told by the shape of the line that opens it (issue 18, extract20): a line
// alone of one or two words and a count ("Kommentare (3)", "Responses [2]"), after the
// article's prose, over about that many entries each opening with a name and a date, closing
// the article's box, is the thread, whatever its words and whether or not a class names it.
// The look-alikes stay: a count heading over prose (a chapter), over the article's list of
// sources, over a product's specification rows.
#include <doctest/doctest.h>

#include <string>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"

namespace {

// An old-style page: a menu, the title, then the given body in a box with a neutral name.
std::string page(const char* lang, const char* title, const std::string& body) {
    return std::string("<!DOCTYPE html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
           "</title></head><body><div id=\"nav\"><a href=\"/\">Start</a> | <a href=\"/a\">A</a> | <a href=\"/b\">B</a></div>"
           "<div id=\"main\"><h1>" + title + "</h1>" + body +
           "</div><div id=\"foot\"><a href=\"/imp\">Impressum</a></div></body></html>\n";
}

}  // namespace

TEST_CASE("a line of one or two words and a count over as many dated entries after the prose opens a comment thread") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    // German: <p> paragraphs, then the count line in bold and the posts as <br> lines.
    const std::string de = page("de", "Neues Freibad eröffnet", R"(
<p>Nach zwei Jahren Bauzeit hat die Stadt am Samstag das neue Freibad am Stadtpark eröffnet. Schon am ersten Tag kamen mehr als dreitausend Besucher.</p>
<p>Das Bad hat ein Sportbecken mit fünfzig Metern, ein Nichtschwimmerbecken und eine neue Rutsche. Die Eintrittspreise bleiben bis zum Herbst unverändert.</p>
<p>Der Bürgermeister sprach bei der Eröffnung von einem lang ersehnten Tag für die ganze Stadt.</p>
<b>Kommentare (3)</b><br>
<b>Heike</b> – 14.06.2014, 18:02<br>Endlich wieder ein Bad in der Nähe, die Kinder sind begeistert.<br><br>
<b>Jürgen</b> – 14.06.2014, 19:40<br>Die Parkplätze reichen aber bei weitem nicht aus.<br><br>
<b>Moni</b> – 15.06.2014, 08:12<br>Schön geworden, nur die Duschen sind kalt.)");
    const std::string out_de = block_text_of(de);
    CHECK(has(out_de, "Der Bürgermeister sprach bei der Eröffnung"));
    CHECK_FALSE(has(out_de, "Die Parkplätze reichen aber"));
    CHECK_FALSE(has(out_de, "nur die Duschen sind kalt"));
    CHECK_FALSE(has(out_de, "Kommentare (3)"));

    // Spanish: an <h3> with the count over two posts in boxes, each a name and a date.
    const std::string es = page("es", "Abre el nuevo mercado", R"(
<p>El nuevo mercado municipal abrió sus puertas el lunes con cuarenta puestos de fruta, pescado y carne de productores de la comarca.</p>
<p>El edificio, de madera y vidrio, sustituye a la antigua nave que se cerró hace tres años por problemas de seguridad.</p>
<h3>Opiniones (2)</h3>
<div class="item"><span class="n">Lucía</span> <span class="f">3 de mayo de 2016</span><p>Por fin un mercado en el barrio, ya era hora.</p></div>
<div class="item"><span class="n">Andrés</span> <span class="f">4 de mayo de 2016</span><p>Los precios son más altos que en el supermercado.</p></div>)");
    const std::string out_es = block_text_of(es);
    CHECK(has(out_es, "El edificio, de madera y vidrio"));
    CHECK_FALSE(has(out_es, "ya era hora"));
    CHECK_FALSE(has(out_es, "más altos que en el supermercado"));

    // English: the count in brackets, the posts as lines of one <div> of <br> lines.
    const std::string en = page("en", "Library opens on Sundays", R"(
<div class="txt">The central library will open on Sundays from next month, the council said on Tuesday. The extra day costs about forty thousand pounds a year.<br><br>
Staff will work the Sunday shift on a voluntary basis, and students are expected to be the main users during the exam season.<br><br>
<strong>Responses [2]</strong><br>
Tom, March 3, 2015<br>Great news, the reading room is always full on Saturdays.<br><br>
Priya, March 4, 2015<br>About time. Now open the branch libraries too.</div>)");
    const std::string out_en = block_text_of(en);
    CHECK(has(out_en, "Staff will work the Sunday shift"));
    CHECK_FALSE(has(out_en, "the reading room is always full"));
    CHECK_FALSE(has(out_en, "Now open the branch libraries too"));
}

TEST_CASE("a count heading over prose, over the article's sources or over specification rows stays") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    // A chapter heading with a count over prose paragraphs closing the article.
    const std::string chapter = page("en", "The canal", R"(
<p>The canal was dug in the eighteenth century to carry coal from the hills to the port, and it was busy for more than a hundred years.</p>
<p>When the railway came, the barges lost their trade within a decade, and the locks fell into disrepair.</p>
<h2>Chapter (3)</h2>
<p>Volunteers began to clear the locks in 1972, working at weekends with borrowed tools and little money.</p>
<p>By 1990 boats could travel the whole length again, and the towpath became a cycle route.</p>)");
    const std::string out_chapter = block_text_of(chapter);
    CHECK(has(out_chapter, "Volunteers began to clear the locks"));
    CHECK(has(out_chapter, "By 1990 boats could travel the whole length again"));

    // The article's own sources, each a title and a date, under a count heading (German).
    const std::string sources = page("de", "Radverkehr wächst", R"(
<p>Der Anteil des Radverkehrs in der Stadt ist in den vergangenen fünf Jahren von zwölf auf neunzehn Prozent gestiegen.</p>
<p>Die meisten neuen Radfahrer nutzen das Rad für den Weg zur Arbeit, wie eine Befragung der Verwaltung zeigt.</p>
<h3>Quellen (2)</h3>
<ul><li><a href="https://statistik.example.de/verkehr-2014.pdf">Verkehrsbericht der Stadt 2014</a> <span>12.03.2015</span> – Tabelle 4, Wege nach Verkehrsmittel.</li>
<li><a href="https://statistik.example.de/befragung.pdf">Haushaltsbefragung Mobilität</a> <span>03.11.2014</span> – Befragung von viertausend Haushalten.</li></ul>)");
    const std::string out_sources = block_text_of(sources);
    // (The first source goes by an older rule of the region's boxes, not by this one.)
    CHECK(has(out_sources, "Haushaltsbefragung Mobilität"));

    // A product's specification rows under a count heading (French), one of them a date (that
    // row goes by an older rule, a dateline's).
    const std::string specs = page("fr", "Vélo pliant Urbain 20", R"(
<p>Ce vélo pliant se range en quinze secondes et tient dans le coffre de la plupart des voitures. Son cadre en aluminium ne pèse que onze kilos.</p>
<p>Il est livré avec un garde-boue, un porte-bagages et un éclairage à dynamo dans le moyeu avant.</p>
<h3>Caractéristiques (4)</h3>
<table><tr><td>Poids</td><td>11 kg</td></tr><tr><td>Roues</td><td>20 pouces</td></tr><tr><td>Vitesses</td><td>7</td></tr><tr><td>Date de sortie</td><td>12/03/2015</td></tr></table>)");
    const std::string out_specs = block_text_of(specs);
    CHECK(has(out_specs, "20 pouces"));
    CHECK(has(out_specs, "Vitesses"));
}
