// Two clock times joined as a span: the hours of an event or of an opening, which a
// publication stamp (one instant) never has. Used by the extract stage's when/where boxes.
#pragma once
#include <cstdint>
#include <string_view>

#include "parse_html.hpp"

namespace winnow::detail {

// Two clock times joined as a span ("18:00 bis 1:00 Uhr", "10.00–17.00", "7:30 to 9:00").
bool holds_time_span(std::string_view text);
// The same in a subtree's runs of text (removed subtrees skipped): within one run, or across
// three in a row whose middle one is a dash alone, each time in an element of its own
// ("<span>8:30 pm</span> – <span>10:30 pm</span>", as event plugins write a schedule). Only
// that joint: two runs read as one would join a stamp to any number beside it ("12:51 Uhr" |
// "10.41 - -0.19", a ticker's time and price).
bool holds_time_span_in(const Dom& dom, std::uint32_t node);

}  // namespace winnow::detail
