// Stage — extract: an article set in sibling sections. A wiki's mobile skin, a docs generator or
// an HTML5 template may close a box after each heading: <section>lead</section> <h2>A</h2>
// <section>…</section> <h2>B</h2> <section>…</section>, the headings between the boxes, not in
// them. Without names that promise the article, one section outscores the box that holds them all
// (its paragraphs give the parent only part of their points), and the article came out as that
// one section, without its lead or its other sections. Such a winner is found by its shape: it
// follows a heading, and another box of its tag follows a heading of the same rank beside it.
#include "extract_impl.hpp"
#include "extract_words.hpp"

namespace winnow::detail::extraction {

namespace {

constexpr float kSectionLinks = 0.25f;  // an article's section, not a list of links under a heading

}  // namespace

// The heading tag before n when it is a heading with words of its own (an edit link beside it
// aside), or GUMBO_TAG_UNKNOWN.
GumboTag Extractor::heading_before(std::uint32_t n) const {
    const std::uint32_t h = previous_element(n);
    if (h == no_node || dom_.nodes[h].removed || !is_heading(dom_.nodes[h].tag) || dom_.nodes[h].tag == GUMBO_TAG_H1) return GUMBO_TAG_UNKNOWN;
    if (stats_[h].link_text >= stats_[h].text) return GUMBO_TAG_UNKNOWN;
    return dom_.nodes[h].tag;
}

// The rank of the headings parting the root's sections (<h2>…), or GUMBO_TAG_UNKNOWN when the
// root is no section of a sectioned article: it follows a heading, and another sibling of its tag
// follows one of the same rank. One walk over the root's siblings.
GumboTag Extractor::sections_rank(std::uint32_t root) const {
    const GumboTag rank = heading_before(root);
    const std::uint32_t parent = dom_.nodes[root].parent;
    if (rank == GUMBO_TAG_UNKNOWN || parent == no_node) return GUMBO_TAG_UNKNOWN;
    const GumboTag tag = dom_.nodes[root].tag;
    for (std::uint32_t c = dom_.nodes[parent].first_child; c != no_node; c = dom_.nodes[c].next_sibling)
        if (c != root && dom_.nodes[c].type == NodeType::element && !dom_.nodes[c].removed && dom_.nodes[c].tag == tag && heading_before(c) == rank)
            return rank;
    return GUMBO_TAG_UNKNOWN;
}

// Another section of the article around root: a box of the root's tag after a heading of the
// sections' rank, or the lead's box before the first such heading (the parent's first element),
// with text, few links, no thread, no list of teasers.
bool Extractor::is_article_section(std::uint32_t c, std::uint32_t root, GumboTag rank) const {
    if (rank == GUMBO_TAG_UNKNOWN || dom_.nodes[c].tag != dom_.nodes[root].tag || stats_[c].text == 0) return false;
    const bool headed = heading_before(c) == rank;
    const bool lead = c < root && previous_element(c) == no_node && holds_prose(c);
    if (!headed && !lead) return false;
    return link_density(c) < kSectionLinks && !is_teaser_list(c) && !comments_[c] && thread_of(c) == no_node && last_post(c) == no_node;
}

}  // namespace winnow::detail::extraction
