// IDNA A-labels standing as words, decoded to their letters (see punycode_words.hpp).
#include "punycode_words.hpp"

#include <utf8proc.h>

#include <cstdint>
#include <optional>
#include <vector>

#include "charset_tables.hpp"

namespace winnow::detail {
namespace {

bool is_label_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-';
}

bool is_ascii_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

int digit_value(char c) {
    if (c >= 'a' && c <= 'z') return c - 'a';
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= '0' && c <= '9') return c - '0' + 26;
    return -1;
}

std::uint32_t adapt(std::uint32_t delta, std::uint32_t points, bool first) {
    delta = first ? delta / 700 : delta / 2;
    delta += delta / points;
    std::uint32_t k = 0;
    while (delta > ((36 - 1) * 26) / 2) {
        delta /= 36 - 1;
        k += 36;
    }
    return k + (36 * delta) / (delta + 38);
}

// RFC 3492 decoding of the part after "xn--"; nullopt when it is not valid Punycode.
std::optional<std::vector<char32_t>> punycode_decode(std::string_view in) {
    std::vector<char32_t> out;
    const auto dash = in.rfind('-');
    std::size_t pos = 0;
    if (dash != std::string_view::npos) {
        for (std::size_t k = 0; k < dash; ++k) out.push_back(static_cast<unsigned char>(in[k]));
        pos = dash + 1;
    }
    std::uint32_t n = 128, i = 0, bias = 72;
    while (pos < in.size()) {
        const std::uint32_t old_i = i;
        std::uint32_t w = 1;
        for (std::uint32_t k = 36;; k += 36) {
            if (pos >= in.size() || k > 36 * 64) return std::nullopt;
            const int d = digit_value(in[pos++]);
            if (d < 0) return std::nullopt;
            const std::uint64_t add = static_cast<std::uint64_t>(d) * w;
            if (add > 0x10FFFF * 64ull || i + add > 0xFFFFFFFFull) return std::nullopt;
            i += static_cast<std::uint32_t>(add);
            const std::uint32_t t = k <= bias ? 1 : (k >= bias + 26 ? 26 : k - bias);
            if (static_cast<std::uint32_t>(d) < t) break;
            if (static_cast<std::uint64_t>(w) * (36 - t) > 0xFFFFFFFFull) return std::nullopt;
            w *= 36 - t;
        }
        const auto points = static_cast<std::uint32_t>(out.size() + 1);
        bias = adapt(i - old_i, points, old_i == 0);
        if (i / points > 0x10FFFF - n) return std::nullopt;
        n += i / points;
        i %= points;
        if (n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF) || out.size() > 256) return std::nullopt;
        out.insert(out.begin() + i, static_cast<char32_t>(n));
        ++i;
    }
    return out;
}

// A decoded label that reads as a word: letters and marks only, one of them beyond ASCII.
bool reads_as_word(const std::vector<char32_t>& cps) {
    bool wide = false;
    for (const char32_t c : cps) {
        const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(c));
        if (!((cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || cat == UTF8PROC_CATEGORY_MN ||
              cat == UTF8PROC_CATEGORY_MC))
            return false;
        wide |= c > 0x7F;
    }
    return wide;
}

// Whether the label at [b, e) stands as a word: what touches it is neither part of a host name,
// a path, an address nor a longer identifier ("xn--bcher-kva.example", "/xn--…", "user_xn--…").
bool stands_alone(std::string_view t, std::size_t b, std::size_t e) {
    if (b > 0) {
        const char p = t[b - 1];
        if (is_ascii_alnum(p) || p == '.' || p == '/' || p == '@' || p == '_' || p == ':' || p == '=' || p == '%' || p == '\\')
            return false;
    }
    if (e < t.size()) {
        const char n = t[e];
        if (n == '/' || n == '@' || n == '_' || n == '=' || n == '\\') return false;
        if ((n == '.' || n == ':') && e + 1 < t.size() && (is_ascii_alnum(t[e + 1]) || t[e + 1] == '-')) return false;
    }
    return true;
}

}  // namespace

bool decode_punycode_words(std::string_view text, std::string& out) {
    std::string res;
    std::size_t copied = 0;
    for (std::size_t at = 0; at + 4 < text.size(); ++at) {
        const char x = text[at];
        if (!((x == 'x' || x == 'X') && (text[at + 1] == 'n' || text[at + 1] == 'N') && text[at + 2] == '-' && text[at + 3] == '-'))
            continue;
        std::size_t e = at + 4;
        while (e < text.size() && is_label_char(text[e])) ++e;
        if (e == at + 4 || e - at > 63 || !stands_alone(text, at, e)) {
            at = e > at ? e - 1 : at;
            continue;
        }
        const auto cps = punycode_decode(text.substr(at + 4, e - at - 4));
        if (!cps || !reads_as_word(*cps)) {
            at = e - 1;
            continue;
        }
        res.append(text.substr(copied, at - copied));
        for (const char32_t c : *cps) append_utf8(res, c);
        copied = e;
        at = e - 1;
    }
    if (copied == 0) return false;
    res.append(text.substr(copied));
    out = std::move(res);
    return true;
}

}  // namespace winnow::detail
