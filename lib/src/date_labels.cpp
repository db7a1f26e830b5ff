#include "date_labels.hpp"

#include <utf8proc.h>

namespace winnow::detail {

namespace {

// The code point at p and its byte length (1 for a broken sequence, with cp = -1).
utf8proc_int32_t code_point_at(std::string_view s, std::size_t p, std::size_t& len) {
    utf8proc_int32_t cp = -1;
    const auto n = utf8proc_iterate(reinterpret_cast<const utf8proc_uint8_t*>(s.data() + p),
                                    static_cast<utf8proc_ssize_t>(s.size() - p), &cp);
    len = n > 0 ? static_cast<std::size_t>(n) : 1;
    return n > 0 ? cp : -1;
}

bool is_space(utf8proc_int32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == 0xA0 || cp == 0x3000 ||
           (cp >= 0x2000 && cp <= 0x200A) || cp == 0x202F;
}

// Past spaces from p (up to limit).
std::size_t skip_spaces(std::string_view s, std::size_t p, std::size_t limit) {
    std::size_t len = 1;
    while (p < limit && is_space(code_point_at(s, p, len))) p += len;
    return p;
}

// Past what sits between a date and a label written after it: the day's marker that closes
// a CJK date (日, 일), spaces, a clock time, one bracketed weekday ("(土)", "（金）", "(Sat)").
std::size_t skip_date_tail(std::string_view s, std::size_t p, std::size_t limit) {
    for (const std::string_view day_marker : {"\xE6\x97\xA5", "\xEC\x9D\xBC"})   // 日 일
        if (s.substr(p, limit - p).starts_with(day_marker)) p += day_marker.size();
    bool bracket_seen = false;
    for (;;) {
        p = skip_spaces(s, p, limit);
        if (p >= limit) return p;
        const char c = s[p];
        if ((c >= '0' && c <= '9') || c == ':') {
            ++p;
            continue;
        }
        std::size_t len = 1;
        const utf8proc_int32_t open = code_point_at(s, p, len);
        if (bracket_seen || (open != '(' && open != 0xFF08)) return p;
        const std::string_view close = open == '(' ? ")" : "\xEF\xBC\x89";
        const std::size_t end = s.substr(0, limit).find(close, p + len);
        if (end == std::string_view::npos || end - p > 16) return p;
        p = end + close.size();
        bracket_seen = true;
    }
}

// Punctuation or a symbol: what ends a label's reach ("公開 / …", "게시, …", "… | …"), a colon
// excepted.
bool is_separator(utf8proc_int32_t cp) {
    if (cp < 0) return false;
    const auto cat = utf8proc_category(cp);
    return cat >= UTF8PROC_CATEGORY_PC && cat <= UTF8PROC_CATEGORY_SO;
}

struct LabelAfter {
    DateLabel label = DateLabel::none;
    std::size_t end = 0;       // just past the label word
    bool firm = false;         // a separator or the run's end follows it
    bool before_next = false;  // only spaces between it and the next date
};

LabelAfter label_after(std::string_view run, std::size_t date_end, std::size_t limit, bool next_date) {
    LabelAfter out;
    const std::size_t p = skip_date_tail(run, date_end, limit);
    std::size_t len = 0;
    if (p >= limit) return out;
    const DateLabel label = label_opening(run.substr(p, limit - p), len);
    if (label == DateLabel::none) return out;
    out.end = p + len;
    const std::size_t q = skip_spaces(run, out.end, limit);
    std::size_t cp_len = 1;
    if (q >= limit) {
        out.before_next = next_date;
        out.firm = !next_date;
    } else {
        // A colon after the label points forward: "更新日：2024年3月15日" labels the next date.
        const utf8proc_int32_t cp = code_point_at(run, q, cp_len);
        out.firm = is_separator(cp) && cp != ':' && cp != 0xFF1A;
    }
    if (out.firm || out.before_next) out.label = label;
    return out;
}

}  // namespace

std::vector<DateLabel> date_labels(std::string_view run, const std::vector<TextDate>& found) {
    const std::size_t n = found.size();
    std::vector<LabelAfter> after(n);
    for (std::size_t i = 0; i < n; ++i) {
        const bool next = i + 1 < n;
        after[i] = label_after(run, found[i].end, next ? found[i + 1].begin : run.size(), next);
    }
    // From the last date back: a label between two dates is the earlier date's when the later
    // date has a label after it too.
    std::vector<bool> trailing(n, false);
    for (std::size_t k = n; k-- > 0;)
        trailing[k] = after[k].label != DateLabel::none && (after[k].firm || (k + 1 < n && trailing[k + 1]));
    std::vector<DateLabel> out(n, DateLabel::none);
    for (std::size_t i = 0; i < n; ++i) {
        std::size_t from = found[i].begin > 60 ? found[i].begin - 60 : 0;
        if (i > 0 && trailing[i - 1] && after[i - 1].end > from) from = after[i - 1].end;
        out[i] = from < found[i].begin ? label_in(run.substr(from, found[i].begin - from)) : DateLabel::none;
        // A member's join day labels its own date, not the post's date after it ("Joined: 18 Sep
        // 2008 · 21 Jan 2009").
        if (out[i] == DateLabel::joined && i > 0 && found[i - 1].end > from)
            out[i] = label_in(run.substr(found[i - 1].end, found[i].begin - found[i - 1].end));
        if (out[i] == DateLabel::none && trailing[i]) out[i] = after[i].label;
    }
    return out;
}

}  // namespace winnow::detail
