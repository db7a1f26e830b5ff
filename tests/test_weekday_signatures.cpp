// Weekdays outside English (date_words.cpp's weekday table, weekday_in_line.cpp): a readers'
// post signed "Anna Maria Schmidt, Montag, 3. März 2025" and a dateline "понедельник, 3 марта
// 2025" under the title read as their English twins ("Jane Mary Roe, Monday, 3 March 2025"):
// name and date, not a line of other words. Class and id names are hashes.
// de, fr, es, it, pt, nl, pl, ru, ja; posts as sibling pairs, as boxes, and as table rows.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    std::vector<std::string> signatures;  // three posts' signatures, each with a weekday
};

std::vector<Case> cases() {
    return {
        {"en", {"Jane Mary Roe, Monday, 3 March 2025", "Owen James Hart, Tuesday, 4 March 2025", "Priya Devi Shah, Thursday, 6 March 2025"}},
        {"de", {"Anna Maria Schmidt, Montag, 3. März 2025", "Lukas Peter Berg, Dienstag, 4. März 2025", "Mira Sophie Hahn, Donnerstag, 6. März 2025"}},
        {"fr", {"Claire Anne Dubois, lundi 3 mars 2025", "Hugo Paul Martin, mardi 4 mars 2025", "Inès Marie Petit, jeudi 6 mars 2025"}},
        {"es", {"Lucía María Pérez, lunes 3 de marzo de 2025", "Pablo José Ruiz, martes 4 de marzo de 2025", "Marta Isabel Gil, jueves 6 de marzo de 2025"}},
        {"it", {"Giulia Maria Neri, lunedì 3 marzo 2025", "Marco Luca Riva, martedì 4 marzo 2025", "Sara Chiara Costa, giovedì 6 marzo 2025"}},
        {"pt", {"João Pedro Lima, segunda-feira, 3 de março de 2025", "Ana Rita Reis, terça-feira, 4 de março de 2025", "Rui Miguel Melo, quinta-feira, 6 de março de 2025"}},
        {"nl", {"Sanne Marie Visser, maandag 3 maart 2025", "Joost Jan Bakker, dinsdag 4 maart 2025", "Eva Anna Smit, donderdag 6 maart 2025"}},
        {"pl", {"Tomasz Jan Nowak, poniedziałek, 3 marca 2025", "Anna Maria Wójcik, wtorek, 4 marca 2025", "Piotr Adam Zając, czwartek, 6 marca 2025"}},
        {"ru", {"Иван Сергеевич Петров, понедельник, 3 марта 2025", "Анна Павловна Иванова, вторник, 4 марта 2025", "Олег Ильич Смирнов, четверг, 6 марта 2025"}},
        {"ja", {"投稿者 山田花子 2025/03/03(月曜日)", "投稿者 佐藤健 2025/03/04(火曜日)", "投稿者 鈴木一郎 2025/03/06(木曜日)"}},
    };
}

const std::vector<std::string> kParas{
    "Leaving the beds alone for a season lets the fungi that bind the soil recover, and the worms return once the ground stops being turned every spring.",
    "We measured the organic matter in six plots over three years and found that the untouched ones gained almost twice as much as the dug ones did.",
    "The lesson is not that digging is wrong, but that the soil needs long pauses, and a gardener who waits is rewarded with a crumbly and dark earth.",
    "Next year we will repeat the count with two more plots, one under straw and one under a living cover of clover, and publish the figures here."};
const std::vector<std::string> kPosts{
    "This matches what I saw in my own allotment after a year of leaving it under straw and cardboard, the soil was darker.",
    "Thanks for writing this up. I had a setback with slugs when I stopped digging, so I am curious how you handled them.",
    "Did you test the plots for compaction as well? Mine got harder underfoot during the first wet winter without digging."};

enum class Markup { pairs, boxes, table };

