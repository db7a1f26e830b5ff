#include "extract_lines.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <string>
#include <vector>

#include <utf8proc.h>

#include "date_text.hpp"
#include "extract_credit_name.hpp"
#include "line_bytes.hpp"
#include "text_length.hpp"
#include "weekday_in_line.hpp"

namespace winnow::detail {

namespace {

using line_bytes::is_space;
using line_bytes::lower_ascii;
using line_bytes::trim_view;

// Length of a UTF-8 punctuation sequence at i (Latin-1 punctuation U+00A0-U+00BF and the
// General Punctuation block: dashes, quotes, bullets, ellipsis), else 0.
std::size_t utf8_punct(std::string_view t, std::size_t i) {
    const auto c = static_cast<unsigned char>(t[i]);
    if (c == 0xC2 && i + 1 < t.size()) return 2;
    if (c == 0xE2 && i + 2 < t.size() && (static_cast<unsigned char>(t[i + 1]) == 0x80 ||
                                          static_cast<unsigned char>(t[i + 1]) == 0x81))
        return 3;
    return 0;
}

// Words of a short line: ASCII letters and digits and non-ASCII letters.
template <class F>
void for_each_word(std::string_view t, F&& f) {
    auto word_byte = [&](std::size_t k) {
        const auto c = static_cast<unsigned char>(t[k]);
        return std::isalnum(c) || (c >= 0x80 && utf8_punct(t, k) == 0);
    };
    std::size_t i = 0;
    while (i < t.size()) {
        if (!word_byte(i)) {
            const std::size_t p = utf8_punct(t, i);
            i += p ? p : 1;
            continue;
        }
        std::size_t j = i;
        while (j < t.size() && word_byte(j)) {
            const auto c = static_cast<unsigned char>(t[j]);
            j += c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        }
        j = std::min(j, t.size());
        f(t.substr(i, j - i));
        i = j;
    }
}

bool is_date_word(const std::string& w) {
    // An English month or weekday written out or cut short ("sep", "sept", "thurs"): the word is
    // the first three letters of the name or more, not any word they begin ("Marta", "market",
    // "junior", "monitor", "decision" are names and words, not dates).
    static constexpr std::array<std::string_view, 19> names{
        "january", "february", "march",  "april",   "may",       "june",     "july",     "august", "september", "october",
        "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
    // The first byte compared first: most words start with none of the names and words.
    if (w.size() >= 3 && w.size() <= 9)
        for (std::string_view name : names)
            if (w[0] == name[0] && name.starts_with(w)) return true;
    if (month_from_name(w) != 0) return true;  // "outubro", "März"
    // A static table: a braced list here would measure every literal again on each call.
    static constexpr std::string_view words[]{
        "am",  "pm",       "a",     "p",    "m",     "gmt",     "utc",  "est",    "edt",       "pst",
        "pdt", "cst",      "cdt",   "mst",  "mdt",   "bst",     "cet",  "cest",   "ist",       "et",
        "pt",  "published", "updated", "posted", "modified", "last", "first", "on", "at",       "by",
        "of",  "the",      "and",   "th",   "st",    "nd",      "rd",   "ago",    "hours",     "hour",
        "minutes", "mins", "min",   "read", "date",  "time",    "today", "yesterday", "de",    "el",
        "le",  "du",       "der",   "um"};
    return std::any_of(std::begin(words), std::end(words), [&](std::string_view v) {
        return v.size() == w.size() && v[0] == w[0] && v == w;
    });
}

}  // namespace

// An inline style that sets a small font: under 11px, 8pt or 0.75em, or x-small and below.
bool is_fine_print(std::string_view style) {
    const std::size_t at = style.find("font-size");
    if (at == std::string_view::npos) return false;
    std::size_t p = at + 9;
    while (p < style.size() && (style[p] == ' ' || style[p] == ':')) ++p;
    const std::string_view v = style.substr(p);
    if (v.starts_with("x-small") || v.starts_with("xx-small") || v.starts_with("smaller")) return true;
    double size = 0;
    const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), size);
    if (ec != std::errc() || size <= 0) return false;  // font-size:0 hides, it is not print
    const std::string_view unit = v.substr(static_cast<std::size_t>(end - v.data()), 3);
    if (unit.starts_with("px")) return size < 11;
    if (unit.starts_with("pt")) return size <= 8;
    if (unit.starts_with("em") || unit.starts_with("rem")) return size <= 0.75;
    return false;
}

