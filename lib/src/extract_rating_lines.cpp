// Short lines that count or rate rather than say: a gallery's position counter, a rating as star
// glyphs or as a figure on a scale, a line of counts ("12 replies · 340 views"). Split from
// extract_lines.cpp (the other short-line tests); declared in extract_lines.hpp.
#include <algorithm>
#include <cctype>
#include <string_view>
#include <vector>

#include "extract_lines.hpp"
#include "line_bytes.hpp"
#include "text_length.hpp"

namespace winnow::detail {

namespace {

using line_bytes::is_space;
using line_bytes::trim_view;

// The runs of t between spaces.
std::vector<std::string_view> space_tokens(std::string_view t) {
    std::vector<std::string_view> tokens;
    for (std::size_t i = 0; i < t.size();) {
        while (i < t.size() && is_space(static_cast<unsigned char>(t[i]))) ++i;
        std::size_t j = i;
        while (j < t.size() && !is_space(static_cast<unsigned char>(t[j]))) ++j;
        if (j > i) tokens.push_back(t.substr(i, j - i));
        i = j;
    }
    return tokens;
}

bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }

// Four digits from 1900 to 2099: a year is a date's part or a section's name ("Ab 2008",
// "Election 2012"), not a count.
bool is_year(std::string_view w) {
    return w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) && std::all_of(w.begin(), w.end(), is_digit);
}

// A count's label word: letters of any script, maybe closed by a colon when colon_ok; no digit,
// no other mark.
bool is_label_word(std::string_view w, bool colon_ok) {
    if (colon_ok && w.ends_with(':')) w.remove_suffix(1);
    return !w.empty() && std::none_of(w.begin(), w.end(), [](char c) {
        return is_digit(c) || std::ispunct(static_cast<unsigned char>(c));
    });
}

}  // namespace

bool is_position_counter(std::string_view text) {
    const std::string_view t = trim_view(text);
    if (t.empty() || t.size() > 40) return false;
    std::vector<std::string_view> tokens = space_tokens(t);
    // "3/12" is one token: split it in three.
    if (!tokens.empty()) {
        const std::string_view last = tokens.back();
        const std::size_t slash = last.find('/');
        if (slash != std::string_view::npos && slash > 0 && slash + 1 < last.size()) {
            tokens.pop_back();
            tokens.push_back(last.substr(0, slash));
            tokens.push_back("/");
            tokens.push_back(last.substr(slash + 1));
        }
    }
    if (tokens.size() != 3 && tokens.size() != 4) return false;
    const auto number = [](std::string_view w, int& v) {
        if (w.empty() || w.size() > 3) return false;
        v = 0;
        for (char c : w) {
            if (c < '0' || c > '9') return false;
            v = v * 10 + (c - '0');
        }
        return true;
    };
    const std::size_t k = tokens.size() - 3;
    int first = 0, second = 0;
    if (!number(tokens[k], first) || !number(tokens[k + 2], second) || first < 1 || first > second) return false;
    // The joining word: a slash or one short word of letters ("of", "de", "von", "из").
    const std::string_view join = tokens[k + 1];
    if (join != "/" && (text_length(join) > 3 || std::any_of(join.begin(), join.end(), [](char c) {
                            return (c >= '0' && c <= '9') || std::ispunct(static_cast<unsigned char>(c));
                        })))
        return false;
    // The label: one word of letters (its colon aside), no digits.
    if (k == 1) {
        std::string_view label = tokens[0];
        if (label.ends_with(':')) label.remove_suffix(1);
        if (label.empty() || std::any_of(label.begin(), label.end(), [](char c) {
                return (c >= '0' && c <= '9') || std::ispunct(static_cast<unsigned char>(c));
            }))
            return false;
    }
    return true;
}

