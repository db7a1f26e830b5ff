// Extraction on sites nobody tuned for, round 6. Class and id names here are hashes, as a CSS
// toolchain writes them, so no word in them says what a box is.
// - The title's owner: a one-paragraph post under its title, and in the next column a lone box
//   under a heading of its own (an "about" box: what the site is, a link to read more) that
//   outscores the post on its longer sentence. The box that holds the title and the post's
//   paragraph is the article; the "about" box is no part of it, neither its winner nor a split
//   part that would widen the article to both columns. English, French, German.
// - A body box opening with a subheading under a title box that holds only a line of standfirst
//   stays the article: the title's box holds too little after the title to own it. English,
//   Spanish.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Post {
    const char* lang;
    const char* title;
    std::string byline, para, about_heading, about, feed, offer;
};

// A logo row; a main column whose post box holds the title, a byline, a picture in a list and
// one paragraph; a second column of three cards (a feed link, the headed "about" card, an offer);
// a row of links.
std::string post_page(const Post& p) {
    return html_page(
        p.lang, p.title,
        std::string("<div id=\"x7rk2m\"><a href=\"/\"><img src=\"/logo.png\" alt=\"\"></a></div>"
                    "<div id=\"c2vq8n\"><div class=\"z9lq4\"></div><div class=\"m4wd7 r8kt1\"><div id=\"j5fh0p\"><div id=\"s3nq6w\">"
                    "<h2>") +
            p.title + "</h2><div class=\"y6bc3\"><span>" + p.byline +
            "</span></div><ol><li><img src=\"/i/cover.jpg\"></li></ol><p>" + p.para +
            "</p></div></div></div>"
            "<div class=\"g1pz5\"><div class=\"v0hs2\"><a href=\"/feed\" class=\"q5mc8\">" +
            p.feed + "</a></div><div class=\"v0hs2 l3xk9\"><h3>" + p.about_heading + "</h3><p>" + p.about +
            " <a href=\"/about\">&raquo;</a></p><img src=\"/i/print.jpg\"></div>"
            "<div class=\"v0hs2\"><a href=\"/store\"><img src=\"/i/store.png\"></a><p><a href=\"/store\">" +
            p.offer + "</a></p></div></div><div class=\"z9lq4\"></div></div>"
                      "<div id=\"b8wt3d\"><ul><li><a href=\"/a\">1</a></li><li><a href=\"/b\">2</a></li></ul></div>");
}

std::vector<Post> posts() {
    return {
        {"en", "Our spring issue is out", "By Mara Lind, 02 April 2024",
         "We have finally released the spring issue (<a href=\"/shop\">along with a new web shop</a>).", "About the Quarterly",
         "The Quarterly is a print magazine of the best essays written by makers and gardeners.", "Subscribe by feed",
         "Subscriptions start at 20 euros a year &raquo;"},
        {"fr", "Notre numéro de printemps est paru", "Par Mara Lind, 2 avril 2024",
         "Nous avons enfin publié le numéro de printemps (<a href=\"/shop\">avec une nouvelle boutique</a>).",
         "À propos du Trimestriel",
         "Le Trimestriel est un magazine imprimé des meilleurs essais écrits par des artisans et des jardiniers.",
         "S'abonner au flux", "Abonnements à partir de 20 euros par an &raquo;"},
        {"de", "Unsere Frühlingsausgabe ist da", "Von Mara Lind, 2. April 2024",
         "Wir haben endlich die Frühlingsausgabe veröffentlicht (<a href=\"/shop\">mit einem neuen Webshop</a>).",
         "Über das Quartalsheft", "Das Quartalsheft ist ein gedrucktes Magazin mit den besten Essays von Handwerkern und Gärtnern.",
         "Per Feed abonnieren", "Abonnements ab 20 Euro im Jahr &raquo;"},
    };
}

struct Body {
    const char* lang;
    const char* title;
    std::string standfirst, subheading;
    std::string paras[3];
};

// A title box (the title and a line of standfirst) and after it a body box that opens with a
// subheading over three paragraphs.
std::string body_page(const Body& b) {
    std::string body = std::string("<div class=\"u4ne7\"><a href=\"/\">&#8962;</a></div><div class=\"k0dj3\"><div class=\"t5bw9\"><h1>") +
                       b.title + "</h1><p>" + b.standfirst + "</p></div><div class=\"e2ry6\"><h2>" + b.subheading + "</h2>";
    for (const auto& p : b.paras) body += "<p>" + p + "</p>";
    return html_page(b.lang, b.title, body + "</div></div><div class=\"o1fa8\"><a href=\"/\">&copy;</a></div>");
}

std::vector<Body> bodies() {
    return {
        {"en", "Notes from a winter at the mill", "Two winters of stone, water and patience.", "Getting started",
         {"The millstones had cracked along their grain, so we cut new ones from a quarry upstream, dressed them by hand and set them after a month of levelling.",
          "The race was full of silt and branches, and clearing it took the whole village three weekends, with a borrowed pump and a great deal of soup.",
          "When the wheel finally turned in March, slowly at first and then faster, we stood on the bank and nobody said anything for a long while."}},
        {"es", "Notas de un invierno en el molino", "Dos inviernos de piedra, agua y paciencia.", "Los comienzos",
         {"Las muelas se habían agrietado a lo largo de su veta, así que cortamos otras nuevas en una cantera río arriba y las montamos tras un mes de nivelación.",
          "El canal estaba lleno de limo y de ramas, y limpiarlo ocupó a todo el pueblo durante tres fines de semana, con una bomba prestada y mucha sopa.",
          "Cuando la rueda por fin giró en marzo, despacio al principio y luego más rápido, nos quedamos en la orilla y nadie dijo nada durante un buen rato."}},
    };
}

}  // namespace

TEST_CASE("class-blind: a headed box in the next column yields to the box holding the title and its post") {
    for (const Post& p : posts()) {
        CAPTURE(std::string(p.lang));
        const std::string out = text_of(post_page(p));
        CHECK(has(out, p.title));
        CHECK(has(out, p.para.substr(0, 30)));
        CHECK_FALSE(has(out, p.about_heading));
        CHECK_FALSE(has(out, p.about.substr(0, 30)));
    }
}

TEST_CASE("class-blind: a body box under a subheading after a title box holding only a standfirst stays the article") {
    for (const Body& b : bodies()) {
        CAPTURE(std::string(b.lang));
        const std::string out = text_of(body_page(b));
        CHECK(has(out, b.subheading));
        for (const auto& para : b.paras) CHECK(has(out, para.substr(0, 40)));
    }
}
