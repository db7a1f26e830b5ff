// A spec line of labels in capitals parted by "·", "•" or "|" ("CPU: M3 • RAM: 16GB • SSD:
// 512GB") between the article's paragraphs is the article's record of its subject, not a
// server's error message in labelled parts ("ERROR: … DETAIL: …"), which still goes. And an
// event's title · date · place line between paragraphs still goes as a box. Fixtures written for
// this test: en de ru zh lines, an en message with a bar in it, events in en de ru pl; HTML5
// article, div soup without class names, a table layout.
//
// (Label-value lines without a colon, "Weight 1.2 kg · Battery 10 h", are still taken by the
// promo filter's box line: a forum signature of the same shape, tests/test_extract_kinds7.cpp,
// must go, and nothing in the line tells the two apart.)
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "noise_page_util.hpp"

using namespace winnow;

namespace {

struct Case {
    const char* lang;
    std::string before, after, closing;  // the article's paragraphs around the line
    std::vector<std::string> lines;
};

const std::vector<Case> kSpecs{
    {"en",
     "We carried the new notebook through two weeks of trains, cafés and a long conference, and it never once asked for a charger before evening.",
     "The keyboard is shallow but precise, and the hinge opens with one hand, which matters more than any figure on the box.",
     "In the end it is the quiet fan we will miss most, now that the review unit has gone back to the maker.",
     {"Weight 1.2 kg · Battery 10 h · USB-C", "Prep 15 min • Cook 40 min • Serves 4",
      "Length 42 km | Climb 800 m | Time 5 h | Difficulty hard"}},
    {"de",
     "Wir haben die Kamera drei Wochen lang auf Reisen, im Regen und bei Nachtaufnahmen benutzt, und sie hat uns kaum je enttäuscht.",
     "Der Sucher ist hell und scharf, und die Bedienung gelingt auch mit Handschuhen, was im Winter den Ausschlag gibt.",
     "Am Ende vermissen wir vor allem den leisen Verschluss, seit das Testgerät wieder beim Hersteller ist.",
     {"Sensor 24 MP · Gewicht 650 g · Akku 400 Aufnahmen · Preis 1.299 Euro",
      "Leistung 150 PS • Verbrauch 5,8 l • Kofferraum 480 l"}},
    {"ru",
     "Мы прошли этот маршрут в начале осени, когда тропа уже опустела, а погода ещё позволяла ночевать в палатке у озера.",
     "Подъём на перевал долгий, но не опасный, и с вершины в ясный день видно все три долины сразу.",
     "Воду лучше набирать у последнего ручья перед подъёмом, выше источников уже нет.",
     {"Длина 42 км · Набор высоты 800 м · Время 2 дня", "Площадь 54 м² • Этаж 3 из 9 • Цена 8,5 млн"}},
    {"zh",
     "我们把这台笔记本电脑带在身边用了两个星期，火车上、咖啡馆里和会议现场都用过，续航一直让人放心。",
     "键盘键程不长但很准确，转轴可以单手打开，这些细节比包装盒上的任何数字都更重要。",
     "测试样机已经还给厂家了，我们最怀念的还是它安静的风扇。",
     {"重量 1.2 公斤 · 电池 10 小时 · 接口 USB-C"}},
    {"pl",
     "Przepis pochodzi z zeszytu babci i od lat robimy go w każdą niedzielę, kiedy cała rodzina zbiera się przy stole.",
     "Ciasto najlepiej zostawić na noc w chłodzie, wtedy łatwiej je rozwałkować i nie pęka przy pieczeniu.",
     "Po upieczeniu warto odczekać kwadrans, zanim się je pokroi, bo nadzienie musi zgęstnieć.",
     {"Przygotowanie 30 min · Pieczenie 45 min · Porcje 8"}},
};

std::string page_body(const Case& c, const std::string& line) {
    return "<p>" + c.before + "</p><p>" + line + "</p><p>" + c.after + "</p><p>" + c.closing + "</p>";
}

}  // namespace

TEST_CASE("an event's title, date and place line between paragraphs still goes") {
    const std::vector<std::pair<const Case*, std::string>> events{
        {&kSpecs[0], "Harvest Music Night · Sat 14 Nov · Town Hall"},
        {&kSpecs[1], "Lesung im Hafen · Freitag 12. Mai, 19 Uhr · Alter Speicher"},
        {&kSpecs[2], "Вечер романса · суббота 14 ноября · Дом культуры"},
        {&kSpecs[4], "Koncert jesienny | sobota 14 listopada, 18:00 | Dom Kultury | Wstęp wolny"},
    };
    for (const auto& [c, line] : events)
        for (int markup = 0; markup < test::kNoiseMarkups; ++markup) {
            const std::string out = test::cleaned_text(test::noise_page(c->lang, markup, page_body(*c, line)));
            CAPTURE(line);
            CAPTURE(markup);
            CAPTURE(out);
            CHECK(out.find(line) == std::string::npos);
            CHECK(out.find(c->after) != std::string::npos);
        }
}

// Labels in capitals ("CPU:", "RAM:") over short values, parted by field marks, are a spec
// record too: a server's message in labelled parts ("ERROR: … DETAIL: …") runs to words.
TEST_CASE("a spec line of capital labels parted by field marks stays; a server's message still goes") {
    const std::vector<std::pair<const Case*, std::string>> specs{
        {&kSpecs[0], "CPU: M3 • RAM: 16GB • SSD: 512GB • Display: 14.2in 3024x1964 • Weight: 1.55kg"},
        {&kSpecs[1], "ISO: 100–51200 · AF: 425 Punkte · EVF: 3,69 Mio. · IBIS: 5 Achsen"},
        {&kSpecs[2], "CPU: 8 ядер · ОЗУ: 16 ГБ · SSD: 1 ТБ · USB: 3 порта"},
        {&kSpecs[3], "CPU: M3 | RAM: 16GB | SSD: 512GB | OLED: 14 英寸"},
    };
    for (const auto& [c, line] : specs)
        for (int markup = 0; markup < test::kNoiseMarkups; ++markup) {
            const std::string out = test::cleaned_text(test::noise_page(c->lang, markup, page_body(*c, line)));
            CAPTURE(line);
            CAPTURE(markup);
            CAPTURE(out);
            CHECK(out.find(line) != std::string::npos);
        }
    const std::string message =
        "ERROR: relation \"stock_items\" does not exist | HINT: check the search_path of the role";
    for (int markup = 0; markup < test::kNoiseMarkups; ++markup) {
        const std::string out = test::cleaned_text(test::noise_page("en", markup, page_body(kSpecs[0], message)));
        CAPTURE(markup);
        CAPTURE(out);
        CHECK(out.find("HINT:") == std::string::npos);
        CHECK(out.find(kSpecs[0].after) != std::string::npos);
    }
}
