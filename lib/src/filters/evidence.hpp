// Shared, private helpers for the noise filters: UTF-8 walking, script classes, word
// folding and the call-to-action / link evidence that several filters weigh.
#pragma once
#include <algorithm>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <winnow/winnow.hpp>

#include "limits.hpp"

namespace winnow::detail {

// Script classes: every script of Unicode 15 by block (script_table.inc, see script.cpp); the
// ones code names come first. none = digits, punctuation, symbols, combining marks of any script.
enum Script : int {
    script_none = 0,
    script_latin,
    script_greek,
    script_cyrillic,
    script_armenian,
    script_hebrew,
    script_arabic,
    script_devanagari,
    script_bengali,
    script_tamil,
    script_thai,
    script_georgian,
    script_hangul,
    script_hiragana,
    script_katakana,
    script_han,
    script_bopomofo = 25,  // Han's phonetic companion (Taiwan)
    script_count = 161
};

// Decodes the code point at text[i] and advances i; invalid bytes decode to U+FFFD, one byte each.
char32_t next_code_point(std::string_view text, std::size_t& i) noexcept;
// Script of a letter (or mark); script_none for anything else.
int script_of(char32_t cp) noexcept;
bool is_letter(char32_t cp) noexcept;
bool is_digit(char32_t cp) noexcept;
// A sentence's end mark of a script that does not use the Latin ones: the ideographic and
// full-width stops, the danda, the Arabic and Urdu marks, the Armenian full stop (U+0589), the
// Ethiopic full stop and question and exclamation marks, the Myanmar, Khmer and Tibetan stops.
bool is_wide_sentence_stop(char32_t cp) noexcept;
// Whether t's last character ends a sentence: '.', '!', '?' or a wide stop (t already trimmed).
bool ends_on_sentence_stop(std::string_view t) noexcept;
// A combining mark (categories Mn, Mc, Me: a vowel sign, a tone mark, an accent written apart).
bool is_combining_mark(char32_t cp) noexcept;
// Scripts that share a writing system in practice (Han with kana and hangul) count as one.
// (Inline: the machine-text reader asks for every token.)
inline bool scripts_compatible(int a, int b) noexcept {
    const auto cjk = [](int s) {
        return s == script_han || s == script_hiragana || s == script_katakana || s == script_hangul ||
               s == script_bopomofo;
    };
    return a == b || (cjk(a) && cjk(b));
}
// Scripts whose words are not set apart by spaces: Han, kana, Thai, Lao, Khmer, Myanmar.
bool written_without_spaces(int script) noexcept;
// The Unicode name of a script class ("Tibetan"), and back (script_none if unknown).
std::string_view script_name(int script) noexcept;
int script_by_name(std::string_view name) noexcept;

// A DOI ("10.1016/j.cell.2019.03.021", "doi:10.1000/xyz", in brackets): a publication's
// registered name, cited in prose like a link. Its suffix may look like code; the
// "10.<registrant digits>/" prefix tells it.
bool is_doi(std::string_view t) noexcept;

// Lower-cased words (letter/digit runs) of a text; digits fold to '0', URLs are skipped.
std::vector<std::string> fold_words(std::string_view text);
// The same words, each with whether it opens a sentence (the first word when `opens`, a word
// after '.', '?', '!' or ':'), as cta_piece reads them; ends_open: whether a word after the text
// would open one.
std::vector<std::pair<std::string, bool>> fold_words_opening(std::string_view text, bool opens, bool& ends_open);
// The same words joined by single spaces, appended to out (no list of words is built).
void append_folded_words(std::string_view text, std::string& out);
// The FNV-1a hash of each of the same words, appended to out (no string per word).
void append_folded_word_hashes(std::string_view text, std::vector<std::uint64_t>& out);

// Call-to-action evidence of one text, 0..1: second-person address, imperative opening,
// offer vocabulary. A weak, language-list signal: filters combine it with structure.
struct CtaEvidence {
    int words = 0;
    int second_person = 0;   // "you", "your", "Sie", "vous", "вы", ...
    int action = 0;          // subscribe / sign up / download / follow / join ... anywhere
    bool starts_with_action = false;
    int offer = 0;           // free, newsletter, inbox, app, exclusive, ...
    double score() const noexcept;
};
CtaEvidence cta_evidence(std::string_view text);

// One text's part of the call-to-action evidence of texts joined by spaces (a unit of blocks):
// the words of each text are judged alone, and only whether a text's first word opens a
// sentence depends on the text before it. A text met in several units is read once.
struct CtaPiece {
    CtaEvidence own;                     // the counts; own.starts_with_action as cta_evidence(text)
    bool first_word_action = false;      // the first word is an action word
    bool first_word_opens = false;       // a sentence end before the first word ("… . Join")
    bool later_opening_action = false;   // an action word opens a later sentence
    bool ends_open = false;              // a sentence end after the last word: the next text's first word opens one
};
CtaPiece cta_piece(std::string_view text);
// cta_evidence of texts joined by single spaces, added piece by piece in their order.
struct CtaJoin {
    CtaEvidence sum;
    bool opens = true;  // the next word opens a sentence
    void add(const CtaPiece& p);
};

// Share of a block's visible text (and its descendants') covered by link spans.
double link_density(const Block& block);
// Words of visible text in a block and its descendants.
// With limit: counted no further than limit (a caller asking only "more than N?" stops there).
std::size_t word_count(std::string_view text, std::size_t limit = static_cast<std::size_t>(-1));
// Words for size rules: letter/digit runs, and a word per two characters in scripts written
// without spaces (see BlockView::length).
std::size_t word_length(std::string_view text);

}  // namespace winnow::detail

