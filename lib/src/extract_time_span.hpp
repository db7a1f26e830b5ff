// Two clock times joined as a span: the hours of an event or of an opening, which a
// publication stamp (one instant) never has. Used by the extract stage's when/where boxes.
#pragma once
#include <string_view>

namespace winnow::detail {

// Two clock times joined as a span ("18:00 bis 1:00 Uhr", "10.00–17.00", "7:30 to 9:00").
bool holds_time_span(std::string_view text);

}  // namespace winnow::detail
