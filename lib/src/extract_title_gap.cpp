// Stage — extract: the distance from the title to a box, read past navigation (see
// extract_title_gap.hpp).
#include "extract_title_gap.hpp"

#include <cstdio>

#include "extract_impl.hpp"

namespace winnow::detail::extraction {

TitleGap text_past_navigation(const Dom& dom, const std::vector<NodeStats>& stats, std::uint32_t from,
                              std::uint32_t n, std::uint32_t cap) {
    TitleGap gap;
    std::uint32_t visits = 0;
    for (std::uint32_t i = from; i != no_node && i < n;) {
        if (++visits > kGapVisits) return {cap + 1, gap.navigation};
        const DomNode& node = dom.nodes[i];
        if (node.type == NodeType::text) {
            gap.prose += stats[i].text;
            if (gap.prose > cap) return gap;
            i = dom.next_in(i, 0);
            continue;
        }
        // A box wholly before n (n is no descendant of it) that is navigation is stepped over.
        const std::uint32_t end = dom.next_in(i, 0, true);
        const bool holds_n = end == no_node || end > n;
        const NodeStats& s = stats[i];
        if (!holds_n && node.type == NodeType::element && s.text > 0 && s.link_text * kNavLinkShare >= s.text) {
            gap.navigation += s.text;
            i = end;
        } else {
            i = dom.next_in(i, 0);
        }
    }
    return gap;
}

bool Extractor::near_title_past_navigation(std::uint32_t n) const {
    // The far winner follows the title when navigation of a column's size (kTitleGap or more:
    // a byline's and a share row's links are the title's usual companions, not a column) and no
    // more than those companions (kTitleGap) stand between the title and it.
    if (title_ == no_node || n <= title_ || about_title_repeat(n)) return false;
    const std::uint32_t from = dom_.next_in(title_, 0, true);
    if (from == no_node || n < from) return false;
    const TitleGap gap = text_past_navigation(dom_, stats_, from, n, kTitleGap);
    if (debug_) std::fprintf(stderr, "title %u to %u: %u characters of prose, %u of navigation\n", title_, n, gap.prose, gap.navigation);
    return gap.prose <= kTitleGap && gap.navigation >= kTitleGap;
}

bool Extractor::in_navigation_column(std::uint32_t n, std::uint32_t best) const {
    // Boxes wholly between the title and best, as text_past_navigation steps over them.
    const std::uint32_t from = subtree_end(title_);
    for (std::uint32_t a = n; a != no_node && a >= from && !is_ancestor(a, best); a = dom_.nodes[a].parent) {
        const NodeStats& s = stats_[a];
        if (dom_.nodes[a].type == NodeType::element && s.text >= kTitleGap && s.link_text * kNavLinkShare >= s.text) return true;
    }
    return false;
}

}  // namespace winnow::detail::extraction
