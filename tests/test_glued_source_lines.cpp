// An error message naming a source line ("Notice: Undefined index: excerpt in /var/www/x/loop.php
// on line 143") glued into text of a script written without spaces, on both sides ("攤主說Notice:
// … on line 143，只要…"): the message goes to its line number's last digit, the text glued after
// the number stays. Fixtures written for this test: zh-Hant, zh-Hans, ja, th (glued), en (with
// spaces, the control); HTML5 article, div soup without class names, a table layout.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "noise_page_util.hpp"

using namespace winnow;

namespace {

struct Case {
    const char* lang;
    std::string before, after, other;  // the words before and after the message, another paragraph
};

const std::vector<Case> kCases{
    {"zh-Hant", "橋頭的舊書攤每天早上七點開門，攤主說", "，只要還有人來看書，他就會每天準時開門。",
     "附近的學生放學後常常坐在攤子旁邊的長椅上看書，有時一坐就是一個下午。"},
    {"zh-Hans", "河边的旧书摊每天早上七点开门，摊主说", "，只要还有人来看书，他就会每天准时开门。",
     "附近的学生放学后常常坐在摊子旁边的长椅上看书，有时一坐就是一个下午。"},
    {"ja", "駅前の古本屋は毎朝七時に店を開ける。店主は", "、読みに来る人がいる限り店を続けると話す。",
     "近くの高校生は放課後に店先の長椅子で本を読み、気がつけば日が暮れていることもある。"},
    {"th", "ร้านหนังสือเก่าข้างสะพานเปิดทุกเช้าเจ็ดโมงเจ้าของร้านบอกว่า", "ตราบใดที่ยังมีคนมาอ่านหนังสือเขาก็จะเปิดร้านทุกวัน",
     "นักเรียนในละแวกนั้นมักนั่งอ่านหนังสือบนม้านั่งหน้าร้านหลังเลิกเรียนจนถึงเย็น"},
    {"en", "The second-hand book stall by the bridge opens at seven every morning, and its owner says ",
     " that he will keep opening it as long as people come to read.",
     "Students from the nearby school often sit on the bench beside the stall after classes until the evening."},
};

const std::vector<std::string> kMessages{
    "Notice: Undefined index: excerpt in /var/www/site/inc/loop.php on line 143",
    "Warning: Undefined variable $author in /srv/app/templates/card.php on line 27",
};

}  // namespace

TEST_CASE("an error message glued on both sides into text without spaces goes to its line number; the text after stays") {
    for (const auto& c : kCases)
        for (int markup = 0; markup < test::kNoiseMarkups; ++markup)
            for (const std::string& msg : kMessages) {
                const std::string body = "<p>" + c.other + "</p><p>" + c.before + msg + c.after + "</p>";
                const std::string out = test::cleaned_text(test::noise_page(c.lang, markup, body));
                CAPTURE(std::string(c.lang));
                CAPTURE(markup);
                CAPTURE(out);
                CHECK(out.find("Undefined") == std::string::npos);
                CHECK(out.find(".php") == std::string::npos);
                CHECK(out.find("line") == std::string::npos);
                CHECK(out.find(c.after) != std::string::npos);
                CHECK(out.find(c.other) != std::string::npos);
            }
}
