// A written-out web address next to debris (issue 18, recall round 50). An author who cites a
// page writes its address into the sentence ("see https://www.example.org/report …"); debris set
// or glued after it (a symbol run, a template placeholder, a base64 tail, byte literals) is the
// garbage run, and the address is the author's text. The garbage filter used to cut the word
// before a run where its shape turned, and an address turns at its scheme's colon: the run took
// "//www.example.org/report" with it and left "https:" in the sentence. The run now stops at the
// address's edge, and still takes all the debris it took before.
// English, German, French, Spanish, Russian, Japanese; a paragraph of the filter alone, and
// whole pages as div soup (markup 0), HTML5 <article> (markup 1) and a table layout (markup 2).
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"
#include "filter_test_util.hpp"
#include "filters/garbage_tokens.hpp"

using winnow::test::garbage_filtered;
using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    const char* title;
    const char* context;  // a paragraph of the article (the page's language and script)
    const char* before;   // the sentence up to the address
    const char* address;
    const char* after;    // the sentence after the debris
};

const Case kCases[] = {
    {"en", "The ferry timetable changes in spring",
     "From April the ferry leaves the harbour every forty minutes instead of every hour, and the last crossing "
     "of the day moves to half past ten in the evening.",
     "The full timetable is published at ", "https://www.ferry-example.org/timetable/2024-spring",
     " and printed copies are at the ticket office."},
    {"de", "Der Fährplan ändert sich im Frühjahr",
     "Ab April legt die Fähre alle vierzig Minuten statt jede Stunde ab, und die letzte Überfahrt des Tages "
     "verschiebt sich auf halb elf am Abend.",
     "Den vollständigen Fahrplan gibt es unter ", "https://www.faehre-beispiel.de/fahrplan/fruehjahr?jahr=2024",
     " sowie gedruckt am Schalter im Hafen."},
    {"fr", "Les horaires du bac changent au printemps",
     "À partir d'avril, le bac part du port toutes les quarante minutes au lieu de toutes les heures, et la "
     "dernière traversée de la journée passe à vingt-deux heures trente.",
     "Les horaires complets sont en ligne sur ", "http://bac.exemple.fr/horaires/printemps",
     " et affichés à la gare maritime."},
    {"es", "Cambian los horarios del transbordador",
     "Desde abril el transbordador sale del puerto cada cuarenta minutos en lugar de cada hora, y el último "
     "cruce del día se retrasa a las diez y media de la noche.",
     "El horario completo está publicado en ", "www.ferry-ejemplo.es/horarios/primavera",
     " y también en la taquilla del puerto."},
    {"ru", "Расписание парома меняется весной",
     "С апреля паром отходит от причала каждые сорок минут вместо каждого часа, а последний рейс дня "
     "переносится на половину одиннадцатого вечера.",
     "Полное расписание опубликовано на сайте ", "https://parom.example.ru/raspisanie/vesna-2024",
     " и вывешено в кассе порта."},
    {"ja", "春からフェリーの時刻表が変わります",
     "四月からフェリーは一時間ごとではなく四十分ごとに港を出発し、最終便は夜十時半に変更されます。"
     "乗船券は港の窓口と自動券売機で購入できます。",
     "全ての時刻表は", "https://ferry.example.jp/jikokuhyo/haru",
     "で公開されており、港の窓口でも配布しています。"},
};

// Debris as the scraper leaves it after a word: a symbol run, a template placeholder, a base64
// tail, byte literals, each set apart by a space.
const char* const kDebris[] = {
    "^^^^^^^^^^^^^^^",
    "{{author_name}}",
    "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0NTY3ODk=",
    "0x4D 0x5A 0x90 0x00 0x03 0x00",
};

std::string sentence(const Case& c, const char* debris) {
    return std::string(c.before) + c.address + " " + debris + c.after;
}

}  // namespace

TEST_CASE("a garbage run after a written-out address stops at the address's edge") {
    for (const Case& c : kCases)
        for (const char* debris : kDebris) {
            const std::string lang = c.lang;
            CAPTURE(lang);
            CAPTURE(debris);
            const std::string out = garbage_filtered(sentence(c, debris), c.context);
            CHECK(has(out, std::string(c.before) + c.address));
            CHECK_FALSE(has(out, debris));
            // (Its first character may be the space the run took. Debris glued before a clause
            // of a script written without spaces takes the clause: not this rule's matter.)
            if (c.after[0] == ' ') CHECK(has(out, c.after + 1));
        }
}

