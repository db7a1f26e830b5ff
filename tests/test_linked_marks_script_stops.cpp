// A linked mark (a note sign, a backlink arrow, a bracketed note) glued before a sentence's end is
// link residue in every script: the end may be the Armenian full stop (U+0589 "։"), the Ethiopic
// one (U+1362 "።"), Myanmar's (U+104B "။") as well as the Latin ones. The sentence stays whole,
// its stop too. Fixtures written for this test: en hy am my (Myanmar); HTML5 article, div soup
// without class names, a table layout.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

using namespace winnow;

namespace {

struct Case {
    const char* lang;
    const char* stop;                // the script's sentence end
    std::vector<std::string> paras;  // sentences without their stop
};

const std::vector<Case> kCases{
    {"en", ".",
     {"The old mill by the river grinds corn again after thirty years of silence",
      "Two brothers came back from the city to carry on their grandfather's trade",
      "The first flour went to the neighbours, and on Sundays bread is baked for everyone",
      "Schoolchildren now visit the mill to see how work was done without electricity"}},
    {"hy", "\u0589",
     {"Սյունիքի մի փոքրիկ գյուղում երիտասարդները վերականգնել են լքված ծիրանի այգին",
      "Ամբողջ գարունը նրանք մաքրել են հողը և վերանորոգել ոռոգման հին առուն",
      "Առաջին բերքը բաժանվել է գյուղի բոլոր ընտանիքներին",
      "Այժմ ամեն շաբաթ այգում հավաքվում են մեծերն ու փոքրերը և խնամում ծառերը"}},
    {"am", "\u1362",
     {"በደቡብ ኢትዮጵያ በምትገኝ አንዲት ትንሽ መንደር ውስጥ የመጀመሪያው የሕዝብ ቤተ መጻሕፍት ተከፍቷል",
      "የመንደሩ ነዋሪዎች የድሮውን የእህል ጎተራ አድሰው መደርደሪያዎችንና ወንበሮችን ሠርተዋል",
      "በየቀኑ ከሰዓት በኋላ ተማሪዎች ከትምህርት ቤት ወጥተው እዚህ መጥተው ያነባሉ",
      "ቅዳሜ ቅዳሜ ደግሞ ለአዋቂዎች የማንበብና የመጻፍ ትምህርት ይሰጣል"}},
    {"my", "\u104B",
     {"ရွာလေးတစ်ရွာတွင် ကျောင်းသားများအတွက် စာကြည့်တိုက်အသစ် ဖွင့်လှစ်ခဲ့သည်",
      "ရွာသားများသည် အဟောင်းအိမ်ကို ပြန်လည်ပြုပြင်ပြီး စာအုပ်စင်များ ပြုလုပ်ခဲ့ကြသည်",
      "ညနေတိုင်း ကလေးများ ကျောင်းဆင်းပြီးနောက် ဤနေရာသို့ လာရောက်ဖတ်ရှုကြသည်",
      "နောက်နှစ်တွင် နေရောင်ခြည်စွမ်းအင်ဖြင့် မီးထွန်းရန် ရွာသားများ ငွေစုနေကြသည်"}},
};

// The marks: a backlink arrow after a space, a star and a bracketed roman note glued, linking
// within the page.
const char* kMarks[] = {" <a href=\"#cite_ref-1\">\u2191</a>", "<sup><a href=\"#fn-star\">*</a></sup>",
                        "<sup><a href=\"#rn-iii\">[iii]</a></sup>"};
const char* kMarkTexts[] = {"\u2191", "*", "[iii]"};

std::string page(const Case& c, int markup) {
    std::string body;
    for (std::size_t i = 0; i < c.paras.size(); ++i)
        body += "<p>" + c.paras[i] + (i < 3 ? kMarks[i] : "") + c.stop + "</p>";
    const std::string head = std::string("<!doctype html><html lang=\"") + c.lang +
                             "\"><head><meta charset=\"utf-8\"><title>T</title></head><body>";
    if (markup == 0) return head + "<nav><a href=\"/\">Home</a></nav><main><article><h1>T</h1>" + body + "</article></main></body></html>";
    if (markup == 1) return head + "<div><div><a href=\"/\">Home</a> <a href=\"/a\">A</a></div><div><div>" + body + "</div></div><div>©</div></div></body></html>";
    return head + "<table width=\"100%\"><tr><td><a href=\"/s\">S</a><br><a href=\"/t\">T</a></td><td>" + body + "</td></tr></table></body></html>";
}

}  // namespace

TEST_CASE("a linked mark glued before the script's own sentence end goes; the sentence stays") {
    for (const auto& c : kCases)
        for (int markup = 0; markup < 3; ++markup) {
            const std::string out = to_text(clean(page(c, markup)).document);
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            CAPTURE(out);
            for (const char* m : kMarkTexts) CHECK(out.find(m) == std::string::npos);
            for (const auto& p : c.paras) CHECK(out.find(p + c.stop) != std::string::npos);
        }
}
