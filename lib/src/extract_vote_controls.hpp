// A post's vote control (extract_vote_controls.cpp).
#pragma once
#include <cstdint>
#include <vector>

#include "extract_stats.hpp"
#include "parse_html.hpp"

namespace winnow::detail::extraction {

// How many vote controls box holds, counting up to `enough`: a number ("42", "-3", "1.2k")
// alone in its element, between two short controls (a button or link, or a mark of one to three
// characters without letters or digits: "▲", "▼", an icon button with no text). A question and
// its answers carry one each, from one template; a news article and its comments do not share it.
int vote_controls(const Dom& dom, const std::vector<NodeStats>& stats, std::uint32_t box, int enough);

}  // namespace winnow::detail::extraction
