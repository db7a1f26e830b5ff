// A note set apart by its sign (recall round 48). The article's prose marks a statement with a
// note sign right after a word, unlinked ("…at no extra charge.*", "…bis 2026†"), and a short
// paragraph opened by the same sign gives the note ("* Rates for each country …"). The note is
// the article's text even when it is one link as a whole (to the table it speaks of) or the
// article's last line: a link block's or an edge line's shape does not make it chrome. A linked
// line opened by a sign the prose never uses as a mark (a box's "* Terms apply"), and a sign the
// prose uses only as emphasis ("**new**") or arithmetic ("2*3"), keep no such line.
// English, German, French, Spanish; <p><a>, <p><font><a> (old markup), <div> and <p> without
// link, sign * and †.
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
    std::string paras[3];  // paras[1] carries the mark
    std::string note;      // opened by the sign
    const char* wrap;      // "p-a", "font", "div-a"
};

std::vector<Case> cases() {
    return {
        {"en", "Three calling plans compared",
         {"Our most popular calling plan is the evening plan, best for people who make more than two hours of long distance calls every month and like to talk after work.",
          "The day plan suits people who call between one and two hours a month. Discount international rates are included at no extra charge.* Rates inside the state vary.",
          "The basic plan is for people who use very little long distance, an hour or less a month, and who seldom call friends or family abroad."},
         "* See the rates for each country under the evening and day plans.",
         "p-a"},
        {"de", "Drei Tarife im Vergleich",
         {"Unser beliebtester Tarif ist der Abendtarif, gedacht für alle, die im Monat mehr als zwei Stunden Ferngespräche führen und am liebsten nach Feierabend telefonieren.",
          "Der Tagestarif passt für ein bis zwei Stunden im Monat. Günstige Auslandsgespräche sind ohne Aufpreis enthalten.* Inlandspreise unterscheiden sich je nach Region.",
          "Der Grundtarif ist für alle, die kaum Ferngespräche führen, höchstens eine Stunde im Monat, und selten Freunde oder Verwandte im Ausland anrufen."},
         "* Die Preise für jedes Land finden Sie in unserer Tabelle. Auslandsgespräche werden im Minutentakt abgerechnet.",
         "font"},
        {"fr", "Le musée rouvre ses salles",
         {"Après deux ans de travaux, le musée de la ville rouvre ce samedi ses salles consacrées à la peinture du dix-neuvième siècle, entièrement repeintes et mieux éclairées.",
          "L'entrée reste gratuite pour les moins de vingt-six ans jusqu'à la fin de l'année†, et une visite guidée partira chaque matin à dix heures depuis le grand hall.",
          "Les collections de sculpture, encore en restauration, ne seront visibles qu'au printemps prochain, selon la direction du musée."},
         "\u2020 Sur présentation d'une pièce d'identité, voir les conditions détaillées sur la page des tarifs.",
         "div-a"},
        {"es", "Tres tarifas de teléfono comparadas",
         {"Nuestra tarifa más popular es la de noche, pensada para quienes hablan más de dos horas al mes en llamadas de larga distancia, sobre todo después del trabajo.",
          "La tarifa de día sirve para una o dos horas al mes. Las llamadas internacionales con descuento van incluidas sin coste adicional.* Los precios nacionales varían.",
          "La tarifa básica es para quien casi no hace llamadas de larga distancia, una hora al mes o menos, y rara vez llama al extranjero."},
         "* Consulte las tarifas de cada país con los planes de noche y de día.",
         "p-a"},
    };
}

std::string note_markup(const std::string& note, const char* wrap) {
    const std::string a = "<a href=\"/rates/international\">" + note + "</a>";
    if (std::string(wrap) == "font") return "<p><font size=\"1\" face=\"Arial\">" + a + "</font></p>";
    if (std::string(wrap) == "div-a") return "<div>" + a + "</div>";
    return "<p>" + a + "</p>";
}

std::string page(const Case& c, const std::string& note_html) {
    std::string body = std::string("<div id=\"main\"><h1>") + c.title + "</h1>";
    for (const auto& p : c.paras) body += "<p>" + p + "</p>";
    body += note_html + "</div>";
    body += "<div id=\"foot\"><a href=\"/\">Home</a> | <a href=\"/about\">About</a> | <a href=\"/contact\">Contact</a></div>";
    return html_page(c.lang, c.title, body);
}

// The prose with its marks taken out: the sign used as emphasis or arithmetic only.
std::string unmarked(std::string p) {
    for (const std::string sign : {std::string("*"), std::string("\u2020")}) {
        for (std::size_t at = p.find(sign); at != std::string::npos; at = p.find(sign, at)) p.erase(at, sign.size());
    }
    return p;
}

}  // namespace

TEST_CASE("a note opened by the sign the article's prose marks is the article's, linked or last") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        CAPTURE(std::string(c.wrap));
        const std::string out = text_of(page(c, note_markup(c.note, c.wrap)));
        for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 40)));
        CHECK(has(out, c.note.substr(c.note.find(' ') + 1, 40)));
    }
}

TEST_CASE("a linked line opened by a sign the prose never marks with stays chrome") {
    for (auto c : cases()) {
        CAPTURE(std::string(c.lang));
        c.paras[1] = unmarked(c.paras[1]);
        const std::string out = text_of(page(c, note_markup(c.note, c.wrap)));
        for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 40)));
        CHECK_FALSE(has(out, c.note.substr(c.note.find(' ') + 1, 40)));
    }
}

TEST_CASE("a sign as emphasis or arithmetic in the prose is no note mark") {
    for (auto c : cases()) {
        CAPTURE(std::string(c.lang));
        const std::string plain = unmarked(c.paras[1]);
        // "**2*3**": the sign doubled, and between two digits.
        c.paras[1] = plain.substr(0, 40) + " **2*3** " + plain.substr(40);
        const std::string out = text_of(page(c, note_markup(c.note, c.wrap)));
        CHECK_FALSE(has(out, c.note.substr(c.note.find(' ') + 1, 40)));
    }
}
