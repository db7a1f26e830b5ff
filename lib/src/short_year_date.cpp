#include "short_year_date.hpp"

#include <string>
#include <vector>

#include "date_text.hpp"
#include "filters/evidence.hpp"
#include "text_length.hpp"

namespace winnow::detail {

namespace {

struct Token {
    std::string_view text;
    bool number = false;
    char after = ' ';  // the byte right after the token (' ' at the end)
};

// Runs of ASCII digits, or of letters of any script ("März", "lipca"); everything else parts
// them, a no-break space, a dash or a middle dot written in UTF-8 too.
std::vector<Token> tokens(std::string_view t) {
    std::vector<Token> out;
    // The letter starting at byte k, and where the next one starts; 0 when none.
    const auto letter_at = [&](std::size_t k, std::size_t& next) {
        next = k;
        const char32_t cp = next_code_point(t, next);
        return is_letter(cp);
    };
    std::size_t i = 0;
    while (i < t.size() && out.size() < 12) {
        const auto c = static_cast<unsigned char>(t[i]);
        const bool digit = c >= '0' && c <= '9';
        std::size_t next = i + 1;
        const bool letter = c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : letter_at(i, next);
        if (!digit && !letter) {
            i = next;
            continue;
        }
        std::size_t j = i;
        while (j < t.size()) {
            const auto d = static_cast<unsigned char>(t[j]);
            std::size_t after = j + 1;
            const bool same = digit ? (d >= '0' && d <= '9')
                                    : (d < 0x80 ? ((d | 0x20) >= 'a' && (d | 0x20) <= 'z') : letter_at(j, after));
            if (!same) break;
            j = after;
        }
        out.push_back({t.substr(i, j - i), digit, j < t.size() ? t[j] : ' '});
        i = j;
    }
    return out;
}

int value(std::string_view n) {
    int v = 0;
    for (const char c : n) v = v * 10 + (c - '0');
    return v;
}

bool small_number(const Token& t, int max) { return t.number && t.text.size() <= 2 && value(t.text) >= 1 && value(t.text) <= max; }
bool two_digits(const Token& t) { return t.number && t.text.size() == 2; }

}  // namespace

bool is_short_year_date(std::string_view text) {
    // Every form below has three ASCII digits at least (a day or month, and two for the year):
    // most lines asked about have fewer, and are not tokenized.
    int digits = 0;
    for (std::size_t i = 0; i < text.size() && digits < 3; ++i) digits += text[i] >= '0' && text[i] <= '9';
    if (digits < 3) return false;
    if (text_length(text) > 40) return false;
    const std::vector<Token> ts = tokens(text);
    if (ts.size() < 3 || ts.size() > 9) return false;
    bool clock = false;
    for (std::size_t i = 0; i + 1 < ts.size(); ++i)
        if (ts[i].number && ts[i].text.size() <= 2 && ts[i].after == ':' && ts[i + 1].number && ts[i + 1].text.size() == 2) clock = true;
    for (std::size_t i = 0; i + 2 < ts.size(); ++i) {
        const Token &a = ts[i], &b = ts[i + 1], &c = ts[i + 2];
        int used = 3;
        bool date = false;
        // "07 Nov 12", "Nov 7, 12".
        if (small_number(a, 31) && !b.number && month_from_name(b.text) != 0 && two_digits(c) && c.after != ':') date = true;
        else if (!a.number && month_from_name(a.text) != 0 && small_number(b, 31) && two_digits(c) && c.after != ':') date = true;
        // "11.06.12" with a clock time beside it.
        else if (clock && small_number(a, 31) && small_number(b, 31) && two_digits(c) && (value(a.text) <= 12 || value(b.text) <= 12) &&
                 a.after == b.after && (a.after == '.' || a.after == '/' || a.after == '-'))
            date = true;
        if (!date) continue;
        // Little else: a clock's two numbers and three words at most beside the date.
        const int others = static_cast<int>(ts.size()) - used - (clock ? 2 : 0);
        return others <= 3;
    }
    return false;
}

}  // namespace winnow::detail
