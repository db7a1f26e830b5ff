// Machine text that is a sequence, not a token: statements of a query or command language and
// logger lines, found over the token statistics of filters/machine_text.cpp, which cuts the
// runs. Shape only: no keyword or level list.
#include <algorithm>
#include <string>

#include <utf8proc.h>

#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail::machine {

namespace gt = garbage_tokens;

// Whether the document's prose uses one of a token's names ("the app folder") besides the
// token itself: a path or statement explained by its sentence stays.
bool names_known(std::string_view t, const KnownWord& known_word, std::string_view around, CopyCounts* copies) {
    if (!known_word) return false;
    if (around.empty()) around = t;
    for (std::size_t p = 0; p < t.size();) {
        if (!((t[p] | 0x20) >= 'a' && (t[p] | 0x20) <= 'z')) { ++p; continue; }
        std::size_t e = p;
        while (e < t.size() && (t[e] | 0x20) >= 'a' && (t[e] | 0x20) <= 'z') ++e;
        if (e - p >= 3 && (p == 0 || !(t[p - 1] >= '0' && t[p - 1] <= '9')) && (e == t.size() || !(t[e] >= '0' && t[e] <= '9'))) {
            std::string w(t.substr(p, e - p));
            for (char& c : w) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
            // Its own copies in the token (or around it) do not explain it. The token lies inside
            // `around`, so a name the prose uses no more often than the token itself holds it is
            // settled without reading `around`; the count stops where it settles the question; and
            // a statement's pieces share one count per name. A statement as long as its block
            // (lines of key=value run together) is then not read once per piece.
            const auto uses = static_cast<std::size_t>(std::max(known_word(w), 0));
            const std::string_view name = t.substr(p, e - p);
            auto copies_in = [&name, uses](std::string_view s) {
                std::size_t n = 0;
                for (std::size_t q = s.find(name); q != std::string_view::npos && n < uses; q = s.find(name, q + 1)) ++n;
                return n;
            };
            if (uses > copies_in(t)) {
                auto count = [&] { return copies_in(around); };
                std::size_t inside = 0;
                if (copies) {
                    const auto [at, fresh] = copies->try_emplace(name, 0);
                    if (fresh) at->second = count();
                    inside = at->second;
                } else {
                    inside = count();
                }
                if (uses > inside) return true;
            }
        }
        p = e;
    }
    return false;
}

std::size_t caps_tail(std::string_view t) {
    std::size_t p = 0, lower = 0, upper = 0, tail = 0;
    bool capital = false;  // a noun or a sentence's first word: "MarktWHERE"
    while (p < t.size()) {
        const std::size_t at = p;
        const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(next_code_point(t, p)));
        if (cat == UTF8PROC_CATEGORY_LU && at == 0) capital = true;
        else if (cat == UTF8PROC_CATEGORY_LL && upper == 0) ++lower;
        else if (cat == UTF8PROC_CATEGORY_LU && lower > 0) upper += upper == 0 ? (tail = at, 1) : 1;
        else if (cat == UTF8PROC_CATEGORY_MN && (lower > 0 || upper > 0)) continue;  // an accent that was not composed
        else return 0;
    }
    return upper >= 3 && (lower >= 2 || (upper >= 4 && !capital)) ? tail : 0;
}

