// Mojibake repair. The damage is byte-exact: every character of a UTF-8 sequence became the
// windows-1252 character of one of its bytes. So a candidate is a lead character (Â-ô, the
// bytes C2-F4) followed by the right number of characters whose windows-1252 bytes are
// continuation bytes (80-BF); re-encoding them must give well-formed UTF-8. That validity
// test is the main guard ("SÃO" is 53 C3 4F: ill-formed, untouched); a plausibility check
// on the decoded character and its neighbours rejects the rare legitimate look-alikes.
#include <algorithm>
#include <array>
#include "mojibake.hpp"

#include <utf8proc.h>

#include <cctype>
#include <cstring>
#include <vector>

#include "charset_tables.hpp"

namespace winnow::detail {
namespace {

struct Candidate {
    std::size_t pos = 0;     // index of the lead character
    std::size_t len = 0;     // characters consumed (2-4)
    char32_t cp = 0;         // repaired character
    bool strong = false;
    bool lost_byte = false;  // guessed from a lead whose continuation byte was dropped
};

int category(char32_t cp) { return utf8proc_category(static_cast<utf8proc_int32_t>(cp)); }
bool is_upper(char32_t cp) { return category(cp) == UTF8PROC_CATEGORY_LU || category(cp) == UTF8PROC_CATEGORY_LT; }
bool is_lower(char32_t cp) { return category(cp) == UTF8PROC_CATEGORY_LL; }
bool is_letter_or_mark(char32_t cp) {
    const int c = category(cp);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
}

// Characters no real text is made of; a "repair" producing them is a false one.
bool implausible(char32_t cp) {
    const int c = category(cp);
    if (c == UTF8PROC_CATEGORY_CN || c == UTF8PROC_CATEGORY_CO || c == UTF8PROC_CATEGORY_CS ||
        c == UTF8PROC_CATEGORY_CC)
        return true;
    // Syriac, Thaana, NKo: what "ß"/"Þ"/"Ü" + a symbol would decode to; real mojibake of
    // these scripts is far rarer than German or Icelandic text next to a quote mark.
    return cp >= 0x0700 && cp <= 0x07FF;
}

// The byte a character was decoded from: windows-1252, or ISO-8859-1 for the C1 controls a
// Latin-1 decoder makes of 80-9F ("Ð\u009F" is "П" read as Latin-1).
int byte_of(char32_t cp) {
    if (cp >= 0x80 && cp <= 0x9F) return static_cast<int>(cp);
    return unicode_to_cp1252(cp);
}

// True when the character stands for a UTF-8 continuation byte (80-BF).
bool is_continuation(char32_t cp) {
    const int b = byte_of(cp);
    return b >= 0x80 && b <= 0xBF;
}

// Finds candidates left to right in cps.
void find_candidates(const std::vector<char32_t>& cps, std::vector<Candidate>& out) {
    const std::size_t n = cps.size();
    for (std::size_t i = 0; i < n;) {
        const char32_t lead = cps[i];
        if (lead < 0xC2 || lead > 0xF4) { ++i; continue; }
        const std::size_t len = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (i + len > n && !(lead == 0xE2 && i + 2 == n)) { ++i; continue; }
        unsigned char bytes[4] = {static_cast<unsigned char>(lead), 0, 0, 0};
        bool ok = true;
        for (std::size_t k = 1; k < len && ok; ++k) {
            if (i + k >= n) {
                ok = false;
                break;
            }
            const int b = byte_of(cps[i + k]);
            ok = b >= 0x80 && b <= 0xBF;
            bytes[k] = static_cast<unsigned char>(b);
        }
        if (!ok) {
            // "â€" + a dropped byte: the lost third byte was one windows-1252 leaves undefined
            // (81 8D 8F 90 9D), and decoders that drop those lose it. Of the characters they
            // complete (U+2001, ZWJ, RLM, U+2010, U+201D) only the closing quote is common.
            // An HTML parser may have put U+FFFD where the byte was: it goes with the repair.
            const bool lost_byte = lead == 0xE2 && len == 3 && byte_of(cps[i + 1]) == 0x80 &&
                                   (i + 2 >= n || !is_continuation(cps[i + 2]));
            if (lost_byte) {
                const std::size_t used = i + 2 < n && cps[i + 2] == kReplacement ? 3 : 2;
                out.push_back(Candidate{i, used, 0x201D, true, false});
                i += used;
                continue;
            }
            // "Ñ" + a dropped byte inside Cyrillic mojibake ("Ð²Ð°Ñ" for "вас"): of the
            // letters whose second byte is undefined in windows-1252 (с э я ѐ ѝ) "с" is by far
            // the most frequent. Kept only when it touches other mojibake (see below).
            if (lead == 0xD1 && (i + 1 >= n || !is_continuation(cps[i + 1]))) {
                const std::size_t used = i + 1 < n && cps[i + 1] == kReplacement ? 2 : 1;
                out.push_back(Candidate{i, used, 0x0441, false, true});
                i += used;
                continue;
            }
            ++i;
            continue;
        }
        std::size_t used = 0;
        const char32_t cp = next_utf8(bytes, len, used);
        if (used != len || cp == kReplacement || implausible(cp)) { ++i; continue; }
        Candidate c{i, len, cp, false};
        // "ÂÂÂ¼": every round of UTF-8-read-as-cp1252 put one more "Â" before a character of
        // U+00A0-00BF, and undoing one layer gives the same "Â" + character back. The whole
        // run is repaired at once (a round per layer would leave long runs half done).
        if (lead == 0xC2 && cp >= 0xA0 && cp <= 0xBF) {
            const std::size_t floor = out.empty() ? 0 : out.back().pos + out.back().len;
            std::size_t start = i;
            while (start > floor && cps[start - 1] == 0xC2) --start;
            if (start < i) {
                c.pos = start;
                c.len += i - start;
                c.strong = true;
            }
        }
        if (len > 2) {
            c.strong = true;   // two or three symbols after an accented letter: never real text
        } else {
            const char32_t cont = cps[i + 1];
            const char32_t prev = i > 0 ? cps[i - 1] : 0;
            const char32_t next = i + 2 < n ? cps[i + 2] : 0;
            // A C1 control in text is damage by itself.
            if (cont >= 0x80 && cont <= 0x9F) c.strong = true;
            // "Â" + symbol is the classic damage of U+00A0-00BF (no real word ends in "Â"
            // before such a symbol), "Ã" + symbol that of U+00C0-00FF unless it ends an
            // upper-case word ("IRMÃ”" is Portuguese before a quote mark).
            else if (lead == 0xC2 || (lead == 0xC3 && !(is_upper(prev) && !is_letter_or_mark(next)))) c.strong = true;
            // Inside a lower-case word ("wÅ‚asny", "faÈ™a").
            else if (is_lower(prev) && is_letter_or_mark(next)) c.strong = true;
        }
        out.push_back(c);
        i += len;
    }
    // Runs of sequences ("ÐŸÑ€Ð¸") are unambiguous even when each pair alone is not.
    for (std::size_t k = 0; k + 1 < out.size(); ++k) {
        if (out[k].pos + out[k].len == out[k + 1].pos) out[k].strong = out[k + 1].strong = true;
    }
    // A lost-byte guess needs a real sequence right before or after it.
    std::erase_if(out, [&](const Candidate& c) {
        if (!c.lost_byte) return false;
        const auto it = std::find_if(out.begin(), out.end(), [&](const Candidate& o) {
            return !o.lost_byte && (o.pos + o.len == c.pos || c.pos + c.len == o.pos);
        });
        return it == out.end();
    });
}

// The same damage through windows-1251 ("РџСЂРёРІРµС‚" for "Привет"): bytes 80-BF are the
// punctuation and rarer letters below, C0-FF are А-я. Legitimate Cyrillic text re-encodes to
// ill-formed UTF-8 almost always, and only runs of two or more sequences (or one of three or
// four bytes) are taken, so a lone "Рі" of Ukrainian "Рік" stays.
constexpr std::array<char32_t, 64> kCp1251High = {
    0x0402, 0x0403, 0x201A, 0x0453, 0x201E, 0x2026, 0x2020, 0x2021,
    0x20AC, 0x2030, 0x0409, 0x2039, 0x040A, 0x040C, 0x040B, 0x040F,
    0x0452, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
    0x0098, 0x2122, 0x0459, 0x203A, 0x045A, 0x045C, 0x045B, 0x045F,
    0x00A0, 0x040E, 0x045E, 0x0408, 0x00A4, 0x0490, 0x00A6, 0x00A7,
    0x0401, 0x00A9, 0x0404, 0x00AB, 0x00AC, 0x00AD, 0x00AE, 0x0407,
    0x00B0, 0x00B1, 0x0406, 0x0456, 0x0491, 0x00B5, 0x00B6, 0x00B7,
    0x0451, 0x2116, 0x0454, 0x00BB, 0x0458, 0x0405, 0x0455, 0x0457};

int cp1251_byte(char32_t cp) {
    if (cp < 0x80) return static_cast<int>(cp);
    if (cp >= 0x0410 && cp <= 0x044F) return static_cast<int>(0xC0 + (cp - 0x0410));
    for (std::size_t i = 0; i < kCp1251High.size(); ++i)
        if (kCp1251High[i] == cp) return static_cast<int>(0x80 + i);
    return -1;
}

void find_cp1251_candidates(const std::vector<char32_t>& cps, std::vector<Candidate>& out) {
    const std::size_t n = cps.size();
    for (std::size_t i = 0; i < n;) {
        const int lead = cp1251_byte(cps[i]);
        if (lead < 0xC2 || lead > 0xF4) { ++i; continue; }
        const std::size_t len = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
        if (i + len > n) { ++i; continue; }
        unsigned char bytes[4] = {static_cast<unsigned char>(lead), 0, 0, 0};
        bool ok = true;
        for (std::size_t k = 1; k < len && ok; ++k) {
            const int b = cp1251_byte(cps[i + k]);
            ok = b >= 0x80 && b <= 0xBF;
            bytes[k] = static_cast<unsigned char>(b);
        }
        std::size_t used = 0;
        const char32_t cp = ok ? next_utf8(bytes, len, used) : kReplacement;
        if (!ok || used != len || cp == kReplacement || implausible(cp)) { ++i; continue; }
        // A Cyrillic pair inside a Latin word ("CafГ©", "ZГјrich") is damage by itself.
        auto latin = [](char32_t c) { return (c < 0x80 && std::isalpha(static_cast<int>(c))) || (c >= 0xC0 && c <= 0x24F); };
        const bool in_latin_word = (i > 0 && latin(cps[i - 1])) || (i + len < n && latin(cps[i + len]));
        out.push_back(Candidate{i, len, cp, len > 2 || in_latin_word, false});
        i += len;
    }
    // Runs of sequences are unambiguous; a lone pair is repaired only when the text has
    // unambiguous ones too (the caller's evidence), like "Сѓ" for "у" among "РџСЂРёРІРµС‚".
    for (std::size_t k = 0; k + 1 < out.size(); ++k)
        if (out[k].pos + out[k].len == out[k + 1].pos) out[k].strong = out[k + 1].strong = true;
}

// Whether the bytes `lead` followed by one in [lo, hi] occur in s: a memchr-fast pre-check
// for the lead characters of a kind of mojibake.
bool has_byte_pair(std::string_view s, unsigned char lead, unsigned char lo, unsigned char hi) {
    const char* p = s.data();
    const char* end = p + s.size();
    while ((p = static_cast<const char*>(std::memchr(p, lead, static_cast<std::size_t>(end - p)))) != nullptr) {
        if (p + 1 < end && static_cast<unsigned char>(p[1]) >= lo && static_cast<unsigned char>(p[1]) <= hi) return true;
        ++p;
    }
    return false;
}

// windows-1252 / Latin-1 damage: every lead character is U+00C2..U+00F4, UTF-8 C3 82..C3 B4.
bool may_hold_mojibake(std::string_view s) { return has_byte_pair(s, 0xC3, 0x82, 0xB4); }

// windows-1251 damage: the leads are Cyrillic letters В..Я and а..п, UTF-8 D0 92..D0 BF.
bool may_hold_cp1251_mojibake(std::string_view s) { return has_byte_pair(s, 0xD0, 0x92, 0xBF); }

void to_code_points(std::string_view s, std::vector<char32_t>& cps) {
    cps.clear();
    cps.reserve(s.size());
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (std::size_t i = 0; i < s.size();) cps.push_back(next_utf8(p, s.size(), i));
}

// One round; returns false when nothing was repaired.
bool repair_round(std::string_view text, std::string& out, bool& evidence, std::vector<char32_t>& cps,
                  std::vector<Candidate>& cands) {
    const bool latin = may_hold_mojibake(text), cyrillic = may_hold_cp1251_mojibake(text);
    if (!latin && !cyrillic) return false;
    to_code_points(text, cps);
    cands.clear();
    if (latin) find_candidates(cps, cands);
    if (cands.empty() && cyrillic) find_cp1251_candidates(cps, cands);
    if (cands.empty()) return false;
    for (const auto& c : cands) evidence = evidence || c.strong;
    bool changed = false;
    out.clear();
    out.reserve(text.size());
    std::size_t ci = 0;
    for (std::size_t i = 0; i < cps.size();) {
        if (ci < cands.size() && cands[ci].pos == i) {
            const Candidate& c = cands[ci++];
            if (c.strong || evidence) {
                append_utf8(out, c.cp);
                i += c.len;
                changed = true;
                continue;
            }
        }
        append_utf8(out, cps[i++]);
    }
    return changed;
}

}  // namespace

bool has_strong_mojibake(std::string_view text) {
    if (!may_hold_mojibake(text)) return false;
    std::vector<char32_t> cps;
    std::vector<Candidate> cands;
    to_code_points(text, cps);
    find_candidates(cps, cands);
    for (const auto& c : cands)
        if (c.strong) return true;
    return false;
}

bool repair_mojibake(std::string_view text, std::string& out, bool context_evidence, int rounds) {
    std::vector<char32_t> cps;
    std::vector<Candidate> cands;
    std::string cur, next;
    bool evidence = context_evidence;
    bool any = false;
    for (int r = 0; r < rounds; ++r) {
        if (!repair_round(any ? std::string_view(cur) : text, next, evidence, cps, cands)) break;
        cur.swap(next);
        any = true;
    }
    if (any) out = std::move(cur);
    return any;
}

}  // namespace winnow::detail
