// Extract, the headline's box and the body's column: a page builder sets the headline and its
// standfirst in one row and the body in the next row's column, beside a column of the author's
// name and share buttons. The body is a run of text blocks of one kind (between subheadings and
// pictures), and its best block stands "far" from the headline by the text between them; the
// standfirst beside the headline scores within reach of it. The run of blocks holding most of
// what the headline's box holds, its comment threads and teaser lists left out, is the article
// under that headline: follow_title keeps it (the standfirst alone holds a summary, not the article).
#include "extract_impl.hpp"

#include <algorithm>
#include <cstdio>

namespace winnow::detail::extraction {

bool Extractor::adds_only_heading(std::uint32_t p, std::uint32_t block) const {
    std::uint32_t added = stats_[p].text - stats_[block].text;
    for (std::uint32_t c = dom_.nodes[p].first_child; c != no_node && added > 0; c = dom_.nodes[c].next_sibling)
        if (c != block && dom_.nodes[c].type == NodeType::element && is_heading(dom_.nodes[c].tag))
            added -= std::min(added, stats_[c].text);
    return added == 0;
}

std::uint32_t Extractor::winner_column(std::uint32_t best) const {
    // The block: the winner through the wrappers that hold nothing else but a heading (a
    // builder's block around an inner box around the paragraphs; a section under its heading
    // in a box of its own). Its kind is its tag and class, no class being a kind too.
    std::uint32_t block = best;
    for (std::uint32_t p = dom_.nodes[block].parent; p != no_node && !above_title_[p] && adds_only_heading(p, block);
         p = dom_.nodes[p].parent)
        block = p;
    const std::uint32_t parent = dom_.nodes[block].parent;
    const std::string_view kind = dom_.attr(block, "class");
    if (parent == no_node) return best;
    for (std::uint32_t c = dom_.nodes[parent].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        const DomNode& e = dom_.nodes[c];
        if (c == block || e.type != NodeType::element || e.removed || e.tag != dom_.nodes[block].tag || dom_.attr(c, "class") != kind)
            continue;
        if (link_density(c) < kColumnLinks && holds_prose(c)) return parent;
    }
    return best;
}

std::uint32_t Extractor::text_besides_threads(std::uint32_t box, std::uint32_t keep) const {
    std::uint32_t left_out = 0;
    for (std::uint32_t d = dom_.next_in(box, box); d != no_node;) {
        const DomNode& e = dom_.nodes[d];
        if (e.type == NodeType::element && stats_[d].text > 0 && d != keep && !is_ancestor(d, keep) &&
            (comments_[d] || is_teaser_list(d))) {
            left_out += stats_[d].text;
            d = dom_.next_in(d, box, true);
        } else {
            d = dom_.next_in(d, box);
        }
    }
    return stats_[box].text - std::min(left_out, stats_[box].text);
}

std::uint32_t Extractor::column_under_title(std::uint32_t best) const {
    if (title_ == no_node || best < title_ || above_title_[best] || thread_of(best) != no_node) return no_node;
    // A lone box far from the title keeps to follow_title: the lead beside the title comes
    // along when the region widens from there, and the box shared with the title may be the
    // whole page (a site's banner for a headline).
    const std::uint32_t column = winner_column(best);
    // A column holding the title is no column beside it (the page's body around its boxes).
    if (column == best || above_title_[column]) return no_node;
    std::uint32_t both = dom_.nodes[column].parent;
    while (both != no_node && !above_title_[both]) both = dom_.nodes[both].parent;
    if (both == no_node) return no_node;
    // The article comes before its comments: a column after them is the page's (a sidebar).
    if (column >= comments_end_under_title()) return no_node;
    const std::uint32_t shared = text_besides_threads(both, column);
    if (2 * shared > 3 * stats_[column].text) return no_node;
    if (debug_) std::fprintf(stderr, "column %u of %u holds %u of the title's box %u (%u besides threads)\n", column, best,
                             stats_[column].text, both, shared);
    return column;
}

std::uint32_t Extractor::comments_end_under_title() const {
    // Where the first readers' thread after the title ends: the article under the title came
    // before its comments, so a box from there on (a sidebar's column, its about box) is the
    // page's. no_node without a title or such a thread.
    if (title_ == no_node) return no_node;
    std::uint32_t end = no_node;
    for (std::uint32_t d = subtree_end(title_); d < comments_.size() && d < end; ++d)
        if (comments_[d]) end = std::min(end, subtree_end(d));
    return end;
}

}  // namespace winnow::detail::extraction
