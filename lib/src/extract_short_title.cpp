// Extract, title: a short headline ("Go Vote!", "Fazit", "Итоги"). Titles under 8 letters were
// never looked for among the headings, lest a section's name ("News") be taken for a page's
// headline; length is no evidence of that. A section's name recurs (menus, links, boxes) or is
// a link; a headline said by the <title> is said once, by an unlinked heading that opens its
// rank on the page, under no unlinked heading of a higher rank. Only a whole title: a short part of one ("Headline | News") is the section
// name the title names besides its headline.
#include <cstdint>
#include <string>
#include <vector>

#include "extract_title.hpp"

namespace winnow::detail {

std::uint32_t short_title_heading(const std::vector<TitleHeadings::Heading>& headings, const std::string& want) {
    if (want.empty()) return no_node;
    const TitleHeadings::Heading* found = nullptr;
    for (const TitleHeadings::Heading& h : headings) {
        if (h.folded != want) continue;
        // Said twice (a section's heading, a box's label repeated): no evidence.
        if (found != nullptr) return no_node;
        found = &h;
    }
    if (found == nullptr || !found->target.empty()) return no_node;
    // No heading of its rank before it, nor an unlinked one above it: a sidebar's or a box's
    // heading stands after the page's own. (A banner's heading linking home names the site.)
    for (const TitleHeadings::Heading& h : headings) {
        if (&h == found) break;
        if (h.level == found->level || (h.level < found->level && h.target.empty())) return no_node;
    }
    return found->node;
}

}  // namespace winnow::detail
