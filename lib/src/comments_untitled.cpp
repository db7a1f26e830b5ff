// Comment threads on a page whose headline the title finder cannot see (no heading, a <title>
// of the site's name alone): the prose a thread answers must then stand before it in its own
// column. The page-wide bar of a long article (250 characters) misses a post of a paragraph or
// two under forty comments, and the thread, far longer, wins the page.
#include "comments_untitled.hpp"

namespace winnow::detail {

namespace {

constexpr std::uint32_t kProse = 80;       // two sentences: a short post
constexpr std::uint32_t kParagraph = 25;   // a <p> of words, not a label
constexpr std::uint32_t kLooseRun = 80;    // a paragraph's run of text set without <p>
constexpr int kLevels = 3;                 // wrappers climbed from the entries' box

bool block_box(const Dom& dom, std::uint32_t p) {
    return dom.is(p, GUMBO_TAG_DIV) || dom.is(p, GUMBO_TAG_TD) || dom.is(p, GUMBO_TAG_SECTION) || dom.is(p, GUMBO_TAG_ARTICLE) ||
           dom.is(p, GUMBO_TAG_MAIN);
}

// Prose under c: paragraphs and loose runs of words in boxes, each mostly unlinked.
std::uint32_t prose_in(const Dom& dom, std::uint32_t c, const std::vector<std::uint32_t>& text, const std::vector<std::uint32_t>& link) {
    std::uint32_t prose = 0;
    for (std::uint32_t d = c; d != no_node;) {
        const DomNode& e = dom.nodes[d];
        const bool paragraph = e.type == NodeType::element && e.tag == GUMBO_TAG_P;
        if (paragraph && !e.removed && text[d] >= kParagraph && link[d] * 2 < text[d])
            prose += text[d];
        else if (!e.removed && e.type == NodeType::text && text[d] >= kLooseRun && link[d] == 0 && e.parent != no_node &&
                 block_box(dom, e.parent))
            prose += text[d];
        // A removed box's text and a paragraph's inner runs are read no further.
        d = dom.next_in(d, c, e.removed || paragraph);
    }
    return prose;
}

}  // namespace

bool answers_untitled_post(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text,
                           const std::vector<std::uint32_t>& link) {
    if (k.tag == GUMBO_TAG_TR || k.tag == GUMBO_TAG_TD) return false;
    int entries = 0, signed_by_name = 0;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        if (dom.nodes[c].type != NodeType::element || dom.nodes[c].removed || !(kind_of(dom, c) == k)) continue;
        ++entries;
        if (signed_entry(dom, c, text)) ++signed_by_name;
    }
    if (entries == 0 || signed_by_name * 2 < entries) return false;
    std::uint32_t box = n;
    for (int level = 0; level < kLevels; ++level) {
        const std::uint32_t parent = dom.nodes[box].parent;
        if (parent == no_node || dom.is(parent, GUMBO_TAG_BODY) || dom.is(parent, GUMBO_TAG_HTML)) return false;
        std::uint32_t prose = 0;
        for (std::uint32_t c = dom.nodes[parent].first_child; c != no_node && c != box; c = dom.nodes[c].next_sibling)
            prose += prose_in(dom, c, text, link);
        if (prose > 0) return prose >= kProse;
        box = parent;
    }
    return false;
}

}  // namespace winnow::detail
