// Stage — extract: a legend or a widget the template repeats. A box whose links mostly lead to
// one same address, again and again (a legend of badges, each entry with its "more about
// badges" link; a row of entries that all open the same form), is the page's, not the
// article's: the article's links lead to many places.
#pragma once
#include <cstdint>

#include "parse_html.hpp"

namespace winnow::detail::extraction {

// Links that lead somewhere (an address, not "#..." or "javascript:") under n: at least
// kLegendLinks of them lead to one same address, and that address holds more than half of all.
inline constexpr int kLegendLinks = 6;
bool links_repeat_one_target(const Dom& dom, std::uint32_t n);

}  // namespace winnow::detail::extraction
