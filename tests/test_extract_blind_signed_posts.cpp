// Readers' posts known by their shape where the names say nothing (issue 18, class-blind round
// 42). Class and id names here are hashes, as a CSS toolchain writes them.
// - Posts signed after their text as a sibling: "<div>post</div><p>Posted by NAME at DATE</p>"
//   two or more times after the article's prose (an old blog template's comments), the
//   signature a short dated line beside the post's box, not inside it. Pairs of a paragraph and
//   a dated line (a quotation and its source) and quotations are the article's.
// - Posts in the article's own box: dated boxes of a kind fewer than the box's paragraphs,
//   after all of its prose (none between them), are its readers' posts; dated boxes between
//   its paragraphs are posts the article embeds and stay.
// English, French, German; the posts as sibling pairs and as boxes.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Post {
    std::string signature, text;
};

struct Case {
    const char* lang;
    const char* title;
    std::vector<std::string> paras;
    std::string count;
    std::vector<Post> posts;
};

std::vector<Case> cases() {
    return {
        {"en", "Why slow gardens grow better soil",
         {"Leaving the beds alone for a season lets the fungi that bind the soil recover, and the worms return once the ground stops being turned every spring.",
          "We measured the organic matter in six plots over three years and found that the untouched ones gained almost twice as much as the dug ones did.",
          "The lesson is not that digging is wrong, but that the soil needs long pauses, and a gardener who waits is rewarded with a crumbly and dark earth.",
          "Next year we will repeat the count with two more plots, one under straw and one under a living cover of clover, and publish the figures here."},
         "Comments",
         {{"Posted by: Marta at October 11, 2012 07:45 AM",
           "This matches what I saw in my own allotment after a year of leaving it under straw and cardboard, the soil was darker."},
          {"Posted by: Owen at October 11, 2012 02:19 PM",
           "Thanks for writing this up. I had a setback with slugs when I stopped digging, so I am curious how you handled them."},
          {"Posted by: Priya at October 12, 2012 09:03 AM",
           "Did you test the plots for compaction as well? Mine got harder underfoot during the first wet winter without digging."}}},
        {"fr", "Pourquoi les jardins lents ont une meilleure terre",
         {"Laisser les planches tranquilles pendant une saison permet aux champignons qui lient le sol de se rétablir, et les vers reviennent vite.",
          "Nous avons mesuré la matière organique de six parcelles pendant trois ans, et celles qu’on ne bêchait pas en ont gagné presque le double.",
          "La leçon n’est pas que bêcher soit une faute, mais que la terre demande de longues pauses, et le jardinier patient en est récompensé.",
          "L’an prochain nous referons le comptage avec deux parcelles de plus, l’une sous la paille et l’autre sous un couvert de trèfle."},
         "Réactions",
         {{"Publié par Claire le 3 mars 2021 à 08:15",
           "C’est exactement ce que j’ai observé dans mon potager après une année sous la paille et le carton, la terre est plus sombre."},
          {"Publié par Hugo le 4 mars 2021 à 17:40",
           "Merci pour ce compte rendu. Chez moi les limaces sont arrivées quand j’ai arrêté de bêcher, comment avez-vous fait avec elles ?"},
          {"Publié par Inès le 6 mars 2021 à 10:02",
           "Avez-vous aussi mesuré le tassement du sol ? Le mien est devenu plus dur sous le pied pendant le premier hiver humide."}}},
        {"de", "Warum langsame Gärten besseren Boden haben",
         {"Wer die Beete eine Saison lang in Ruhe lässt, gibt den Pilzen Zeit, die den Boden zusammenhalten, und die Regenwürmer kehren zurück.",
          "Wir haben den Humusgehalt in sechs Parzellen über drei Jahre gemessen und festgestellt, dass die unberührten fast doppelt so viel gewonnen haben.",
          "Die Lehre ist nicht, dass Umgraben falsch ist, sondern dass der Boden lange Pausen braucht, und wer wartet, wird mit dunkler Erde belohnt.",
          "Im nächsten Jahr wiederholen wir die Zählung mit zwei weiteren Parzellen, eine unter Stroh und eine unter einer Decke aus Klee."},
         "Leserbriefe",
         {{"Geschrieben von Jutta am 9. Mai 2019 um 08:15",
           "Das deckt sich mit dem, was ich in meinem Schrebergarten nach einem Jahr unter Stroh und Pappe beobachtet habe, die Erde ist dunkler."},
          {"Geschrieben von Lukas am 9. Mai 2019 um 17:40",
           "Danke für den Bericht. Bei mir kamen die Schnecken, als ich mit dem Umgraben aufgehört habe, wie sind Sie damit umgegangen?"},
          {"Geschrieben von Mira am 11. Mai 2019 um 10:02",
           "Haben Sie auch die Verdichtung gemessen? Mein Boden wurde im ersten nassen Winter ohne Umgraben unter den Füßen härter."}}},
    };
}

