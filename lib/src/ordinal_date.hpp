// A date whose day is written as an ordinal, as blogs stamp their readers' posts ("November 7th,
// 2012 at 2:46 pm", "22nd March 2024", "le 1er mars 2024"). is_date_line counts "7th" as a word,
// not a number, so such a line holds one number fewer than it says.
#pragma once
#include <string_view>

namespace winnow::detail {

// The line is a date line (is_date_line) once each ordinal day (1-31 and the suffix English,
// "st", "nd", "rd", "th", or French, "1er", glues to it) is read without its suffix, and one such
// day stands next to a month's name ("7th November", "November 7th", "7th of November"): "2nd in
// 2019" is a ranking, "3rd edition" a book. 110 characters of text at most.
bool is_ordinal_date_line(std::string_view text);

}  // namespace winnow::detail
