// Finds mojibake candidates per code page (see mojibake_scan.hpp).
#include "mojibake_scan.hpp"

#include <utf8proc.h>

#include "charset_tables.hpp"
#include "mojibake_score.hpp"

namespace winnow::detail {
namespace {

// Byte of page p that decodes to c, or -1.
int byte_in(int p, char32_t c) {
    if (c < 0x80) return static_cast<int>(c);
    const PageBytes* pb = page_bytes(c);
    const int b = pb ? pb->byte[static_cast<std::size_t>(p)] : 0;
    return b ? b : -1;
}

bool is_letter(char32_t c) {
    const int k = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

// ISO-8859-5 has its no-break space at A0 too, but there a lowercase letter а-п is a lead byte
// (D0-DF) and Cyrillic typography puts a no-break space after one-letter words ("и\u00A0в"): a
// no-break space, kept or lost, is never a continuation byte of that page.
bool nbsp_is_a0(int p) { return p != kIso8859_5 && p != kCp874 && kCodePageHigh[static_cast<std::size_t>(p)][0x20] == 0xA0; }

// windows-874 writes Thai letters at bytes A1-FB, so Thai written right re-encodes through it
// to well-formed UTF-8 in places ("าณ" of "ประมาณ" to "ҳ"). Its damage is read only where it is
// glued to a Latin letter, two scripts in one word ("priลกli", "kurslarฤฑ"): Thai text does not
// write a Latin letter inside a word, and a Latin word's letters read as Thai are beside the
// word's ASCII ones. Lossy forms (a lost byte, a no-break space) are not read for it.
bool latin_letter(char32_t c) { return (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) || (c >= 0xC0 && c < 0x250 && c != 0xD7 && c != 0xF7); }
bool beside_latin(const std::vector<char32_t>& cps, std::size_t from, std::size_t end) {
    return (from > 0 && latin_letter(cps[from - 1])) || (end < cps.size() && latin_letter(cps[end]));
}

// Whether only line breaks and tabs follow position i.
bool line_end(const std::vector<char32_t>& cps, std::size_t i) {
    for (; i < cps.size(); ++i)
        if (cps[i] != '\n' && cps[i] != '\r' && cps[i] != '\t') return cps[i - 1] == '\n' || cps[i - 1] == '\r';
    return true;
}

// What a lossy decoder leaves where a byte it could not decode was.
bool lost_marker(char32_t c) { return c == '?' || c == kReplacement; }

char32_t decode(const unsigned char* b, std::size_t len) {
    char32_t cp = b[0] & (len == 2 ? 0x1F : len == 3 ? 0x0F : 0x07);
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (b[k] & 0x3F);
    return cp;
}

// Allowed range of the second byte after a lead (overlongs and code points past U+10FFFF
// excluded; ED A0-BF, the surrogates, allowed for CESU-8 pairs, checked by the caller).
void second_range(int lead, int& lo, int& hi) {
    lo = lead == 0xE0 ? 0xA0 : lead == 0xF0 ? 0x90 : 0x80;
    hi = lead == 0xF4 ? 0x8F : 0xBF;
}

struct Seq {
    unsigned char bytes[4] = {};
    std::size_t need = 0, got = 0;
    std::size_t end = 0;       // index after the last character used
    bool spaced = false;       // a space was read as byte A0
};

// Reads the sequence led by cps[i]; `spaces`: a plain space may stand for byte A0.
Seq read_seq(const std::vector<char32_t>& cps, std::size_t i, int p, int lead, bool spaces) {
    Seq s;
    s.bytes[0] = static_cast<unsigned char>(lead);
    s.need = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    s.got = 1;
    std::size_t j = i + 1;
    int lo = 0, hi = 0;
    second_range(lead, lo, hi);
    while (s.got < s.need && j < cps.size()) {
        int b = byte_in(p, cps[j]);
        bool space = false;
        if (cps[j] == ' ' && spaces) {
            b = 0xA0;
            space = true;
        } else if (cps[j] == 0xA0 && p == kIso8859_5) {
            break;  // (nbsp_is_a0)
        }
        const int l = s.got == 1 ? lo : 0x80, h = s.got == 1 ? hi : 0xBF;
        if (b < l || b > h) break;
        s.spaced = s.spaced || space;
        s.bytes[s.got++] = static_cast<unsigned char>(b);
        ++j;
    }
    s.end = j;
    return s;
}

// At a line's end: the lead's byte A0 was a no-break space that went with the trailing space
// ("voilÃ" at a line's end). Only where a word ends ("voilà": a small Latin letter before, a
// Latin letter made) or a sign or digit comes before ("10Â").
void line_end_candidate(const std::vector<char32_t>& cps, std::size_t i, int lead, std::vector<Candidate>& out) {
    const unsigned char b[2] = {static_cast<unsigned char>(lead), 0xA0};
    const char32_t cp = decode(b, 2);
    const char32_t prev = cps[i - 1];
    const bool word_end = cp < 0x250 && is_letter(cp) && prev >= 'a' && prev < 0x250 &&
                          utf8proc_category(static_cast<utf8proc_int32_t>(prev)) == UTF8PROC_CATEGORY_LL;
    const bool after_sign = cp == 0xA0 && prev < 0x80 && prev > ' ' && !is_letter(prev);
    if (word_end || after_sign) out.push_back(Candidate{static_cast<std::uint32_t>(i), 1, cp, true, true});
}

// What a sequence led by cps[i] that lost a byte stood for (its characters end before `end`).
// "â€" + a lost byte: of the characters E2 80 + a byte a code page may leave undefined makes
// (U+2001, ZWJ, RLM, U+2010, U+201D) only the closing quote is common, and between two emoji
// ("ðŸ‘©â€ðŸ’»": an emoji lead F0 next, or an emoji before and E2 next) the zero-width joiner;
// of EF B8 + one (variation selectors, vertical punctuation) only the emoji selector U+FE0F.
char32_t lost_byte_guess(const std::vector<char32_t>& cps, std::size_t i, std::size_t end, int p, const Seq& s,
                         const std::vector<Candidate>& out) {
    if (s.got == 2 && s.bytes[0] == 0xEF && s.bytes[1] == 0xB8) return 0xFE0F;
    if (!(s.got == 2 && s.bytes[0] == 0xE2 && s.bytes[1] == 0x80)) return kReplacement;
    const int after = end < cps.size() ? byte_in(p, cps[end]) : -1;
    const bool emoji_before = !out.empty() && out.back().pos + out.back().len == i && out.back().cp >= 0x10000;
    return after == 0xF0 || (after == 0xE2 && emoji_before) ? char32_t{0x200D} : char32_t{0x201D};
}

}  // namespace

PageMask pages_to_scan(const std::vector<char32_t>& cps, std::vector<std::uint32_t>& stops) {
    PageMask pages = 0;
    stops.clear();
    const std::size_t n = cps.size();
    for (std::size_t i = 0; i < n; ++i) {
        const char32_t c = cps[i];
        if (c < 0x80) {
            if (c == '?') stops.push_back(static_cast<std::uint32_t>(i));
            continue;
        }
        stops.push_back(static_cast<std::uint32_t>(i));
        if (i + 1 == n) break;
        const PageBytes* a = page_bytes(c);
        if (!a || !a->lead) continue;
        const char32_t next = cps[i + 1];
        if (next == ' ' || lost_marker(next)) {
            // (Not ISO-8859-5's lowercase leads: every Cyrillic word ends on one; nbsp_is_a0.)
            pages |= a->lead & static_cast<PageMask>(~((1u << kIso8859_5) | (1u << kCp874)));
            continue;
        }
        const PageBytes* b = next >= 0x80 ? page_bytes(next) : nullptr;
        if (!b) continue;
        PageMask pair = a->lead & b->cont;
        if ((pair & (1u << kCp874)) && !beside_latin(cps, i, i + 2)) pair &= static_cast<PageMask>(~(1u << kCp874));
        pages |= pair;
    }
    // a lead ending a line may have lost its no-break space (scan_page)
    for (const std::uint32_t i : stops)
        if (i >= 1 && cps[i] >= 0xC2 && cps[i] < 0x250 && line_end(cps, i + 1))
            if (const PageBytes* last = page_bytes(cps[i])) pages |= last->lead;
    return pages;
}

namespace {

// The lead byte itself lost at i ("?‘анок"): a mark, then continuation bytes no lead claims,
// then the rest of the word. Where the scan resumes, or 0 when it is no such candidate.
std::size_t lost_lead_candidate(const std::vector<char32_t>& cps, std::size_t i, int p, std::vector<Candidate>& out) {
    const std::size_t n = cps.size();
    std::size_t j = i + 1;
    while (j < n && j - i <= 3) {
        const int b = byte_in(p, cps[j]);
        if (b < 0x80 || b > 0xBF) break;
        ++j;
    }
    if (j > i + 1 && j < n && is_letter(cps[j])) {
        out.push_back(Candidate{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(j - i), kReplacement, true, false, false, true});
        return j;
    }
    return 0;
}

// Whether the sequence q read at i is a whole character, decoded into cp (a CESU-8 pair of
// surrogates is one); floor is where the last candidate ended.
bool complete_sequence(const std::vector<char32_t>& cps, std::size_t i, std::size_t floor, int p, bool spaces, Seq& q, char32_t& cp) {
    const std::size_t n = cps.size();
    if (q.got != q.need) return false;
    cp = decode(q.bytes, q.need);
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        // CESU-8: a high surrogate followed by a low one is one astral character
        // ("í ½í¸€" is U+1F600 encoded as two surrogates, then read as windows-1252).
        if (q.end >= n || byte_in(p, cps[q.end]) != 0xED) return false;
        Seq low = read_seq(cps, q.end, p, 0xED, spaces);
        if (low.got != 3 || low.bytes[1] < 0xB0) return false;
        cp = 0x10000 + ((cp - 0xD800) << 10) + (decode(low.bytes, 3) - 0xDC00);
        q.end = low.end;
        q.spaced = q.spaced || low.spaced;
        return true;
    }
    if (cp >= 0xDC00 && cp <= 0xDFFF) return false;
    // A guessed no-break space must not make a character no text uses, nor the dagger
    // of "â€ " (E2 80 A0) after correct text: that is "â€" + a lost byte, a closing
    // quote (below). Right after another sequence it is a layer of damage ("Ãƒâ€ ").
    // A letter of Hebrew, Arabic and beyond from a guessed space ("× " is "נ") only
    // inside a run of damage: "5 × 3" is a sign between digits.
    if (q.spaced && cp >= 0x590 && cp < 0x800 && (q.end >= n || cps[q.end] < 0x80)) return false;
    return !(q.spaced && (implausible_char(cp) || (cp == 0x2020 && !(i > 0 && floor == i))));
}

// A sequence at i that stops short: a byte lost in the middle, where the decoder left "?" or
// U+FFFD (the rest of the sequence follows it), or dropped it. Where the scan resumes, or 0.
std::size_t broken_sequence_candidate(const std::vector<char32_t>& cps, std::size_t i, int p, int lead, const Seq& s,
                                      std::vector<Candidate>& out) {
    const std::size_t n = cps.size();
    std::size_t end = s.end;
    std::size_t got = s.got, real = s.got;
    const bool marker = end < n && lost_marker(cps[end]);
    if (marker) {
        ++end;
        ++got;
        while (got < s.need && end < n) {
            const int b = byte_in(p, cps[end]);
            if ((b < 0x80 || b > 0xBF) && !lost_marker(cps[end])) break;
            real += !lost_marker(cps[end]);
            ++end;
            ++got;
        }
        if (got < s.need) return 0;   // the marks must complete the sequence
    }
    const bool selector = s.got == 2 && lead == 0xEF && s.bytes[1] == 0xB8;
    const char32_t guess = lost_byte_guess(cps, i, end, p, s, out);
    // Three bytes of a four-byte sequence (an emoji lost its last byte), or the selector's
    // two: no text holds them, so they need no evidence around them.
    const bool sure = (s.need == 4 && real >= 3) || selector;
    // A lead alone may be a letter of correct text; the caller keeps it only next to other
    // damage (dropped).
    const bool dropped = !marker && s.got == 1;
    // a mark with real continuation bytes after it: the sequence's frame is intact
    const bool framed = marker && end > s.end + 1;
    // Two bytes lost is too little left to tell; a lead that is not a letter ("“", "…" in
    // MacRoman) or that repeats ("ÂÂ") is no damaged sequence.
    if (dropped && (s.need > 2 || !is_letter(cps[i]) || (lead == 0xC2 && i + 1 < n && cps[i + 1] == cps[i]))) return 0;
    // A non-Latin lead followed by a letter of its own script that this page has no byte for
    // ("Рұ": "ұ" is a byte of a Kazakh page, not of windows-1251) lost nothing: the text went through a page the table does not
    // hold, and a guess here would put U+FFFD in place of a letter.
    auto same_block = [&](char32_t a, char32_t b) { return a >= 0x370 && (a >> 8) == (b >> 8); };
    if (dropped && i + 1 < n && same_block(cps[i], cps[i + 1]) && byte_in(p, cps[i + 1]) < 0 && is_letter(cps[i + 1])) return 0;
    out.push_back(Candidate{static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end - i), guess, true, false, dropped, framed, sure});
    return end;
}

}  // namespace

