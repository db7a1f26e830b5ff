// Stage — extract: a callout in the text. Documentation and how-to pages set a note, a tip or
// a warning inside the body as an <aside>: a short label line ("Note", "Hinweis", "警告") over
// a sentence or two. An <aside> is a sidebar's tag, so a small one in the region went as
// chrome; a callout is the text's own when it stands inside the article's box between blocks
// with text, holds prose of its own under its label, links to little and held no control (a
// newsletter box's form or button).
#include "extract_impl.hpp"

namespace winnow::detail::extraction {

namespace {

constexpr std::uint32_t kCalloutText = 600;  // a note of a few sentences, not a column
constexpr std::uint32_t kCalloutLabel = 30;  // "Note", "Warning", an icon and a word or two

}  // namespace

bool Extractor::is_callout(std::uint32_t n) const {
    const DomNode& box = dom_.nodes[n];
    const NodeStats& s = stats_[n];
    if (box.tag != GUMBO_TAG_ASIDE || core_ == no_node || !is_ancestor(core_, n) || s.text > kCalloutText ||
        s.link_text * 10 > s.text || comments_[n] || thread_of(n) != no_node)
        return false;
    // Inside the text's flow: blocks with text on both sides of it.
    const auto text_beside = [&](bool after) {
        for (std::uint32_t c = after ? box.next_sibling : dom_.previous_sibling(n); c != no_node;
             c = after ? dom_.nodes[c].next_sibling : dom_.previous_sibling(c))
            if (!dom_.nodes[c].removed && stats_[c].text > 0) return true;
        return false;
    };
    if (!text_beside(false) || !text_beside(true)) return false;
    // No control the prune stage took out: a signup box's form, a button of a promo.
    for (std::uint32_t d = n + 1; d < subtree_end(n); ++d) {
        const DomNode& e = dom_.nodes[d];
        if (e.type == NodeType::element && e.removed &&
            (e.tag == GUMBO_TAG_FORM || e.tag == GUMBO_TAG_INPUT || e.tag == GUMBO_TAG_BUTTON || e.tag == GUMBO_TAG_IFRAME))
            return false;
    }
    // Prose under a label line at most: the first child with text is a short unlinked line
    // closing no sentence (a label; a theme may hide it from the page) or prose, and a child
    // ends a sentence.
    bool first = true, prose = false;
    for (std::uint32_t c = box.first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        if (dom_.nodes[c].type != NodeType::element || dom_.nodes[c].removed || stats_[c].text == 0) continue;
        const bool sentence = ends_sentence(c);
        if (first && !sentence && (stats_[c].text > kCalloutLabel || stats_[c].link_text > 0)) return false;
        first = false;
        prose = prose || sentence;
    }
    return prose;
}

}  // namespace winnow::detail::extraction
