// Stage — Unicode: JSON \u escapes and percent-encoded UTF-8 leaked into prose.
#include "escape_residue.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <cstdint>
#include <string>

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

// A letter's writing system, coarsely: Latin (with its extensions), Greek, Cyrillic, or else the
// 256-code-point block it lies in. Decoded escapes must read as letters of the text's own script.
int script_of(char32_t cp) {
    if (cp < 0x80 || (cp >= 0xC0 && cp < 0x250) || (cp >= 0x1E00 && cp < 0x1F00)) return 1;
    if ((cp >= 0x370 && cp < 0x400) || (cp >= 0x1F00 && cp < 0x2000)) return 2;
    if (cp >= 0x400 && cp < 0x530) return 3;
    return static_cast<int>(cp >> 8) + 16;
}

bool is_letter(char32_t cp) {
    const int c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
}

// Whether text outside [a, b) holds a letter of script: the decoded word belongs to the text.
bool script_elsewhere(std::string_view s, std::size_t a, std::size_t b, int script) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (std::size_t k = 0; k < s.size();) {
        const std::size_t at = k;
        const char32_t cp = next_utf8(p, s.size(), k);
        if ((at < a || at >= b) && cp > 0x7F && is_letter(cp) && script_of(cp) == script) return true;
        if (script == 1 && (at < a || at >= b) && ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z')) return true;
    }
    return false;
}

// Whether decoded text (UTF-8) fits where it stands, s[a, b): non-ASCII letters of one script,
// glued to a letter of that script, or a word of its own in a script the text uses elsewhere
// (escaped bytes that are valid UTF-8 of a letter, or UTF-7 with clean spare bits, are no accident).
bool fits_word(std::string_view s, std::size_t a, std::size_t b, std::string_view decoded) {
    const auto* p = reinterpret_cast<const unsigned char*>(decoded.data());
    int script = 0, letters = 0;
    for (std::size_t j = 0; j < decoded.size(); ++letters) {
        const char32_t cp = next_utf8(p, decoded.size(), j);
        if (cp == kReplacement || cp < 0xA0 || !is_letter(cp)) return false;
        const int sc = script_of(cp);
        if (script && sc != script) return false;
        script = sc;
    }
    auto glued = [&](std::size_t at, bool backwards) {
        if (!is_word_char(s, at, backwards)) return false;
        const auto* q = reinterpret_cast<const unsigned char*>(s.data());
        std::size_t k = at;
        if (backwards)
            for (--k; k > 0 && (q[k] & 0xC0) == 0x80;) --k;
        return script_of(next_utf8(q, s.size(), k)) == script;
    };
    if (glued(a, true) || glued(b, false)) return true;
    return letters >= 1 && !is_word_char(s, a, true) && !is_word_char(s, b, false) && script_elsewhere(s, a, b, script);
}

// The byte of a C escape "\xHH" or "\ooo" at s[i] (s[i] == '\\') if it is >= 0x80, else -1; len
// gets the escape's length.
int byte_escape(std::string_view s, std::size_t i, std::size_t& len) {
    if (i + 4 > s.size() || s[i] != '\\') return -1;
    if (s[i + 1] == 'x') {
        const int a = hex_digit(s[i + 2]), b = hex_digit(s[i + 3]);
        len = 4;
        return a >= 8 && b >= 0 ? a * 16 + b : -1;
    }
    auto oct = [](char c) { return c >= '0' && c <= '7' ? c - '0' : -1; };
    const int a = oct(s[i + 1]), b = oct(s[i + 2]), c = oct(s[i + 3]);
    len = 4;
    return a >= 2 && a <= 3 && b >= 0 && c >= 0 ? a * 64 + b * 8 + c : -1;
}

// Decodes a run of C byte escapes at s[i] ("l'\\303\\262rt", "\\xd0\\xbf\\xd1\\x80"): UTF-8
// printed byte by byte by a program's string dump. Only non-ASCII bytes are read ("\\x41" is what
// a text about escapes shows), and only when they spell letters that fit the word.
std::size_t decode_bytes_at(std::string_view s, std::size_t i, std::string& out, std::size_t& run_end) {
    std::string bytes;
    std::size_t k = i, len = 0;
    for (int b; (b = byte_escape(s, k, len)) >= 0; k += len) bytes += static_cast<char>(b);
    run_end = k;
    if (bytes.size() < 2 || !fits_word(s, i, k, bytes)) return 0;
    out += bytes;
    return k - i;
}