// The label an ad slot leaves behind. kLongestAdLabel: the byte length of the longest label
// below ("sponsored content").
constexpr std::size_t kLongestAdLabel = 17;

bool is_ad_label(std::string_view text) {
    // Screened before the line is lowercased into a new string: a label is 17 bytes at most
    // without its closing marks, and a longer line is one only if it opens with one of the four
    // phrases below (first letter c, s or a, in either case).
    std::string_view bare = trim_view(text);
    while (!bare.empty() && (bare.back() == ':' || bare.back() == '.' || bare.back() == ' ')) bare.remove_suffix(1);
    if (bare.size() > kLongestAdLabel) {
        const char first = static_cast<char>(bare.front() | 0x20);
        if (first != 's' && first != 'a' && first != 'c') return false;
    }
    std::string t = lower_ascii(trim_view(text));
    while (!t.empty() && (t.back() == ':' || t.back() == '.' || t.back() == ' ')) t.pop_back();
    for (std::string_view l : {"advertisement", "advertisements", "advert", "ad", "ads", "sponsored",
                               "sponsored content", "paid content", "promoted", "anzeige", "publicidad",
                               "publicité", "pubblicità", "реклама", "iklan"})
        if (t == l) return true;
    return t.find("advertisement") != std::string::npos && text_length(t) < 60 &&
           (t.starts_with("story continues") || t.starts_with("article continues") ||
            t.starts_with("continue reading") || t.starts_with("content continues"));
}

// What the test below needs before it reads words: a year is a word of four digits (19xx, 20xx,
// or a Buddhist-era 24xx-26xx), so a run of exactly four ASCII digits with those first two; a
// clock is a number before a ':'. A line with neither is no date line, whatever its words.
namespace {
bool may_hold_year_or_clock(std::string_view t) {
    if (t.find(':') != std::string_view::npos) return true;
    for (std::size_t i = 0; i < t.size();) {
        if (!(t[i] >= '0' && t[i] <= '9')) {
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < t.size() && t[j] >= '0' && t[j] <= '9') ++j;
        if (j - i == 4 && ((t[i] == '1' && t[i + 1] == '9') || (t[i] == '2' && t[i + 1] >= '0' && t[i + 1] <= '6'))) return true;
        i = j;
    }
    return false;
}
}  // namespace

// A date written as one word in Chinese, Japanese or Korean: runs of digits, each glued to the
// sign that says what it counts (年 year, 月 month, 日 day; 년 월 일): "2024年3月9日", "3月9日",
// "2024년". Nothing else in the word: a clause glued to a date is prose. Returns how many numbers
// it counts as, its runs but the month's, which is a month's name ("2024年3月" reads as "March
// 2024", one number), or -1 when the word is no such date; then `year` is set by four digits
// (19xx or 20xx) before 年 or 년, `named` by a month or a day.
int glued_cjk_date(std::string_view w, bool& year, bool& named) {
    static constexpr std::array<std::string_view, 6> signs{"\u5e74", "\u6708", "\u65e5", "\ub144", "\uc6d4", "\uc77c"};
    int runs = 0;
    bool has_year = false, has_name = false;
    for (std::size_t i = 0; i < w.size();) {
        std::size_t j = i;
        while (j < w.size() && w[j] >= '0' && w[j] <= '9') ++j;
        if (j == i || j - i > 4) return -1;
        std::size_t sign = signs.size();
        for (std::size_t k = 0; k < signs.size(); ++k)
            if (w.substr(j).starts_with(signs[k])) sign = k;
        if (sign == signs.size()) return -1;
        const std::size_t kind = sign % 3;  // 0 year, 1 month, 2 day
        has_year |= kind == 0 && j - i == 4 && (w.substr(i, 2) == "19" || w.substr(i, 2) == "20");
        has_name |= kind != 0;
        runs += kind != 1;
        i = j + signs[sign].size();
    }
    if (w.empty()) return -1;
    year |= has_year;
    named |= has_name;
    return runs;
}

