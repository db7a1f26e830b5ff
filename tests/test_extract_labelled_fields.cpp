// The fields of an article's record (recall round 48). A lesson plan, a project sheet or a
// chronology writes its parts as paragraphs each opened by a bold label ("<b>Materials</b> …",
// "<b>Web sites</b> …", "<b>Keywords</b> …"). In a run of three or more such paragraphs where
// at least one field is told in prose, the field whose value is links ("<b>Web sites</b>
// <a>…</a>; <a>…</a>") is the record's too, not a block of links. Alone after the prose (a
// "Related" line), or in a run of labelled link lines with no prose value (tags, categories),
// the links stay chrome.
// English, German, Spanish, Polish; <p><b>, <p><strong>, and <p><font><b><font> old markup.
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
    std::string intro;       // the article's opening paragraph
    std::string fields[4];   // label, value: fields[0..1] prose, then the links' field, then a short one
    std::string values[4];
    std::string links[2];    // the link field's two link texts
    const char* markup;      // "b", "strong", "font"
};

std::vector<Case> cases() {
    return {
        {"en", "Deaf leaders in our community",
         "Students research the lives of deaf leaders in their own town, interview them when they can, and present what they learned to their classmates and families at an evening event.",
         {"Software or Materials Used", "Final Words", "Web Sites", "Keywords"},
         {"For the short biographies, photos and slide shows the class used a word processor, a digital camera and mounting and framing supplies from the art room.",
          "This project is wonderful for letting students choose and present role models who share their culture, and they take real pride in the finished displays.",
          "", "Service learning, careers, leadership, role models."},
         {"Visits with deaf Americans: a collection", "Your gateway to the deaf community"},
         "font"},
        {"de", "Unser Schulgarten im Jahreslauf",
         "Die Klasse legt im Frühjahr ein Beet an, pflegt es über den Sommer und erntet im Herbst, und jede Gruppe führt dazu ein Gartentagebuch mit Zeichnungen und Messungen.",
         {"Benötigte Materialien", "Erfahrungen", "Weiterführende Seiten", "Stichwörter"},
         {"Saatgut, Gießkannen, kleine Schaufeln, ein Thermometer und für jede Gruppe ein Heft, in das die Kinder jede Woche Wetter, Wachstum und Beobachtungen eintragen.",
          "Die Kinder übernehmen gern Verantwortung für ihr Beet, und am Erntefest waren die Eltern erstaunt, wie viel sie über Boden, Wasser und Pflanzen wussten.",
          "", "Garten, Natur, Jahreszeiten, Verantwortung."},
         {"Gärtnern mit Kindern: Ideen für jede Jahreszeit", "Das Netzwerk der Schulgärten"},
         "strong"},
        {"es", "Un huerto escolar durante todo el año",
         "La clase prepara un bancal en primavera, lo cuida durante el verano y cosecha en otoño, y cada grupo lleva un diario del huerto con dibujos, fotos y mediciones.",
         {"Materiales necesarios", "Conclusiones", "Sitios web", "Palabras clave"},
         {"Semillas, regaderas, palas pequeñas, un termómetro y un cuaderno por grupo, donde los niños apuntan cada semana el tiempo, el crecimiento y lo que observan.",
          "Los niños asumen con gusto la responsabilidad de su bancal, y en la fiesta de la cosecha las familias se sorprendieron de todo lo que sabían del suelo y del agua.",
          "", "Huerto, naturaleza, estaciones, responsabilidad."},
         {"Cultivar con niños: ideas para cada estación", "La red de huertos escolares"},
         "b"},
        {"pl", "Szkolny ogród przez cały rok",
         "Klasa zakłada wiosną grządkę, pielęgnuje ją przez lato i zbiera plony jesienią, a każda grupa prowadzi dziennik ogrodu z rysunkami, zdjęciami i pomiarami.",
         {"Potrzebne materiały", "Wnioski", "Strony internetowe", "Słowa kluczowe"},
         {"Nasiona, konewki, małe łopatki, termometr i zeszyt dla każdej grupy, w którym dzieci co tydzień zapisują pogodę, wzrost roślin i swoje obserwacje z ogrodu.",
          "Dzieci chętnie biorą odpowiedzialność za swoją grządkę, a na święcie plonów rodzice byli zaskoczeni, ile wiedzą o glebie, wodzie i roślinach w ogrodzie.",
          "", "Ogród, przyroda, pory roku, odpowiedzialność."},
         {"Ogrodnictwo z dziećmi: pomysły na każdą porę roku", "Sieć szkolnych ogrodów"},
         "b"},
    };
}

std::string field(const char* markup, const std::string& label, const std::string& value) {
    const std::string m(markup);
    if (m == "font")
        return "<p><font face=\"Times\"><b><font color=\"#FF0000\">" + label + "</font></b> <font color=\"#009999\">" +
               value + "</font></font></p>";
    return "<p><" + m + ">" + label + "</" + m + "> " + value + "</p>";
}

std::string link_value(const Case& c) {
    return "<a href=\"http://example.org/collection/\">" + c.links[0] + "</a>; <a href=\"http://example.net/\">" + c.links[1] +
           "</a>.";
}

std::string page(const Case& c, const std::string& fields_html) {
    const std::string body = std::string("<div id=\"content\"><h1>") + c.title + "</h1><p>" + c.intro + "</p>" + fields_html +
                             "</div><div id=\"foot\"><a href=\"/\">Home</a> | <a href=\"/lessons\">Lessons</a></div>";
    return html_page(c.lang, c.title, body);
}

}  // namespace

TEST_CASE("a field of links in a run of labelled paragraphs is the record's") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        std::string fields;
        for (int i = 0; i < 4; ++i) fields += field(c.markup, c.fields[i], i == 2 ? link_value(c) : c.values[i]);
        const std::string out = text_of(page(c, fields));
        CHECK(has(out, c.intro.substr(0, 40)));
        CHECK(has(out, c.values[0].substr(0, 40)));
        CHECK(has(out, c.links[0]));
        CHECK(has(out, c.links[1]));
    }
}

TEST_CASE("a labelled line of links alone after the prose stays chrome") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        const std::string fields = "<p>" + c.values[0] + "</p><p>" + c.values[1] + "</p>" + field(c.markup, c.fields[2], link_value(c));
        const std::string out = text_of(page(c, fields));
        CHECK(has(out, c.values[1].substr(0, 40)));
        CHECK_FALSE(has(out, c.links[0]));
    }
}

TEST_CASE("a run of labelled link lines with no field in prose stays chrome") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        std::string fields = "<p>" + c.values[0] + "</p><p>" + c.values[1] + "</p>";
        for (int i = 0; i < 3; ++i) fields += field(c.markup, c.fields[i], link_value(c));
        const std::string out = text_of(page(c, fields));
        CHECK(has(out, c.values[1].substr(0, 40)));
        CHECK_FALSE(has(out, c.links[0]));
    }
}
