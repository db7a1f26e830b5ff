// Extract, Q&A pages: a question's and an answer's vote control. Without names, an answers' box
// under a count heading ("2 Answers") and a comment thread under its own ("455 comments") are
// both posts of one kind after the page's prose; the heading's noun tells nothing the markup
// does not. What does: an answer is a post of the question's kind, and a Q&A engine writes both
// with a score between an up and a down control. A comment thread's entries may carry likes,
// but the article above them never does.
#include "extract_vote_controls.hpp"

#include <string_view>

namespace winnow::detail::extraction {

namespace {

// The element's own text when it is one text node and nothing else (blank text aside).
std::string_view sole_text(const Dom& dom, std::uint32_t n) {
    std::string_view text;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        const DomNode& e = dom.nodes[c];
        if (e.type == NodeType::element) return {};
        if (e.type != NodeType::text) continue;
        std::string_view t = e.text;
        while (!t.empty() && (t.front() == ' ' || t.front() == '\n' || t.front() == '\t' || t.front() == '\r')) t.remove_prefix(1);
        while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '\t' || t.back() == '\r')) t.remove_suffix(1);
        if (t.empty()) continue;
        if (!text.empty()) return {};
        text = t;
    }
    return text;
}

// A score: digits with an optional sign, group separators and one magnitude letter ("1.2k").
bool is_score(std::string_view t) {
    if (t.empty() || t.size() > 8) return false;
    if (t.front() == '-' || t.front() == '+') t.remove_prefix(1);
    if (!t.empty() && (t.back() == 'k' || t.back() == 'K' || t.back() == 'm' || t.back() == 'M')) t.remove_suffix(1);
    if (t.empty() || t.front() < '0' || t.front() > '9') return false;
    for (const char c : t)
        if ((c < '0' || c > '9') && c != '.' && c != ',') return false;
    return true;
}

bool is_control(const Dom& dom, const std::vector<NodeStats>& stats, std::uint32_t n) {
    if (n == no_node || dom.nodes[n].type != NodeType::element || stats[n].text > 3) return false;
    const GumboTag tag = dom.nodes[n].tag;
    if (tag == GUMBO_TAG_BUTTON || tag == GUMBO_TAG_A) return true;
    // A mark ("▲"): no ASCII letter or digit; an empty box is no control.
    const std::string text = dom.text_of(n, 16);
    if (text.empty()) return false;
    for (const char c : text)
        if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return false;
    return true;
}

std::uint32_t element_before(const Dom& dom, std::uint32_t n) {
    for (std::uint32_t s = dom.previous_sibling(n); s != no_node; s = dom.previous_sibling(s))
        if (dom.nodes[s].type == NodeType::element) return s;
    return no_node;
}

std::uint32_t element_after(const Dom& dom, std::uint32_t n) {
    for (std::uint32_t s = dom.nodes[n].next_sibling; s != no_node; s = dom.nodes[s].next_sibling)
        if (dom.nodes[s].type == NodeType::element) return s;
    return no_node;
}

}  // namespace

int vote_controls(const Dom& dom, const std::vector<NodeStats>& stats, std::uint32_t box, int enough) {
    int found = 0;
    for (std::uint32_t n = dom.nodes[box].first_child; n != no_node && found < enough; n = dom.next_in(n, box)) {
        if (dom.nodes[n].type != NodeType::element || stats[n].text == 0 || stats[n].text > 8) continue;
        if (!is_score(sole_text(dom, n))) continue;
        if (is_control(dom, stats, element_before(dom, n)) && is_control(dom, stats, element_after(dom, n))) ++found;
    }
    return found;
}

}  // namespace winnow::detail::extraction
