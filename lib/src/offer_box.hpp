// Prune helper — a boxed offer between the article's paragraphs: a small container set apart
// from the prose by its own element, holding a few short lines, at least one with a figure (a
// code, a price, a date, a time) and closing on its one way out, a link or a button ("Sat 14 Nov ·
// Town Hall" over "Get tickets", "20% off with code X" over a copy button, a venue over a map
// link). Whatever its words, such a box sells or points away; the article goes on around it.
#pragma once
#include "parse_html.hpp"

namespace winnow::detail {

// n is a div, aside, section or table with prose paragraphs among its siblings before and after
// it, whose subtree is small (a few dozen nodes), holds no list, table, picture, quote, code or
// field, has one link or button and no other, the last text in the box; its other text is short
// (120 Latin-equivalent characters at most), with a digit, not opened by a quotation mark, and
// without a sentence of prose.
bool is_offer_box(const Dom& dom, std::uint32_t n);

}  // namespace winnow::detail
