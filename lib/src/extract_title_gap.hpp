// Stage — extract: the distance from the title to a box, read past navigation. A template may
// set its sidebar column, a menu, a share bar or a list of headlines between the headline and
// the body (a left column that comes first in the source, a header row over two columns); the
// body still follows the title. Boxes that stand wholly between the two and are a third or more
// link text are navigation, whatever their tag or name, and do not count in the distance; a box
// inside such a column (the blog's "about" blurb right under the headline) is no article under
// the title for the far winner to yield to.
#pragma once
#include <cstdint>
#include <vector>

#include "extract_stats.hpp"
#include "parse_html.hpp"

namespace winnow::detail::extraction {

// A box is navigation when its link text is this share of its text or more.
inline constexpr std::uint32_t kNavLinkShare = 3;  // 1/3
// Nodes read between the two at most (an unreadable distance is far).
inline constexpr std::uint32_t kGapVisits = 4000;

// The visible characters of the text nodes from node `from` up to node `n` (pre-order):
// `prose` outside, `navigation` inside the elements wholly in that span whose text is a third or
// more link text. The walk stops early (prose past cap) once prose passes cap.
struct TitleGap {
    std::uint32_t prose = 0, navigation = 0;
};
TitleGap text_past_navigation(const Dom& dom, const std::vector<NodeStats>& stats, std::uint32_t from,
                              std::uint32_t n, std::uint32_t cap);

}  // namespace winnow::detail::extraction
