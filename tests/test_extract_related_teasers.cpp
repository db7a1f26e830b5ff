// A box of teasers after a short article (extract_teaser_entries.cpp, is_teaser_box): each
// entry a picture, a linked headline, a byline and a summary closing on "read more", all
// linking the same story. Such a box went only when it held less text than the core; after a
// short article (or a core that is the short block under the title, the body left to the
// region) its three long summaries outweigh the core, and the box stayed in the article, as
// a sibling gathered beside it or inside the region. It now goes when it holds at most twice
// the rest of the region (a digest's short opening over its entries, the list many times its
// text, keeps them when they fall outside the core). Div soup, HTML5 (<article>, <section>),
// a list of cards; en, de, es, ru.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

struct Lang {
    const char* code;
    std::string title, lead;
    std::vector<std::string> body;
    std::string related, more, by;
    std::vector<std::pair<std::string, std::string>> teasers;
};

const std::vector<Lang> langs = {
    {"en", "Regulator may ask companies to disclose more",
     "The regulator said on Sunday it was weighing a rule that would make listed companies report their political spending to shareholders.",
     {"The proposal, which has drawn more than half a million comments, would be the first change to the disclosure rules in a decade.",
      "Investors have asked for the rule for years, saying they cannot judge the risks a company takes without knowing where its money goes.",
      "Companies that already publish such reports said the cost was small, while business groups argued that the rule would invite lawsuits.",
      "The commission is expected to publish a draft in the autumn, after which the public will have sixty days to comment on it."},
     "Related stories", "Read more", "By Jane Miller",
     {{"Council votes to close the old bridge for two years",
       "The city council voted on Tuesday night to close the old bridge to cars while engineers replace its deck, a decision that followed months of public meetings and a report on the state of its steel beams."},
      {"Harbour plan wins backing from the port authority",
       "The port authority backed the plan to dredge the harbour and build a new quay, saying the work would let larger ships call and bring hundreds of jobs to the town over the next ten years."},
      {"School district adds a fourth year of languages",
       "Pupils in the district will be able to study a foreign language for four years instead of three from next autumn, after the board approved the hiring of six more teachers at its meeting."}}},
    {"de", "Aufsicht will von Firmen mehr Offenlegung verlangen",
     "Die Aufsichtsbehörde prüft nach eigenen Angaben eine Regel, nach der börsennotierte Firmen ihre politischen Ausgaben den Aktionären melden müssten.",
     {"Der Vorschlag, zu dem mehr als eine halbe Million Stellungnahmen eingingen, wäre die erste Änderung der Regeln seit zehn Jahren.",
      "Anleger fordern die Regel seit Jahren und sagen, sie könnten die Risiken einer Firma nicht beurteilen, ohne zu wissen, wohin ihr Geld fließt.",
      "Firmen, die solche Berichte schon veröffentlichen, nannten die Kosten gering, während Verbände vor einer Welle von Klagen warnten.",
      "Die Behörde will im Herbst einen Entwurf vorlegen, zu dem die Öffentlichkeit dann sechzig Tage lang Stellung nehmen kann."},
     "Weitere Artikel", "Weiterlesen", "Von Jana Müller",
     {{"Stadtrat sperrt die alte Brücke für zwei Jahre",
       "Der Stadtrat hat am Dienstagabend beschlossen, die alte Brücke für Autos zu sperren, während die Fahrbahn erneuert wird, nach monatelangen Bürgerversammlungen und einem Gutachten über die Stahlträger."},
      {"Hafenbehörde unterstützt den Ausbau des Hafens",
       "Die Hafenbehörde unterstützt den Plan, das Hafenbecken auszubaggern und einen neuen Kai zu bauen, weil dann größere Schiffe anlegen könnten und in den nächsten zehn Jahren Hunderte Stellen entstünden."},
      {"Schulbezirk führt ein viertes Jahr Fremdsprachen ein",
       "Schüler des Bezirks können ab dem nächsten Herbst vier statt drei Jahre lang eine Fremdsprache lernen, nachdem der Schulrat auf seiner Sitzung die Einstellung von sechs weiteren Lehrern beschlossen hat."}}},
    {"es", "El regulador podría exigir más información a las empresas",
     "El regulador dijo el domingo que estudia una norma que obligaría a las empresas cotizadas a informar a sus accionistas de su gasto político.",
     {"La propuesta, que ha recibido más de medio millón de comentarios, sería el primer cambio en las reglas de información en una década.",
      "Los inversores piden la norma desde hace años y dicen que no pueden juzgar los riesgos de una empresa sin saber adónde va su dinero.",
      "Las empresas que ya publican esos informes dijeron que el coste es pequeño, mientras las patronales advirtieron de una ola de demandas.",
      "Se espera que la comisión publique un borrador en otoño, y el público tendrá entonces sesenta días para presentar comentarios."},
     "Noticias relacionadas", "Leer más", "Por Juana Martín",
     {{"El ayuntamiento cierra el puente viejo durante dos años",
       "El pleno municipal votó el martes por la noche cerrar el puente viejo a los coches mientras los ingenieros sustituyen su tablero, tras meses de reuniones públicas y un informe sobre sus vigas de acero."},
      {"La autoridad portuaria apoya el plan del puerto",
       "La autoridad portuaria respaldó el plan de dragar el puerto y construir un muelle nuevo, y afirmó que las obras permitirán la llegada de barcos mayores y cientos de empleos en los próximos diez años."},
      {"El distrito escolar añade un cuarto año de idiomas",
       "Los alumnos del distrito podrán estudiar una lengua extranjera durante cuatro años en lugar de tres a partir del próximo otoño, después de que el consejo aprobara la contratación de seis profesores más."}}},
    {"ru", "Регулятор может потребовать от компаний больше раскрытия",
     "Регулятор заявил в воскресенье, что рассматривает правило, по которому публичные компании должны сообщать акционерам о своих политических расходах.",
     {"Предложение, по которому поступило более полумиллиона отзывов, стало бы первым изменением правил раскрытия за десять лет.",
      "Инвесторы просят ввести правило уже много лет и говорят, что не могут оценить риски компании, не зная, куда уходят её деньги.",
      "Компании, которые уже публикуют такие отчёты, назвали расходы небольшими, а деловые объединения предупредили о волне исков.",
      "Ожидается, что комиссия опубликует проект осенью, после чего у общества будет шестьдесят дней на отзывы."},
     "Читайте также", "Читать далее", "Анна Миронова",
     {{"Городской совет закрывает старый мост на два года",
       "Городской совет во вторник вечером проголосовал за закрытие старого моста для машин на время замены настила, после многих месяцев общественных слушаний и доклада о состоянии его стальных балок."},
      {"Портовые власти поддержали план расширения гавани",
       "Портовые власти поддержали план углубить гавань и построить новый причал, заявив, что работы позволят принимать более крупные суда и создадут сотни рабочих мест в ближайшие десять лет."},
      {"В школьном округе появится четвёртый год иностранного языка",
       "Со следующей осени ученики округа смогут изучать иностранный язык четыре года вместо трёх, после того как совет на своём заседании одобрил найм ещё шести учителей."}}},
};

