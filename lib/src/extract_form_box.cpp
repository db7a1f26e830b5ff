// Extract, choice: a winner that is a reply form's box. Unseen templates hide a reply form's
// notes ("This is only a preview", a captcha's prompt, "Your comment has been saved") with a
// class the stylesheet hides; without its name the box is sentences of prose after the article
// and may outscore it. Told by the form, not the name: the winner holds a <textarea> or stands
// beside a <form> holding one (by_reply_form), after the title and outside it; the article
// comes before the form, so the best candidate between the title and the winner that is no
// part of the form, no thread and no teaser list, and mostly unlinked, is the article.
#include "extract_impl.hpp"

#include <cstdio>
#include <unordered_map>
#include <vector>

namespace winnow::detail::extraction {

std::uint32_t Extractor::leave_reply_form(std::uint32_t best, float& best_score) const {
    if (title_ == no_node || best < subtree_end(title_) || !by_reply_form(best)) return best;
    // by_reply_form for every candidate before the winner, in one pass: textareas counted
    // before each node (a subtree holds one when the count grows across it), and whether a
    // parent holds a <form> with one among its children, once per parent (a box of thousands
    // of candidates would otherwise walk its children for each).
    const std::uint32_t from = subtree_end(title_);
    std::vector<std::uint32_t> areas(best - from + 1, 0);
    for (std::uint32_t d = from; d < best; ++d)
        areas[d - from + 1] = areas[d - from] + (dom_.nodes[d].type == NodeType::element && dom_.nodes[d].tag == GUMBO_TAG_TEXTAREA);
    const auto holds_area = [&](std::uint32_t i) { return areas[subtree_end(i) - from] > areas[i - from + 1]; };
    std::unordered_map<std::uint32_t, bool> parent_form;
    const auto beside_form = [&](std::uint32_t i) {
        const std::uint32_t parent = dom_.nodes[i].parent;
        if (parent == no_node) return false;
        const auto [it, fresh] = parent_form.try_emplace(parent, false);
        if (fresh)
            for (std::uint32_t c = dom_.nodes[parent].first_child; c != no_node && !it->second; c = dom_.nodes[c].next_sibling)
                it->second = dom_.is(c, GUMBO_TAG_FORM) && held_text_area(c);
        return it->second;
    };
    std::uint32_t alt = no_node;
    for (std::uint32_t i = from; i < best; ++i) {
        const NodeStats& s = stats_[i];
        // Only candidates that end before the winner: a wrapper of both holds the form too.
        if (!s.candidate || subtree_end(i) > best || link_density(i) > kFormRivalLinks || thread_of(i) != no_node ||
            comments_[i] || is_teaser_list(i) || holds_area(i) || beside_form(i))
            continue;
        if (alt == no_node || final_score(i) > final_score(alt)) alt = i;
    }
    if (alt == no_node || final_score(alt) < kFormRivalScore * best_score) return best;
    if (debug_) std::fprintf(stderr, "reply form's box %u yields to %u before it\n", best, alt);
    best_score = final_score(alt);
    return alt;
}

}  // namespace winnow::detail::extraction