TEST_CASE("an address glued behind a word of a script without spaces keeps its scheme") {
    // "全ての時刻表はhttps://… {{x}}": the address starts inside the token, the run after it.
    const Case& ja = kCases[5];
    for (const char* debris : kDebris) {
        CAPTURE(debris);
        const std::string out = garbage_filtered(std::string(ja.before) + ja.address + " " + debris + "。", ja.context);
        CHECK(has(out, std::string(ja.before) + ja.address));
        CHECK_FALSE(has(out, debris));
    }
}

TEST_CASE("debris glued to an address still goes, the address and its sentence's stop stay") {
    for (const Case& c : kCases) {
        const std::string lang = c.lang;
        CAPTURE(lang);
        const std::string out = garbage_filtered(std::string(c.before) + c.address + ".\"]}.\"]}.\"]}" + c.after, c.context);
        CHECK(has(out, std::string(c.before) + c.address + "."));
        CHECK_FALSE(has(out, "\"]}"));
    }
}

namespace {

std::string page(const Case& c, int markup, const std::string& line) {
    const std::string prose = std::string("<p>") + c.context + "</p>" + line + "<p>" + c.context + "</p>";
    std::string body;
    if (markup == 0)
        body = "<div id=\"top\"><a href=\"/\">Home</a></div><div id=\"main\"><h1>" + std::string(c.title) +
               "</h1><div class=\"text\">" + prose + "</div></div>";
    else if (markup == 1)
        body = "<header><nav><a href=\"/\">Home</a></nav></header><main><article><h1>" + std::string(c.title) + "</h1>" +
               prose + "</article></main>";
    else
        body = "<table width=\"100%\"><tr><td><a href=\"/\">Home</a></td></tr><tr><td><h1>" + std::string(c.title) +
               "</h1>" + prose + "</td></tr></table>";
    return html_page(c.lang, c.title, body);
}

}  // namespace

TEST_CASE("on whole pages the cited address stays whole beside the debris") {
    for (const Case& c : kCases)
        for (int markup = 0; markup < 3; ++markup)
            for (const bool linked : {false, true}) {
                const std::string lang = c.lang;
                CAPTURE(lang);
                CAPTURE(markup);
                CAPTURE(linked);
                // The address as plain text, or as a link's text with the debris inside the link.
                const std::string addr = linked ? std::string("<a href=\"") + (has(c.address, "://") ? "" : "https://") +
                                                      c.address + "\">" + c.address + " " + kDebris[0] + "</a>"
                                                : std::string(c.address) + " " + kDebris[1];
                const std::string out = text_of(page(c, markup, std::string("<p>") + c.before + addr + c.after + "</p>"));
                CHECK(has(out, std::string(c.before) + c.address));
                CHECK_FALSE(has(out, kDebris[0]));
                CHECK_FALSE(has(out, kDebris[1]));
            }
}

TEST_CASE("the web address opening a token, by shape") {
    using winnow::detail::garbage_tokens::web_address_length;
    const auto whole = [](std::string_view t) { return web_address_length(t) == t.size(); };
    CHECK(whole("https://www.example.org/a/b?x=1&y=2#top"));
    CHECK(whole("http://example.co.uk:8080/path"));
    CHECK(whole("www.example.de"));
    CHECK(whole("https://de.example.org/wiki/Foo_(Begriff)"));
    CHECK(web_address_length("https://example.org/a.") == std::string_view("https://example.org/a").size());
    CHECK(web_address_length("https://example.org/a).") == std::string_view("https://example.org/a").size());
    CHECK(web_address_length("https://example.org/a\"]}") == std::string_view("https://example.org/a").size());
    CHECK(web_address_length("https://example.org/a{{x}}") == std::string_view("https://example.org/a").size());
    CHECK(web_address_length("https://example.org/a^^^^") == std::string_view("https://example.org/a").size());
    CHECK(web_address_length("https:") == 0);
    CHECK(web_address_length("https://localhost/x") == 0);   // no top-level domain
    CHECK(web_address_length("https://example.c0m/x") == 0);  // a top-level domain is letters
    CHECK(web_address_length("example.org/path") == 0);      // no scheme, no www.: a file's name as often
    CHECK(web_address_length("note: see below") == 0);
}
