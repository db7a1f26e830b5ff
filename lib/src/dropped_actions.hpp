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

// Appends a Removal (reason boilerplate, block 0) for each topmost removed subtree under the
// region roots that is a short way out: a form, a button or an input, or a text that is mostly
// one or two links to somewhere else (not a row of them: share rows, related stories). Hidden elements and navigation are not recorded.
void record_dropped_actions(const Dom& dom, const std::vector<std::uint32_t>& roots, Document& doc);

// Gives each block removal that names no block (Removal::block == 0) the order of the last
// top-level block starting on or before its source line (its last descendant's), so audit views
// put it back after that block.
void place_unnumbered_removals(Document& doc);

}  // namespace winnow::detail
