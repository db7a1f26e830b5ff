// Garbage filter, shapes of round 6 (tests/test_garbage_fresh6.cpp counts them on whole pages),
// each with inputs of its own: an exception's line around its stack frames, a server's message
// of labels in capitals, emoji shortcodes in a row, rows of a data file, config lines without
// fences, records in nested braces, web tokens with a header's label, a pager in words, the
// letterless fields at a run's edge, a unary operator before a called function, a message after
// labelled numbers in a rhythm, a diff's hunk; and the prose beside each that stays.
#include <doctest/doctest.h>

#include <string>

#include "filter_test_util.hpp"

using namespace winnow;

namespace {
std::string clean_one(std::string text, std::string context) {
    return winnow::test::garbage_filtered(std::move(text), std::move(context));
}
const std::string kEnglish = "The ferry to the island leaves twice a day, and in winter only once.";
const std::string kGerman = "Die Fähre zur Insel fährt zweimal am Tag, im Winter nur einmal.";
const std::string kTurkish = "Adaya giden feribot günde iki kez kalkıyor, kışın ise yalnızca bir kez.";
const std::string kSpanish = "El transbordador a la isla sale dos veces al día y en invierno solo una.";
}  // namespace

TEST_CASE("an exception's type and message go with the stack frames around them") {
    const std::string de = "Der Hafenmeister kennt jeden Kapitän beim Namen.";
    // Before a frame with a source file, the few words opening the segment too.
    CHECK(clean_one(de + " Unhandled TypeError: x.map is not a function at render (/srv/app/list.js:31:9)", kGerman) == de);
    CHECK(clean_one(de + " org.hafen.core.TicketException: expired at org.hafen.web.Shop.buy(Shop.java:120) Danach fuhr die Fähre ab.",
                    kGerman) == de + " Danach fuhr die Fähre ab.");
    // A frame without a source file (a qualified call), and the exception after the last frame.
    const std::string tr = "Liman müdürü her kaptanı adıyla tanıyor.";
    CHECK(clean_one(tr + " System.IO.IOException: disk full at System.IO.FileStream.Write(Byte[] buffer)", kTurkish) == tr);
    CHECK(clean_one(tr + " File \"/opt/bilet/main.py\", line 7, in satis KeyError: 'fiyat'", kTurkish) == tr);
    // A trace's first line alone in its block (its frames went as a block of their own).
    CHECK(clean_one("Caused by: com.ferry.db.PoolException: timeout waiting for connection", kEnglish) == "<removed>");
    // Prose naming an error, without a frame, stays; so does a brand with a colon.
    for (const std::string& legit : {
             std::string("The script stopped with \"IndexError: list index out of range\", which the volunteers fixed in an hour."),
             std::string("YouTube: the ferry company posts a video of every crossing at noon."),
         })
        CHECK(clean_one(legit, kEnglish) == legit);
}

TEST_CASE("a server's message of two or more labels in capitals goes to its sentence's end") {
    const std::string es = "El capitán conoce a todos los pescadores del puerto.";
    CHECK(clean_one(es + " FATAL:  password authentication failed for user \"puerto\" HINT:  check pg_hba.conf.", kSpanish) == es);
    CHECK(clean_one(es + " ORA-01017: invalid username/password ORA-02063: preceding line from REMOTO", kSpanish) == es);
    // One label in prose stays, and so does a headline's stutter of one label.
    for (const std::string& legit : {
             std::string("NOTE: the ferry does not run on public holidays, and the ticket office closes at six."),
             std::string("NEW: NEW: the ferry now sails on Sundays as well:"),
         })
        CHECK(clean_one(legit, kEnglish) == legit);
}

TEST_CASE("emoji shortcodes in a row, a segment of their own, go; one in a sentence stays") {
    const std::string en = "The harbour festival ended with fireworks over the water.";
    CHECK(clean_one(en + " :tada: :ship: :sparkles: :+1:", kEnglish) == en);
    CHECK(clean_one(en + ":ship::anchor::wave: The next one is in May.", kEnglish) == en + " The next one is in May.");
    const std::string legit = "In the chat, the skipper answers every question with :anchor: and nothing else.";
    CHECK(clean_one(legit, kEnglish) == legit);
}

TEST_CASE("rows of a data file, fields joined without spaces, go; a number grouped in thousands stays") {
    const std::string tr = "Feribot geçen yıl rekor sayıda yolcu taşıdı.";
    CHECK(clean_one(tr + " 2022;Mart;18400;0,91 2022;Nisan;21250;0,94 2022;Mayıs;25010;0,97", kTurkish) == tr);
    CHECK(clean_one(tr + " sefer,kalkis,varis sf_01,08:00,09:10", kTurkish) == tr);
    for (const std::string& legit : {
             std::string("Feribot geçen yıl 1,204,330 yolcu ve 88,120 araç taşıdı."),
             std::string("The ferry carried 1,204,330 passengers, 88,120 cars and 2,310 lorries last year."),
         })
        CHECK(clean_one(legit, kTurkish) == legit);
}

