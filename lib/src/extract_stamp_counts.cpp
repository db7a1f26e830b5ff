// Stage — extract: a counter beside the page's date. A template's info box under the headline
// sets the date among a few other facts of the page ("Published: …", "Hits: 318", "Category: …");
// the date line goes as the page's date (is_boilerplate), and an item beside it in its box that
// is a label and a count alone (is_labelled_count) is the page's view or hit counter, a stamp of
// the page as the date is, not a fact of its text. Only beside a date line this stage dropped at
// the region's edge: a label and a count elsewhere ("Einwohner: 318" in a list of facts) stay.
#include <cstdio>
#include <string>
#include <vector>

#include "extract_impl.hpp"

namespace winnow::detail::extraction {

std::size_t Extractor::drop_stamp_counts(std::uint32_t root) {
    std::size_t dropped = 0;
    const std::vector<std::uint32_t> marked = marked_;  // mark() appends
    for (const std::uint32_t m : marked) {
        const DomNode& d = dom_.nodes[m];
        if (d.type != NodeType::element || d.parent == no_node || stats_[m].text == 0 || stats_[m].text > kStampLine ||
            !is_ancestor(root, m))
            continue;
        // The dropped line's text (text_of and its digit test skip removed nodes: m itself).
        const bool was_removed = dom_.nodes[m].removed;
        dom_.nodes[m].removed = false;
        const bool digits = text_holds_ascii_digit(dom_, m);
        const std::string t = digits ? dom_.text_of(m) : std::string();
        dom_.nodes[m].removed = was_removed;
        if (!was_removed || !digits || !date_lines_(t) || !at_edge(m, root)) continue;
        for (std::uint32_t s = dom_.nodes[d.parent].first_child; s != no_node; s = dom_.nodes[s].next_sibling) {
            const DomNode& e = dom_.nodes[s];
            if (s == m || e.removed || e.type != NodeType::element || stats_[s].text == 0 || stats_[s].text > kStampCount ||
                !is_labelled_count(dom_.text_of(s)))
                continue;
            if (debug_) std::fprintf(stderr, "  count beside the date: %s\n", dom_.text_of(s).c_str());
            mark(s);
            ++dropped;
        }
    }
    return dropped;
}

}  // namespace winnow::detail::extraction
