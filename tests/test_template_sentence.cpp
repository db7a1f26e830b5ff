// A sentence set under each record of a review (a disclosure, a notice) by the page's template is
// no part of the records: it goes, every copy, when the article has text of its own between the
// records. A record's own label ("see it at …") stays, and so does a sentence that is the only
// text of the records of a plain listing. Through the whole pipeline, in five languages (en, de,
// es, ru, ja) and three markups (HTML5 sections, class-less divs, a table layout).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

struct Lang {
    const char* code;
    std::vector<const char*> prose;     // the article's paragraphs, one before each record and one after
    std::vector<const char*> titles;    // the records' titles
    std::vector<const char*> details;   // a short line of each record (a price, a size)
    const char* notice;                 // the template's sentence under every record
};

const Lang kEn{"en",
               {"We spent three weeks cooking with a dozen cast iron pans to find the ones worth carrying home from the shop.",
                "The lightest pan heated evenly on gas and induction, although its handle grew hot after ten minutes.",
                "Our second pick is heavier, but it held its heat through a whole batch of pancakes without a single cold spot.",
                "The budget choice needed more oil at first, and after a month of use its surface was as smooth as the others.",
                "Whichever pan you choose, dry it on the stove after washing and rub in a few drops of oil before storing it."},
               {"Fieldstone Skillet 26", "Harbour Pan Deep", "Millrace Basic 24"},
               {"2.1 kg, 26 cm", "3.0 kg, 28 cm", "1.8 kg, 24 cm"},
               "Prices were checked on the day we published this review."};
const Lang kDe{"de",
               {"Drei Wochen lang haben wir mit einem Dutzend gusseiserner Pfannen gekocht, um die besten für zu Hause zu finden.",
                "Die leichteste Pfanne erhitzte sich gleichmäßig auf Gas und Induktion, nur ihr Griff wurde nach zehn Minuten heiß.",
                "Unsere zweite Wahl ist schwerer, hielt aber die Hitze über einen ganzen Stapel Pfannkuchen ohne kalte Stellen.",
                "Das günstige Modell brauchte anfangs mehr Öl, doch nach einem Monat war seine Oberfläche so glatt wie die der anderen.",
                "Welche Pfanne Sie auch wählen: Trocknen Sie sie nach dem Spülen auf dem Herd und reiben Sie ein paar Tropfen Öl ein."},
               {"Feldstein Pfanne 26", "Hafen Pfanne tief", "Mühlbach Basis 24"},
               {"2,1 kg, 26 cm", "3,0 kg, 28 cm", "1,8 kg, 24 cm"},
               "Die Preise wurden am Tag der Veröffentlichung geprüft."};
const Lang kEs{"es",
               {"Durante tres semanas cocinamos con una docena de sartenes de hierro fundido para encontrar las que merecen la pena.",
                "La sartén más ligera se calentó de forma pareja en gas y en inducción, aunque su mango quemaba a los diez minutos.",
                "Nuestra segunda opción pesa más, pero mantuvo el calor durante toda una tanda de tortitas sin una sola zona fría.",
                "El modelo económico pedía más aceite al principio, y al cabo de un mes su superficie era tan lisa como la de las otras.",
                "Elija la sartén que elija, séquela en el fuego después de lavarla y úntela con unas gotas de aceite antes de guardarla."},
               {"Piedra de Campo 26", "Puerto Honda", "Molino Básica 24"},
               {"2,1 kg, 26 cm", "3,0 kg, 28 cm", "1,8 kg, 24 cm"},
               "Los precios se comprobaron el día en que publicamos esta guía."};
const Lang kRu{"ru",
               {"Три недели мы готовили на дюжине чугунных сковород, чтобы найти те, которые стоит принести домой из магазина.",
                "Самая лёгкая сковорода прогревалась ровно и на газу, и на индукции, хотя её ручка нагревалась через десять минут.",
                "Наш второй выбор тяжелее, но он держал жар на протяжении целой партии блинов без единого холодного пятна.",
                "Бюджетной модели сначала требовалось больше масла, а через месяц её поверхность стала такой же гладкой, как у других.",
                "Какую бы сковороду вы ни выбрали, после мытья просушите её на плите и вотрите несколько капель масла."},
               {"Полевой камень 26", "Гавань глубокая", "Мельница базовая 24"},
               {"2,1 кг, 26 см", "3,0 кг, 28 см", "1,8 кг, 24 см"},
               "Цены проверены в день публикации и с тех пор могли измениться."};
