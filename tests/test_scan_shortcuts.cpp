// The byte scans that let a text skip a test before it is tokenized (speed, issue 15) must
// answer as the full test would: each shortcut is checked on both sides of its edge, in several
// scripts, so that a text the shortcut passes over is one the full reading rejects too.
#include <doctest/doctest.h>

#include <cctype>
#include <string>
#include <string_view>

#include "ascii.hpp"
#include "date_text.hpp"
#include "extract_lines.hpp"
#include "short_year_date.hpp"
#include "text_length.hpp"
#include "unicode.hpp"

using namespace winnow::detail;

TEST_CASE("a date is scanned only where a run of exactly four year digits, or a script's digits, stands") {
    // Four digits 19xx/20xx, at the start, inside and at the end of a text.
    CHECK(scan_dates("2019-05-08 in the archive").size() == 1);
    CHECK(scan_dates("Published on 12 March 2019.").size() == 1);
    CHECK(scan_dates("Veröffentlicht am 12. März 2019").size() == 1);
    CHECK(scan_dates("Опубликовано 12 марта 2019").size() == 1);
    // A run of five digits, or of three, is no year: nothing is read.
    CHECK(scan_dates("Order 12019 shipped on 12 March").empty());
    CHECK(scan_dates("Room 201, 12 March, 9 a.m.").empty());
    CHECK(scan_dates("Serial 20191, 12 March").empty());
    CHECK(scan_dates("12 March 019").empty());
    // A year in CJK (the 年 sign), Buddhist-era Thai and Arabic-Indic digits is read too.
    CHECK(scan_dates("2021年5月8日 更新").size() == 1);
    CHECK(scan_dates("3 มี.ค. 2569").size() == 1);
    CHECK(scan_dates("٢٠١٩/٠٥/٠٨").size() == 1);
    CHECK(scan_dates("２０１９年５月８日").size() == 1);
}

TEST_CASE("a date line needs a year of four digits or a clock before its words are read") {
    CHECK(is_date_line("Nov. 19, 2019, 8:41 AM UTC"));
    CHECK(is_date_line("21:17 18.11.2019"));
    CHECK(is_date_line("Updated 10:01 pm, Tuesday, Nov 19"));   // a clock and a date word, no year
    CHECK(is_date_line("Publié le 19 novembre 2019"));
    CHECK(is_date_line("3 มี.ค. 2569"));                         // a Buddhist-era year the date reader reads
    // Numbers without a year or a clock.
    CHECK_FALSE(is_date_line("Posted in 12 topics, 34 replies"));
    CHECK_FALSE(is_date_line("Item 12019, 34 in stock"));
    CHECK_FALSE(is_date_line("19 ноября, 12 комментариев"));
    CHECK_FALSE(is_date_line("Tuesday 19 Nov, 205 views"));
}

TEST_CASE("a date with a two-digit year has three digits at least") {
    CHECK(is_short_year_date("07 Nov 12"));
    CHECK(is_short_year_date("Nov 7, 12"));
    CHECK(is_short_year_date("11.06.12 14:05"));
    CHECK(is_short_year_date("Anna \u00B7 03\u00A0Okt\u00A025"));
    CHECK_FALSE(is_short_year_date("7 Nov 1"));     // two digits
    CHECK_FALSE(is_short_year_date("Nov 12"));
    CHECK_FALSE(is_short_year_date("Okt 7"));
}

TEST_CASE("the ASCII space table answers as the C locale's isspace for every byte") {
    for (int c = 0; c < 256; ++c) {
        const bool expected = c < 0x80 && std::isspace(c) != 0;
        CHECK_MESSAGE(is_ascii_space(static_cast<char>(c)) == expected, "byte " << c);
    }
}

TEST_CASE("visible characters and commas, ASCII counted byte by byte and other scripts by letter") {
    std::uint32_t commas = 0;
    CHECK(visible_chars("a, b,\tc\n", commas) == 5);
    CHECK(commas == 2);
    commas = 0;
    CHECK(visible_chars("\u0643\u062A\u0628\u060C \u0642\u0631\u0623", commas) == 7);   // Arabic, its comma
    CHECK(commas == 1);
    commas = 0;
    CHECK(visible_chars("\u0434\u0430, \u043D\u0435\u0442", commas) == 6);              // Cyrillic and ','
    CHECK(commas == 1);
}

TEST_CASE("plain ASCII text only has its spaces collapsed; anything else takes the full pass") {
    const winnow::UnicodeOptions options;
    CHECK(normalize_text("  two   words  apart ", options) == "two words apart");
    CHECK(normalize_text("100% sure, a\\b path", options) == "100% sure, a\\b path");
    CHECK(normalize_text("fish &amp; chips", options) == "fish & chips");
    CHECK(normalize_text("tab\there", options) == "tab here");
    CHECK(normalize_text("caf\u00E9  au lait", options) == "caf\u00E9 au lait");
}

// has_year passes over eight bytes at once where they are ASCII without a digit: a year, a
// script's digits or the 年 sign must be found at every offset from the text's start (each
// position in the eight-byte step), after plain ASCII, after letters of other scripts and at the
// text's end; digits that make no year (a price, a room number) still make no date.
TEST_CASE("a year is found at every offset of the eight-byte step, in several scripts") {
    const std::string dates[] = {"12 March 2019", "12. März 2019", "12 марта 2019", "2021年5月8日", "3 มี.ค. 2569",
                                 "٢٠١٩/٠٥/٠٨", "２０１９年５月８日", "2019-05-08"};
    const std::string fillers[] = {"Published on the day ", "écrit le ", "опубликовано ", "公開日 "};
    for (const std::string& date : dates) {
        for (const std::string& filler : fillers) {
            for (std::size_t cut = 0; cut <= filler.size(); ++cut) {
                const std::string lead = filler.substr(0, cut);
                const std::string text = lead + (cut && (lead.back() & 0x80) ? " " : "") + date;
                CAPTURE(text);
                const auto found = scan_dates(text);
                REQUIRE(found.size() == 1);
                CHECK(found[0].begin >= lead.size());
                const auto trailing = scan_dates(text + " and then some more words of text");
                CHECK(trailing.size() == 1);
            }
        }
    }
    // No year: a price and a room number behind eight-byte stretches of words.
    CHECK(scan_dates("The price was raised to 12,50 euros on the twelfth of March").empty());
    CHECK(scan_dates("Bitte kommen Sie in Raum 301 am zwölften März").empty());
}
