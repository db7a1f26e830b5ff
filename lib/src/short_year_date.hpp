// A date whose year is written in two digits, as comment threads stamp their posts ("07 Nov 12",
// "Nov 7, 12", "11.06.12 at 11:06 am"). is_date_line wants a four-digit year or a clock beside a
// date word; these lines have neither, yet say a day as plainly.
#pragma once
#include <string_view>

namespace winnow::detail {

// The line holds a day, a month and a two-digit year in a row, and little else (three other
// words at most, 40 characters of text): a month's name between or before two numbers of one or
// two digits, the day at most 31; or three groups of one or two digits joined by '.', '/' or '-'
// (a day or month at most 12 among the first two, the other at most 31) beside a clock time
// (three such groups alone may be a version or a score).
bool is_short_year_date(std::string_view text);

}  // namespace winnow::detail
