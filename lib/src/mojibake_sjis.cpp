// UTF-8 read as Shift_JIS (see mojibake_sjis.hpp). A UTF-8 sequence of Japanese (E3-E9 lead,
// two continuation bytes 80-BF) reads in cp932 as a kanji of the lead byte and the first
// continuation byte, then a half-width katakana (A1-DF) or the lead of the next kanji: the
// damage is rare kanji interleaved with half-width katakana, which Japanese written right
// hardly ever puts side by side. Kana's and Japanese punctuation's lead (E3 80-83) reads as one
// of four rare kanji ("縲", "縺", "繧", "繝"), so damaged Japanese holds them even where no
// half-width katakana fell. Only text holding a half-width katakana or one of those kanji is
// looked at (a byte search; most text has none). There each character's cp932 bytes are read
// as UTF-8 from a character boundary on; a stretch that decodes whole, ends on a character
// boundary, holds such a marker and reads as two or more Japanese characters with a kana
// among them (script consistency: the repair must be Japanese text) is replaced.
#include "mojibake_sjis.hpp"

#include <iconv.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "charset_tables.hpp"

namespace winnow::detail {
namespace {

// The code point at text[i] (text is valid UTF-8, as the Unicode stage gets it); i moves past it.
char32_t next_cp(std::string_view t, std::size_t& i) {
    const auto c = static_cast<unsigned char>(t[i]);
    const std::size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? c : c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < len && i + k < t.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(t[i + k]) & 0x3F);
    i = std::min(t.size(), i + len);
    return cp;
}

bool halfwidth_kana(char32_t c) { return c >= 0xFF61 && c <= 0xFF9F; }
bool kanji(char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }
bool kana(char32_t c) { return c >= 0x3041 && c <= 0x30FF; }
bool japanese(char32_t c) { return kana(c) || kanji(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E); }

// The kanji cp932 reads UTF-8's lead of kana and Japanese punctuation as (E3 80-83: "縲", "縺",
// "繧", "繝"): rare in Japanese written right, in damaged kana text at every other kana.
bool kana_lead_kanji(char32_t c) { return c == 0x7E32 || c == 0x7E3A || c == 0x7E67 || c == 0x7E5D; }
// What marks the damage: a half-width katakana or a kana lead's kanji.
bool marker(char32_t c) { return halfwidth_kana(c) || kana_lead_kanji(c); }

// Whether text holds a half-width katakana (UTF-8 EF BD A1-BF, EF BE 80-9F) or a kana lead's
// kanji (E7 B8 B2, E7 B8 BA, E7 B9 9D, E7 B9 A7).
bool has_marker(std::string_view t) {
    for (std::size_t p = t.find('\xEF'); p != std::string_view::npos && p + 2 < t.size(); p = t.find('\xEF', p + 1)) {
        const auto b1 = static_cast<unsigned char>(t[p + 1]), b2 = static_cast<unsigned char>(t[p + 2]);
        if ((b1 == 0xBD && b2 >= 0xA1) || (b1 == 0xBE && b2 <= 0x9F)) return true;
    }
    for (std::size_t p = t.find('\xE7'); p != std::string_view::npos && p + 2 < t.size(); p = t.find('\xE7', p + 1)) {
        const auto b1 = static_cast<unsigned char>(t[p + 1]), b2 = static_cast<unsigned char>(t[p + 2]);
        if ((b1 == 0xB8 && (b2 == 0xB2 || b2 == 0xBA)) || (b1 == 0xB9 && (b2 == 0x9D || b2 == 0xA7))) return true;
    }
    return false;
}

struct Closer {
    iconv_t cd;
    ~Closer() {
        if (cd != reinterpret_cast<iconv_t>(-1)) iconv_close(cd);
    }
};

// cp932 bytes of one character (1 or 2), or 0 when cp932 has none.
std::size_t to_cp932(iconv_t cd, std::string_view utf8, unsigned char out[4]) {
    char* in = const_cast<char*>(utf8.data());
    std::size_t in_left = utf8.size(), out_left = 4;
    char* o = reinterpret_cast<char*>(out);
    iconv(cd, nullptr, nullptr, nullptr, nullptr);
    if (iconv(cd, &in, &in_left, &o, &out_left) == static_cast<std::size_t>(-1)) return 0;
    return 4 - out_left;
}

// One UTF-8 sequence of 2-4 bytes at b[i] (well-formed, no overlong, no surrogate): its code
// point and length, or length 0.
std::size_t utf8_at(const std::vector<unsigned char>& b, std::size_t i, char32_t& cp) {
    const unsigned char c = b[i];
    const std::size_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    if (!len || i + len > b.size()) return 0;
    cp = c & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < len; ++k) {
        if ((b[i + k] & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (b[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

}  // namespace

bool repair_sjis_mojibake(std::string_view text, std::string& out) {
    if (!has_marker(text)) return false;
    // Characters with their byte ranges in text and their cp932 bytes (none for ASCII and for
    // characters cp932 lacks: a run stops there).
    struct Ch {
        std::uint32_t from, to;
        char32_t cp;
    };
    std::vector<Ch> chars;
    for (std::size_t i = 0; i < text.size();) {
        const std::size_t from = i;
        const char32_t cp = next_cp(text, i);
        chars.push_back({static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(i), cp});
    }
    Closer h{iconv_open("CP932", "UTF-8")};
    if (h.cd == reinterpret_cast<iconv_t>(-1)) return false;
    std::string result;
    std::size_t copied = 0;  // bytes of text already in result
    bool any = false;
    for (std::size_t s = 0; s < chars.size();) {
        // A run of non-ASCII characters (UTF-8's bytes are all high; what they read as in cp932
        // is kanji, half-width katakana, kana, symbols).
        std::size_t e = s;
        bool half = false;
        while (e < chars.size() && chars[e].cp >= 0x80) {
            half = half || marker(chars[e].cp);
            ++e;
        }
        if (e - s < 2 || !half) {
            s = e == s ? s + 1 : e;
            continue;
        }
        // The run's cp932 bytes, with the byte offset each character starts at.
        std::vector<unsigned char> bytes;
        std::vector<std::size_t> start;  // per character of the run, plus the end
        bool encodable = true;
        for (std::size_t k = s; k < e && encodable; ++k) {
            unsigned char b[4];
            const std::size_t n = to_cp932(h.cd, text.substr(chars[k].from, chars[k].to - chars[k].from), b);
            encodable = n > 0;
            start.push_back(bytes.size());
            bytes.insert(bytes.end(), b, b + n);
        }
        start.push_back(bytes.size());
        if (!encodable) {
            s = e;
            continue;
        }
        // From each character boundary, the longest stretch that reads as UTF-8 and ends on one.
        for (std::size_t a = 0; a + 1 < start.size();) {
            std::size_t i = start[a], good_end = 0, good_chars = 0;
            std::string decoded, good;
            bool has_kana = false, good_kana = false;
            std::size_t count = 0;
            std::size_t k = a;
            while (i < bytes.size()) {
                char32_t cp = 0;
                const std::size_t len = utf8_at(bytes, i, cp);
                if (!len || !japanese(cp)) break;
                i += len;
                append_utf8(decoded, cp);
                ++count;
                has_kana = has_kana || kana(cp);
                while (k < start.size() && start[k] < i) ++k;
                if (k < start.size() && start[k] == i) good_end = k, good_chars = count, good = decoded, good_kana = has_kana;
            }
            bool half_in = false;
            for (std::size_t q = a; q < good_end; ++q) half_in = half_in || marker(chars[s + q].cp);
            if (good_end > a && good_chars >= 2 && good_kana && half_in) {
                result.append(text.substr(copied, chars[s + a].from - copied));
                result += good;
                copied = chars[s + good_end - 1].to;
                any = true;
                a = good_end;
            } else {
                ++a;
            }
        }
        s = e;
    }
    if (!any) return false;
    result.append(text.substr(copied));
    out = std::move(result);
    return true;
}

}  // namespace winnow::detail
