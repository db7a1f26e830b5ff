// UTF-8 read as GBK (see mojibake_gbk.hpp). Two UTF-8 ideographs (E4-E9 lead, two continuation
// bytes 80-BF) read in GBK as three characters: the lead with a continuation byte, a
// continuation byte with the next lead, two continuation bytes. A GBK character with a
// continuation byte (80-BF) for its second byte, or for its first, lies outside GB2312's common
// hanzi (GBK's extension areas, its symbols, bopomofo): the damage is a run of rare characters
// that GBK's bytes of read whole as UTF-8. Written right, Chinese in GBK is common hanzi (leads
// B0-F7, trails A1-FE), which read as UTF-8 break at once. Only runs of two or more ideographs
// are looked at (a byte test first: text without a 3-byte lead has none). There each character's
// GBK bytes are read as UTF-8 from a character boundary on; a stretch that decodes whole into
// three or more CJK characters (Hangul too) with an ideograph or a syllable, ends on a character boundary and held a
// character outside GB2312's hanzi and kana in each group of three is replaced. Such a stretch
// opens on one of 1,024 rarer ideographs (mojibake_gbk_opener.hpp): a run is converted only from
// its first one on, and in one iconv call (a call per character cost 17% of a Chinese page).
#include "mojibake_gbk.hpp"

#include <cstdint>
#include <span>
#include <vector>

#include "charset_tables.hpp"
#include "iconv_handle.hpp"
#include "mojibake_gbk_opener.hpp"
#include "mojibake_reread.hpp"

namespace winnow::detail {
namespace {

bool ideograph(char32_t c) { return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF); }
bool kana(char32_t c) { return c >= 0x3041 && c <= 0x30FF; }
bool hangul(char32_t c) { return c >= 0xAC00 && c <= 0xD7A3; }
bool cjk(char32_t c) { return ideograph(c) || kana(c) || hangul(c) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E); }

// Whether a character's GBK bytes lie outside GB2312's hanzi (lead B0-F7, trail A1-FE) and its
// kana (lead A4, A5: Japanese written right is full of them).
bool rare(const unsigned char* b, std::size_t n) {
    if (n == 2 && (b[0] == 0xA4 || b[0] == 0xA5) && b[1] >= 0xA1) return false;
    return n != 2 || b[0] < 0xB0 || b[0] > 0xF7 || b[1] < 0xA1;
}

// Whether text has two 3-byte UTF-8 characters in a row (a byte test before any decoding).
bool two_wide(std::string_view t) {
    for (std::size_t i = 0; i + 5 < t.size(); ++i) {
        const auto c = static_cast<unsigned char>(t[i]);
        if (c >= 0xE0 && c <= 0xEF && static_cast<unsigned char>(t[i + 3]) >= 0xE0 && static_cast<unsigned char>(t[i + 3]) <= 0xEF) return true;
    }
    return false;
}

// Whether text holds an opener: a byte test on the leads of U+4E00-U+9FFF (E4-E9), before the
// text is split into characters. Genuine Chinese, Japanese, Korean text seldom holds one (GB2312's
// rarer hanzi, GBK's extension), so most texts are done here, without opening a converter.
bool has_opener(std::string_view t) {
    const auto* b = reinterpret_cast<const unsigned char*>(t.data());
    for (std::size_t i = 0; i + 2 < t.size(); ++i) {
        if (b[i] < 0xE4 || b[i] > 0xE9 || (b[i + 1] & 0xC0) != 0x80 || (b[i + 2] & 0xC0) != 0x80) continue;
        if (gbk_opener(static_cast<char32_t>(((b[i] & 0x0F) << 12) | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F)))) return true;
    }
    return false;
}

