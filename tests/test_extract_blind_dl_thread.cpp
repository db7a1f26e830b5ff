// A short post (a headline, a byline, a picture and a line of words under it) whose readers'
// comments follow as a definition list: each <dt> the writer's line (a portrait, a name, the day
// the comment was posted), each <dd> the comment itself (issue 18, class-blind round 48). Class
// and id names are hashes, so no name calls the list a comment thread. A <dl> of two or more
// <dt>/<dd> pairs, every <dt> a short line of a name and a day (or a portrait and a day), every
// <dd> the words beside it, is a readers' thread after the post, never the article.
// English, Portuguese, German; the writer's line as spans with a portrait (markup 1), as plain
// text with a <time> (markup 2), or as a <cite> and a date after a <br> (markup 3).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Comment {
    const char* name;
    const char* date;
    const char* words;
};

struct Case {
    const char* lang;
    const char* title;
    const char* byline;
    const char* caption;
    std::vector<Comment> comments;
};

std::vector<Case> cases() {
    return {
        {"en", "New covers", "by Anna Field on July 21, 2012", "The new covers, in four languages.",
         {{"Marie Stone", "July 23, 2012 at 10:28 pm",
           "They look pretty sleek and the price is good as well, I ordered two of them this morning. Thank you!"},
          {"Carl Brook", "July 22, 2012 at 9:28 pm", "Lovely covers!"}}},
        {"pt", "Capas novas", "por Ana Campos em 21 de julho de 2012", "As capas novas, em quatro línguas.",
         {{"Maria Pedra", "23 de julho de 2012 às 22:28",
           "Ficaram muito elegantes e o preço também é bom, já encomendei duas hoje de manhã. Obrigada!"},
          {"Carlos Ribeiro", "22 de julho de 2012 às 21:28", "Lindas capas!"}}},
        {"de", "Neue Umschläge", "von Anna Feld am 21. Juli 2012", "Die neuen Umschläge, in vier Sprachen.",
         {{"Marie Stein", "23. Juli 2012 um 22:28",
           "Sie sehen sehr elegant aus und der Preis ist auch gut, ich habe heute Morgen zwei davon bestellt. Danke!"},
          {"Karl Bach", "22. Juli 2012 um 21:28", "Schöne Umschläge!"}}},
    };
}

std::string writer_line(int markup, const Comment& c, int i) {
    if (markup == 1)
        return "<span class=\"q8x2kd1\"><img src=\"/a/" + std::to_string(i) +
               ".png\" alt=\"\" width=\"44\" height=\"44\"></span> <span class=\"m3b9zz2\">" + c.name +
               "</span> <span class=\"t7vv0p3\">" + c.date + "</span>";
    if (markup == 2) return std::string(c.name) + " <time datetime=\"2012-07-2" + std::to_string(3 - i) + "\">" + c.date + "</time>";
    return std::string("<cite>") + c.name + "</cite><br>" + c.date;
}

std::string page(const Case& k, int markup) {
    std::string dl = "<dl id=\"k29fx0b\">";
    int i = 0;
    for (const auto& c : k.comments) {
        dl += "<dt class=\"g4kq9b2 w8zz1m0\">" + writer_line(markup, c, i) + "</dt>";
        dl += "<dd class=\"g4kq9b2 w8zz1m0\"><div class=\"f2x9nn7\"><p>" + std::string(c.words) +
              "</p><p class=\"r5p0qz3\"><a href=\"?r=" + std::to_string(i) + "#x\">Reply</a></p></div></dd>";
        ++i;
    }
    dl += "</dl>";
    const std::string body =
        "<div class=\"h0pq3kx\"><a href=\"/\">Home</a> <a href=\"/about\">About</a></div>"
        "<div class=\"c8w2mm4\"><div class=\"p7kk1x0\"><div class=\"h9dd2q1\"><h1 class=\"e0z9qq1\">" + std::string(k.title) +
        "</h1><p class=\"m1m1x9z\">" + k.byline +
        "</p></div><div class=\"f2x9nn7 b1n0q0x\"><p><img src=\"/covers.jpg\" alt=\"\"></p>"
        "<table><tr><td><img src=\"/c1.jpg\" alt=\"\"></td><td><img src=\"/c2.jpg\" alt=\"\"></td></tr></table>"
        "</div></div>"
        "<div class=\"n4v0v0x\"><p><a href=\"/prev\">Previous</a></p><p><a href=\"/next\">Next</a></p></div>"
        "<div id=\"z3z3kk0\"><p>" + std::to_string(k.comments.size()) + " <a href=\"#r\">+</a></p>" + dl +
        "<form action=\"/post\"><textarea name=\"c\"></textarea><input type=\"submit\" value=\"OK\"></form></div></div>";
    return html_page(k.lang, k.title, body);
}

}  // namespace

TEST_CASE("a definition list of writers' lines and comments after a short post is its readers' thread") {
    for (int markup = 1; markup <= 3; ++markup)
        for (const auto& k : cases()) {
            const std::string lang = k.lang;
            CAPTURE(lang);
            CAPTURE(markup);
            const std::string out = text_of(page(k, markup));
            CHECK(has(out, k.title));
            for (const auto& c : k.comments) CHECK_FALSE(has(out, c.words));
        }
}

TEST_CASE("a definition list of terms and definitions under a heading stays the article") {
    // A glossary: no <dt> carries a day, so it is no thread.
    const std::string body =
        "<div class=\"c8w2mm4\"><h1>Glossary</h1><dl>"
        "<dt>Bleed</dt><dd>The part of a printed picture that runs past the edge of the trimmed page, so no white margin shows.</dd>"
        "<dt>Gutter</dt><dd>The inner margin of a page, where the sheets are bound together in the spine of the book.</dd>"
        "<dt>Widow</dt><dd>A last line of a paragraph left alone at the top of a page or a column, which typesetters avoid.</dd>"
        "</dl></div>";
    const std::string out = text_of(html_page("en", "Glossary", body));
    CHECK(has(out, "trimmed page"));
    CHECK(has(out, "typesetters avoid"));
}
