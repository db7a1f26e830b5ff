// Stage — extract: the comment section between a post and its reply form. A template sets a
// post's box (the title, the article) and, beside it in one column, its trackbacks, its
// "Comments" heading over a list the script fills, a preview's notes and the messages a script
// shows once a comment is sent, then the reply form. The names hid them; without the names the
// column holding all of them may win, and its short boxes read as the article's closing lines.
// Told by position and shape, not wording: siblings after the box holding the title, each short
// and mostly unlinked, run up to a sibling holding a <textarea>; from the first of them that
// opens with a heading over no sentence, or holds a form, on, they are the form's section. A
// closing note right after the post, or a last section under its heading, before any such box,
// stays (an author's last word, an epilogue). Inside the form's own box, its short boxes go.
#include "extract_impl.hpp"

namespace winnow::detail::extraction {

namespace {
constexpr int kRunSiblings = 12;  // boxes between the post and its form (trackbacks, messages)
}

std::pair<std::uint32_t, std::uint32_t> Extractor::reply_section(std::uint32_t parent) const {
    const auto [it, fresh] = reply_sections_.try_emplace(parent, no_node, no_node);
    if (!fresh) return it->second;
    // The child of parent that holds the title, holding prose after it (the post's box).
    std::uint32_t post = title_;
    for (int up = 0; post != no_node && dom_.nodes[post].parent != parent && up < 32; ++up) post = dom_.nodes[post].parent;
    if (post == no_node || dom_.nodes[post].parent != parent ||
        stats_[post].text < stats_[title_].text + kShortArticle)
        return it->second;
    std::uint32_t first = no_node;
    int seen = 0;
    for (std::uint32_t c = dom_.nodes[post].next_sibling; c != no_node && seen < kRunSiblings; c = dom_.nodes[c].next_sibling) {
        if (dom_.nodes[c].type != NodeType::element) continue;
        ++seen;
        if (held_text_area(c)) {
            // The form's box, not one holding the article's core (a page's body column with the
            // comments and their form at its end).
            if (holds_core(c)) return it->second;
            if (first == no_node) first = c;
            it->second = {first, c};
            return it->second;
        }
        if (stats_[c].text == 0) continue;
        if (stats_[c].text > kReplyForm || link_density(c) >= 0.5f) return it->second;
        // A heading over a line or two of labels (no sentence: a last section of the article
        // has one), or a form's box, opens the form's section.
        if (first == no_node && ((opens_with_heading(c) && !ends_sentence_inside(c)) || held_send_form(c))) first = c;
    }
    return it->second;
}

bool Extractor::in_reply_section(std::uint32_t n) const {
    if (title_ == no_node || n <= title_ || holds_core(n) || stats_[n].text > kReplyForm) return false;
    const std::uint32_t parent = dom_.nodes[n].parent;
    if (parent == no_node) return false;
    if (!is_ancestor(parent, title_)) {
        // Inside the form's own box, too long to go whole (its notes, a preview, a captcha's
        // prompt, the messages sent back): each short box of it is the form's.
        const std::uint32_t outer = dom_.nodes[parent].parent;
        return outer != no_node && is_ancestor(outer, title_) && reply_section(outer).second == parent;
    }
    const auto [first, form] = reply_section(parent);
    return first != no_node && n >= first && n <= form;
}

}  // namespace winnow::detail::extraction
