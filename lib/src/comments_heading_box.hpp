// A box that is only a heading: what a template's extra wrapper makes of a bare <h3>.
#pragma once
#include <cstdint>
#include <vector>

#include "parse_html.hpp"

namespace winnow::detail {

// Box c's whole visible text is one heading's (c a heading itself, or a box of any depth around
// one): "<div><div><h3>Post a comment</h3></div></div>" reads as the <h3>. text[i] is the
// visible text under node i. Walks c's subtree up to its first heading with text.
bool heading_alone(const Dom& dom, std::uint32_t c, const std::vector<std::uint32_t>& text);

}  // namespace winnow::detail
