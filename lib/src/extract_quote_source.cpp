#include "extract_quote_source.hpp"

#include <array>

#include "quote_marks.hpp"
#include "text_length.hpp"

namespace winnow::detail {

namespace {

// Siblings read before the line, at most: the line's previous element is found by walking from
// its parent's first child, and a page of thousands of dated lines in one box must stay linear.
constexpr int kSiblingWalk = 256;
constexpr std::size_t kProse = 80;  // two sentences
constexpr std::size_t kQuoteRead = 2000;  // bytes of a block read to tell a quotation

// A sibling that counts as a block of the flow: an element (not a line break) or a text run,
// not removed. Read without building text: the walk below is pointer chasing only.
bool has_text(const Dom& dom, std::uint32_t c) {
    const DomNode& d = dom.nodes[c];
    if (d.removed) return false;
    if (d.type == NodeType::text) return true;
    return d.type == NodeType::element && d.tag != GUMBO_TAG_BR && d.tag != GUMBO_TAG_HR && d.tag != GUMBO_TAG_IMG;
}

bool opens_with_dash(std::string_view t) {
    while (!t.empty() && (t.front() == ' ' || t.front() == '\n' || t.front() == '\t')) t.remove_prefix(1);
    static constexpr std::array<std::string_view, 5> dashes{"\u2014", "\u2013", "\u2015", "\u2212", "--"};
    for (const std::string_view d : dashes)
        if (t.starts_with(d)) return true;
    return false;
}

bool is_quotation(const Dom& dom, std::uint32_t q) {
    if (dom.nodes[q].type != NodeType::element) return false;
    if (dom.is(q, GUMBO_TAG_BLOCKQUOTE)) return true;
    const std::string text = dom.text_of(q, kQuoteRead);
    if (opens_with_quote_mark(text)) return true;
    // A block whose text is mostly one <q> (its marks drawn by the browser).
    for (std::uint32_t c = dom.nodes[q].first_child; c != no_node; c = dom.nodes[c].next_sibling)
        if (dom.is(c, GUMBO_TAG_Q) && !dom.nodes[c].removed)
            return 2 * text_length(dom.text_of(c, kQuoteRead)) >= text_length(text);
    return false;
}

bool is_prose(const Dom& dom, std::uint32_t c) {
    if (c == no_node || dom.nodes[c].type != NodeType::element) return false;
    if (!dom.is(c, GUMBO_TAG_P) && !dom.is(c, GUMBO_TAG_DIV)) return false;
    const std::string text = dom.text_of(c, kQuoteRead);
    return text_length(text) >= kProse && !opens_with_quote_mark(text);
}

}  // namespace

bool is_quote_source(const Dom& dom, std::uint32_t n, std::string_view t) {
    if (!opens_with_dash(t)) return false;
    const std::uint32_t parent = dom.nodes[n].parent;
    if (parent == no_node) return false;
    // The element with text before the quotation (before_quote), the quotation, the line.
    std::uint32_t before_quote = no_node, quote = no_node;
    int steps = 0;
    std::uint32_t c = dom.nodes[parent].first_child;
    for (; c != no_node && c != n; c = dom.nodes[c].next_sibling) {
        if (++steps > kSiblingWalk) return false;
        if (!has_text(dom, c)) continue;
        before_quote = quote;
        quote = c;
    }
    if (c != n || quote == no_node || !is_quotation(dom, quote)) return false;
    std::uint32_t after = dom.nodes[n].next_sibling;
    while (after != no_node && !has_text(dom, after)) after = dom.nodes[after].next_sibling;
    if (is_prose(dom, after)) return true;
    return is_prose(dom, before_quote) && (after == no_node || !is_quotation(dom, after));
}

}  // namespace winnow::detail
