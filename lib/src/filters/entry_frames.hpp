// Entries of a list page (a blog's dated posts, a changelog's versions, a recipe index): each
// entry carries a short line of the same shape whose numbers change from entry to entry (a
// dated heading, "Posted 12 May · 3 comments", "Version 2.4.1 — 2024-03-12"). The lines of
// one shape are the page's entry frame; a block said again once in each entry (a post's
// closing line, the series' standing caption) is the list's structure, not a box pasted in.
#pragma once
#include <cstddef>
#include <vector>

#include "filters/evidence.hpp"

namespace winnow::detail {

struct EntryFrames {
    std::vector<std::size_t> entry;  // per view: its entry (how many frame lines stand at or before it)
    std::vector<bool> frame;         // per view: a frame line
    bool any = false;                // the page has an entry frame

    // Copies (view indexes, in page order) standing one per entry (copies back to back count
    // once) in three entries or more, or every copy a frame line of its own.
    bool one_per_entry(const std::vector<std::size_t>& copies, const std::vector<BlockView>& views) const;
    // The copies are the list's: one per entry, neither frame lines with a link (a post's footer
    // of permalink and comment count) nor lines mostly link (a "read more"): those are each
    // entry's way out, which the evidence judges.
    bool lists(const std::vector<std::size_t>& copies, const std::vector<BlockView>& views, const Document& doc) const;
};

EntryFrames entry_frames(const std::vector<BlockView>& views);

}  // namespace winnow::detail
