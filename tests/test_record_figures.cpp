// A review that walks through products, each a short record (its name, then a line of its
// measures) between the article's paragraphs: the records are the article's subject, not boxes
// foreign to it. The foreign-box filter took them: a line of figures (its letters only unit
// symbols) read as a text in another language, said again on the page (the word fold writes every
// digit as 0, so "1,7 л, 2200 Вт" and "1,5 л, 1800 Вт" were one text), or, on a Japanese page, in
// another script (its Latin unit symbols).
// Through the whole pipeline, in four languages (en, de, ru, ja) and three markups (HTML5
// sections, class-less divs with a bold name, a table layout).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

struct Lang {
    const char* code;
    std::vector<const char*> prose;    // one paragraph before each record and one after the last
    std::vector<const char*> names;    // the records' names
    std::vector<const char*> figures;  // each record's measures: figures and unit symbols only
};

const Lang kEn{"en",
               {"We weighed and measured every kettle on our list before boiling a single litre of water in any of them.",
                "The first kettle boiled fastest of all, though its lid rattled loudly whenever the water reached the top.",
                "Next comes a steel model that stayed quiet from start to finish and kept the water hot for an hour.",
                "The cheapest one surprised us: it poured cleanly and its handle never grew warm in our hands.",
                "Descale whichever kettle you pick once a month, and never leave it standing on the base when empty."},
               {"Larkspur", "Tidewell", "Orchard"},
               {"1.7 l, 2200 W, 1.1 kg", "1.5 l, 1800 W, 1.4 kg", "1.0 l, 1500 W, 0.9 kg"}};
const Lang kDe{"de",
               {"Wir haben jeden Wasserkocher auf unserer Liste gewogen und vermessen, bevor wir darin Wasser kochten.",
                "Der erste Kocher war am schnellsten, doch sein Deckel klapperte laut, sobald das Wasser oben ankam.",
                "Danach folgt ein Modell aus Stahl, das leise blieb und das Wasser eine ganze Stunde lang heiß hielt.",
                "Der günstigste hat uns überrascht: Er goss sauber aus, und sein Griff wurde in der Hand nie warm.",
                "Entkalken Sie den Kocher Ihrer Wahl einmal im Monat und lassen Sie ihn nie leer auf dem Sockel stehen."},
               {"Rittersporn", "Gezeiten", "Obstgarten"},
               {"1,7 l, 2200 W, 1,1 kg", "1,5 l, 1800 W, 1,4 kg", "1,0 l, 1500 W, 0,9 kg"}};
const Lang kRu{"ru",
               {"Мы взвесили и измерили каждый чайник из нашего списка, прежде чем вскипятить в нём хоть литр воды.",
                "Первый чайник закипал быстрее всех, хотя его крышка громко дребезжала, когда вода доходила до верха.",
                "Следом идёт стальная модель, которая работала тихо и держала воду горячей целый час.",
                "Самый дешёвый нас удивил: он наливал аккуратно, а его ручка ни разу не нагрелась в руке.",
                "Какой бы чайник вы ни выбрали, раз в месяц удаляйте накипь и не оставляйте его пустым на подставке."},
               {"Живокость", "Прилив", "Сад"},
               {"1,7 л, 2200 Вт, 1,1 кг", "1,5 л, 1800 Вт, 1,4 кг", "1,0 л, 1500 Вт, 0,9 кг"}};
const Lang kJa{"ja",
               {"リストにあるすべての電気ケトルを、お湯を沸かす前に一台ずつ量って測りました。",
                "最初のケトルは一番早く沸きましたが、お湯が上まで来るとふたが大きな音を立てました。",
                "次はステンレスのモデルで、最初から最後まで静かで、お湯を一時間温かく保ちました。",
                "一番安いものには驚かされました。注ぎ口はきれいに切れ、取っ手も熱くなりませんでした。",
                "どのケトルを選んでも月に一度は湯あかを取り、空のまま台に置きっぱなしにしないでください。"},
               {"ラークスパー", "タイドウェル", "オーチャード"},
               {"1.7 L、2200 W、1.1 kg", "1.5 L、1800 W、1.4 kg", "1.0 L、1500 W、0.9 kg"}};

enum class Markup { html5, divs, table };

std::string record(const char* name, const char* line, Markup m) {
    const std::string n = name, l = line;
    switch (m) {
        case Markup::html5: return "<section><h3>" + n + "</h3><p>" + l + "</p></section>";
        case Markup::divs: return "<div><div><b>" + n + "</b></div><div>" + l + "</div></div>";
        case Markup::table:
            return "<tr><td><table><tr><td><h4>" + n + "</h4></td></tr><tr><td>" + l + "</td></tr></table></td></tr>";
    }
    return {};
}

std::string review(const Lang& l, const std::vector<const char*>& lines, Markup m) {
    std::string body;
    for (std::size_t k = 0; k < 3; ++k) {
        const std::string p = l.prose[k + 1];
        body += m == Markup::table ? "<tr><td><p>" + p + "</p></td></tr>" : "<p>" + p + "</p>";
        body += record(l.names[k], lines[k], m);
    }
    const std::string first = std::string("<p>") + l.prose[0] + "</p>", last = std::string("<p>") + l.prose[4] + "</p>";
    const std::string head = std::string("<!DOCTYPE html><html lang=\"") + l.code +
                             "\"><head><meta charset=\"utf-8\"><title>" + l.names[0] + "</title></head><body>";
    switch (m) {
        case Markup::html5: return head + "<main><article>" + first + body + last + "</article></main></body></html>";
        case Markup::divs: return head + "<div><div>" + first + body + last + "</div></div></body></html>";
        case Markup::table:
            return head + "<table><tr><td>" + first + "</td></tr>" + body + "<tr><td>" + last + "</td></tr></table></body></html>";
    }
    return {};
}

std::string cleaned(const std::string& input) {
    const Result r = clean(input);
    REQUIRE(r.ok());
    return winnow::test::squeeze(to_text(r.document));
}

void check_records_kept(const Lang& l, const std::vector<const char*>& lines) {
    for (Markup m : {Markup::html5, Markup::divs, Markup::table}) {
        CAPTURE(std::string(l.code));
        CAPTURE(static_cast<int>(m));
        const std::string out = cleaned(review(l, lines, m));
        for (std::size_t k = 0; k < 3; ++k) {
            CHECK(out.find(l.names[k]) != std::string::npos);
            CHECK(out.find(lines[k]) != std::string::npos);
        }
        for (const char* p : l.prose) CHECK(out.find(p) != std::string::npos);
    }
}

}  // namespace

TEST_CASE("a record's line of figures under its name stays, whatever the script of its unit symbols") {
    for (const Lang* l : {&kEn, &kDe, &kRu, &kJa}) check_records_kept(*l, l->figures);
}
