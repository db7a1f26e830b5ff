// Garbage filter, machine lines pasted into prose (filters/machine_lines.cpp and the runs of
// filters/machine_text.cpp): logger lines glued to the word before them, and the look-alikes
// that must stay whole: a sentence about a log, a SQL statement a tutorial explains, a quoted
// error message, version strings, chemical formulas, product codes, code spans.
#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "filter_test_util.hpp"
#include "filters/filters.hpp"

using namespace winnow;
using namespace winnow::detail;
using winnow::test::garbage_filtered;
using winnow::test::para;

namespace {
const std::string kEn = "The harbour town reopened its old fish market this summer after a decade of repairs.";
const std::string kDe = "Die Stadt hat im Sommer den alten Fischmarkt nach langer Renovierung wieder eröffnet.";
const std::string kRu = "Городские власти обещали выделить деньги на ремонт старого рынка.";
const std::string kPl = "W niewielkiej wsi mieszkańcy odnowili drewniany kościół przed zimą.";
const std::string kEs = "El pueblo costero recuperó este verano su antiguo mercado de pescado.";
}  // namespace

TEST_CASE("a logger line glued to the word before it goes; the word stays") {
    // Date, time, a level word of any script and case, then a call or a process id.
    CHECK(garbage_filtered("Власти обещали2019-04-11 08:15:42 +0300 ВН pool.take() n=3 выделить деньги на ремонт.", kRu) ==
          "Власти обещали выделить деньги на ремонт.");
    CHECK(garbage_filtered("Mieszkańcy postanowili2021-03-09 17:02:44.120 wrn kolejka[4412]: prace=12 odnowić kościół.", kPl) ==
          "Mieszkańcy postanowili odnowić kościół.");
    // Date and time in one token, glued behind a word of the same script.
    CHECK(garbage_filtered("Los pescadores llegan temprano2030-01-02T03:04:05Z WARN cola.tomar() y venden todo.", kEs) ==
          "Los pescadores llegan temprano y venden todo.");
}

TEST_CASE("log look-alikes stay: a sentence about a log, a date and a time in prose, a version string") {
    for (const std::string& legit : {
             std::string("The server logged ERROR at 10:31 and the team restarted it on 2024-06-01 at 18:30:00 sharp."),
             std::string("Der Server meldete am 2024-06-01 um 18:30:00 WARN, danach lief alles wieder."),
             std::string("Сервер записал ошибку 2024-06-01 в 18:30:00, и команда перезапустила его."),
             std::string("Upgrade to version 2.14.3-rc1 before 2025-01-15; the changelog lists three fixes."),
         })
        CHECK_MESSAGE(garbage_filtered(legit, kEn) == legit, legit);
}

TEST_CASE("prose that explains machine text stays: a tutorial's SQL, a quoted error, formulas, product codes") {
    // A tutorial names the table and columns in its own prose, so the statement is explained.
    const std::string context = "The orders table has an id column and a total column; we filter orders by their total.";
    const std::string tutorial = "To list the big orders, run SELECT id, total FROM orders WHERE total > 100 and read the result.";
    CHECK(garbage_filtered(tutorial, context) == tutorial);
    for (const std::string& legit : {
             std::string("The bug report quotes the message \"connection refused\" that users saw after the update."),
             std::string("Im Fehlerbericht steht die Meldung „Zugriff verweigert“, die nach dem Update erschien."),
             std::string("Glucose, C6H12O6, and sulfuric acid, H2SO4, react in the second experiment."),
             std::string("The reviewer compared the XR-2200 and the XR-2400B: the second one is louder."),
             std::string("El modelo TX-880 cuesta menos que el TX-990, según la tienda."),
         })
        CHECK_MESSAGE(garbage_filtered(legit, kEn) == legit, legit);
}

TEST_CASE("code blocks are never cut") {
    Document d;
    d.body.push_back(para(kEn));
    Block code = para("2019-04-11 08:15:42 WARN pool.take() n=3\nSELECT a, b FROM t WHERE c=1;");
    code.kind = BlockKind::code;
    d.body.push_back(code);
    remove_garbage(d, NoiseOptions{});
    REQUIRE(d.body.size() == 2);
    CHECK(d.body[1].text == code.text);
}

