// Lengths of text are counted in characters a reader sees, not in bytes of UTF-8 (issue 18):
// a Cyrillic, Greek, Arabic or Hebrew letter is two bytes, a Devanagari or Thai one three, and a
// limit written for English lines ("a dateline is at most 110 characters") held half or a third
// of the text in those scripts. Each limit below is checked on lines of two scripts that are
// inside it by characters and outside it by bytes, with an English line of the same shape.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "byline_author.hpp"
#include "extract_lines.hpp"
#include "extract_title.hpp"
#include "filters/filters.hpp"
#include "parse_html.hpp"
#include "text_length.hpp"
#include "extract_test_util.hpp"

using namespace winnow::detail;

TEST_CASE("text_length counts characters (Latin-equivalent), spaces included; ASCII is its size in bytes") {
    const std::string en = "Updated 21 March 2026, 14:05";
    CHECK(text_length(en) == en.size());
    CHECK(text_length("Обновлено") == 9);             // Cyrillic: 18 bytes
    CHECK(text_length("Ενημερώθηκε 5 Μαΐου") == 19);  // Greek with a space and a digit
    CHECK(text_length("सितंबर") == 6);                // Devanagari: 18 bytes, six code points
    CHECK(text_length("กันยายน") == 7);               // Thai: 21 bytes
    CHECK(text_length("東京") == 6);                   // Han: a syllable of about three letters each
    CHECK(visible_chars("Обновлено 5 мая") == 13);     // without the spaces
}

TEST_CASE("a dateline of two dates is as long in Russian and Greek as in English") {
    // 70-80 characters, 110-140 bytes.
    CHECK(is_date_line("Published March 21, 2026 at 14:05 and updated on March 22, 2026 at 09:30"));
    CHECK(is_date_line("Опубликовано 21 марта 2026 года в 14:05, обновлено 22 марта 2026 года в 09:30"));
    CHECK(is_date_line("Δημοσιεύθηκε 21 μαρτίου 2026 στις 14:05, ενημερώθηκε 22 μαρτίου 2026 στις 09:30"));
    // A sentence that mentions dates is longer than any dateline, in characters too.
    CHECK_FALSE(is_date_line("Совет директоров одобрил сделку 21 марта 2026 года, а акционеры проголосуют за неё на собрании 22 апреля 2026 года в Москве"));
}

TEST_CASE("a byline ending in a full stop is a sentence only past 40 characters, in any script") {
    CHECK(is_byline("By Jonathan Whitfield-Harrington.", {}));
    CHECK(is_byline("By Ιωάννης Παπαδόπουλος.", {}));
    CHECK(is_byline("By Дмитрий Носов и Ольга Смирнова.", {}));
    CHECK_FALSE(is_byline("By the end of the season the club had lost eleven games.", {}));
}

TEST_CASE("a credit line's \"by\" word and particles are short words in characters, not bytes") {
    CHECK(is_credit_line("von Anna Berger"));
    CHECK(is_credit_line("текст Ольги Смирновой"));    // "текст": five letters, ten bytes
    CHECK(is_credit_line("της Μαρίας Παπαδοπούλου"));  // "της": three letters, six bytes
    // Past 60 characters it is a heading or a sentence, whatever the script.
    CHECK_FALSE(is_credit_line("текст Ольги Смирновой Александровны Константинопольской Ивановой Петровой"));
}

TEST_CASE("a byline line is at most 160 characters, not 160 bytes") {
    const auto ru = byline_authors("Автор: Ольга Смирнова · Уральская неделя, отдел городской жизни и культуры · 21 марта 2026 года, 14:05");
    REQUIRE(ru.size() == 1);
    CHECK(ru.front() == "Ольга Смирнова");
    const auto vi = byline_authors("bởi Nguyễn Thị Hương · Báo Phương Nam, ban thời sự và đời sống xã hội của thành phố Cần Thơ và các tỉnh miền Tây · 21 tháng 3 năm 2026, 14:05");
    REQUIRE(vi.size() == 1);
    CHECK(vi.front() == "Nguyễn Thị Hương");
}

