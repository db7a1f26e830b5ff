// A count closing the article's text (extract_edge_lines.cpp, is_closing_count): the page's view
// counter ("Post Views: 111", "Aufrufe: 1.204") or its number in the publisher's system
// ("Код новости 1353889"), on a line of its own at the article's end, is a stamp of the page,
// not its words. A label and a small number without a colon is as often a name ("iPhone 14",
// "April 2"), a price is no count ("44,99"), a year is a date's part, and an item of a list
// or a table's cell is a fact among others: they stay. On 9740e01 every closing count stayed.
#include <doctest/doctest.h>

#include <string>

#include "extract_lines.hpp"
#include "extract_test_util.hpp"

using winnow::detail::is_closing_count;
using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

TEST_CASE("is_closing_count: a number alone or after a short label closed by a colon; a long number after any short label") {
    CHECK(is_closing_count("17302"));
    CHECK(is_closing_count("0"));
    CHECK(is_closing_count("1,204"));
    CHECK(is_closing_count("Post Views: 111"));
    CHECK(is_closing_count("Post Views:111"));  // the colon glued to the count by the markup
    CHECK(is_closing_count("Aufrufe : 1.204"));
    CHECK(is_closing_count("Код новости 1353889"));
    CHECK(is_closing_count("کد خبر 1353889"));
    CHECK_FALSE(is_closing_count("Apple iPhone 14"));
    CHECK_FALSE(is_closing_count("THURSDAY APRIL 2"));
    CHECK_FALSE(is_closing_count("44,99"));
    CHECK_FALSE(is_closing_count("1,5"));
    CHECK_FALSE(is_closing_count("2024"));
    CHECK_FALSE(is_closing_count("Ab 2008"));
    CHECK_FALSE(is_closing_count("Tel.: 089/99529727"));
    CHECK_FALSE(is_closing_count("Call 555-1234"));
    CHECK_FALSE(is_closing_count("One of the five men who sailed: 5"));  // a label of more than three words
}

namespace {

std::string article(const char* lang, const char* title, const std::string& tail) {
    std::string b = R"(<div class="n1"><a href="/">Start</a> <a href="/kultur">Kultur</a> <a href="/sport">Sport</a></div>)";
    b += std::string(R"(<div class="a1"><h1>)") + title + R"(</h1><div class="b2">)";
    b += "<p>The winter exhibition opens on the twenty-second of November in the castle's east wing, with costumes, props and sketches from the film's shooting fifty years ago.</p>"
         "<p>Visitors are asked to book a time slot online, since the rooms are small and the number of people allowed in at once is limited by the fire rules.</p>"
         "<p>Tickets cost twelve euros, with reductions for students and groups, and the exhibition is open every day except the twenty-fourth and the thirty-first of December.</p>";
    b += tail + R"(</div></div><div class="f9"><a href="/impressum">Impressum</a></div>)";
    return html_page(lang, title, b);
}

}  // namespace

TEST_CASE("a view counter or the page's number closing the article goes; a name with a number, a price, a list's last fact stay") {
    const char* title = "The castle's winter exhibition opens in November";
    SUBCASE("en: a counter in spans of a box after the body") {
        const std::string out = text_of(article("en", title, R"(<div class="v1"><span class="v2"></span> <span class="v3">Post Views:</span> <span class="v4">111</span></div>)"));
        CHECK(has(out, "Tickets cost twelve euros"));
        CHECK_FALSE(has(out, "Post Views"));
    }
    SUBCASE("ru: the page's number after a two-word label, then a bare counter") {
        const std::string out = text_of(article("ru", title, R"(<div class="c1">Код новости <span>1353889</span></div><div class="c2">17302</div>)"));
        CHECK(has(out, "Tickets cost twelve euros"));
        CHECK_FALSE(has(out, "1353889"));
        CHECK_FALSE(has(out, "17302"));
    }
    SUBCASE("de: a model's name with its number and a price stay") {
        const std::string out = text_of(article("de", title, R"(<p><strong>Apple iPhone 14</strong></p><p>44,99</p>)"));
        CHECK(has(out, "Apple iPhone 14"));
        CHECK(has(out, "44,99"));
    }
    SUBCASE("de: a list's last fact with a count stays") {
        const std::string out = text_of(article("de", title, R"(<ul><li>Ort: Schloss, Ostflügel</li><li>Räume: 6</li><li>Exponate: 1.204</li></ul>)"));
        CHECK(has(out, "Exponate: 1.204"));
    }
}
