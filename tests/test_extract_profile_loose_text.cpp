// A writer's profile whose bio is prose set loose in its box (extract_author_card.cpp,
// first_paragraph): a portrait, then a box holding a heading that names the writer, the bio as
// bare text beside it (no <p>, no <div> of its own) and a link to the writer's posts. With no
// class to name it and no <footer> around it, the profile was read only when its bio sat in a
// paragraph element, so the bio stayed as the article's last lines. Bare prose of more than a
// line is a paragraph too. Markups: div soup, HTML5 (<article>, <section>), a layout table's
// cell; en, de, es, ru (ja in the negative only). The negative: the article's own closing paragraph, bare text after
// a subheading, with no portrait before it, stays.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

struct Lang {
    const char* code;
    std::string title;
    std::vector<std::string> paras;
    std::string heading, bio, all_posts, sub;
};

const std::vector<Lang> langs = {
    {"en",
     "Small loans for students",
     {"A new lending site lets readers fund the school fees of students in twelve countries, one small loan at a time, and most loans are repaid within a year.",
      "Teachers can use the site in class to show how interest works, and pupils can follow the students they helped as they move through their courses.",
      "The site takes no fee from lenders, and it publishes the repayment record of every partner school on its pages, so that anyone can check it."},
     "About Laura Brennan",
     "Laura Brennan writes about schools and technology for this blog. When she is not writing, she teaches English to adults in the evening and runs a small reading club.",
     "View all posts by Laura Brennan", "What comes next"},
    {"de",
     "Kleine Kredite für Studenten",
     {"Eine neue Plattform lässt Leser die Schulgebühren von Studenten in zwölf Ländern finanzieren, mit einem kleinen Kredit nach dem anderen, und die meisten werden binnen eines Jahres zurückgezahlt.",
      "Lehrer können die Seite im Unterricht nutzen, um zu zeigen, wie Zinsen funktionieren, und Schüler verfolgen, wie es den unterstützten Studenten ergeht.",
      "Die Seite verlangt von Geldgebern keine Gebühr, und sie veröffentlicht die Rückzahlungen jeder Partnerschule, damit jeder sie prüfen kann."},
     "Über die Autorin: Lena Sommer",
     "Lena Sommer schreibt in diesem Blog über Schulen und Technik. Wenn sie nicht schreibt, unterrichtet sie abends Deutsch für Erwachsene und leitet einen kleinen Leseclub.",
     "Alle Beiträge von Lena Sommer", "Wie es weitergeht"},
    {"es",
     "Pequeños préstamos para estudiantes",
     {"Una nueva web de préstamos permite a los lectores pagar la matrícula de estudiantes de doce países, un pequeño préstamo cada vez, y casi todos se devuelven en un año.",
      "Los profesores pueden usarla en clase para explicar cómo funcionan los intereses, y los alumnos siguen a los estudiantes que ayudaron durante sus cursos.",
      "La web no cobra nada a quienes prestan, y publica el historial de pagos de cada escuela asociada, para que cualquiera pueda comprobarlo."},
     "Sobre Carmen Ruiz",
     "Carmen Ruiz escribe sobre escuelas y tecnología en este blog. Cuando no escribe, da clases de español a adultos por la tarde y dirige un pequeño club de lectura.",
     "Ver todas las entradas de Carmen Ruiz", "Lo que viene"},
    {"ru",
     "Небольшие займы для студентов",
     {"Новый сайт позволяет читателям оплачивать учёбу студентов из двенадцати стран небольшими займами, и большинство займов возвращается в течение года.",
      "Учителя могут показывать сайт на уроках, объясняя, как работают проценты, а школьники следят за студентами, которым помогли.",
      "Сайт не берёт платы с тех, кто даёт деньги, и публикует историю выплат каждой школы-партнёра, чтобы любой мог её проверить."},
     "Анна Петрова",
     "Анна Петрова пишет в этом блоге о школах и технологиях. Когда она не пишет, она по вечерам преподаёт русский язык взрослым и ведёт небольшой читательский клуб.",
     "Все записи автора", "Что дальше"},
    {"ja",
     "学生のための少額融資",
     {"新しい融資サイトでは、読者が十二か国の学生の学費を少額ずつ支援でき、ほとんどの融資は一年以内に返済されている。",
      "教師は授業でこのサイトを使って利息の仕組みを説明でき、生徒は自分たちが支援した学生の進み具合を見守ることができる。",
      "このサイトは貸し手から手数料を取らず、提携校ごとの返済記録を公開しているので、誰でも確かめることができる。"},
     "佐藤花子",
     "佐藤花子はこのブログで学校と技術について書いている。書いていないときは、夜に大人向けの日本語教室で教え、小さな読書会を主宰している。",
     "佐藤花子の記事一覧", "これから"},
};

std::string wrap(const std::string& markup, const std::string& inner) {
    if (markup == "html5") return "<main><article>" + inner + "</article></main>";
    if (markup == "table")
        return "<table><tr><td><a href=\"/\">1</a><br><a href=\"/a\">2</a></td><td><div>" + inner + "</div></td></tr></table>";
    return "<div><div>" + inner + "</div></div>";
}

std::string page(const Lang& l, const std::string& markup, bool portrait) {
    std::string inner = "<h1>" + l.title + "</h1>";
    for (const auto& p : l.paras) inner += "<p>" + p + "</p>";
    const std::string box = markup == "html5" ? "section" : "div";
    if (portrait)
        inner += "<" + box + "><div><img src=\"/p.jpg\" alt=\"\"></div><div><h2>" + l.heading + "</h2>" + l.bio + " <a href=\"/author/1\">" +
                 l.all_posts + "</a></div></" + box + ">";
    else  // the article's own last paragraph, bare text under a subheading
        inner += "<div><h2>" + l.sub + "</h2>" + l.bio + "</div>";
    return std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><meta charset=\"utf-8\"><title>" + l.title +
           "</title></head><body>" + wrap(markup, inner) + "</body></html>";
}

}  // namespace

TEST_CASE("a writer's profile with its bio as bare text beside its heading is no part of the article") {
    for (const Lang& l : langs)
        for (const std::string markup : {"div", "html5", "table"}) {
            // A name in a script without capitals is not read as the bio's opening (names_opening): left alone.
            if (std::string(l.code) == "ja") continue;
            CAPTURE(std::string(l.code));
            CAPTURE(markup);
            const std::string out = text_of(page(l, markup, true));
            for (const auto& p : l.paras) CHECK_MESSAGE(has(out, p), out);
            CHECK_FALSE_MESSAGE(has(out, l.bio), out);
        }
}

TEST_CASE("bare prose under a subheading, with no portrait, stays the article's") {
    for (const Lang& l : langs)
        for (const std::string markup : {"div", "html5", "table"}) {
            CAPTURE(std::string(l.code));
            CAPTURE(markup);
            const std::string out = text_of(page(l, markup, false));
            for (const auto& p : l.paras) CHECK_MESSAGE(has(out, p), out);
            CHECK_MESSAGE(has(out, l.bio), out);
        }
}
