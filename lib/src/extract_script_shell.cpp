// Extract, script shell: a page whose article stands in a <noscript> (the markup served for
// readers without scripts, prune keeps it when it holds prose) is an app whose visible boxes a
// script fills. Beside that <noscript>, inside the region, the boxes that hold a short line and
// no heading are the shell's placeholders ("Loading…", a spinner's caption, "enable
// JavaScript"), not the article: the article's text is all in the <noscript>.
#include <cstdio>

#include "extract_impl.hpp"

namespace winnow::detail::extraction {

namespace {

constexpr std::uint32_t kShellLine = 80;  // a placeholder's line: under two sentences

}  // namespace

std::size_t Extractor::drop_script_shell(std::uint32_t root) {
    // The <noscript> under root holding most of the region's text.
    std::uint32_t fallback = no_node;
    for (std::uint32_t n = dom_.next_in(root, root); n != no_node; n = dom_.next_in(n, root)) {
        const DomNode& e = dom_.nodes[n];
        if (e.removed || e.type != NodeType::element || e.tag != GUMBO_TAG_NOSCRIPT) continue;
        if (stats_[n].text * 2 >= stats_[root].text) {
            fallback = n;
            break;
        }
    }
    if (fallback == no_node) return 0;
    std::size_t dropped = 0;
    // The boxes beside the <noscript> and beside each box that holds it, up to the region.
    for (std::uint32_t a = fallback; a != root && a != no_node; a = dom_.nodes[a].parent) {
        const std::uint32_t parent = dom_.nodes[a].parent;
        if (parent == no_node) break;
        for (std::uint32_t s = dom_.nodes[parent].first_child; s != no_node; s = dom_.nodes[s].next_sibling) {
            const DomNode& e = dom_.nodes[s];
            if (s == a || e.removed || e.type != NodeType::element || stats_[s].text == 0 || stats_[s].text > kShellLine) continue;
            if (is_heading(e.tag) || s == title_ || (title_ != no_node && is_ancestor(s, title_))) continue;
            bool heading = false;
            for (std::uint32_t d = dom_.next_in(s, s); d != no_node && !heading; d = dom_.next_in(d, s))
                heading = dom_.nodes[d].type == NodeType::element && is_heading(dom_.nodes[d].tag);
            if (heading) continue;
            if (debug_) std::fprintf(stderr, "  script shell: %s\n", dom_.text_of(s).c_str());
            mark(s);
            ++dropped;
        }
    }
    return dropped;
}

}  // namespace winnow::detail::extraction
