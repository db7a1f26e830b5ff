#include "date_text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include <utf8proc.h>

#include "date_words.hpp"

namespace winnow::detail {

namespace {

bool valid_date(int y, int m, int d) {
    static constexpr int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1 || d > days[m - 1]) return false;
    return m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0));
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// A character as utf8proc reads it: its code point (-1 when ill-formed) and byte length (1 when
// ill-formed). Each character of a text is decoded once.
struct CharAt {
    utf8proc_int32_t cp = -1;
    std::size_t len = 1;
};

CharAt char_at(std::string_view s, std::size_t p) {
    const auto b = static_cast<unsigned char>(s[p]);
    if (b < 0x80) return {b, 1};
    utf8proc_int32_t cp = 0;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + p),
                                    static_cast<utf8proc_ssize_t>(s.size() - p), &cp);
    return n > 0 ? CharAt{cp, static_cast<std::size_t>(n)} : CharAt{};
}

// The value of a decimal digit of another script (Arabic-Indic, Persian, Devanagari, Bengali,
// Thai, fullwidth), or -1. Pages in those scripts write dates in their own digits as often as in
// ASCII ones.
int script_digit(utf8proc_int32_t cp) {
    if (cp < 0x0660) return -1;
    for (const utf8proc_int32_t zero : {0x0660, 0x06F0, 0x0966, 0x09E6, 0x0E50, 0xFF10})
        if (cp >= zero && cp <= zero + 9) return cp - zero;
    return -1;
}

bool ascii_letter(unsigned char b) { return static_cast<unsigned>((b | 0x20) - 'a') < 26u; }  // std::isalpha's "C" locale, inline

// A letter of a word: ASCII letters, and letters and marks of any script (Devanagari and Thai
// vowel signs sit inside words), not the CJK and Korean date markers 年 月 日 년 월 일.
bool word_letter(utf8proc_int32_t cp) {
    if (cp < 0x80) return cp >= 0 && ascii_letter(static_cast<unsigned char>(cp));
    if (cp == 0x5E74 || cp == 0x6708 || cp == 0x65E5 || cp == 0xB144 || cp == 0xC6D4 || cp == 0xC77C) return false;
    const auto cat = utf8proc_category(cp);
    return cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME;
}

struct Token {
    bool number = false;
    std::size_t begin = 0, end = 0;
    int value = 0;      // numbers
    int digits = 0;     // numbers
};

// The number starting at i (ASCII digits and digits of other scripts, mixed as they come).
Token number_at(std::string_view s, std::size_t& i) {
    Token t{true, i, i, 0, 0};
    while (i < s.size()) {
        int v = 0;
        std::size_t len = 1;
        if (is_digit(s[i])) {
            v = s[i] - '0';
        } else {
            if (static_cast<unsigned char>(s[i]) < 0xC0) break;
            const CharAt c = char_at(s, i);
            v = script_digit(c.cp);
            len = c.len;
            if (v < 0) break;
        }
        if (t.digits < 9) t.value = t.value * 10 + v;
        ++t.digits;
        i += len;
    }
    t.end = i;
    return t;
}

// Numbers and words (runs of letters in any script); everything else separates them. The CJK
// and Korean year/month/day markers are separators, so "2019年11月19日" is three numbers.
std::vector<Token> tokenize(std::string_view s) {
    std::vector<Token> out;
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        CharAt c{b, 1};
        if (b >= 0x80) c = char_at(s, i);
        if (is_digit(static_cast<char>(b)) || script_digit(c.cp) >= 0) {
            out.push_back(number_at(s, i));
            continue;
        }
        if (!word_letter(c.cp)) {
            i += c.len;
            continue;
        }
        Token t{false, i, i, 0, 0};
        while (i < s.size()) {
            const auto x = static_cast<unsigned char>(s[i]);
            if (x < 0x80) {   // ASCII letters a byte at a time, without decoding
                if (!ascii_letter(x)) break;
                ++i;
                continue;
            }
            const CharAt w = char_at(s, i);
            if (script_digit(w.cp) >= 0 || !word_letter(w.cp)) break;
            i += w.len;
        }
        t.end = i;
        out.push_back(t);
    }
    return out;
}

