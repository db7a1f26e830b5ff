// Stage — extract: an author card at the article's end. A small box after the last paragraph
// that opens with a picture (the portrait), then a line that is a name alone, and closes on a
// short link (follow, all posts): the writer's card, whatever its class (a hash) says and
// whether or not the page names its author anywhere else.
#include <algorithm>
#include <string>

#include "extract_impl.hpp"
#include "extract_lines.hpp"

namespace winnow::detail::extraction {

bool Extractor::is_author_card(std::uint32_t n, std::uint32_t root) const {
    const NodeStats& s = stats_[n];
    const DomNode& node = dom_.nodes[n];
    if (!is_block_tag(node.tag) || is_heading(node.tag) || s.text < kCardMin || s.text > kCardMax || holds_core(n) ||
        s.paragraphs > 1)
        return false;
    // At the region's end: little of its text after the card.
    if (text_before_[subtree_end(root)] - text_before_[subtree_end(n)] > kEdge) return false;
    // The portrait first, then the name as the first line of text.
    bool picture = false;
    std::uint32_t name = no_node, last_link = no_node;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node; d = dom_.next_in(d, n)) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed) continue;
        if (e.type == NodeType::element && e.tag == GUMBO_TAG_IMG && name == no_node) picture = true;
        if (e.type == NodeType::element && e.tag == GUMBO_TAG_A && stats_[d].text > 0) last_link = d;
        if (e.type == NodeType::text && stats_[d].text > 0) {
            if (name == no_node) {
                if (!picture) return false;  // text before the picture: a figure's caption, a teaser
                name = d;
            }
            if (last_link == no_node || d >= subtree_end(last_link)) last_link = no_node;  // text after the link
        }
    }
    if (name == no_node || last_link == no_node || !is_name_line(dom_.nodes[name].text)) return false;
    // The closing link is a button: a word or two.
    const std::string label = dom_.text_of(last_link, 40);
    return stats_[last_link].text <= kCardButton && std::count(label.begin(), label.end(), ' ') <= 1;
}

}  // namespace winnow::detail::extraction
