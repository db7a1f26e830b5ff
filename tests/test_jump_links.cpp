// A paragraph of one short link to a place in this page, at the body's edge — a skip link over
// the content ("Skip to content" → #main), a back-to-top link under it — is navigation left in
// the text, whatever its words: the link's target says so. A heading that links to its own
// anchor stays. Fixtures written
// for this test: en sk sr (Cyrillic) ja; HTML5 article, div soup without class names, a table
// layout, a Google-Docs-like export of classed spans.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

using namespace winnow;

namespace {

struct Case {
    const char* lang;
    const char* skip;  // "Skip to content"
    const char* top;   // "Back to top"
    std::vector<std::string> paras;
};

const std::vector<Case> kCases{
    {"en", "Skip to content", "Back to top",
     {"The village well was dug by young people with the help of a retired miner from the hills.",
      "Women took turns cooking for the workers, and children carried small stones up from the river.",
      "After three months water came up for the first time, and the village danced until late at night.",
      "The water committee now plans a second tank before the next dry season comes to the valley."}},
    {"sk", "Preskočiť na obsah", "Späť hore",
     {"V malej obci na Kysuciach sa obyvatelia rozhodli zachrániť drevenú kaplnku pred zrútením.",
      "Prácu viedol miestny tesár na dôchodku, ktorý pozná staré spôsoby spájania trámov bez klincov.",
      "Šindle na strechu štiepali dobrovoľníci ručne z jedľového dreva počas celého leta v horách.",
      "Obec chce budúci rok opraviť aj kamenný most, ktorý vedie ku kaplnke cez potok pod lesom."}},
    {"sr", "Пређи на садржај", "Назад на врх",
     {"У једном селу поред Дрине стари воденички млин после тридесет година поново меље кукуруз.",
      "Млин су обновила два брата који су се вратили из Беча да наставе посао свог деде.",
      "Дрвени точак направио је стари столар из суседног села, а камење су донели из каменолома.",
      "Браћа планирају да следећег пролећа отворе малу продавницу домаћег хлеба поред реке."}},
    {"ja", "本文へスキップ", "ページの先頭へ",
     {"山あいの村で三か月かけて掘り進めてきた新しい井戸が、今朝ついに完成しました。",
      "最初のバケツの水は小学校に運ばれ、子どもたちは小さな野菜畑に種をまきました。",
      "水の委員会によると、次の乾季が始まる前に二つ目のタンクを造る予定です。",
      "隣の谷の住民からも、自分たちの村に井戸を掘る手伝いをしてほしいと頼まれています。"}},
};

std::string page(const Case& c, int markup, const std::string& first, const std::string& last) {
    std::string body;
    for (const auto& p : c.paras) body += markup == 3 ? "<p class=\"c2\"><span class=\"c0\">" + p + "</span></p>" : "<p>" + p + "</p>";
    body = first + body + last;
    const std::string head = std::string("<!doctype html><html lang=\"") + c.lang +
                             "\"><head><meta charset=\"utf-8\"><title>T</title></head><body>";
    if (markup == 0) return head + "<main id=\"main\"><article><h1>T</h1>" + body + "</article></main></body></html>";
    if (markup == 1) return head + "<div><div id=\"main\">" + body + "</div></div></body></html>";
    if (markup == 2) return head + "<table width=\"100%\"><tr><td id=\"main\">" + body + "</td></tr></table></body></html>";
    return head.substr(0, head.size() - 6) + "<body class=\"c7 doc-content\">" + body + "</body></html>";
}

std::string output(const std::string& html) { return to_text(clean(html).document); }

}  // namespace

TEST_CASE("a skip link over the text and a back-to-top link under it go; the paragraphs stay") {
    for (const auto& c : kCases)
        for (int markup = 0; markup < 4; ++markup) {
            // (bare links, as a theme writes them before and after its content)
            const std::string out = output(page(c, markup, std::string("<a class=\"skip-link\" href=\"#main\">") + c.skip + "</a>",
                                                std::string("<a href=\"#top\">") + c.top + "</a>"));
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            CAPTURE(out);
            CHECK(out.find(c.skip) == std::string::npos);
            CHECK(out.find(c.top) == std::string::npos);
            for (const auto& p : c.paras) CHECK(out.find(p) != std::string::npos);
        }
}

TEST_CASE("a heading linking to its own anchor stays") {
    for (const auto& c : kCases) {
        const std::string heading = std::string("<h2><a href=\"#s1\">") + c.top + " " + c.skip + "</a></h2>";
        const std::string out = output(page(c, 0, heading, ""));
        CAPTURE(std::string(c.lang));
        CAPTURE(out);
        CHECK(out.find(std::string(c.top) + " " + c.skip) != std::string::npos);
    }
}