std::string_view trim_spaces(std::string_view s) {
    // ASCII spaces and the UTF-8 no-break and thin spaces.
    auto space_at_front = [](std::string_view x) -> std::size_t {
        if (x.empty()) return 0;
        if (x[0] == ' ' || x[0] == '\t' || x[0] == '\n' || x[0] == '\r') return 1;
        if (x.starts_with("\xC2\xA0")) return 2;
        if (x.starts_with("\xE2\x80\x89") || x.starts_with("\xE2\x80\xAF") || x.starts_with("\xE2\x80\x8A")) return 3;
        return 0;
    };
    while (std::size_t n = space_at_front(s)) s.remove_prefix(n);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) s.remove_suffix(1);
    while (s.ends_with("\xC2\xA0")) s.remove_suffix(2);
    return s;
}

class Scanner {
public:
    Scanner(std::string_view s, bool month_first, bool short_years = false, DayOrder short_order = DayOrder::unknown)
        : s_(s), t_(tokenize(s)), month_first_(month_first), short_years_(short_years), short_order_(short_order) {}

    std::vector<TextDate> run() {
        std::vector<TextDate> out;
        std::size_t i = 0;
        while (i < t_.size()) {
            TextDate d;
            std::size_t last = 0;
            if (match_at(i, d, last)) {
                d.begin = t_[i].begin;
                d.end = t_[last].end;
                out.push_back(d);
                i = last + 1;
            } else {
                ++i;
            }
        }
        return out;
    }

private:
    std::string_view s_;
    std::vector<Token> t_;
    bool month_first_;
    bool short_years_;      // 30.10.23
    DayOrder short_order_;  // ...its day and month

    // The separator between token i and token i+1, spaces trimmed.
    std::string_view sep(std::size_t i) const {
        if (i + 1 >= t_.size()) return s_.substr(t_[i].end);
        return trim_spaces(s_.substr(t_[i].end, t_[i + 1].begin - t_[i].end));
    }
    std::string_view raw_sep(std::size_t i) const {
        return i + 1 < t_.size() ? s_.substr(t_[i].end, t_[i + 1].begin - t_[i].end) : std::string_view{};
    }
    bool num(std::size_t i, int min_digits, int max_digits) const {
        return i < t_.size() && t_[i].number && t_[i].digits >= min_digits && t_[i].digits <= max_digits;
    }
    std::string_view word(std::size_t i) const {
        return i < t_.size() && !t_[i].number ? s_.substr(t_[i].begin, t_[i].end - t_[i].begin) : std::string_view{};
    }
    int month_at(std::size_t i) const {
        const std::string_view w = word(i);
        return w.size() >= 3 ? month_from_word(w) : 0;
    }
    // The month named at token i and the token after its name: one word, or two where a
    // language names months by two (the Levantine كانون الثاني, January), neither a month alone,
    // or abbreviates them as two letter groups parted by a full stop (the Thai มี.ค., March).
    int month_words_at(std::size_t i, std::size_t& after) const {
        after = i + 1;
        if (const int m = month_at(i)) return m;
        // Two letter groups parted by a full stop, the Thai abbreviation ("มี.ค.", March).
        if (i + 1 < t_.size() && raw_sep(i) == ".") {
            const int m = month_from_dotted_pair(word(i), word(i + 1));
            if (m) after = i + 2;
            return m;
        }
        if (i + 1 >= t_.size() || raw_sep(i).empty() || !trim_spaces(raw_sep(i)).empty()) return 0;
        const int m = month_from_two_words(word(i), word(i + 1));
        if (m) after = i + 2;
        return m;
    }
    // A full stop and one space (or no-break space) after it: "2019. 11. 19."
    static bool dot_space(std::string_view x) { return x == ". " || x == ".\xC2\xA0"; }
    // Another number follows token i the way the date's parts follow each other ("2019. 11. 19. 3."),
    // not a time ("2019. 11. 19. 10:15"): a chain of numbers, not a date.
    bool chained_after(std::size_t i) const {
        return dot_space(raw_sep(i)) && i + 1 < t_.size() && t_[i + 1].number && sep(i + 1) != ":";
    }
    // A short separator such as "", ",", "." or "-" (not a sentence break or a list of numbers).
    bool small_sep(std::size_t i) const {
        const std::string_view x = sep(i);
        return x.empty() || x == "," || x == "." || x == "-" || x == "/" || x == ".," || x == "'" || x == "،";
    }
    // Ordinal suffix right after a day number: 19th, 1st, 1er, 3e, 5º.
    bool ordinal(std::size_t i) const {
        if (i >= t_.size() || t_[i].number || raw_sep(i - 1).size() != 0) return false;
        const std::string w = lower_utf8(word(i));
        return w == "st" || w == "nd" || w == "rd" || w == "th" || w == "er" || w == "e" || w == "º" || w == "ª";
    }
    // Particles between day, month and year: "de", "of", "the", "d'" (Catalan), "г" (Russian year).
    bool particle(std::size_t i) const {
        const std::string w = lower_utf8(word(i));
        return w == "de" || w == "of" || w == "the" || w == "d" || w == "del";
    }

