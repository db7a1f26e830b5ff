// Text input (the text structure stage): lists, tables and datelines read from plain text.
#include <doctest/doctest.h>

#include <string>

#include <winnow/winnow.hpp>

using namespace winnow;

namespace {

Document read_text(const std::string& text) {
    Options o;
    o.input = InputKind::text;
    Result r = clean(text, o);
    REQUIRE(r.ok());
    return std::move(r.document);
}

const std::string kLead = "Story title\n\nThe first paragraph of the story says what happened and where it did.\n\n";

}  // namespace

TEST_CASE("numbered lines make a list only together; a lone numbered paragraph stays a paragraph") {
    const Document d = read_text(kLead + "1. First step\n2. Second step\n\nBetween the lists.\n\n"
                                         "2. Never urged anyone to do it, the witness said at the hearing.\n");
    REQUIRE(d.body.size() == 4);
    CHECK(d.body[1].kind == BlockKind::list);
    CHECK(d.body[1].ordered);
    CHECK(d.body[1].children.size() == 2);
    CHECK(d.body[3].kind == BlockKind::paragraph);
    CHECK(d.body[3].text == "2. Never urged anyone to do it, the witness said at the hearing.");
    // and its text comes back unchanged
    CHECK(to_text(read_text(kLead + "Text.\n\n1) Only one numbered line here, as a paragraph.\n")).find("1) Only one") !=
          std::string::npos);
}

TEST_CASE("tab-separated lines are a table, as winnow's text output writes one") {
    const Document d = read_text(kLead + "Name\tAge\tCity\nAnn\t31\tOslo\nBob\t\tRome\n\nAfter the table.\n");
    REQUIRE(d.body.size() == 3);
    const Block& t = d.body[1];
    REQUIRE(t.kind == BlockKind::table);
    REQUIRE(t.children.size() == 3);
    CHECK(t.children[1].children[2].text == "Oslo");
    CHECK(t.children[2].children[1].text.empty());
    CHECK(d.body[2].text == "After the table.");
    // one line with a tab is not a table
    CHECK(read_text(kLead + "Key\tvalue on one line only.\n").body[1].kind == BlockKind::paragraph);
}

TEST_CASE("a first line that is only a date is the dateline, not the title") {
    Document d = read_text("Tuesday, 22 October 2019 08:13\n\nThe body of the story starts here and goes on for a while.\n");
    CHECK(d.meta.title.empty());
    CHECK(d.meta.published == "2019-10-22T08:13:00");
    d = read_text("sexta-feira, 22 de outubro de 2010 às 20:13\n\nO texto da notícia começa aqui e continua por um tempo.\n");
    CHECK(d.meta.published == "2010-10-22T20:13:00");
    // a title with a date in it is still a title
    d = read_text("3 Things to Know in May 2019\n\nThe body of the story starts here and goes on for a while.\n");
    CHECK(d.meta.title == "3 Things to Know in May 2019");
    CHECK(d.meta.published.empty());
}

TEST_CASE("text input never loses text: one line, or one paragraph, is body text") {
    for (const std::string text : {"one line", "Una sola línea sin punto final", "Одна строка текста",
                                   "一行だけのテキスト", "A single paragraph that is one sentence long, as a user may pipe in."}) {
        CAPTURE(text);
        const Document d = read_text(text + "\n");
        CHECK(d.meta.title.empty());
        CHECK(to_text(d) == text + "\n");
    }
    // a hard-wrapped paragraph: its first line is not a title (the next line goes on in lower case)
    Document d = read_text("The committee met on Tuesday to discuss\nthe budget for the coming year and left.\n");
    CHECK(d.meta.title.empty());
    CHECK(d.body.size() == 2);
    // a title and a subtitle with nothing under them: the title is taken only with a body after it
    d = read_text("Kurzer Titel\nEine Unterzeile ohne Punkt\n");
    CHECK(d.meta.title == "Kurzer Titel");
    CHECK(d.meta.subtitle.empty());
    REQUIRE(d.body.size() == 1);
    CHECK(d.body[0].text == "Eine Unterzeile ohne Punkt");
    // a title with a body under it is still the title
    d = read_text("Titre court\n\nLe premier paragraphe de l'article dit ce qui s'est passé et où.\n");
    CHECK(d.meta.title == "Titre court");
    CHECK(d.body.size() == 1);
    // a first line that ends in a colon leads into what follows: not a title
    d = read_text("These are the winners:\n\n- Anna\n- Bo\n");
    CHECK(d.meta.title.empty());
    CHECK(d.body.size() == 2);
}

