// Private to the extract stage: the shape of short texts the extractor reads (words, sentence
// ends) and the tag classes it scores by, free of the Extractor's state.
#pragma once
#include <cstdint>
#include <string_view>

#include "ascii.hpp"
#include "extract_lines.hpp"
#include "parse_html.hpp"
#include "text_length.hpp"

namespace winnow::detail::extraction {

inline bool is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }
// A space-separated list of link types (rel) that holds token, ASCII case folded (extract_taxonomy.cpp).
bool has_rel_token(std::string_view list, std::string_view token);

// A byte that makes a word of word_runs: an ASCII letter or digit, or a byte of a non-ASCII
// character other than the lead bytes 0xC2 and 0xE2 (of no-break spaces, dashes, bullets, quotes).
inline bool is_word_byte(unsigned char c) { return kAsciiAlnum[c] || (c >= 0x80 && c != 0xC2 && c != 0xE2); }

// Words in a short line: runs of ASCII letters or digits or of non-ASCII bytes (any script), a
// no-break space's or a typographic mark's lead byte (C2, E2) breaking none.
inline std::uint32_t word_runs(std::string_view t) {
    std::uint32_t words = 0;
    bool in_word = false;
    for (char ch : t) {
        const auto c = static_cast<unsigned char>(ch);
        const bool part = is_word_byte(c);
        if (part && !in_word) ++words;
        in_word = part || (in_word && !is_space(c));
    }
    return words;
}

// word_runs(dom.text_of(node)) > 0, without building the text: some text of the subtree, removed
// nodes skipped, holds a word byte (text_of only drops and collapses spaces, never word bytes).
inline bool text_has_word(const Dom& dom, std::uint32_t node) {
    return subtree_text_has_byte(dom, node, [](unsigned char c) { return is_word_byte(c); });
}

// A sentence ends at s[i]: '.', '!', '?' (their fullwidth forms U+FF0E, U+FF01, U+FF1F), the
// ideographic full stop U+3002 or the Devanagari danda U+0964. Returns the end's length in
// bytes, 0 when none.
inline std::size_t sentence_end_at(std::string_view s, std::size_t i) {
    const char ch = s[i];
    if (ch == '.' || ch == '!' || ch == '?') return 1;
    const auto c = static_cast<unsigned char>(ch);
    if (c != 0xE0 && c != 0xE3 && c != 0xEF) return 0;
    const char32_t cp = wide_code_point(s, i);
    return cp == 0x3002 || cp == 0xFF01 || cp == 0xFF0E || cp == 0xFF1F || cp == 0x0964 ? 3 : 0;
}

// The text's last character ends a sentence (see sentence_end_at).
inline bool ends_with_sentence_end(std::string_view t) {
    if (t.empty()) return false;
    if (sentence_end_at(t, t.size() - 1) == 1) return true;
    return t.size() >= 3 && sentence_end_at(t, t.size() - 3) == 3;
}

inline bool is_paragraph_like(GumboTag t) {
    return t == GUMBO_TAG_P || t == GUMBO_TAG_PRE || t == GUMBO_TAG_TD || t == GUMBO_TAG_BLOCKQUOTE ||
           t == GUMBO_TAG_LI || t == GUMBO_TAG_DD;
}

inline bool is_heading(GumboTag t) { return heading_level(t) != 0; }

inline bool is_block_tag(GumboTag t) { return is_block_element(t); }

}  // namespace winnow::detail::extraction
