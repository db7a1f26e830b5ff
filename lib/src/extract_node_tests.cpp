// Extract, choice: the small questions the choice asks of one node (does it hold the title and
// the core, a heading, one paragraph, a rights line; is it a data block, a row of short items;
// does it end a sentence). Split from extract_choice.cpp, which asks them.
#include "extract_impl.hpp"
#include "extract_lines.hpp"
#include "text_length.hpp"

#include <algorithm>
#include <string>

namespace winnow::detail::extraction {

bool Extractor::title_box(std::uint32_t p, std::uint32_t best) const {
    // The box that holds the title and, after it, the core, and adds to it only unlinked text
    // (no link at all), no more than twice the core's, nothing before the title, and no thread,
    // teaser list or box named like chrome: the article's own box (a recipe's intro, ingredients and tips around its
    // steps), however much the core's parts beside it hold.
    if (title_ == no_node || !above_title_[p] || best < title_ || is_ancestor(best, title_)) return false;
    const NodeStats& ps = stats_[p];
    const NodeStats& bs = stats_[best];
    const std::uint32_t added = ps.text - bs.text;
    if (added == 0 || ps.text > 3 * bs.text || ps.link_text != bs.link_text) return false;
    for (std::uint32_t c = dom_.nodes[p].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        if (c == best || stats_[c].text == 0) continue;
        // The article starts at its title: text before it in the box is the page's (a notice).
        if (subtree_end(c) <= title_) return false;
        if (dom_.nodes[c].type == NodeType::element && (comments_[c] || entries_chrome_[c] || hints(c).weight() < 0 || is_teaser_list(c)))
            return false;
    }
    if (debug_) std::fprintf(stderr, "box %u holds the title and the core %u\n", p, best);
    return true;
}

std::uint32_t Extractor::link_lines(std::uint32_t n) const {
    std::uint32_t lines = 0;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node;) {
        const DomNode& e = dom_.nodes[d];
        if (e.type == NodeType::element && !e.removed && is_block_tag(e.tag) && stats_[d].text > 0 && stats_[d].link_text == stats_[d].text) {
            ++lines;
            d = dom_.next_in(d, n, true);
        } else {
            d = dom_.next_in(d, n);
        }
    }
    return lines;
}

bool Extractor::by_reply_form(std::uint32_t n) const {
    if (held_text_area(n)) return true;
    const std::uint32_t parent = dom_.nodes[n].parent;
    if (parent == no_node) return false;
    for (std::uint32_t c = dom_.nodes[parent].first_child; c != no_node; c = dom_.nodes[c].next_sibling)
        if (dom_.is(c, GUMBO_TAG_FORM) && held_text_area(c)) return true;
    return false;
}

bool Extractor::holds_heading(std::uint32_t n) const {
    const std::uint32_t end = subtree_end(n);
    for (std::uint32_t d = n; d < end; ++d)
        if (dom_.nodes[d].type == NodeType::element && !dom_.nodes[d].removed && is_heading(dom_.nodes[d].tag)) return true;
    return false;
}

bool Extractor::holds_one_paragraph(std::uint32_t n) const {
    const std::uint32_t end = subtree_end(n);
    std::uint32_t paragraph = no_node;
    for (std::uint32_t d = n + 1; d < end; ++d) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed || e.type != NodeType::element || stats_[d].text == 0 || !is_block_tag(e.tag)) continue;
        // Wrappers of the paragraph hold no text of their own beside it.
        if (e.tag != GUMBO_TAG_P) {
            if (stats_[d].text != stats_[n].text) return false;
            continue;
        }
        if (paragraph != no_node) return false;
        paragraph = d;
    }
    return paragraph != no_node && stats_[paragraph].text == stats_[n].text;
}

