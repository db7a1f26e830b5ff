// A link left open across a paragraph's end (lib/src/parse_html.cpp): the HTML parser opens it
// again in every later block, so one missing </a> made the rest of an article link text, and
// the extractor dropped it as a link block. The copies are dropped when the link had words of
// its own; a card link whose content the parser moved into the copies stays a link.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>

#include "extract_test_util.hpp"
#include "parse_html.hpp"

using winnow::detail::Dom;
using winnow::detail::NodeType;
using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

// Whether the first text node holding `words` lies inside an <a>.
bool text_is_linked(const Dom& dom, const std::string& words) {
    for (std::uint32_t n = 0; n < dom.nodes.size(); ++n) {
        if (dom.nodes[n].type != NodeType::text || dom.nodes[n].text.find(words) == std::string_view::npos) continue;
        for (std::uint32_t p = dom.nodes[n].parent; p != winnow::detail::no_node; p = dom.nodes[p].parent)
            if (dom.is(p, GUMBO_TAG_A)) return true;
        return false;
    }
    FAIL("text not found: " << words);
    return false;
}

struct OpenLinkArticle {
    const char* lang;
    const char* title;
    const char* lead;       // the paragraph before the open link
    const char* open_link;  // a paragraph ending inside an <a> the author never closed
    const char* later[3];   // the article's paragraphs after it
};

const OpenLinkArticle kArticles[] = {
    {"de", "Brücken im Winter",
     "Die Stadt hat im Januar drei ihrer alten Brücken gesperrt, weil Risse im Mauerwerk gefunden wurden.",
     "Die Einzelheiten stehen im <a href=\"/bericht\">Bericht der Kommission.",
     {"Die Arbeiten dauerten länger als geplant, weil das Wetter nicht mitspielte und Material fehlte.",
      "Im März kamen zusätzliche Teams aus den Nachbarorten, die an den Wochenenden weiterbauten.",
      "Seit dem Frühjahr sind alle Brücken wieder offen, und der Verkehr fließt wie vor der Sperrung."}},
    {"en", "The harbour wall",
     "The old harbour wall gave way during the storm in February, flooding the fish market for two days.",
     "Engineers described the damage in <a href=\"/report\">their first assessment.",
     {"Repairs began in April, once the sea was calm enough for the barges to bring in the stone.",
      "Local fishermen moved their boats to the neighbouring bay while the divers worked underwater.",
      "The wall reopened in August, a metre higher than before and with a walkway along the top."}},
    {"fr", "Le marché couvert",
     "Le marché couvert de la ville a fermé ses portes en mars pour une rénovation attendue depuis longtemps.",
     "Le détail des travaux figure dans <a href=\"/dossier\">le dossier de la mairie.",
     {"Les commerçants se sont installés sur la place voisine pendant toute la durée du chantier.",
      "La charpente métallique a été démontée pièce par pièce, nettoyée puis remontée à l'identique.",
      "Le marché a rouvert à l'automne, avec une verrière neuve et des étals plus larges qu'avant."}},
    {"ja", "図書館の改装",
     "市立図書館は春から半年間、建物の耐震工事のために休館していました。工事は予定どおり進みました。",
     "工事の詳細は<a href=\"/houkoku\">市の報告書に書かれています。",
     {"休館中は駅前の仮設窓口で本の貸し出しと返却を続け、多くの利用者が訪れました。",
      "新しい閲覧室には大きな窓が設けられ、以前よりも明るく静かな空間になりました。",
      "図書館は秋に再開し、初日には開館前から多くの市民が入口の前に並んでいました。"}},
};

std::string article_html(const OpenLinkArticle& a, int markup) {
    std::string paragraphs = std::string("<p>") + a.lead + "</p><p>" + a.open_link + "</p>";
    for (const char* p : a.later) paragraphs += std::string("<p>") + p + "</p>";
    const std::string nav = "<a href=\"/\">Start</a> <a href=\"/a\">A</a> <a href=\"/b\">B</a> <a href=\"/c\">C</a>";
    const std::string foot = "<a href=\"/imprint\">Imprint</a> | <a href=\"/privacy\">Privacy</a> | <a href=\"/contact\">Contact</a>";
    switch (markup) {
        case 0:   // semantic HTML5
            return html_page(a.lang, a.title,
                             "<header><nav>" + nav + "</nav></header><main><article><h1>" + a.title + "</h1>" + paragraphs +
                                 "</article></main><footer>" + foot + "</footer>");
        case 1:   // div soup with names that say nothing
            return html_page(a.lang, a.title,
                             "<div class=\"x1\">" + nav + "</div><div class=\"x2\"><div class=\"x3\"><h2>" + a.title + "</h2>" + paragraphs +
                                 "</div></div><div class=\"x4\">" + foot + "</div>");
        default:  // table layout
            return html_page(a.lang, a.title,
                             "<table><tr><td>" + nav + "</td></tr><tr><td><b>" + a.title + "</b>" + paragraphs +
                                 "</td></tr><tr><td>" + foot + "</td></tr></table>");
    }
}

}  // namespace

TEST_CASE("the parser's copies of a link the author left open are not links") {
    const std::string html = "<p>See <a href=\"/x\">the report.</p><p>Repairs began in April.</p><div>Later words.</div>";
    auto dom = Dom::parse(html, 1'000'000, 1'000);
    REQUIRE(dom);
    CHECK(text_is_linked(*dom, "the report."));   // the author's link keeps its words
    CHECK_FALSE(text_is_linked(*dom, "Repairs began"));
    CHECK_FALSE(text_is_linked(*dom, "Later words"));
}

TEST_CASE("a card link whose content the parser moved into its copies stays a link") {
    // <figure> closes the <p> around the <a>: the picture and the lines are the link's content.
    const std::string html =
        "<p><a href=\"/card\"><figure><img src=\"c.jpg\" alt=\"\"></figure><div><p>A headline of the card</p>"
        "<p>Its writer</p></div></a></p><p>After the card.</p>";
    auto dom = Dom::parse(html, 1'000'000, 1'000);
    REQUIRE(dom);
    CHECK(text_is_linked(*dom, "A headline of the card"));
    CHECK(text_is_linked(*dom, "Its writer"));
}

TEST_CASE("an article goes on after a link left open, in several languages and markups") {
    for (const OpenLinkArticle& a : kArticles) {
        for (int markup = 0; markup < 3; ++markup) {
            CAPTURE(a.lang);
            CAPTURE(markup);
            const std::string text = text_of(article_html(a, markup));
            CHECK(has(text, a.lead));
            for (const char* p : a.later) CHECK(has(text, p));
            CHECK_FALSE(has(text, "Imprint"));
        }
    }
}