int base64_value(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    return c == '+' ? 62 : c == '/' ? 63 : -1;
}

// Decodes a UTF-7 shift at s[i] ("m+AOoBXw-vaniya": a mail or form once sent as UTF-7, shown as
// ASCII): '+', base64 of UTF-16 whose spare bits are zero, an optional closing '-'. It must spell
// letters that fit the word; "+1", "C++" and "+Land" do not decode to letters with clean bits.
std::size_t decode_utf7_at(std::string_view s, std::size_t i, std::string& out) {
    std::size_t k = i + 1;
    std::uint32_t acc = 0;
    int bits = 0;
    std::u16string units;
    for (int v; k < s.size() && (v = base64_value(s[k])) >= 0; ++k) {
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 16) {
            bits -= 16;
            units += static_cast<char16_t>((acc >> bits) & 0xFFFF);
        }
    }
    if (units.empty() || bits >= 6 || (acc & ((1u << bits) - 1)) != 0) return 0;
    std::string decoded;
    for (std::size_t u = 0; u < units.size(); ++u) {
        char32_t cp = units[u];
        if (cp >= 0xD800 && cp <= 0xDBFF && u + 1 < units.size() && units[u + 1] >= 0xDC00 && units[u + 1] <= 0xDFFF)
            cp = 0x10000 + ((cp - 0xD800) << 10) + (units[++u] - 0xDC00);
        if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
        append_utf8(decoded, cp);
    }
    const std::size_t end = k < s.size() && s[k] == '-' ? k + 1 : k;
    if (!fits_word(s, i, end, decoded)) return 0;
    out += decoded;
    return end - i;
}

// At s[i] ('\\', '%' or '+'): the start of an escape worth a closer look.
bool escape_start(std::string_view s, std::size_t i) noexcept {
    if (i + 3 > s.size()) return false;
    if (s[i] == '+') return base64_value(s[i + 1]) >= 0 && base64_value(s[i + 2]) >= 0 && i + 3 < s.size() && base64_value(s[i + 3]) >= 0;
    if (s[i] == '\\') {
        std::size_t len = 0;
        return (s[i + 1] == 'u' && hex_digit(s[i + 2]) >= 0) || byte_escape(s, i, len) >= 0;
    }
    const int hi = hex_digit(s[i + 1]);
    return hi >= 0xC && hex_digit(s[i + 2]) >= 0 && i + 3 < s.size() && s[i + 3] == '%';
}

// The next '\\' or '%' at or after i (a plain loop: find_first_of calls memchr per byte).
std::size_t next_escape_char(std::string_view s, std::size_t i) noexcept {
    for (; i < s.size(); ++i)
        if (s[i] == '\\' || s[i] == '%' || s[i] == '+') return i;
    return std::string_view::npos;
}

}  // namespace

bool may_hold_escape_residue(std::string_view s) noexcept {
    // Every '\\' and '%' in order, each kind found by memchr from past its last one: most text
    // holds neither and is passed over at memchr's speed, not read byte by byte (every segment
    // normalize_document reads is asked).
    constexpr std::size_t npos = std::string_view::npos;
    std::size_t slash = s.find('\\'), percent = s.find('%'), plus = s.find('+');
    while (slash != npos || percent != npos || plus != npos) {
        const std::size_t i = std::min({slash, percent, plus});
        if (escape_start(s, i)) return true;
        if (i == slash) slash = s.find('\\', i + 1);
        else if (i == percent) percent = s.find('%', i + 1);
        else plus = s.find('+', i + 1);
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
        std::size_t len = 0;
        if (!escape_start(s, i)) len = 0;
        else if (s[i] == '+') len = decode_utf7_at(s, i, piece);
        else if (s[i] == '%') len = decode_percent_at(s, i, words, piece, run_end);
        else if (s[i + 1] == 'u') len = decode_json_at(s, i, piece);
        else len = decode_bytes_at(s, i, piece, run_end);
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
