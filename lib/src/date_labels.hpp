// Which label ("published", "updated") each date of a run of text carries.
#pragma once
#include <string_view>
#include <vector>

#include "date_text.hpp"
#include "date_words.hpp"

namespace winnow::detail {

// One label per date of found (in order, as scan_dates returned them from run). A label word in
// the few words before a date is that date's ("Updated: 8 May 2021"). A label word right after a
// date (past a clock time and a bracketed weekday), then followed by a separator or the end of
// the run, is that date's when nothing labels it before: Japanese, Chinese and Korean bylines
// write "2021年5月8日 更新". A label between two dates with nothing else around it goes the way
// the run writes its labels: to the earlier date when the later one has a label after it, else
// to the later ("6. Mai 2021 aktualisiert 8. Mai 2021"). A label taken by the date before it is
// not read again as the next date's.
std::vector<DateLabel> date_labels(std::string_view run, const std::vector<TextDate>& found);

}  // namespace winnow::detail
