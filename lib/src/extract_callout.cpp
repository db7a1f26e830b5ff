// Stage — extract: a callout in the text. Documentation and how-to pages set a note, a tip or
// a warning inside the body as an <aside>: a short label line ("Note", "Hinweis", "警告") over
// a sentence or two. An <aside> is a sidebar's tag, so a small one in the region went as
// chrome; a callout is the text's own when it stands inside the article's box between blocks
// with text, holds prose of its own under its label, links to little and held no control (a
// newsletter box's form or button).
#include "extract_impl.hpp"

#include <string_view>

namespace winnow::detail::extraction {

namespace {

constexpr std::uint32_t kCalloutText = 600;  // a note of a few sentences, not a column
constexpr std::uint32_t kCalloutLabel = 24;  // "Note", "Warning", an icon and a word or two

// At most two words: one space between non-space runs.
bool two_words_at_most(std::string_view t) {
    int gaps = 0;
    bool in_word = false, gap = false;
    for (const char ch : t) {
        const bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r';
        if (space) {
            gap = in_word;
            continue;
        }
        if (gap && ++gaps > 1) return false;
        gap = false;
        in_word = true;
    }
    return true;
}

}  // namespace

bool Extractor::is_callout(std::uint32_t n) const {
    const DomNode& box = dom_.nodes[n];
    const NodeStats& s = stats_[n];
    const auto is_label = [&](std::uint32_t c) {
        return stats_[c].text <= kCalloutLabel && stats_[c].link_text == 0 && two_words_at_most(dom_.text_of(c));
    };
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
    // No control the prune stage took out (a signup box's form, a button of a promo), and no
    // picture: a portrait over a name and a sentence is a writer's card, not a note.
    for (std::uint32_t d = n + 1; d < subtree_end(n); ++d) {
        const DomNode& e = dom_.nodes[d];
        if (e.type != NodeType::element) continue;
        if (e.tag == GUMBO_TAG_IMG) return false;
        if (e.removed &&
            (e.tag == GUMBO_TAG_FORM || e.tag == GUMBO_TAG_INPUT || e.tag == GUMBO_TAG_BUTTON || e.tag == GUMBO_TAG_IFRAME))
            return false;
    }
    // A label, then prose: the first child with text is a word or two, unlinked, closing no
    // sentence ("Note", "Важно"), or prose under a label the theme hid; a later child ends a
    // sentence. A promo's line is a phrase ("Get our morning briefing") and makes it no callout.
    bool first = true, hidden_label = false, prose = false;
    for (std::uint32_t c = box.first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        if (dom_.nodes[c].type != NodeType::element) continue;
        if (dom_.nodes[c].removed) {
            hidden_label = hidden_label || first;
            continue;
        }
        if (stats_[c].text == 0) continue;
        const bool sentence = ends_sentence(c);
        if (first && !(sentence ? hidden_label : is_label(c))) return false;
        prose = prose || sentence;
        first = false;
    }
    return prose;
}

}  // namespace winnow::detail::extraction
