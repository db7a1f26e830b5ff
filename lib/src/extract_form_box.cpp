// Extract, choice: a winner that is a reply form's box. Unseen templates hide a reply form's
// notes ("This is only a preview", a captcha's prompt, "Your comment has been saved") with a
// class the stylesheet hides; without its name the box is sentences of prose after the article
// and may outscore it. Told by the form, not the name: the winner holds a <textarea> or stands
// beside a <form> holding one (by_reply_form), after the title and outside it; the article
// comes before the form, so the best candidate between the title and the winner that is no
// part of the form, no thread and no teaser list, and mostly unlinked, is the article.
#include "extract_impl.hpp"

#include <cstdio>

namespace winnow::detail::extraction {

std::uint32_t Extractor::leave_reply_form(std::uint32_t best, float& best_score) const {
    if (title_ == no_node || best < subtree_end(title_) || !by_reply_form(best)) return best;
    std::uint32_t alt = no_node;
    for (std::uint32_t i = subtree_end(title_); i < best; ++i) {
        const NodeStats& s = stats_[i];
        // Only candidates that end before the winner: a wrapper of both holds the form too.
        if (!s.candidate || subtree_end(i) > best || link_density(i) > kFormRivalLinks || thread_of(i) != no_node ||
            comments_[i] || is_teaser_list(i) || by_reply_form(i))
            continue;
        if (alt == no_node || final_score(i) > final_score(alt)) alt = i;
    }
    if (alt == no_node || final_score(alt) < kFormRivalScore * best_score) return best;
    if (debug_) std::fprintf(stderr, "reply form's box %u yields to %u before it\n", best, alt);
    best_score = final_score(alt);
    return alt;
}

}  // namespace winnow::detail::extraction
