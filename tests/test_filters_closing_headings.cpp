// Closing labels (filters/closing_headings.cpp): the body does not end on a label whose box went
// or on a line of symbols; a heading that is a statement, a lead-in line, or a lone heading stays.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"
#include "filter_test_util.hpp"
#include "filters/filters.hpp"

using namespace winnow;
using namespace winnow::detail;
using winnow::test::para;

namespace {
Block heading(std::string text, std::uint8_t level = 2) {
    Block b;
    b.kind = BlockKind::heading;
    b.level = level;
    b.text = std::move(text);
    return b;
}

// The body's texts after the filter, one per line.
std::string after(std::vector<Block> body) {
    Document d;
    d.body = std::move(body);
    remove_closing_headings(d);
    std::string out;
    for (const Block& b : d.body) out += b.text + "\n";
    return out;
}
}  // namespace

TEST_CASE("labels the body ends on go, in any language, one after another") {
    CHECK(after({heading("Ein Titel", 1), para("Der erste Absatz des Artikels, lang genug."), heading("Ähnliche Beiträge")}) ==
          "Ein Titel\nDer erste Absatz des Artikels, lang genug.\n");
    // Two labels in a row (a section and its sub-box both emptied), one announcing with a colon.
    CHECK(after({para("Le texte de l'article."), heading("Voir d'autres articles sur le même thème :", 5),
                 heading("Dans la même rubrique", 1)}) == "Le texte de l'article.\n");
    CHECK(after({para("記事の本文です。"), heading("関連記事", 3)}) == "記事の本文です。\n");
    CHECK(after({para("Text článku."), heading("Výběr článků", 3)}) == "Text článku.\n");
    // A heading emptied of its text by the filters goes the same way.
    CHECK(after({para("Body."), heading("")}) == "Body.\n");
    // Past pictures without words (a related list's thumbnails): the label goes, the pictures stay.
    {
        Document d;
        d.body = {para("Text."), heading("Related content", 3)};
        Block fig;
        fig.kind = BlockKind::figure;
        fig.src = "https://img.example/t.jpg";
        d.body.push_back(fig);
        remove_closing_headings(d);
        REQUIRE(d.body.size() == 2);
        CHECK(d.body[0].text == "Text.");
        CHECK(d.body[1].kind == BlockKind::figure);
        CHECK(d.removed.size() == 1);
    }
    // Closing lines without a letter or a digit: a pager's arrow, a row of dots, a rule.
    CHECK(after({para("Der Text."), para("›"), para(". . ."), para("___")}) == "Der Text.\n");
}

TEST_CASE("headings that are statements, headings inside the article and a lone heading stay") {
    // A sentence set as a heading: a credit or a closing line of the article.
    CHECK(after({para("Body."), heading("You can follow our reporter on her travels here.", 4)}) ==
          "Body.\nYou can follow our reporter on her travels here.\n");
    CHECK(after({para("Body."), heading("Which of the two models is the better buy?", 5)}) ==
          "Body.\nWhich of the two models is the better buy?\n");
    // Long: a print note ("A version of this article appeared in print on …") is no label.
    CHECK(after({para("Body."), heading("A version of this column appeared in the weekend edition on page nine", 6)}) ==
          "Body.\nA version of this column appeared in the weekend edition on page nine\n");
    // A line of text ending on a colon leads in to what the page shows and text cannot.
    CHECK(after({para("Body."), para("Watch the video below:")}) == "Body.\nWatch the video below:\n");
    // Symbols inside the article (a section break) are not at its end.
    CHECK(after({para("One."), para("* * *"), para("Two.")}) == "One.\n* * *\nTwo.\n");
    // A heading followed by text is the article's own.
    CHECK(after({heading("Setup"), para("Install the package."), heading("Usage"), para("Run it.")}) ==
          "Setup\nInstall the package.\nUsage\nRun it.\n");
    // Nothing but a heading: kept (the page says at least that).
    CHECK(after({heading("Closed for the holidays", 1)}) == "Closed for the holidays\n");
}

TEST_CASE("a whole page: the related list's heading does not close the article") {
    // The heading closes the <article>; its list stands in a box after it, which extraction leaves out.
    const std::string t = winnow::test::text_of(winnow::test::html_page("es", "El mercado reabre sus puertas", R"HTML(<nav><a href="/">Inicio</a> <a href="/ciudad">Ciudad</a></nav>
<article><h1>El mercado reabre sus puertas</h1>
<p>Después de dos años de obras, el mercado central volvió a abrir el sábado con cuarenta puestos, la mitad de ellos nuevos.</p>
<p>Los comerciantes destacaron la nueva cubierta, que deja entrar la luz y mantiene fresco el interior durante el verano.</p>
<h2>Más noticias de la ciudad</h2></article>
<div class="rel"><ul><li><a href="/n/1">Nuevo horario de autobuses</a></li><li><a href="/n/2">Las fiestas del barrio, en imágenes</a></li><li><a href="/n/3">Cortes de agua el martes</a></li></ul></div>
<footer>© 2024 Diario Local</footer>)HTML"));
    CHECK(winnow::test::has(t, "el mercado central volvió a abrir"));
    CHECK_FALSE(winnow::test::has(t, "Nuevo horario de autobuses"));
    CHECK_FALSE(winnow::test::has(t, "Más noticias de la ciudad"));
}
