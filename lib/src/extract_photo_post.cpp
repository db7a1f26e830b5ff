// Extract, a photo post's page notice: a post told in a picture has no prose to score, so the
// only candidate left may be a short box at the page's end after the post (a licence for the
// site's photos, a line about the site). When the title's own box holds a picture of a post's
// size, that box is the article: its headline, its picture and its few lines of credits.
#include "comments_lines.hpp"
#include "extract_impl.hpp"

#include <cstdio>

namespace winnow::detail::extraction {

std::uint32_t Extractor::photo_post(std::uint32_t best, float& best_score) const {
    if (title_ == no_node || best < subtree_end(title_) || is_ancestor(best, title_) || !ends_page(best)) return best;
    if (stats_[best].paragraphs > 1 || stats_[best].text > kPhotoNotice) return best;
    // The title's box: its nearest ancestor holding a picture of a post's size after the
    // title, short of the box that holds the winner too.
    std::uint32_t box = no_node;
    for (std::uint32_t p = dom_.nodes[title_].parent; p != no_node && box == no_node && !is_ancestor(p, best) &&
                                                      !dom_.is(p, GUMBO_TAG_BODY);
         p = dom_.nodes[p].parent)
        for (std::uint32_t d = dom_.next_in(title_, p, true); d != no_node; d = dom_.next_in(d, p))
            if (dom_.nodes[d].type == NodeType::element && !dom_.nodes[d].removed && is_post_media(dom_, d)) {
                box = p;
                break;
            }
    if (box == no_node) return best;
    if (debug_) std::fprintf(stderr, "notice %u ends the page, %u is the photo post's box\n", best, box);
    best_score = final_score(box);
    return box;
}

}  // namespace winnow::detail::extraction
