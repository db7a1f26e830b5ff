// Extract, a quoted passage that outscores the words around it: an article that quotes a long
// passage (a paper's abstract, a speech, another writer's post) holds one <blockquote> longer
// than any paragraph of its own, and the quote can win the page alone, its introduction and
// the author's lines around it lost. A quote is somebody else's text set inside an article: when
// the winner is a <blockquote> whose box opens with prose of its own before it (the lines
// that introduce the quote), that box is the article.
#include "extract_impl.hpp"

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace winnow::detail::extraction {

namespace {

constexpr std::uint32_t kIntroText = 25;     // the introduction: a line, not a label
constexpr std::uint32_t kOwnerTimes = 3;     // the box holds at most three times the quote's text
constexpr std::uint32_t kWrapperSlack = 10;  // a wrapper adds a mark or two at most

// "… wrote in his paper:": a line that hands over to what follows.
bool hands_over(std::string_view t) {
    while (!t.empty() && is_space(static_cast<unsigned char>(t.back()))) t.remove_suffix(1);
    return t.ends_with(':') || t.ends_with("\xEF\xBC\x9A");  // ':' or the full-width colon
}

}  // namespace

std::uint32_t Extractor::quote_owner(std::uint32_t best, float& best_score) const {
    if (!dom_.is(best, GUMBO_TAG_BLOCKQUOTE)) return best;
    // The nearest box with text besides the quote, past wrappers of the quote alone.
    std::uint32_t box = dom_.nodes[best].parent;
    while (box != no_node && !dom_.is(box, GUMBO_TAG_BODY) && stats_[box].text <= stats_[best].text + kWrapperSlack)
        box = dom_.nodes[box].parent;
    if (box == no_node || dom_.is(box, GUMBO_TAG_BODY) || comments_[box] || in_chrome(box, no_node)) return best;
    const NodeStats& b = stats_[box];
    const NodeStats& q = stats_[best];
    if (b.text > kOwnerTimes * q.text) return best;
    // Outside the quote, the box is mostly unlinked text: the article's words, not a list of links.
    const std::uint32_t outside = b.text - q.text, outside_links = b.link_text - q.link_text;
    if (outside_links * 2 > outside) return best;
    // Prose of the box's own before the quote: a line that introduces it, mostly unlinked.
    bool introduced = false;
    for (std::uint32_t d = dom_.next_in(box, box); d != no_node && d < best && !introduced;) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed) {
            d = dom_.next_in(d, box, true);
            continue;
        }
        // A heading names the article or a section; it introduces nothing.
        if (e.type == NodeType::element && is_heading(e.tag)) {
            d = dom_.next_in(d, box, true);
            continue;
        }
        const NodeStats& s = stats_[d];
        introduced = e.type == NodeType::element && s.inline_text >= kIntroText && s.inline_link * 2 < s.inline_text &&
                     (holds_prose(d) || hands_over(dom_.text_of(d)));
        d = dom_.next_in(d, box);
    }
    if (!introduced) return best;
    if (debug_) std::fprintf(stderr, "quote %u: its box %u holds the prose that introduces it\n", best, box);
    best_score = std::max(best_score, final_score(box));
    return box;
}

}  // namespace winnow::detail::extraction
