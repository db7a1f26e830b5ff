// A runtime's crash line run into the article ("panic: runtime error: invalid memory address or
// nil pointer dereference [signal SIGSEGV: segmentation violation code=0x1 addr=0x0]") goes whole,
// label to record, glued at a paragraph's end, in its middle or as a line of its own; the
// paragraph's words stay. Prose with a label and a bracketed remark stays. Fixtures written for
// this test: en fi he id ja zh; HTML5 article, div soup without class names, a table layout.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "noise_page_util.hpp"

using namespace winnow;

namespace {

using Case = test::LangParagraphs;

const std::vector<Case> kCases{
    {"en",
     {"The ferry to the outer islands now runs twice a day, after the county bought a second boat last winter.",
      "Fishermen who used to wait a whole day for the mail boat can now sell their catch in town before noon.",
      "The harbour master says the new timetable has already doubled the number of visitors in the summer."}},
    {"fi",
     {"Saaristoon kulkeva lautta liikennöi nyt kahdesti päivässä, kun kunta osti talvella toisen aluksen.",
      "Kalastajat, jotka ennen odottivat postivenettä koko päivän, voivat nyt myydä saaliinsa kaupungissa ennen puoltapäivää.",
      "Satamakapteenin mukaan uusi aikataulu on jo kaksinkertaistanut kesän matkailijoiden määrän."}},
    {"he",
     {"המעבורת לאיים המרוחקים יוצאת עכשיו פעמיים ביום, אחרי שהמועצה קנתה סירה שנייה בחורף שעבר.",
      "דייגים שחיכו פעם יום שלם לסירת הדואר יכולים עכשיו למכור את השלל בעיר לפני הצהריים.",
      "מנהל הנמל מספר שהלוח החדש כבר הכפיל את מספר המבקרים בקיץ."}},
    {"id",
     {"Kapal feri ke pulau-pulau terluar kini berlayar dua kali sehari setelah kabupaten membeli kapal kedua.",
      "Nelayan yang dulu menunggu kapal pos seharian kini bisa menjual hasil tangkapan di kota sebelum siang.",
      "Kepala pelabuhan mengatakan jadwal baru itu sudah melipatgandakan jumlah pengunjung pada musim panas."}},
    {"ja",
     {"離島へ向かうフェリーは、町が昨年の冬に二隻目の船を買ってから一日二便になった。",
      "以前は郵便船を一日中待っていた漁師たちが、今では昼前に町で魚を売ることができる。",
      "港長によると、新しい時刻表で夏の観光客はすでに倍に増えたという。"}},
    {"zh",
     {"自从县里去年冬天买了第二艘船，开往外岛的渡轮现在每天两班。",
      "以前整天等邮船的渔民，现在中午之前就能在城里卖掉渔获。",
      "港务长说，新的时刻表已经让夏天的游客增加了一倍。"}},
};

const std::vector<std::string> kCrashes{
    "panic: runtime error: invalid memory address or nil pointer dereference [signal SIGSEGV: segmentation violation code=0x1 addr=0x3c]",
    "panic: runtime error: index out of range [5] with length 3 [recovered signal=11 pc=0x4a1f2e]",
    "fatal: worker error: cannot allocate memory [errno=12 addr=0x7f00aa]",
};

}  // namespace

TEST_CASE("a runtime's crash line at a paragraph's end, in its middle or as a line goes whole; the words stay") {
    for (const auto& c : kCases)
        for (int markup = 0; markup < test::kNoiseMarkups; ++markup)
            for (const std::string& crash : kCrashes)
                for (int where = 0; where < 4; ++where) {  // one crash a page: at an end, inside, a line, glued
                const std::string& mid = c.paras[1];
                const std::size_t space = mid.find(' ', mid.size() / 2);
                // ja, zh: after its comma, the next clause glued on behind the crash's closing bracket
                const std::size_t comma = mid.find("\u3001") != std::string::npos ? mid.find("\u3001") : mid.find("\uFF0C");
                const std::size_t cut = space != std::string::npos ? space : comma + 3;
                std::string body = "<p>" + c.paras[0] + (where == 0 ? " " + crash : "") + "</p>";
                body += "<p>" + (where == 1 ? mid.substr(0, cut) + " " + crash + mid.substr(cut) : mid) + "</p>";
                if (where == 2) body += "<p>" + crash + "</p>";
                body += "<p>" + c.paras[2] + (where == 3 ? crash : "") + "</p>";
                const std::string out = test::cleaned_text(test::noise_page(c.lang, markup, body));
                CAPTURE(std::string(c.lang));
                CAPTURE(markup);
                CAPTURE(where);
                CAPTURE(out);
                CHECK(out.find(mid.substr(0, cut)) != std::string::npos);
                CHECK(out.find(mid.substr(cut)) != std::string::npos);
                CHECK(out.find("error:") == std::string::npos);
                CHECK(out.find("panic") == std::string::npos);
                CHECK(out.find("fatal:") == std::string::npos);
                CHECK(out.find("0x") == std::string::npos);
                CHECK(out.find(c.paras[0]) != std::string::npos);
                CHECK(out.find(c.paras[2]) != std::string::npos);
            }
}

TEST_CASE("a label in prose with a bracketed remark stays") {
    const std::vector<std::string> prose{
        "note: the timetable changes in May [see the harbour office for details].",
        "update: ferry service resumed: two boats sail daily [the second one since March].",
        "warning: children under 12 must wear a life jacket [size=small is free at the kiosk] on deck.",
    };
    for (const auto& c : kCases)
        for (int markup = 0; markup < test::kNoiseMarkups; ++markup)
            for (const std::string& p : prose) {
                const std::string body = "<p>" + c.paras[0] + "</p><p>" + p + " " + c.paras[1] + "</p><p>" + c.paras[2] + "</p>";
                const std::string out = test::cleaned_text(test::noise_page(c.lang, markup, body));
                CAPTURE(std::string(c.lang));
                CAPTURE(out);
                CHECK(out.find(p.substr(0, 30)) != std::string::npos);
            }
}
