// Stage — extract: a wrapper is a <div> around one block and nothing else. Templates differ in
// how many such boxes they set around each paragraph and around the article's box (a page
// builder's "text block" div around every <p>, a CMS's row and column divs); what the page says
// is the same. A paragraph's points go to the boxes above it by distance (Readability's decay),
// and a wrapper is no step of that distance: else one more div around every block halves what
// the article's box gets from its paragraphs, and a shallower sidebar wins. Only an unnamed
// <div>: a <dd>, <li>, <td> or <blockquote> around one paragraph says what the paragraph is (a
// reply in a <dl> of comments), and a box the template named ("entry-content" around
// "entry-body", "main" around the page's columns) is a box of its own, so they stay steps.
#pragma once
#include <cstdint>
#include <vector>

#include "extract_stats.hpp"
#include "parse_html.hpp"

namespace winnow::detail::extraction {

// The most boxes a paragraph's points climb through, wrappers included (5 steps of distance
// and the wrappers between them), and the longest chain of wrappers read: a linear cost on a
// page of deeply nested wrappers.
inline constexpr std::uint32_t kWrapperWalk = 24;

// For each node, the child it wraps, else no_node: a wrapper is an unnamed <div> (no class, no
// id) whose one element child (removed nodes, whitespace and comments aside) is a block holding
// all its text: no text of its own, nothing beside it. Worked out once a page (each node's
// children read once), so the walks below cost a few steps each.
std::vector<std::uint32_t> find_wrappers(const Dom& dom, const std::vector<NodeStats>& stats);

// box wraps child and nothing else.
inline bool wraps_only(const std::vector<std::uint32_t>& wrapped, std::uint32_t box, std::uint32_t child) {
    return box < wrapped.size() && wrapped[box] == child;
}

// The box n wraps, past every wrapper (n itself when it wraps nothing): what n is, for the
// points its tag earns (an unnamed <div> around a <dl> of replies is that list, not a box).
std::uint32_t wrapped_box(const std::vector<std::uint32_t>& wrapped, std::uint32_t n);

// The wrappers right above a paragraph are no step only when the paragraph is one of a run of
// wrapped blocks: the outermost of them has an element beside it that is wrappers around a
// block holding no block (a paragraph, a heading), each paragraph of the column in its own box.
// Returns that outermost wrapper, else no_node. A box around a lone paragraph among other boxes
// (a footer's notice, a sidebar's blurb) is a box of its own, one step, however many wrappers
// stand around it.
std::uint32_t wrapped_run_top(const Dom& dom, const std::vector<NodeStats>& stats, const std::vector<std::uint32_t>& wrapped,
                              std::uint32_t paragraph);

}  // namespace winnow::detail::extraction
