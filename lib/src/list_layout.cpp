#include "list_layout.hpp"

#include <cstddef>

namespace winnow::detail {

namespace {

constexpr std::size_t kScan = 4096;  // nodes read under one item at most (a huge item is no post)

// Whether the live text under n holds a character that is not a space (or, written, the text
// the page wrote, removed nodes included).
bool has_text(const Dom& dom, std::uint32_t n, bool written = false) {
    std::size_t seen = 0;
    for (std::uint32_t m = dom.next_in(n, n); m != no_node && ++seen < kScan;) {
        const DomNode& mn = dom.nodes[m];
        if (mn.removed && !written) {
            m = dom.next_in(m, n, true);
            continue;
        }
        if (mn.type == NodeType::text || mn.type == NodeType::cdata)
            for (const char c : mn.text)
                if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') return true;
        m = dom.next_in(m, n);
    }
    return false;
}

// An item built like a post: two or more block children with text, and a <p> or a heading
// among its descendants (a loose list's item is one <p>, maybe with a nested list). A block the
// page wrote and extraction dropped counts (a reply's writer line, gone as chrome, leaves its one
// paragraph: the item was a post all the same, and its list must not join the first post's
// paragraphs into one line).
bool post_item(const Dom& dom, std::uint32_t li) {
    std::size_t blocks = 0;
    for (std::uint32_t c = dom.nodes[li].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        const DomNode& cn = dom.nodes[c];
        if (cn.type != NodeType::element || !is_block_element(cn.tag)) continue;
        if (cn.removed) {
            if (has_text(dom, c, true)) ++blocks;
            continue;
        }
        if (cn.tag == GUMBO_TAG_UL || cn.tag == GUMBO_TAG_OL || cn.tag == GUMBO_TAG_DL) return false;  // a nested list: a list
        if (has_text(dom, c)) ++blocks;
    }
    if (blocks < 2) return false;
    std::size_t seen = 0;
    for (std::uint32_t m = dom.next_in(li, li); m != no_node && ++seen < kScan;) {
        const DomNode& mn = dom.nodes[m];
        if (mn.removed) {
            m = dom.next_in(m, li, true);
            continue;
        }
        if (mn.type == NodeType::element && (mn.tag == GUMBO_TAG_P || heading_level(mn.tag))) return true;
        m = dom.next_in(m, li);
    }
    return false;
}

}  // namespace

// Two items or more, and every item with text built like a post.
bool is_layout_list(const Dom& dom, std::uint32_t list) {
    std::size_t items = 0;
    for (std::uint32_t c = dom.nodes[list].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        const DomNode& cn = dom.nodes[c];
        if (cn.removed || cn.type != NodeType::element) continue;
        if (cn.tag != GUMBO_TAG_LI) return false;  // (a <dl>'s terms, stray markup: a list)
        if (!has_text(dom, c)) continue;
        if (!post_item(dom, c)) return false;
        ++items;
    }
    return items >= 2;
}

}  // namespace winnow::detail