namespace winnow::detail {

// What a block's view reads from its flat text alone: its folded word hashes in order, their
// sorted set, its length in words.
struct ViewWords {
    std::vector<std::uint64_t> words, set;
    std::size_t length = 0;
    std::uint64_t joined = 0;   // folded_words_hash(text), when the memo makes them
};

// Word hashes read in place (a view's words or set): they stay where the page's ViewMemo (or
// the view itself) holds them, so viewing the page again copies none.
class WordHashes {
public:
    WordHashes() = default;
    explicit WordHashes(const std::vector<std::uint64_t>& v) : data_(v.data()), size_(v.size()) {}
    const std::uint64_t* begin() const { return data_; }
    const std::uint64_t* end() const { return data_ + size_; }
    std::size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    std::uint64_t operator[](std::size_t i) const { return data_[i]; }
    friend bool operator==(const WordHashes& a, const WordHashes& b) {
        return std::equal(a.begin(), a.end(), b.begin(), b.end());
    }

private:
    const std::uint64_t* data_ = nullptr;
    std::size_t size_ = 0;
};

// Top-level blocks as the repeated-block and promo filters see them.
struct BlockView {
    std::size_t index = 0;              // into doc.body
    // Flat text: the memo's copy (its entry's key, which outlives the views), or own_text's
    // without a memo. (Not a copy per view: a page is viewed four or five times.)
    std::string_view text;
    WordHashes words;                   // hashes of folded words, in order
    WordHashes set;                     // sorted unique hashes
    // Length in words, for size rules: scripts written without spaces (Han, kana, Thai, Lao, Khmer, Myanmar) fold
    // into long runs, so there a run counts a word per two characters.
    std::size_t length = 0;
    bool empty = false;                 // no visible text (blank paragraph)
    bool candidate = false;             // paragraph / heading / quote / list / caption as a whole
    bool title_like = false;            // heading, or a short line without a sentence end
    std::shared_ptr<const ViewWords> own;  // the words, when no memo holds them
    std::shared_ptr<const std::string> own_text;  // the flat text, when no memo holds it
};
// The costly part of a view (folded word hashes, their set, the length) depends on the flat
// text alone. The filters view the page four or five times and most blocks come back unchanged,
// so a memo per page (Cleaner::clean owns one) computes each text once, and the views read it
// in place: it must outlive them (it only grows: an entry, once made, stays where it is).
class ViewMemo {
public:
    using Words = ViewWords;
    // joined: each text's folded_words_hash (its block_fingerprint) is made in the same fold as
    // its word hashes, for a page whose fingerprints are wanted next (a batch's pass one).
    explicit ViewMemo(bool joined = false) : joined_(joined) {}
    bool makes_fingerprints() const { return joined_; }
    // Stops making fingerprints, before the memo has read any text (a page naming no host:
    // no site profile learns from it or filters it, so its fingerprints are not wanted).
    void stop_fingerprints() {
        if (map_.empty()) joined_ = false;
    }
    // The text's block_fingerprint when the memo read it and makes them, else null.
    const std::uint64_t* fingerprint(const std::string& text) const;
    // What the memo read of the text when it makes fingerprints, else null.
    const Words* known(const std::string& text) const;
    const Words& of(const std::string& text);
    // view_blocks reads a page's blocks in order, and most come back unchanged and in the same
    // order from one reading to the next: next(text) is of(text), found without hashing the
    // text when it is the one at the previous reading's cursor or a few past it (blocks removed
    // in between are passed over). restart() begins a reading.
    const Words& next(const std::string& text);
    // next(text)'s entry: its key is a copy of the text that stays where it is while the memo lives.
    using Entry = std::pair<const std::string, Words>;
    const Entry& next_entry(const std::string& text);
    void restart();

private:
    const Entry& entry(const std::string& text);
    std::unordered_map<std::string, Words> map_;
    bool joined_ = false;
    std::vector<const Entry*> previous_, current_;  // the entries of the last reading and this one, in order
    std::size_t cursor_ = 0;                          // into previous_
};
std::vector<BlockView> view_blocks(const Document& doc, ViewMemo* memo = nullptr);
// The repeated-block filter's near-duplicate groups (repeated_blocks.cpp): per view, the view
// standing for its group (exact copies and near-duplicates of candidate blocks are one group).
// plain: compare through an index of every word, not of each word set's prefix (the reading
// a test holds the prefix index to).
std::vector<std::size_t> near_duplicate_groups(const std::vector<BlockView>& views, bool plain = false,
                                               const Budget& budget = Budget::none());

// Per view: whether a link line, button or form that extraction dropped as chrome (a
// boilerplate removal, see dropped_actions.hpp) stood right after that block, before the next
// one: the block's way out. After the last block only with after_last: the page's own chrome
// (a permalink, a share row) follows the article there. Placed by source line, so only where
// the lines tell: a drop on a line shared by more than a box's few blocks (minified markup) is
// placed nowhere. Different link lines after more than three blocks are the article's own
// pattern (deals, sources): none of them counts (a form or a button still does).
// With controls, also per view whether that drop was a form, a button or an input (recorded
// with kControlScore): no credit or quotation ends in one, so it is the stronger way out.
// With link_lines, also per view the text of the link line credited there (empty: none).
std::vector<bool> dropped_action_after(const Document& doc, const std::vector<BlockView>& views, bool after_last,
                                       std::vector<bool>* controls = nullptr,
                                       std::vector<std::string_view>* link_lines = nullptr);
// Scores record_dropped_actions gives a dropped link line and a dropped control.
inline constexpr double kLinkLineScore = 0.5;
inline constexpr double kControlScore = 0.7;
// A row of three or four short links (amounts, choices): a control's way out between the
// article's blocks, but none after its last one, where share rows stand.
inline constexpr double kButtonRowScore = 0.65;

// Evidence that a run of consecutive top-level blocks is a promo / call-to-action unit.
struct UnitEvidence {
    double cta = 0;             // cta_evidence over the unit's text
    double links = 0;           // link density over the unit
    double overlap = 1;         // share of the unit's content words also used by the article
    bool title_then_text = false;  // short heading-like line followed by a longer block
    bool short_link_line = false;  // a button-like line: few words, all link or a CTA verb
    std::size_t blank_after = 0;   // empty blocks right after the unit
    std::size_t max_words = 0;
    std::size_t total_words = 0;
};
// unit = positions in views (consecutive non-empty ones); article = hashes of words of the
// blocks that are not under suspicion (sorted unique).
UnitEvidence unit_evidence(const Document& doc, const std::vector<BlockView>& views,
                           const std::vector<std::size_t>& unit, const std::vector<std::uint64_t>& article);

// Removes top-level blocks by index (and blank blocks right after each) recording reason.
// owners, when given, is a vector parallel to doc.body that is filtered the same way.
void remove_top_level(Document& doc, std::vector<std::size_t> indices, RemovalReason reason,
                      const std::vector<double>& scores, std::vector<int>* owners = nullptr);

// A <blockquote> holding several blocks is often a layout wrapper around part of the article
// (and the promo boxes injected into it). While it lives, the children of such quotes stand
// in doc.body as top-level blocks, so the block filters see them in sequence with the rest;
// on destruction the survivors are wrapped back into their quotes.
class LiftedQuotes {
public:
    explicit LiftedQuotes(Document& doc);
    ~LiftedQuotes();
    LiftedQuotes(const LiftedQuotes&) = delete;
    LiftedQuotes& operator=(const LiftedQuotes&) = delete;
    std::vector<int>* owners() { return &owners_; }

private:
    Document& doc_;
    std::vector<Block> shells_;   // the lifted quotes without their children
    std::vector<int> owners_;     // per doc.body block: index into shells_, or -1
};

}  // namespace winnow::detail