bool Extractor::holds_rights_line(std::uint32_t n) const {
    // A short box that is itself the line (a paragraph of the notice alone).
    if (stats_[n].text > 0 && stats_[n].text <= 120 && is_rights_line(dom_.text_of(n))) return true;
    const std::uint32_t end = subtree_end(n);
    for (std::uint32_t d = n + 1; d < end; ++d) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed || e.type != NodeType::element || stats_[d].text == 0 || stats_[d].text > 120) continue;
        if (is_rights_line(dom_.text_of(d))) return true;
        d = subtree_end(d) - 1;  // a short box judged whole, not its parts
    }
    return false;
}

std::uint32_t Extractor::only_h1() const {
    std::uint32_t found = no_node;
    for (std::uint32_t i = 0; i < dom_.nodes.size(); ++i) {
        const DomNode& e = dom_.nodes[i];
        if (e.type != NodeType::element || e.tag != GUMBO_TAG_H1 || stats_[i].text == 0) continue;
        if (found != no_node) return no_node;
        found = i;
    }
    return found;
}

std::uint32_t Extractor::only_text_cell(std::uint32_t row) const {
    std::uint32_t cell = no_node;
    for (std::uint32_t c = dom_.nodes[row].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        if (dom_.nodes[c].removed || dom_.nodes[c].type != NodeType::element || stats_[c].text == 0) continue;
        if (cell != no_node) return no_node;
        cell = c;
    }
    return cell;
}

bool Extractor::is_data_block(std::uint32_t n) const {
    const GumboTag t = dom_.nodes[n].tag;
    if (stats_[n].text < 40 || stats_[n].link_text * 10 >= stats_[n].text) return false;
    if (t == GUMBO_TAG_TABLE || t == GUMBO_TAG_UL || t == GUMBO_TAG_OL || t == GUMBO_TAG_DL) return true;
    if (t != GUMBO_TAG_DIV && t != GUMBO_TAG_SECTION) return false;
    // A box of its heading over the data (a product page's specifications tab): rows of
    // short items, not a profile's one long definition.
    int data = 0;
    for (std::uint32_t c = dom_.nodes[n].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        const DomNode& e = dom_.nodes[c];
        if (e.removed || stats_[c].text == 0) continue;
        if (e.type != NodeType::element) return false;  // loose text: prose, not a box of data
        if (is_heading(e.tag) && stats_[c].link_text == 0) continue;
        const GumboTag ct = e.tag;
        if ((ct != GUMBO_TAG_TABLE && ct != GUMBO_TAG_UL && ct != GUMBO_TAG_OL && ct != GUMBO_TAG_DL) ||
            !is_data_block(c) || !short_items(c) || ++data > 1)
            return false;
    }
    return data == 1;
}

bool Extractor::short_items(std::uint32_t n) const {
    std::uint32_t items = 0;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node; d = dom_.next_in(d, n)) {
        const DomNode& e = dom_.nodes[d];
        if (e.type == NodeType::element && !e.removed &&
            (e.tag == GUMBO_TAG_LI || e.tag == GUMBO_TAG_TR || e.tag == GUMBO_TAG_DD))
            ++items;
    }
    return items >= 3 && stats_[n].text <= kShortItem * items;
}

std::uint32_t Extractor::previous_element(std::uint32_t n) const {
    std::uint32_t prev = dom_.previous_sibling(n);
    while (prev != no_node && dom_.nodes[prev].type != NodeType::element) prev = dom_.previous_sibling(prev);
    return prev;
}

bool Extractor::ends_sentence(std::uint32_t n) const {
    return ends_with_sentence_end(dom_.text_of(n));
}

std::uint32_t Extractor::sole_text_box(std::uint32_t n, int max_steps) const {
    std::uint32_t box = n;
    for (int step = 0; step < max_steps; ++step) {
        std::uint32_t only = no_node;
        int with_text = 0;
        for (std::uint32_t c = dom_.nodes[box].first_child; c != no_node; c = dom_.nodes[c].next_sibling)
            if (!dom_.nodes[c].removed && stats_[c].text > 0 && ++with_text == 1) only = c;
        if (with_text != 1 || dom_.nodes[only].type != NodeType::element) break;
        box = only;
    }
    return box;
}

}  // namespace winnow::detail::extraction