enum class Markup { divs, html5, list };

std::string cards(const Lang& l, Markup m, std::size_t count) {
    std::string out;
    for (std::size_t i = 0; i < count; ++i) {
        const auto& [headline, summary] = l.teasers[i % l.teasers.size()];
        const std::string href = "/story/" + std::to_string(i);
        const std::string card = "<a href=\"" + href + "\"><img src=\"/i" + std::to_string(i) + ".jpg\" alt=\"\"></a><h4><a href=\"" + href + "\">" +
                                 headline + "</a></h4><div><a href=\"/author/" + std::to_string(i) + "\">" + l.by + "</a></div><p>" + summary +
                                 " <a href=\"" + href + "\">" + l.more + "</a></p>";
        out += m == Markup::list ? "<li>" + card + "</li>" : m == Markup::html5 ? "<article>" + card + "</article>" : "<div>" + card + "</div>";
    }
    return m == Markup::list ? "<ul>" + out + "</ul>" : out;
}

std::string page(const Lang& l, Markup m, const std::vector<std::string>& body, std::size_t teasers) {
    std::string first, second;
    for (std::size_t i = 0; i < body.size(); ++i) (i < body.size() / 2 ? first : second) += "<p>" + body[i] + "</p>";
    std::string nav;
    for (int i = 0; i < 8; ++i) nav += "<li><a href=\"/s" + std::to_string(i) + "\">Section " + std::to_string(i) + "</a></li>";
    const std::string lead = "<div><div><iframe src=\"/video\"></iframe></div><div>" + l.lead + "</div></div>";
    const std::string related_head = "<h4>" + l.related + "</h4>";
    std::string post;
    if (m == Markup::html5)
        post = "<main><article><h1>" + l.title + "</h1>" + lead + "<div>" + first + "</div><figure><img src=\"/f.jpg\"></figure><div>" + second +
               "</div></article><section>" + related_head + cards(l, m, teasers) + "</section></main>";
    else
        post = "<div><div><h1>" + l.title + "</h1>" + lead + "<div>" + first + "</div><div><img src=\"/f.jpg\"></div><div>" + second +
               "</div></div><div><div>" + related_head + cards(l, m, teasers) + "</div></div></div>";
    return winnow::test::html_page(l.code, l.title.c_str(), "<div><ul>" + nav + "</ul></div>" + post);
}

}  // namespace

TEST_CASE("related stories after a short article go, though they outweigh its core") {
    for (const auto& l : langs)
        for (Markup m : {Markup::divs, Markup::html5, Markup::list}) {
            CAPTURE(l.code);
            CAPTURE(static_cast<int>(m));
            const std::string out = text_of(page(l, m, l.body, 3));
            for (const auto& p : l.body) CHECK_MESSAGE(has(out, p), out);
            for (const auto& [headline, summary] : l.teasers) {
                CHECK_FALSE_MESSAGE(has(out, headline), out);
                CHECK_FALSE_MESSAGE(has(out, summary), out);
            }
        }
}
