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

#include <algorithm>
#include <cstdint>
#include <vector>

#include "charset_tables.hpp"
#include "iconv_handle.hpp"
#include "mojibake_reread.hpp"

namespace winnow::detail {
namespace {

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

}  // namespace

bool repair_sjis_mojibake(std::string_view text, std::string& out) {
    if (!has_marker(text)) return false;
    // Characters with their byte ranges in text and their cp932 bytes (none for ASCII and for
    // characters cp932 lacks: a run stops there).
    const std::vector<CharSpan> chars = char_spans(text);
    const IconvHandle h("CP932", "UTF-8");
    if (!h.ok()) return false;
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
            const std::size_t n = convert_char(h, text.substr(chars[k].from, chars[k].to - chars[k].from), b);
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
            const Reread r = longest_reread(bytes, start, a, japanese, kana);
            const std::size_t good_end = r.end;
            bool half_in = false;
            for (std::size_t q = a; q < good_end; ++q) half_in = half_in || marker(chars[s + q].cp);
            if (good_end > a && r.chars >= 2 && r.flagged && half_in) {
                result.append(text.substr(copied, chars[s + a].from - copied));
                result += r.text;
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
