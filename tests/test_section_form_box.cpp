// A section of the article (a heading and its paragraphs) that a form's box stood in (a
// newsletter sign-up with its field and button between the paragraphs) went whole: the prune
// stage takes the small form's box, and extraction then read the section, short past the
// title and holding a form with a button, as a reply form's notes. Two paragraphs of prose
// beside the form's box make the section the article's; the box alone is the form's.
// English, German, Spanish, Russian; <section>, class-less <div>s, a table cell. A reply
// form's own box (a heading, its notes, the form) still goes.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

std::string text_of(const std::string& html) {
    const Result r = clean(html);
    return winnow::test::squeeze(to_text(r.document));
}

enum class Markup { section, divs, table };

struct Case {
    const char* lang;
    std::vector<std::string> prose;  // lead, lead, section heading, section x2, closing heading, closing
    const char* box_heading;
    const char* box_text;
    const char* button;
};

std::string page(const Case& c, Markup m) {
    const auto& p = c.prose;
    const std::string box = "<div><h3>" + std::string(c.box_heading) + "</h3><p>" + c.box_text +
                            "</p><form action=\"/s\"><input type=\"email\" name=\"e\"><button>" + c.button +
                            "</button></form></div>";
    const std::string open = m == Markup::section ? "<section>" : "<div>";
    const std::string close = m == Markup::section ? "</section>" : "</div>";
    std::string body = "<h1>" + p[2] + " " + p[5] + "</h1><p>" + p[0] + "</p><p>" + p[1] + "</p>" + open + "<h2>" + p[2] +
                       "</h2><p>" + p[3] + "</p>" + box + "<p>" + p[4] + "</p>" + close + open + "<h2>" + p[5] +
                       "</h2><p>" + p[6] + "</p>" + close;
    std::string html = "<!DOCTYPE html><html lang=\"" + std::string(c.lang) + "\"><head><title>" + p[2] + "</title></head><body>";
    if (m == Markup::section) html += "<article>" + body + "</article>";
    else if (m == Markup::divs) html += "<div><div>" + body + "</div></div>";
    else html += "<table><tr><td>Menu</td><td>" + body + "</td></tr></table>";
    return html + "</body></html>";
}

const std::vector<Case> kCases = {
    {"en",
     {"Tomatoes are among the easiest plants to grow in containers, as long as they get six hours of sun every day.",
      "Choose a pot of at least twenty litres, because the roots need room and a small pot dries out within hours.",
      "Watering and feeding",
      "Water deeply in the morning so the soil stays moist through the afternoon heat, and keep the leaves dry.",
      "Once the first flowers open, feed the plants every two weeks with a liquid fertiliser rich in potassium.",
      "Harvest",
      "Pick the fruit when it is fully coloured and slightly soft, and leave a few on the plant for the best flavour."},
     "Join our newsletter", "Sign up for free tips every week, delivered straight to your inbox.", "Subscribe"},
    {"de",
     {"Tomaten gehören zu den einfachsten Pflanzen für Kübel, solange sie jeden Tag sechs Stunden Sonne bekommen.",
      "Wählen Sie einen Topf mit mindestens zwanzig Litern, denn die Wurzeln brauchen Platz und Erde trocknet schnell.",
      "Gießen und Düngen",
      "Gießen Sie morgens gründlich, damit die Erde die Hitze des Nachmittags übersteht, und halten Sie die Blätter trocken.",
      "Sobald sich die ersten Blüten öffnen, düngen Sie alle zwei Wochen mit einem Flüssigdünger mit viel Kalium.",
      "Ernte",
      "Pflücken Sie die Früchte, wenn sie ganz gefärbt und leicht weich sind, dann schmecken sie am besten."},
     "Unser Newsletter", "Jede Woche kostenlose Tipps direkt in Ihr Postfach.", "Abonnieren"},
    {"es",
     {"Los tomates están entre las plantas más fáciles de cultivar en macetas, siempre que reciban seis horas de sol.",
      "Elija una maceta de al menos veinte litros, porque las raíces necesitan espacio y la tierra se seca muy rápido.",
      "Riego y abono",
      "Riegue a fondo por la mañana para que la tierra aguante el calor de la tarde, y mantenga secas las hojas.",
      "Cuando se abran las primeras flores, abone cada dos semanas con un fertilizante líquido rico en potasio.",
      "Cosecha",
      "Recoja los frutos cuando estén bien coloreados y algo blandos, así tendrán el mejor sabor posible."},
     "Nuestro boletín", "Reciba consejos gratis cada semana en su correo.", "Suscribirse"},
    {"ru",
     {"Помидоры относятся к самым простым растениям для выращивания в горшках, если им хватает шести часов солнца.",
      "Выбирайте горшок не меньше двадцати литров, потому что корням нужно место, а маленький горшок быстро сохнет.",
      "Полив и подкормка",
      "Поливайте обильно утром, чтобы земля выдержала дневную жару, и старайтесь не мочить листья растений.",
      "Когда раскроются первые цветки, подкармливайте кусты раз в две недели жидким удобрением с калием.",
      "Урожай",
      "Снимайте плоды, когда они полностью окрасились и стали чуть мягкими, тогда вкус будет лучшим."},
     "Наша рассылка", "Бесплатные советы каждую неделю прямо на вашу почту.", "Подписаться"},
};

}  // namespace

TEST_CASE("a section that a form's box stood in stays without the box, in any language and markup") {
    for (const Case& c : kCases)
        for (Markup m : {Markup::section, Markup::divs, Markup::table}) {
            const std::string out = text_of(page(c, m));
            INFO(std::string(c.lang) << " markup " << static_cast<int>(m) << "\n" << out);
            CHECK(out.find(c.prose[3]) != std::string::npos);
            CHECK(out.find(c.prose[4]) != std::string::npos);
            CHECK(out.find(c.prose[6]) != std::string::npos);
            CHECK(out.find(c.box_text) == std::string::npos);
        }
}

TEST_CASE("a reply form's own box still goes") {
    const Case& c = kCases[0];
    const std::string html =
        "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body><article><h1>Harvest time</h1><p>" + c.prose[0] +
        "</p><p>" + c.prose[1] + "</p><p>" + c.prose[3] + "</p></article><div><h3>Leave a reply</h3><form action=\"/c\"><p>"
        "Your email address will not be published.</p><textarea name=\"c\"></textarea><button>Post comment</button></form>"
        "</div></body></html>";
    const std::string out = text_of(html);
    INFO(out);
    CHECK(out.find("Leave a reply") == std::string::npos);
    CHECK(out.find(c.prose[3]) != std::string::npos);
}
