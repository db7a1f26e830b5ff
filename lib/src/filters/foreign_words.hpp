// The words and letters a foreign box is judged by (foreign_boxes.cpp): scripts, tokens, the
// article's prose vocabulary and the letters its prose writes.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "filters/evidence.hpp"

namespace winnow::detail::foreign_words {

// Letters of a script the script table does not list (Ethiopic, Cherokee, ...): a script of its
// own here, foreign to any article written in a listed one.
constexpr int kUnlisted = script_count;

// A hash of a word sequence (a block's text said again elsewhere hashes alike).
std::uint64_t hash_words(const WordHashes& words);
// The most frequent script among a text's letters (script_none if it has none); URLs left out.
int block_script(std::string_view text);
// Whether a block's script may be the article's (a block with no letters may).
bool same_writing(int script, int main_script);
// Whether a block in the article's alphabet is written in letters the article never uses.
bool alien_letters(std::string_view text, const std::unordered_set<char32_t>& prose_letters);
// The letters the article's prose writes (of two prose blocks at least).
std::unordered_set<char32_t> letters_prose_writes(const std::vector<BlockView>& views, const std::vector<bool>& prose);
// Sorted unique tokens of a text; with in_script, also those of the words in letters compatible
// with only_script (foreign_words.cpp says why).
std::vector<std::uint64_t> tokens(std::string_view text, int only_script = -1, std::vector<std::uint64_t>* in_script = nullptr);

// Each block's script and tokens, which blocks are the article's prose (candidates of at least
// prose_words words in the article's writing), and how many prose blocks use each token.
// How many prose blocks use each token: one entry per use, sorted once all are in (a map
// allocated a node per distinct token).
class TokenUses {
public:
    void add(std::uint64_t t) { uses_.push_back(t); }
    void seal();                                    // after the last add, before any question
    std::uint32_t of(std::uint64_t t) const;        // 0 for a token no prose block uses
    std::size_t size() const { return distinct_; }  // distinct tokens

private:
    std::vector<std::uint64_t> uses_;     // one entry per use; once sealed, each token once, sorted
    std::vector<std::uint32_t> counts_;   // once sealed: the uses of each token
    std::size_t distinct_ = 0;
};

struct PageWords {
    std::vector<std::vector<std::uint64_t>> toks;
    std::vector<bool> prose;
    std::vector<int> scripts;
    TokenUses prose_uses;
    // Share of block i's tokens the article's prose uses (its own uses left out).
    double overlap(std::size_t i) const;
};
PageWords read_page_words(const std::vector<BlockView>& views, int main_script, std::size_t prose_words);

}  // namespace winnow::detail::foreign_words