const Lang kJa{"ja",
               {"私たちは三週間かけて十二枚の鋳鉄フライパンで料理をし、家に持ち帰る価値のあるものを探しました。",
                "最も軽いフライパンはガスでもIHでも均一に温まりましたが、十分ほどで取っ手が熱くなりました。",
                "二番目のおすすめは重いものの、パンケーキを何枚焼いても冷たい部分ができずに熱を保ちました。",
                "お手頃なモデルは最初は油を多く必要としましたが、一か月使うと表面は他と同じくらい滑らかになりました。",
                "どのフライパンを選んでも、洗った後はコンロで乾かし、しまう前に油を数滴なじませてください。"},
               {"フィールドストーン 26", "ハーバー 深型", "ミルレース 24"},
               {"2.1 kg・26 cm", "3.0 kg・28 cm", "1.8 kg・24 cm"},
               "価格は公開日に確認したもので、その後変更されている可能性があります。"};

enum class Markup { html5, divs, table };

std::string record(const Lang& l, std::size_t k, Markup m, bool with_notice) {
    const std::string title = l.titles[k], detail = l.details[k], notice = with_notice ? l.notice : "";
    switch (m) {
        case Markup::html5:
            return "<section><h3>" + title + "</h3><p>" + detail + "</p>" + (with_notice ? "<p><small>" + notice + "</small></p>" : "") +
                   "</section>";
        case Markup::divs:
            return "<div><div><h4>" + title + "</h4></div><div>" + detail + "</div>" + (with_notice ? "<div>" + notice + "</div>" : "") +
                   "</div>";
        case Markup::table:
            return "<tr><td><table><tr><td><h4>" + title + "</h4></td></tr><tr><td>" + detail + "</td></tr>" +
                   (with_notice ? "<tr><td>" + notice + "</td></tr>" : "") + "</table></td></tr>";
    }
    return {};
}

// The article: a paragraph of prose before each record, and one after the last.
std::string review(const Lang& l, Markup m, bool with_prose = true) {
    std::string body;
    for (std::size_t k = 0; k < 3; ++k) {
        if (with_prose) body += m == Markup::table ? "<tr><td><p>" + std::string(l.prose[k + 1]) + "</p></td></tr>" : "<p>" + std::string(l.prose[k + 1]) + "</p>";
        body += record(l, k, m, true);
    }
    const std::string first = std::string("<p>") + l.prose[0] + "</p>", last = std::string("<p>") + l.prose[4] + "</p>";
    const std::string head = std::string("<!DOCTYPE html><html lang=\"") + l.code + "\"><head><meta charset=\"utf-8\"><title>" +
                             l.titles[0] + "</title></head><body>";
    switch (m) {
        case Markup::html5:
            return head + "<main><article><h1>" + l.titles[0] + "</h1>" + first + body + last + "</article></main></body></html>";
        case Markup::divs:
            return head + "<div><div><h1>" + l.titles[0] + "</h1>" + first + body + last + "</div></div></body></html>";
        case Markup::table:
            return head + "<table><tr><td><h1>" + l.titles[0] + "</h1>" + first + "</td></tr>" + body + "<tr><td>" + last +
                   "</td></tr></table></body></html>";
    }
    return {};
}

std::string cleaned(const std::string& input) {
    const Result r = clean(input);
    REQUIRE(r.ok());
    return winnow::test::squeeze(to_text(r.document));
}

std::size_t occurrences(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("a sentence the template sets under every record of a review goes, the records stay") {
    for (const Lang* l : {&kEn, &kDe, &kEs, &kRu, &kJa}) {
        for (Markup m : {Markup::html5, Markup::divs, Markup::table}) {
            CAPTURE(std::string(l->code));
            CAPTURE(static_cast<int>(m));
            const std::string out = cleaned(review(*l, m));
            CHECK(occurrences(out, l->notice) == 0);
            for (const char* p : l->prose) CHECK(out.find(p) != std::string::npos);
            // The records' own titles and lines are the article's subject (test_record_figures.cpp).
            for (std::size_t k = 0; k < 3; ++k) {
                CHECK(out.find(l->titles[k]) != std::string::npos);
                CHECK(out.find(l->details[k]) != std::string::npos);
            }
        }
    }
}

TEST_CASE("a listing whose records hold only their title and one sentence keeps the sentence") {
    // No prose of the page's own between the records: the sentence is all the records say.
    for (const Lang* l : {&kEn, &kDe, &kEs, &kRu, &kJa}) {
        CAPTURE(std::string(l->code));
        const std::string out = cleaned(review(*l, Markup::html5, false));
        CHECK(occurrences(out, l->notice) == 3);
    }
}

TEST_CASE("a short label under each record's title stays") {
    // "see it at …": a record's own line, no sentence.
    Lang shop = kEn;
    shop.notice = "Available at Corner Hardware";
    for (Markup m : {Markup::html5, Markup::divs}) {
        const std::string out = cleaned(review(shop, m));
        CHECK(occurrences(out, shop.notice) == 3);
    }
}
