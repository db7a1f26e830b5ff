// Stage — extract: a numbered list written as lines of one paragraph (see extract_numbered_lines.hpp).
#include "extract_numbered_lines.hpp"

#include <string>
#include <string_view>

#include "text_lines.hpp"

namespace winnow::detail::extraction {

namespace {

// Whether a line opens on the number `expected` followed by "." or ")".
bool opens_on(std::string_view line, int expected) {
    std::size_t i = 0;
    int value = 0;
    while (i < line.size() && i < 3 && line[i] >= '0' && line[i] <= '9') value = value * 10 + (line[i++] - '0');
    return i > 0 && value == expected && i < line.size() && (line[i] == '.' || line[i] == ')');
}

bool holds_link(const Dom& dom, std::uint32_t n) {
    for (std::uint32_t d = dom.next_in(n, n); d != no_node; d = dom.next_in(d, n))
        if (!dom.nodes[d].removed && dom.is(d, GUMBO_TAG_A)) return true;
    return false;
}

}  // namespace

bool announced_numbered_lines(const Dom& dom, std::uint32_t n) {
    int count = 0;
    bool in_order = true;
    std::string line;
    const auto close = [&] {
        const std::string_view v = trim_line(line);
        if (!v.empty()) in_order = in_order && opens_on(v, ++count);
        line.clear();
    };
    for (std::uint32_t d = dom.next_in(n, n); d != no_node && in_order;) {
        const DomNode& node = dom.nodes[d];
        if (node.removed) {
            d = dom.next_in(d, n, true);
            continue;
        }
        if (node.type == NodeType::element && node.tag == GUMBO_TAG_BR) close();
        else if (node.type == NodeType::text) line += node.text;
        d = dom.next_in(d, n);
    }
    close();
    if (!in_order || count < kNumberedLines) return false;
    // The article's own line announcing them, right before.
    std::uint32_t before = dom.previous_sibling(n);
    while (before != no_node && (dom.nodes[before].removed || trim_line(dom.text_of(before)).empty()))
        before = dom.previous_sibling(before);
    if (before == no_node || dom.nodes[before].type != NodeType::element || holds_link(dom, before)) return false;
    const std::string text = dom.text_of(before);
    const std::string_view v = trim_line(text);
    return v.ends_with(':') || v.ends_with("\uFF1A");
}

}  // namespace winnow::detail::extraction