bool is_star_rating(std::string_view text) {
    const std::string_view t = trim_view(text);
    if (t.empty() || t.size() > 60) return false;
    int stars = 0, letters = 0;
    for (std::size_t i = 0; i < t.size();) {
        const auto c = static_cast<unsigned char>(t[i]);
        if (c < 0x80) {
            if (std::isalpha(c)) ++letters;
            ++i;
            continue;
        }
        const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        const char32_t cp = c >= 0xE0 ? wide_code_point(t, i) : 0;
        // White and black stars, the outlined and shadowed ones of Dingbats, the emoji star.
        if (cp == 0x2605 || cp == 0x2606 || (cp >= 0x2729 && cp <= 0x2730) || cp == 0x2B50 || cp == 0x2BE8 ||
            cp == 0x2BEA || cp == 0x1F31F)
            ++stars;
        else if (cp != 0xFE0F)  // the emoji presentation selector after a star
            ++letters;
        i += len;
    }
    return stars >= 3 && stars <= 10 && letters == 0;
}

bool opens_on_stars(std::string_view text) {
    const std::string_view t = trim_view(text);
    int stars = 0;
    std::size_t i = 0;
    while (i < t.size()) {
        const auto c = static_cast<unsigned char>(t[i]);
        if (c < 0xE0) break;
        const char32_t cp = wide_code_point(t, i);
        if (cp == 0x2605 || cp == 0x2606 || (cp >= 0x2729 && cp <= 0x2730) || cp == 0x2B50 || cp == 0x2BE8 || cp == 0x2BEA ||
            cp == 0x1F31F)
            ++stars;
        else if (cp != 0xFE0F)
            break;
        i += c >= 0xF0 ? 4 : 3;
    }
    // The run is the line's whole head: a word or a space after it, not a letter glued on.
    return stars >= 3 && stars <= 10 && (i == t.size() || t[i] == ' ');
}

bool is_rating_label(std::string_view text) {
    const std::string_view t = trim_view(text);
    if (t.empty() || t.size() > 40 || t[0] < '0' || t[0] > '9') return false;
    std::size_t i = 0;
    while (i < t.size() && ((t[i] >= '0' && t[i] <= '9') || t[i] == '.' || t[i] == ',')) ++i;
    // Then one or two joining tokens (a slash, "out of", "von", "z", "av"), then the scale.
    int joins = 0;
    while (i < t.size()) {
        while (i < t.size() && is_space(static_cast<unsigned char>(t[i]))) ++i;
        if (i < t.size() && t[i] >= '0' && t[i] <= '9') break;
        std::size_t j = i;
        while (j < t.size() && !is_space(static_cast<unsigned char>(t[j])) && !(t[j] >= '0' && t[j] <= '9')) ++j;
        if (j == i || text_length(t.substr(i, j - i)) > 4 || ++joins > 2) return false;
        i = j;
    }
    if (joins == 0 || i >= t.size()) return false;
    std::size_t j = i;
    while (j < t.size() && t[j] >= '0' && t[j] <= '9') ++j;
    const std::string_view scale = t.substr(i, j - i);
    if (scale != "5" && scale != "10") return false;
    // Anything after the scale is one short word ("stars", "Sternen", "hvězdiček").
    const std::string_view rest = trim_view(t.substr(j));
    return rest.find(' ') == std::string_view::npos && text_length(rest) <= 12;
}

