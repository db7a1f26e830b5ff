// A day of the calendar written YYYY-MM-DD, as --reference-date and a JSON Lines record's
// "reference_date" take it.
#include "calendar_day.hpp"

#include <chrono>

namespace winnow::cli {

bool is_calendar_day(std::string_view s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    const int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    const unsigned month = (s[5] - '0') * 10 + (s[6] - '0'), day = (s[8] - '0') * 10 + (s[9] - '0');
    // Checked against the calendar, as Python's date.fromisoformat does: 2024-02-31 is no day.
    return std::chrono::year_month_day{std::chrono::year{year}, std::chrono::month{month}, std::chrono::day{day}}.ok();
}

}  // namespace winnow::cli
