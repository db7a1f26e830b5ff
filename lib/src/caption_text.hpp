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

// The text of box `n` beside its picture is a card's, not a caption: a short title line (80 bytes
// at most, no sentence end) in an element of its own, then, in another element, a line that
// closes a sentence ("<img icon><div>Shift swaps</div><div>Staff offer a shift in the app.</div>":
// a feature of a landing page, a service's tile). A caption is one line, or a sentence over its
// credit ("A cyclist rides in Lyon." / "Photo: Reuters"), and stays one.
bool is_titled_card_text(const Dom& dom, std::uint32_t n);

}  // namespace winnow::detail
