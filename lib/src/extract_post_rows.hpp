// A forum thread set as table rows (extract_post_rows.cpp).
#pragma once
#include <cstdint>
#include <vector>

#include "extract_stats.hpp"
#include "parse_html.hpp"

namespace winnow::detail::extraction {

// The rows of a table among `rows` (siblings, each with a post's text) are a thread's posts, each
// a writer's cell beside a message's: every row a <tr> of the same number of cells, two or more,
// whose last cell with text holds more than its first (the message beside the writer's panel).
// An old layout's rows (a header, the content, a footer) differ in cells or hold their text in one.
bool posts_in_rows(const Dom& dom, const std::vector<NodeStats>& stats, const std::vector<std::uint32_t>& rows);

}  // namespace winnow::detail::extraction
