// The live-figure rule of the exact-repeats pass: copies of a box told apart only by a number
// that changes from copy to copy share one grouping key.
#pragma once
#include <string>
#include <vector>

#include "filters/evidence.hpp"

namespace winnow::detail {

// Per view, the key it groups under: its normalized text (keys[i], as exact_repeats.cpp made it;
// empty for a view that is no candidate), or, for three or more short blocks with different
// numbers and the same text around them, out of running order, their masked text (a box pasted
// with a live figure). A key without digits, or of a block naming a price, is left as it is.
void counter_keys(std::vector<std::string>& keys, const std::vector<BlockView>& views);

}  // namespace winnow::detail
