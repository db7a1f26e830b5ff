// A page that sets a blank spacer paragraph after each of its paragraphs leaves one blank block
// between its blocks as its ordinary rhythm, and two around a picture the blocks do not show (an
// image inside an inline <span>). The promo filter reads "two or more blank blocks after a unit"
// as the gap that sets a box off; on such a page two blanks are the page's own spacing, so a
// titled section addressing the reader ("add the app ...") went as a promo box once class names,
// which had taken one spacer away with an empty caption <div>, were gone (perturb all, round
// 57). The gap now counts when it is two more than the page's usual gap between blocks with
// text; a page without spacers keeps the old bar of two.
// English, German, Spanish, Russian; HTML5 semantic tags (markup 1), div soup without class
// names, each block in a <div> of its own (markup 2), a table layout (markup 3).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    const char* title;
    std::vector<std::string> paras;  // four paragraphs of the article
    const char* section_title;
    const char* section;  // addresses the reader, with an action and an offer word
    const char* closing;
};

std::vector<Case> cases() {
    return {
        {"en", "New apps for your garden diary",
         {"Three new apps now work with the garden diary: one for seeds, one for watering and one for the harvest. You can now keep the whole season in the diary, from the first seeds to the last tomatoes.",
          "If you grow tomatoes, you can add the harvest app to the diary and note every basket you pick. Friends who use the harvest app see your baskets in their own diary.",
          "If you travel in summer, the watering app reminds a neighbour when the beds need water, and the diary shows who watered the garden while you were away.",
          "More apps for the garden diary will follow over the season, for flowers, for bees and for the compost heap behind the shed."},
         "Apps bring the diary to life",
         "Add an app to the diary and begin noting the garden as it grows: for example, if you love seeds, add the seed app and the diary keeps every packet you sow.",
         "The garden team will write about the next apps when they are ready."},
        {"de", "Neue Apps für das Gartentagebuch",
         {"Drei neue Apps arbeiten jetzt mit dem Gartentagebuch: eine für Samen, eine für das Gießen und eine für die Ernte. Das ganze Jahr im Garten steht nun im Tagebuch, von den ersten Samen bis zu den letzten Tomaten.",
          "Wer Tomaten zieht, kann die Ernte-App zum Tagebuch hinzufügen und jeden Korb notieren. Freunde mit der Ernte-App sehen die Körbe in ihrem eigenen Tagebuch.",
          "Wer im Sommer verreist, lässt die Gieß-App einen Nachbarn erinnern, wenn die Beete Wasser brauchen, und das Tagebuch zeigt, wer den Garten gegossen hat.",
          "Weitere Apps für das Gartentagebuch folgen im Lauf des Jahres, für Blumen, für Bienen und für den Kompost hinter dem Schuppen."},
         "Apps machen das Tagebuch lebendig",
         "Fügen Sie jetzt eine App zum Tagebuch hinzu und notieren Sie den Garten, wie er wächst: wer Samen liebt, nimmt die Samen-App, und das Tagebuch behält jede Tüte, die Sie säen.",
         "Das Gartenteam schreibt über die nächsten Apps, sobald sie fertig sind."},
        {"es", "Nuevas aplicaciones para el diario del huerto",
         {"Tres aplicaciones nuevas funcionan ya con el diario del huerto: una para las semillas, otra para el riego y otra para la cosecha. Toda la temporada cabe ahora en el diario, de las primeras semillas a los últimos tomates.",
          "Quien cultiva tomates puede añadir la aplicación de cosecha al diario y anotar cada cesta. Los amigos que usan la aplicación de cosecha ven las cestas en su propio diario.",
          "Quien viaja en verano deja que la aplicación de riego avise a un vecino cuando los bancales necesitan agua, y el diario muestra quién regó el huerto.",
          "Llegarán más aplicaciones para el diario del huerto a lo largo de la temporada, para las flores, las abejas y el compost detrás del cobertizo."},
         "Las aplicaciones dan vida al diario",
         "Descarga gratis una aplicación para el diario y empieza a anotar tu huerto mientras crece: si te gustan las semillas, descarga la aplicación de semillas y recibe en tu diario cada sobre que siembras.",
         "El equipo del huerto escribirá sobre las próximas aplicaciones cuando estén listas."},
        {"ru", "Новые приложения для дневника сада",
         {"Три новых приложения теперь работают с дневником сада: одно для семян, одно для полива и одно для урожая. Весь сезон теперь помещается в дневнике, от первых семян до последних помидоров.",
          "Если вы выращиваете помидоры, добавьте приложение урожая в дневник и отмечайте каждую корзину. Друзья с приложением урожая видят ваши корзины в своём дневнике.",
          "Если вы уезжаете летом, приложение полива напомнит соседу, когда грядкам нужна вода, а дневник покажет, кто поливал сад.",
          "Новые приложения для дневника сада появятся в течение сезона: для цветов, для пчёл и для компоста за сараем."},
         "Приложения оживляют дневник",
         "Скачайте бесплатно приложение для дневника и начните отмечать, как растёт сад: если вы любите семена, скачайте приложение семян и читайте в дневнике о каждом пакетике, который вы посеяли.",
         "Команда сада расскажет о следующих приложениях, когда они будут готовы."},
    };
}

