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
// 64-bit FNV-1a hash of the folded words joined by single spaces, hashed as they are folded
// (no folded copy is built). In evidence.cpp, beside the word folding.
std::uint64_t folded_words_hash(std::string_view text);

}  // namespace winnow::detail
