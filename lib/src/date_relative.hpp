// Relative datelines ("vor 3 Stunden", "2 days ago", "hace 3 horas", "3時間前"): how many days
// before the page was fetched it was published. Read by the dates stage on short lines by the
// title, and only against a known reference date (the crawl date): without one, "2 days ago"
// names no day.
#pragma once
#include <string_view>

namespace winnow::detail {

// Days back from the reference date that a relative phrase in text names (0 for minutes and
// hours, N for days, 7N for weeks; "yesterday" and "today" in a line with a clock time), or -1
// when text holds none. Months and years are too coarse to name a day and are not read.
int relative_days_ago(std::string_view text);

}  // namespace winnow::detail
