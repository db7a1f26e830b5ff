// Normalized block fingerprints shared by the repeated-block filter and site profiles.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>

namespace winnow::detail {

// Text with case, digits, punctuation, whitespace and URLs folded, so that copies of a block
// that differ only in those still match.
std::string fold_for_fingerprint(std::string_view text);
// 64-bit hash of fold_for_fingerprint(text).
std::uint64_t block_fingerprint(std::string_view text);

}  // namespace winnow::detail
