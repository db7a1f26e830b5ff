// A lone time stamp ("3 hours ago", "hace 2 horas", an hour and a day) after a paragraph goes
// whatever block follows it — a paragraph, an ad box, a card, a section's heading — and when it
// is wrapped in a <time>, or follows a div of prose in div soup. A dateline under the title, a
// timeline's dates (the same element again and again between paragraphs) and a short sentence
// with a figure stay.
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
    std::vector<const char*> paras;  // four paragraphs of prose
    const char* stamp;               // a relative stamp
    const char* clock;               // an absolute one
    const char* box_line;            // an ad box's line after the stamp
    const char* heading;             // a section heading after the stamp
    std::vector<const char*> years;  // a timeline's dates
    const char* dateline;            // under the title
};

const std::vector<Lang>& langs() {
    static const std::vector<Lang> all{
        {"en", "The river festival returns",
         {"The river festival returned on Saturday after a gap of six years, and thousands lined the banks to watch the boats.",
          "Rowing clubs from four towns raced in the heats, while children launched paper boats from the old stone bridge.",
          "The organisers say the festival cost less than expected because volunteers built most of the stalls by hand.",
          "Next year the committee wants to add a night parade of lit boats if the council agrees to close the towpath."},
         "5 hours ago", "Mar 3, 14:20", "Sponsored", "What comes next", {"1998", "2004", "2011"}, "Saturday, 3 May 2025"},
        {"es", "Vuelve la fiesta del río",
         {"La fiesta del río volvió el sábado después de seis años, y miles de personas llenaron las orillas para ver las barcas.",
          "Clubes de remo de cuatro pueblos compitieron en las series mientras los niños soltaban barcos de papel desde el puente.",
          "Los organizadores dicen que la fiesta costó menos de lo previsto porque los voluntarios montaron casi todos los puestos.",
          "El año que viene la comisión quiere añadir un desfile nocturno de barcas iluminadas si el ayuntamiento cierra el camino."},
         "hace 5 horas", "3 mar, 14:20", "Publicidad", "Lo que viene", {"1998", "2004", "2011"}, "sábado, 3 de mayo de 2025"},
        {"ru", "Речной праздник вернулся",
         {"Речной праздник вернулся в субботу после шестилетнего перерыва, и тысячи людей вышли на берега смотреть на лодки.",
          "Гребные клубы из четырёх городов соревновались в заездах, а дети пускали бумажные кораблики со старого моста.",
          "Организаторы говорят, что праздник обошёлся дешевле, чем ожидалось, потому что волонтёры сами построили павильоны.",
          "В следующем году комитет хочет добавить ночной парад лодок с огнями, если администрация закроет набережную."},
         "5 часов назад", "3 мар, 14:20", "Реклама", "Что дальше", {"1998", "2004", "2011"}, "суббота, 3 мая 2025"},
        {"th", "เทศกาลริมแม่น้ำกลับมาอีกครั้ง",
         {"เทศกาลริมแม่น้ำกลับมาจัดอีกครั้งเมื่อวันเสาร์หลังจากว่างเว้นไปหกปี และผู้คนนับพันมายืนริมตลิ่งเพื่อชมเรือ",
          "ชมรมพายเรือจากสี่เมืองแข่งขันกันในรอบคัดเลือก ขณะที่เด็กๆ ปล่อยเรือกระดาษจากสะพานหินเก่า",
          "ผู้จัดงานบอกว่าเทศกาลใช้เงินน้อยกว่าที่คาดไว้ เพราะอาสาสมัครช่วยกันสร้างซุ้มเกือบทั้งหมดด้วยมือ",
          "ปีหน้าคณะกรรมการอยากเพิ่มขบวนเรือประดับไฟยามค่ำคืน หากเทศบาลยอมปิดถนนริมน้ำ"},
         "5 ชั่วโมงที่แล้ว", "3 มี.ค. 14:20", "โฆษณา", "ก้าวต่อไป", {"1998", "2004", "2011"}, "วันเสาร์ที่ 3 พฤษภาคม 2568"},
    };
    return all;
}

std::string page(const Lang& l, bool html5, const std::string& body) {
    const std::string head = std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><meta charset=\"utf-8\"><title>" + l.title +
                             "</title></head><body>";
    if (html5) return head + "<main><article><h1>" + l.title + "</h1>" + body + "</article></main></body></html>";
    return head + "<div><div><h1>" + l.title + "</h1>" + body + "</div></div></body></html>";
}

std::string p(bool html5, const char* text) {
    return html5 ? std::string("<p>") + text + "</p>" : std::string("<div>") + text + "</div>";
}

std::string cleaned(const std::string& html) {
    const Result r = clean(html);
    REQUIRE(r.ok());
    return winnow::test::squeeze(to_text(r.document));
}

