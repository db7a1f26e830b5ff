// A row of short tokens parted by marks ("C | G | Am | F", "1 · 2 · 4 · 8", "ド · ソ · ラ"): every
// piece between spaces is a mark (bar, middle dot, bullet) or a token of a few characters, three
// tokens or more. Set between prose it is the article's own (a song's chords, a series of
// values, a scale), where a box's or a byline's fields name things in words; read by the edge
// rules of extraction (extract_region.cpp, extract_edge_lines.cpp) and the promo filter's box
// lines (filters/promo_shapes.cpp).
#pragma once

#include <algorithm>
#include <cstddef>
#include <string_view>

#include "text_length.hpp"

namespace winnow::detail {

inline bool is_short_token_row(std::string_view t) {
    constexpr std::size_t kToken = 4, kMinTokens = 3;
    std::size_t tokens = 0, marks = 0;
    for (std::size_t k = 0; k < t.size();) {
        while (k < t.size() && (t[k] == ' ' || t[k] == '\n' || t[k] == '\t')) ++k;
        std::size_t end = k;
        while (end < t.size() && t[end] != ' ' && t[end] != '\n' && t[end] != '\t') ++end;
        const std::string_view piece = t.substr(k, end - k);
        k = end;
        if (piece.empty()) continue;
        if (piece == "|" || piece == "\u00B7" || piece == "\u2022") {
            ++marks;
            continue;
        }
        if (!text_length_at_most(piece, kToken)) return false;
        ++tokens;
    }
    return tokens >= kMinTokens && marks + 1 >= tokens;
}

}  // namespace winnow::detail
