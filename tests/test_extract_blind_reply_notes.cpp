// A reply form's heading and notes, their form's controls taken by the prune stage, are no part
// of the post (class-blind round 44). Class names here are hashes, as a CSS toolchain writes
// them. After the post's paragraphs, still in its body, come the boxes a comment form leaves: a
// heading over the notes ("your address is not published") beside a form of buttons only (a
// preview's confirmation: post or edit what was typed elsewhere, no <textarea> in it). The
// boxes that held a form with a button to send go; the post stays.
// English, Spanish, Czech.
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
    std::string paras[3];
    std::string heading, note, confirm;
};

std::vector<Case> cases() {
    return {
        {"en", "The river crossing reopens on Monday",
         {"After eight months of repairs, delays and two changes of contractor, the old iron bridge over the river will carry cars again from Monday morning, the council said.",
          "Cyclists and walkers, who kept a narrow lane during the works, will get a wider path on the east side, with new lights, a rail and benches at both ends.",
          "The bus routes that were sent round by the ring road, adding twenty minutes to each trip, will return to the bridge in the first week of next month."},
         "Tell us what you think", "Your address stays private, and the fields marked with a star must be filled in.",
         "This is how your words will look. They are not sent until you press the button again."},
        {"es", "El puente sobre el río reabre el lunes",
         {"Tras ocho meses de obras, retrasos y dos cambios de constructora, el viejo puente de hierro sobre el río volverá a llevar coches desde el lunes por la mañana, dijo el ayuntamiento.",
          "Ciclistas y peatones, que durante las obras tenían un carril estrecho, tendrán un paso más ancho en el lado este, con nuevas luces, barandilla y bancos.",
          "Las líneas de autobús desviadas por la circunvalación, con veinte minutos más en cada viaje, volverán al puente en la primera semana del mes próximo."},
         "Cuéntanos qué piensas", "Tu dirección no se publica, y los campos marcados con una estrella son obligatorios.",
         "Así se verá lo que escribiste. No se envía hasta que pulses el botón otra vez."},
        {"cs", "Most přes řeku se v pondělí znovu otevře",
         {"Po osmi měsících oprav, zpoždění a dvou změnách dodavatele bude starý železný most přes řeku od pondělního rána znovu sloužit autům, oznámila radnice.",
          "Cyklisté a chodci, kteří měli během prací úzký pruh, dostanou na východní straně širší cestu s novými světly, zábradlím a lavičkami na obou koncích.",
          "Autobusové linky odkloněné na obchvat, které každou jízdu prodloužily o dvacet minut, se na most vrátí v prvním týdnu příštího měsíce."},
         "Napište nám svůj názor", "Vaše adresa se nezveřejní a pole označená hvězdičkou jsou povinná.",
         "Takto bude váš text vypadat. Neodešle se, dokud znovu nestisknete tlačítko."},
    };
}

std::string page(const Case& c) {
    std::string body = std::string("<div class=\"w9k2\"><div class=\"a7x3\"><h2 class=\"r8m9j\">") + c.title + "</h2><div class=\"b4n8\">";
    for (const auto& p : c.paras) body += "<p>" + p + "</p>";
    body += "<div class=\"k5r\"><h3 class=\"j2\">" + c.heading + "</h3><p>" + c.note +
            "</p><form method=\"post\" action=\"/send\"><input type=\"submit\" value=\"&#10003;\"></form></div>";
    body += "<div class=\"y7q\"><p>" + c.confirm +
            "</p><form method=\"post\"><input type=\"submit\" name=\"post\" value=\"&#10148;\"><input type=\"submit\" name=\"edit\" value=\"&#9998;\"></form></div>";
    return html_page(c.lang, c.title, body + "</div></div></div><div class=\"f0x1\"><a href=\"/\">&copy;</a></div>");
}

}  // namespace

TEST_CASE("class-blind: a reply form's heading and notes, its buttons gone, are no part of the post") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        const std::string out = text_of(page(c));
        for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 30)));
        CHECK_FALSE(has(out, c.heading));
        CHECK_FALSE(has(out, c.note.substr(0, 30)));
        CHECK_FALSE(has(out, c.confirm.substr(0, 30)));
    }
}
