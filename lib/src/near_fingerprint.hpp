// Near-duplicate fingerprints of a short block for site profiles: a box a site prints on many
// pages with its wording varied a little (a number, a day, a word or two) has no exact
// fingerprint in common from page to page, but most of its word triples are the same.
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include <winnow/winnow.hpp>

namespace winnow::detail {

// Bands of a MinHash signature over the block's folded word triples: each band pairs the least
// triple of the block's first half with the least of its second half (under the band's own
// salt). Two copies of a box whose halves share a share J1, J2 of their triples agree on a band
// with chance about J1 * J2; a paragraph that reuses a site's stock phrases agrees on one only
// where two such phrases stand in the same halves together on several pages, which text made
// from the same phrases in changing order seldom does, while a box's copies always do.
inline constexpr std::size_t kNearBands = 16;
// A block matches a site's box when this many of its bands (a quarter) were each seen on as
// many pages as an exact copy needs: about half of each half's triples shared with the box.
inline constexpr std::size_t kNearBandsToMatch = 4;

// Whether a block is sized like a box whose variants a profile learns (6 to 40 words,
// word_count): shorter blocks have too few triples to vary, longer ones are the article's.
bool near_sized(std::string_view text);
// The same when the text's word_count is known (a text of fewer words may still be sized so in
// a script written without spaces).
bool near_sized_words(std::size_t words, std::string_view text);
// The band fingerprints of a text (meaningful when near_sized); they are salted apart from
// block_fingerprint's values.
// folded: the text's folded word hashes (append_folded_word_hashes), when already made.
std::array<std::uint64_t, kNearBands> near_bands(std::string_view text, const std::vector<std::uint64_t>* folded = nullptr);

// Where SiteProfile::fingerprints(page) puts what (in site_profile.cpp, beside the walk that
// appends them): one entry per body block in pre-order, one per learned promo box, then the
// bands of the box-sized ones of both, kNearBands each, in the same order.
struct FingerprintLayout {
    std::size_t body_blocks = 0;
    std::size_t learned_promos = 0;
    std::vector<std::size_t> banded;   // pre-order indices of the body blocks with bands, ascending
    std::size_t banded_promos = 0;     // learned promo boxes with bands
    std::size_t bands() const { return kNearBands * (banded.size() + banded_promos); }
    std::size_t size() const { return body_blocks + learned_promos + bands(); }
    // Where the bands of banded[k] start.
    std::size_t bands_of(std::size_t k) const { return body_blocks + learned_promos + kNearBands * k; }
};
FingerprintLayout fingerprint_layout(const Document& page);
class ViewMemo;   // filters/evidence.hpp
// SiteProfile::fingerprints(page), each fingerprint taken from memo (the page's filters' word
// folds, made with fingerprints) where it holds the text, made afresh where not.
PageFingerprints page_fingerprints(const Document& page, const ViewMemo* memo);
// How many band fingerprints SiteProfile::fingerprints(page) appends after the body's blocks
// and the learned promo boxes.
std::size_t near_band_count(const Document& page);

}  // namespace winnow::detail
