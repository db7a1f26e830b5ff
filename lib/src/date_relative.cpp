#include "date_relative.hpp"

#include <string>

#include "date_words.hpp"

namespace winnow::detail {

namespace {

struct Unit {
    std::string_view stem;   // lower case; a word that starts with it is the unit
    int days;                // 0: minutes and hours, 1: days, 7: weeks
};

// Units of time by language, lower case stems. Word-spaced languages: the word after the number.
constexpr Unit kUnits[] = {
    {"min", 0}, {"hour", 0}, {"hr", 0}, {"day", 1}, {"week", 7},                         // English
    {"stunde", 0}, {"tag", 1}, {"woche", 7},                                              // German
    {"hora", 0}, {"día", 1}, {"dia", 1}, {"semana", 7},                                   // Spanish, Portuguese
    {"heure", 0}, {"jour", 1}, {"semaine", 7},                                            // French
    {"ora", 0}, {"ore", 0}, {"giorn", 1}, {"settiman", 7},                                // Italian
    {"uur", 0}, {"dag", 1}, {"weken", 7},                                                  // Dutch
    {"godzin", 0}, {"dzień", 1}, {"dni", 1}, {"tydz", 7}, {"tygod", 7},                  // Polish
    {"hodin", 0}, {"den", 1}, {"dny", 1}, {"dnem", 1}, {"týd", 7},                       // Czech
    {"час", 0}, {"мин", 0}, {"день", 1}, {"дн", 1}, {"недел", 7},                        // Russian, Ukrainian
    {"dakika", 0}, {"saat", 0}, {"gün", 1}, {"hafta", 7},                                 // Turkish
    {"phút", 0}, {"giờ", 0}, {"ngày", 1}, {"tuần", 7},                                    // Vietnamese
    {"मिनट", 0}, {"घंट", 0}, {"दिन", 1}, {"हफ़्त", 7}, {"हफ्त", 7},                     // Hindi
    {"دقيق", 0}, {"ساع", 0}, {"يوم", 1}, {"أيام", 1}, {"ايام", 1}, {"أسبوع", 7},        // Arabic
};
// Units written right after the number, with "ago" right after them: 3時間前, 2天前, 3일 전.
constexpr Unit kGluedUnits[] = {
    {"分", 0}, {"時間", 0}, {"小时", 0}, {"小時", 0}, {"日", 1}, {"天", 1}, {"週間", 7}, {"周", 7},
    {"분", 0}, {"시간", 0}, {"일", 1}, {"주", 7},
};
// "Ago" before the number ("vor", "hace", "il y a", "před", "منذ") or after the unit.
constexpr std::string_view kAgoBefore[] = {"vor", "hace", "há", "il y a", "před", "منذ"};
constexpr std::string_view kAgoAfter[] = {"ago", "fa", "geleden", "temu", "назад", "önce", "trước", "पहले", "前", "전"};

// "Yesterday" and "today" by a clock time ("Gestern, 14:30", "Today at 10:15 AM", "昨天 10:30"):
// a dateline of a news page's first day. Without a clock time such words are a section name or a
// programme title. French "hier" is left out: in German and Dutch it means "here".
struct DayWord {
    std::string_view word;
    int days;
};
constexpr DayWord kDayWords[] = {
    {"yesterday", 1}, {"gestern", 1}, {"ayer", 1}, {"ieri", 1}, {"ontem", 1}, {"gisteren", 1}, {"wczoraj", 1},
    {"včera", 1}, {"вчера", 1}, {"вчора", 1}, {"dün", 1}, {"hôm qua", 1}, {"昨天", 1}, {"昨日", 1}, {"어제", 1},
    {"today", 0}, {"heute", 0}, {"hoy", 0}, {"aujourd'hui", 0}, {"aujourd’hui", 0}, {"oggi", 0}, {"hoje", 0}, {"vandaag", 0},
    {"dzisiaj", 0}, {"dziś", 0}, {"dnes", 0}, {"сегодня", 0}, {"сьогодні", 0}, {"bugün", 0}, {"hôm nay", 0},
    {"今天", 0}, {"今日", 0}, {"오늘", 0},
};

bool space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == ',' || c == ':'; }

std::string_view skip_spaces(std::string_view s) {
    while (!s.empty() && (space(s.front()) || s.starts_with("\xC2\xA0"))) s.remove_prefix(space(s.front()) ? 1 : 2);
    return s;
}

std::string_view next_word(std::string_view s) {
    std::size_t n = 0;
    while (n < s.size() && !space(s[n]) && s[n] != '.' && s[n] != ')' && s[n] != '|') ++n;
    return s.substr(0, n);
}

bool ago_after(std::string_view rest) {
    rest = skip_spaces(rest);
    for (std::string_view a : kAgoAfter)
        if (rest.starts_with(a)) return true;
    return false;
}

bool ago_before(std::string_view before) {
    while (!before.empty() && space(before.back())) before.remove_suffix(1);
    for (std::string_view a : kAgoBefore)
        if (before.ends_with(a) && (before.size() == a.size() || space(before[before.size() - a.size() - 1]))) return true;
    return false;
}

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool has_clock_time(std::string_view s) {
    for (std::size_t i = 1; i + 2 < s.size(); ++i)
        if (s[i] == ':' && s[i - 1] >= '0' && s[i - 1] <= '9' && s[i + 1] >= '0' && s[i + 1] <= '5' && s[i + 2] >= '0' &&
            s[i + 2] <= '9')
            return true;
    return false;
}

// The days back a "yesterday" or "today" word names in a line with a clock time, or -1.
int day_word_days(std::string_view s) {
    if (!has_clock_time(s)) return -1;
    for (const DayWord& w : kDayWords) {
        for (std::size_t at = s.find(w.word); at != std::string_view::npos; at = s.find(w.word, at + 1)) {
            // Words of letter scripts stand alone ("heute", not "heutige", "вчера", not "вчерашний");
            // Chinese, Japanese and Korean words need no spaces around them.
            const std::size_t end = at + w.word.size();
            auto letter = [](char c) { return ascii_letter(c) || static_cast<unsigned char>(c) >= 0x80; };
            const bool cjk = static_cast<unsigned char>(w.word.front()) >= 0xE3;
            const bool alone = cjk || ((at == 0 || !letter(s[at - 1])) && (end == s.size() || !letter(s[end])));
            if (alone) return w.days;
        }
    }
    return -1;
}

}  // namespace

int relative_days_ago(std::string_view text) {
    if (text.size() > 400) return -1;
    const std::string t = lower_utf8(text);
    const std::string_view s = t;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9' || (i > 0 && s[i - 1] >= '0' && s[i - 1] <= '9')) continue;
        std::size_t j = i;
        int n = 0;
        while (j < s.size() && s[j] >= '0' && s[j] <= '9' && j - i < 3) n = n * 10 + (s[j++] - '0');
        if (j < s.size() && s[j] >= '0' && s[j] <= '9') continue;   // four digits and more: a year, a count
        const std::string_view rest = s.substr(j);
        for (const Unit& u : kGluedUnits)
            if (rest.starts_with(u.stem) && ago_after(rest.substr(u.stem.size())) && n > 0) return u.days * n;
        const std::string_view after_number = skip_spaces(rest);
        const std::string_view unit = next_word(after_number);
        if (unit.empty()) continue;
        for (const Unit& u : kUnits) {
            if (!unit.starts_with(u.stem) || n <= 0) continue;
            const bool ago = ago_after(after_number.substr(unit.size())) || ago_before(s.substr(0, i));
            if (ago) return u.days * n;
            break;
        }
    }
    return day_word_days(s);
}

}  // namespace winnow::detail