    bool match_at(std::size_t i, TextDate& d, std::size_t& last) const {
        if (t_[i].number) return match_number(i, d, last);
        return match_month_first(i, d, last);
    }

    bool accept(TextDate& d, int y, int m, int day) const {
        if (!valid_date(y, m, day)) return false;
        d.year = y;
        d.month = m;
        d.day = day;
        return true;
    }

    bool match_number(std::size_t i, TextDate& d, std::size_t& last) const {
        const Token& a = t_[i];
        if (i > 0 && t_[i - 1].number && raw_sep(i - 1).size() <= 1 && sep(i - 1) != "") {
            // a part of a longer number chain ("1.2.3.2019", "10-11-12-2019"): not a date
            const std::string_view p = sep(i - 1);
            if (p == "." || p == "-" || p == "/" || p == ":") return false;
        }
        if (a.digits == 4) {
            const std::string_view s1 = sep(i);
            // 2019-11-19, 2019/11/19, 2019.11.19
            if ((s1 == "-" || s1 == "/" || s1 == ".") && raw_sep(i).size() == 1 && num(i + 1, 1, 2) &&
                sep(i + 1) == s1 && raw_sep(i + 1).size() == 1 && num(i + 2, 1, 2)) {
                last = i + 2;
                return !(last + 1 < t_.size() && t_[last + 1].number && sep(last) == s1 && raw_sep(last).size() == 1) &&
                       accept(d, a.value, t_[i + 1].value, t_[i + 2].value);
            }
            // 2019. 11. 19. (Korean, Hungarian): year, month and day each closed by a full stop and a
            // space; the day's stop, or the text's end, closes the date
            if (dot_space(raw_sep(i)) && num(i + 1, 1, 2) && dot_space(raw_sep(i + 1)) && num(i + 2, 1, 2) &&
                (i + 3 == t_.size() ? trim_spaces(sep(i + 2)).empty() || sep(i + 2).starts_with(".")
                                    : raw_sep(i + 2).starts_with(".") && !chained_after(i + 2))) {
                last = i + 2;
                return accept(d, a.value, t_[i + 1].value, t_[i + 2].value);
            }
            // 2019年11月19日, 2019년 11월 19일
            if ((s1 == "年" || s1 == "년") && num(i + 1, 1, 2) && (sep(i + 1) == "月" || sep(i + 1) == "월") &&
                num(i + 2, 1, 2) && (sep(i + 2).starts_with("日") || sep(i + 2).starts_with("일"))) {
                last = i + 2;
                return accept(d, a.value, t_[i + 1].value, t_[i + 2].value);
            }
            // 2019. november 19.
            if (s1 == "." && month_at(i + 1) && num(i + 2, 1, 2) && sep(i + 1).empty()) {
                last = i + 2;
                return accept(d, a.value, month_at(i + 1), t_[i + 2].value);
            }
            return false;
        }
        if (a.digits <= 3 && match_era_year(i, d, last)) return true;
        if (a.digits > 2) return false;
        // Vietnamese: (ngày) 14 tháng 3 (năm) 2024
        if (word(i + 1).size() == 6 && lower_utf8(word(i + 1)) == "tháng" && num(i + 2, 1, 2)) {
            std::size_t k = i + 3;
            if (lower_utf8(word(k)) == "năm") ++k;
            if (num(k, 4, 4) && small_sep(k - 1)) {
                last = k;
                return accept(d, t_[k].value, t_[i + 2].value, a.value);
            }
        }
        // 19.11.2019, 19/11/2019, 19-11-2019, 19. 11. 2019
        const std::string_view s1 = sep(i);
        if ((s1 == "." || s1 == "/" || s1 == "-") && num(i + 1, 1, 2) && sep(i + 1) == s1 && num(i + 2, 4, 4) &&
            (s1 == "." || (raw_sep(i).size() == 1 && raw_sep(i + 1).size() == 1))) {
            last = i + 2;
            if (last + 1 < t_.size() && t_[last + 1].number && sep(last) == s1 && raw_sep(last).size() == 1) return false;
            const int x = a.value, y = t_[i + 1].value, year = t_[i + 2].value;
            if (s1 == ".") return accept(d, year, y, x);
            if (x > 12) return accept(d, year, y, x);
            if (y > 12) return accept(d, year, x, y);
            return month_first_ ? accept(d, year, x, y) : accept(d, year, y, x);
        }
        // 30.10.23 (datelines only): a two-digit year after a dotted day and month
        if (short_years_ && s1 == "." && raw_sep(i).size() == 1 && num(i + 1, 1, 2) && raw_sep(i + 1) == "." &&
            num(i + 2, 2, 2)) {
            last = i + 2;
            if (last + 1 < t_.size() && t_[last + 1].number && raw_sep(last) == ".") return false;
            const int x = a.value, y = t_[i + 1].value, year = t_[i + 2].value <= 69 ? 2000 + t_[i + 2].value : 1900 + t_[i + 2].value;
            if (x > 12 || y > 12) return x > 12 ? accept(d, year, y, x) : accept(d, year, x, y);
            if (short_order_ == DayOrder::unknown) return false;
            return short_order_ == DayOrder::month_first ? accept(d, year, x, y) : accept(d, year, y, x);
        }
        // 19 November 2019, 19. November 2019, 19th of November, 2019, 19 de noviembre de 2019
        std::size_t j = i + 1;
        if (!(s1.empty() || s1 == ".")) return false;
        if (ordinal(j)) ++j;
        if (j < t_.size() && particle(j) && small_sep(j - 1)) ++j;
        if (!small_sep(j - 1)) return false;
        std::size_t k = 0;
        const int m = month_words_at(j, k);
        if (!m || !small_sep(k - 1)) return false;
        if (k < t_.size() && particle(k) && small_sep(k)) ++k;
        if (!num(k, 4, 4) || !small_sep(k - 1)) return false;
        last = k;
        return accept(d, buddhist_to_common(t_[k].value, word(j)), m, a.value);
    }

