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

std::uint64_t block_fingerprint(std::string_view text) {
    std::uint64_t h = 14695981039346656037ull;  // FNV-1a offset basis
    for (unsigned char c : fold_for_fingerprint(text)) {
        h ^= c;
        h *= 1099511628211ull;                  // FNV prime
    }
    return h;
}

}  // namespace winnow::detail