TEST_CASE("a trace frame with a quoted path goes whole: the word before the path and the function after its line") {
    CHECK(garbage_filtered("Die Boote kommen File \"/srv/app/jobs/fang.py\", line 41, in wiegen vor dem Morgengrauen an.", kDe) ==
          "Die Boote kommen vor dem Morgengrauen an.");
    CHECK(garbage_filtered("Лодки приходят Datei \"C:\\app\\jobs\\net.rb\", line 7, in tirer до рассвета.", kRu) ==
          "Лодки приходят до рассвета.");
    // Not a source file, or no line: a sentence quoting a name stays.
    for (const std::string& legit : {
             std::string("The form says File \"notes.txt\", line 3, in short the list of names."),
             std::string("Open the File \"report.py\" in your editor, then save it."),
         })
        CHECK_MESSAGE(garbage_filtered(legit, kEn) == legit, legit);
}

TEST_CASE("a statement's evidence ends at its last piece: the sentence's words after it do not explain it") {
    // The prose after the statement recurs in the page; the statement's own names do not.
    const std::string context = "The first buyers wait on the quay, and the first boats come in at dawn.";
    CHECK(garbage_filtered("The boats arrive insert into zdygi (ksunit, ziuza) VALUES (965, 'hyyiv') and the first buyers wait on the quay.",
                    context) == "The boats arrive insert into and the first buyers wait on the quay.");
}

TEST_CASE("a hex dump goes with its offset and its printable column; a row of scores stays") {
    CHECK(garbage_filtered("Die Boote kommen 4c54f6f3  73 c1 22 17 6f 36 09 vor dem Morgengrauen an.", kDe) == "Die Boote kommen vor dem Morgengrauen an.");
    CHECK(garbage_filtered("Лодки приходят 0a1f: 3f be 81 46 17 8f df cb  |mDDphL..r78| до рассвета.", kRu) == "Лодки приходят до рассвета.");
    for (const std::string& legit : {
             std::string("In 1999: 12 15 18 20 22 25 points, a season the club still talks about."),
             std::string("The colours were ff 00 cc, a bright magenta."),
         })
        CHECK_MESSAGE(garbage_filtered(legit, kEn) == legit, legit);
}

TEST_CASE("a source path with one directory goes when its file name has the shape of code; prose paths stay") {
    CHECK(garbage_filtered("Los pescadores llegan jobs/fetch_task.py y venden todo.", kEs) == "Los pescadores llegan y venden todo.");
    CHECK(garbage_filtered("Die Boote kommen src/loadNets.kt vor dem Morgengrauen an.", kDe) == "Die Boote kommen vor dem Morgengrauen an.");
    for (const std::string& legit : {
             std::string("The manual lives in docs/index.html next to the changelog."),
             std::string("Choose one and/or the other."),
         })
        CHECK_MESSAGE(garbage_filtered(legit, kEn) == legit, legit);
}

TEST_CASE("an error line goes from the name of what raised it, or from its label glued to a word") {
    CHECK(garbage_filtered("Mieszkańcy odnowili PHP Warning: fetch(): no rows #3 in /srv/app/list.php on line 88 stary kościół.", kPl) ==
          "Mieszkańcy odnowili stary kościół.");
    CHECK(garbage_filtered("Los pescadores llegan tempranoE_WARNING mb_g(): mbi rsco #3 in /voksi/tan/mk.cs on line 542 y venden todo.", kEs) ==
          "Los pescadores llegan temprano y venden todo.");
    // A sentence about an error names no source line: it stays.
    const std::string report = "The NASA Warning: the launch window closes at noon, in line with the plan.";
    CHECK(garbage_filtered(report, kEn) == report);
}

TEST_CASE("drawn shapes of three or more kinds go, alone or glued to a word; ratings and a chat's emoji stay") {
    CHECK(garbage_filtered("Die Boote kommen ☮♖☕☸☬☌ vor dem Morgengrauen an.", kDe) == "Die Boote kommen vor dem Morgengrauen an.");
    CHECK(garbage_filtered("Los pescadores llegan↯↯↯↯ ⚯♪☲ y venden todo.", kEs) == "Los pescadores llegan y venden todo.");
    for (const std::string& legit : {
             std::string("The critics gave it ★★★☆☆ and the audience loved it."),
             std::string("Ana: we won 😂😂😂 see you at the party 🎉🥳"),
             std::string("Прогноз: → ↑ → ветер меняется к вечеру."),
         })
        CHECK_MESSAGE(garbage_filtered(legit, kEn) == legit, legit);
}

TEST_CASE("a keyword with a code operand and a qualified name is a statement even in two tokens, unless the prose names it") {
    CHECK(garbage_filtered("Die Boote kommen WHERE ydahes_zuy=566 vor dem Morgengrauen an.", kDe) == "Die Boote kommen vor dem Morgengrauen an.");
    const std::string context = "Every user has an id; the filter keeps one user by id.";
    const std::string tutorial = "Add WHERE user_id=5 to keep one row.";
    CHECK(garbage_filtered(tutorial, context) == tutorial);
}

