// Stage — extract: a box of teasers with long summaries after the article ("Related stories":
// a picture, a linked headline, a summary of a paragraph, "Read more"). The teaser-list test
// (linked headings over little unlinked text each) misses entries whose summaries are long;
// what they keep is that each entry links its story again and again — the headline's target is
// the target of another link of the entry (its picture, its "read more") — which a section of an
// article, whose heading may link its subject once, does not do. Only after the core, outside
// it: a page whose content is such a list (a digest, a roundup, a blog's front page) holds it
// in its core.
#include <string_view>

#include "extract_impl.hpp"

namespace winnow::detail::extraction {

namespace {

// The target of the first link under n, or empty.
std::string_view first_href(const Dom& dom, std::uint32_t n, std::uint32_t end) {
    for (std::uint32_t d = n; d < end; ++d)
        if (dom.is(d, GUMBO_TAG_A)) return dom.attr(d, "href");
    return {};
}

}  // namespace

bool Extractor::is_teaser_box(std::uint32_t n, std::uint32_t region_text) const {
    const DomNode& node = dom_.nodes[n];
    const NodeStats& s = stats_[n];
    // After the core (inside it, such entries may be a blog page's posts, each a headline, a
    // teaser and its "continue reading"), holding less text than the core or at most twice
    // the rest of the region: a core that is the short block under the title (a video's
    // caption) leaves the article's body to the region, and a short article's related stories
    // may outweigh it. A digest's short opening over its list of entries (the list many times
    // its text) keeps the list. (Inside the region its text is the region's; a sibling
    // gathered beside it is measured against the region's text whole.)
    const std::uint32_t rest = region_text > s.text ? region_text - s.text : region_text;
    if (s.link_headings < kTeaserEntries || core_ == no_node || n < subtree_end(core_) ||
        (s.text >= stats_[core_].text && s.text > 2 * rest))
        return false;
    if (node.tag != GUMBO_TAG_DIV && node.tag != GUMBO_TAG_SECTION && node.tag != GUMBO_TAG_UL && node.tag != GUMBO_TAG_OL &&
        node.tag != GUMBO_TAG_ASIDE)
        return false;
    int linked = 0, repeated = 0;
    const std::uint32_t end = subtree_end(n);
    for (std::uint32_t d = n + 1; d < end; ++d) {
        const DomNode& h = dom_.nodes[d];
        if (h.removed || h.type != NodeType::element || !is_heading(h.tag) || stats_[d].text < 10 ||
            stats_[d].link_text * 5 < stats_[d].text * 4)
            continue;
        ++linked;
        const std::uint32_t heading_end = subtree_end(d);
        const std::string_view target = first_href(dom_, d, heading_end);
        // Another link of the entry (the heading's box) to the same story.
        const std::uint32_t entry = h.parent;
        const std::uint32_t entry_end = subtree_end(entry);
        bool again = false;
        for (std::uint32_t e = entry + 1; e < entry_end && !again && !target.empty(); ++e) {
            if (e == d) {
                e = heading_end - 1;
                continue;
            }
            again = dom_.is(e, GUMBO_TAG_A) && dom_.attr(e, "href") == target;
        }
        if (again) ++repeated;
        d = heading_end - 1;
    }
    // Every linked headline an entry of that shape, two at least.
    return repeated >= kTeaserEntries && repeated == linked;
}

}  // namespace winnow::detail::extraction
