// Stage — extract: a numbered list written as lines of one paragraph. A post that shows a few
// things often lists them after a line of its own closing on a colon ("From left to right:"),
// one line each, numbered 1., 2., 3. ... and linked to where each is found: the paragraph is
// nearly all links, like a box of links, but lines numbered in order from 1, each opening on
// its number, right after the article's line announcing them, are the article's list.
#pragma once
#include <cstdint>

#include "parse_html.hpp"

namespace winnow::detail::extraction {

// n's lines (its text split at <br>) number kNumberedLines or more, every one opening on the
// next number from 1 ("1." or "1)"), and the element with text before n is a line without
// links closing on a colon.
inline constexpr int kNumberedLines = 3;
bool announced_numbered_lines(const Dom& dom, std::uint32_t n);

}  // namespace winnow::detail::extraction
