// Blocks, captions: whether a line beside a picture is its caption by what it says.
#pragma once
#include <cstdint>

#include "parse_html.hpp"

namespace winnow::detail {

// The text of `line` holds the title text of the picture `image` (an <img>, or the first <img>
// under it) said again, letter case aside: three words at least, or 12 bytes of a script written
// without spaces. The line says what the picture says of itself: it is the picture's caption,
// whatever element it is (a blog template's "<div><img title=…><p>…</p></div>"). The alt text
// would say as much, but preclean drops it (preclean_attributes.hpp) before any stage reads it.
bool repeats_picture_description(const Dom& dom, std::uint32_t line, std::uint32_t image);

}  // namespace winnow::detail
