// A post that is only its headline and byline: the page's one <h1> over "by NAME on DATE", its
// body a linked picture and a small table of picture links, readers' comments after it (issue
// 18, class-blind round 49). Class and id names are hashes and the <title> names only the site,
// so no title heading is found. The box of the headline and byline wins; the region's cleaning
// takes both (a heading with no title to match, a byline) and leaves nothing; no block of prose
// stands in. The box holding the page's one <h1> is the post: the unedited core, not the whole
// page with its menu, language links and footer.
// English, German, French, Spanish, Russian; nested <div>s (markup 1), a <section> (markup 2).
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    const char* headline;
    const char* by;
    const char* name;
    const char* on;
    const char* date;
    const char* site;
    const char* comments[2];
};

std::vector<Case> cases() {
    return {
        {"en", "Reading corner", "by", "Maria Lindqvist", "on", "July 21, 2012", "Maria's Blog",
         {"I am hooked<br>They look pretty sleek.<br>Well done,<br>Thank you", "Great news<br>I will buy one.<br>Thanks"}},
        {"de", "Leseecke", "von", "Maria Lindqvist", "am", "21. Juli 2012", "Marias Blog",
         {"Ich bin begeistert<br>Sieht richtig schick aus.<br>Gut gemacht,<br>Danke", "Tolle Nachricht<br>Ich kaufe eins.<br>Danke"}},
        {"fr", "Coin lecture", "par", "Maria Lindqvist", "le", "21 juillet 2012", "Le blog de Maria",
         {"Je suis conquise<br>C'est très élégant.<br>Bravo,<br>Merci", "Bonne nouvelle<br>J'en achète un.<br>Merci"}},
        {"es", "Rincón de lectura", "por", "Maria Lindqvist", "el", "21 de julio de 2012", "El blog de María",
         {"Me encanta<br>Se ve muy elegante.<br>Bien hecho,<br>Gracias", "Buena noticia<br>Compraré uno.<br>Gracias"}},
        {"ru", "Уголок чтения", "автор", "Мария Линдквист", "от", "21 июля 2012", "Блог Марии",
         {"Я в восторге<br>Выглядит стильно.<br>Молодцы,<br>Спасибо", "Отличная новость<br>Куплю себе.<br>Спасибо"}},
    };
}

std::string page(const Case& c, int markup) {
    const std::string post = markup == 2 ? "section" : "div";
    std::string b = "<div class=\"c1q\"><ul class=\"n1w\">";
    for (const char* x : {"Home", "Website", "Cards", "Archives", "Videos", "Subscribe"})
        b += std::string("<li><a href=\"/") + x + "\">" + x + "</a></li>";
    b += std::string("</ul><div class=\"h2e\"><a href=\"/\">") + c.site + "</a></div><div class=\"s9r\"><h2>&#127760;</h2>";
    for (int i = 0; i < 8; ++i) b += "<a href=\"/t/" + std::to_string(i) + "\">Lang " + std::to_string(i) + "</a> ";
    b += "</div><div class=\"k1t\"><" + post + " class=\"p7y q2u\"><div class=\"t3i\"><h1 class=\"z8o\">" + c.headline +
         "</h1><p class=\"y4p\">" + c.by + " <span class=\"v1a\">" + c.name + "</span> " + c.on +
         " <abbr class=\"d1s\" title=\"2012-07-21\">" + c.date + "</abbr></p></div>";
    b += "<div class=\"u5d\"><p><a href=\"http://shop.example/s\"><img src=\"/i/a.jpeg\" alt=\"\"></a></p><table><tr>";
    for (int i = 0; i < 2; ++i) b += "<td><a href=\"http://shop.example/" + std::to_string(i) + "\"><img src=\"/i/" + std::to_string(i) + ".jpeg\"></a></td>";
    b += "</tr><tr><td>Portugues</td><td>Espanol</td></tr></table></div></" + post + ">";
    b += "<div class=\"v3f\"><p>&laquo; <a href=\"/2012/07/18/x\">2012/07/18</a></p><p><a href=\"/2012/07/22/y\">2012/07/22</a> &raquo;</p></div>";
    b += "<div class=\"g9g\"><div class=\"r4h\"><p>{ 2 &#128172; <a href=\"#add\">+</a> }</p></div><dl>";
    const char* names[2] = {"Marie", "Jorge"};
    const char* dates[2] = {"July 23, 2012 at 10:28 pm", "July 24, 2012 at 9:02 am"};
    for (int i = 0; i < 2; ++i)
        b += std::string("<dt><span><img src=\"/g.png\" width=\"44\" height=\"44\"></span><span>") + names[i] + "</span><span>" + dates[i] +
             "</span></dt><dd><div class=\"e2j\"><p>" + c.comments[i] + "</p><p><a href=\"?replytocom=1#respond\">&#8617;</a></p></div></dd>";
    b += "</dl></div></div><div class=\"f0k\"><p>&copy; 2012 <a href=\"/c\">Contact</a> | <a href=\"/p\">Privacy</a> | <a href=\"/t\">Terms</a></p><ul>";
    for (int i = 0; i < 6; ++i) b += "<li><a href=\"/r/" + std::to_string(i) + "\">Recent article number " + std::to_string(i) + " from the archive</a></li>";
    b += "</ul></div></div>";
    return html_page(c.lang, c.site, b);
}

}  // namespace

TEST_CASE("class-blind: a post of the page's one headline and a byline is its own box, not the whole page") {
    for (const auto& c : cases())
        for (int markup : {1, 2}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            const std::string out = text_of(page(c, markup));
            CHECK(has(out, c.headline));
            CHECK(has(out, c.name));
            CHECK_FALSE(has(out, "Subscribe"));
            CHECK_FALSE(has(out, "Recent article number 3"));
        }
}
