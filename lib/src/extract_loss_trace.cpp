// Extract, loss trace (WINNOW_TRACE_LOSS set): where each run of the page's text went, for
// tools/recall_loss.py to tell which stage loses article text. One stderr line per run of
// text under one block element with one fate:
//   loss<TAB>CAUSE<TAB>TEXT
// CAUSE is prune:TAG (never content, hidden, small form, role), drop:TAG (marked as chrome
// inside the region), thread:TAG (a comment thread or its heading), outside (not under any
// region root), outside:thread, region:caption (kept, but a figure's caption), region (kept
// and handed to the blocks; the noise filters may still remove it: --report says so), or
// articlebody (the JSON-LD articleBody is the body instead).
#include <cstdio>
#include <string>

#include "extract_impl.hpp"

namespace winnow::detail::extraction {

std::string Extractor::loss_cause(std::uint32_t text_node, const Extraction& out) const {
    std::uint32_t pruned = no_node, dropped = no_node;
    bool in_thread = false, in_caption = false;
    // From the text node itself: a line of text inside a block can be dropped on its own
    // (extract_edge_lines.cpp marks the runs of a line), and that loss is recorded too.
    for (std::uint32_t p = text_node; p != no_node; p = dom_.nodes[p].parent) {
        if (dom_.nodes[p].removed && pruned_[p]) pruned = p;
        else if (dom_.nodes[p].removed && dropped == no_node) dropped = p;
        in_thread = in_thread || comments_[p];
        in_caption = in_caption || dom_.is(p, GUMBO_TAG_FIGCAPTION) || dom_.is(p, GUMBO_TAG_FIGURE);
    }
    const auto tag = [&](std::uint32_t n) {
        return dom_.nodes[n].type == NodeType::element ? std::string(gumbo_normalized_tagname(dom_.nodes[n].tag))
                                                       : std::string("text");
    };
    if (out.use_article_body) return "articlebody";
    if (pruned != no_node) return "prune:" + (is_hidden(dom_, pruned) ? std::string("hidden") : tag(pruned));
    if (dropped != no_node) return (in_thread ? "thread:" : "drop:") + tag(dropped);
    bool under = false;
    for (std::uint32_t r : out.roots) under = under || r == text_node || is_ancestor(r, text_node);
    if (!under) return in_thread ? "outside:thread" : "outside";
    return in_caption ? "region:caption" : "region";
}

void Extractor::trace_losses(const Extraction& out) const {
    std::string cause, text;
    std::uint32_t block = no_node;
    const auto flush = [&] {
        if (text.find_first_not_of(' ') != std::string::npos)
            std::fprintf(stderr, "loss\t%s\t%s\n", cause.c_str(), text.c_str());
        text.clear();
    };
    const std::uint32_t body = dom_.body != no_node ? dom_.body : 0;
    for (std::uint32_t n = body; n != no_node;) {
        const DomNode& node = dom_.nodes[n];
        // The head (and a <title> that strays into the body) is metadata, not the page's text.
        if (n == dom_.head || dom_.is(n, GUMBO_TAG_TITLE)) {
            n = dom_.next_in(n, body, true);
            continue;
        }
        const std::uint32_t at = n;
        n = dom_.next_in(n, body);
        if (node.type != NodeType::text) continue;
        std::uint32_t b = node.parent;
        while (b != no_node && !is_block_tag(dom_.nodes[b].tag)) b = dom_.nodes[b].parent;
        std::string c = loss_cause(at, out);
        if (c != cause || b != block) {
            flush();
            cause = std::move(c);
            block = b;
        }
        text += ' ';
        for (char ch : node.text) text += ch == '\n' || ch == '\t' || ch == '\r' ? ' ' : ch;
    }
    flush();
}

}  // namespace winnow::detail::extraction
