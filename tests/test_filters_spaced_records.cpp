// Garbage filter, records in a text format whose `name: value` pairs are parted by spaces alone
// (filters/machine_records.cpp): a protocol buffer's text form or a config dump, with its
// message's name and braces ("msg { id: 7 slug: "a" flags: 0x1f }"), glued to the end of a
// sentence, inside one, or as a paragraph of its own, in four languages and through pages of three
// markups. Look-alikes stay: schedules, spec lines, labels with their sentences, two pairs, and
// a record whose names the document explains. On the base (d796075) every debris check failed.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"
#include "filter_test_util.hpp"
#include "filters/filters.hpp"

using namespace winnow;
using winnow::test::garbage_filtered;
using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {
const std::string kEn = "The ferry to the island now runs twice a day in summer and once in winter.";
const std::string kDe = "Die F\u00e4hre zur Insel f\u00e4hrt im Sommer zweimal und im Winter einmal am Tag.";
const std::string kPl = "Prom na wysp\u0119 kursuje latem dwa razy dziennie, a zim\u0105 raz.";
const std::string kJa = "\u5CF6\u3078\u306E\u30D5\u30A7\u30EA\u30FC\u306F\u590F\u306B\u306F\u4E00\u65E5\u4E8C\u56DE\u904B\u822A\u3057\u3066\u3044\u308B\u3002";
}  // namespace

TEST_CASE("spaced records: a text-format record goes at a sentence's end, inside one, or alone") {
    CHECK(garbage_filtered("The new timetable starts in May. trip { id: 40213 route: \"north\" flags: 0x1c }", kEn) ==
          "The new timetable starts in May.");
    CHECK(garbage_filtered("Der neue Fahrplan gilt ab Mai vessel { imo: 9321483 name: \"wyspa\" draft: 4.2 } und bleibt bis Oktober.", kDe) ==
          "Der neue Fahrplan gilt ab Mai und bleibt bis Oktober.");
    CHECK(garbage_filtered("Nowy rozk\u0142ad obowi\u0105zuje od maja. port: 8443 retries: 5 mode: passive", kPl) ==
          "Nowy rozk\u0142ad obowi\u0105zuje od maja.");
    CHECK(garbage_filtered("\u65B0\u3057\u3044\u6642\u523B\u8868\u306F\u4E94\u6708\u304B\u3089\u3002 ticket { seat: 12 deck: \"b\" code: 0x7f3a }", kJa) ==
          "\u65B0\u3057\u3044\u6642\u523B\u8868\u306F\u4E94\u6708\u304B\u3089\u3002");
    CHECK(garbage_filtered("session { uid: 88123 lang: \"pl\" ttl: 3600 }", kPl) == "<removed>");
}

TEST_CASE("spaced records: look-alikes stay") {
    for (const std::string& legit : {
             std::string("Departure: 9 am from the pier, return: 5 pm, tickets at the kiosk."),
             std::string("Abfahrt: 9 Uhr, R\u00fcckkehr: 17 Uhr; Karten gibt es am Kiosk."),
             std::string("Odjazd: 9 rano, powr\u00f3t: 17, bilety w kiosku."),
             std::string("length: 42 m width: 9 m, a small ferry for forty cars."),
             std::string("The rule was simple: arrive early, leave late."),
             std::string("speed: 12 knots draft: 3 metres"),   // two pairs
         })
        CHECK_MESSAGE(garbage_filtered(legit, kEn) == legit, legit);
    // A record whose names the document explains is its example.
    const std::string context = "Each trip has an id, a route and flags; the route names the line and the flags mark holidays.";
    const std::string example = "A trip reads trip { id: 7 route: \"north\" flags: 0x1 } in the export.";
    CHECK(garbage_filtered(example, context) == example);
}

TEST_CASE("spaced records: pages of three markups") {
    const std::string rec = "ferry { id: 40213 route: \"north\" flags: 0x1c }";
    const std::string body_en = "<p>" + kEn + "</p><p>The harbour office sells tickets from seven in the morning. " + rec + "</p><p>" + kEn + " Bikes travel free.</p>";
    const std::string body_de = "<div>" + kDe + "</div><div>Das Hafenb\u00fcro verkauft Karten ab sieben Uhr. " + rec + "</div><div>" + kDe + " Fahrr\u00e4der fahren gratis.</div>";
    const std::string body_ja = "<p>" + kJa + "</p><p>" + rec + "</p><p>" + kJa + "\u81EA\u8EE2\u8ECA\u306F\u7121\u6599\u3067\u3059\u3002</p>";
    const std::string pages[] = {
        html_page("en", "Ferry", "<nav><a href=\"/\">Home</a></nav><main><article><h1>Ferry</h1>" + body_en + "</article></main>"),
        html_page("de", "F\u00e4hre", "<div><div><a href=\"/\">Start</a></div><div><h1>F\u00e4hre</h1>" + body_de + "</div></div>"),
        html_page("ja", "\u30D5\u30A7\u30EA\u30FC", "<table><tr><td><a href=\"/\">\u2302</a></td></tr><tr><td><h1>\u30D5\u30A7\u30EA\u30FC</h1>" + body_ja + "</td></tr></table>"),
    };
    for (const std::string& page : pages) {
        const std::string out = text_of(page);
        CHECK_FALSE(has(out, "40213"));
        CHECK_FALSE(has(out, "ferry {"));
        CHECK(has(out, kEn.substr(0, 20)) + has(out, kDe.substr(0, 20)) + has(out, kJa.substr(0, 12)) == 1);
    }
}