TEST_CASE("config lines in a row without fences go; labelled lines of prose stay") {
    auto cleaned = [](std::string_view lines) {
        Document d = winnow::test::doc_from_lines(lines, false);
        detail::remove_garbage(d, NoiseOptions{});
        std::string out;
        for (const Block& b : d.body) out += b.text + "\n";
        return out;
    };
    const std::string prose = "Die Fähre zur Insel fährt zweimal am Tag, im Winter nur einmal.\n";
    CHECK(cleaned(prose + "[fahrplan]\nabfahrt_morgens=07:30\nabfahrt_abends=18:15\n" + prose) == prose + prose);
    CHECK(cleaned(prose + "Return-Path: <hafen@example.org>\nDelivered-To: kasse@example.org\nSubject: Fahrplan\n" + prose) ==
          prose + prose);
    CHECK(cleaned(prose + "titel: Die Fähre\nautor: Jan Berg\nsprache: de\nentwurf_nr: 3\n" + prose) == prose + prose);
    // A contact list and a recipe's lines: labels with capitals or spaces, no machine's shape.
    const std::string contacts = "Hafenamt: 0421 555 100\nFahrkarten und Auskunft: 0421 555 200\nNotruf: 112\n";
    CHECK(cleaned(prose + contacts) == prose + contacts);
    const std::string recipe = "mehl: 200 g\nzucker: 80 g\nbutter: 100 g\n";
    CHECK(cleaned(prose + recipe) == prose + recipe);
}

TEST_CASE("records in nested braces go with their head at a segment's start; braces in prose stay") {
    const std::string en = "The harbour master knows every captain by name.";
    CHECK(clean_one(en + " ticket { id: 77 route { from: \"A\" to: \"B\" } }", kEnglish) == en);
    CHECK(clean_one(en + " mutation Book($seat: Int!) { book(seat: $seat) { ok } } The ferry left.", kEnglish) ==
          en + " The ferry left.");
    for (const std::string& legit : {
             std::string("The set {1, 2, 3} has three elements, and {a, b} has two."),
             std::string("Her notes read { see the logbook } in the margin of every page."),
         })
        CHECK(clean_one(legit, kEnglish) == legit);
}

TEST_CASE("a web token goes whole, with a header's name and scheme before it") {
    const std::string es = "El capitán conoce a todos los pescadores del puerto.";
    CHECK(clean_one(es + " Authorization: Bearer eyJ0eXAiOiJKV1Qi.eyJzdWIiOiI5OTEifQ.Rk2pL9mQv4Xz7Tb1Nc8", kSpanish) == es);
    // A host name and a dotted version have no mixed capitals and digits in three long parts.
    const std::string legit = "La web del puerto es horarios.puerto-isla.example.org y la aplicación va por la versión 10.4.2.";
    CHECK(clean_one(legit, kSpanish) == legit);
}

TEST_CASE("a pager in words closing the block goes; a sentence naming a page stays") {
    const std::string tr = "Feribot sabah yedide kalkıyor.";
    CHECK(clean_one(tr + " Sayfa 3 / 11", kTurkish) == tr);
    CHECK(clean_one("Seite 2 von 7", kGerman) == "<removed>");
    for (const std::string& legit : {
             std::string("Den Fahrplan finden Sie auf Seite 2 von 7 im Heft."),
             std::string("Feribot sabah yedide kalkıyor. Sayfa 3 / 11 artık güncel."),
         })
        CHECK(clean_one(legit, kGerman) == legit);
}

TEST_CASE("a run's edges take the tokens without letters up to the segment's edge") {
    const std::string en = "The ferry office backs up its bookings every night.";
    CHECK(clean_one(en + " 30 2 * * 1-5 /opt/ferry/bin/export.sh > /var/log/export.log 2>&1", kEnglish) == en);
    // Prose explaining a schedule stays.
    const std::string legit = "The schedule 30 2 * * 1-5 means half past two on every weekday, before the first crossing.";
    CHECK(clean_one(legit, kEnglish) == legit);
}

TEST_CASE("a function called where it is declared goes with the unary operator before it") {
    const std::string de = "Die Fähre zur Insel fährt zweimal am Tag.";
    CHECK(clean_one(de + "!function(w){w.ready=1}(window);", kGerman) == de);
    CHECK(clean_one(de + " +function(){return 1}();", kGerman) == de);
}

TEST_CASE("a message key glued behind a sentence's stop goes; a host name or a key in prose stays") {
    const std::string en = "The ticket office opens at seven.";
    CHECK(clean_one(en + "booking.form.submit_hint", kEnglish) == en);
    CHECK(clean_one("Die Fähre fährt um sieben.footer.links.legal_notice Danach kommt der Bus.", kGerman) ==
          "Die Fähre fährt um sieben. Danach kommt der Bus.");
    for (const std::string& legit : {
             std::string("Timetables are online at ferry.example.org and in the harbour office."),
             std::string("In the settings file, the key ui.menu.show_labels turns the captions on."),
         })
        CHECK(clean_one(legit, kEnglish) == legit);
}

