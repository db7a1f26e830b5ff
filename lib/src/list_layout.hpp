// Whether a <ul>/<ol> is a list (items of a line or a few: points, steps, links) or a layout
// whose items are posts (a live blog's timed entries, a feed of dated updates): each item holds
// two or more blocks of text — a time or meta line, a heading, a paragraph — and a paragraph or
// a heading among them. Blocks renders a layout list's items as the page's blocks, so a post's
// heading stays a heading and its paragraphs and the boxes pasted between them stay apart for
// the filters, where an item would have joined them all into one line.
// A block the page wrote and extraction dropped counts: a forum reply whose writer line went as
// chrome is still a post, and its list's first post keeps its paragraphs apart.
#pragma once
#include <cstdint>

#include "parse_html.hpp"

namespace winnow::detail {

bool is_layout_list(const Dom& dom, std::uint32_t list);

}  // namespace winnow::detail
