// Stage — extract: template blanks after the article. A page's template can leave slots for a
// script to fill: an empty element with an id right after a label ("Posted by: [ ] | [ ]",
// "Error type: [ ]"), the frame of a comment's preview or of a message the script shows. In
// the served page the slot is empty, so the box around it is the template's furniture (its
// heading and its labels), never the article's: a short box past the start of the article's
// core (not holding it) that holds a label waiting for its value is dropped, whatever its class (a hash) says.
#include <cstdio>
#include <string>
#include <string_view>

#include "extract_impl.hpp"

namespace winnow::detail::extraction {

namespace {

bool is_slot_tag(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_SPAN: case GUMBO_TAG_EM: case GUMBO_TAG_STRONG: case GUMBO_TAG_B: case GUMBO_TAG_I:
        case GUMBO_TAG_SMALL: case GUMBO_TAG_LABEL: case GUMBO_TAG_CODE:
            return true;
        default:
            return false;
    }
}

// The text ends with a label's mark: a colon (of any width) or a bar, spaces after it.
bool ends_as_label(std::string_view t) {
    while (!t.empty() && (is_space(static_cast<unsigned char>(t.back())) || t.back() == '|')) t.remove_suffix(1);
    // "\u00a0" (no-break space) as the last two bytes.
    while (t.size() >= 2 && t.substr(t.size() - 2) == "\xC2\xA0") {
        t.remove_suffix(2);
        while (!t.empty() && (is_space(static_cast<unsigned char>(t.back())) || t.back() == '|')) t.remove_suffix(1);
    }
    return t.ends_with(':') || t.ends_with("\uFF1A");
}

}  // namespace

bool Extractor::is_template_slot(std::uint32_t n) const {
    const DomNode& e = dom_.nodes[n];
    // (An empty element may have been marked removed by the prune stage: it is still the blank.)
    if (e.type != NodeType::element || !is_slot_tag(e.tag) || !dom_.has_attr(n, "id")) return false;
    // Empty in the served page: no child at all but spaces (an element emptied by the prune
    // stage, an ad's script taken, is not a blank of the template: its children are still here).
    for (std::uint32_t c = e.first_child; c != no_node; c = dom_.nodes[c].next_sibling)
        if (dom_.nodes[c].type != NodeType::whitespace) return false;
    // Right after a label: the text before it in its line ends with a colon.
    std::string before;
    for (std::uint32_t p = dom_.nodes[e.parent].first_child; p != n && p != no_node; p = dom_.nodes[p].next_sibling) {
        const DomNode& s = dom_.nodes[p];
        if (s.removed) continue;
        if (s.type == NodeType::text) before.append(s.text);
        else if (s.type == NodeType::element && s.tag == GUMBO_TAG_BR) before.clear();
        else if (s.type == NodeType::element) before.append(dom_.text_of(p));
    }
    return ends_as_label(before);
}

bool Extractor::holds_template_slot(std::uint32_t n) const {
    const std::uint32_t end = subtree_end(n);
    for (std::uint32_t d = n + 1; d < end; ++d)
        if (is_template_slot(d)) return true;
    return false;
}

std::size_t Extractor::drop_template_slots(std::uint32_t root) {
    if (core_ == no_node) return 0;
    std::size_t removed = 0;
    for (std::uint32_t n = dom_.nodes[root].first_child; n != no_node;) {
        const DomNode& node = dom_.nodes[n];
        if (node.removed || node.type != NodeType::element) {
            n = dom_.next_in(n, root, true);
            continue;
        }
        // The outermost short box past the core's start (after the article, or at the end of a
        // core that took the form in) with a blank in it goes whole, its heading with it.
        if (n > core_ && !holds_core(n) && is_block_tag(node.tag) && stats_[n].text <= kSlotBox && holds_template_slot(n)) {
            if (debug_) std::fprintf(stderr, "  template slot box text=%u: %.80s\n", stats_[n].text, dom_.text_of(n).c_str());
            mark(n);
            ++removed;
            n = dom_.next_in(n, root, true);
        } else {
            n = dom_.next_in(n, root);
        }
    }
    return removed;
}

}  // namespace winnow::detail::extraction
