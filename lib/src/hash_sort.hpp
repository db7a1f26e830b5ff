// Shared helper: sorting vectors of 64-bit word hashes.
//
// The filters sort the page's word hashes many times (a block's word set, the article's
// vocabulary, a unit's words, every use of a token). Hashes are random bits, so std::sort's
// comparisons go either way at random and about half of its branches are mispredicted: on
// cleaneval-dev those sorts were ~1.5% of the instructions but ~3% of the time (5.6% of the
// mispredicted branches). A bucket pass on the top bits leaves a few values per bucket to
// order. The result is the same sorted sequence, equal values being indistinguishable.
#pragma once
#include <cstdint>
#include <vector>

namespace winnow::detail {

// Ascending order, like std::sort(v.begin(), v.end()).
void sort_hashes(std::vector<std::uint64_t>& v);

}  // namespace winnow::detail