TEST_CASE("inline code the author marked stays: a tutorial's statement, path or log line in its sentence") {
    for (const std::string& code : {std::string("SELECT bzq_id, kvt FROM zfx WHERE kvt_day=3"), std::string("tools/run_cnt.py"),
                                    std::string("2024-06-01 18:30:00 WARN pool.take() n=3")}) {
        Document d;
        d.body.push_back(para(kDe));
        Block b = para("Der Hafenmeister startet " + code + " jeden Morgen.");
        const auto at = static_cast<std::uint32_t>(b.text.find(code));
        b.spans.push_back(Span{Span::Kind::code, at, at + static_cast<std::uint32_t>(code.size()), {}});
        d.body.push_back(b);
        remove_garbage(d, NoiseOptions{});
        REQUIRE(d.body.size() == 2);
        CHECK_MESSAGE(d.body[1].text == b.text, code);
        // The same without the span is debris in the sentence.
        CHECK(garbage_filtered(b.text, kDe) == "Der Hafenmeister startet jeden Morgen.");
    }
}

TEST_CASE("fragments of a foreign script take their last counter and go in pieces joined by slashes; a quotation stays") {
    CHECK(garbage_filtered("The council will review it 薯讃鄳528 | 黔锪熥630 | 昌脖309 | 飢贗 | 909 after one year.", kEn) ==
          "The council will review it after one year.");
    CHECK(garbage_filtered("The council will review it ບາລະຢູຄິ/ອຸອູຢະຕູ562/ນີຄູປູ275 after one year.", kEn) ==
          "The council will review it after one year.");
    CHECK(garbage_filtered("Die Boote kommen ᐱᒪᑎ/ᑕᑲᑲᒧ746/ᒋᑐᓇᒐ vor dem Morgengrauen an.", kDe) == "Die Boote kommen vor dem Morgengrauen an.");
    for (const std::string& legit : {
             std::string("The mayor wrote «В 1999 году здесь жили 120 человек» on the first page, 12 of them fishermen."),
             std::string("The sign reads 東京 2020 and 大阪 2025 in large letters."),
         })
        CHECK_MESSAGE(garbage_filtered(legit, kEn) == legit, legit);
}

TEST_CASE("a statement whose first keyword is glued behind the sentence's last word goes; the word stays") {
    // Keywords are any capitals (no list), glued without a space to a word of any script; with the
    // glued keyword the statement has its second keyword group.
    CHECK(garbage_filtered("The market reopened after repairsVORTA 'stall' nepo bagu.kel and sold out.", kEn) ==
          "The market reopened after repairs and sold out.");
    CHECK(garbage_filtered("Die Stadt eröffnete den MarktŻUPÉLA (stand, 'ost') halle fenu 'kai'; wieder im Sommer.", kDe) ==
          "Die Stadt eröffnete den Markt wieder im Sommer.");
    CHECK(garbage_filtered("Власти обещалиKÖMARA 'nov' ryn.dom деньги на ремонт.", kRu) == "Власти обещали деньги на ремонт.");
    CHECK(garbage_filtered("Los vecinos recuperaronQUELTA puesto_id < 40 TOVIN plaza.mesa el mercado.", kEs) ==
          "Los vecinos recuperaron el mercado.");
}

TEST_CASE("capitals after a lower-case start that are prose stay: mRNA, macOS, names, headlines, acronym lists") {
    for (const std::string& legit : {
             std::string("The vaccine uses mRNA and the lab in Lyon, Nice, Paris and Rome ran trials with 4000 people."),
             std::string("On macOS the app opens faster; NATO, EU, UN and OSCE delegates tried it in Vienna."),
             std::string("BREAKING NEWS: HARBOUR MARKET REOPENS AFTER TEN YEARS OF REPAIRS"),
             std::string("Spotkali się przedstawiciele NATO, UE, ONZ oraz OBWE, a Kowalski, Nowak i Wiśniewski podpisali umowę."),
             std::string("Die Delegierten von NATO, EU und UNO trafen Müller, Schmidt und Schneider in Berlin."),
         })
        CHECK_MESSAGE(garbage_filtered(legit, kEn) == legit, legit);
    // A tutorial's statement whose table and columns its prose names stays, glued to nothing.
    const std::string tutorial = "Чтобы выбрать большие заказы, напишите SELECT id, total FROM orders WHERE total > 100 и прочитайте ответ.";
    CHECK(garbage_filtered(tutorial, "В таблице orders есть колонки id и total; заказы выбирают по колонке total.") == tutorial);
}


