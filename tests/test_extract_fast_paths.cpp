// Fast paths of the extract stage against the plain computation they stand for (speedextract38):
// text_holds_ascii_digit (the thread finder's pre-screen before it builds a box's text) must
// answer exactly whether Dom::text_of would hold an ASCII digit, removed subtrees skipped alike,
// in every script; may_name_author must be false only where is_author_bio is false for every text.
#include <doctest/doctest.h>

#include <cstdint>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "extract_lines.hpp"
#include "parse_html.hpp"

using namespace winnow::detail;

namespace {

bool has_ascii_digit(const std::string& s) {
    for (const char c : s)
        if (c >= '0' && c <= '9') return true;
    return false;
}

// Every node of the page, with every removal pattern the seed draws: the fast answer and the
// plain one agree. Returns how many nodes held a digit (so a test can ask for both answers).
int compare_digits(const std::string& html, unsigned seed) {
    auto dom = Dom::parse(html, 1'000'000, 400);
    REQUIRE(dom);
    std::mt19937 rng(seed);
    int with_digit = 0;
    for (int round = 0; round < 4; ++round) {
        for (DomNode& n : dom->nodes) n.removed = round > 0 && rng() % 5 == 0;
        for (std::uint32_t i = 0; i < dom->nodes.size(); ++i) {
            const bool plain = has_ascii_digit(dom->text_of(i));
            CHECK(text_holds_ascii_digit(*dom, i) == plain);
            with_digit += plain;
        }
    }
    return with_digit;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("text_holds_ascii_digit agrees with text_of on pages in several scripts") {
    const std::vector<std::string> pages{
        // English: a dated comment box, digits deep in inline markup and in a line break's neighbour.
        "<html><body><div class='c'><span><b>Posted</b> <i>March <em>3</em></i>, 20<a>12</a></span>"
        "<p>No digits here at all.</p><br><div><div>Reply</div></div></div></body></html>",
        // Arabic with Arabic-Indic digits (not ASCII) and one ASCII year.
        "<html><body><div><span>٣ مارس ٢٠١٢</span><span>نشر في 2012</span><p>نص بلا أرقام</p></div></body></html>",
        // Japanese with full-width digits (not ASCII) and an ASCII time.
        "<html><body><ul><li>２０１２年３月３日</li><li>更新 10:41</li><li>コメント</li></ul></body></html>",
        // Russian and Hindi (Devanagari digits), CDATA-free foreign content, whitespace-only nodes.
        "<html><body><section> <p>Опубликовано <time>5 мая</time></p> <p>१२ मई</p>\n<p>पाठ 7</p></section>"
        "<table><tr><td>Ряд</td><td> </td><td>4</td></tr></table></body></html>",
        // Digits only in attributes and comments: not text.
        "<html><body><div title='2012'><!-- 2012 --><img alt='3'><span data-x='9'>Ohne Ziffern</span></div></body></html>",
        // SVG text and a script's body (its text is a node too).
        "<html><body><svg><text>42</text></svg><noscript>Seite 1</noscript><pre>x = 1</pre></body></html>",
    };
    int with_digit = 0;
    unsigned seed = 1;
    for (const std::string& p : pages) with_digit += compare_digits(p, seed++);
    CHECK(with_digit > 0);
}

TEST_CASE("text_holds_ascii_digit agrees with text_of on generated trees") {
    // Random nesting of inline and block elements around runs of several scripts, some with a digit.
    const std::vector<std::string> runs{"plain words", "año ", "２０２０", "٢٠٢٠", "слово", "7", " ", "\n\t",
                                        "९", "日付", "x9y", "price: 12,50 €", "&#51;", "&nbsp;"};
    const std::vector<std::string> tags{"div", "span", "p", "b", "a", "li", "td", "em"};
    std::mt19937 rng(38);
    for (int page = 0; page < 40; ++page) {
        std::string html = "<html><body>";
        std::vector<std::string> open;
        for (int step = 0; step < 60; ++step) {
            const unsigned r = rng() % 10;
            if (r < 4) {
                open.push_back(tags[rng() % tags.size()]);
                html += "<" + open.back() + ">";
            } else if (r < 6 && !open.empty()) {
                html += "</" + open.back() + ">";
                open.pop_back();
            } else if (r < 7) {
                html += "<br>";
            } else {
                html += runs[rng() % runs.size()];
            }
        }
        html += "</body></html>";
        compare_digits(html, static_cast<unsigned>(page));
    }
}

TEST_CASE("text_holds_ascii_digit agrees with text_of on the sample pages") {
    int with_digit = 0;
    for (const char* name : {"docs-code-en.html", "forum-en.html", "list-pt.html", "product-fr.html", "recipe-de.html",
                             "sections-es.html", "thread-it.html"}) {
        const std::string html = read_file(std::string(WINNOW_SOURCE_DIR) + "/tests/data/pages/" + name);
        REQUIRE(!html.empty());
        with_digit += compare_digits(html, 7);
    }
    CHECK(with_digit > 0);
}

TEST_CASE("may_name_author is false only where no author box can match") {
    winnow::Metadata meta;
    CHECK_FALSE(may_name_author(meta));
    CHECK_FALSE(is_author_bio("Jo is a reporter.", meta));
    meta.authors.push_back({});
    meta.authors.back().name = "Jo";  // too short to match anything
    CHECK_FALSE(may_name_author(meta));
    CHECK_FALSE(is_author_bio("Jo is a reporter.", meta));
    meta.authors.back().name = "Ana Ruiz";
    CHECK(may_name_author(meta));
    CHECK(is_author_bio("Ana Ruiz is a reporter for the local paper.", meta));
    CHECK_FALSE(is_author_bio("A paragraph about something else.", meta));
}
