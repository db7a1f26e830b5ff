// Shared, private helpers for the noise filters: UTF-8 walking, script classes, word
// folding and the call-to-action / link evidence that several filters weigh.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <winnow/winnow.hpp>

namespace winnow::detail {

// Scripts we tell apart (a compact range table, see script.cpp). none = digits, punctuation,
// symbols and letters of scripts we do not list.
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
    script_count
};

// Decodes the code point at text[i] and advances i; invalid bytes decode to U+FFFD, one byte each.
char32_t next_code_point(std::string_view text, std::size_t& i) noexcept;
// Script of a letter (or mark); script_none for anything else.
int script_of(char32_t cp) noexcept;
bool is_letter(char32_t cp) noexcept;
bool is_digit(char32_t cp) noexcept;
// Scripts that share a writing system in practice (Han with kana and hangul) count as one.
bool scripts_compatible(int a, int b) noexcept;

// Lower-cased words (letter/digit runs) of a text; digits fold to '0', URLs are skipped.
std::vector<std::string> fold_words(std::string_view text);

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

// Share of a block's visible text (and its descendants') covered by link spans.
double link_density(const Block& block);
// Words of visible text in a block and its descendants.
std::size_t word_count(std::string_view text);

}  // namespace winnow::detail
