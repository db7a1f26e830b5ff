// A paragraph that is a row of short tokens parted by marks ("C | G | Am | F", "1 · 2 · 4 · 8"),
// set between the article's prose, is the article's own: the chords of a song, a sequence of
// values, the notes of a scale. Two stages took such rows: the edge-line rule of extraction
// read an unlinked row with one paragraph after it as a tool row at the article's end (and
// its loss trace did not say so: the line's text nodes were marked, not their block), and the
// promo filter read a row of three or more parted fields between prose as an event's box.
// English, German, Spanish, Russian, Japanese; HTML5 <article>, class-less <div>s, a table
// layout with <br>-parted lines. A row of links, and a row of button labels closing the
// article, still go.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

std::string text_of(const std::string& html) {
    const Result r = clean(html);
    return winnow::test::squeeze(to_text(r.document));
}

enum class Markup { html5, divs, table };

// Three paragraphs of prose around two rows, the second row with one paragraph after it.
std::string page(Markup m, const std::string& lang, const std::vector<std::string>& prose,
                 const std::string& row1, const std::string& row2) {
    std::string body;
    const auto para = [&](const std::string& t) {
        if (m == Markup::html5) body += "<p>" + t + "</p>";
        else if (m == Markup::divs) body += "<div>" + t + "</div>";
        else body += t + "<br><br>";
    };
    para(prose[0]);
    para(row1);
    para(prose[1]);
    para(row2);
    para(prose[2]);
    const std::string head = "<!DOCTYPE html><html lang=\"" + lang + "\"><head><title>" + prose[0].substr(0, 12) +
                             "</title></head><body>";
    if (m == Markup::html5) return head + "<main><article><h1>Title</h1>" + body + "</article></main></body></html>";
    if (m == Markup::divs) return head + "<div><div><div>" + body + "</div></div></div></body></html>";
    return head + "<table><tr><td>Menu</td><td>" + body + "</td></tr></table></body></html>";
}

struct Case {
    const char* lang;
    std::vector<std::string> prose;
    const char* row1;
    const char* row2;
};

const std::vector<Case> kCases = {
    {"en",
     {"This is a beginner song that uses only four chords, and you can strum it with a steady pattern for every bar.",
      "The chorus moves the same chords around, so your fingers already know the shapes you need here.",
      "When you can change chords without stopping, try the song along with the recording at full speed."},
     "C | G | Am | F", "Am | F | C | G"},
    {"de",
     {"Die Folge verdoppelt sich mit jedem Schritt, und genau das macht sie für das Rechnen im Kopf so angenehm.",
      "Danach kommt die Folge der Quadratzahlen, die langsamer wächst, als viele Schüler zuerst vermuten würden.",
      "Wer beide Folgen nebeneinander schreibt, sieht schnell, warum die erste die zweite bald weit überholt."},
     "1 · 2 · 4 · 8 · 16", "1 · 4 · 9 · 16 · 25"},
    {"es",
     {"La canción tiene solo cuatro acordes y se puede tocar con un rasgueo sencillo durante toda la estrofa.",
      "El estribillo usa los mismos acordes en otro orden, así que los dedos ya conocen todas las posiciones.",
      "Cuando puedas cambiar de acorde sin parar, toca la canción junto con la grabación a velocidad normal."},
     "Do | Sol | Lam | Fa", "Lam | Fa | Do | Sol"},
    {"ru",
     {"Эта песня строится всего на четырёх аккордах, и её можно играть простым боем на протяжении куплета.",
      "В припеве те же аккорды идут в другом порядке, поэтому пальцы уже знают все нужные позиции грифа.",
      "Когда аккорды меняются без остановок, попробуйте сыграть песню вместе с записью в полном темпе."},
     "До | Соль | Ля | Фа", "Ля | Фа | До | Соль"},
    {"ja",
     {"この曲は四つのコードだけでできているので、初心者でも一定のリズムで最後まで弾くことができます。",
      "サビでは同じコードの順番が変わるだけなので、指はもう必要な形をすべて覚えているはずです。",
      "止まらずにコードを替えられるようになったら、録音に合わせて元の速さで弾いてみましょう。"},
     "ド · ソ · ラ · ファ", "ラ · ファ · ド · ソ"},
};

}  // namespace

TEST_CASE("a row of short tokens between prose paragraphs stays, in any language and markup") {
    for (const Case& c : kCases)
        for (Markup m : {Markup::html5, Markup::divs, Markup::table}) {
            const std::string out = text_of(page(m, c.lang, c.prose, c.row1, c.row2));
            for (const char* k : {c.row1, c.row2}) {
                INFO(std::string(c.lang) << " markup " << static_cast<int>(m) << ": " << std::string(k) << "\n" << out);
                CHECK(out.find(k) != std::string::npos);
            }
            INFO(out);
            CHECK(out.find(c.prose[2]) != std::string::npos);
        }
}

TEST_CASE("a row of links, and a row of button labels closing the article, still go") {
    for (const Case& c : kCases) {
        const std::string links = "<a href=\"/a\">News</a> | <a href=\"/b\">Sport</a> | <a href=\"/c\">Weather</a> | <a href=\"/d\">Travel</a>";
        const std::string html = "<!DOCTYPE html><html lang=\"" + std::string(c.lang) +
                                 "\"><head><title>t</title></head><body><article><h1>Title</h1><p>" + c.prose[0] +
                                 "</p><p>" + c.prose[1] + "</p><p>" + c.prose[2] + "</p><p>" + links +
                                 "</p><p>Share: Facebook · Twitter · Email · Print</p></article></body></html>";
        const std::string out = text_of(html);
        INFO(std::string(c.lang) << "\n" << out);
        CHECK(out.find("Weather") == std::string::npos);
        CHECK(out.find("Twitter") == std::string::npos);
        CHECK(out.find(c.prose[2]) != std::string::npos);
    }
}
