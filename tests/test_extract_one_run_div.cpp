// A <div> holding one run of text (an editor's <font> or <span> around a paragraph, no <br>
// parting it, no block beside it) is one paragraph however long, and scores as a <p> would,
// from its parent (extract_score.cpp, score_paragraphs). Scored from itself as a box of runs,
// the longest paragraph of a body of such <div>s outscored the body once no class name lifted
// the body, and the region was that one paragraph (the body's other paragraphs added more
// than the widening allows). Div soup with <font> and with <span>, a layout table, HTML5
// (<nav>, <main>, <aside>); en, de, ru, ja. The negatives: a long one-run paragraph beside a
// sidebar does not take the sidebar in, and an inline element wrapping the page's boxes is no
// paragraph.
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
    std::string intro;                // loose in the body, short
    std::vector<std::string> paras;   // one long paragraph, two of medium length
    std::string side;                 // a sidebar link's text
};

const std::vector<Lang> langs = {
    {"en", "Free booklet on voting", "As the election draws near, many readers asked us how to weigh the candidates.",
     {"Our society exists to help members think carefully about public life, and so we are offering a free booklet to every reader who wants one. In it, a retired teacher of history argues that the record of good and bad rulers of the past teaches us to look closely at the character of those who ask for our votes, and not only at their promises, their slogans or the colour of their party.",
      "The author taught for forty years in the county school and wrote three books on the history of the valley and its old mills and farms.",
      "Copies can be picked up at the library desk during opening hours until the end of the month or sent by post to members who ask for one."},
     "Older post number "},
    {"de", "Kostenlose Broschüre zur Wahl", "Kurz vor der Wahl haben uns viele Leser gefragt, wie man die Kandidaten abwägen soll.",
     {"Unser Verein will seinen Mitgliedern helfen, sorgfältig über das öffentliche Leben nachzudenken, und deshalb bieten wir jedem Leser, der sie haben möchte, eine kostenlose Broschüre an. Darin zeigt ein pensionierter Geschichtslehrer, dass die Bilanz guter und schlechter Herrscher der Vergangenheit uns lehrt, genau auf den Charakter derer zu achten, die um unsere Stimme bitten, und nicht nur auf ihre Versprechen.",
      "Der Autor unterrichtete vierzig Jahre an der Kreisschule und schrieb drei Bücher zur Geschichte des Tals und seiner alten Mühlen und Höfe.",
      "Exemplare liegen bis zum Monatsende während der Öffnungszeiten an der Theke der Bibliothek aus oder kommen auf Wunsch mit der Post."},
     "Früherer Beitrag Nummer "},
    {"ru", "Бесплатная брошюра о выборах", "Перед выборами многие читатели спрашивали нас, как оценивать кандидатов.",
     {"Наше общество помогает своим членам внимательно думать об общественной жизни, и поэтому мы предлагаем бесплатную брошюру каждому читателю, который захочет её получить. В ней учитель истории на пенсии доказывает, что опыт хороших и плохих правителей прошлого учит нас внимательно смотреть на характер тех, кто просит наших голосов, а не только на их обещания и лозунги.",
      "Автор сорок лет преподавал в районной школе и написал три книги по истории долины, её старых мельниц и ферм.",
      "Экземпляры можно взять у стойки библиотеки в часы работы до конца месяца или получить по почте по просьбе."},
     "Прежняя запись номер "},
    {"ja", "投票についての無料冊子", "選挙が近づき、多くの読者から候補者をどう見ればよいかという質問が寄せられました。",
     {"私たちの会は会員が公の生活について注意深く考える手助けをしており、希望するすべての読者に無料の冊子をお配りします。その中で、元歴史教師の著者は、過去の良い支配者と悪い支配者の記録から、票を求める人々の約束や標語だけでなく、その人柄をよく見るべきだと説いています。",
      "著者は郡の学校で四十年間教え、谷とその古い水車小屋や農場の歴史について本を三冊書きました。",
      "冊子は月末まで開館時間中に図書館の受付で受け取れるほか、希望する会員には郵便でお送りします。"},
     "以前の投稿 第"},
};