TEST_CASE("a text that opens with a date or a byline has no title block: those lines stay in the body") {
    Document d = read_text("October 11, 2012\n\nA day in the mountains\n\nThe train left early and the valley was still dark when we got there.\n");
    CHECK(d.meta.published == "2012-10-11");
    CHECK(d.meta.title.empty());
    REQUIRE(d.body.size() == 3);
    CHECK(d.body[0].text == "October 11, 2012");
    d = read_text("By Ana Souza\nPublished: 23 July 2012\n\nO texto começa aqui e continua por um bom tempo, como um artigo faria.\n");
    CHECK(d.meta.title.empty());
    REQUIRE(d.meta.authors.size() == 1);
    CHECK(d.meta.authors[0].name == "Ana Souza");
    CHECK(d.meta.published == "2012-07-23");
    CHECK(to_text(d).starts_with("By Ana Souza\n"));
    // under a title, the same lines are the title block (metadata)
    d = read_text("Story title\nBy Ana Souza\nPublished: 23 July 2012\n\nThe body starts here and goes on for a while.\n");
    CHECK(d.meta.title == "Story title");
    CHECK(d.meta.published == "2012-07-23");
    REQUIRE(d.body.size() == 1);
}

TEST_CASE("a byline under a title in any language is the title block: the names are authors, the date after them is published") {
    Document d = read_text("Neue Br\xC3\xBC""cke \xC3\xBC""ber die Peene er\xC3\xB6""ffnet\n\nVon Anna Berger \xC2\xB7 14. M\xC3\xA4rz 2024\n\n"
                           "Nach drei Jahren Bauzeit ist die neue Br\xC3\xBC""cke f\xC3\xBCr den Verkehr freigegeben worden.\n");
    CHECK(d.meta.subtitle.empty());
    REQUIRE(d.meta.authors.size() == 1);
    CHECK(d.meta.authors[0].name == "Anna Berger");
    CHECK(d.meta.published == "2024-03-14");
    REQUIRE(d.body.size() == 1);
    d = read_text("A new bridge opens over the river\n\nBy Anna Berger and Tom Reed | March 14, 2024\n\n"
                  "After three years of work the new bridge opened to traffic on Thursday.\n");
    REQUIRE(d.meta.authors.size() == 2);
    CHECK(d.meta.authors[0].name == "Anna Berger");
    CHECK(d.meta.authors[1].name == "Tom Reed");
    CHECK(d.meta.published == "2024-03-14");
    d = read_text("El puerto cambia de horario\n\nPor Mar\xC3\xAD""a de la Fuente\n\nDesde el lunes, los barcos salen media hora antes por la marea.\n");
    REQUIRE(d.meta.authors.size() == 1);
    CHECK(d.meta.authors[0].name == "Mar\xC3\xAD""a de la Fuente");
    // A subtitle that opens with the same word is still the subtitle.
    d = read_text("Der neue Fahrplan\n\nVon Montag an fahren die Busse alle zehn Minuten\n\n"
                  "Die Verkehrsbetriebe haben den Takt verdichtet, weil die Linie voll war.\n");
    CHECK(d.meta.authors.empty());
    CHECK(d.meta.subtitle == "Von Montag an fahren die Busse alle zehn Minuten");
}

// What the text output writes reads back as the same blocks.
TEST_CASE("winnow's text output reads back as the same blocks") {
    const std::string text = kLead +
                             "## Zwischenüberschrift\n\n"
                             "- eins\n  1. sub one\n  2. sub two\n- zwei\n\n"
                             "1. premier\n2. second\n\n"
                             "> Citação em um parágrafo.\n>\n> - item in a quote\n\n"
                             "```\n  int x = 1;\n# not a heading\n```\n\n"
                             "Name\tAge\n\t31\n\n"
                             "3) a numbered line that is not a list\n\n"
                             "• a bullet line that is text\n\n"
                             "* so is a starred line\n\n"
                             ">>> an arrow line\n\n"
                             "Wednesday, 13 June 2012\n";
    const Document d = read_text(text);
    REQUIRE(d.body.size() == 12);
    CHECK(d.body[1].kind == BlockKind::heading);
    CHECK(d.body[1].level == 2);
    REQUIRE(d.body[2].kind == BlockKind::list);
    REQUIRE(d.body[2].children.size() == 2);
    REQUIRE(d.body[2].children[0].children.size() == 1);
    CHECK(d.body[2].children[0].children[0].ordered);
    CHECK(d.body[2].children[0].children[0].children.size() == 2);
    CHECK(d.body[3].ordered);
    REQUIRE(d.body[4].kind == BlockKind::quote);
    REQUIRE(d.body[4].children.size() == 2);
    CHECK(d.body[4].children[1].kind == BlockKind::list);
    CHECK(d.body[5].kind == BlockKind::code);
    CHECK(d.body[5].text == "  int x = 1;\n# not a heading");
    REQUIRE(d.body[6].kind == BlockKind::table);
    CHECK(d.body[6].children[1].children[0].text.empty());
    CHECK(d.body[6].children[1].children[1].text == "31");
    for (std::size_t i = 7; i < 12; ++i) CHECK(d.body[i].kind == BlockKind::paragraph);
    // and written again, the text is the same, byte for byte
    const std::string once = to_text(d);
    const std::string title = "Story title\n\n";
    CHECK(once == text.substr(title.size()));
    CHECK(to_text(read_text(title + once)) == once);
}

