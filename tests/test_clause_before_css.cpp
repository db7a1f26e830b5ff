// A clause of a script written without spaces (Chinese, Japanese, Thai; a Korean word) right
// before a style rule glued into the text ("…去茶园看看body{margin:0;padding:0}") went with the
// rule, and with it the whole paragraph: the clause and the rule are one space-less token. A
// style rule or code glued behind letters of such a script is now its own token (the mirror of
// code glued before them); the rule still goes. Chinese, Japanese, Thai, Korean; <article>
// paragraphs, class-less <div>s, a table cell.
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

struct Case {
    const char* lang;
    std::vector<std::string> prose;  // before, the clause, after
};

std::string page(const Case& c, const std::string& css, Markup m) {
    const std::vector<std::string> paras = {c.prose[0], c.prose[1] + css, c.prose[2]};
    std::string body;
    for (const std::string& p : paras) body += m == Markup::html5 ? "<p>" + p + "</p>" : m == Markup::divs ? "<div>" + p + "</div>" : p + "<br><br>";
    std::string html = "<!DOCTYPE html><html lang=\"" + std::string(c.lang) + "\"><head><title>t</title></head><body>";
    if (m == Markup::html5) html += "<article><h1>Title</h1>" + body + "</article>";
    else if (m == Markup::divs) html += "<div><div>" + body + "</div></div>";
    else html += "<table><tr><td>Menu</td><td>" + body + "</td></tr></table>";
    return html + "</body></html>";
}

const std::vector<Case> kCases = {
    {"zh",
     {"中国人喝茶已经有几千年的历史，从南方的山区到北方的城市，茶一直是日常生活的一部分。",
      "每年春天新茶上市的时候，很多人都会去茶园看看",
      "泡茶的水温也很重要，绿茶适合八十度左右的水，而红茶则需要刚烧开的水才能泡出香味。"}},
    {"ja",
     {"日本ではお茶は長い歴史を持ち、毎日の生活の中で大切な役割を果たしてきました。",
      "春になると新茶の季節が始まり、多くの人が茶畑を訪れます",
      "お湯の温度も大切で、緑茶には少し冷ましたお湯を使うと甘みがよく出ると言われています。"}},
    {"th",
     {"คนไทยดื่มชามานานหลายร้อยปี และชาก็เป็นส่วนหนึ่งของชีวิตประจำวันในหลายพื้นที่ของประเทศ",
      "ทุกฤดูใบไม้ผลิผู้คนจำนวนมากจะเดินทางไปเที่ยวชมไร่ชาบนภูเขา",
      "อุณหภูมิของน้ำก็สำคัญมาก ชาเขียวควรใช้น้ำที่ไม่ร้อนจัดเพื่อให้ได้รสชาติที่ดีที่สุด"}},
    {"ko",
     {"한국 사람들은 오래전부터 차를 마셔 왔고, 차는 지금도 많은 사람들의 일상생활의 한 부분입니다.",
      "봄이 되면 많은 사람들이 차밭을 구경하러 남쪽 지방으로 여행을 떠납니다",
      "물의 온도도 중요해서 녹차는 조금 식힌 물로 우려야 단맛이 잘 우러난다고 합니다."}},
};

}  // namespace

TEST_CASE("a clause of a script without spaces before a glued style rule stays; the rule goes") {
    for (const Case& c : kCases)
        for (const char* css : {"body{margin:0;padding:0}", "post-content{margin:0}", "p{margin:0}a{color:red}"})
            for (Markup m : {Markup::html5, Markup::divs, Markup::table}) {
                const std::string out = text_of(page(c, css, m));
                INFO(std::string(c.lang) << " markup " << static_cast<int>(m) << " " << std::string(css) << "\n" << out);
                CHECK(out.find(c.prose[1]) != std::string::npos);
                CHECK(out.find("margin") == std::string::npos);
            }
}
