// Stage — Unicode: JSON \u escapes and percent-encoded UTF-8 leaked into prose.
#include "escape_residue.hpp"

#include <utf8proc.h>

#include <algorithm>

#include "charset_tables.hpp"

namespace winnow::detail {
namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// The value of "\uXXXX" at s[i] (s[i] == '\\'), or -1.
long json_escape(std::string_view s, std::size_t i) {
    if (i + 6 > s.size() || s[i + 1] != 'u') return -1;
    long v = 0;
    for (std::size_t k = i + 2; k < i + 6; ++k) {
        const int d = hex_digit(s[k]);
        if (d < 0) return -1;
        v = v * 16 + d;
    }
    return v;
}

// The value of "%XX" at s[i], or -1.
int percent_byte(std::string_view s, std::size_t i) {
    if (i + 3 > s.size() || s[i] != '%') return -1;
    const int a = hex_digit(s[i + 1]), b = hex_digit(s[i + 2]);
    return a < 0 || b < 0 ? -1 : a * 16 + b;
}

bool is_word_char(const std::string_view s, std::size_t i, bool backwards) {
    // The character before i (backwards) or at i; ASCII letters, or any non-ASCII letter.
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    if (backwards) {
        if (i == 0) return false;
        std::size_t start = i - 1;
        while (start > 0 && (p[start] & 0xC0) == 0x80) --start;
        i = start;
    }
    if (i >= s.size()) return false;
    std::size_t k = i;
    const char32_t cp = next_utf8(p, s.size(), k);
    const int c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

// A character a \u escape may stand for in prose: not ASCII (an escaped quote or slash is the
// serializer's business and "\u0041" is what a text about escapes shows), not a control.
bool plausible_escaped(long cp) {
    if (cp < 0xA0 || (cp >= 0xD800 && cp <= 0xDFFF)) return false;
    const int c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return c != UTF8PROC_CATEGORY_CN && c != UTF8PROC_CATEGORY_CO && c != UTF8PROC_CATEGORY_CC;
}

// Decodes a JSON escape (or surrogate pair) at s[i]; returns its length, 0 when it stays.
std::size_t decode_json_at(std::string_view s, std::size_t i, std::string& out) {
    const long v = json_escape(s, i);
    if (v < 0) return 0;
    if (v >= 0xD800 && v <= 0xDBFF) {
        const long lo = i + 6 < s.size() && s[i + 6] == '\\' ? json_escape(s, i + 6) : -1;
        if (lo < 0xDC00 || lo > 0xDFFF) return 0;
        append_utf8(out, static_cast<char32_t>(0x10000 + ((v - 0xD800) << 10) + (lo - 0xDC00)));
        return 12;
    }
    if (!plausible_escaped(v)) return 0;
    // Glued to a letter: "M\u00fcnchen". Alone between spaces it may be a text about escapes.
    if (!is_word_char(s, i, true) && !is_word_char(s, i + 6, false) && json_escape(s, i + 6) < 0) return 0;
    append_utf8(out, static_cast<char32_t>(v));
    return 6;
}

// Inside a URL or a query string percent-encoding is right where it is. The verdict is kept
// for the whole word, so a long word full of escapes is read once (linear on hostile input).
class UrlWords {
public:
    bool url_like(std::string_view s, std::size_t i) {
        if (i < end_) return url_;
        auto space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
        std::size_t a = i;
        while (a > 0 && !space(s[a - 1])) --a;
        end_ = i;
        while (end_ < s.size() && !space(s[end_])) ++end_;
        url_ = s.substr(a, end_ - a).find_first_of("/=?&#+") != std::string_view::npos;
        return url_;
    }

private:
    std::size_t end_ = 0;
    bool url_ = false;
};

// Decodes a run of %XX at s[i] that spells whole non-ASCII UTF-8 sequences; returns its length.
// run_end: where the run of %XX ends, decoded or not (the caller resumes there: linear).
std::size_t decode_percent_at(std::string_view s, std::size_t i, UrlWords& words, std::string& out, std::size_t& run_end) {
    std::string bytes;
    std::size_t k = i;
    for (int b; (b = percent_byte(s, k)) >= 0x80; k += 3) bytes += static_cast<char>(b);
    run_end = k;
    if (bytes.size() < 2) return 0;
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
    int letters = 0, chars = 0;
    for (std::size_t j = 0; j < bytes.size(); ++chars) {
        const char32_t cp = next_utf8(p, bytes.size(), j);
        if (cp == kReplacement) return 0;
        const int c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
        letters += c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_MC;
    }
    // Glued to a letter, or a whole word of two letters or more ("%D0%9A%D0%B8%D0%B5%D0%B2");
    // one letter alone between spaces may be quoted on purpose.
    const bool word = chars >= 2 && letters == chars;
    if (!word && !is_word_char(s, i, true) && !is_word_char(s, k, false)) return 0;
    if (words.url_like(s, i)) return 0;
    out += bytes;
    return k - i;
}

// At s[i] ('\\' or '%'): the start of an escape worth a closer look.
bool escape_start(std::string_view s, std::size_t i) noexcept {
    if (i + 3 > s.size()) return false;
    if (s[i] == '\\') return s[i + 1] == 'u' && hex_digit(s[i + 2]) >= 0;
    const int hi = hex_digit(s[i + 1]);
    return hi >= 0xC && hex_digit(s[i + 2]) >= 0 && i + 3 < s.size() && s[i + 3] == '%';
}

// The next '\\' or '%' at or after i (a plain loop: find_first_of calls memchr per byte).
std::size_t next_escape_char(std::string_view s, std::size_t i) noexcept {
    for (; i < s.size(); ++i)
        if (s[i] == '\\' || s[i] == '%') return i;
    return std::string_view::npos;
}

}  // namespace

bool may_hold_escape_residue(std::string_view s) noexcept {
    // Every '\\' and '%' in order, each kind found by memchr from past its last one: most text
    // holds neither and is passed over at memchr's speed, not read byte by byte (every segment
    // normalize_document reads is asked).
    constexpr std::size_t npos = std::string_view::npos;
    std::size_t slash = s.find('\\'), percent = s.find('%');
    while (slash != npos || percent != npos) {
        const std::size_t i = std::min(slash, percent);
        if (escape_start(s, i)) return true;
        if (i == slash) slash = s.find('\\', i + 1);
        else percent = s.find('%', i + 1);
    }
    return false;
}

bool decode_escape_residue(std::string_view s, std::string& out) {
    std::size_t i = next_escape_char(s, 0);
    while (i != std::string_view::npos && !escape_start(s, i)) i = next_escape_char(s, i + 1);
    if (i == std::string_view::npos) return false;
    bool changed = false;
    std::string res;
    std::size_t copied = 0;
    std::string piece;
    UrlWords words;
    for (; i != std::string_view::npos; i = next_escape_char(s, i)) {
        piece.clear();
        std::size_t run_end = i + 1;
        const std::size_t len = !escape_start(s, i) ? 0
                                : s[i] == '\\'   ? decode_json_at(s, i, piece)
                                                  : decode_percent_at(s, i, words, piece, run_end);
        if (len == 0) {
            i = std::max(i + 1, run_end);
            continue;
        }
        if (!changed) res.reserve(s.size());
        changed = true;
        res.append(s, copied, i - copied);
        res += piece;
        i += len;
        copied = i;
    }
    if (!changed) return false;
    res.append(s, copied);
    out = std::move(res);
    return true;
}

}  // namespace winnow::detail
