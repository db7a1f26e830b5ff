// A call-to-action box set between the article's paragraphs, in any language and markup:
// - a lead line over a row of three or four short links parted by marks (" · ", " • ", " | "):
//   the row is dropped as chrome, and its lead line goes with it.
// A section of the article with its own heading and prose and a heading over an in-page link stay.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

struct Lang {
    const char* code;
    const char* title;
    std::vector<const char*> paras;  // the article's four paragraphs
    const char* pitch_head;          // a heading over an in-page link (a negative)
    const char* pitch_line;          // unused: a titled box's line (titled boxes stay, see offer_box.cpp)
    const char* pitch_out;           // its link
    const char* priced_line;         // unused: a box's line without a figure
    const char* priced_out;          // unused: its button, with the price (such boxes stay: a source link may carry a figure)
    const char* lead;                // a line leading a row of links
    const char* section_head;        // the article's own section heading
};

const std::vector<Lang>& langs() {
    static const std::vector<Lang> all{
        {"en", "Harbour ferry returns after a winter in dry dock",
         {"The small ferry that links the two halves of the harbour went back into service on Monday after four months of repairs.",
          "Engineers replaced the propeller shaft and rebuilt the wheelhouse, which had been damaged in a storm last November.",
          "Commuters who had used a bus detour all winter said the crossing saved them almost half an hour each way.",
          "The council says the ferry will keep its old timetable, with the first crossing at dawn and the last after the evening tide."},
         "Newsletter", "The week on the water, every Friday in your inbox", "Sign me up", "Support independent harbour news",
         "Give 5 £ a month", "Hear the skipper's story on", "How the repairs were paid for"},
        {"pl", "Prom portowy wraca po zimie w suchym doku",
         {"Mały prom łączący obie części portu wrócił w poniedziałek do służby po czterech miesiącach napraw w stoczni.",
          "Mechanicy wymienili wał napędowy i odbudowali sterówkę, którą w listopadzie uszkodził silny sztorm.",
          "Pasażerowie, którzy całą zimę jeździli autobusem objazdem, mówią, że przeprawa oszczędza im pół godziny.",
          "Rada miasta zapowiada, że prom zachowa dawny rozkład, z pierwszym kursem o świcie i ostatnim po wieczornym przypływie."},
         "Kurs żeglarski", "Naucz się sterować łodzią z naszymi instruktorami", "Zapisz się", "Wspieraj niezależne wiadomości z portu",
         "Wpłać 20 zł", "Posłuchaj rozmowy z kapitanem w", "Kto zapłacił za naprawę"},
        {"uk", "Портовий пором повернувся після зими в сухому доку",
         {"Невеликий пором, що з'єднує дві частини гавані, у понеділок повернувся на лінію після чотирьох місяців ремонту.",
          "Механіки замінили гребний вал і відбудували рубку, яку в листопаді пошкодив сильний шторм.",
          "Пасажири, які всю зиму їздили автобусом в об'їзд, кажуть, що переправа економить їм пів години.",
          "Міська рада обіцяє, що пором збереже старий розклад: перший рейс на світанку, останній після вечірнього припливу."},
         "Клуб читачів", "Отримуйте наші найкращі матеріали першими", "Приєднатися", "Підтримайте незалежні новини порту",
         "Внесок 50 ₴", "Слухайте розповідь капітана на", "Хто заплатив за ремонт"},
        {"ko", "겨울 동안 건선거에 있던 항구 여객선 복귀",
         {"항구의 두 지역을 잇는 작은 여객선이 넉 달간의 수리를 마치고 월요일에 다시 운항을 시작했다.",
          "기술자들은 프로펠러 축을 교체하고 지난 11월 폭풍으로 부서진 조타실을 새로 지었다.",
          "겨울 내내 우회 버스를 이용하던 통근자들은 뱃길 덕분에 편도 삼십 분 가까이 아낄 수 있다고 말했다.",
          "시의회는 여객선이 새벽 첫 운항과 저녁 밀물 뒤 마지막 운항이라는 예전 시간표를 유지한다고 밝혔다."},
         "온라인 강좌", "사진 찍는 법을 전문가에게 배워 보세요", "지금 신청", "독립 항구 뉴스를 후원해 주세요", "매달 5000원 후원",
         "선장의 이야기를 들어 보세요", "수리비는 누가 냈나"},
        {"th", "เรือข้ามฟากกลับมาให้บริการหลังซ่อมในอู่แห้งตลอดฤดูหนาว",
         {"เรือข้ามฟากลำเล็กที่เชื่อมสองฝั่งของท่าเรือกลับมาให้บริการเมื่อวันจันทร์หลังจากซ่อมนานสี่เดือน ชาวบ้านจำนวนมากมายืนดูอยู่ริมท่าตั้งแต่เช้าตรู่และปรบมือเมื่อเรือแล่นออกจากฝั่งเป็นครั้งแรก",
          "ช่างได้เปลี่ยนเพลาใบพัดและสร้างห้องถือท้ายเรือใหม่ซึ่งเสียหายจากพายุเมื่อเดือนพฤศจิกายนที่ผ่านมา งานซ่อมทั้งหมดทำโดยอู่ต่อเรือเล็กของชุมชนซึ่งใช้ช่างฝีมือท้องถิ่นเกือบทั้งหมด",
          "ผู้โดยสารที่ต้องนั่งรถประจำทางอ้อมไปตลอดฤดูหนาวบอกว่าเรือช่วยประหยัดเวลาได้เกือบครึ่งชั่วโมง หลายคนบอกว่าจะกลับมาใช้เรือทุกวันเพราะสะดวกและได้เห็นวิวท่าเรือยามเช้า",
          "สภาเมืองระบุว่าเรือจะใช้ตารางเวลาเดิม โดยเที่ยวแรกออกตอนรุ่งสางและเที่ยวสุดท้ายหลังน้ำขึ้นตอนเย็น เจ้าหน้าที่ขอให้ผู้โดยสารมาถึงท่าก่อนเวลาเรือออกอย่างน้อยสิบนาทีในช่วงสัปดาห์แรก"},
         "สมาชิกพิเศษ", "อ่านบทความทั้งหมดโดยไม่มีโฆษณา", "สมัครเลย", "สนับสนุนข่าวท่าเรืออิสระ", "บริจาค 99 บาท",
         "ฟังเรื่องเล่าของกัปตันได้ที่", "ใครจ่ายค่าซ่อม"},
    };
    return all;
}