    // Thai dates count years in the Buddhist era, 543 years ahead: 14 มีนาคม 2567 is 2024.
    static int buddhist_to_common(int year, std::string_view month_word) {
        const bool thai = month_word.starts_with("\xE0\xB8") || month_word.starts_with("\xE0\xB9");
        return thai && year >= 2443 && year <= 2643 ? year - 543 : year;
    }

    // Years of an era, written with 年 月 日: Japanese 令和6年3月14日 (Reiwa, from 2019) and
    // 平成 (Heisei, from 1989); the Republic of China's 民國112年7月1日, and its bare three-digit
    // years (112年7月1日) as Taiwan writes them — no common-era year is written with three
    // digits and a day and month after it.
    bool match_era_year(std::size_t i, TextDate& d, std::size_t& last) const {
        if (!month_day_after_year(i)) return false;
        const std::string_view era = i > 0 && raw_sep(i - 1).empty() ? word(i - 1) : std::string_view{};
        int base = era_base(era);
        if (!base && t_[i].digits == 3 && t_[i].value >= 100) base = 1911;
        if (!base) return false;
        last = i + 2;
        return accept(d, base + t_[i].value, t_[i + 1].value, t_[i + 2].value);
    }
    // The first year of an era is written 元 ("first"), not 1: 令和元年5月1日 is 2019-05-01.
    bool match_first_era_year(std::size_t i, TextDate& d, std::size_t& last) const {
        std::string_view w = word(i);
        if (!w.ends_with("元") || !month_day_after_year(i)) return false;
        w.remove_suffix(std::string_view("元").size());
        const int base = era_base(w);
        if (!base) return false;
        last = i + 2;
        return accept(d, base + 1, t_[i + 1].value, t_[i + 2].value);
    }
    // 年 after token i, then a month with 月 and a day with 日 (or the text's end).
    bool month_day_after_year(std::size_t i) const {
        return sep(i) == "年" && num(i + 1, 1, 2) && sep(i + 1) == "月" && num(i + 2, 1, 2) &&
               (sep(i + 2).starts_with("日") || i + 3 == t_.size());
    }
    // The year before an era's first (0 when the word names no era it knows): Reiwa, Heisei, and
    // the Republic of China's calendar.
    static int era_base(std::string_view era) {
        if (era.ends_with("令和")) return 2018;
        if (era.ends_with("平成")) return 1988;
        if (era.ends_with("民國") || era.ends_with("民国")) return 1911;
        return 0;
    }

