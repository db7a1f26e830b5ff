// Near-duplicate fingerprints (near_fingerprint.hpp): MinHash over folded word triples (sign
// triples in scripts written without spaces), cut into bands. Folded words drop case, digits' values, punctuation and URLs, as the exact
// fingerprint does, so a changed count or date never changes a triple.
#include "near_fingerprint.hpp"

#include <algorithm>
#include <limits>
#include <span>
#include <string>
#include <vector>

#include <utf8proc.h>

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

bool unspaced(char32_t cp) { return cp >= 0x0E00 && written_without_spaces(script_of(cp)); }

// Whether a text holds a sign of a script written without spaces (Han, kana, Thai...).
bool has_unspaced(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        if (static_cast<unsigned char>(text[i]) < 0xE0) {  // (those scripts' signs take three bytes or more)
            ++i;
            continue;
        }
        if (unspaced(next_code_point(text, i))) return true;
    }
    return false;
}

// The folded words' hashes (FNV-1a, as append_folded_word_hashes makes them), a word holding
// signs of a script written without spaces split into its signs: there a word is a run, a clause
// or two, and a changed sign would change the only shingle; the signs are what its copies share.
void append_tokens(std::string_view text, std::vector<std::uint64_t>& out) {
    if (!has_unspaced(text)) {
        append_folded_word_hashes(text, out);
        return;
    }
    const auto fnv = [](std::string_view w) {
        std::uint64_t h = 14695981039346656037ull;
        for (unsigned char c : w) h = (h ^ c) * 1099511628211ull;
        return h;
    };
    for (const std::string& w : fold_words(text)) {
        if (!has_unspaced(w)) {
            out.push_back(fnv(w));
            continue;
        }
        for (std::size_t i = 0; i < w.size();) {
            const std::size_t at = i;
            next_code_point(w, i);
            out.push_back(fnv(std::string_view(w).substr(at, i - at)));
        }
    }
}

// A text's length in words, a run in a script written without spaces counted a word per two of
// its signs; a mark riding on a sign is none of its own (Thai writes vowels and tones so).
std::size_t unspaced_length(std::string_view text) {
    std::size_t words = 0, run = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < text.size();) {
        const char32_t cp = next_code_point(text, i);
        if (unspaced(cp)) {
            const auto category = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
            run += category != UTF8PROC_CATEGORY_MN && category != UTF8PROC_CATEGORY_MC;
            in_word = false;
            continue;
        }
        words += (run + 1) / 2;
        run = 0;
        const bool word_char = is_letter(cp) || is_digit(cp);
        words += word_char && !in_word;
        in_word = word_char;
    }
    return words + (run + 1) / 2;
}

}  // namespace

bool near_sized_words(std::size_t words, std::string_view text) {
    if (words >= kMinWords) return words <= kMaxWords;
    // (Written without spaces a text is a run or two: its signs tell its length.)
    const std::size_t length = unspaced_length(text);
    return length >= kMinWords && length <= kMaxWords;
}

bool near_sized(std::string_view text) { return near_sized_words(word_count(text), text); }

std::array<std::uint64_t, kNearBands> near_bands(std::string_view text, const std::vector<std::uint64_t>* folded) {
    std::vector<std::uint64_t> made;  // FNV-1a of each folded word (or sign)
    const bool reuse = folded && !has_unspaced(text);   // (append_tokens' words are then the folded ones)
    if (!reuse) append_tokens(text, made);
    const std::vector<std::uint64_t>& words = reuse ? *folded : made;
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
