// Extract, the page's own word: an <article> element that holds the title heading and prose
// of its own is where the page put its article. A box beside it that scores higher (an
// author's or photographer's profile, longer and more comma-rich than a short item) is
// another box of the page, and the page marked where its article ends.
#include "extract_impl.hpp"

#include <algorithm>
#include <cstdio>

namespace winnow::detail::extraction {

std::uint32_t Extractor::titled_article() const {
    if (title_ == no_node) return no_node;
    std::uint32_t a = dom_.nodes[title_].parent;
    while (a != no_node && !(dom_.nodes[a].type == NodeType::element && dom_.nodes[a].tag == GUMBO_TAG_ARTICLE))
        a = dom_.nodes[a].parent;
    if (a == no_node || !stats_[a].candidate) return no_node;
    // Prose of its own beside the title: not an <article> of a headline and byline only.
    const NodeStats& s = stats_[a];
    const std::uint32_t prose = s.text - s.link_text - std::min(s.text - s.link_text, stats_[title_].text);
    if (s.paragraphs < 2 || prose < kArticleTagProse || link_density(a) > 0.3f) return no_node;
    return a;
}

std::uint32_t Extractor::keep_to_article(std::uint32_t best, float& best_score) const {
    const std::uint32_t a = titled_article();
    if (a == no_node || best == a || is_ancestor(a, best) || is_ancestor(best, a)) return best;
    // The best candidate inside it (its body box), else the element itself.
    std::uint32_t in = a;
    for (std::uint32_t i = a + 1; i < subtree_end(a); ++i)
        if (stats_[i].candidate && final_score(i) > final_score(in)) in = i;
    if (debug_) std::fprintf(stderr, "article element %u holds the title: %u beside it yields to %u\n", a, best, in);
    best_score = final_score(in);
    return in;
}

}  // namespace winnow::detail::extraction
