// Stage — parse: wrappers that say nothing (see parse_wrappers.cpp).
#pragma once
#include <gumbo.h>

namespace winnow::detail {

// A <div> with no attribute whose one child (blanks and comments aside) is a block: the
// parse leaves it out and hangs that child from its parent, so nesting is no evidence.
bool is_transparent_wrapper(const GumboNode* g);

}  // namespace winnow::detail