TEST_CASE("a code fence inside code is written with a longer fence") {
    Document d;
    Block code;
    code.kind = BlockKind::code;
    code.text = "```\nnested\n```";
    d.body.push_back(code);
    const std::string once = to_text(d);
    CHECK(once == "````\n```\nnested\n```\n````\n");
    const Document again = read_text(kLead + once);
    REQUIRE(again.body.size() == 2);
    CHECK(again.body[1].kind == BlockKind::code);
    CHECK(again.body[1].text == code.text);
}

TEST_CASE("text with a few literal tags in its prose is text; an HTML fragment is HTML") {
    const std::string prose =
        "The page linked it as <a href=\"https://example.org/x\">the report</a>, then as <a href=\"/y\">this</a>.\n\n"
        "A later version used <a href=\"/z\">another link</a> and a <span>span</span>.\n";
    Result r = clean(prose);
    REQUIRE(r.ok());
    CHECK(r.document.input == InputKind::text);
    CHECK(to_text(r.document).find("<a href=") != std::string::npos);
    r = clean("```\n<div>\n<p>quoted markup</p>\n<br>\n</div>\n```\n\nText about the markup above, at length.\n");
    REQUIRE(r.ok());
    CHECK(r.document.input == InputKind::text);
    r = clean("<p>Ein Absatz mit <a href=\"/a\">Link</a>.</p>\n<p>Noch einer.</p>\n<p>Und ein dritter.</p>\n");
    REQUIRE(r.ok());
    CHECK(r.document.input == InputKind::html);
}

TEST_CASE("a lead paragraph closed by another script's full stop is body, not the subtitle") {
    // Japanese and Chinese end sentences with 。, Hindi with ।, Arabic and Urdu with ؛ ، ۔,
    // Armenian with ։: a line closed so is a sentence, as one closed by '.' is.
    struct Case { const char* title; const char* lead; };
    for (const Case& c : {
             Case{"東京で新しい図書館が開館", "市は十日、駅前に新しい図書館を開いたと発表した。蔵書は約二十万冊。"},
             Case{"新图书馆在市中心开放", "市政府周一宣布，新图书馆在火车站旁正式开放，藏书约二十万册。"},
             Case{"शहर में नया पुस्तकालय खुला", "नगर निगम ने सोमवार को स्टेशन के पास नया पुस्तकालय खोला।"},
             Case{"مكتبة جديدة في وسط المدينة", "افتتحت البلدية يوم الاثنين مكتبة جديدة قرب المحطة، وفيها مئتا ألف كتاب؛"},
             Case{"Նոր գրադարան քաղաքի կենտրոնում", "Քաղաքապետարանը երկուշաբթի բացեց նոր գրադարանը կայարանի մոտ։"}}) {
        CAPTURE(c.title);
        const Document d = read_text(std::string(c.title) + "\n\n" + c.lead + "\n\n" + c.lead + " " + c.lead + "\n");
        CHECK(d.meta.title == c.title);
        CHECK(d.meta.subtitle.empty());
        REQUIRE(!d.body.empty());
        CHECK(d.body[0].text == c.lead);
    }
    // A standfirst without a closing mark stays the subtitle, and a headline may end on a
    // full-width question or exclamation mark.
    const Document d = read_text("図書館は誰のためにあるのか？\n\n駅前の新館が問いかけるもの\n\n"
                                 "市は十日、駅前に新しい図書館を開いたと発表した。蔵書は約二十万冊。\n");
    CHECK(d.meta.title == "図書館は誰のためにあるのか？");
    CHECK(d.meta.subtitle == "駅前の新館が問いかけるもの");
}
