// Extract: a short post's own text among its links. A block dense with links (a share row, a
// list of related posts, a tag cloud) is chrome; but a short post whose body is one paragraph
// of prose followed by such links (a few pictures, a line, a list of related posts) has the
// same density, and its paragraph is the article. One paragraph of prose that holds most of
// the block's unlinked text keeps the block; a teaser box has several summaries, not one. A
// paragraph that lists links after a long sentence of its own ("as I have written for years:
// A - B - C") is the author's text; a label over links ("Read also:") is short.
#include "extract_impl.hpp"

namespace winnow::detail::extraction {

bool Extractor::holds_lone_prose(std::uint32_t n) const {
    constexpr std::uint32_t kProse = 80;  // visible characters outside links, spaces not counted: a long sentence
    const NodeStats& s = stats_[n];
    const std::uint32_t unlinked = s.text - s.link_text;
    // A paragraph: its own sentence of prose before or around the links it lists.
    if (dom_.nodes[n].tag == GUMBO_TAG_P) return unlinked >= kProse;
    std::uint32_t prose = 0, paragraphs = 0;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node;) {
        const DomNode& node = dom_.nodes[d];
        const std::uint32_t at = d;
        d = dom_.next_in(d, n, node.removed);
        if (node.removed || node.type != NodeType::element || node.tag != GUMBO_TAG_P) continue;
        const NodeStats& p = stats_[at];
        const std::uint32_t own = p.inline_text - p.inline_link;
        if (own < kProse || p.inline_link * 2 > p.inline_text) continue;
        ++paragraphs;
        prose = own;
    }
    return paragraphs == 1 && prose * 3 >= unlinked * 2;
}

}  // namespace winnow::detail::extraction