    // November 19, 2019; Nov. 19th 2019
    bool match_month_first(std::size_t i, TextDate& d, std::size_t& last) const {
        if (match_first_era_year(i, d, last)) return true;
        // Cheap checks before the month lookup: a day number after one word, or after two.
        std::size_t day = i + 1;
        const int m = num(i + 1, 1, 2)   ? month_at(i)
                      : num(i + 2, 1, 2) ? month_words_at(i, day)
                                         : 0;
        if (!m || day != (num(i + 1, 1, 2) ? i + 1 : i + 2) || !small_sep(day - 1)) return false;
        std::size_t k = day + 1;
        if (ordinal(k)) ++k;
        if (!small_sep(k - 1) || !num(k, 4, 4)) return false;
        last = k;
        return accept(d, t_[k].value, m, t_[day].value);
    }
};

// The worded reading of a date value: month name, day and year in any order, with a time.
std::string worded_to_iso(std::string_view s) {
    int y = 0, mo = 0, d = 0, h = -1, mi = 0, se = 0;
    std::vector<std::string> words;
    std::string cur;
    for (char c : s) {
        if (std::isalnum(static_cast<unsigned char>(c)) || c == ':' || static_cast<unsigned char>(c) >= 0x80) {
            cur += c;
        } else if (!cur.empty()) {
            words.push_back(cur);
            cur.clear();
        }
    }
    if (!cur.empty()) words.push_back(cur);
    for (const auto& w : words) {
        if (w.find(':') != std::string::npos) {
            int hh = -1, mm = 0, ss = 0;
            if (std::sscanf(w.c_str(), "%d:%d:%d", &hh, &mm, &ss) >= 2 && hh >= 0 && hh < 24) {
                h = hh;
                mi = mm;
                se = ss;
            }
        } else if (int m = month_from_word(w); m && !mo && !is_digit(w[0])) {
            mo = m;
        } else if (std::all_of(w.begin(), w.end(), is_digit)) {
            const int v = std::stoi(w.substr(0, 6));
            if (w.size() == 4 && v >= 1900) y = v;
            else if (w.size() <= 2 && !d && v >= 1 && v <= 31) d = v;
        } else if (w.size() > 2 && is_digit(w[0])) {
            const int v = std::atoi(w.c_str());  // "24th", "1st"
            if (!d && v >= 1 && v <= 31) d = v;
        }
    }
    if (!valid_date(y, mo, d)) return {};
    char buf[40];
    if (h >= 0) std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, h, mi, se);
    else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
    return buf;
}