// The article's column: its headline, its paragraphs, a line of links, a count heading and the
// posts, then a reply form's note. pairs: each post a box followed by its signature line
// (markup 1); else each post a box holding its text and, after it, its signature (markup 2),
// right in the article's box after a box of links to the neighbouring articles.
std::string page(const Case& c, bool pairs) {
    std::string body = "<div class=\"m4k2x\"><div class=\"q8x2kd\">";
    if (!pairs) body += "<div><a href=\"/a/prev\">&laquo; prev</a> | <a href=\"/\">home</a></div>";
    body += std::string("<h2 class=\"r8m9j\">") + c.title + "</h2>";
    for (const auto& p : c.paras) body += "<p>" + p + "</p>";
    body += "<p class=\"t0h6\"><a href=\"/t/soil\">soil</a>, <a href=\"/t/garden\">garden</a></p>";
    body += "<h2 class=\"p3vx\">" + c.count + "</h2>";
    int id = 0;
    for (const auto& post : c.posts) {
        const std::string n = std::to_string(++id);
        if (pairs)
            body += "<div id=\"k" + n + "x9\"><p>" + post.text + "</p></div><p class=\"plx3t\">" + post.signature + "</p>";
        else
            body += "<div id=\"k" + n + "x9\"><div class=\"d7cp\"><p>" + post.text + "</p><p class=\"k1h2\">" + post.signature +
                    "</p></div></div>";
    }
    body += "<h2>&#9998;</h2><p><small>&#9993; &#8594; <a href=\"/rules\">&#167;</a></small></p>";
    return html_page(c.lang, c.title, body + "</div></div><div class=\"f0x1\"><a href=\"/\">&copy;</a></div>");
}

}  // namespace

TEST_CASE("class-blind: posts signed after their text, as siblings, are not article text") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        const std::string out = text_of(page(c, true));
        for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 40)));
        for (const auto& post : c.posts) {
            CHECK_FALSE(has(out, post.text.substr(0, 30)));
            CHECK_FALSE(has(out, post.signature));
        }
    }
}

TEST_CASE("class-blind: dated posts after the prose in the article's own box are not article text") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        const std::string out = text_of(page(c, false));
        for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 40)));
        for (const auto& post : c.posts) CHECK_FALSE(has(out, post.text.substr(0, 30)));
    }
}

TEST_CASE("class-blind: a paragraph over a dated line, and dated boxes between paragraphs, stay") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        // Each post follows a paragraph of the article: its text is quoted between the article's
        // paragraphs, a paragraph over its source's dated line, or a box between paragraphs.
        for (const bool paragraphs : {true, false}) {
            std::string body = std::string("<div class=\"q8x2kd\"><h2 class=\"r8m9j\">") + c.title + "</h2>";
            for (std::size_t i = 0; i < c.posts.size(); ++i) {
                body += "<p>" + c.paras[i] + "</p>";
                if (paragraphs)
                    body += "<p>" + c.posts[i].text + "</p><p class=\"plx3t\">" + c.posts[i].signature + "</p>";
                else
                    body += "<div id=\"k" + std::to_string(i) + "x9\"><div class=\"d7cp\"><p>" + c.posts[i].text +
                            "</p><p class=\"k1h2\">" + c.posts[i].signature + "</p></div></div>";
            }
            body += "<p>" + c.paras[3] + "</p></div>";
            CAPTURE(paragraphs);
            const std::string out = text_of(html_page(c.lang, c.title, body));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 40)));
            for (const auto& post : c.posts) CHECK(has(out, post.text.substr(0, 30)));
        }
    }
}
