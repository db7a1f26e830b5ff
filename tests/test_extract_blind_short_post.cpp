// A post of one line under its headline, its readers' comments, and a sidebar beside it whose
// boxes (an about box, a book's blurb) hold more prose than the post (issue 18, class-blind
// round 47). Class names here are hashes, as a CSS toolchain writes them, so no name says which
// box is the post. The article comes before its comments: the sidebar's column after them is
// not the article's body, its boxes are no further parts of the article, and the post's line,
// too short to stand alone, widens to the box that holds it under the headline, not to the
// best prose elsewhere on the page.
// English, German, Spanish; the sidebar as a list of widgets (markup 1) or as an <aside> of
// <section>s (markup 2).
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    const char* title;
    const char* line;      // the post: one line under a photograph
    const char* filed;     // the byline row: the category and the date
    const char* says;      // the comments' header after the reader's name
    std::string comments[4];
    const char* names[4];
    std::string about, book;
    const char* headings[3];
    const char* months[3];
};

std::vector<Case> cases() {
    return {
        {"en", "A new member of the family", "Born this morning. Welcome, little one…", "Filed under Family · November 7th, 2012",
         "says: November 7th, 2012 at 10:02 pm",
         {"Congratulations to all three of you, what wonderful news to wake up to on a grey Wednesday morning!",
          "Such happy news. Enjoy these first weeks, they pass far too quickly, and sleep whenever the baby sleeps.",
          "Welcome to the world, little one. Your parents have waited a long time for you, and so have we readers.",
          "Wonderful! I hope mother and child are both well and that the whole family gets some rest this week."},
         {"Anna", "Tom", "Ruth", "Peter"},
         "I am a teacher and writer who studies why some people build calm, rewarding working lives while many others do not, "
         "and I write here about what I find: the habits, the plans and the myths.",
         "My latest book argues that following your passion is poor advice, and tells the story of my search for what works "
         "instead. Read more about it or order it from your bookshop.",
         {"About", "My book", "Archives"},
         {"October 2012", "September 2012", "August 2012"}},
        {"de", "Ein neues Familienmitglied", "Heute Morgen geboren. Willkommen, Kleiner…", "Abgelegt unter Familie · 7. November 2012",
         "schrieb am 7. November 2012 um 22:02",
         {"Herzlichen Glückwunsch euch dreien, was für eine schöne Nachricht an einem grauen Mittwochmorgen!",
          "So eine schöne Nachricht. Genießt die ersten Wochen, sie vergehen viel zu schnell, und schlaft, wann immer es geht.",
          "Willkommen auf der Welt, Kleiner. Deine Eltern haben lange auf dich gewartet, und wir Leser auch.",
          "Wunderbar! Ich hoffe, Mutter und Kind geht es gut und die ganze Familie kann sich diese Woche etwas ausruhen."},
         {"Jana", "Lukas", "Marie", "Stefan"},
         "Ich bin Lehrer und Autor und frage mich, warum manche Menschen ein ruhiges, erfülltes Arbeitsleben führen und viele "
         "andere nicht, und ich schreibe hier über das, was ich finde: Gewohnheiten, Pläne und Mythen.",
         "Mein neues Buch hält den Rat, der eigenen Leidenschaft zu folgen, für schlecht und erzählt, wie ich nach dem suchte, "
         "was stattdessen trägt. Mehr dazu hier, oder bestellen Sie es bei Ihrer Buchhandlung.",
         {"Über mich", "Mein Buch", "Archiv"},
         {"Oktober 2012", "September 2012", "August 2012"}},
        {"es", "Un nuevo miembro de la familia", "Nació esta mañana. Bienvenido, pequeño…", "Archivado en Familia · 7 de noviembre de 2012",
         "dijo el 7 de noviembre de 2012 a las 22:02",
         {"¡Enhorabuena a los tres, qué noticia tan bonita para despertar en una mañana gris de miércoles!",
          "Qué alegría. Disfrutad de estas primeras semanas, pasan demasiado rápido, y dormid siempre que duerma el bebé.",
          "Bienvenido al mundo, pequeño. Tus padres te han esperado mucho tiempo, y nosotros los lectores también.",
          "¡Maravilloso! Espero que la madre y el niño estén bien y que toda la familia pueda descansar esta semana."},
         {"Lucía", "Pablo", "Elena", "Jorge"},
         "Soy profesor y escritor, y estudio por qué algunas personas llevan una vida laboral tranquila y plena mientras muchas "
         "otras no, y aquí escribo sobre lo que encuentro: los hábitos, los planes y los mitos.",
         "Mi último libro sostiene que seguir tu pasión es un mal consejo, y cuenta mi búsqueda de lo que funciona en su lugar. "
         "Lee más sobre él o pídelo en tu librería.",
         {"Sobre mí", "Mi libro", "Archivo"},
         {"octubre de 2012", "septiembre de 2012", "agosto de 2012"}},
    };
}