// Every full date has a year of four digits, 19xx or 20xx: text without one is skipped untokenized.
// One pass that stops only at digits and at the lead bytes below: most of a text is letters and
// spaces, and a year is a run of exactly four ASCII digits, so each digit run is read once.
bool has_year(std::string_view s) {
    // Era years (年), Buddhist years (25xx) and digits of other scripts are read by the scanner:
    // the lead bytes of 年 (E5), of Arabic-Indic and Persian (D9, DB), Devanagari, Bengali and
    // Thai (E0) and fullwidth (EF) digits.
    static constexpr auto kStop = [] {
        std::array<bool, 256> t{};
        for (int c = '0'; c <= '9'; ++c) t[c] = true;
        for (const int c : {0xD9, 0xDB, 0xE0, 0xE5, 0xEF}) t[c] = true;
        return t;
    }();
    const std::size_t n = s.size();
    for (std::size_t i = 0; i < n;) {
        // Eight bytes at once where they are ASCII without a digit (most words of most texts):
        // none of them is a stop. (A byte below 0x80 plus 0x50 reaches 0x80 from '0' on, plus
        // 0x46 from ':' on, and no sum carries into the next byte.)
        if (i + 8 <= n) {
            constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
            std::uint64_t x;
            std::memcpy(&x, s.data() + i, 8);
            if ((x & kHigh) == 0 && ((x + 0x50 * kOnes) & ~(x + 0x46 * kOnes) & kHigh) == 0) {
                i += 8;
                continue;
            }
        }
        const auto b = static_cast<unsigned char>(s[i]);
        if (!kStop[b]) {
            ++i;
            continue;
        }
        if (is_digit(s[i])) {
            std::size_t j = i + 1;
            while (j < n && is_digit(s[j])) ++j;
            if (j - i == 4 && ((s[i] == '1' && s[i + 1] == '9') || (s[i] == '2' && (s[i + 1] == '0' || s[i + 1] == '5'))))
                return true;
            i = j;
            continue;
        }
        if (i + 1 < n) {
            const auto c = static_cast<unsigned char>(s[i + 1]);
            if ((b == 0xD9 && c >= 0xA0 && c <= 0xA9) || (b == 0xDB && c >= 0xB0 && c <= 0xB9) ||
                (b == 0xE0 && (c == 0xA5 || c == 0xA7 || c == 0xB9)) || (b == 0xEF && c == 0xBC) ||
                (b == 0xE5 && s.substr(i, 3) == "年"))
                return true;
        }
        ++i;
    }
    return false;
}

}  // namespace

std::vector<TextDate> scan_dates(std::string_view text, bool month_first) {
    if (!has_year(text)) return {};
    return Scanner(text, month_first).run();
}

std::vector<TextDate> scan_dateline_dates(std::string_view text, DayOrder order) {
    const bool month_first = order == DayOrder::month_first;
    if (text.find('.') == std::string_view::npos) return scan_dates(text, month_first);
    return Scanner(text, month_first, true, order).run();
}

int month_from_name(std::string_view word) { return month_from_word(word); }

std::string to_iso8601(std::string_view text) {
    const std::string s(trim_spaces(text));
    if (s.empty() || s.size() > 200) return {};
    char buf[40];
    int y = 0, mo = 0, d = 0, h = -1, mi = 0, se = 0;
    // Numeric forms: 2025-02-24, 2025/02/24, 2025-02-24T10:00:00(.sss)(Z|+hh:mm), 20250224.
    if (s.size() >= 10 && is_digit(s[0]) && (s[4] == '-' || s[4] == '/' || s[4] == '.')) {
        if (std::sscanf(s.c_str(), "%4d%*1[-/.]%2d%*1[-/.]%2d", &y, &mo, &d) == 3 && valid_date(y, mo, d)) {
            std::size_t p = 10;
            if (p < s.size() && (s[p] == 'T' || s[p] == ' ') &&
                std::sscanf(s.c_str() + p + 1, "%2d:%2d:%2d", &h, &mi, &se) >= 2 && h >= 0 && h < 24) {
                std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d", y, mo, d, h, mi, se);
                std::string out = buf;
                // Keep the zone as written when it is Z or ±hh:mm.
                std::size_t z = s.find_first_of("Z+-", p + 6);
                if (z != std::string::npos) {
                    std::string zone = s.substr(z);
                    if (zone == "Z") out += "Z";
                    else if (zone.size() == 6 && zone[3] == ':') out += zone;
                    else if (zone.size() == 5) out += zone.substr(0, 3) + ":" + zone.substr(3);
                }
                return out;
            }
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
            return buf;
        }
    }
    if (s.size() == 8 && std::all_of(s.begin(), s.end(), is_digit)) {
        y = std::stoi(s.substr(0, 4));
        mo = std::stoi(s.substr(4, 2));
        d = std::stoi(s.substr(6, 2));
        if (valid_date(y, mo, d)) {
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, mo, d);
            return buf;
        }
        return {};
    }
    return worded_to_iso(s);
}

std::string date_value_to_iso8601(std::string_view text) {
    if (std::string iso = to_iso8601(text); !iso.empty()) return iso;
    // Day-first numeric and other written forms ("19.11.2019 10:15", "2019年11月19日").
    const auto found = scan_dates(text.substr(0, 200));
    if (found.empty()) return {};
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", found[0].year, found[0].month, found[0].day);
    return buf;
}

}  // namespace winnow::detail
