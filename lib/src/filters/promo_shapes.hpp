// Shapes of promo boxes read without their words, shared by the promo filter (promo.cpp).
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <winnow/winnow.hpp>

#include "filters/evidence.hpp"

namespace winnow::detail {

constexpr std::size_t kProseBetween = 15;  // a paragraph of the article, between two boxes' copies
constexpr std::size_t kPitchMin = 4, kPitchMax = 30;  // a pitch's words
constexpr double kPitchShared = 0.35;      // below this share of its words in the article, a pitch is foreign

// A block of the article's prose: kProseBetween words, or, in a language of long words (Tamil,
// Turkish, Finnish write a clause's endings into its words), kProseLongWords words holding as
// many letters and digits as kProseBetween words of a language of short words do (kProseLetters).
constexpr std::size_t kProseLongWords = 10, kProseLetters = 80;
bool prose_block(const BlockView& v);

// A block whose whole text is emphasized (bold or italic): set off from the prose around it.
bool set_off(const Block& b);
// A token that is a web address written out ("https://…", "www.…", or a host and path
// without the scheme: "t.me/name").
bool is_spelled_address(std::string_view tok);
// A social handle ("@name"): an address of its own.
bool is_handle(std::string_view tok);
// Addresses spelled out in a block's text (plain text has no link markup: an address written
// out is its link). Views into `text`.
std::vector<std::string_view> spelled_addresses(std::string_view text);
// A text that is one address written out and nothing else ("https://site.tld/letter").
bool address_only(std::string_view text);
// A block whose text closes on a spelled-out address: in plain text, the box's button.
bool ends_with_address(std::string_view text);
// A block opening on a pictograph or an arrow: plain text's way to set a line off from the
// prose (it has no bold), as a box's marker.
bool opens_with_symbol(std::string_view text);

// Whether the nearest blocks with text on both sides of views[first..last] are paragraphs of the
// article (or the page ends there); blocks without words (an image) stand aside as blanks do.
bool between_prose(const std::vector<BlockView>& views, std::size_t first, std::size_t last);
// A line closing on a colon: a label introducing what follows ("Source:"), no pitch.
bool ends_with_label_colon(std::string_view t);

// A notice set off as a box's is: a sentence (not title-like) in bold or italics as a whole,
// not opened by a label ("Warning: …", "Photo: …": a note or credit of the article's) nor set
// in brackets ("(With reporting by …)").
// Over a link line extraction dropped, that line is its way out.
bool boxed_notice(const Block& b, const BlockView& v);

// The article's typical paragraph length in words (the median over its paragraphs).
std::size_t median_paragraph(const Document& doc, const std::vector<BlockView>& views);

struct Pitch {
    std::vector<std::size_t> unit;  // the pitch, then its button line (views positions)
    bool form = false;              // the button line is a form drawn in text
};
// A short pitch at views[i] with a button of its own (promo_shapes.cpp says which); empty unit
// if none. `dropped`: a form or button extraction dropped right after it; `paragraph`: the
// median_paragraph.
Pitch buttoned_pitch(const Document& doc, const std::vector<BlockView>& views, std::size_t i, bool dropped,
                     std::size_t paragraph);
// Whether views[i] is a line between the article's prose that is a box by its shape alone.
bool box_line(const Document& doc, const std::vector<BlockView>& views, std::size_t i);
// The article's side of foreign_content: the content units (see foreign_content) and the
// letters by script of each view of the article's prose (prose_block), read once per page on first use, not again for every line judged. One per filter
// call, never shared between threads.
class ArticleUnits {
public:
    explicit ArticleUnits(const std::vector<BlockView>& views) : views_(views) {}
    // Whether a view of the article's prose outside `unit` has unit s.
    bool has_outside(std::string_view s, const std::vector<std::size_t>& unit);
    // A unit's key: the FNV-1a hash of its bytes (the article's units are counted and searched
    // by key, not by string: no string sorted, none held in a map).
    static std::uint64_t key(std::string_view s);
    // The letters by script of the article's prose outside `unit` (script_count + 1 entries).
    std::vector<std::size_t> letters_outside(const std::vector<std::size_t>& unit);
    // Whether the article's prose is written in short words (syllables set apart, as Vietnamese
    // writes them): there a unit is compared in pairs of neighbouring words too.
    bool short_worded();

private:
    void build();
    const std::vector<BlockView>& views_;
    bool built_ = false;
    std::vector<std::vector<std::uint64_t>> units_;  // per view: its units' keys, sorted, each once (empty off the prose)
    std::vector<std::vector<std::size_t>> letters_;  // per view (empty off the prose)
    std::unordered_map<std::uint64_t, std::uint32_t> views_with_;  // unit key -> how many views have it
    std::vector<std::size_t> letters_total_;
    std::size_t spaced_words_ = 0, spaced_letters_ = 0;  // the prose's words in spaced scripts, their letters
};

// The units foreign_content compares a text in, in order (see pitch_vocabulary.cpp; `all`: every
// word's stem, as the article's side reads them; `pairs`: pairs of words in short-worded text),
// the letters by script (script_count + 1 entries), the spaced words and their letters.
// decode_all reads every word character by character, as before the ASCII words' fast path (the
// plain reading a test holds that path to).
struct ContentUnits {
    std::vector<std::string> units;
    std::vector<std::size_t> letters;
    std::size_t spaced_words = 0, spaced_letters = 0;
};
ContentUnits content_units_of(std::string_view text, bool all, bool pairs, bool decode_all = false);

// Whether the content words of views in `unit` (five letters or more, matched by their first
// five: inflection changes the ending) are foreign to the article's prose: under a quarter of
// them are its. Short words and numbers are the language's, not the subject's; Han and kana are compared in
// pairs of neighbouring signs (a run there is a clause), Thai, Lao, Khmer and Myanmar in runs of
// three letters (they write sounds); a unit in another script is left to
// foreign_boxes.cpp.
// `pairs_kept`: pairs of words shared with the article (short-worded text) that keep the unit.
bool foreign_content(const std::vector<BlockView>& views, const std::vector<std::size_t>& unit, ArticleUnits& article,
                     std::size_t pairs_kept = 1);
// A pitch carrying its own way out at views[i]: a short line between the article's prose closing
// on a written-out address set apart from its words or listed with another address or handle,
// or in HTML on its only link, a button's few words after a sentence end (and the short line of
// the pitch right over it, if any; under a line that is only its own address or under a lone
// button, a paragraph that is one short link, the pitch over it must be there), in content words
// the article never uses (pitch_vocabulary.cpp says how they are told). In promo_addressed.cpp.
// Its views positions; empty if none. `paragraph`: the median_paragraph; `article`: the page's
// ArticleUnits over the same views.
std::vector<std::size_t> addressed_pitch(const Document& doc, const std::vector<BlockView>& views, std::size_t i,
                                         std::size_t paragraph, ArticleUnits& article);

// A pitch over its way out that foreign_boxes.cpp took as a box at views[j] (a short line mostly
// link): the short line over it leading into it, foreign in words, with its title. In
// promo_addressed.cpp. Its views positions; empty if none.
std::vector<std::size_t> pitch_over_removed_way_out(const Document& doc, const std::vector<BlockView>& views, std::size_t j,
                                                    std::size_t paragraph, ArticleUnits& article);

}  // namespace winnow::detail
