// A picture's caption known by what it says where the names say nothing (issue 18, class-blind
// round 42). Class names here are hashes, as a CSS toolchain writes them.
// A box of one picture and one <p> (a blog template's captioned picture, "<div><img alt=…>
// <p>…</p></div>") is a figure when the paragraph says again the picture's title text, letter
// case aside (three words at least, or four signs of a script written without spaces): the line
// says what the picture says of itself, its caption, left out of the plain text as every caption
// is. A <p> beside a picture that does not repeat its description is text of its own and stays.
// English, Spanish, Japanese; the picture bare or in a link inside a <picture>.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::block_text_of;
using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    const char* title;
    std::string paras[3];
    std::string alt, caption, other;  // the picture's title, its caption, a line that is no caption
};

std::vector<Case> cases() {
    return {
        {"en", "A week of walking the old canal towpath",
         {"We set off from the basin on a grey Monday, with two bags each and a map that turned out to be thirty years out of date.",
          "By the third day the locks had become a rhythm, and we counted them the way other walkers count miles or cups of tea.",
          "The last stretch runs under the motorway and past a row of allotments, and then the canal simply stops at a brick wall."},
         "Lock keeper cottage at dawn", "The lock keeper cottage at dawn, seen from the far bank of the basin.",
         "We only stayed there one night, because the rooms were booked out for a wedding on the Saturday."},
        {"es", "Una semana caminando por el viejo canal",
         {"Salimos de la dársena un lunes gris, con dos mochilas cada uno y un mapa que resultó tener treinta años de antigüedad.",
          "Al tercer día las esclusas ya eran un ritmo, y las contábamos como otros caminantes cuentan kilómetros o tazas de té.",
          "El último tramo pasa bajo la autopista y junto a unos huertos, y luego el canal se acaba sin más contra un muro."},
         "La casa del esclusero al amanecer", "La casa del esclusero al amanecer, vista desde la otra orilla de la dársena.",
         "Solo dormimos allí una noche, porque las habitaciones estaban reservadas para una boda el sábado."},
        {"ja", "古い運河の曳舟道を歩いた一週間",
         {"灰色の月曜日、私たちはそれぞれ二つの鞄と、三十年前の地図を持って船だまりを出発した。途中で道が何度も消えていた。",
          "三日目には閘門がひとつのリズムになり、ほかの歩く人が距離やお茶の杯を数えるように、私たちは閘門を数えていた。",
          "最後の区間は高速道路の下をくぐり、市民農園の横を通り、そして運河はれんがの壁の前でただ終わってしまう。"},
         "夜明けの閘門番の家", "対岸から見た夜明けの閘門番の家。",
         "結婚式のために週末は部屋が埋まっていたので、そこには一晩しか泊まらなかった。"},
    };
}

// The article's box: a headline, two paragraphs, a box of a picture and a <p>, the last
// paragraph. linked: the picture a link's <picture> (markup 2), else a bare <img> (markup 1).
std::string page(const Case& c, const std::string& line, bool linked) {
    std::string body = std::string("<div class=\"q8x2kd\"><h1 class=\"r8m9j\">") + c.title + "</h1><p>" + c.paras[0] +
                       "</p><p>" + c.paras[1] + "</p><div class=\"w7zq4 k2m9\" style=\"width: 628px\">";
    if (linked)
        body += "<a href=\"/photos/1.jpg\"><picture><source srcset=\"/photos/1.webp\"><img src=\"/photos/1.jpg\" title=\"" +
                c.alt + "\" alt=\"\" width=\"618\" height=\"465\"></picture></a>";
    else
        body += "<img src=\"/photos/1.jpg\" title=\"" + c.alt + "\" alt=\"" + c.alt + "\" width=\"618\" height=\"465\">";
    body += "<p class=\"lz4d\">" + line + "</p></div><p>" + c.paras[2] + "</p></div>";
    return html_page(c.lang, c.title, body);
}

}  // namespace

TEST_CASE("class-blind: a paragraph under a picture that says its description again is its caption") {
    for (const auto& c : cases())
        for (const bool linked : {false, true}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(linked);
            const std::string html = page(c, c.caption, linked);
            const std::string out = text_of(html);
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 30)));
            CHECK_FALSE(has(out, c.caption));
            CHECK(has(block_text_of(html), c.caption));  // kept as the figure's caption
        }
}

TEST_CASE("class-blind: a paragraph beside a picture that does not say its description stays text") {
    for (const auto& c : cases())
        for (const bool linked : {false, true}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(linked);
            const std::string out = text_of(page(c, c.other, linked));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 30)));
            CHECK(has(out, c.other));
        }
}
