// Extract, a title's dateline: a page whose title and date share one box ("<b>Title</b><br>12
// March 2024", a table cell, a paragraph) printed them as one block, the date glued to the
// title. The line that follows the title line in its box, up to the box's end or the next
// break, and is a date and little else, is the page's stamp: it goes (the date is read into
// the metadata before this stage), and the title line stands alone.
#include <cstdio>
#include <string>
#include <vector>

#include "extract_impl.hpp"
#include "extract_lines.hpp"

namespace winnow::detail::extraction {

std::size_t Extractor::drop_title_dateline(std::uint32_t root) {
    if (title_ == no_node || dom_.nodes[title_].removed || is_heading(dom_.nodes[title_].tag) || !is_ancestor(root, title_)) return 0;
    // The title line: the title's node or its inline wrappers (<font><b>Title</b></font>) up to
    // the box that holds it with other text.
    std::uint32_t line = title_;
    while (dom_.nodes[line].parent != no_node && dom_.nodes[line].parent != root && stats_[dom_.nodes[line].parent].text == stats_[line].text)
        line = dom_.nodes[line].parent;
    std::vector<std::uint32_t> after;
    std::string text;
    bool broke = false;
    for (std::uint32_t s = dom_.nodes[line].next_sibling; s != no_node; s = dom_.nodes[s].next_sibling) {
        const DomNode& e = dom_.nodes[s];
        if (e.removed) continue;
        if (e.type == NodeType::element && e.tag == GUMBO_TAG_BR) {
            if (!text.empty()) break;  // the line after the title ends at the next break
            broke = true;
            after.push_back(s);
            continue;
        }
        // Only inline runs: a block after the title is a block of its own, not a glued line.
        if (e.type == NodeType::element && is_block_tag(e.tag)) return 0;
        text += dom_.text_of(s);
        after.push_back(s);
    }
    // Nothing but the date follows in the box (a line after it is the box's text: no stamp).
    if (text.empty() || text.size() > 60 || !is_date_line(text, true)) return 0;
    for (std::uint32_t s = after.empty() ? no_node : dom_.nodes[after.back()].next_sibling; s != no_node; s = dom_.nodes[s].next_sibling)
        if (!dom_.nodes[s].removed && text_has_word(dom_, s)) return 0;
    if (debug_) std::fprintf(stderr, "  title's dateline%s: %.60s\n", broke ? " (after a break)" : "", text.c_str());
    for (std::uint32_t s : after) mark(s);
    return 1;
}

}  // namespace winnow::detail::extraction