bool is_count_line(std::string_view text) {
    const std::string_view t = trim_view(text);
    if (t.empty() || t.size() > 120) return false;
    int parts = 0;
    std::size_t start = 0;
    const auto part = [&](std::string_view p) {
        p = trim_view(p);
        if (p.empty()) return true;  // separators at the ends
        bool digit = false;
        int words = 1;
        for (std::size_t k = 0; k < p.size(); ++k) {
            if (p[k] >= '0' && p[k] <= '9') digit = true;
            if (is_space(static_cast<unsigned char>(p[k])) && k + 1 < p.size() && !is_space(static_cast<unsigned char>(p[k + 1]))) ++words;
            if ((p[k] == '.' || p[k] == '!' || p[k] == '?') && k + 1 < p.size() && is_space(static_cast<unsigned char>(p[k + 1]))) return false;
        }
        ++parts;
        return digit && words <= 4;
    };
    for (std::size_t i = 0; i < t.size();) {
        // "·" U+00B7, "•" U+2022, "|", "｜" U+FF5C.
        std::size_t len = 0;
        if (t[i] == '|') len = 1;
        else if (t.compare(i, 2, "\u00B7") == 0) len = 2;
        else if (t.compare(i, 3, "\u2022") == 0 || t.compare(i, 3, "\uFF5C") == 0) len = 3;
        if (len == 0) {
            ++i;
            continue;
        }
        if (!part(t.substr(start, i - start))) return false;
        i += len;
        start = i;
    }
    return part(t.substr(start)) && parts >= 2;
}

bool is_closing_count(std::string_view text) {
    const std::string_view t = trim_view(text);
    if (t.empty() || t.size() > 60) return false;
    std::vector<std::string_view> tokens = space_tokens(t);
    // A label's colon glued to its count by the markup ("Views:</span><span>111").
    if (const std::size_t colon = tokens.back().rfind(':'); colon != std::string_view::npos && colon + 1 < tokens.back().size()) {
        const std::string_view glued = tokens.back();
        tokens.back() = glued.substr(0, colon + 1);
        tokens.push_back(glued.substr(colon + 1));
    }
    if (tokens.size() > 4) return false;
    // A whole number: digits, thousands parted by a dot or a comma before three digits (a price,
    // "44,99", is no count).
    const std::string_view last = tokens.back();
    if (last.empty() || last.size() > 12 || !is_digit(last.front())) return false;
    std::size_t digits = 0;
    for (std::size_t i = 0; i < last.size(); ++i) {
        if (is_digit(last[i])) {
            ++digits;
            continue;
        }
        if (last[i] != '.' && last[i] != ',') return false;
        // A separator: three digits after it, then the end or another separator.
        if (i + 3 >= last.size()) return false;
        for (std::size_t k = 1; k <= 3; ++k)
            if (!is_digit(last[i + k])) return false;
        if (i + 4 < last.size() && last[i + 4] != '.' && last[i + 4] != ',') return false;
    }
    if (is_year(last)) return false;
    if (tokens.size() == 1) return true;
    tokens.pop_back();
    bool colon = false;
    if (tokens.back() == ":") tokens.pop_back(), colon = true;
    if (tokens.empty()) return false;
    colon = colon || tokens.back().ends_with(':');
    // A label and a small number without a colon is as often a name ("iPhone 14", "April 2").
    if (!colon && digits < 4) return false;
    // The label: words, the last maybe closed by a colon.
    for (std::size_t i = 0; i < tokens.size(); ++i)
        if (!is_label_word(tokens[i], i + 1 == tokens.size())) return false;
    return true;
}

bool is_labelled_count(std::string_view text) {
    const std::string_view t = trim_view(text);
    if (t.empty() || t.size() > 40) return false;
    const std::vector<std::string_view> tokens = space_tokens(t);
    // A whole number (thousands parted by a dot or a comma, nothing else), not a year.
    const auto count = [](std::string_view w) {
        return !w.empty() && w.size() <= 12 && !is_year(w) && is_digit(w.front()) && is_digit(w.back()) &&
               std::all_of(w.begin(), w.end(), [](char c) { return is_digit(c) || c == '.' || c == ','; });
    };
    const auto label = [](std::string_view w) { return is_label_word(w, true); };
    if (tokens.size() == 2) return (label(tokens[0]) && count(tokens[1])) || (count(tokens[0]) && label(tokens[1]));
    // "Label: 318" with the colon apart ("Zugriffe : 318").
    return tokens.size() == 3 && label(tokens[0]) && tokens[1] == ":" && count(tokens[2]);
}

}  // namespace winnow::detail