// "Updated 10:01 pm PST, Tuesday, November 19, 2019", "Nov. 19, 2019, 8:41 AM UTC",
// "21:17 18.11.2019": a line made of a date and time and little else.
// Latin-equivalent characters (text_length) that count as one more word in a run without spaces:
// four Han signs, six kana (scripts of three-byte letters; a word of Latin, Greek or Cyrillic
// letters counts one whatever its length).
constexpr std::size_t kSignsPerWord = 12;

namespace {
bool is_date_line_whole(std::string_view text, bool named);

// Each part of a line set apart by " · ", " | " or " • " (a byline row: a name, a labelled
// date, a count, a reading time), the date in one part and every other part three words of
// letters at most (numbers aside: "4 min de lecture"), as a date line holds three other words.
bool is_date_row(std::string_view t, bool named) {
    // Most lines asked about fail the whole line's test on holding fewer than two digits: so
    // would each of their parts.
    std::size_t digit_bytes = 0;
    for (std::size_t i = 0; i < t.size() && digit_bytes < 2; ++i) digit_bytes += t[i] >= '0' && t[i] <= '9';
    if (digit_bytes < 2) return false;
    static constexpr std::string_view seps[]{" \xC2\xB7 ", " | ", " \xE2\x80\xA2 "};
    for (std::string_view sep : seps) {
        if (t.find(sep) == std::string_view::npos) continue;
        bool date = false;
        for (std::size_t from = 0; from <= t.size();) {
            std::size_t at = t.find(sep, from);
            if (at == std::string_view::npos) at = t.size();
            const std::string_view part = trim_view(t.substr(from, at - from));
            from = at + sep.size();
            if (part.empty()) continue;
            if (is_date_line_whole(part, named)) {
                date = true;
                continue;
            }
            int words = 0;
            for_each_word(part, [&](std::string_view w) {
                words += std::any_of(w.begin(), w.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)) || static_cast<unsigned char>(c) >= 0x80; });
            });
            if (words > 3) return false;
        }
        return date;
    }
    return false;
}
}  // namespace

bool is_date_word_of_line(std::string_view word) { return is_date_word(lower_ascii(word)); }

bool is_date_line(std::string_view text, bool named) {
    if (is_date_line_whole(text, named)) return true;
    const std::string_view t = trim_view(text);
    return text_length_at_most(t, 110) && is_date_row(t, named);
}

namespace {
bool is_date_line_whole(std::string_view text, bool named) {
    const std::string_view t = trim_view(text);
    // (A paragraph is no date line: its length is read only as far as the limit, before the
    // scans of the whole text below.)
    if (!text_length_at_most(t, 110)) return false;
    // Two numbers at least (checked below): a line with fewer than two digits is no date, and
    // most lines asked about have none (reading words lowercases each into a new string). Asked
    // first, and read only to the second digit: it is the cheapest test and the one most lines fail.
    std::size_t digit_bytes = 0;
    for (std::size_t i = 0; i < t.size() && digit_bytes < 2; ++i) digit_bytes += t[i] >= '0' && t[i] <= '9';
    if (digit_bytes < 2) return false;
    if (!may_hold_year_or_clock(t)) return false;
    // Lengths in characters of text (text_length): a Greek or Hindi dateline is as long as an English one.
    if (text_length(t) < 6) return false;   // (at most 110: tested above)
    int digits = 0, other = 0;
    bool year = false, clock = false, dated = false, era_year = false;
    for_each_word(t, [&](std::string_view w) {
        // More than six other words fail the line whatever follows (the last test below): the
        // rest of a sentence that holds two numbers is not looked up word by word.
        if (other > 6) return;
        if (const int runs = glued_cjk_date(w, year, dated); runs >= 0) {
            digits += runs;
        } else if (std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) {
            ++digits;
            if (w.size() == 4 && (w.starts_with("19") || w.starts_with("20"))) year = true;
            if (w.size() == 4 && w >= "2443" && w <= "2643") era_year = true;
            const std::size_t end = static_cast<std::size_t>(w.data() + w.size() - t.data());
            if (end < t.size() && t[end] == ':' && w.size() <= 2) clock = true;
        } else if (const std::string lw = lower_ascii(w);
                   !is_date_word(lw) && !weekday_in_line(t, static_cast<std::size_t>(w.data() - t.data()), w.size())) {
            // A run of a script written without spaces is a clause, not a word: counted a word
            // per four signs (a post's sentence beside its stamp is no date line).
            const bool wide = std::any_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xE0; });
            other += 1 + (wide ? static_cast<int>(text_length(w) / kSignsPerWord) : 0);
        } else if (lw.size() >= 3 && lw != "the" && lw != "and") {
            dated = true;
        }
    });
    // A year of the Buddhist era (Thai, 543 ahead: 2569 is 2026) is one when the date reader
    // reads a whole date around it ("3 มี.ค. 2569"), not a count or a price.
    if (other > 6) return false;
    if (!year && era_year) year = !scan_dates(t).empty();
    // A bare clock time ("4:14 p.m.") heads live-blog entries: only with a date word.
    if (!(year || (clock && dated)) || digits < 2) return false;
    if (named && !dated && !clock) return false;
    return other <= 3 || (other <= 6 && digits >= 4);
}
}  // namespace

