#include "extract_title.hpp"

#include <string>

namespace winnow::detail {

namespace {

// Letters and digits only, ASCII folded to lower case: punctuation, quotes and spacing differ
// between a <title> and the heading that shows it. Non-ASCII bytes are kept as they are.
std::string fold(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80) out.push_back(ch);
        else if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c - 'A' + 'a'));
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(ch);
    }
    return out;
}

// Same words, or one holds the other and the shorter is most of the longer (a title with a
// kicker or a site name the stripping missed). Short strings must match exactly: a section
// name is no title.
bool same_title(const std::string& a, const std::string& b) {
    if (a.empty() || b.empty()) return false;
    if (a == b) return a.size() >= 8;
    const std::string& shorter = a.size() < b.size() ? a : b;
    const std::string& longer = a.size() < b.size() ? b : a;
    return shorter.size() >= 20 && shorter.size() * 2 >= longer.size() && longer.find(shorter) != std::string::npos;
}

// n or an ancestor was pruned.
bool removed(const Dom& dom, std::uint32_t n) {
    for (std::uint32_t p = n; p != no_node; p = dom.nodes[p].parent)
        if (dom.nodes[p].removed) return true;
    return false;
}

int level(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_H1: return 1;
        case GUMBO_TAG_H2: return 2;
        case GUMBO_TAG_H3: return 3;
        case GUMBO_TAG_H4: return 4;
        default: return 0;
    }
}

}  // namespace

std::uint32_t find_title_heading(const Dom& dom, std::string_view title) {
    const std::string want = fold(title);
    if (want.size() < 8 || dom.body == no_node) return no_node;
    std::uint32_t found = no_node;
    int found_level = 9;
    bool ambiguous = false;  // two headings of the best level say the title: no evidence
    // The node array is in pre-order: a flat scan visits the headings in document order.
    for (std::uint32_t n = dom.body; n < dom.nodes.size(); ++n) {
        const DomNode& node = dom.nodes[n];
        const int l = node.type == NodeType::element ? level(node.tag) : 0;
        if (l == 0 || l > found_level || removed(dom, n)) continue;
        if (same_title(fold(dom.text_of(n)), want)) {
            ambiguous = l == found_level;
            if (!ambiguous) found = n;
            found_level = l;
        }
    }
    return ambiguous ? no_node : found;
}

}  // namespace winnow::detail
