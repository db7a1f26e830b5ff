// Byte shapes that outweigh a label or a decoder's verdict (see charset_evidence.hpp).
#include "charset_evidence.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace winnow::detail {
namespace {

using uchar = unsigned char;

bool ieq_at(std::string_view s, std::size_t at, std::string_view lower_word) {
    if (at + lower_word.size() > s.size()) return false;
    for (std::size_t k = 0; k < lower_word.size(); ++k) {
        char c = s[at + k];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != lower_word[k]) return false;
    }
    return true;
}

// Some byte of the run is 0x80 or above: read eight bytes at a time.
bool holds_high_byte(std::string_view run) {
    std::size_t i = 0;
    for (; i + 8 <= run.size(); i += 8) {
        std::uint64_t x;
        std::memcpy(&x, run.data() + i, 8);
        if (x & 0x8080808080808080ULL) return true;
    }
    for (; i < run.size(); ++i)
        if (static_cast<uchar>(run[i]) >= 0x80) return true;
    return false;
}

bool ascii_letter(uchar c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Typography a word processor writes in windows-1252: quotation marks, dashes, ellipsis,
// bullet, guillemets, no-break space.
bool cp1252_typography(uchar b) {
    return b == 0x82 || b == 0x84 || b == 0x85 || b == 0x8B || (b >= 0x91 && b <= 0x97) || b == 0x9B ||
           b == 0xA0 || b == 0xAB || b == 0xBB;
}

}  // namespace

// UTF-16 without a byte order mark: markup and Latin text make every other byte a NUL, on
// the odd side for little-endian and the even side for big-endian, beside a printable ASCII
// or Latin-1 byte; the other side almost never holds a NUL. Binary data has NULs too, but
// beside controls. Judged on the head; "" when the bytes do not have that shape.
//
// NULs at one parity are not enough: HTML or text with stray NULs (a field padded with NULs,
// a UTF-16 fragment pasted into ASCII) can have them too, and read as UTF-16 it turns into
// CJK ideographs, each made of two ASCII bytes. So the rest must agree: markup that reads as
// markup only as UTF-16 ('<' then a NUL), never as single bytes ('<' then a letter), and
// without markup, more units with a NUL than units of two ASCII bytes (a Latin, Cyrillic or
// Greek text in UTF-16 has next to none of those; Chinese or Japanese beside Latin has some).
std::string_view utf16_without_bom(std::string_view bytes) {
    const std::string_view head = bytes.substr(0, std::min<std::size_t>(bytes.size(), 1024) & ~std::size_t{1});
    if (head.size() < 16 || std::memchr(head.data(), 0, head.size()) == nullptr) return {};
    // The low byte of U+0000-00FF text: printable ASCII, whitespace, Latin-1 (no controls).
    auto text_byte = [](char ch) {
        const auto c = static_cast<uchar>(ch);
        return (c >= 0x20 && c < 0x7F) || c >= 0xA0 || c == '\n' || c == '\r' || c == '\t';
    };
    auto ascii_text = [](char ch) {
        const auto c = static_cast<uchar>(ch);
        return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t';
    };
    // What may follow '<' in a tag: a letter, '/', '!' or '?'.
    auto tag_start = [](char ch) {
        const auto c = static_cast<uchar>(ch);
        return ascii_letter(c) || c == '/' || c == '!' || c == '?';
    };
    // The high byte of U+0100-1FFF (Greek, Cyrillic, Hebrew, Arabic, Indic, Thai...): a
    // control as a single byte, which text does not hold.
    auto alphabet_high = [](char ch) { return ch != '\0' && static_cast<uchar>(ch) < 0x20; };
    std::size_t even = 0, odd = 0, le_text = 0, be_text = 0, le_script = 0, be_script = 0, pairs = 0;
    for (std::size_t i = 0; i < head.size(); i += 2) {
        even += head[i] == '\0';
        odd += head[i + 1] == '\0';
        le_text += head[i + 1] == '\0' && text_byte(head[i]);
        be_text += head[i] == '\0' && text_byte(head[i + 1]);
        le_script += alphabet_high(head[i + 1]);
        be_script += alphabet_high(head[i]);
        // Two ASCII bytes in one unit; '0' (0x30) on either side may be a kana's high byte.
        pairs += ascii_text(head[i]) && ascii_text(head[i + 1]) && head[i] != '0' && head[i + 1] != '0';
    }
    std::size_t single_tags = 0, le_tags = 0, be_tags = 0;
    for (std::size_t i = 0; i + 1 < head.size(); ++i) {
        if (head[i] != '<') continue;
        single_tags += tag_start(head[i + 1]);
        if (i + 3 < head.size() && head[i + 1] == '\0' && tag_start(head[i + 2]) && head[i + 3] == '\0') {
            le_tags += i % 2 == 0;
            be_tags += i % 2 == 1 && head[i - 1] == '\0';
        }
    }
    const std::size_t units = head.size() / 2;
    // Nearly every NUL beside text and the other side clean; then markup that reads as UTF-16
    // (and not as single bytes), or else three units in ten Latin-1 text or letters of an
    // alphabet, one in twenty at least with its NUL (spaces, digits, punctuation), and more
    // of those than units of two ASCII bytes.
    auto shape = [&](std::size_t nuls, std::size_t text, std::size_t script, std::size_t other, std::size_t tags) {
        if ((nuls - text) * 50 > units || other * 50 > units) return false;
        if (single_tags > 0 && single_tags >= tags) return false;   // single-byte markup
        if (tags >= 2) return true;
        const std::size_t letters = text + script;
        return letters * 10 >= units * 3 && text * 20 >= units && letters > 2 * pairs;
    };
    if (shape(odd, le_text, le_script, even, le_tags)) return "utf-16le";
    if (shape(even, be_text, be_script, odd, be_tags)) return "utf-16be";
    return {};
}