enum class Markup { html5, divs, table };

std::string wrap(const Lang& l, Markup m, const std::string& body) {
    const std::string head = std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><meta charset=\"utf-8\"><title>" + l.title +
                             "</title></head><body>";
    const std::string nav = "<div><a href=\"/\">Home</a> <a href=\"/news\">News</a> <a href=\"/about\">About</a></div>";
    if (m == Markup::html5)
        return head + "<header><nav>" + nav + "</nav></header><main><article><h1>" + l.title + "</h1>" + body +
               "</article></main><footer>© 2025</footer></body></html>";
    if (m == Markup::divs) return head + nav + "<div><div><div>" + l.title + "</div>" + body + "</div></div><div>© 2025</div></body></html>";
    return head + "<table><tr><td>" + nav + "</td></tr><tr><td><b>" + l.title + "</b>" + body + "</td></tr><tr><td>© 2025</td></tr></table></body></html>";
}

std::string para(Markup m, const char* text) {
    return m == Markup::divs ? std::string("<div>") + text + "</div>" : std::string("<p>") + text + "</p>";
}

// A lead line over a row of short links parted by marks (three or four, several marks).
std::string row_box(const Lang& l, Markup m) {
    static const char* names[] = {"Spotify", "Castbox", "Overcast", "Podbean"};
    const char* sep = m == Markup::html5 ? " • " : m == Markup::divs ? " | " : " · ";
    const std::size_t n = m == Markup::divs ? 3 : 4;
    std::string row;
    for (std::size_t k = 0; k < n; ++k)
        row += (k ? std::string(sep) : "") + "<a href=\"https://" + names[k] + ".example/ferry\">" + names[k] + "</a>";
    if (m == Markup::html5) return std::string("<section class=\"listen\"><p>🎙 ") + l.lead + "</p><p>" + row + "</p></section>";
    if (m == Markup::divs) return std::string("<div><div>") + l.lead + "</div><div>" + row + "</div></div>";
    return std::string("<table><tr><td>") + l.lead + "</td></tr><tr><td>" + row + "</td></tr></table>";
}

std::string text_of(const std::string& html) {
    const Result r = clean(html);
    REQUIRE(r.ok());
    return winnow::test::squeeze(to_text(r.document));
}

bool has(const std::string& out, const char* s) { return out.find(s) != std::string::npos; }

}  // namespace

TEST_CASE("a lead line over a row of links parted by marks goes with the row") {
    for (const Lang& l : langs()) {
        for (Markup m : {Markup::html5, Markup::divs, Markup::table}) {
            const std::string code = l.code;
            CAPTURE(code);
            CAPTURE(static_cast<int>(m));
            const std::string body = para(m, l.paras[0]) + para(m, l.paras[1]) + row_box(l, m) + para(m, l.paras[2]) + para(m, l.paras[3]);
            const std::string out = text_of(wrap(l, m, body));
            for (const char* p : l.paras) CHECK(has(out, p));
            CHECK_FALSE(has(out, l.lead));
        }
    }
}

TEST_CASE("the article's own titled section and a heading over an in-page link stay") {
    for (const Lang& l : langs()) {
        for (Markup m : {Markup::html5, Markup::divs}) {
            const std::string code = l.code;
            CAPTURE(code);
            CAPTURE(static_cast<int>(m));
            // The article's section: its heading over prose, in a box of its own.
            const std::string section = std::string("<div><h3>") + l.section_head + "</h3>" + para(m, l.paras[1]) + "</div>";
            // A heading over a link within the page (a jump to a part of the article).
            const std::string jump = std::string("<div><h4>") + l.pitch_head + "</h4><a href=\"#part-2\">" + l.pitch_out + "</a></div>";
            const std::string body = para(m, l.paras[0]) + section + para(m, l.paras[2]) + jump + para(m, l.paras[3]);
            const std::string out = text_of(wrap(l, m, body));
            for (const char* p : l.paras) CHECK(has(out, p));
            CHECK(has(out, l.section_head));
            CHECK(has(out, l.pitch_head));
        }
    }
}
