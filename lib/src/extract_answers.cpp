// Extract, the page's own word for a question page: its answers are marked as schema.org
// Answer items (itemprop acceptedAnswer / suggestedAnswer, or itemtype …/Answer). A question
// and its answers are one text, however well the question's box scores alone: a region that
// holds the question but not the answers widens to the nearest box that holds both. Answers
// are not a comment thread: the page says what they are.
#include "extract_impl.hpp"

#include <cstdio>
#include <string_view>

namespace winnow::detail::extraction {

namespace {

bool is_answer(const Dom& dom, std::uint32_t n) {
    const std::string_view prop = dom.attr(n, "itemprop");
    if (prop == "acceptedAnswer" || prop == "suggestedAnswer") return true;
    const std::string_view type = dom.attr(n, "itemtype");
    return type.ends_with("/Answer") || type.ends_with("/Answer/");
}

}  // namespace

std::uint32_t Extractor::widen_to_answers(std::uint32_t root) const {
    if (root == no_node) return root;
    std::uint32_t box = root;  // the nearest box holding the root and every answer
    std::uint32_t answers_text = 0;
    for (std::uint32_t i = 0; i < dom_.nodes.size(); ++i) {
        if (dom_.nodes[i].type != NodeType::element || !is_answer(dom_, i)) continue;
        if (i == root || is_ancestor(root, i) || is_ancestor(i, root)) continue;
        if (is_ancestor(box, i)) {
            answers_text += stats_[i].text;
            continue;
        }
        while (box != no_node && !is_ancestor(box, i)) box = dom_.nodes[box].parent;
        if (box == no_node) return root;
        answers_text += stats_[i].text;
        i = subtree_end(i) - 1;  // an answer's own nested items are in it
    }
    if (box == root) return root;
    const DomNode& b = dom_.nodes[box];
    if (b.tag == GUMBO_TAG_BODY || b.tag == GUMBO_TAG_HTML) return root;
    // The box adds the question's title and lines, and unmarked answers: not a page of other
    // text around them.
    const std::uint32_t marked = stats_[root].text + answers_text;
    if (stats_[box].text > 2 * marked) return root;
    if (debug_) std::fprintf(stderr, "answers: region %u widens to %u\n", root, box);
    return box;
}

}  // namespace winnow::detail::extraction
