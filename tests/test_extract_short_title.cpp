// A short headline (under 8 letters: "Go Vote!", "Fazit", "Итоги", "速報") is found as the title
// heading when the <title> says it whole: before, a length floor kept every short title from the
// headings, and a page whose headline is short had no title to anchor its article. Evidence that
// does not hang on length: one heading only says it, that heading is no link, and no heading of
// its rank or above stands before it. A section's name said by several headings, a linked
// heading, a heading after the page's own h1 stay no title. English div soup, German HTML5,
// Russian table layout, Japanese boxes.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "extract_title.hpp"
#include "parse_html.hpp"

using winnow::detail::Dom;
using winnow::detail::no_node;

namespace {

std::string heading_for(const std::string& html, std::string_view title) {
    auto dom = Dom::parse(html, 1'000'000, 400);
    REQUIRE(dom);
    const std::uint32_t h = winnow::detail::find_title_heading(*dom, title);
    return h == no_node ? std::string("-") : dom->text_of(h);
}

}  // namespace

TEST_CASE("a short title said whole by one unlinked heading that opens its rank is the title heading") {
    SUBCASE("en, div soup") {
        const std::string en = R"(<html><body><div class="top"><a href="/">Town Notes</a> <a href="/news">News</a></div>
<div class="main"><div class="head"><h1>Go Vote!</h1></div><div class="text"><p>The polls open at seven.</p></div></div>
<div class="side"><h2>Archive</h2><p>Older posts.</p></div></body></html>)";
        CHECK(heading_for(en, "Go Vote!") == "Go Vote!");
    }
    SUBCASE("de, HTML5 under a site banner of a higher rank") {
        // The banner's h1 names the site; the post's h2 is the first of its rank.
        const std::string de = R"(<html><body><header><h1><a href="/">Stadtblatt</a></h1></header>
<main><article><header><h2>Fazit</h2></header><p>Nach drei Wochen Test bleibt das Rad unser Favorit.</p></article></main>
<aside><h3>Neueste Beiträge</h3></aside></body></html>)";
        CHECK(heading_for(de, "Fazit") == "Fazit");
    }
    SUBCASE("ru, table layout") {
        const std::string ru = R"(<html><body><table><tr><td><a href="/">Газета</a> | <a href="/a">Архив</a></td></tr>
<tr><td><h1>Итоги</h1><p>Совет принял бюджет на следующий год.</p></td></tr></table></body></html>)";
        CHECK(heading_for(ru, "Итоги") == "Итоги");
    }
    SUBCASE("ja, boxes") {
        const std::string ja = R"(<html><body><div class="entry"><h2>速報</h2><div class="body"><p>市議会は予算案を可決した。</p></div></div></body></html>)";
        CHECK(heading_for(ja, "速報") == "速報");
    }
}

TEST_CASE("a short title is no title heading when the headings give no evidence for it") {
    // Said by two headings: a section's name over each of its boxes.
    CHECK(heading_for(R"(<html><body><h2>News</h2><p>A.</p><h2>News</h2><p>B.</p></body></html>)", "News") == "-");
    // A link: the heading names another page (a section, a teaser).
    CHECK(heading_for(R"(<html><body><h2><a href="/aktuell">Aktuell</a></h2><p>Text.</p></body></html>)", "Aktuell") == "-");
    // After the page's own heading of its rank: a box's label further down.
    CHECK(heading_for(R"(<html><body><h1>Новый мост через реку</h1><p>Текст.</p><h1>Итоги</h1></body></html>)", "Итоги") == "-");
    // A short part of a longer title is still no title (a section name beside the headline).
    CHECK(heading_for(R"(<html><body><h2>News</h2><p>Text.</p></body></html>)", "A long headline about the harbour | News") == "-");
}