// The page: a wrapper holding the post's box (linked headline, byline row, the photograph and
// its line, the comments and a reply form) and, after it, the sidebar's column.
std::string page(const Case& c, bool aside) {
    std::string body = std::string("<div class=\"q1z\"><a href=\"/\">&#8962;</a></div><div class=\"k7w\"><div class=\"p3r\">") +
                       "<h2><a href=\"/2012/11/07/new/\" rel=\"bookmark\">" + c.title + "</a></h2><span class=\"c8x\"><a href=\"/f/\">" +
                       c.filed + "</a></span><div class=\"m4b\"><p><img src=\"/b.jpg\" width=\"500\" height=\"600\" alt=\"\"></p><p>" +
                       c.line + "</p></div><h3>4 &#8230;</h3><ul class=\"j5g\">";
    for (int i = 0; i < 4; ++i)
        body += std::string("<li class=\"r2t\"><div class=\"a9k\"><cite>") + c.names[i] + "</cite> " + c.says +
                "</div><div class=\"t6y\"><p>" + c.comments[i] + "</p></div></li>";
    body += "</ul><form action=\"/reply\" method=\"post\"><textarea name=\"c\"></textarea><input type=\"submit\" value=\"&#10148;\"></form></div>";
    std::string links;
    for (int i = 0; i < 3; ++i) links += std::string("<li><a href=\"/a/") + std::to_string(i) + "\">" + c.months[i] + "</a></li>";
    if (!aside)
        body += std::string("<ul class=\"s0b\"><li class=\"w1x\"><h2>") + c.headings[0] + "</h2><div class=\"x8n\"><p>" + c.about +
                "</p></div></li><li class=\"w1x\"><h2>" + c.headings[1] + "</h2><div class=\"x8n\"><p>" + c.book +
                "</p></div></li><li class=\"w1x\"><h2>" + c.headings[2] + "</h2><ul>" + links + "</ul></li></ul>";
    else
        body += std::string("<aside class=\"s0b\"><section class=\"w1x\"><h4>") + c.headings[0] + "</h4><div class=\"x8n\"><p>" +
                c.about + "</p></div></section><section class=\"w1x\"><h4>" + c.headings[1] + "</h4><div class=\"x8n\"><p>" + c.book +
                "</p></div></section><section class=\"w1x\"><h4>" + c.headings[2] + "</h4><ul>" + links + "</ul></section></aside>";
    std::string title = std::string(c.title) + " | Notes";
    return html_page(c.lang, title.c_str(), body + "</div><div class=\"f5f\"><a href=\"/\">&copy;</a></div>");
}

}  // namespace

TEST_CASE("class-blind: a one-line post under its headline is the article, not the sidebar after its comments") {
    for (const auto& c : cases())
        for (const bool aside : {false, true}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(aside);
            const std::string out = text_of(page(c, aside));
            CHECK(has(out, c.title));
            CHECK(has(out, c.line));
            CHECK_FALSE(has(out, c.about.substr(0, 40)));
            CHECK_FALSE(has(out, c.book.substr(0, 40)));
            for (const auto& s : c.comments) CHECK_FALSE(has(out, s.substr(0, 40)));
        }
}