// "By Jane Doe", "By Jane Doe and John Roe, Reuters", or the author's name alone.
bool is_byline(std::string_view text, const Metadata& meta) {
    std::string_view t = trim_view(text);
    if (t.empty() || text_length(t) > 100) return false;
    if (names_meta_author(t, meta)) return true;
    const std::string tl = lower_ascii(t.substr(0, 3));
    if (tl != "by " && tl != "by:") return false;
    const char last = t.back();
    if (last == '.' && text_length(t) > 40) return false;
    int words = 0, capital = 0;
    for_each_word(t.substr(3), [&](std::string_view w) {
        ++words;
        if (std::isupper(static_cast<unsigned char>(w[0])) || static_cast<unsigned char>(w[0]) >= 0x80) ++capital;
    });
    return words >= 1 && words <= 10 && capital * 2 >= words;
}

namespace {

// A word that starts with a capital: ASCII, Latin-1 (U+00C0-00DE), Greek or Cyrillic capitals.
bool capitalized(std::string_view w) {
    const auto c = static_cast<unsigned char>(w[0]);
    if (c >= 'A' && c <= 'Z') return true;
    if (w.size() < 2) return false;
    const auto d = static_cast<unsigned char>(w[1]);
    return (c == 0xC3 && d >= 0x80 && d <= 0x9E && d != 0x97) || (c == 0xCE && d >= 0x91 && d <= 0xA9) ||
           (c == 0xD0 && d >= 0x80 && d <= 0xAF);
}

bool lowercase_letters(std::string_view w) {
    return std::all_of(w.begin(), w.end(), [](char ch) {
        const auto c = static_cast<unsigned char>(ch);
        return (c >= 'a' && c <= 'z') || c >= 0x80;
    });
}

}  // namespace

bool is_credit_line(std::string_view text) {
    const std::string_view t = trim_view(text);
    if (const std::size_t len = text_length(t); len < 6 || len > 60) return false;
    if (const char last = t.back(); last == '.' || last == '!' || last == '?' || last == ':') return false;
    std::array<std::string_view, 6> words{};
    std::size_t count = 0;
    bool digits = false;
    for_each_word(t, [&](std::string_view w) {
        if (std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; })) digits = true;
        if (count < words.size()) words[count] = w;
        ++count;
    });
    if (digits || count < 3 || count > words.size()) return false;
    // The language's "by": one short word, in lower case; capitalized, the line's shape is a
    // title-case heading's as well ("On Quadrille Today").
    if (text_length(words[0]) > 5 || !lowercase_letters(words[0])) return false;
    if (t.find(':') != std::string_view::npos) return false;
    bool pair = false;
    for (std::size_t i = 1; i < count; ++i) {
        if (capitalized(words[i])) {
            pair = pair || (i >= 2 && capitalized(words[i - 1]));
            continue;
        }
        // A particle between names ("de", "van", "and").
        const bool particle = text_length(words[i]) <= 3 && lowercase_letters(words[i]) && i >= 2 && i + 1 < count &&
                              capitalized(words[i - 1]);
        if (!particle) return false;
    }
    return pair && capitalized(words[count - 1]);
}

