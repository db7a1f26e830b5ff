// Garbage filter, shapes of round 2 (tests/test_garbage_fresh2.cpp counts them on whole pages):
// a tag split from its attributes by a space, code glued before a sentence of a script written
// without spaces, and DOIs, which look like code but are cited in prose like links.
#include <doctest/doctest.h>

#include <string>

#include "filter_test_util.hpp"
#include "filters/evidence.hpp"

using namespace winnow;
using namespace winnow::detail;

namespace {
std::string clean_one(std::string text, std::string context) {
    return winnow::test::garbage_filtered(std::move(text), std::move(context));
}
const std::string kEnglish = "The bakery reopened in September after the river had flooded the village in spring.";
const std::string kGerman = "Jeden Donnerstagabend trifft sich im Gemeindesaal ein Chor aus dem ganzen Viertel.";
const std::string kChinese = "在老城区一条窄窄的街上，有一家开了四十多年的修表铺。店主每天早上七点开门。";
const std::string kJapanese = "山あいの村にある古い郵便局が、住民の手で小さな図書館に生まれ変わった。";
}  // namespace

TEST_CASE("a tag split from its attributes by a space goes whole: the quote closed by '>' tells it") {
    const std::string s = "Neighbours rebuilt the counters from oak that had dried in a barn.";
    CHECK(clean_one(s + " <div class=\"teaser__img\">", kEnglish) == s);
    CHECK(clean_one(s + " <img src=\"/media/a.png\" alt=\"\"/>", kEnglish) == s);
    const std::string de = "Im Dezember tritt der Chor auf dem Weihnachtsmarkt auf.";
    CHECK(clean_one(de + " <figure data-pos=\"3\"> Im Jahr davor sangen achtzig Leute.", kGerman) ==
          de + " Im Jahr davor sangen achtzig Leute.");
}

TEST_CASE("prose with quotes, comparisons and a lone '<word' stays") {
    for (const std::string s : {"Set lang=\"de\" in the first line, and the page reads as German.",
                                "She wrote x=\"5\" > y on the board and asked why it was false.",
                                "The label said <b and nothing else, a printer's error."}) {
        CHECK(clean_one(s, kEnglish) == s);
    }
}

TEST_CASE("code glued before a sentence of a script written without spaces takes no clause with it") {
    CHECK(clean_one("他修过的表都有。{\"code\":0,\"msg\":\"ok\",\"data\":{\"total\":0}}很多老顾客说，别的地方修不好的表，拿到这里总能修好。",
                    kChinese)
              .find("很多老顾客说，别的地方") != std::string::npos);
    const std::string ja = clean_one("本はすべて寄付で集められた。{\"id\":4120,\"tags\":[3,7],\"draft\":false}今では三千冊を超える。", kJapanese);
    CHECK(ja.find("今では三千冊を超える") != std::string::npos);
    CHECK(ja.find("draft") == std::string::npos);
}

TEST_CASE("a DOI is a publication's name, not code") {
    CHECK(is_doi("doi:10.1016/j.jhydrol.2019.03.021)"));
    CHECK(is_doi("(10.1038/s41586-020-2649-2"));
    CHECK_FALSE(is_doi("10.5/abc"));
    CHECK_FALSE(is_doi("10.1016"));
    for (const std::string s : {"A study of such floods (Marsh et al., 2019, doi:10.1016/j.jhydrol.2019.03.021) found the same.",
                                "Die Daten stehen in DOI:10.1093/nar/gkab1112, Tabelle 2."}) {
        CHECK(clean_one(s, kEnglish) == s);
    }
}
