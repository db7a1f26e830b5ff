// A question's and its answers' writer line (extract_writer_lines.cpp).
#pragma once
#include <cstdint>
#include <vector>

#include "extract_stats.hpp"
#include "parse_html.hpp"

namespace winnow::detail::extraction {

// Without vote controls, the question and the posts of the answers' box are still one text when
// the title asks (it ends in a question mark of any script), the question's box and two or more
// of the answers end (or open) in a writer line of one shape (a short line of the same tag and
// place, holding a link, unlinked words and a digit: "tomas · answered May 3, 2024"), and the
// question is one post among equals, not an article a thread trails (no longer than three times
// the median answer).
bool asked_alike(const Dom& dom, const std::vector<NodeStats>& stats, std::uint32_t title, std::uint32_t question,
                 std::uint32_t answers);

}  // namespace winnow::detail::extraction
