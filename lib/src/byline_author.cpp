#include "byline_author.hpp"

#include <algorithm>
#include <array>
#include <cctype>

#include <utf8proc.h>

#include "date_words.hpp"
#include "text_lines.hpp"
#include "text_length.hpp"

namespace winnow::detail {

namespace {

// The word that introduces an author's name, in the languages whose month names the dates stage
// knows; compared case-insensitively (ASCII) or exactly. Language data, like month names: the
// line's shape (names after it, nothing but a separator or a date behind them) is the evidence.
constexpr std::array<std::string_view, 17> kByWords{
    "by", "von", "par", "por", "di", "door", "av", "af", "przez", "autor", "autorin", "auteur", "author",
    "\xD0\xB0\xD0\xB2\xD1\x82\xD0\xBE\xD1\x80",  // автор
    "b\xE1\xBB\x9Fi",                          // bởi
    "yazan", "kirjoittanut"};

bool is_by_word(std::string_view w) {
    if (w.ends_with(':')) w.remove_suffix(1);
    if (w.empty() || w.size() > 14) return false;
    std::string l = ascii_lower(w);
    if (l.starts_with("\xD0\x90")) l.replace(0, 2, "\xD0\xB0");  // Автор
    return std::find(kByWords.begin(), kByWords.end(), l) != kByWords.end();
}

// The category of a word's first letter (utf8proc: every script with case).
utf8proc_category_t first_category(std::string_view w) {
    utf8proc_int32_t cp = -1;
    if (utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(w.data()), static_cast<utf8proc_ssize_t>(w.size()), &cp) <= 0)
        return UTF8PROC_CATEGORY_CN;
    return utf8proc_category(cp);
}

bool capitalized(std::string_view w) {
    const utf8proc_category_t c = first_category(w);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LT;
}

bool lowercase_word(std::string_view w) { return !w.empty() && first_category(w) == UTF8PROC_CATEGORY_LL; }

bool has_digit(std::string_view w) {
    return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Tokens that end a name: separators a byline puts between the name and the date or outlet.
bool is_separator(std::string_view w) {
    for (std::string_view s : {"|", "\xC2\xB7", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94", "-", "/"})
        if (w == s) return true;
    return false;
}

bool starts_date(std::string_view w) {
    return has_digit(w) || is_separator(w) || month_from_word(w) != 0;
}

std::string join(const std::vector<std::string_view>& words) {
    std::string out;
    for (std::string_view w : words) {
        if (!out.empty()) out += ' ';
        out += w;
    }
    return out;
}

}  // namespace

std::vector<std::string> byline_authors(std::string_view line) {
    line = line.substr(0, line.find('\n'));  // a line break ends the byline (the outlet, the date)
    if (text_length(line) > 160) return {};
    const std::vector<std::string_view> words = split_words(line);
    if (words.size() < 3 || !is_by_word(words[0])) return {};
    std::vector<std::string> authors;
    std::vector<std::string_view> name;  // the name being read
    int capitals = 0;                    // its capitalized words
    const auto close_name = [&]() -> bool {
        if (capitals < 2 || capitals > 5 || !capitalized(name.back())) return false;
        authors.push_back(join(name));
        name.clear();
        capitals = 0;
        return true;
    };
    for (std::size_t i = 1; i < words.size(); ++i) {
        std::string_view w = words[i];
        if (is_separator(w) || has_digit(w)) break;  // the date or outlet follows
        const bool comma = w.ends_with(',');
        if (comma) w.remove_suffix(1);
        if (w.empty()) break;
        // A month's name or a date's label ("Published", "Updated", "am") starts the date: the
        // name ends before it, and before a particle that led to it ("on", "le").
        if (month_from_word(w) != 0 || label_in(w) != DateLabel::none) {
            if (!name.empty() && !capitalized(name.back())) name.pop_back();
            break;
        }
        if (capitalized(w)) {
            name.push_back(w), ++capitals;
        } else if (lowercase_word(w) && w.size() <= 3 && !name.empty() &&
                   (i + 1 == words.size() || starts_date(words[i + 1]))) {
            break;  // "le 4 avril", "on 7 May": the date follows
        } else if (lowercase_word(w) && w.size() <= 3 && !name.empty() && i + 1 < words.size() &&
                   (capitalized(words[i + 1]) ||
                    (i + 2 < words.size() && words[i + 1].size() <= 3 && lowercase_word(words[i + 1]) && capitalized(words[i + 2])))) {
            // A particle inside a name ("de", "van"), or a short "and" between two names: the
            // latter when two capitalized words stand on each side.
            const bool two_after = i + 2 < words.size() && capitalized(words[i + 2]);
            if (capitals >= 2 && two_after) {
                if (!close_name()) return {};
            } else {
                name.push_back(w);
            }
        } else {
            return {};  // a lowercase word: a sentence, not a byline
        }
        if (comma) break;  // the outlet or place follows
    }
    if (name.empty() || !close_name()) return {};
    return authors;
}

}  // namespace winnow::detail
