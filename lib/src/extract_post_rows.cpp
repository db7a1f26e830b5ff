// Extract, forum threads in tables: an old board writes each post as a table row, the writer's
// panel (name, rank, portrait, counts) in one cell and the message in the next, rows without a
// class. Such rows under the title are the thread the page is, as posts of a named kind are
// (extract_answers.cpp): not any page's layout, whose rows differ in their cells. A row of
// column labels over them ("Author | Message") is the table's furniture, not a post.
#include "extract_post_rows.hpp"

#include <cstdio>
#include <map>
#include <string_view>
#include <utility>

#include "extract_impl.hpp"
#include "extract_lines.hpp"

namespace winnow::detail::extraction {

bool posts_in_rows(const Dom& dom, const std::vector<NodeStats>& stats, const std::vector<std::uint32_t>& rows) {
    int cells_of_first = -1;
    for (const std::uint32_t r : rows) {
        if (!dom.is(r, GUMBO_TAG_TR)) return false;
        int cells = 0;
        std::uint32_t first_text = no_node, last_text = no_node;
        for (std::uint32_t c = dom.nodes[r].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
            if (!dom.is(c, GUMBO_TAG_TD) && !dom.is(c, GUMBO_TAG_TH)) continue;
            ++cells;
            // (A writer's panel this stage dropped still tells: stats are of the page before.)
            if (stats[c].text == 0) continue;
            if (first_text == no_node) first_text = c;
            last_text = c;
        }
        if (cells < 2 || (cells_of_first >= 0 && cells != cells_of_first)) return false;
        cells_of_first = cells;
        if (first_text == last_text || stats[last_text].text <= stats[first_text].text) return false;
    }
    return !rows.empty();
}

namespace {

constexpr std::uint32_t kColumnLabel = 30;  // "Author", "Message": a word or two
constexpr int kBoardPosts = 3;             // rows of posts that make a board's table
constexpr std::uint32_t kStamp = 60;        // "Posted: Sat Feb 10, 2024 9:41 pm"

}  // namespace

// The line that opens each post's message with its date and time ("Posted: …", "Verfasst: …"):
// the first element with text in the message cell, a date line of its own, in the same slot
// (tag and class) of two posts or more. The post's stamp, as a comment's date line is.
std::size_t Extractor::drop_post_row_stamps(const std::vector<std::uint32_t>& posts) {
    std::map<std::pair<GumboTag, std::string_view>, std::vector<std::uint32_t>> slots;
    for (const std::uint32_t r : posts) {
        std::uint32_t cell = no_node;  // the message: the row's last cell with text
        for (std::uint32_t c = dom_.nodes[r].first_child; c != no_node; c = dom_.nodes[c].next_sibling)
            if (dom_.nodes[c].type == NodeType::element && stats_[c].text > 0) cell = c;
        if (cell == no_node || dom_.nodes[cell].removed) continue;
        std::uint32_t line = no_node;
        for (std::uint32_t d = dom_.next_in(cell, cell); d != no_node && line == no_node; d = dom_.next_in(d, cell)) {
            if (dom_.nodes[d].removed) {
                d = subtree_end(d) - 1;  // (next_in from the subtree's last node)
                continue;
            }
            if (dom_.nodes[d].type == NodeType::text && stats_[d].text > 0) line = dom_.nodes[d].parent;
        }
        // The date line's own element, not the message cell, and not a line of the message.
        if (line == no_node || line == cell || stats_[line].text > kStamp || !stands_as_line(line) ||
            !is_date_line(dom_.text_of(line), true))
            continue;
        slots[{dom_.nodes[line].tag, dom_.attr(line, "class")}].push_back(line);
    }
    std::size_t dropped = 0;
    for (const auto& [slot, lines] : slots) {
        if (lines.size() < 2) continue;
        for (const std::uint32_t l : lines) {
            if (debug_) std::fprintf(stderr, "  stamp of a post row: %s\n", dom_.text_of(l).c_str());
            mark(l);
            ++dropped;
        }
    }
    return dropped;
}

namespace {

}  // namespace

std::size_t Extractor::drop_post_row_labels(std::uint32_t root) {
    std::size_t dropped = 0;
    const std::uint32_t end = subtree_end(root);
    for (std::uint32_t t = root; t < end; ++t) {
        if (dom_.nodes[t].removed || (!dom_.is(t, GUMBO_TAG_TBODY) && !dom_.is(t, GUMBO_TAG_TABLE))) continue;
        std::vector<std::uint32_t> posts, labels;
        for (std::uint32_t r = dom_.nodes[t].first_child; r != no_node; r = dom_.nodes[r].next_sibling) {
            if (!dom_.is(r, GUMBO_TAG_TR) || dom_.nodes[r].removed || stats_[r].text == 0) continue;
            bool header = posts.empty();  // a row of column labels above the posts
            for (std::uint32_t c = dom_.nodes[r].first_child; c != no_node && header; c = dom_.nodes[c].next_sibling)
                if (dom_.nodes[c].type == NodeType::element)
                    header = dom_.is(c, GUMBO_TAG_TH) && stats_[c].text <= kColumnLabel && stats_[c].link_text == 0;
            if (header)
                labels.push_back(r);
            else if (stats_[r].text - stats_[r].link_text >= kShortPost)
                posts.push_back(r);
        }
        if (static_cast<int>(posts.size()) < kBoardPosts || !posts_in_rows(dom_, stats_, posts)) continue;
        // A board's labels: the writers' panels under them went (a data table's header, over
        // cells that stay, is its text).
        int panels_gone = 0;
        for (const std::uint32_t r : posts)
            for (std::uint32_t c = dom_.nodes[r].first_child; c != no_node; c = dom_.nodes[c].next_sibling)
                if (dom_.nodes[c].type == NodeType::element && stats_[c].text > 0) {
                    panels_gone += dom_.nodes[c].removed;
                    break;
                }
        if (2 * panels_gone < static_cast<int>(posts.size())) labels.clear();
        for (const std::uint32_t r : labels) {
            if (debug_) std::fprintf(stderr, "  column labels over posts: %s\n", dom_.text_of(r).c_str());
            mark(r);
            ++dropped;
        }
        dropped += drop_post_row_stamps(posts);
    }
    return dropped;
}

}  // namespace winnow::detail::extraction