TEST_CASE("rows of a data file one a line go; lines of prose with commas stay") {
    auto cleaned = [](std::string_view lines) {
        Document d = winnow::test::doc_from_lines(lines, false);
        detail::remove_garbage(d, NoiseOptions{});
        std::string out;
        for (const Block& b : d.body) out += b.text + "\n";
        return out;
    };
    const std::string prose = "Adaya giden feribot günde iki kez kalkıyor, kışın ise yalnızca bir kez.\n";
    CHECK(cleaned(prose + "liman;sefer;yolcu\nKadıköy;12;3400\nAdalar;5;1210\n" + prose) == prose + prose);
    const std::string list = "Kadıköy, Adalar, Bostancı\nBeşiktaş, Üsküdar, Eminönü\n";
    CHECK(cleaned(prose + list) == prose + list);
}

TEST_CASE("a record's fields flattened into one line go; labels in prose stay") {
    const std::string el = "Ο φάρος ανάβει ξανά κάθε βράδυ.";
    const std::string kGreek = "Ο πέτρινος φάρος στην άκρη του ακρωτηρίου έμεινε σβηστός για χρόνια.";
    CHECK(clean_one(el + " title: Faros anavei slug: faros-anavei lang: el date: 2024-06-01", kGreek) == el);
    for (const std::string& legit : {
             std::string("Text: Anna Berg, photos: Jan Holm, layout: Eva Lind."),
             std::string("Menu: soup of the day, mains: fish or lamb, dessert: apple cake."),
         })
        CHECK(clean_one(legit, kEnglish) == legit);
}

TEST_CASE("a message after four or more labelled numbers in a fixed rhythm goes; such labels in prose stay") {
    const std::string de = "Der Hafenmeister kennt jeden Kapitän beim Namen.";
    CHECK(clean_one(de + " Msg 4060, Ebene 11, Status 1, Zeile 7 Die Datenbank \"hafen_db\" kann nicht geöffnet werden.", kGerman) ==
          de);
    const std::string tr = "Liman müdürü her kaptanı adıyla tanıyor.";
    CHECK(clean_one(tr + " Kod 2627, Düzey 14, Durum 1, Satır 9 PRIMARY KEY 'PK_Bilet' ihlal edildi.", kTurkish) == tr);
    // Labels of any script; prose may follow in the block.
    const std::string es = "El capitán conoce a todos los pescadores del puerto.";
    CHECK(clean_one(es + " Mensaje 515, Nivel 16, Estado 2, Línea 12 No se puede insertar NULL en 'puerto.fecha'. El barco salió.",
                    kSpanish) == es + " El barco salió.");
    for (const std::string& legit : {
             // A level named in prose, and a game's stages without the rhythm.
             std::string("The ferry game gets hard at level 16, and few players ever reach the lighthouse."),
             std::string("Im Spiel sind Level 16, Stufe 3 und Welt 2 die schwersten."),
             // An address spelled out in full: four labelled numbers, no machine's message after them.
             std::string("Die Wohnung liegt in Block 4, Eingang 2, Etage 3, Wohnung 12 direkt am Hafen."),
             std::string("Apartamentul este în Bloc 4, Scara 2, Etaj 3, Apartament 12 lângă port."),
         })
        CHECK(clean_one(legit, kEnglish) == legit);
}

TEST_CASE("a diff's hunk goes with its lines and the file headers before it; signs opening prose stay") {
    const std::string en = "The harbour master fixed the timetable script himself.";
    CHECK(clean_one(en + " @@ -8,6 +8,7 @@ def depart(t): - return t + return t + 5", kEnglish) == en);
    const std::string tr = "Liman müdürü tarifeyi kendisi düzeltti.";
    CHECK(clean_one(tr + " diff --git a/tarife.py b/tarife.py index 1a2b3c4..5d6e7f8 100644 --- a/tarife.py +++ b/tarife.py "
                         "@@ -1,3 +1,4 @@ import saat",
                    kTurkish) == tr);
    // A hunk on its own, and a hunk that prose follows: the prose stays.
    CHECK(clean_one("@@ -40 +40,2 @@ fahrplan = laden()", kGerman) == "<removed>");
    const std::string es = "El capitán corrigió el horario.";
    CHECK(clean_one(es + " @@ -3,2 +3,2 @@ Así quedó el cambio.", kSpanish).find("Así quedó el cambio.") != std::string::npos);
    for (const std::string& legit : {
             // Pros and cons opened by '+' and '-', and prose about line numbers.
             std::string("+ fast crossing - crowded in summer + cheap tickets - no cafe on board"),
             std::string("Vorteile: + schnelle Überfahrt, + günstige Karten; Nachteile: - im Sommer voll, - kein Café."),
             std::string("The change touched lines 12 to 19 of the old file and added two lines @ the end."),
         })
        CHECK(clean_one(legit, kEnglish) == legit);
}
