// Extract, the title's lead: the headline's box holds a paragraph of prose after the headline
// (a product's short description beside its price and buy button) and the body chosen sits in
// the next branch, a panel under a heading of its own (the "Description" tab). A reader copies
// both: the paragraph joins the region ahead of the body. A story's body opens with prose, and
// its standfirst stays where the choice left it. Only when the headline's box is
// little more than headline and lead and the body's box follows it closely; else the
// paragraph is the page's (a teaser, a notice).
#include "extract_impl.hpp"

#include <cstdio>
#include <vector>

namespace winnow::detail::extraction {

std::uint32_t Extractor::title_lead(const std::vector<std::uint32_t>& roots) const {
    if (title_ == no_node || roots.empty()) return no_node;
    const std::uint32_t first = roots.front();
    // The body opens with a heading of its own (a tab panel's "Description"): a page of parts,
    // not a story under its headline, whose standfirst the corpora's readers part from it.
    if (first < title_ || above_title_[first] || !opens_with_heading(first)) return no_node;
    // The box holding the title and the body; the title's branch under it.
    std::uint32_t both = dom_.nodes[first].parent;
    while (both != no_node && !above_title_[both]) both = dom_.nodes[both].parent;
    if (both == no_node) return no_node;
    std::uint32_t head = title_;
    while (dom_.nodes[head].parent != both) head = dom_.nodes[head].parent;
    if (head == title_ || hints(head).weight() < 0) return no_node;
    const std::uint32_t head_end = subtree_end(head);
    if (text_before_[first] - text_before_[head_end] > kEdge) return no_node;
    // The first paragraph of prose after the title in its box.
    std::uint32_t lead = no_node;
    for (std::uint32_t d = subtree_end(title_); d < head_end && lead == no_node; ++d) {
        const DomNode& e = dom_.nodes[d];
        if (e.type != NodeType::element || e.removed) continue;
        if (e.tag != GUMBO_TAG_P && !(e.tag == GUMBO_TAG_DIV && is_text_div(d))) continue;
        if (stats_[d].text - stats_[d].link_text >= kShortArticle && link_density(d) < 0.25f) lead = d;
    }
    if (lead == no_node || in_chrome(lead, both) || hints(lead).weight() < 0) return no_node;
    // The paragraph's own box links nowhere beside it: a writer's card under the headline (a
    // bio with its avatar and "Read more »") is no lead.
    const std::uint32_t box = dom_.nodes[lead].parent;
    if (box != head && (stats_[box].link_text > stats_[lead].link_text || is_author_card(box, box))) return no_node;
    // The head is the headline, the lead and a line or two (a price, a byline): no body of its own.
    if (stats_[head].text > stats_[title_].text + stats_[lead].text + kEdge) return no_node;
    for (const std::uint32_t r : roots)
        if (r == lead || is_ancestor(r, lead) || is_ancestor(lead, r)) return no_node;
    if (debug_) std::fprintf(stderr, "title lead %u joins the region before %u\n", lead, first);
    return lead;
}

}  // namespace winnow::detail::extraction
