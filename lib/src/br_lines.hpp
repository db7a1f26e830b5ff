// Where one <br> in a <br> layout ends a line that stands alone rather than a wrapped line's
// end (one <br> is otherwise a space): a short line set alone in bold or a larger font is the
// layout's heading; a bulleted line followed by another bulleted line is an item of a list
// typed with bullet characters. In any script: only marks and markup are read.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "parse_html.hpp"

namespace winnow::detail {

// item: this line and the next are typed with bullets; lead: only the next one is.
enum class BrLine : std::uint8_t { join, heading, item, lead };

// line: the text written since the last break; lone: the line's one inline child when it had
// only one (no_node otherwise); after: the <br>'s next sibling.
BrLine br_line(const Dom& dom, std::string_view line, std::uint32_t lone, std::uint32_t after);

// The bytes of a line's bullet and the spaces after it ("• ", "▪\u00A0", "- "), 0 if the line
// is not typed with one.
std::size_t bullet_prefix(std::string_view line);

}  // namespace winnow::detail