void scan_page(const std::vector<char32_t>& cps, const std::vector<std::uint32_t>& stops, int p, std::vector<Candidate>& out) {
    const bool spaces = nbsp_is_a0(p);
    // End of the last candidate, where the scan resumes: a candidate's characters are not read
    // again. Only stops can start a candidate (an ASCII character other than "?" is no lead).
    std::size_t floor = 0;
    for (const std::uint32_t stop : stops) {
        const std::size_t i = stop;
        if (i < floor) continue;
        const int lead = byte_in(p, cps[i]);
        if (lost_marker(cps[i]) && p != kCp874) {
            if (const std::size_t resume = lost_lead_candidate(cps, i, p, out)) floor = resume;
            continue;
        }
        if (lead < 0xC2 || lead > 0xF4 || cps[i] == 0xA0) continue;   // MacRoman's no-break space is CA
        if (spaces && lead < 0xE0 && i > 0 && line_end(cps, i + 1)) {
            line_end_candidate(cps, i, lead, out);
            continue;
        }
        Seq s = read_seq(cps, i, p, lead, spaces);
        char32_t cp = 0;
        bool ok = complete_sequence(cps, i, floor, p, spaces, s, cp);
        if (!ok && s.spaced) {
            s = read_seq(cps, i, p, lead, false);
            ok = complete_sequence(cps, i, floor, p, spaces, s, cp);
        }
        if (ok && p == kCp874 && !beside_latin(cps, i, s.end)) {
            floor = s.end;
            continue;
        }
        if (ok) {
            std::size_t start = i;
            // "ÂÂÂ¼": every round of windows-1252 damage put one more "Â" before a character
            // of U+00A0-00BF; the whole run goes at once.
            if (lead == 0xC2)
                while (start > floor && byte_in(p, cps[start - 1]) == 0xC2) --start;
            out.push_back(Candidate{static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(s.end - start), cp, s.spaced, s.spaced});
            floor = s.end;
            continue;
        }
        if (p == kCp874) continue;
        if (const std::size_t resume = broken_sequence_candidate(cps, i, p, lead, s, out)) floor = resume;
    }
}

}  // namespace winnow::detail