TEST_CASE("a part of the <title> shorter than a title (a section name) is no title heading, in characters") {
    using winnow::detail::Dom;
    using winnow::detail::no_node;
    const auto heading_for = [](const std::string& html, std::string_view title) {
        auto dom = Dom::parse(html, 1'000'000, 400);
        REQUIRE(dom);
        const std::uint32_t h = winnow::detail::find_title_heading(*dom, title);
        return h == no_node ? std::string("-") : dom->text_of(h);
    };
    // "Новости" is seven letters (14 bytes), "Κρήτη" five (10 bytes): section names, as "News" is.
    const std::string ru = R"(<html><body><h2>Новости</h2><p>Текст.</p></body></html>)";
    CHECK(heading_for(ru, "Паромы снова ходят через залив после ремонта причала | Новости") == "-");
    const std::string el = R"(<html><body><h2>Κρήτη</h2><p>Κείμενο.</p></body></html>)";
    CHECK(heading_for(el, "Τα πλοία επιστρέφουν στο λιμάνι μετά την επισκευή | Κρήτη") == "-");
    // A headline of eight letters and more is found in any script.
    const std::string ru_h1 = R"(<html><body><h1>Паромы снова ходят через залив</h1><p>Текст.</p></body></html>)";
    CHECK(heading_for(ru_h1, "Паромы снова ходят через залив | Новости") == "Паромы снова ходят через залив");
}

