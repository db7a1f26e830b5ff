// A boxed offer between the article's paragraphs — a small container of a few short lines, one
// with a figure (a date, a price, a code), closing on its one link or button — goes whatever its
// words, in any language and markup. A box of the article's own (an ingredients list, the price
// and specs a product page is about, a box of prose) and prose that names dates and venues stay.
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
    const char* event_line;          // an event card's line: name, day, venue
    const char* event_out;           // its link
    const char* discount;            // a discount's line
    const char* discount_code;       // its code
    const char* discount_button;     // its button
    const char* venue;               // an address line
    const char* map_link;            // a map link
    const char* price;               // a booking box's price line
    const char* price_out;           // its link
};

const std::vector<Lang>& langs() {
    static const std::vector<Lang> all{
        {"en", "The old mill grinds again",
         {"After forty years of silence the water mill at the bottom of the valley turned again on Sunday, watched by half the village.",
          "The millwright who restored it spent two winters replacing the wheel's paddles with oak cut from the estate's own woods.",
          "Children from the primary school were the first to carry sacks of flour up the lane to the bakery on the square.",
          "The trust that owns the mill hopes to open it to visitors every weekend from the spring, once the footbridge is repaired."},
         "Jazz on the Quay · Fri 9 May · Pier Hall", "Book seats", "15% off every bicycle until 30 June", "SPRING15", "Apply code",
         "Mill Lane 4, open Sat 10:00–16:00", "Show on map", "Rooms from £79 a night", "Check dates"},
        {"es", "El viejo molino vuelve a moler",
         {"Después de cuarenta años de silencio, el molino de agua del fondo del valle volvió a girar el domingo ante medio pueblo.",
          "El carpintero que lo restauró pasó dos inviernos cambiando las paletas de la rueda por otras de roble del monte comunal.",
          "Los niños de la escuela fueron los primeros en subir sacos de harina por la cuesta hasta la panadería de la plaza.",
          "La fundación dueña del molino quiere abrirlo a las visitas cada fin de semana desde la primavera, cuando arreglen la pasarela."},
         "Noche de tangos · vie 9 mayo · Teatro Real", "Reservar", "20% de descuento en bicicletas hasta el 30 de junio", "VERANO20",
         "Aplicar", "Calle del Molino 4, sáb 10:00–16:00", "Ver mapa", "Habitaciones desde 59 € la noche", "Ver fechas"},
        {"ru", "Старая мельница снова мелет",
         {"После сорока лет молчания водяная мельница на дне долины в воскресенье снова закрутилась на глазах у половины деревни.",
          "Мастер, восстановивший её, две зимы менял лопасти колеса на дубовые из местной рощи, которую берегли всем селом.",
          "Первыми мешки с мукой по переулку до пекарни на площади понесли ученики местной начальной школы вместе с учителем.",
          "Фонд, которому принадлежит мельница, надеется с весны открыть её для гостей по выходным, когда починят мостик."},
         "Вечер джаза · пт 9 мая · Дом культуры", "Купить билет", "Скидка 15% на велосипеды до 30 июня", "ВЕСНА15", "Применить",
         "ул. Мельничная, 4, сб 10:00–16:00", "Открыть карту", "Номера от 4900 ₽ за ночь", "Выбрать даты"},
        {"hi", "पुरानी चक्की फिर से चली",
         {"चालीस साल की खामोशी के बाद घाटी के नीचे वाली पनचक्की रविवार को फिर से घूमी और आधा गाँव उसे देखने आया।",
          "इसे ठीक करने वाले कारीगर ने दो सर्दियाँ पहिये के पंखों को गाँव के जंगल की ओक की लकड़ी से बदलने में लगाईं।",
          "प्राथमिक विद्यालय के बच्चे आटे की बोरियाँ गली से चौक की बेकरी तक ले जाने वाले सबसे पहले लोग थे।",
          "चक्की की मालिक संस्था वसंत से हर सप्ताहांत इसे आगंतुकों के लिए खोलना चाहती है, जब पुल की मरम्मत हो जाएगी।"},
         "संगीत संध्या · शुक्र 9 मई · टाउन हॉल", "टिकट बुक करें", "30 जून तक साइकिलों पर 15% छूट", "BASANT15", "कोड लगाएँ",
         "चक्की गली 4, शनि 10:00–16:00", "नक्शा देखें", "कमरे ₹2500 प्रति रात से", "तारीखें देखें"},
        {"ja", "古い水車小屋がふたたび動く",
         {"四十年の沈黙を経て、谷底の水車が日曜日にふたたび回り始め、村の半分の人たちがその様子を見守った。",
          "修理を担った職人は二度の冬をかけて、村の森で切った樫の木で水車の羽根を一枚ずつ取り替えていった。",
          "最初に小麦粉の袋を坂道の上の広場のパン屋まで運んだのは、地元の小学校の子どもたちだった。",
          "水車小屋を所有する財団は、歩道橋の修理が終われば春から毎週末に一般公開したいと考えている。"},
         "ジャズの夕べ・5月9日(金)・公会堂", "席を予約", "6月30日まで自転車全品15%オフ", "HARU15", "コードを使う",
         "水車通り4番地・土曜10:00〜16:00", "地図を見る", "1泊8900円から", "日程を見る"},
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

// The four boxes, each in the markup's own way (html5: classes and <aside>; div soup: bare divs;
// table layout: a nested table).
std::string event_box(const Lang& l, Markup m) {
    if (m == Markup::html5)
        return std::string("<aside class=\"event-card\"><span class=\"icon\">♪</span><p>") + l.event_line +
               "</p><a class=\"cta\" href=\"https://tickets.example.org/e/9\">" + l.event_out + "</a></aside>";
    if (m == Markup::divs)
        return std::string("<div><div>") + l.event_line + "</div><div><a href=\"https://tickets.example.org/e/9\">" + l.event_out + "</a></div></div>";
    return std::string("<table><tr><td>") + l.event_line + "</td></tr><tr><td><a href=\"https://tickets.example.org/e/9\">" + l.event_out +
           "</a></td></tr></table>";
}

std::string discount_box(const Lang& l, Markup m) {
    const std::string inner = std::string("<p>") + l.discount + "</p><code>" + l.discount_code + "</code><button type=\"button\">" +
                              l.discount_button + "</button>";
    return m == Markup::html5 ? "<section class=\"deal\">" + inner + "</section>" : "<div>" + inner + "</div>";
}

std::string map_box(const Lang& l, Markup m) {
    const std::string inner = std::string(m == Markup::html5 ? "<p><strong>" : "<div><b>") + l.venue +
                              (m == Markup::html5 ? "</strong></p>" : "</b></div>") + "<a href=\"https://maps.example.net/?q=mill\">" +
                              l.map_link + "</a>";
    return "<div>" + inner + "</div>";
}

std::string price_box(const Lang& l, Markup) {
    return std::string("<div><span>") + l.price + "</span><br><a href=\"https://booking.example.com/h/4\">" + l.price_out + "</a></div>";
}

std::string article(const Lang& l, Markup m, bool boxes) {
    std::string body = para(m, l.paras[0]) + (boxes ? event_box(l, m) : "") + para(m, l.paras[1]) + (boxes ? discount_box(l, m) : "");
    body += para(m, l.paras[2]) + (boxes ? map_box(l, m) + price_box(l, m) : "") + para(m, l.paras[3]);
    return wrap(l, m, body);
}

std::string text_of(const std::string& html) {
    const Result r = clean(html);
    REQUIRE(r.ok());
    return winnow::test::squeeze(to_text(r.document));
}

}  // namespace

TEST_CASE("a boxed offer of short lines closing on its one link or button goes, in any language and markup") {
    for (const Lang& l : langs()) {
        for (Markup m : {Markup::html5, Markup::divs, Markup::table}) {
            const std::string code = l.code;
            CAPTURE(code);
            CAPTURE(static_cast<int>(m));
            const std::string out = text_of(article(l, m, true));
            for (const char* p : l.paras) CHECK(out.find(p) != std::string::npos);
            for (const char* gone : {l.event_line, l.event_out, l.discount, l.discount_code, l.discount_button, l.venue, l.map_link, l.price,
                                     l.price_out})
                CHECK(out.find(gone) == std::string::npos);
        }
    }
}

TEST_CASE("an ingredients box, a product's own price and specs, a box of prose and an event told in prose stay") {
    for (const Lang& l : langs()) {
        for (Markup m : {Markup::html5, Markup::divs, Markup::table}) {
            const std::string code = l.code;
            CAPTURE(code);
            CAPTURE(static_cast<int>(m));
            // An ingredients box between the steps: a list, whatever link follows it.
            const std::string ingredients = std::string("<div><h3>") + l.discount_code + "</h3><ul><li>200 g " + l.price_out + "</li><li>3 × " +
                                            l.map_link + "</li></ul><a href=\"/print/4\">" + l.event_out + "</a></div>";
            const std::string recipe = wrap(l, m, para(m, l.paras[0]) + ingredients + para(m, l.paras[1]) + para(m, l.paras[2]));
            const std::string with_list = text_of(recipe);
            CHECK(with_list.find(std::string("200 g ") + l.price_out) != std::string::npos);
            // The product a page is about: its price box opens the page, no prose before it.
            const std::string product = wrap(l, m, std::string("<div><p>") + l.price + "</p><p>" + l.venue + "</p><button>" + l.price_out +
                                                       "</button></div>" + para(m, l.paras[0]) + para(m, l.paras[1]));
            CHECK(text_of(product).find(l.price) != std::string::npos);
            // A box whose line is a sentence of prose, with a figure and a source link.
            const std::string prose_box = std::string("<div><p>") + l.paras[3] + " 2024.</p><a href=\"/source\">" + l.map_link + "</a></div>";
            const std::string with_prose_box = text_of(wrap(l, m, para(m, l.paras[0]) + prose_box + para(m, l.paras[1]) + para(m, l.paras[2])));
            CHECK(with_prose_box.find(std::string(l.paras[3]) + " 2024.") != std::string::npos);
            // The event told in prose: its day and venue lines are the article's paragraphs.
            const std::string told = wrap(l, m, para(m, l.paras[0]) + para(m, l.event_line) + para(m, l.venue) + para(m, l.paras[1]) +
                                                    para(m, l.paras[2]));
            const std::string with_told = text_of(told);
            CHECK(with_told.find(l.event_line) != std::string::npos);
            CHECK(with_told.find(l.venue) != std::string::npos);
        }
    }
}