std::size_t count(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (auto at = hay.find(needle); at != std::string::npos; at = hay.find(needle, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("a lone stamp after a paragraph goes before a box or a heading, wrapped in <time>, or after a div of prose") {
    for (const Lang& l : langs()) {
        for (bool html5 : {true, false}) {
            const std::string code = l.code;
            CAPTURE(code);
            CAPTURE(html5);
            const std::string span = html5 ? "<span class=\"ago\">" : "<span>";
            const std::string ad = std::string("<div><span>") + l.box_line + "</span><div></div></div>";
            // Before an ad box, then an absolute stamp in <time> inside a span before a heading.
            std::string body = p(html5, l.paras[0]) + span + l.stamp + "</span>" + ad + p(html5, l.paras[1]);
            body += p(html5, l.paras[2]) + span + "<time datetime=\"2025-03-03T14:20\">" + l.clock + "</time></span><h2>" + l.heading +
                    "</h2>" + p(html5, l.paras[3]);
            const std::string out = cleaned(page(l, html5, body));
            CHECK(out.find(l.stamp) == std::string::npos);
            CHECK(out.find(l.clock) == std::string::npos);
            CHECK(out.find(l.heading) != std::string::npos);
            for (const char* para : l.paras) CHECK(out.find(para) != std::string::npos);
        }
    }
}

TEST_CASE("a dateline under the title, a timeline's dates and a sentence with a figure stay") {
    for (const Lang& l : langs()) {
        for (bool html5 : {true, false}) {
            const std::string code = l.code;
            CAPTURE(code);
            CAPTURE(html5);
            const std::string span = html5 ? "<span class=\"year\">" : "<span>";
            // The dateline opens the article under its title.
            const std::string dated = cleaned(page(l, html5, std::string("<span>") + l.dateline + "</span>" + p(html5, l.paras[0]) + p(html5, l.paras[1])));
            CHECK((dated.find(l.dateline) != std::string::npos || dated.find(l.paras[0]) != std::string::npos));
            CHECK(count(cleaned(page(l, html5, std::string("<span>") + l.dateline + "</span>" + p(html5, l.paras[0]) + p(html5, l.paras[1]))),
                        l.dateline) == count(cleaned(page(l, html5, std::string("<time>") + l.dateline + "</time>" + p(html5, l.paras[0]) +
                                                                   p(html5, l.paras[1]))),
                                             l.dateline));
            // A timeline: a date before each paragraph, the same element each time.
            std::string timeline = p(html5, l.paras[0]);
            for (std::size_t i = 0; i < l.years.size(); ++i) timeline += span + std::string(l.years[i]) + "</span><div>" + l.paras[i + 1] + "</div>";
            const std::string out = cleaned(page(l, html5, timeline));
            for (const char* y : l.years) CHECK(out.find(y) != std::string::npos);
        }
    }
}

TEST_CASE("a stamp between short sentences of any script goes past an ad box and an inline title with its <br>") {
    struct Short {
        const char* code;
        const char* first;   // one short sentence before the stamp
        const char* stamp;
        const char* title;   // an inline title after the box
        const char* second;  // one short sentence after it
        const char* third;
    };
    const std::vector<Short> all{
        {"en", "The ferry crossed twice on Monday.", "2 hours ago", "Later plans", "The pier will get a roof next year.",
         "Nobody expects the timetable to change before the spring."},
        {"ru", "В понедельник паром прошёл дважды.", "2 часа назад", "Что дальше", "Над причалом построят навес.",
         "Никто не ждёт, что расписание изменится до весны."},
        {"hi", "सोमवार को नाव दो बार चली।", "2 घंटे पहले", "आगे की योजना", "अगले साल घाट पर छत बनेगी।",
         "वसंत से पहले समय-सारणी बदलने की उम्मीद किसी को नहीं है।"},
        {"km", "កាលពីថ្ងៃច័ន្ទ សាឡាងបានឆ្លងពីរដង។", "២ ម៉ោងមុន", "គម្រោងបន្ទាប់", "ឆ្នាំក្រោយ កំពង់ផែនឹងមានដំបូល។",
         "គ្មាននរណាម្នាក់រំពឹងថាកាលវិភាគនឹងផ្លាស់ប្តូរមុនរដូវផ្ការីកទេ។"},
    };
    for (const Short& l : all) {
        for (bool html5 : {true, false}) {
            const std::string code = l.code;
            CAPTURE(code);
            CAPTURE(html5);
            const std::string box = html5 ? "<div class=\"ad-slot\"><span>Ad</span><div id=\"slot-3\"></div></div>" : "<div><span>Ad</span><div></div></div>";
            const std::string body = std::string("<p>") + l.first + "</p><span>" + l.stamp + "</span>" + box + "<b>" + l.title + "</b><br><p>" +
                                     l.second + "</p><p>" + l.third + "</p>";
            const std::string head = std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><meta charset=\"utf-8\"><title>T</title></head><body>";
            const std::string html = html5 ? head + "<main><article><h1>T</h1>" + body + "</article></main></body></html>"
                                           : head + "<div><div><h1>T</h1>" + body + "</div></div></body></html>";
            const std::string out = cleaned(html);
            CHECK(out.find(l.stamp) == std::string::npos);
            CHECK(out.find(l.first) != std::string::npos);
            CHECK(out.find(l.second) != std::string::npos);
        }
    }
}
