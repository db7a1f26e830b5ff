// A day of the calendar written YYYY-MM-DD (shared by the option parser and the JSON Lines reader).
#pragma once
#include <string_view>

namespace winnow::cli {

// YYYY-MM-DD naming a day of the calendar (2024-02-31 is none), checked as Python's
// date.fromisoformat checks it.
bool is_calendar_day(std::string_view s);

}  // namespace winnow::cli