TEST_CASE("a statement with lower-case keywords goes by its operands; the sentence around it stays") {
    // Pieces of code of two kinds (assignments or comparisons of names, qualified names, lists
    // with quoted items, a closing ';') at most three words apart: from the first to the last.
    CHECK(garbage_filtered("Los vecinos organizaron rifas update gtf set ydoka45=85 where selga_id=7150 y conciertos.", kEs) ==
          "Los vecinos organizaron rifas update gtf set y conciertos.");
    CHECK(garbage_filtered("Власти обещали выделить wiersz2=12 oraz tabela.pole >= 40 деньги на ремонт.", kRu) ==
          "Власти обещали выделить деньги на ремонт.");
    CHECK(garbage_filtered("Die Stadt hat insert into halle (ort, jahr) values (580, 'stand') den Markt eröffnet.", kDe) ==
          "Die Stadt hat insert into halle den Markt eröffnet.");
    // A line that is nothing but the statement goes from its first word (prose starts with a capital).
    CHECK(garbage_filtered("select nazwa, cena from sklep where cena_min=20 and rabat_id=4", kPl) == "<removed>");
}

TEST_CASE("operand look-alikes stay: equations, quoted commands, points, lists of words, SQL a tutorial explains") {
    for (const std::string& legit : {
             std::string("If x=5 and y=3, the sum is 8; the h264 stream was cold; we left in 2019; really."),
             std::string("Run make CC=gcc first and then type 'ls' in the terminal to list the files."),
             std::string("Die Gerade durch die Punkte (1, 2) und (3, 4) hat die Steigung 1; ebenso (5, 6)."),
             std::string("W tabeli (imię, nazwisko) wpisano (Jan, Kowalski), a potem (Anna, Nowak) i tyle."),
             std::string("Use SELECT to read rows and UPDATE to change them, as the manual (chapter 3, page 12) says."),
             std::string("Los archivos mp3 y mp4 (unos 40, 'comprimidos') se borraron (otra vez, dos veces)."),
             std::string("Бабушка пела: «ой, люли, люли», а дед отвечал (тихо, 'спи') и смеялся."),
         })
        CHECK_MESSAGE(garbage_filtered(legit, kEn) == legit, legit);
    // Names the article's prose uses explain the statement: a tutorial.
    const std::string context = "Each row of the stock table has a min_qty field and a shelf_id field we update.";
    const std::string tutorial = "Then run update stock set min_qty=5 where shelf_id=12 and check the shelf.";
    CHECK(garbage_filtered(tutorial, context) == tutorial);
}

TEST_CASE("a logger line whose level is a small word goes when its stamp or its pairs are a machine's") {
    // A plain "name:" after "info" is a logger's with key=value pairs after it, ...
    CHECK(garbage_filtered("Los pescadores llegan temprano 2025/06/06 18:00:25 info cola: lote rama8=32249", kEs) ==
          "Los pescadores llegan temprano");
    // ... fractions of a second, or a zone in a bracketed stamp glued to the word before.
    CHECK(garbage_filtered("Die Fischer kommen früh2007-03-01 18:00:46,888 info korb: und verkaufen alles.", kDe) ==
          "Die Fischer kommen früh und verkaufen alles.");
    CHECK(garbage_filtered("Rybacy przypływają rano[09/02/2007:19:02:49 +0400] debug kosz: i sprzedają wszystko.", kPl) ==
          "Rybacy przypływają rano i sprzedają wszystko.");
    // A date, a time and a desk's name in prose stay.
    for (const std::string& legit : {
             std::string("The desk opened on 2024-06-01 18:30:00 info desk: call us, or write to the office."),
             std::string("El 2024-06-01 18:30:00 aviso final: la lonja cierra, dijo la nota."),
         })
        CHECK_MESSAGE(garbage_filtered(legit, kEn) == legit, legit);
}

TEST_CASE("upper-case words in prose stay: acronyms in a sentence, a headline, a song title in a verse") {
    // (Upper-case groups alternating with words the short page has nowhere else, but no code.)
    for (const std::string& legit : {
             std::string("The NASA probe team and the ESA orbiter crew met JAXA engineers and CNSA staff in Houston."),
             std::string("Die UNESCO prüfte gemeinsam mit der OECD und dem IWF die Zahlen der WHO genau."),
             std::string("Spotkanie NATO odbyło się obok siedziby ONZ, a delegacja UE przyjechała później."),
             std::string("BREAKING NEWS: CITY COUNCIL VOTES TO REOPEN THE HARBOUR MARKET"),
             std::string("Il cantait SOUS LE CIEL DE PARIS doucement, puis ENCORE une fois."),
         })
        CHECK_MESSAGE(garbage_filtered(legit, kEn) == legit, legit);
}