const std::string kSpacer = "<p>\u00A0</p>";

// The article; with `spacers`, a blank paragraph after each paragraph (and after the picture
// that follows the section). `after_section`: blank paragraphs right after the section instead
// of the picture and its spacers (-1: the picture).
std::string page(const Case& c, int markup, bool spacers, int after_section = -1) {
    const bool divs = markup == 2;
    auto wrap = [&](const std::string& x) { return divs ? "<div>" + x + "</div>" : x; };
    auto para = [&](const std::string& x) { return wrap("<p>" + x + "</p>") + (spacers ? wrap(kSpacer) : ""); };
    std::string b;
    const std::string nav = "<a href=\"/\">Home</a> <a href=\"/apps\">Apps</a>";
    if (markup == 1) b = "<header><nav>" + nav + "</nav></header><main><article><h1>" + c.title + "</h1>";
    else if (markup == 2) b = "<div><div>" + nav + "</div></div><div><div><div>" + c.title + "</div></div><div>";
    else b = "<table><tr><td>" + nav + "</td></tr><tr><td><h1>" + c.title + "</h1>";
    b += para(c.paras[0]);
    if (markup == 1) b += std::string("<h3>") + c.section_title + "</h3>";
    else if (markup == 2) b += wrap(std::string("<p><strong>") + c.section_title + "</strong></p>");
    else b += std::string("<p><b>") + c.section_title + "</b></p>";
    b += para(c.section);
    if (after_section < 0) {
        b += wrap("<p><span><img src=\"/img/garden.jpg\" alt=\"\"></span></p>") + (spacers ? wrap(kSpacer) : "");
    } else {
        for (int k = 0; k < after_section; ++k) b += wrap(kSpacer);
    }
    for (std::size_t k = 1; k < c.paras.size(); ++k) b += para(c.paras[k]);
    b += para(c.closing);
    if (markup == 1) b += "</article></main><footer><p>© 2012 Garden diary</p></footer>";
    else if (markup == 2) b += "</div></div><div>© 2012 Garden diary</div>";
    else b += "</td></tr><tr><td>© 2012 Garden diary</td></tr></table>";
    return html_page(c.lang, c.title, b);
}

}  // namespace

TEST_CASE("promo: two spacers around a picture on a page that spaces every paragraph are its rhythm, not a box's gap") {
    for (const auto& c : cases())
        for (int markup : {1, 2, 3}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            const std::string out = text_of(page(c, markup, true));
            CHECK(has(out, std::string(c.section).substr(0, 40)));
            CHECK(has(out, c.section_title));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 40)));
        }
}

TEST_CASE("promo: the same section with a gap wider than the page's rhythm, or two blanks on a page without spacers, still goes") {
    for (const auto& c : cases())
        for (int markup : {1, 2, 3}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            const std::string wide = text_of(page(c, markup, true, 3));
            CHECK_FALSE(has(wide, std::string(c.section).substr(0, 40)));
            CHECK(has(wide, c.paras[1].substr(0, 40)));
            const std::string tight = text_of(page(c, markup, false, 2));
            CHECK_FALSE(has(tight, std::string(c.section).substr(0, 40)));
            CHECK(has(tight, c.paras[1].substr(0, 40)));
        }
}
