// Stage — extract: a legend or a widget the template repeats (see extract_legend.hpp).
#include "extract_legend.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

namespace winnow::detail::extraction {

bool links_repeat_one_target(const Dom& dom, std::uint32_t n) {
    std::unordered_map<std::string_view, int> counts;
    int links = 0, top = 0;
    for (std::uint32_t d = dom.next_in(n, n); d != no_node; d = dom.next_in(d, n)) {
        if (!dom.is(d, GUMBO_TAG_A) || dom.nodes[d].removed) continue;
        const std::string_view href = dom.attr(d, "href");
        if (href.empty() || href.front() == '#' || href.starts_with("javascript:")) continue;
        ++links;
        top = std::max(top, ++counts[href]);
    }
    return top >= kLegendLinks && top * 2 > links;
}

}  // namespace winnow::detail::extraction
