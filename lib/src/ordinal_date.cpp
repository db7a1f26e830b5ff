#include "ordinal_date.hpp"

#include <string>
#include <vector>

#include "date_text.hpp"
#include "extract_lines.hpp"
#include "text_length.hpp"

namespace winnow::detail {

namespace {

bool ascii_digit(char c) { return c >= '0' && c <= '9'; }
bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// A byte of a word: an ASCII letter or digit, or a byte of a non-ASCII character other than a
// no-break space (U+00A0, which parts "7th" from "November" as a space does).
bool word_byte(std::string_view t, std::size_t i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA0) return false;
    if (c == 0xA0 && i > 0 && static_cast<unsigned char>(t[i - 1]) == 0xC2) return false;
    return ascii_digit(t[i]) || ascii_alpha(t[i]) || c >= 0x80;
}

std::string lower(std::string_view w) {
    std::string out(w);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

// One or two digits, a day of the month, and the suffix glued to it; the suffix's length or 0.
std::size_t ordinal_suffix(std::string_view w) {
    std::size_t d = 0;
    while (d < w.size() && d < 3 && ascii_digit(w[d])) ++d;
    if (d == 0 || d > 2 || w.size() != d + 2) return 0;
    const int day = d == 1 ? w[0] - '0' : (w[0] - '0') * 10 + (w[1] - '0');
    const std::string suffix = lower(w.substr(d));
    const bool english = suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th";
    return day >= 1 && day <= 31 && (english || (suffix == "er" && day == 1)) ? 2 : 0;
}

}  // namespace

bool is_ordinal_date_line(std::string_view text) {
    // Cheap first: a digit followed by a letter, where an ordinal's suffix starts.
    bool glued = false;
    for (std::size_t i = 0; i + 1 < text.size() && !glued; ++i) glued = ascii_digit(text[i]) && ascii_alpha(text[i + 1]);
    if (!glued || text_length(text) > 110) return false;
    // The words (an ordinal's place marked "#") and the line with each ordinal's suffix taken off.
    std::vector<std::string> words;
    std::string plain;
    for (std::size_t i = 0; i < text.size();) {
        if (!word_byte(text, i)) {
            plain.push_back(text[i++]);
            continue;
        }
        std::size_t j = i;
        while (j < text.size() && word_byte(text, j)) ++j;
        const std::string_view w = text.substr(i, j - i);
        const std::size_t suffix = ordinal_suffix(w);
        words.push_back(suffix ? std::string("#") : lower(w));
        plain.append(w.substr(0, w.size() - suffix));
        i = j;
    }
    const auto month = [&](std::size_t k) { return k < words.size() && month_from_name(words[k]) != 0; };
    bool beside_month = false;
    for (std::size_t k = 0; k < words.size() && !beside_month; ++k)
        beside_month = words[k] == "#" && ((k > 0 && month(k - 1)) || month(k + 1) ||
                                           ((k + 1 < words.size() && (words[k + 1] == "of" || words[k + 1] == "de")) && month(k + 2)));
    return beside_month && is_date_line(plain);
}

}  // namespace winnow::detail
