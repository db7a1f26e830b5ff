// Block fingerprints: a 64-bit FNV-1a hash over folded words, so copies that differ in case,
// digits, punctuation, whitespace or URLs (tracking parameters) hash the same.
#include "fingerprint.hpp"

#include "filters/evidence.hpp"

namespace winnow::detail {

std::string fold_for_fingerprint(std::string_view text) {
    std::string out;
    append_folded_words(text, out);
    return out;
}

// Hashed as the words are folded: no folded copy of the text is built (pass two of a batch
// fingerprints every block again).
std::uint64_t block_fingerprint(std::string_view text) {
    return folded_words_hash(text);
}

}  // namespace winnow::detail
