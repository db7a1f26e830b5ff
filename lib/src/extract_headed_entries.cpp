// Stage — extract: a column of headed entries is no part of a split article.
//
// A sidebar often stacks widgets, each a heading over a short box (a linked picture and a line
// or two: "Last column: …", "Click the picture to see the ranking"). With names gone, the
// column's lines score as paragraphs and the column scores like a second part of the article,
// so the split-article widening joined it. An article's sections under headings hold
// paragraphs of prose each; a column of widgets holds three or more headings, each over a
// short body (kEntryBody), and nothing longer under any of them. Such a box is no part of the
// article, whatever its lines score (split_parts).
#include "extract_impl.hpp"

namespace winnow::detail::extraction {

namespace {
constexpr std::uint32_t kEntryBody = 300;  // the most text under one widget's heading
constexpr int kMinEntries = 3;
constexpr int kDescend = 4;  // wrappers holding the whole column, walked down through
}  // namespace

bool Extractor::headed_entries(std::uint32_t n) const {
    // Down through boxes whose one child with text holds all of it.
    const std::uint32_t box = sole_text_box(n, kDescend);
    int entries = 0;
    std::uint32_t body = 0;  // text under the current heading
    for (std::uint32_t c = dom_.nodes[box].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        if (dom_.nodes[c].removed || stats_[c].text == 0) continue;
        // A heading, or a box holding a heading and nothing else with text, opens an entry.
        bool heading = false;
        if (dom_.nodes[c].type == NodeType::element) {
            for (std::uint32_t d = c, end = subtree_end(c); d < end; ++d)
                if (dom_.nodes[d].type == NodeType::element && !dom_.nodes[d].removed && is_heading(dom_.nodes[d].tag)) {
                    heading = stats_[d].text == stats_[c].text;
                    break;
                }
        }
        if (heading) {
            ++entries;
            body = 0;
            continue;
        }
        if (entries == 0) return false;  // text before the first heading: no column of entries
        body += stats_[c].text;
        if (body > kEntryBody) return false;
    }
    if (debug_) std::fprintf(stderr, "headed entries in %u (box %u): %d\n", n, box, entries);
    return entries >= kMinEntries;
}

}  // namespace winnow::detail::extraction