// Chinese, Japanese or Korean text in UTF-16 has few NULs or none (a space, a line end), so the
// NUL shape above misses it. Its code units say it instead: most of them in one script's blocks
// (ideographs and kana, or Hangul, with the CJK punctuation and full-width forms both use), nearly
// all the rest ASCII, Latin-1 or general punctuation, for one byte order and not the other. Each
// such unit is two bytes, one of them uniform: a fair share of units hold a byte under 0x40,
// which no double-byte legacy charset (Shift_JIS, GBK, Big5, EUC) puts in a character; the caller
// also checks that none of those reads the bytes cleanly. ASCII read as UTF-16 is all ideographs
// ("ab" is U+6261): bytes that are nine in ten printable ASCII are not taken. Random binary data
// has some 43% of its units in those blocks.
std::string_view utf16_cjk_without_bom(std::string_view bytes) {
    const std::string_view head = bytes.substr(0, std::min<std::size_t>(bytes.size(), 1024) & ~std::size_t{1});
    const std::size_t units = head.size() / 2;
    if (units < 16) return {};
    std::size_t printable = 0;
    for (const char ch : head) {
        const auto c = static_cast<uchar>(ch);
        printable += (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t';
    }
    if (printable * 10 >= head.size() * 9) return {};
    auto judge = [&](bool big_endian) {
        std::size_t han = 0, hangul = 0, neutral = 0, han_low = 0, hangul_low = 0;
        for (std::size_t i = 0; i < head.size(); i += 2) {
            const auto hi = static_cast<uchar>(head[i + (big_endian ? 0 : 1)]);
            const auto lo = static_cast<uchar>(head[i + (big_endian ? 1 : 0)]);
            const unsigned u = (unsigned{hi} << 8) | lo;
            const bool low = hi < 0x40 || lo < 0x40;
            if ((u >= 0x20 && u < 0x7F) || u == '\n' || u == '\r' || u == '\t' || (u >= 0xA0 && u <= 0xFF) ||
                (u >= 0x2000 && u <= 0x206F)) {
                ++neutral;
            } else if ((u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF)) {
                ++han, ++hangul, han_low += low, hangul_low += low;
            } else if ((u >= 0x3040 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF)) {
                ++han, han_low += low;
            } else if ((u >= 0xAC00 && u <= 0xD7A3) || (u >= 0x3130 && u <= 0x318F)) {
                ++hangul, hangul_low += low;
            }
        }
        auto one_script = [&](std::size_t script, std::size_t low) {
            return script * 10 >= units * 6 && (script + neutral) * 20 >= units * 19 && low * 8 >= script;
        };
        return one_script(han, han_low) || one_script(hangul, hangul_low);
    };
    const bool le = judge(false), be = judge(true);
    if (le == be) return {};
    return le ? "utf-16le" : "utf-16be";
}

// HTML with stray NULs (a field padded with NULs, a fragment pasted from UTF-16) is still a
// page: its tags read as single-byte markup. Binary data may hold a '<' by chance, not tags
// ('<' then a letter or '/') at a rate of one in 64 bytes; NUL-padded archives have no tags.
bool nuls_amid_markup(std::string_view head) {
    std::size_t tags = 0, nuls = 0;
    for (std::size_t i = 0; i < head.size(); ++i) {
        nuls += head[i] == '\0';
        if (head[i] == '<' && i + 1 < head.size())
            tags += ascii_letter(static_cast<uchar>(head[i + 1])) || head[i + 1] == '/';
    }
    return tags >= 2 && tags * 64 >= head.size() && nuls * 3 < head.size();
}

// A Western label (windows-1252, ISO-8859-1/15) over text whose letters are mostly non-ASCII:
// no language written in those code pages has more accented letters than plain ones (dense
// French or Icelandic stays under a third), while Cyrillic, Greek or CJK bytes read as
// windows-1252 are nearly all high bytes. Counted outside tags.
bool western_label_refuted(std::string_view bytes, std::string_view label) {
    if (label != "windows-1252" && label != "iso-8859-15") return false;
    std::size_t high = 0, ascii = 0;
    const std::string_view window = bytes.substr(0, 64 * 1024);
    const char* const s = window.data();
    const std::size_t n = window.size();
    // Inside a tag nothing counts and only a '>' ends it (a '<' there changes nothing): the
    // tag's bytes are passed over by memchr, not read one by one (most of a page's bytes).
    for (std::size_t i = 0; i < n; ++i) {
        const auto c = static_cast<uchar>(s[i]);
        if (c == '<') {
            const void* close = std::memchr(s + i + 1, '>', n - i - 1);
            if (close == nullptr) break;
            i = static_cast<std::size_t>(static_cast<const char*>(close) - s);
        } else if (c >= 0x80) {
            ++high;
        } else if (ascii_letter(c)) {
            ++ascii;
        }
    }
    return high >= 32 && high > ascii;
}

// Detection statistics are about the language's letters: markup is ASCII that every candidate
// reads alike and only dilutes the counts (uchardet's cost is per byte fed, and tags, scripts
// and styles are most of a page's bytes). A raw-bytes element (script, style) is skipped to the
// first "</script" or "</style" after it.
std::string detection_text(std::string_view s) {
    std::string out;
    out.reserve(s.size() / 2);
    bool high = false;
    const std::size_t n = s.size();
    std::size_t i = 0;
    while (i < n) {
        const std::size_t lt = s.find('<', i);
        const std::size_t run_end = lt == std::string_view::npos ? n : lt;
        const std::string_view run = s.substr(i, run_end - i);
        high = high || holds_high_byte(run);
        out.append(run);
        if (lt == std::string_view::npos) break;
        if (s.compare(lt, 4, "<!--") == 0) {
            const std::size_t e = s.find("-->", lt + 4);
            if (e == std::string_view::npos) break;
            i = e + 3;
            out += ' ';
            continue;
        }
        const bool raw = ieq_at(s, lt, "<script") || ieq_at(s, lt, "<style");
        const std::size_t gt = s.find('>', lt);
        if (gt == std::string_view::npos) break;
        i = gt + 1;
        if (raw) {
            for (std::size_t j = i;;) {
                const std::size_t close = s.find("</", j);
                if (close == std::string_view::npos) { i = n; break; }
                if (ieq_at(s, close, "</script") || ieq_at(s, close, "</style")) { i = close; break; }
                j = close + 2;
            }
        }
        out += ' ';
    }
    if (!high) out.clear();
    return out;
}

std::string_view detection_sample(std::string_view bytes, std::string& text) {
    const std::string_view window = bytes.substr(0, 256 * 1024);
    text = detection_text(window);
    return text.empty() ? window : std::string_view(text);
}

// A CMS that pastes text from a windows-1252 editor into a UTF-8 page leaves single bytes in
// it: typography next to ASCII, and Latin-1 letters inside ASCII words ("caf\xE9 "). Such a
// byte is an ill-formed subpart of one byte on its own; read it as windows-1252 when it has that
// shape. Truncated and overlong sequences, stray continuation bytes that are no typography and
// runs of stray bytes stay U+FFFD.
bool pasted_cp1252(const uchar* p, std::size_t n, std::size_t at) {
    const uchar b = p[at];
    const uchar prev = at > 0 ? p[at - 1] : ' ';
    const uchar next = at + 1 < n ? p[at + 1] : 0;
    if (cp1252_typography(b)) return prev < 0x80 || (next != 0 && next < 0x80);
    const bool latin1_letter = b >= 0xC0 && b != 0xD7 && b != 0xF7;
    const bool word_start = prev == ' ' || prev == '\n' || prev == '>' || prev == '(' || prev == '"' || prev == '\'';
    return latin1_letter && next != 0 && next < 0x80 && (ascii_letter(prev) || (word_start && ascii_letter(next)));
}

}  // namespace winnow::detail
