// Dates written in text: ISO and numeric forms, month names in many languages and orders,
// CJK and Korean year-month-day markers. Used by the dates stage on page text and on the values
// of meta tags and attributes, and by the text-structure stage.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace winnow::detail {

struct TextDate {
    int year = 0, month = 0, day = 0;
    std::size_t begin = 0, end = 0;   // byte range in the scanned text
};

// Every full date (day, month and year) in text, in order. Forms: 2019-11-19, 2019/11/19,
// 19.11.2019, 19/11/2019 (11/19/2019 when the day cannot be first or month_first is set),
// 19 November 2019, 19. November 2019, 19 de noviembre de 2019, November 19th, 2019,
// 2019. november 19., 2019. 11. 19., 2019年11月19日, 2019년 11월 19일, 3 มี.ค. 2569 (Buddhist era). Years 1900-2100.
std::vector<TextDate> scan_dates(std::string_view text, bool month_first = false);
// How a page orders an all-numeric day and month: day first (most of the world), month first (the
// United States), or unknown (a page that declares no language).
enum class DayOrder { day_first, month_first, unknown };
// ...and dotted dates with a two-digit year (30.10.23: 2023-10-30; 69 and below are 20xx, 70 and
// above 19xx), as datelines by a title write them: day and month in the page's order, or where a
// number above 12 tells them apart (not at all when the order is unknown and neither does). Not
// for running text, where such a triple is as often a score or a version.
std::vector<TextDate> scan_dateline_dates(std::string_view text, DayOrder order);

// A date value (meta content, datetime attribute, JSON-LD string) to ISO 8601: "2025-02-24" or
// "2025-02-24T10:00:00" with the zone kept as written (Z or ±hh:mm); empty when no date can
// be read. Reads ISO, RFC 2822 and worded forms (a month name, a day and a year in any order).
std::string to_iso8601(std::string_view text);
// ...and, failing those, the first date scan_dates finds ("19.11.2019 10:15"): for values that
// are known to hold a date (attributes, meta tags). Plain text keeps to to_iso8601, where a line
// such as "01.02.2022 | Sports" is not taken for a dateline.
std::string date_value_to_iso8601(std::string_view text);

// The month (1-12) a word names ("Oct.", "outubro", "März"), or 0 (see date_words.hpp).
int month_from_name(std::string_view word);

}  // namespace winnow::detail
