// Near-duplicate fingerprints (near_fingerprint.hpp): MinHash over folded word triples, cut
// into bands. Folded words drop case, digits' values, punctuation and URLs, as the exact
// fingerprint does, so a changed count or date never changes a triple.
#include "near_fingerprint.hpp"

#include <algorithm>
#include <limits>
#include <span>
#include <string>
#include <vector>

#include "filters/evidence.hpp"

namespace winnow::detail {

namespace {

constexpr std::size_t kMinWords = 6;
constexpr std::size_t kMaxWords = 40;

std::uint64_t mix(std::uint64_t x) {  // splitmix64's finalizer
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

}  // namespace

bool near_sized_words(std::size_t words) { return words >= kMinWords && words <= kMaxWords; }

bool near_sized(std::string_view text) { return near_sized_words(word_count(text)); }

std::array<std::uint64_t, kNearBands> near_bands(std::string_view text) {
    std::vector<std::uint64_t> words;  // FNV-1a of each folded word
    append_folded_word_hashes(text, words);
    // Word triples; a text of fewer words is one shingle of all of them.
    std::vector<std::uint64_t> triples;
    triples.reserve(std::max<std::size_t>(1, words.size()));
    if (words.size() < 3) {
        std::uint64_t h = 0x6e656172ull;
        for (auto w : words) h = mix(h ^ w);
        triples.push_back(h);
    }
    for (std::size_t i = 0; i + 2 < words.size(); ++i)
        triples.push_back(mix(mix(mix(words[i]) ^ words[i + 1]) ^ words[i + 2]));
    // The halves: a text of one triple is both.
    const std::size_t half = std::max<std::size_t>(1, triples.size() / 2);
    const std::span<const std::uint64_t> first(triples.data(), half);
    const std::span<const std::uint64_t> second = triples.size() > 1 ? std::span<const std::uint64_t>(triples).subspan(half)
                                                                     : first;
    const auto least = [](std::span<const std::uint64_t> part, std::uint64_t salt) {
        std::uint64_t m = std::numeric_limits<std::uint64_t>::max();
        for (auto t : part) m = std::min(m, mix(t ^ salt));
        return m;
    };
    std::array<std::uint64_t, kNearBands> bands{};
    for (std::size_t b = 0; b < kNearBands; ++b) {
        const std::uint64_t salt = mix(0x9e3779b97f4a7c15ull * (2 * b + 1));
        const std::uint64_t salt2 = mix(0x9e3779b97f4a7c15ull * (2 * b + 2));
        bands[b] = mix(mix((0x4e454152ull + b) ^ least(first, salt)) ^ least(second, salt2));
    }
    return bands;
}

}  // namespace winnow::detail
