// Stage — noise filters. Each filter is one pass over the Document that removes blocks or
// spans and records a Removal with its reason. They run in the order listed here
// (docs/architecture.md says why).
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <winnow/winnow.hpp>

#include "limits.hpp"

namespace winnow::detail {

class ViewMemo;   // evidence.hpp: the blocks' word hashes, kept from one filter to the next

// budget (below): the filters' long loops throw BudgetExceeded ("... during noise filtering")
// once it is spent, where the document is whole: before a filter edits it (repeated blocks,
// exact repeats, promo and foreign boxes: their analysis), or between two blocks (garbage, link
// residue: the blocks before are cleaned, the rest are not).

// 1. Blocks (and runs of blocks) that recur within the page, near-duplicates included;
//    call-to-action repeats go, repeats that are content stay.
void remove_repeated_blocks(Document& doc, const NoiseOptions& options, ViewMemo* memo = nullptr,
                            const Budget& budget = Budget::none());
// 1b. Short blocks whose normalized text stands twice or more as its own block, every copy,
//     whatever the words (structural exceptions: labels, dialogue turns, verse).
void remove_exact_repeats(Document& doc, const NoiseOptions& options, ViewMemo* memo = nullptr,
                          const Budget& budget = Budget::none());
// 1c. A block of a sentence's length whose whole text opens a later, longer paragraph: a
//     standfirst the body says again in full (filters/restated_lead.cpp).
void remove_restated_leads(Document& doc, ViewMemo* memo = nullptr);
// 2. Single promo / newsletter / "read more" blocks judged by their shape.
void remove_promo_blocks(Document& doc, const NoiseOptions& options, ViewMemo* memo = nullptr,
                         const Budget& budget = Budget::none());
//    (It first takes a call to action appended to the article's own list or table: the one
//    item or row that is a link as a whole among plain ones, promo_items.cpp.)
void remove_promo_items(Document& doc);
//    (And a shop's product cards set into the article: a run of short blocks repeating one
//    card's shape, each with a dropped button of the same words, or a list of priced items each
//    closing on the same link words, promo_cards.cpp.)
void remove_promo_cards(Document& doc, ViewMemo* memo = nullptr);
// 2b. Short runs of blocks between article paragraphs in vocabulary the article never uses,
//     with a way out (link, URL, button line, one-row table, whole emphasis): any language.
void remove_foreign_boxes(Document& doc, const NoiseOptions& options, ViewMemo* memo = nullptr,
                          const Budget& budget = Budget::none());
// 3. Garbage runs inside text, and blocks that are garbage as a whole.
void remove_garbage(Document& doc, const NoiseOptions& options, const Budget& budget = Budget::none());
// 4. Link residue: " ." where a link was cut, bare "(source)", orphan "[1]" markers.
void remove_link_residue(Document& doc, const NoiseOptions& options, const Budget& budget = Budget::none());
// How often a text spaces a mark apart as a French typist does: " , " (commas) and " : ", " ! ",
// " ? " (marks), added to the counts; the link-residue filter weighs the page's habit. Each mark
// is found by memchr (marks are few); plain: every byte asked, the reading a test holds it to.
void count_spaced_marks(std::string_view t, std::size_t& commas, std::size_t& marks, bool plain = false);
// 5. Empty blocks left behind by the passes above.
void remove_empty_blocks(Document& doc);
// 5b. Headings the body ends on: labels of boxes that went ("Related posts"), not statements
//     (filters/closing_headings.cpp).
void remove_closing_headings(Document& doc);
// 6. Blocks a site profile saw on >= max(site_min_pages, site_min_share * pages of host)
//    pages of this host (site_profile.cpp). Runs before the empty-block pass in practice:
//    the caller orders it; it only reads the profile (safe to share between threads).
//    known: the page's SiteProfile::fingerprints, when pass one made them (else computed here).
void remove_site_boilerplate(Document& doc, const SiteProfile& profile, std::string_view host,
                             const NoiseOptions& options, const PageFingerprints* known = nullptr);
// Whether a block has enough text to be counted in / matched against a site profile
// (>= 3 words or >= 15 characters, text_length): tiny labels like "Share" are too common to
// mean anything, in any script.
bool profile_worthy(std::string_view text);
// Whether a removal is a whole block the page's filters took as a promo box that a site profile
// learns from (SiteProfile::fingerprints counts it after the body's blocks).
bool learned_promo(const Removal& rm);

// The texts the exact-repeat filter groups blocks by (letters lower-cased, digits kept, all else
// one space) and the link-residue filter's case fold of labels and the page; decode_all reads
// ASCII character by character too, as before their ASCII fast paths (the plain reading a test
// holds them to).
std::string exact_repeat_key(std::string_view text, bool decode_all = false);
std::string residue_fold(std::string_view text, bool decode_all = false);

// Byte range [begin, end) inside a text.
struct TextRange {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
};

// Pure detector behind remove_garbage: the debris runs inside one text. dominant_script is
// the document's main script (see dominant_script()).
// Helpers of find_garbage_runs (filters/enclosed_debris.cpp), each appending byte ranges:
// leaked CMS shortcodes ([button link="…"]Label[/button]) ...
void find_shortcodes(std::string_view text, std::vector<TextRange>& out);
// ... and debris taken whole from its opening to its closing mark: template expressions,
// CDATA sections, object literals with quoted keys, function bodies.
void find_enclosed_debris(std::string_view text, std::vector<TextRange>& out);
// ... and rows of a data file with quoted fields ("id","nome","cidade"; filters/quoted_rows.cpp) ...
void find_quoted_rows(std::string_view text, std::vector<TextRange>& out);
// ... and keys, signatures and certificates in ASCII armor, "-----BEGIN X-----" to
// "-----END X-----" (filters/armor_blocks.cpp).
void find_armor_blocks(std::string_view text, std::vector<TextRange>& out);

// ... and runs of machine text or fragment debris scored from character statistics per token
// (filters/machine_text.cpp): letters of a script foreign to the paragraph glued to digits,
// letter/digit alternation, code punctuation, symbol runs, identifiers.
// known_word, when given, answers how often a lower-case ASCII word stands alone in the
// document (0: never): it tells where a word ends when a blob is glued to it
// ("administrationlzNSGC…"), and whether a statement's names are ones the prose uses too.
using KnownWord = std::function<int(std::string_view)>;
void find_machine_runs(std::string_view text, int dominant_script, const KnownWord& known_word,
                       std::vector<TextRange>& out);
// The Latin letters with a diacritic a page uses (lower-cased), counted: fragments of another
// Latin-script language show in letters the page has nowhere else (filters/marked_runs.cpp).
struct MarkedLetters {
    std::size_t letters = 0;  // Latin letters in all
    std::vector<std::pair<char32_t, std::uint32_t>> counts;
    void count(std::string_view text);
    std::uint32_t of(char32_t lower) const;
    double share() const;  // of the Latin letters, those with a diacritic
};
std::vector<TextRange> find_garbage_runs(std::string_view text, int dominant_script,
                                         const KnownWord& known_word = {}, const MarkedLetters* page = nullptr);
// The most frequent Unicode script (utf8proc-free classification, see filters/script.cpp)
// over a document's letters.
int dominant_script(const Document& doc);

}  // namespace winnow::detail