// A logger's line: a timestamp with seconds (a date and a time of day, apart or glued, maybe in
// brackets, maybe a zone), a level (one short word, maybe in brackets), then the logger's name or call ("worker.poll()", "fetch_job:", "n=4"). Each part
// alone is prose ("on 2024-06-01 at 18:30:00 I left"); the sequence is not. The line's plain
// words after the call go too when the line ends within three of them.
void mark_log_lines(std::string_view text, const std::vector<TokenStats>& toks, std::vector<std::uint8_t>& score) {
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    // A line pasted without a space after a word ("closed2014-11-23 …"): its date starts at the
    // first digit after two or more letters; the word before it is the sentence's.
    auto head = [&](std::size_t k) -> std::string_view {
        const std::string_view t = tok(k);
        if (toks[k].letters == 0) return t;
        std::size_t p = 0, letters = 0;
        while (p < t.size() && !(t[p] >= '0' && t[p] <= '9')) {
            // (A bracketed stamp glued to the word: "closed[23/11/2014:…".)
            if (t[p] == '[' && letters >= 2 && p + 1 < t.size() && t[p + 1] >= '0' && t[p + 1] <= '9') return t.substr(p);
            if (!is_letter(next_code_point(t, p))) return {};
            ++letters;
        }
        return letters >= 2 && p < t.size() ? t.substr(p) : std::string_view{};
    };
    auto count = [](std::string_view t, std::string_view of) {
        std::size_t n = 0;
        for (char c : t) n += of.find(c) != std::string_view::npos;
        return n;
    };
    auto date = [&](std::size_t k) {
        const TokenStats& s = toks[k];
        if (s.letters == 0) return s.digits >= 6 && s.chars <= 12 && (s.dashes == 2 || s.slashes == 2);
        if (s.digits < 6 || (s.dashes != 2 && s.slashes != 2)) return false;  // (most tokens: no walk)
        const std::string_view t = head(k);
        const std::size_t digits = count(t, "0123456789"), dashes = count(t, "-"), slashes = count(t, "/");
        return digits >= 6 && t.size() <= 12 && digits + dashes + slashes == t.size() && (dashes == 2 || slashes == 2);
    };
    auto time = [&](std::size_t k) { return toks[k].letters == 0 && toks[k].colons >= 2 && toks[k].digits >= 6; };
    auto glued = [&](std::size_t k) {  // "2005-08-04T02:22:35Z", "[03/06/2015:19:34:11"
        const TokenStats& t = toks[k];
        if (t.colons < 2 || t.digits < 12 || t.dashes + t.slashes < 2) return false;
        if (t.letters <= 2) return true;
        const std::string_view h = head(k);  // behind a word: "sent2005-08-04T02:22:35Z"
        std::size_t letters = 0;
        for (char c : h) letters += gt::is_alpha(c);
        return !h.empty() && letters <= 2 && count(h, ":") >= 2 && count(h, "0123456789") >= 12 && count(h, "-/") >= 2;
    };
    auto level = [&](std::size_t k) {
        std::string_view t = tok(k);
        const bool bracketed = t.size() >= 3 && (t.front() == '[' || t.front() == '<') && (t.back() == ']' || t.back() == '>');
        if (bracketed) t = t.substr(1, t.size() - 2);
        if (!t.empty() && t.back() == ':') t.remove_suffix(1);
        // A short word of letters in any script and case ("WARN", "info", "ŽU", "ОШ"): the
        // call after it decides.
        if (t.empty() || t.size() > 16) return false;
        std::size_t letters = 0;
        for (std::size_t p = 0; p < t.size(); ++letters)
            if (!is_letter(next_code_point(t, p))) return false;
        return letters <= 8;
    };
    auto strong_level = [&](std::size_t k) {  // "[info]", "WARN": a plain "name:" may follow
        const std::string_view t = tok(k);
        return t.front() == '[' || t.front() == '<' || toks[k].upper == toks[k].letters;
    };
    auto call = [&](std::size_t k, bool named) {  // a logger's name or call: code shape, not a word
        const std::string_view t = tok(k);
        const TokenStats& s = toks[k];
        return s.letters > 0 && (s.code > 0 || s.underscore_joint || (named && t.back() == ':') || s.letter_digit > 0 ||
                                 s.camel > 0 || (s.dots > 0 && t.back() != '.'));
    };
    auto new_line = [&](std::size_t k) {
        return k == 0 || text.substr(toks[k - 1].e, toks[k].b - toks[k - 1].e).find('\n') != std::string_view::npos;
    };
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k < n; ++k) {
        std::size_t j = k;
        if (glued(k)) j = k + 1;
        else if (date(k) && k + 1 < n && time(k + 1)) j = k + 2;
        else continue;
        const std::size_t stamp_end = j - 1;
        const bool zoned = j < n && toks[j].letters == 0 && toks[j].digits == 4 && tok(j).find_first_of("+-") == 0;  // "+0100]"
        if (zoned) ++j;
        if (j + 1 >= n || !level(j)) continue;
        // A plain "name:" after a level word in small letters ("info desk:") is a logger's
        // when the stamp is a machine's (a zone, fractions of a second, brackets) or the line
        // goes on with key=value pairs.
        const std::string_view stamp = tok(stamp_end);
        bool machine_stamp = zoned || tok(k).find('[') != std::string_view::npos;
        for (std::size_t p = stamp.rfind(':'); p != std::string_view::npos && p + 3 < stamp.size() && !machine_stamp; p = std::string_view::npos)
            machine_stamp = (stamp[p + 3] == '.' || stamp[p + 3] == ',') && p + 4 < stamp.size() && stamp[p + 4] >= '0' && stamp[p + 4] <= '9';
        for (std::size_t q = j + 2; q < n && q < j + 6 && !new_line(q) && !machine_stamp; ++q) {
            const std::string_view t = tok(q);
            const std::size_t eq = t.find('=');
            machine_stamp = eq != std::string_view::npos && eq >= 2 && eq + 1 < t.size() && gt::is_alpha(t[0]) && toks[q].letters >= 2;
        }
        if (!call(j + 1, strong_level(j) || machine_stamp)) continue;
        std::size_t hi = j + 1;
        std::size_t q = hi + 1;
        while (q < n && !new_line(q) && call(q, false) && !toks[q].sentence_end) hi = q++;
        std::size_t end = q;  // plain words to the line's end
        while (end < n && !new_line(end) && end - q < 3 && !toks[end].sentence_end && toks[end].upper <= 1) ++end;
        if (end > q && (end == n || new_line(end))) hi = end - 1;
        for (std::size_t r = k; r <= hi; ++r) score[r] = std::max<std::uint8_t>(score[r], r < j ? 3 : 2);
        k = hi;
    }
}

}  // namespace winnow::detail::machine
