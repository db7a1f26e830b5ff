// Stage — extract: a wrapper is an unnamed <div> around one block and nothing else (see
// extract_wrappers.hpp).
#include "extract_wrappers.hpp"

#include "extract_words.hpp"

namespace winnow::detail::extraction {

namespace {

// The one child of box that makes it a wrapper, else no_node.
std::uint32_t wrapped_child(const Dom& dom, const std::vector<NodeStats>& stats, std::uint32_t box) {
    const DomNode& b = dom.nodes[box];
    if (b.type != NodeType::element || b.tag != GUMBO_TAG_DIV || b.removed || !dom.attr(box, "class").empty() ||
        !dom.attr(box, "id").empty())
        return no_node;
    std::uint32_t only = no_node;
    for (std::uint32_t c = b.first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        const DomNode& cn = dom.nodes[c];
        if (cn.removed) continue;
        if (cn.type == NodeType::text && stats[c].text > 0) return no_node;
        if (cn.type != NodeType::element) continue;
        if (only != no_node) return no_node;
        only = c;
    }
    // A block: a <span> or <font> around a column's blocks is markup of its own, which the
    // template set there, not one more level of boxes.
    return only != no_node && is_block_tag(dom.nodes[only].tag) && stats[only].text == stats[box].text ? only : no_node;
}

// n, past the wrappers around it, is a block holding no block.
bool wrapped_leaf(const Dom& dom, const std::vector<NodeStats>& stats, const std::vector<std::uint32_t>& wrapped, std::uint32_t n) {
    n = wrapped_box(wrapped, n);
    const DomNode& e = dom.nodes[n];
    if (e.type != NodeType::element || e.removed || stats[n].text == 0 || !is_block_tag(e.tag)) return false;
    for (std::uint32_t c = e.first_child; c != no_node; c = dom.nodes[c].next_sibling)
        if (!dom.nodes[c].removed && dom.nodes[c].type == NodeType::element && is_block_tag(dom.nodes[c].tag)) return false;
    return true;
}

// The element with text right before or after n (text, comments, removed nodes and elements
// without text aside: an empty paragraph or a picture between two wrapped paragraphs does not
// end their run). A wrapper run's top wraps one paragraph, so each node is read as a neighbour
// of the two paragraphs' tops around it at most.
std::uint32_t element_beside(const Dom& dom, const std::vector<NodeStats>& stats, std::uint32_t n, bool after) {
    for (std::uint32_t s = after ? dom.nodes[n].next_sibling : dom.previous_sibling(n); s != no_node;
         s = after ? dom.nodes[s].next_sibling : dom.previous_sibling(s))
        if (dom.nodes[s].type == NodeType::element && !dom.nodes[s].removed && stats[s].text > 0) return s;
    return no_node;
}

}  // namespace

std::vector<std::uint32_t> find_wrappers(const Dom& dom, const std::vector<NodeStats>& stats) {
    std::vector<std::uint32_t> wrapped(dom.nodes.size(), no_node);
    for (std::uint32_t i = 0; i < dom.nodes.size(); ++i) wrapped[i] = wrapped_child(dom, stats, i);
    return wrapped;
}

std::uint32_t wrapped_box(const std::vector<std::uint32_t>& wrapped, std::uint32_t n) {
    for (std::uint32_t steps = 0; steps < kWrapperWalk && wrapped[n] != no_node; ++steps) n = wrapped[n];
    return n;
}

std::uint32_t wrapped_run_top(const Dom& dom, const std::vector<NodeStats>& stats, const std::vector<std::uint32_t>& wrapped,
                              std::uint32_t paragraph) {
    std::uint32_t top = paragraph;
    for (std::uint32_t steps = 0; steps < kWrapperWalk; ++steps) {
        const std::uint32_t up = dom.nodes[top].parent;
        if (up == no_node || !wraps_only(wrapped, up, top)) break;
        top = up;
    }
    if (top == paragraph) return no_node;
    for (const bool after : {false, true})
        if (const std::uint32_t s = element_beside(dom, stats, top, after); s != no_node && wrapped_leaf(dom, stats, wrapped, s)) return top;
    return no_node;
}

}  // namespace winnow::detail::extraction