bool holds_rights_sign(std::string_view t) {
    // The sign as a mark of its own: after a space, a bracket, a full stop of any script
    // ("。©") or the line's start, not glued to a letter or a digit ("Ã©" is "é" misread, not a
    // notice).
    for (std::size_t at = t.find("\xC2\xA9"); at != std::string_view::npos; at = t.find("\xC2\xA9", at + 2)) {
        const auto before = at == 0 ? ' ' : static_cast<unsigned char>(t[at - 1]);
        if (before < 0x80) {
            if (!std::isalnum(before)) return true;
            continue;
        }
        std::size_t from = at - 1;  // the character before: back to its lead byte
        while (from > 0 && at - from < 4 && (static_cast<unsigned char>(t[from]) & 0xC0) == 0x80) --from;
        utf8proc_int32_t cp = -1;
        const auto step = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(t.data() + from),
                                           static_cast<utf8proc_ssize_t>(at - from), &cp);
        if (step != static_cast<utf8proc_ssize_t>(at - from) || cp < 0) continue;
        const auto cat = utf8proc_category(cp);
        if (cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_ZP) return true;  // punctuation, a sign, a space
    }
    return false;
}

bool is_rights_line(std::string_view text) {
    const std::string_view t = trim_view(text);
    if (t.empty() || text_length(t) > 200) return false;
    if (holds_rights_sign(t)) return true;
    const std::string tl = lower_ascii(t);
    for (std::size_t at = tl.find("(c) "); at != std::string::npos; at = tl.find("(c) ", at + 1))
        if (at + 4 < tl.size() && (std::isdigit(static_cast<unsigned char>(t[at + 4])) || std::isupper(static_cast<unsigned char>(t[at + 4]))))
            return true;
    return tl.find("copyright") != std::string::npos;
}

bool text_holds_ascii_digit(const Dom& dom, std::uint32_t node) {
    return subtree_text_has_byte(dom, node, [](unsigned char c) { return c >= '0' && c <= '9'; });
}

bool may_name_author(const Metadata& meta) {
    return std::any_of(meta.authors.begin(), meta.authors.end(), [](const auto& a) { return a.name.size() >= 3; });
}

// "Jane Doe is a reporter for ...": the author box at the end of a story.
bool is_author_bio(std::string_view text, const Metadata& meta) {
    if (!may_name_author(meta)) return false;
    const std::string tl = lower_ascii(trim_view(text));
    for (const auto& a : meta.authors) {
        if (a.name.size() < 3) continue;
        const std::string name = lower_ascii(a.name);
        if (!tl.starts_with(name)) continue;
        const std::string_view rest = std::string_view(tl).substr(name.size());
        for (std::string_view verb : {" is ", " writes ", " covers ", " has been ", " was ", " reports "})
            if (rest.starts_with(verb)) return true;
    }
    return false;
}

namespace {

// A count: digits, maybe parted by '.' or ',' and closed by a compact unit letter (1.2K, 3M).
bool is_count(std::string_view w) {
    if (w.empty() || w.size() > 8 || !std::isdigit(static_cast<unsigned char>(w.front()))) return false;
    std::size_t i = 0;
    while (i < w.size() && (std::isdigit(static_cast<unsigned char>(w[i])) || w[i] == '.' || w[i] == ',')) ++i;
    if (i == w.size()) return std::isdigit(static_cast<unsigned char>(w.back())) != 0;
    return i + 1 == w.size() && (w[i] == 'k' || w[i] == 'K' || w[i] == 'M');
}

// One word of letters (of any script): no digits, no ASCII punctuation but a closing colon.
bool is_label_word(std::string_view w) {
    if (w.ends_with(':')) w.remove_suffix(1);
    return !w.empty() && std::none_of(w.begin(), w.end(), [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) || std::ispunct(static_cast<unsigned char>(c));
    });
}

// A short joining word in small letters of an alphabet ("of", "de", "von", "из"): a label that
// opens with one joins two numbers of a sentence's figure ("2 of 3 riders"), not two counts.
bool is_joining_word(std::string_view w) {
    const bool alphabet = std::all_of(w.begin(), w.end(), [](char c) { return static_cast<unsigned char>(c) < 0xE0; });
    return alphabet && text_length(w) <= 3 && !capitalized(w);
}