// The GBK bytes of a run of characters of text, and the offset each character's bytes start at,
// up to the first character GBK lacks: how many characters that is. Converted in one call and
// split by GBK's byte shape (a lead 81-FE takes a trail byte; 80, the euro sign, stands alone);
// should iconv have read the run otherwise, a character at a time.
std::size_t encode_run(const IconvHandle& h, std::string_view text, std::span<const CharSpan> run, std::vector<unsigned char>& bytes,
                       std::vector<std::size_t>& start) {
    const std::size_t base = run.front().from;
    const std::size_t used = convert_run(h, text.substr(base, run.back().to - base), bytes);
    std::size_t count = 0, i = 0;
    while (count < run.size() && run[count].to - base <= used) ++count;
    for (std::size_t k = 0; k < count && i < bytes.size(); ++k) {
        start.push_back(i);
        i += bytes[i] >= 0x81 ? 2 : 1;
    }
    if ((count == 0 || run[count - 1].to - base == used) && start.size() == count && i == bytes.size()) return count;
    bytes.clear();
    start.clear();
    for (count = 0; count < run.size(); ++count) {
        unsigned char b[4];
        const std::size_t n = convert_char(h, text.substr(run[count].from, run[count].to - run[count].from), b);
        if (n == 0) break;
        start.push_back(bytes.size());
        bytes.insert(bytes.end(), b, b + n);
    }
    return count;
}

}  // namespace

bool repair_gbk_mojibake(std::string_view text, std::string& out) {
    if (!two_wide(text) || !has_opener(text)) return false;
    const std::vector<CharSpan> chars = char_spans(text);
    const IconvHandle h("GBK", "UTF-8");
    if (!h.ok()) return false;
    std::string result;
    std::size_t copied = 0;
    bool any = false;
    std::vector<unsigned char> bytes;
    std::vector<std::size_t> start;
    std::vector<bool> odd;  // per character: outside GB2312's hanzi
    for (std::size_t s = 0; s < chars.size();) {
        // A run of non-ASCII characters (UTF-8's bytes are all high; what they read as in GBK is
        // hanzi, bopomofo, kana, symbols).
        std::size_t e = s;
        while (e < chars.size() && chars[e].cp >= 0x80) ++e;
        if (e - s < 3) {
            s = e == s ? s + 1 : e;
            continue;
        }
        // Only an opener's bytes start a stretch, and a stretch reads on to the right: the run is
        // converted from its first opener on, to the end or to a character GBK lacks (what follows
        // that one is read as a run of its own).
        std::size_t p = s;
        while (p < e && !gbk_opener(chars[p].cp)) ++p;
        if (p == e) {
            s = e;
            continue;
        }
        bytes.clear();
        start.clear();
        odd.clear();
        const std::size_t end = p + encode_run(h, text, std::span<const CharSpan>(chars).subspan(p, e - p), bytes, start);
        for (std::size_t k = 0; k < start.size(); ++k)
            odd.push_back(rare(bytes.data() + start[k], (k + 1 < start.size() ? start[k + 1] : bytes.size()) - start[k]));
        start.push_back(bytes.size());
        for (std::size_t a = 0; a + 1 < start.size();) {
            // A stretch read as UTF-8 from a character's first byte opens on a 3-byte lead.
            if (bytes[start[a]] < 0xE0 || bytes[start[a]] > 0xEF) {
                ++a;
                continue;
            }
            // Read back as far as it goes; a repair needs Han or Hangul in what it read.
            const Reread r = longest_reread(bytes, start, a, cjk, [](char32_t cp) { return ideograph(cp) || hangul(cp); });
            const std::size_t good_end = r.end;
            // The damaged stretch: a rare character in each group of three.
            std::size_t rare_count = 0;
            for (std::size_t q = a; q < good_end; ++q) rare_count += odd[q];
            if (good_end > a && r.chars >= 3 && r.flagged && rare_count * 3 >= good_end - a) {
                result.append(text.substr(copied, chars[p + a].from - copied));
                result += r.text;
                copied = chars[p + good_end - 1].to;
                any = true;
                a = good_end;
            } else {
                ++a;
            }
        }
        s = end < e ? end + 1 : e;
    }
    if (!any) return false;
    result.append(text.substr(copied));
    out = std::move(result);
    return true;
}

}  // namespace winnow::detail
