// Character-class plausibility score for mojibake repair (see mojibake_score.hpp).
#include "mojibake_score.hpp"

#include <utf8proc.h>

namespace winnow::detail {
namespace {

enum class Cls : unsigned char {
    space,
    lower,
    upper,
    letter,      // uncased letters and marks (CJK, Arabic, Indic, Hebrew ...)
    digit,
    punct,       // ASCII punctuation, dashes, ellipsis, CJK punctuation
    open_quote,  // ‘ “ ‚ „ ‹ «: open a quotation, so they follow a space
    close_quote, // ’ ” › »
    symbol,      // Latin-1 signs, currency, math, modifier accents, daggers, box drawing
    neutral,     // emoji and other pictographs, U+FFFD
    control,
};

enum class Script : unsigned char { none, latin, cyrillic, greek, other };

struct Info {
    Cls cls = Cls::neutral;
    Script script = Script::none;
    bool ascii = false;
    bool box = false;
    bool rare = false;   // letters of rarely written blocks (what false decodings produce)
    bool uncommon = false;
};

int category(char32_t cp) { return utf8proc_category(static_cast<utf8proc_int32_t>(cp)); }

Script script_of(char32_t cp) {
    if (cp < 0x250 || (cp >= 0x1E00 && cp <= 0x1EFF)) return Script::latin;
    if (cp >= 0x370 && cp <= 0x3FF) return Script::greek;
    if (cp >= 0x1F00 && cp <= 0x1FFF) return Script::greek;
    if (cp >= 0x400 && cp <= 0x52F) return Script::cyrillic;
    return Script::other;
}

// Latin Extended-B and IPA letters that living orthographies use (Vietnamese, Romanian,
// pinyin, Azerbaijani, African alphabets); the rest of those blocks is rare in text.
bool common_extended_latin(char32_t cp) {
    // The hooked and open letters of West African alphabets (Hausa ɓ ɗ ƙ, Ewe ɖ ɣ ʋ, Bambara ɲ,
    // Akan ɛ ɔ) in both cases: their UTF-8 read as a Western page ("buÉ—e") is damage to undo.
    switch (cp) {
        case 0x181: case 0x253: case 0x18A: case 0x257: case 0x198: case 0x199: case 0x189: case 0x256:
        case 0x194: case 0x263: case 0x1B2: case 0x28B: case 0x190: case 0x186: case 0x19D: case 0x272:
        case 0x18E: case 0x1DD: return true;
        default: break;
    }
    return (cp >= 0x1A0 && cp <= 0x1B0) || (cp >= 0x1CD && cp <= 0x1DC) || (cp >= 0x218 && cp <= 0x21B) ||
           cp == 0x18F || cp == 0x259 || cp == 0x25B || cp == 0x254 || cp == 0x14B || cp == 0x192 ||
           cp == 0x1C4 || cp == 0x1C6 || cp == 0x1F1 || cp == 0x1F3;
}

// Latin Extended-A letters of few living orthographies (Greenlandic, Esperanto, Sami, old
// Catalan): what a near code page makes of a common letter ("Ĩaša" for "čaša").
bool uncommon_letter(char32_t cp) {
    return cp == 0x128 || cp == 0x129 || cp == 0x12C || cp == 0x12D || cp == 0x138 || cp == 0x13F || cp == 0x140 ||
           cp == 0x149 || cp == 0x14E || cp == 0x14F || cp == 0x166 || cp == 0x167 || cp == 0x114 || cp == 0x115;
}

bool rare_letter(char32_t cp) {
    if (cp >= 0x180 && cp <= 0x2AF) return !common_extended_latin(cp);
    if (cp >= 0x370 && cp <= 0x385) return true;               // archaic Greek, tonos alone
    if (cp >= 0x3D8 && cp <= 0x3FF) return true;               // archaic numeral letters (koppa to sampi), Coptic, rare signs
    if (cp >= 0x460 && cp <= 0x48F) return true;               // historic Cyrillic
    if (cp >= 0x4C0 && cp <= 0x52F) return cp != 0x4D8 && cp != 0x4D9 && cp != 0x4E8 && cp != 0x4E9 && cp != 0x4AE && cp != 0x4AF;
    if (cp >= 0x300 && cp <= 0x36F) return true;               // combining accents (text is precomposed)
    if (cp >= 0x591 && cp <= 0x5AF) return true;               // Hebrew cantillation marks
    if (cp >= 0x700 && cp <= 0x8FF) return true;               // Syriac, Thaana, NKo, Samaritan, Mandaic ...
    return false;
}

Info info(char32_t cp) {
    Info r;
    if (cp < 0x80) {
        r.ascii = true;
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r') r.cls = Cls::space;
        else if (cp >= 'a' && cp <= 'z') { r.cls = Cls::lower; r.script = Script::latin; }
        else if (cp >= 'A' && cp <= 'Z') { r.cls = Cls::upper; r.script = Script::latin; }
        else if (cp >= '0' && cp <= '9') r.cls = Cls::digit;
        else if (cp < 0x20 || cp == 0x7F) r.cls = Cls::control;
        else r.cls = Cls::punct;
        return r;
    }
    switch (cp) {
        // ¡ and ¿ open a clause as a quote does: a space or the line's start comes before them
        case 0x2018: case 0x201C: case 0x201A: case 0x201E: case 0x2039: case 0x00AB: case 0x00A1: case 0x00BF:
            r.cls = Cls::open_quote; return r;
        case 0x2019: case 0x201D: case 0x203A: case 0x00BB:
            r.cls = Cls::close_quote; return r;
        case 0x00B5: case 0x00AA: case 0x00BA: case 0x00AD: case 0x0192: case 0x2020: case 0x2021:
        case 0x2030: case 0x2122: case 0x02C6: case 0x02DC: case 0x02C7: case 0x02D8: case 0x02D9:
        case 0x02DB: case 0x02DD: case 0x2022: case 0x00B7:
            r.cls = Cls::symbol; return r;
        case 0xFFFD:
            r.cls = Cls::neutral; return r;
        default: break;
    }
    if (cp >= 0x2500 && cp <= 0x25FF) { r.cls = Cls::symbol; r.box = true; return r; }
    if (cp >= 0x2310 && cp <= 0x2321) { r.cls = Cls::symbol; r.box = true; return r; }   // ⌐ ⌠ ⌡
    const int c = category(cp);
    switch (c) {
        case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LT: r.cls = Cls::upper; break;
        case UTF8PROC_CATEGORY_LL: r.cls = Cls::lower; break;
        case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
        case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME: r.cls = Cls::letter; break;
        case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: r.cls = Cls::digit; break;
        case UTF8PROC_CATEGORY_NO: r.cls = Cls::symbol; break;
        case UTF8PROC_CATEGORY_ZS: case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP: r.cls = Cls::space; break;
        case UTF8PROC_CATEGORY_PC: case UTF8PROC_CATEGORY_PD: case UTF8PROC_CATEGORY_PS: case UTF8PROC_CATEGORY_PE:
        case UTF8PROC_CATEGORY_PO: case UTF8PROC_CATEGORY_PI: case UTF8PROC_CATEGORY_PF: r.cls = Cls::punct; break;
        case UTF8PROC_CATEGORY_SM: case UTF8PROC_CATEGORY_SC: case UTF8PROC_CATEGORY_SK:
            r.cls = cp < 0x3000 ? Cls::symbol : Cls::neutral; break;
        case UTF8PROC_CATEGORY_SO: r.cls = cp < 0x2190 ? Cls::symbol : Cls::neutral; break;
        case UTF8PROC_CATEGORY_CC: case UTF8PROC_CATEGORY_CN: case UTF8PROC_CATEGORY_CO:
        case UTF8PROC_CATEGORY_CS: r.cls = Cls::control; break;
        default:   // format characters
            r.cls = Cls::neutral;
            // the signs that span a number in Arabic and Syriac ("Ø…" read as UTF-8 is one)
            r.rare = (cp >= 0x600 && cp <= 0x605) || cp == 0x6DD || cp == 0x70F || cp == 0x8E2;
            break;
    }
    if (r.cls == Cls::upper || r.cls == Cls::lower || r.cls == Cls::letter) {
        r.script = script_of(cp);
        r.rare = rare_letter(cp);
        r.uncommon = uncommon_letter(cp);
    }
    return r;
}

bool is_letter(const Info& i) { return i.cls == Cls::lower || i.cls == Cls::upper || i.cls == Cls::letter; }
bool is_cased(const Info& i) { return i.cls == Cls::lower || i.cls == Cls::upper; }
bool accented_capital(const Info& i) { return i.cls == Cls::upper && !i.ascii && i.script == Script::latin; }

// Signs that follow a plain letter in real text: "m²", "TM™", "DICOM®", "20°".
bool trails_words(char32_t cp) {
    return cp == 0xB2 || cp == 0xB3 || cp == 0xB9 || cp == 0xAE || cp == 0x2122 || cp == 0xA9 || cp == 0xB0;
}

int pair_badness(const Info& w, char32_t a, const Info& x, char32_t b, const Info& y, char32_t next, const Info& z) {
    int bad = 0;
    // box drawing glued to a letter ("caf├⌐" is "café" read as cp437): never text
    if ((x.box && is_letter(y)) || (y.box && is_letter(x))) bad += 1;
    // a lower-case letter before a capital, one of them not ASCII ("cafÃ", "РџС"): camel case
    // is an ASCII habit.
    if (x.cls == Cls::lower && y.cls == Cls::upper && !(x.ascii && y.ascii)) bad += 2;
    // a symbol glued to a non-ASCII letter ("Ã©", "Ðµ", "ä¸"), or box drawing to any letter
    const bool xs = x.cls == Cls::symbol, ys = y.cls == Cls::symbol;
    if (xs && is_letter(y) && (!y.ascii || x.box || !(a == 0xA9 || a == 0xAE || a == 0xB0 || a == 0xA3 || a == 0xA5 || a == 0xA2 || a == 0x20AC))) bad += 1;
    if (ys && is_letter(x) && (!x.ascii || y.box || !trails_words(b))) bad += 1;
    // an accented capital before a symbol, an opening quote or a control ("Ã©", "Ã“")
    if (accented_capital(x) && (ys || y.cls == Cls::open_quote || y.cls == Cls::control)) bad += 1;
    // an accented capital glued to the end of a sentence ("fines.Â")
    if (accented_capital(y) && x.ascii && x.cls == Cls::punct && (a == '.' || a == ',' || a == ';' || a == ':' || a == '!' || a == '?') &&
        (z.cls == Cls::space || next == 0))
        bad += 2;
    // a lone accented capital before a closing quote ("Â»" for "»")
    if (accented_capital(x) && y.cls == Cls::close_quote && !is_letter(w)) bad += 1;
    // an opening quote right after a non-ASCII letter
    if (y.cls == Cls::open_quote && is_letter(x) && !x.ascii) bad += 1;
    // a closing quote between two letters, after a non-ASCII one ("sÃ»r", "Å’uvre"); not the
    // apostrophe after a small letter ("José’s")
    if (y.cls == Cls::close_quote && !(b == 0x2019 && x.cls == Cls::lower) && is_letter(x) && !x.ascii && is_letter(z) && next != 0) bad += 1;
    // capitals, then a non-ASCII small letter in the same word ("CAFÉ™" read as UTF-8 is "CAFə")
    if (w.cls == Cls::upper && x.cls == Cls::upper && y.cls == Cls::lower && !y.ascii) bad += 1;
    // two accented Latin capitals, then a small letter ("SĂŁo" for "São")
    if (accented_capital(w) && accented_capital(x) && y.cls == Cls::lower && y.script == Script::latin) bad += 2;
    // two different symbols glued together ("€™", "¸­"), box drawing art aside
    if (xs && ys && a != b && !(x.box && y.box)) bad += 1;
    // two different signs, not ASCII, glued together before a letter of a word ("M√§rz" is
    // "März" read as MacRoman, "≈°kolu" "školu", "–∂" "ж"): a sign stands beside a word, not two
    // of them opening or inside it
    const auto sign = [](const Info& i) { return !i.ascii && (i.cls == Cls::symbol || i.cls == Cls::punct); };
    if (a != b && sign(x) && sign(y) && is_letter(z) && next != 0 && (is_letter(w) || w.cls == Cls::space)) bad += 1;
    // an accented Latin letter glued to a letter of an uncased script ("ä䠗")
    if ((x.cls == Cls::letter && y.script == Script::latin && !y.ascii && is_cased(y)) ||
        (y.cls == Cls::letter && x.script == Script::latin && !x.ascii && is_cased(x)))
        bad += 1;
    // a Latin letter glued to a Thai one ("priลกli" is "prišli" read as windows-874): Thai text
    // sets a Latin name off by a space or writes it whole, not a letter of it beside Thai ones
    // (mojibake_scan.cpp reads that page only there)
    if ((is_letter(x) && x.script == Script::latin && b >= 0x0E01 && b <= 0x0E5B) ||
        (is_letter(y) && y.script == Script::latin && a >= 0x0E01 && a <= 0x0E5B))
        bad += 1;
    // two scripts inside one word ("LՎté": Armenian is cased too)
    if (is_cased(x) && is_cased(y) && x.script != y.script) bad += 1;
    // an accented capital glued before a dash or other non-ASCII punctuation ("Ã—" for "×"),
    // all the more as a word of its own
    if (accented_capital(x) && y.cls == Cls::punct && !y.ascii) bad += is_letter(w) ? 1 : 2;
    return bad;
}

}  // namespace

bool implausible_char(char32_t cp) {
    const Info i = info(cp);
    return i.cls == Cls::control || i.rare;
}

int badness(const char32_t* text, std::size_t n) {
    int bad = 0;
    Info prev, prev2{Cls::space};
    bool have_prev = false;
    Info cur = n ? info(text[0]) : Info{};
    for (std::size_t k = 0; k < n; ++k) {
        const Info nxt = k + 1 < n ? info(text[k + 1]) : Info{Cls::space};
        if (cur.cls == Cls::control) bad += 4;
        if (cur.rare) bad += 2;
        if (cur.uncommon) bad += 1;
        if (have_prev && prev.cls != Cls::space && cur.cls != Cls::space)
            bad += pair_badness(prev2, text[k - 1], prev, text[k], cur, k + 1 < n ? text[k + 1] : 0, nxt);
        prev2 = have_prev ? prev : Info{Cls::space};
        prev = cur;
        have_prev = true;
        cur = nxt;
    }
    return bad;
}

}  // namespace winnow::detail
