// Stage — extract: an entry keeps its headline when it keeps its summary. On a list page (a
// category, a blog's index) each entry is a line that is all link (the headline) over a block of
// unlinked text (its summary); the headline line, dense with links, reads as a link block and
// goes, while the summary stays: sentences without the titles they summarize. When three or
// more sibling entries of one shape lost their headline line and kept their summary, the
// headlines come back (not the date line dropped between a headline and its summary: a list's
// dates are its entries' metadata, as an article's is). Entries after the prose under the title
// follow an article (its section's latest stories, a CMS's teaser view under a node): there the
// summaries go the way of their headlines, and so does the box that held nothing else.
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "extract_impl.hpp"

namespace winnow::detail::extraction {

bool Extractor::is_dropped_headline(std::uint32_t m) const {
    const DomNode& e = dom_.nodes[m];
    const NodeStats& s = stats_[m];
    if (e.type != NodeType::element || !is_block_tag(e.tag) || e.parent == no_node || s.text < kHeadlineMin ||
        s.text > kHeadlineMax || s.link_text * 5 < s.text * 4 || comments_[m])
        return false;
    // The summary: the next sibling with text, kept, a block of mostly unlinked text; and the
    // entry's box holds the two and little else (a link line between an article's paragraphs
    // stands in a box of many). A short line dropped between them (the entry's date or byline,
    // taken as a dateline) is that little else.
    // The dropped lines passed on the way count against that little else: once they pass it the
    // box holds more than an entry (and the walk stays short in a run of thousands of dropped
    // link lines, which it would otherwise cross once per line).
    std::uint32_t passed = 0;
    for (std::uint32_t c = e.next_sibling; c != no_node; c = dom_.nodes[c].next_sibling) {
        if (stats_[c].text == 0) continue;
        if (dom_.nodes[c].removed && stats_[c].text <= kEntryRest) {
            passed += stats_[c].text;
            if (passed > kEntryRest) return false;
            continue;
        }
        const DomNode& next = dom_.nodes[c];
        return next.type == NodeType::element && !next.removed && is_block_tag(next.tag) && stats_[c].text >= kSummaryMin &&
               stats_[c].link_text * 2 < stats_[c].text && stats_[e.parent].text <= s.text + stats_[c].text + kEntryRest;
    }
    return false;
}

std::vector<std::vector<std::uint32_t>> Extractor::entries_without_headlines(std::uint32_t root) const {
    // Dropped headline lines by the entry's box: (its parent, tag and class) → the lines.
    std::map<std::pair<std::uint32_t, std::string>, std::vector<std::uint32_t>> entries;
    for (std::uint32_t m : marked_) {
        if (!dom_.nodes[m].removed || !is_ancestor(root, m) || !is_dropped_headline(m)) continue;
        const std::uint32_t entry = dom_.nodes[m].parent;
        if (dom_.nodes[entry].removed || dom_.nodes[entry].parent == no_node) continue;
        entries[{dom_.nodes[entry].parent, std::string(gumbo_normalized_tagname(dom_.nodes[entry].tag)) + "." +
                                               std::string(dom_.attr(entry, "class"))}]
            .push_back(m);
    }
    std::vector<std::vector<std::uint32_t>> lists;
    for (auto& [key, lines] : entries)
        if (lines.size() >= kEntriesMin) lists.push_back(std::move(lines));
    return lists;
}

std::size_t Extractor::drop_headless_entries(std::uint32_t root) {
    std::size_t dropped = 0;
    for (const auto& lines : entries_without_headlines(root)) {
        // Asked of the first entry (the others follow it, and so the title's prose).
        if (!after_title_prose(dom_.nodes[*std::min_element(lines.begin(), lines.end())].parent)) continue;
        std::uint32_t box = no_node;  // the entries' box
        for (std::uint32_t m : lines) {
            const std::uint32_t entry = dom_.nodes[m].parent;
            box = dom_.nodes[entry].parent;
            if (dom_.nodes[entry].removed) continue;
            if (debug_) std::fprintf(stderr, "  entry without its headline after the prose: %.80s\n", dom_.text_of(entry).c_str());
            mark(entry);
            ++dropped;
        }
        // The boxes around them that held nothing else go with them (so does a heading over
        // them, drop_thread_headings).
        std::uint32_t top = no_node;
        for (std::uint32_t b = box; b != no_node && b != root && !dom_.nodes[b].removed && kept_text(b) == 0; b = dom_.nodes[b].parent) top = b;
        if (top != no_node) mark(top);
    }
    return dropped;
}

std::size_t Extractor::restore_entry_headlines(std::uint32_t root) {
    std::size_t restored = 0;
    for (const auto& lines : entries_without_headlines(root)) {
        if (after_title_prose(dom_.nodes[*std::min_element(lines.begin(), lines.end())].parent)) continue;
        for (std::uint32_t m : lines) dom_.nodes[m].removed = false;
        restored += lines.size();
    }
    if (restored > 0) std::erase_if(marked_, [&](std::uint32_t m) { return !dom_.nodes[m].removed; });
    return restored;
}

bool Extractor::in_entry_list(std::uint32_t n) const {
    const std::uint32_t box = dom_.nodes[n].parent;
    if (box == no_node || dom_.nodes[box].parent == no_node) return false;
    const GumboTag tag = dom_.nodes[n].tag, box_tag = dom_.nodes[box].tag;
    const std::string_view cls = dom_.attr(n, "class"), box_cls = dom_.attr(box, "class");
    int alike = 0;
    for (std::uint32_t c = dom_.nodes[dom_.nodes[box].parent].first_child; c != no_node && alike < 2; c = dom_.nodes[c].next_sibling) {
        if (c == box || !dom_.is(c, box_tag) || dom_.attr(c, "class") != box_cls) continue;
        for (std::uint32_t d = dom_.next_in(c, c); d != no_node; d = dom_.next_in(d, c))
            if (dom_.is(d, tag) && dom_.attr(d, "class") == cls && stats_[d].text > 0) {
                ++alike;
                break;
            }
    }
    return alike >= 2;
}

}  // namespace winnow::detail::extraction