std::string page(const Case& c, Markup m) {
    std::string body = "<div class=\"m4k2x\"><div class=\"q8x2kd\">";
    if (m != Markup::pairs) body += "<div><a href=\"/a/prev\">&laquo; prev</a> | <a href=\"/\">home</a></div>";
    body += "<h2 class=\"r8m9j\">Slow gardens grow better soil</h2>";
    for (const auto& p : kParas) body += "<p>" + p + "</p>";
    body += "<p class=\"t0h6\"><a href=\"/t/soil\">soil</a>, <a href=\"/t/garden\">garden</a></p><h2 class=\"p3vx\">Comments</h2>";
    if (m == Markup::table) body += "<table>";
    for (std::size_t i = 0; i < kPosts.size(); ++i) {
        const std::string n = std::to_string(i + 1), &s = c.signatures[i];
        if (m == Markup::pairs)
            body += "<div id=\"k" + n + "x9\"><p>" + kPosts[i] + "</p></div><p class=\"plx3t\">" + s + "</p>";
        else if (m == Markup::boxes)
            body += "<div id=\"k" + n + "x9\"><div class=\"d7cp\"><p>" + kPosts[i] + "</p><p class=\"k1h2\">" + s + "</p></div></div>";
        else
            body += "<tr id=\"k" + n + "x9\"><td><p>" + kPosts[i] + "</p><p class=\"k1h2\">" + s + "</p></td></tr>";
    }
    if (m == Markup::table) body += "</table>";
    body += "<h2>&#9998;</h2><p><small>&#9993; &#8594; <a href=\"/rules\">&#167;</a></small></p>";
    return html_page(c.lang, "Slow gardens grow better soil", body + "</div></div><div class=\"f0x1\"><a href=\"/\">&copy;</a></div>");
}

}  // namespace

TEST_CASE("readers' posts signed with a weekday are posts in every language, as in English") {
    for (const auto& c : cases())
        for (const Markup m : {Markup::pairs, Markup::boxes, Markup::table}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(static_cast<int>(m));
            const std::string out = text_of(page(c, m));
            for (const auto& p : kParas) CHECK(has(out, p.substr(0, 40)));
            for (const auto& s : c.signatures) CHECK_FALSE(has(out, s));
            for (const auto& p : kPosts) CHECK_FALSE(has(out, p.substr(0, 30)));
        }
}

TEST_CASE("a byline of a name and a date with a weekday under the title is no article text") {
    for (const auto& c : cases()) {
        CAPTURE(std::string(c.lang));
        std::string body = "<main><article><h1>Slow gardens</h1><p>" + c.signatures[0] + "</p>";
        for (std::size_t i = 0; i < 3; ++i) body += "<p>" + kParas[i] + "</p>";
        const std::string out = text_of(html_page(c.lang, "Slow gardens", body + "</article></main>"));
        for (std::size_t i = 0; i < 3; ++i) CHECK(has(out, kParas[i].substr(0, 40)));
        CHECK_FALSE(has(out, c.signatures[0]));
    }
}

TEST_CASE("a signer whose surname is a weekday's name keeps the line a name line") {
    // "Sonntag" and "Domingo" are surnames too: beside a given name they are its part, so the
    // line holds four other words and is read as text, as "Anna Maria Sunday ..." would be.
    std::string body = "<main><article><h1>Slow gardens</h1>";
    for (std::size_t i = 0; i < 3; ++i) body += "<p>" + kParas[i] + "</p>";
    body += "<p>Anna Maria Sonntag Weber, 3. März 2025</p></article></main>";
    CHECK(has(text_of(html_page("de", "Slow gardens", body)), "Anna Maria Sonntag Weber"));
}

TEST_CASE("an event's date in a table of labelled facts is one of its facts, not a dateline") {
    // Its weekday makes the French line a date line as the English one was already; beside two
    // labelled rows that are no dates it is the event's date (as in a list of "Label: value").
    struct Event {
        const char* lang;
        std::string date, place, price;
    };
    const std::vector<Event> events{
        {"en", "Friday 21 June 2024, from 5 pm to midnight", "Public garden, gate on Hugo Street", "free"},
        {"fr", "vendredi 21 juin 2024, de 17 h à minuit", "Jardin public, entrée rue Victor-Hugo", "gratuit"},
        {"de", "Freitag, 21. Juni 2024, von 17 Uhr bis Mitternacht", "Stadtpark, Eingang Hugostraße", "frei"},
        {"es", "viernes 21 de junio de 2024, de 17 h a medianoche", "Jardín público, entrada calle Hugo", "gratis"},
    };
    for (const auto& e : events) {
        CAPTURE(std::string(e.lang));
        const std::string body = "<main><h1>T</h1><table><tr><th>1</th><td>" + e.date + "</td></tr><tr><th>2</th><td>" + e.place +
                                 "</td></tr><tr><th>3</th><td>" + e.price + "</td></tr></table><p>" + kParas[0] + "</p><p>" + kParas[1] +
                                 "</p></main>";
        std::string labelled = body;
        for (const auto& [from, to] : {std::pair<std::string, std::string>{"<th>1</th>", "<th>Date</th>"},
                                       {"<th>2</th>", "<th>Place</th>"}, {"<th>3</th>", "<th>Price</th>"}})
            labelled.replace(labelled.find(from), from.size(), to);
        const std::string kept = text_of(html_page(e.lang, "T", labelled));
        CHECK(has(kept, e.date));
        CHECK(has(kept, e.place));
    }
}
