#include "comments_heading_box.hpp"

namespace winnow::detail {

bool heading_alone(const Dom& dom, std::uint32_t c, const std::vector<std::uint32_t>& text) {
    if (text[c] == 0) return false;
    for (std::uint32_t d = c; d != no_node; d = dom.next_in(d, c)) {
        const DomNode& n = dom.nodes[d];
        if (n.type == NodeType::element && !n.removed && heading_level(n.tag) != 0 && text[d] > 0) return text[d] == text[c];
        if (n.type == NodeType::text && text[d] > 0) return false;  // words before any heading
    }
    return false;
}

}  // namespace winnow::detail
