// Stage 7″ — dropped actions: the links, buttons and forms that prune and extract removed from
// inside the article region are recorded as boilerplate removals, each with its source line.
// A promo box whose link line or button went with the chrome would otherwise reach the noise
// filters as a lone paragraph with no way out; its recorded action is that way out
// (see dropped_action_after in filters/evidence.hpp).
#pragma once
#include <cstdint>
#include <vector>

#include <winnow/winnow.hpp>

#include "parse_html.hpp"

namespace winnow::detail {

// Appends a Removal (reason boilerplate) for each topmost removed subtree under the region
// roots that is a short way out: a form, a button or an input, or a text that is mostly one or
// two links to somewhere else (not a row of them: share rows, related stories). Hidden elements
// and navigation are not recorded. starts: per top-level block of doc.body (numbered), the DOM
// node its text starts at (build_blocks); a removal after a block's start gets Removal::block =
// that block's last descendant's order: placed in document order, not by line (a page written
// on one line gives every block line 1).
void record_dropped_actions(const Dom& dom, const std::vector<std::uint32_t>& roots,
                            const std::vector<std::uint32_t>& starts, Document& doc);

// Gives each block removal that names no block (Removal::block == 0) the order of the last
// top-level block starting on or before its source line (its last descendant's), so audit views
// put it back after that block.
void place_unnumbered_removals(Document& doc);

}  // namespace winnow::detail
