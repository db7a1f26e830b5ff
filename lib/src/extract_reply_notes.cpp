// Stage — extract: a reply form's notes. The prune stage takes a form's fields and buttons; the
// box that held the form keeps the form's words: a heading ("Leave a reply"), its notes (fields
// required, the address kept private) and the messages a script shows (a preview, an error).
// A short box past the title that held a form with a button to send it (a <textarea> is not
// needed: a preview's confirmation posts what was typed in another form) is the form's, not
// the article's: recognised by its place after the article's start and the form it held, not
// by its wording. (A box that holds the title holds the article the form answers; a section
// with paragraphs of prose beside the form's box holds the article the box stood in.)
#include <algorithm>
#include <cctype>
#include <string>

#include "extract_impl.hpp"

namespace winnow::detail::extraction {

namespace {

bool is_send_control(const Dom& dom, std::uint32_t d) {
    const DomNode& e = dom.nodes[d];
    if (e.type != NodeType::element) return false;
    if (e.tag == GUMBO_TAG_BUTTON) return true;
    if (e.tag != GUMBO_TAG_INPUT) return false;
    std::string type(dom.attr(d, "type"));
    for (char& ch : type) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return type == "submit" || type == "image";
}

}  // namespace

bool Extractor::held_send_form(std::uint32_t n) const {
    const std::uint32_t end = subtree_end(n);
    for (std::uint32_t d = n + 1; d < end; ++d) {
        if (!dom_.is(d, GUMBO_TAG_FORM)) continue;
        const std::uint32_t form_end = subtree_end(d);
        for (std::uint32_t c = d + 1; c < form_end; ++c)
            if (is_send_control(dom_, c)) return true;
    }
    return false;
}

bool Extractor::prose_beside_form(std::uint32_t n) const {
    // The child of n that holds the (first) form or text area: the form's own box.
    const std::uint32_t end = subtree_end(n);
    std::uint32_t box = no_node;
    for (std::uint32_t d = n + 1; d < end && box == no_node; ++d)
        if (dom_.is(d, GUMBO_TAG_FORM) || dom_.is(d, GUMBO_TAG_TEXTAREA))
            for (box = d; dom_.nodes[box].parent != n;) box = dom_.nodes[box].parent;
    if (box == no_node) return false;
    int prose = 0;
    for (std::uint32_t c = dom_.nodes[n].first_child; c != no_node && prose < 2; c = dom_.nodes[c].next_sibling)
        if (c != box && dom_.is(c, GUMBO_TAG_P) && !dom_.nodes[c].removed && stats_[c].text >= kShortArticle &&
            link_density(c) < 0.3f)
            ++prose;
    return prose >= 2;
}

bool Extractor::is_reply_notes(std::uint32_t n) const {
    const DomNode& node = dom_.nodes[n];
    if (holds_core(n) || title_ == no_node || n <= title_ || above_title_[n]) return false;
    // Short once the comment threads inside it are left out: a box holding a thread and the
    // reply form after it is the form's box once the thread is gone.
    const std::uint32_t threads = comments_[n] ? 0 : thread_text_[n];
    if (stats_[n].text - std::min(stats_[n].text, threads) > kReplyForm) return false;
    if (node.tag != GUMBO_TAG_DIV && node.tag != GUMBO_TAG_SECTION && node.tag != GUMBO_TAG_FORM) return false;
    // A section of the article that a form's box stood in (a newsletter box between its
    // paragraphs) is the article's: the box alone was the form's, and the prune stage took it.
    if (prose_beside_form(n)) return false;
    if (held_text_area(n)) return true;
    // Without a text area, no link-heavy box (a search box over a list of links is the
    // sidebar's, judged elsewhere), nor one that keeps a picture (a figure beside a form stays).
    if (link_density(n) >= 0.5f) return false;
    const std::uint32_t end = subtree_end(n);
    for (std::uint32_t d = n + 1; d < end; ++d)
        if (dom_.is(d, GUMBO_TAG_IMG) && !dom_.nodes[d].removed) return false;
    return held_send_form(n);
}

}  // namespace winnow::detail::extraction
