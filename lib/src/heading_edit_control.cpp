#include "heading_edit_control.hpp"

#include <string>

#include "ascii.hpp"

namespace winnow::detail {

namespace {

bool blank(std::string_view s) {
    for (const char c : s)
        if (c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f') return false;
    return true;
}

// The one link of a control box, when everything else in it is brackets or punctuation (ASCII):
// no_node for a box of two links, of words outside its link, or of more than 16 nodes.
std::uint32_t lone_link(const Dom& dom, std::uint32_t box) {
    if (dom.is(box, GUMBO_TAG_A)) return box;
    std::uint32_t link = no_node;
    int seen = 0;
    for (std::uint32_t n = dom.next_in(box, box); n != no_node;) {
        if (++seen > 16) return no_node;
        const DomNode& d = dom.nodes[n];
        if (d.removed) { n = dom.next_in(n, box, true); continue; }
        if (d.type == NodeType::element && d.tag == GUMBO_TAG_A) {
            if (link != no_node) return no_node;
            link = n;
            n = dom.next_in(n, box, true);
            continue;
        }
        if (d.type == NodeType::text)
            for (const char c : d.text)
                if (static_cast<unsigned char>(c) >= 0x80 || is_ascii_alnum(c)) return no_node;
        n = dom.next_in(n, box);
    }
    return link;
}

}  // namespace

std::uint32_t heading_edit_control(const Dom& dom, std::uint32_t heading) {
    std::uint32_t last = no_node, before = no_node;
    int children = 0;
    for (std::uint32_t c = dom.nodes[heading].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        if (++children > 8) return no_node;
        const DomNode& d = dom.nodes[c];
        if (d.removed || d.type == NodeType::comment) continue;
        if (d.type != NodeType::element) {
            if (!blank(d.text)) { before = last; last = c; }
            continue;
        }
        if (blank(dom.text_of(c, 8))) continue;
        before = last;
        last = c;
    }
    if (last == no_node || before == no_node || dom.nodes[last].type != NodeType::element ||
        dom.nodes[before].type != NodeType::element || dom.is(before, GUMBO_TAG_A))
        return no_node;
    // Glued: no blank node between the two, the heading's text ending and the control's starting
    // with a visible character.
    if (dom.nodes[before].next_sibling != last) return no_node;
    const std::string head = dom.text_of(before, 200);
    const std::string control = dom.text_of(last, 40);
    if (head.empty() || control.empty() || head.back() == ' ' || control.front() == ' ' || control.size() > 32) return no_node;
    const std::uint32_t link = lone_link(dom, last);
    if (link == no_node) return no_node;
    const std::string label = dom.text_of(link, 40);
    if (label.empty() || label.size() > 24) return no_node;
    int spaces = 0;
    for (const char c : label) spaces += c == ' ';
    return spaces <= 1 ? last : no_node;
}

}  // namespace winnow::detail