TEST_CASE("a wrapper joins the article only when its own loose text is prose, counted in characters") {
    // The article's box sits in a wrapper whose only other text is a login prompt of about 50
    // letters (90-100 bytes): not the lead of the article, so the wrapper does not join.
    const auto page = [](const char* lang, const char* title, const char* prompt, const char* paragraphs) {
        return std::string("<!doctype html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
               "</title></head><body><div id=\"menu\"><a href=\"/\">1</a> <a href=\"/2\">2</a></div>\n<div class=\"wrap\">" + prompt +
               "<div class=\"story\"><h1>" + title + "</h1>" + paragraphs + "</div></div>\n<div id=\"foot\">© 2026</div></body></html>\n";
    };
    const std::string ru = winnow::test::block_text_of(page("ru", "Паромы снова ходят через залив",
        "Войдите в аккаунт, чтобы сохранить статью в закладки",
        "<p>После двух месяцев ремонта причала паромы снова ходят через залив каждые сорок минут, с шести утра до полуночи.</p>"
        "<p>Стоимость билета не изменилась, а для школьников и пенсионеров проезд по-прежнему бесплатный.</p>"
        "<p>Городская администрация обещает к лету открыть второй причал на северном берегу.</p>"));
    CHECK(winnow::test::has(ru, "паромы снова ходят через залив каждые сорок минут"));
    CHECK_FALSE(winnow::test::has(ru, "Войдите в аккаунт"));
    const std::string el = winnow::test::block_text_of(page("el", "Τα πλοία επιστρέφουν στο λιμάνι",
        "Συνδεθείτε για να αποθηκεύσετε το άρθρο στα αγαπημένα",
        "<p>Μετά από δύο μήνες επισκευών στην προβλήτα, τα πλοία επιστρέφουν στο λιμάνι με δρομολόγια κάθε σαράντα λεπτά.</p>"
        "<p>Η τιμή του εισιτηρίου δεν αλλάζει, ενώ οι μαθητές και οι συνταξιούχοι ταξιδεύουν δωρεάν όπως και πριν.</p>"
        "<p>Ο δήμος υπόσχεται να ανοίξει δεύτερη προβλήτα στη βόρεια ακτή μέχρι το καλοκαίρι.</p>"));
    CHECK(winnow::test::has(el, "τα πλοία επιστρέφουν στο λιμάνι με δρομολόγια"));
    CHECK_FALSE(winnow::test::has(el, "Συνδεθείτε για να αποθηκεύσετε"));
}

TEST_CASE("a <noscript> notice of a few short lines is no article in Cyrillic or Greek either: its runs are counted in characters") {
    // Three short paragraphs (40-60 letters, 80-120 bytes each): a notice, not runs of prose.
    const auto page = [](const char* lang, const char* title, const char* paragraphs, const char* notice) {
        return std::string("<!doctype html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
               "</title></head><body><article><h1>" + title + "</h1>" + paragraphs + "<noscript>" + notice +
               "</noscript></article></body></html>\n";
    };
    const std::string ru = winnow::test::block_text_of(page("ru", "Новый мост откроют в мае",
        "<p>Строительство нового моста через реку завершится в мае, сообщили в мэрии города после заседания комиссии.</p>"
        "<p>По мосту пустят автобусы и трамваи, а для пешеходов сделают широкие тротуары с обеих сторон.</p>",
        "<p>Для просмотра видео включите JavaScript в браузере.</p><p>Без него плеер и комментарии к статье не загрузятся.</p>"
        "<p>Инструкция по включению есть в разделе помощи сайта.</p>"));
    CHECK(winnow::test::has(ru, "Строительство нового моста через реку"));
    CHECK_FALSE(winnow::test::has(ru, "включите JavaScript"));
    const std::string el = winnow::test::block_text_of(page("el", "Νέα γέφυρα τον Μάιο",
        "<p>Η κατασκευή της νέας γέφυρας πάνω από το ποτάμι θα ολοκληρωθεί τον Μάιο, ανακοίνωσε ο δήμος μετά τη συνεδρίαση.</p>"
        "<p>Στη γέφυρα θα κυκλοφορούν λεωφορεία, ενώ για τους πεζούς θα υπάρχουν φαρδιά πεζοδρόμια και στις δύο πλευρές.</p>",
        "<p>Για να δείτε το βίντεο ενεργοποιήστε τη JavaScript.</p><p>Χωρίς αυτήν δεν φορτώνουν τα σχόλια και η συσκευή.</p>"
        "<p>Οδηγίες θα βρείτε στη σελίδα βοήθειας του ιστότοπου.</p>"));
    CHECK(winnow::test::has(el, "Η κατασκευή της νέας γέφυρας"));
    CHECK_FALSE(winnow::test::has(el, "ενεργοποιήστε τη JavaScript"));
}

TEST_CASE("a small <form> (a reply form's notices) is pruned in Cyrillic and Greek as in English: its text is counted in characters") {
    // Four notice lines of 45-70 letters (90-140 bytes each): labels of a form, not runs of
    // prose; in bytes they read as four runs of 80 and the form was kept as a page-wrapping one.
    const auto page = [](const char* lang, const char* title, const char* paragraphs, const char* form) {
        return std::string("<!doctype html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
               "</title></head><body><div class=\"story\"><h1>" + title + "</h1>" + paragraphs + "<form action=\"/reply\">" + form +
               "<textarea></textarea><button>OK</button></form></div></body></html>\n";
    };
    const std::string ru = winnow::test::block_text_of(page("ru", "Новый мост откроют в мае",
        "<p>Строительство нового моста через реку завершится в мае, сообщили в мэрии города после заседания комиссии.</p>"
        "<p>По мосту пустят автобусы и трамваи, а для пешеходов сделают широкие тротуары с обеих сторон.</p>",
        "<p>Ваш адрес электронной почты не будет опубликован на сайте.</p><p>Обязательные поля помечены звёздочкой в форме.</p>"
        "<p>Комментарии появляются после проверки модератором.</p><p>Пожалуйста, соблюдайте правила нашего сообщества.</p>"));
    CHECK(winnow::test::has(ru, "Строительство нового моста через реку"));
    CHECK_FALSE(winnow::test::has(ru, "Ваш адрес электронной почты"));
    const std::string el = winnow::test::block_text_of(page("el", "Νέα γέφυρα τον Μάιο",
        "<p>Η κατασκευή της νέας γέφυρας πάνω από το ποτάμι θα ολοκληρωθεί τον Μάιο, ανακοίνωσε ο δήμος μετά τη συνεδρίαση.</p>"
        "<p>Στη γέφυρα θα κυκλοφορούν λεωφορεία, ενώ για τους πεζούς θα υπάρχουν φαρδιά πεζοδρόμια και στις δύο πλευρές.</p>",
        "<p>Η διεύθυνση email σας δεν θα δημοσιευτεί στον ιστότοπο.</p><p>Τα υποχρεωτικά πεδία σημειώνονται με αστερίσκο.</p>"
        "<p>Τα σχόλια εμφανίζονται μετά από έλεγχο συντονιστή.</p><p>Παρακαλούμε σεβαστείτε τους κανόνες της κοινότητας.</p>"));
    CHECK(winnow::test::has(el, "Η κατασκευή της νέας γέφυρας"));
    CHECK_FALSE(winnow::test::has(el, "Η διεύθυνση email σας"));
}

TEST_CASE("a table's cells of a few sentences are data in Cyrillic and Greek as in English: a cell's length is counted in characters") {
    // A two-column comparison whose cells hold 220-250 letters (400-450 bytes): data, as
    // the same table in English is; in bytes every cell read as a whole paragraph (a layout).
    const auto page = [](const char* lang, const char* title, const char* lead, const char* rows) {
        return std::string("<!doctype html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
               "</title></head><body><div class=\"story\"><h1>" + title + "</h1><p>" + lead + "</p><table>" + rows +
               "</table></div></body></html>\n";
    };
    const auto cells = [](const std::string& html) {
        winnow::Result r = winnow::clean(html);
        REQUIRE(r.ok());
        return winnow::test::has(winnow::to_text(r.document), "\t");  // a table's cells are parted by tabs
    };
    CHECK(cells(page("en", "Two ways to heat an old house",
        "We compared a heat pump and a pellet boiler in the same hundred-year-old house over two winters.",
        "<tr><td>The heat pump ran quietly all winter and needed no fuel deliveries at all, but on the coldest nights its output fell and the old radiators in the upstairs rooms never got properly warm before midnight. We would choose it again.</td>"
        "<td>The pellet boiler kept every room warm even in the hardest frost, but it needed a delivery of pellets every six weeks, a clean of the ash pan every Sunday and a dry store in the cellar that took half of the space. We would choose it again.</td></tr>"
        "<tr><td>Running costs for the heat pump came to about nine hundred euros a year with the night tariff, and the installer serviced it once in two years without finding anything that needed to be replaced. We would choose it again.</td>"
        "<td>Running costs for the pellets came to about eleven hundred euros a year, and the chimney sweep had to come twice a year to check the flue and the burner, which added another hundred and fifty euros. We would choose it again.</td></tr>")));
    CHECK(cells(page("ru", "Два способа отопить старый дом",
        "Мы сравнили тепловой насос и пеллетный котёл в одном и том же столетнем доме за две зимы.",
        "<tr><td>Тепловой насос всю зиму работал тихо и не требовал никакого топлива, но в самые холодные ночи его мощность падала, и старые батареи в комнатах на втором этаже так и не прогревались до полуночи. Мы бы снова выбрали этот вариант без долгих раздумий.</td>"
        "<td>Пеллетный котёл держал тепло во всех комнатах даже в сильный мороз, но требовал доставки пеллет каждые шесть недель, чистки зольника по воскресеньям и сухого склада в подвале. Мы бы снова выбрали этот вариант без долгих раздумий.</td></tr>"
        "<tr><td>Расходы на тепловой насос составили около девятисот евро в год по ночному тарифу, а монтажник обслуживал его раз в два года и ни разу не нашёл ничего, что нужно было бы заменить. Мы бы снова выбрали этот вариант без долгих раздумий.</td>"
        "<td>Расходы на пеллеты составили около тысячи ста евро в год, а трубочист приходил дважды в год проверять дымоход и горелку, что добавило ещё сто пятьдесят евро к счёту. Мы бы снова выбрали этот вариант без долгих раздумий.</td></tr>")));
    CHECK(cells(page("el", "Δύο τρόποι να ζεστάνεις ένα παλιό σπίτι",
        "Συγκρίναμε μια αντλία θερμότητας και έναν λέβητα πέλλετ στο ίδιο σπίτι εκατό ετών για δύο χειμώνες.",
        "<tr><td>Η αντλία θερμότητας δούλεψε αθόρυβα όλο τον χειμώνα χωρίς καύσιμα, αλλά τις πιο κρύες νύχτες η απόδοσή της έπεφτε και τα παλιά καλοριφέρ στον πάνω όροφο δεν ζέσταιναν πριν από τα μεσάνυχτα. Θα το επιλέγαμε ξανά χωρίς δεύτερη σκέψη.</td>"
        "<td>Ο λέβητας πέλλετ κρατούσε ζεστά όλα τα δωμάτια ακόμη και στον παγετό, αλλά χρειαζόταν παράδοση πέλλετ κάθε έξι εβδομάδες, καθάρισμα της στάχτης κάθε Κυριακή και στεγνή αποθήκη στο υπόγειο. Θα το επιλέγαμε ξανά χωρίς δεύτερη σκέψη.</td></tr>"
        "<tr><td>Το κόστος λειτουργίας της αντλίας ήταν περίπου εννιακόσια ευρώ τον χρόνο με το νυχτερινό τιμολόγιο, και ο τεχνικός τη συντήρησε μία φορά στα δύο χρόνια χωρίς να βρει τίποτα για αλλαγή. Θα το επιλέγαμε ξανά χωρίς δεύτερη σκέψη.</td>"
        "<td>Το κόστος για τα πέλλετ ήταν περίπου χίλια εκατό ευρώ τον χρόνο, και ο καπνοδοχοκαθαριστής ερχόταν δύο φορές τον χρόνο για την καμινάδα και τον καυστήρα, με επιπλέον εκατόν πενήντα ευρώ. Θα το επιλέγαμε ξανά χωρίς δεύτερη σκέψη.</td></tr>")));
}

TEST_CASE("a one-word label is too short for a site profile in Cyrillic and Greek as in English: counted in characters") {
    // Labels of one word and 8-11 letters (16-22 bytes): as common on every page as "Newsletter".
    CHECK_FALSE(winnow::detail::profile_worthy("Newsletter"));
    CHECK_FALSE(winnow::detail::profile_worthy("Рассылка"));
    CHECK_FALSE(winnow::detail::profile_worthy("Κοινοποίηση"));
    // Three words, or a line of 15 characters, are worth counting in every script.
    CHECK(winnow::detail::profile_worthy("Все права защищены"));
    CHECK(winnow::detail::profile_worthy("Конфиденциальность"));  // one word of 18 letters
}

// text_length_at_most reads only as far as its limit (a paragraph asked whether it is a short
// line), and must answer as text_length does: every string and limit below, in several scripts,
// with whitespace runs, cut UTF-8 sequences and the limit at, under and over each length.
TEST_CASE("text_length_at_most agrees with text_length <= limit in every script and at every limit") {
    const std::string samples[] = {
        "",
        "Published 21 March 2026",
        "Обновлено 5 мая 2026 года",
        "Ενημερώθηκε 5 Μαΐου",
        "2026年3月21日 更新",
        "สิงหาคม 2569 กันยายน",
        "Veröffentlicht am 21. März 2026 um 14:05",
        "publié le 21 mars 2026",
        std::string(300, ' ') + "fin",
        "\xE6\x9D\xB1",            // a whole Han sign
        "\xE6\x9D",                // a Han sign cut short
        "\xF0\x9F\x98\x80 ok",     // a four-byte character
    };
    for (const std::string& s : samples) {
        const std::size_t len = text_length(s);
        for (std::size_t limit : {std::size_t{0}, std::size_t{1}, len ? len - 1 : 0, len, len + 1, std::size_t{110}}) {
            CAPTURE(s);
            CAPTURE(limit);
            CHECK(text_length_at_most(s, limit) == (len <= limit));
        }
    }
    // A paragraph of a megabyte: no short line, in Latin and in Cyrillic letters.
    CHECK_FALSE(text_length_at_most(std::string(1 << 20, 'a'), 110));
    std::string cyrillic;
    for (int i = 0; i < 1000; ++i) cyrillic += "Привет ";
    CHECK_FALSE(text_length_at_most(cyrillic, 110));
    CHECK(text_length_at_most(cyrillic.substr(0, 7 * 15), 110));   // fifteen words: 105 characters
}

// A paragraph is no date line, however its words read: its length decides before its words are
// read (is_date_line's limit of 110 characters), in English, German and Russian, and a short
// line of the same words still is one.
TEST_CASE("a long paragraph holding a date is no date line; the same date alone is one") {
    const std::string lines[] = {"Published 21 March 2026", "Veröffentlicht am 21. März 2026", "Опубликовано 21 марта 2026"};
    for (const std::string& line : lines) {
        CAPTURE(line);
        CHECK(is_date_line(line));
        std::string paragraph = line;
        while (text_length(paragraph) <= 110) paragraph += " and the story goes on";
        CHECK_FALSE(is_date_line(paragraph));
    }
}
