// Extract, a post that is only its headline. When cleaning leaves nothing of the region and no
// block of prose stands in for it, a short core holding the page's one <h1> (its headline and
// byline: a post whose body is a picture, a player or nothing) is the article unedited; the whole
// page, the other answer, is all its chrome.
#include "extract_headline_core.hpp"

namespace winnow::detail::extraction {

bool holds_lone_h1(const Dom& dom, std::uint32_t box) {
    bool inside = false;
    int count = 0;
    for (std::uint32_t i = 0; i < dom.nodes.size() && count < 2; ++i)
        if (dom.is(i, GUMBO_TAG_H1) && !dom.nodes[i].removed) {
            ++count;
            for (std::uint32_t p = i; p != no_node && !inside; p = dom.nodes[p].parent) inside = p == box;
        }
    return count == 1 && inside;
}

}  // namespace winnow::detail::extraction
