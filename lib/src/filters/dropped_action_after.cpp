// Where the links, buttons and forms extraction dropped as chrome stood among the blocks the noise
// filters see (the reading side of dropped_actions.cpp): a promo box's way out.
#include <algorithm>

#include "filters/evidence.hpp"

namespace winnow::detail {

std::vector<bool> dropped_action_after(const Document& doc, const std::vector<BlockView>& views, bool after_last,
                                       std::vector<bool>* controls, std::vector<std::string_view>* link_lines) {
    std::vector<bool> out(views.size(), false);
    std::vector<std::string_view> line_text(views.size());
    std::vector<bool> control_after(views.size(), false);
    struct Drop {
        std::uint32_t line;
        std::uint32_t after;  // the order of the last block (descendant) before it; 0: unknown
        bool control;
        bool row;  // a row of buttons
        std::string_view text;
    };
    std::vector<Drop> drops;             // dropped actions
    std::vector<std::uint32_t> removed;  // lines of blocks the filters removed before this one
    std::vector<std::uint32_t> removed_orders;  // and their orders
    for (const Removal& r : doc.removed) {
        if (r.span || !r.source_line) continue;
        if (r.reason == RemovalReason::boilerplate) {
            drops.push_back({r.source_line, r.block, r.score >= kButtonRowScore, r.score == kButtonRowScore, r.text});
        } else {
            removed.push_back(r.source_line);
            if (r.block) removed_orders.push_back(r.block);
        }
    }
    if (drops.empty()) {
        if (controls) *controls = std::move(control_after);
        if (link_lines) *link_lines = std::move(line_text);
        return out;
    }
    std::sort(removed.begin(), removed.end());
    std::sort(removed_orders.begin(), removed_orders.end());
    // Non-empty views with a source line, in order.
    std::vector<std::size_t> placed;
    for (std::size_t u = 0; u < views.size(); ++u)
        if (!views[u].empty && doc.body[views[u].index].source_line) placed.push_back(u);
    auto line_of = [&](std::size_t k) { return doc.body[views[placed[k]].index].source_line; };
    auto order_of = [&](std::size_t k) { return doc.body[views[placed[k]].index].order; };
    constexpr std::size_t kBoxBlocks = 3;  // blocks of one box may share a line (title, text, note)
    // Looked up, not walked per drop (a page of thousands of boxes, each with its dropped link,
    // walked all blocks for each: quadratic). reach[j]: the furthest line among the first j + 1
    // blocks, so the first block past a line is the first whose reach is past it; lines: the
    // blocks' lines sorted, to count the blocks on one line.
    std::vector<std::uint32_t> reach(placed.size()), lines(placed.size());
    for (std::size_t j = 0; j < placed.size(); ++j) {
        lines[j] = line_of(j);
        reach[j] = j ? std::max(reach[j - 1], lines[j]) : lines[j];
    }
    std::sort(lines.begin(), lines.end());
    std::vector<std::string_view> credited;  // texts of the link lines credited
    auto credit = [&](std::size_t view, const Drop& d) {
        if (d.control) {
            control_after[view] = true;
        } else if (!out[view]) {
            out[view] = true;
            line_text[view] = d.text;
            credited.push_back(d.text);
        }
    };
    struct Placed {
        std::size_t view;
        const Drop* drop;
    };
    std::vector<Placed> ordered;  // drops placed in document order, credited after the loop
    for (const Drop& d : drops) {
        // By line: the last block starting on or before the drop's line, before any that starts after it.
        const auto first_after = static_cast<std::size_t>(std::upper_bound(reach.begin(), reach.end(), d.line) - reach.begin());
        std::size_t k = first_after == 0 ? placed.size() : first_after - 1;
        const auto [first, last] = k < placed.size() ? std::equal_range(lines.begin(), lines.end(), line_of(k))
                                                     : std::make_pair(lines.end(), lines.end());
        if (static_cast<std::size_t>(last - first) <= kBoxBlocks) {
            if (k == placed.size() || (k + 1 == placed.size() && (!after_last || d.row))) continue;
            // A block removed since (a copy of a box) stood between them: the drop was its.
            const auto gone = std::upper_bound(removed.begin(), removed.end(), line_of(k));
            if (gone != removed.end() && *gone <= d.line) continue;
        } else {
            // More blocks share the line than a box has (a page written on one line): by line the
            // drop stands nowhere; in document order it follows the block before it (d.after).
            if (!d.after) continue;
            const auto before = static_cast<std::size_t>(
                std::partition_point(placed.begin(), placed.end(), [&](std::size_t u) { return doc.body[views[u].index].order <= d.after; }) -
                placed.begin());
            k = before == 0 ? placed.size() : before - 1;
            if (k == placed.size() || (k + 1 == placed.size() && (!after_last || d.row))) continue;
            const auto gone = std::upper_bound(removed_orders.begin(), removed_orders.end(), order_of(k));
            if (gone != removed_orders.end() && *gone <= d.after) continue;
            ordered.push_back({placed[k], &d});
            continue;
        }
        credit(placed[k], d);
    }
    // One way out said after each of three or more different blocks placed so is the items'
    // own (a gallery's share button under every caption), not a box's. (By line, such items
    // share their line and were placed nowhere.)
    std::sort(ordered.begin(), ordered.end(), [](const Placed& a, const Placed& b) {
        return a.drop->text != b.drop->text ? a.drop->text < b.drop->text : a.view < b.view;
    });
    constexpr std::size_t kItemButtons = 3;
    for (std::size_t a = 0, b = 0; a < ordered.size(); a = b) {
        std::vector<std::string_view> owners;
        for (b = a; b < ordered.size() && ordered[b].drop->text == ordered[a].drop->text; ++b) owners.push_back(views[ordered[b].view].text);
        std::sort(owners.begin(), owners.end());
        if (static_cast<std::size_t>(std::unique(owners.begin(), owners.end()) - owners.begin()) >= kItemButtons) continue;
        for (std::size_t c = a; c < b; ++c) credit(ordered[c].view, *ordered[c].drop);
    }
    // Link lines after block upon block are the article's own pattern (a list of deals or
    // sources, each with its own link), not boxes set into it. One link line said again is
    // one box pasted again; a form or a button belongs to no such list.
    std::sort(credited.begin(), credited.end());
    credited.erase(std::unique(credited.begin(), credited.end()), credited.end());
    constexpr std::size_t kMaxBoxes = 3;
    if (credited.size() > kMaxBoxes) {
        std::fill(out.begin(), out.end(), false);
        std::fill(line_text.begin(), line_text.end(), std::string_view{});
    }
    for (std::size_t u = 0; u < out.size(); ++u) out[u] = out[u] || control_after[u];
    if (controls) *controls = std::move(control_after);
    if (link_lines) *link_lines = std::move(line_text);
    return out;
}

}  // namespace winnow::detail
