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
        bool control;
        bool row;  // a row of buttons
        std::string_view text;
    };
    std::vector<Drop> drops;             // dropped actions
    std::vector<std::uint32_t> removed;  // lines of blocks the filters removed before this one
    for (const Removal& r : doc.removed) {
        if (r.span || !r.source_line) continue;
        if (r.reason == RemovalReason::boilerplate)
            drops.push_back({r.source_line, r.score >= kButtonRowScore, r.score == kButtonRowScore, r.text});
        else
            removed.push_back(r.source_line);
    }
    if (drops.empty()) {
        if (controls) *controls = std::move(control_after);
        if (link_lines) *link_lines = std::move(line_text);
        return out;
    }
    std::sort(removed.begin(), removed.end());
    // Non-empty views with a source line, in order.
    std::vector<std::size_t> placed;
    for (std::size_t u = 0; u < views.size(); ++u)
        if (!views[u].empty && doc.body[views[u].index].source_line) placed.push_back(u);
    auto line_of = [&](std::size_t k) { return doc.body[views[placed[k]].index].source_line; };
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
    for (const Drop& d : drops) {
        // The last block starting on or before the drop's line, before any that starts after it.
        const auto first_after = static_cast<std::size_t>(std::upper_bound(reach.begin(), reach.end(), d.line) - reach.begin());
        const std::size_t k = first_after == 0 ? placed.size() : first_after - 1;
        if (k == placed.size() || (k + 1 == placed.size() && (!after_last || d.row))) continue;
        // A block removed since (a copy of a box) stood between them: the drop was its.
        const auto gone = std::upper_bound(removed.begin(), removed.end(), line_of(k));
        if (gone != removed.end() && *gone <= d.line) continue;
        const auto [first, last] = std::equal_range(lines.begin(), lines.end(), line_of(k));
        const auto same = static_cast<std::size_t>(last - first);
        if (same > kBoxBlocks) continue;
        if (d.control) {
            control_after[placed[k]] = true;
        } else if (!out[placed[k]]) {
            out[placed[k]] = true;
            line_text[placed[k]] = d.text;
            credited.push_back(d.text);
        }
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