constexpr std::size_t kLabelWords = 2;

bool is_field_mark(std::string_view w) {
    return w == "|" || w == "/" || w == "\u00B7" || w == "\u2022" || w == "-" || w == "\u2013" || w == "\u2014";
}

}  // namespace

bool is_count_bar(std::string_view text) {
    const std::string_view t = trim_view(text);
    if (t.empty() || t.size() > 120) return false;
    std::vector<std::string_view> tokens;
    for (std::size_t i = 0; i < t.size();) {
        while (i < t.size() && is_space(static_cast<unsigned char>(t[i]))) ++i;
        std::size_t j = i;
        while (j < t.size() && !is_space(static_cast<unsigned char>(t[j]))) ++j;
        if (j > i && !is_field_mark(t.substr(i, j - i))) tokens.push_back(t.substr(i, j - i));
        i = j;
    }
    // Pairs of a count and a label of one or two words ("1.2K lượt xem"), in one order.
    if (tokens.size() < 4) return false;
    const bool count_first = is_count(tokens.front());
    if (!count_first && !is_count(tokens.back())) return false;
    std::size_t pairs = 0, words = 0;
    for (const std::string_view w : tokens) {
        if (is_count(w)) {
            // A count closes a label (label first) or opens one (count first).
            // A label before its count is one word ("Views 3915"): "May 1 to October 31" is a date range.
            if ((count_first && pairs > 0 && words == 0) || (!count_first && words != 1)) return false;
            if (count_first && words > kLabelWords) return false;
            ++pairs;
            words = 0;
        } else if (is_label_word(w) && (words > 0 || !is_joining_word(w))) {
            ++words;
        } else {
            return false;
        }
    }
    if (count_first ? (words == 0 || words > kLabelWords) : words != 0) return false;
    return pairs >= 2;
    return true;
}

bool is_name_line(std::string_view text) {
    const std::string_view t = trim_view(text);
    if (const std::size_t len = text_length(t); len < 5 || len > 40) return false;
    std::array<std::string_view, 5> words{};
    std::size_t count = 0;
    bool digits = false;
    for_each_word(t, [&](std::string_view w) {
        if (std::any_of(w.begin(), w.end(), [](char c) { return (c >= '0' && c <= '9') || c == '.' || c == ',' || c == ':'; }))
            digits = true;  // a date, a sentence, a label: not a bare name
        if (count < words.size()) words[count] = w;
        ++count;
    });
    if (digits || count < 2 || count > words.size() || !capitalized(words[0]) || !capitalized(words[count - 1])) return false;
    // Particles between names ("de", "van", "bin") are short and in small letters.
    for (std::size_t i = 1; i + 1 < count; ++i)
        if (!capitalized(words[i]) && !(text_length(words[i]) <= 3 && lowercase_letters(words[i]))) return false;
    return true;
}

bool is_caseless_name_line(std::string_view text) {
    const std::string_view t = trim_view(text);
    if (const std::size_t len = text_length(t); len < 2 || len > 30) return false;
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = 0; i < t.size();) {
        const auto c = static_cast<unsigned char>(t[i]);
        if (is_space(c)) {
            in_word = false;
            ++i;
            continue;
        }
        if (!in_word) ++words;
        in_word = true;
        // Letters of scripts without case: two-byte Hebrew, Arabic and after (U+0590 on), or
        // three- and four-byte characters past the general punctuation block.
        const std::size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (len == 1 || i + len > t.size()) return false;
        const auto c1 = static_cast<unsigned char>(t[i + 1]);
        if (len == 2 && !(c >= 0xD7 || (c == 0xD6 && c1 >= 0x90))) return false;
        if (len == 3 && c == 0xE2) return false;  // punctuation, symbols, arrows (U+2000-U+2FFF)
        if (len == 3 && c == 0xE3 && c1 == 0x80) return false;  // CJK punctuation (U+3000-U+303F)
        i += len;
    }
    return words >= 1 && words <= 4;
}

}  // namespace winnow::detail