enum class Markup { font, span, table, html5 };

std::string one_run_page(const Lang& l, Markup m) {
    std::string nav, side;
    for (int i = 0; i < 8; ++i) nav += "<li><a href=\"/s" + std::to_string(i) + "\">Section " + std::to_string(i) + "</a></li>";
    for (int i = 0; i < 6; ++i) side += "<div><a href=\"/p" + std::to_string(i) + "\">" + l.side + std::to_string(i) + "</a></div>";
    std::string body = "<font>" + l.intro + "</font>";
    for (const auto& p : l.paras) {
        if (m == Markup::font) body += "<div><div dir=\"ltr\"><font size=\"3\"><span style=\"line-height:17px\">" + p + "</span></font></div></div>";
        else if (m == Markup::span) body += "<div><span style=\"font-size:12px\">" + p + "</span></div>";
        else body += "<div><font face=\"Arial\"><span>" + p + "</span></font></div>";
    }
    const std::string post = "<h1>" + l.title + "</h1><div>" + body + "</div><div>2:49 PM</div>";
    std::string page;
    if (m == Markup::table)
        page = "<table><tr><td><ul>" + nav + "</ul></td><td>" + post + "</td><td>" + side + "</td></tr></table>";
    else if (m == Markup::html5)
        page = "<nav><ul>" + nav + "</ul></nav><main>" + post + "</main><aside>" + side + "</aside>";
    else
        page = "<div><ul>" + nav + "</ul></div><div><div>" + post + "</div><div>" + side + "</div></div>";
    return winnow::test::html_page(l.code, l.title.c_str(), page);
}

}  // namespace

TEST_CASE("a body of one-run <div> paragraphs is the article, not its longest paragraph") {
    for (const auto& l : langs)
        for (Markup m : {Markup::font, Markup::span, Markup::table, Markup::html5}) {
            CAPTURE(l.code);
            CAPTURE(static_cast<int>(m));
            const std::string out = text_of(one_run_page(l, m));
            CHECK_MESSAGE(has(out, l.intro), out);
            for (const auto& p : l.paras) CHECK_MESSAGE(has(out, p), out);
            CHECK_FALSE_MESSAGE(has(out, l.side), out);
        }
}

TEST_CASE("a long one-run paragraph beside a sidebar does not take the sidebar in") {
    for (const auto& l : langs) {
        CAPTURE(l.code);
        const std::string about = l.paras[1];
        const std::string page = "<div><div><a href=\"/a\">Home</a> | <a href=\"/b\">Archive</a></div><div><h1>" + l.title +
                                 "</h1><div><font size=\"3\">" + l.paras[0] + "</font></div></div><div><div>" + about +
                                 "</div><div><a href=\"/p1\">" + l.side + "1</a></div><div><a href=\"/p2\">" + l.side +
                                 "2</a></div></div></div>";
        const std::string out = text_of(winnow::test::html_page(l.code, l.title.c_str(), page));
        CHECK_MESSAGE(has(out, l.paras[0]), out);
        CHECK_FALSE_MESSAGE(has(out, about), out);
        CHECK_FALSE_MESSAGE(has(out, l.side), out);
    }
}

TEST_CASE("an inline element wrapping the page's boxes is no paragraph") {
    for (const auto& l : langs) {
        CAPTURE(l.code);
        std::string side;
        for (int i = 0; i < 3; ++i) side += "<div><a href=\"/p" + std::to_string(i) + "\">" + l.side + std::to_string(i) + "</a></div>";
        const std::string page = "<div><span><div><ul><li><a href=\"/a\">Home</a></li><li><a href=\"/b\">Archive</a></li></ul></div><div><h1>" +
                                 l.title + "</h1><p>" + l.paras[0] + "</p><p>" + l.paras[1] + "</p><p>" + l.paras[2] + "</p></div><div>" + side +
                                 "</div></span></div>";
        const std::string out = text_of(winnow::test::html_page(l.code, l.title.c_str(), page));
        for (const auto& p : l.paras) CHECK_MESSAGE(has(out, p), out);
        CHECK_FALSE_MESSAGE(has(out, l.side), out);
    }
}
