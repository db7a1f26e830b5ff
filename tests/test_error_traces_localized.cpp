// A .NET error as a runtime set to another language prints it, pasted after an article's sentence: the
// exception's type and message, then a frame worded in that language ("bei X.Y() in
// C:\src\Page.cs:Zeile 42", "à … dans …:ligne 42", "в … в …:строка 42").
// Only the English frame ("at … in …:line 42") was read as one; now a frame opened by any short
// word goes when it names a source file with its line label glued and the line's number — the
// shape, not the words. Prose that mentions a method and a file, a count and a file, or a time
// stays. English, German, French, Russian; HTML5, class-less div soup, a table layout. (A call's
// "()" in prose is cut by another pass, so the look-alikes name methods without it.)
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

struct Lang {
    const char* code;
    std::vector<const char*> paras;  // the article; the trace is glued after the second paragraph's text
    const char* trace;
    const char* lookalike;           // a sentence of the article naming a method, a file, a number
};

const std::vector<Lang>& langs() {
    static const std::vector<Lang> all{
        {"en",
         {"The ferry between the two islands runs again after a winter in the shipyard, with a new engine and a wider deck.",
          "On the first crossing the captain counted ninety passengers, most of them pupils going back to the school on the mainland.",
          "The timetable adds an evening boat on Fridays, so that people working in town can be home before dark."},
         "System.InvalidOperationException: Sequence contains no elements. at Harbor.Booking.Seats.Reserve() in C:\\build\\Seats.cs:line 214",
         "The booking office says the method Seats.Reserve in its new system handled 1,200 tickets by 10:30 on Monday."},
        {"de",
         {"Die Fähre zwischen den beiden Inseln fährt nach einem Winter in der Werft wieder, mit neuem Motor und breiterem Deck.",
          "Bei der ersten Überfahrt zählte der Kapitän neunzig Fahrgäste, die meisten davon Schüler auf dem Weg zur Schule auf dem Festland.",
          "Der Fahrplan sieht freitags ein Abendschiff vor, damit Berufstätige aus der Stadt vor Einbruch der Dunkelheit zu Hause sind."},
         "System.InvalidOperationException: Die Sequenz enthält keine Elemente. bei Harbor.Booking.Seats.Reserve() in C:\\build\\Seats.cs:Zeile 214",
         "Laut Buchungsbüro hat die Methode Seats.Reserve bei 1.200 Buchungen in der Datei Seats.cs bis 10:30 Uhr keinen Fehler gemeldet."},
        {"fr",
         {"Le bac entre les deux îles navigue de nouveau après un hiver au chantier naval, avec un moteur neuf et un pont plus large.",
          "Lors de la première traversée, le capitaine a compté quatre-vingt-dix passagers, surtout des élèves qui rentraient au collège du continent.",
          "Les horaires ajoutent un bateau du soir le vendredi, pour que ceux qui travaillent en ville rentrent avant la nuit."},
         "System.InvalidOperationException: La séquence ne contient aucun élément. à Harbor.Booking.Seats.Reserve() dans C:\\build\\Seats.cs:ligne 214",
         "Selon la billetterie, la méthode Seats.Reserve a traité 1 200 billets à 10:30 dans le fichier Seats.cs sans erreur."},
        {"ru",
         {"Паром между двумя островами снова ходит после зимы на верфи, с новым двигателем и более широкой палубой.",
          "В первый рейс капитан насчитал девяносто пассажиров, большинство из них школьники, возвращавшиеся в школу на материке.",
          "В расписании появился вечерний рейс по пятницам, чтобы работающие в городе успевали домой до темноты."},
         "System.InvalidOperationException: Последовательность не содержит элементов. в Harbor.Booking.Seats.Reserve() в C:\\build\\Seats.cs:строка 214",
         "По словам кассы, метод Seats.Reserve в файле Seats.cs обработал 1200 билетов к 10:30 в понедельник."},
    };
    return all;
}

enum class Markup { html5, divs, table };

std::string page(const Lang& l, Markup m, const std::string& second) {
    const std::vector<std::string> ps{l.paras[0], second, l.paras[2]};
    const std::string head = "<!DOCTYPE html><html><head><title>Ferry</title></head><body>";
    std::string body;
    switch (m) {
        case Markup::html5:
            for (const auto& p : ps) body += "<p>" + p + "</p>";
            return head + "<main><article><h1>Ferry</h1>" + body + "</article></main></body></html>";
        case Markup::divs:
            for (const auto& p : ps) body += "<div>" + p + "</div>";
            return head + "<div><div><h1>Ferry</h1>" + body + "</div></div></body></html>";
        case Markup::table:
            for (const auto& p : ps) body += "<tr><td>" + p + "</td></tr>";
            return head + "<table><tr><td><h1>Ferry</h1></td></tr>" + body + "</table></body></html>";
    }
    return {};
}

std::string cleaned(const std::string& input) {
    const Result r = clean(input);
    REQUIRE(r.ok());
    return winnow::test::squeeze(to_text(r.document));
}

}  // namespace

TEST_CASE("a .NET error with its frame worded in the page's language goes, the paragraph stays") {
    for (const Lang& l : langs()) {
        for (Markup m : {Markup::html5, Markup::divs, Markup::table}) {
            CAPTURE(std::string(l.code));
            CAPTURE(static_cast<int>(m));
            const std::string out = cleaned(page(l, m, std::string(l.paras[1]) + " " + l.trace));
            CHECK(out.find("Exception") == std::string::npos);
            CHECK(out.find("Seats.cs") == std::string::npos);
            CHECK(out.find("214") == std::string::npos);
            for (const char* p : l.paras) CHECK(out.find(p) != std::string::npos);
        }
    }
}

TEST_CASE("a sentence naming a method, a file, a count and a time stays whole") {
    for (const Lang& l : langs()) {
        for (Markup m : {Markup::html5, Markup::divs, Markup::table}) {
            CAPTURE(std::string(l.code));
            CAPTURE(static_cast<int>(m));
            const std::string out = cleaned(page(l, m, std::string(l.paras[1]) + " " + l.lookalike));
            CHECK(out.find(l.lookalike) != std::string::npos);
        }
    }
}
