// Stage — Unicode, per character: the character pass and the NFC quick check (see unicode_chars.hpp).
#include "unicode_chars.hpp"

#include <utf8proc.h>

#include <string>

#include "charset_tables.hpp"

namespace winnow::detail {

Action classify(char32_t cp) {
    if (cp < 0x20) return (cp == '\n' || cp == '\r' || cp == '\v' || cp == '\f') ? Action::line
                         : cp == '\t'                                              ? Action::space
                                                                                   : Action::drop;
    if (cp < 0x7F) return Action::keep;
    if (cp <= 0x9F) return cp == 0x85 ? Action::line : Action::drop;   // DEL, C1; NEL is a line break
    if (cp == 0xA0) return Action::space;
    if (cp == 0xAD || cp == 0x061C || cp == 0x180E) return Action::drop;
    if (cp == 0x1680 || cp == 0x3000 || cp == 0x202F || cp == 0x205F) return Action::space;
    if (cp >= 0x2000 && cp <= 0x200A) return Action::space;
    if (cp == 0x200B || cp == 0x200E || cp == 0x200F) return Action::drop;
    if (cp == 0x200C || cp == 0x200D) return Action::joiner;
    if (cp == 0x2028 || cp == 0x2029) return Action::line;
    if (cp >= 0x202A && cp <= 0x202E) return Action::drop;          // bidi embeddings/overrides
    if (cp >= 0x2060 && cp <= 0x206F) return Action::drop;          // word joiner, invisible ops, isolates
    if (cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFB)) return Action::drop;
    if (cp == 0xE0001) return Action::drop;                         // language tag (tags E0020+ build emoji flags)
    if (cp == 0x3164 || cp == 0xFFA0) return Action::drop;          // Hangul fillers: "blank" characters
    // Private use: icon-font glyphs (a "follow" bird, a cart) that carry no text without their font.
    if ((cp >= 0xE000 && cp <= 0xF8FF) || cp >= 0xF0000) return Action::drop;
    return Action::keep;
}

namespace {

// ---------------------------------------------------------------- character classes

bool is_emoji_part(char32_t cp) {
    if (cp == 0xFE0F || cp == 0x20E3 || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F))
        return true;
    const auto bc = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->boundclass;
    return bc == UTF8PROC_BOUNDCLASS_EXTENDED_PICTOGRAPHIC || bc == UTF8PROC_BOUNDCLASS_E_BASE ||
           bc == UTF8PROC_BOUNDCLASS_E_BASE_GAZ || bc == UTF8PROC_BOUNDCLASS_GLUE_AFTER_ZWJ ||
           bc == UTF8PROC_BOUNDCLASS_E_MODIFIER || bc == UTF8PROC_BOUNDCLASS_E_ZWG;
}

// Letters and marks of scripts whose shaping uses ZWJ/ZWNJ (Arabic-script joining control,
// Indic conjunct and half forms, Sinhala, Khmer, Myanmar, Mongolian...).
bool is_joining_script_letter(char32_t cp) {
    const bool range = (cp >= 0x0600 && cp <= 0x08FF) || (cp >= 0x0900 && cp <= 0x0DFF) || (cp >= 0x0F00 && cp <= 0x0FFF) ||
                       (cp >= 0x1000 && cp <= 0x109F) || (cp >= 0x1780 && cp <= 0x18AF) ||
                       (cp >= 0xA8E0 && cp <= 0xA8FF) || (cp >= 0xFB50 && cp <= 0xFDFF) ||
                       (cp >= 0xFE70 && cp <= 0xFEFF) || (cp >= 0x11000 && cp <= 0x111FF);
    if (!range) return false;
    const int c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
}

// May this code point change under NFKC (NFC when !compat)? Conservative: anything with a
// decomposition, a combining class or a composition role goes to utf8proc. (NFC asks NfcCheck,
// which is exact.)
bool may_change_under_normalization(char32_t cp, bool compat) {
    if (cp < 0x300) return compat && cp >= 0xA0 && utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->decomp_seqindex != UINT16_MAX;
    if (cp >= 0xAC00 && cp <= 0xD7A3) return false;   // precomposed Hangul syllables
    if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF))
        return true;                                   // conjoining jamo compose
    const auto* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
    return p->combining_class != 0 || p->decomp_seqindex != UINT16_MAX || p->comb_index != UINT16_MAX;
}

// ---------------------------------------------------------------- the character pass

constexpr int kMaxNonStarters = 30;

// Removes debris, maps spaces and line breaks, folds typography, appending to out; remembers
// whether the result may need utf8proc normalization.
class CharFilter {
public:
    // screened: NFC only where the quick check asks for it (else every text goes to utf8proc).
    CharFilter(std::string_view s, const UnicodeOptions& o, TextMode mode, std::string& out, bool screened)
        : p_(reinterpret_cast<const unsigned char*>(s.data())), n_(s.size()), s_(s), o_(o), mode_(mode), out_(out),
          needs_norm_(!screened) {}
    bool run();

private:
    void emit_pending() {
        if (pending_space_) {
            if (!out_.empty()) out_ += ' ';
            pending_space_ = false;
        }
    }
    // Writes c (ASCII) as the last code point and base.
    void put(char c, char32_t new_base) {
        out_ += c;
        prev_ = static_cast<unsigned char>(c);
        base_ = new_base;
    }
    Action joiner_action(char32_t cp, std::size_t i);
    bool pre_whitespace(char32_t cp, Action a, std::size_t& i);
    bool folded(char32_t cp);
    bool placeholder_debris(char32_t cp, std::size_t i) const;
    void write(char32_t cp);

    const unsigned char* p_;
    std::size_t n_;
    std::string_view s_;
    const UnicodeOptions& o_;
    TextMode mode_;
    std::string& out_;
    bool needs_norm_ = false;
    bool pending_space_ = false;
    bool leading_space_ = false;      // segment mode keeps one edge space
    char32_t prev_ = 0;               // last code point written
    char32_t base_ = 0;               // last code point written that is not a mark (' ' after a space)
    int nonstarters_ = 0;             // combining marks since the last starter
    std::size_t lookahead_end_ = 0;   // joiner context: where the last look-ahead stopped...
    char32_t lookahead_next_ = 0;     // ...and the surviving code point it found (0: none)
    NfcCheck nfc_;
};

// Keep a joiner only between two emoji or two letters of a joining script; the next neighbour
// is the next code point that survives. The scan is shared by a run of joiners, so long runs
// stay linear.
Action CharFilter::joiner_action(char32_t cp, std::size_t i) {
    if (i >= lookahead_end_) {
        std::size_t k = i;
        lookahead_next_ = 0;
        while (k < n_) {
            lookahead_next_ = next_utf8(p_, n_, k);
            const Action na = classify(lookahead_next_);
            // (Tag characters after a joiner go too: they spell only right after a black flag.)
            const bool tag = lookahead_next_ >= 0xE0020 && lookahead_next_ <= 0xE007F;
            if (na != Action::drop && na != Action::joiner && !tag) break;
            lookahead_next_ = 0;
        }
        lookahead_end_ = k;
    }
    const char32_t next = lookahead_next_;
    // After an Indic virama a joiner selects half forms and chillus, even word-final.
    const bool after_virama = is_joining_script_letter(prev_) && prev_ >= 0x0900 &&
                              utf8proc_get_property(static_cast<utf8proc_int32_t>(prev_))->combining_class == 9;
    const bool keep = (cp == 0x200D && is_emoji_part(prev_) && is_emoji_part(next)) ||
                      (is_joining_script_letter(prev_) && is_joining_script_letter(next)) || after_virama;
    return keep ? Action::keep : Action::drop;
}

// Preformatted text keeps its breaks, tabs and spaces as they are (CRLF is one break); other
// text turns them into one pending space. Whether cp was written so.
bool CharFilter::pre_whitespace(char32_t cp, Action a, std::size_t& i) {
    if (mode_ == TextMode::pre) {
        if (cp == '\r') {
            if (i < n_ && p_[i] == '\n') ++i;
            put('\n', ' ');
            return true;
        }
        if (cp == '\t') {
            put('\t', ' ');
            return true;
        }
        if (a == Action::line || a == Action::space) {
            put(a == Action::line ? '\n' : ' ', ' ');
            return true;
        }
        return false;
    }
    if (a != Action::space && a != Action::line) return false;
    if (out_.empty() && mode_ == TextMode::segment) leading_space_ = true;
    pending_space_ = true;
    base_ = ' ';
    return true;
}

// Latin typographic ligatures (copied from PDFs and typeset text) are their letters: "ﬁrst"
// must match "first"; with fold_typography, curly quotes, dashes and the ellipsis are ASCII.
// Whether cp was written so.
bool CharFilter::folded(char32_t cp) {
    std::string_view to;
    if (cp >= 0xFB00 && cp <= 0xFB06) {
        static constexpr std::string_view kLigature[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
        to = kLigature[cp - 0xFB00];
        nonstarters_ = 0;
    } else if (o_.fold_typography) {
        switch (cp) {
            case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: to = "'"; break;
            case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: to = "\""; break;
            case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: to = "-"; break;
            case 0x2026: to = "..."; break;
            default: break;
        }
    }
    if (to.empty()) return false;
    emit_pending();
    out_ += to;
    prev_ = static_cast<unsigned char>(to.back());
    base_ = prev_;
    return true;
}

// Characters that draw nothing, or only a placeholder, and do a job in one context only: elsewhere,
// as inside a word, they are debris of a copy or an editor. A dotted circle (U+25CC) is what a
// character chart draws a vowel sign or accent on alone ("◌ा"); after a letter it only breaks the
// syllable. A Braille blank (U+2800) between two letters is a space that looks like none. The
// combining grapheme joiner (U+034F) only keeps a combining mark from reordering: before a
// starter it does nothing. The conjoining Hangul fillers (U+115F, U+1160) stand in for a missing
// jamo of a syllable: outside one they are blanks. i: the index after cp.
bool CharFilter::placeholder_debris(char32_t cp, std::size_t i) const {
    if (cp != 0x25CC && cp != 0x2800 && cp != 0x034F && cp != 0x115F && cp != 0x1160) return false;
    // The next character this pass writes: one it drops (a control, an invisible) stands between
    // them only until then, and the next pass would judge the placeholder by what lies beyond.
    std::size_t k = i;
    char32_t next = 0;
    while (k < n_ && next == 0) {
        const char32_t c = next_utf8(p_, n_, k);
        if (c == ' ' || classify(c) != Action::drop) next = c;
    }
    const auto cat = [](char32_t c) { return c ? utf8proc_category(static_cast<utf8proc_int32_t>(c)) : 0; };
    const auto letter_or_mark = [&](char32_t c) { return cat(c) >= UTF8PROC_CATEGORY_LU && cat(c) <= UTF8PROC_CATEGORY_ME; };
    // base_: the last letter written, or ' ' after a space (prev_ does not see spaces).
    const bool after_letter = !pending_space_ && letter_or_mark(base_);
    switch (cp) {
        case 0x25CC: return after_letter && (cat(next) == UTF8PROC_CATEGORY_MN || cat(next) == UTF8PROC_CATEGORY_MC);
        case 0x2800: return after_letter && letter_or_mark(next);
        case 0x034F: return next == 0 || utf8proc_get_property(static_cast<utf8proc_int32_t>(next))->combining_class == 0;
        case 0x115F: return !((next >= 0x1160 && next <= 0x11A7) || (next >= 0xD7B0 && next <= 0xD7C6));
        default: return !((prev_ >= 0x1100 && prev_ <= 0x115F) || (prev_ >= 0xA960 && prev_ <= 0xA97C));
    }
}

void CharFilter::write(char32_t cp) {
    if (mode_ != TextMode::pre) emit_pending();
    if (o_.nfkc) {
        if (cp >= 0xA0) needs_norm_ = needs_norm_ || may_change_under_normalization(cp, true);
    } else if (!needs_norm_) {
        needs_norm_ = !nfc_.inert(cp);   // the exact quick check: "…", "™", "й" need no utf8proc
    }
    append_utf8(out_, cp);
    prev_ = cp;
    if (cp < 0x300 || utf8proc_category(static_cast<utf8proc_int32_t>(cp)) < UTF8PROC_CATEGORY_MN ||
        utf8proc_category(static_cast<utf8proc_int32_t>(cp)) > UTF8PROC_CATEGORY_ME)
        base_ = cp;
}

bool CharFilter::run() {
    out_.reserve(out_.size() + n_);
    std::size_t i = 0;
    while (i < n_) {
        // ASCII letters and punctuation in bulk.
        if (p_[i] >= 0x21 && p_[i] < 0x7F) {
            emit_pending();
            std::size_t j = i;
            while (j < n_ && p_[j] >= 0x21 && p_[j] < 0x7F) ++j;
            out_.append(s_.data() + i, j - i);
            prev_ = p_[j - 1];
            base_ = prev_;
            i = j;
            continue;
        }
        const char32_t cp = next_utf8(p_, n_, i);
        Action a = cp == ' ' ? Action::space : classify(cp);
        if (a == Action::joiner) a = joiner_action(cp, i);
        if (pre_whitespace(cp, a, i)) continue;
        if (a == Action::drop) continue;
        // An emoji or text presentation selector after a letter selects nothing: debris
        // (after a digit or '#' it is part of a keycap, after a symbol or emoji it is meant).
        // The base is the last character written that is not a mark ("A" of "A\u030A"), so the
        // verdict is the same before and after NFC composes them.
        if ((cp == 0xFE0E || cp == 0xFE0F) && base_ != 0x2139 &&  // ℹ️ is a letter with an emoji form
            utf8proc_category(static_cast<utf8proc_int32_t>(base_)) >= UTF8PROC_CATEGORY_LU &&
            utf8proc_category(static_cast<utf8proc_int32_t>(base_)) <= UTF8PROC_CATEGORY_LO)
            continue;
        // Tag characters spell only inside an emoji tag sequence (a black flag, then tags, then
        // the cancel tag): anywhere else, as inside a word, they are invisible debris.
        if (cp >= 0xE0020 && cp <= 0xE007F && prev_ != 0x1F3F4 && !(prev_ >= 0xE0020 && prev_ <= 0xE007E))
            continue;
        if (placeholder_debris(cp, i)) continue;
        if (folded(cp)) continue;
        // Stream-safe text (UAX #15): at most 30 combining marks in a row. Longer runs are
        // "zalgo" debris, and canonical ordering of them is quadratic.
        if (cp >= 0x300 && utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->combining_class != 0) {
            if (++nonstarters_ > kMaxNonStarters) continue;
        } else {
            nonstarters_ = 0;
        }
        write(cp);
    }
    if (mode_ == TextMode::segment) {
        if (leading_space_ && !out_.empty()) out_.insert(out_.begin(), ' ');
        if (pending_space_) out_ += ' ';
        if (out_.empty() && (leading_space_ || pending_space_)) out_.push_back(' ');  // not `= " "`: gcc 12 warns falsely (-Wrestrict)
    }
    return needs_norm_;
}

}  // namespace

bool filter_chars(std::string_view s, const UnicodeOptions& o, TextMode mode, std::string& out, bool screened) {
    return CharFilter(s, o, mode, out, screened).run();
}

bool NfcCheck::inert_uncached(char32_t cp) {
    if (cp < 0x300) return true;
    // A precomposed Hangul syllable stays (an LV one takes a trailing jamo after it: that jamo is
    // not inert); conjoining jamo compose.
    if (cp >= 0xAC00 && cp <= 0xD7A3) return true;
    if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF)) return false;
    if (cp > 0x10FFFF) return false;
    const auto* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
    if (p->combining_class != 0) return false;
    // utf8proc marks the second part of a composition pair with the high bit of comb_index (the
    // first part has it clear): NFC_QC=Maybe.
    if (p->comb_index != UINT16_MAX && p->comb_index >= 0x8000) return false;
    // No decomposition, or a compatibility one only (NFC keeps "…", "™", full-width forms).
    if (p->decomp_seqindex == UINT16_MAX || p->decomp_type != 0) return true;
    // A canonical decomposition: inert when NFC composes it back (é, ά, й), not when it is a
    // singleton (the ohm sign, the angstrom sign) or a composition excluded from NFC.
    utf8proc_int32_t buf[8];
    int boundclass = 0;
    const utf8proc_ssize_t len = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 8,
                                                         static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_STABLE), &boundclass);
    if (len <= 0 || len > 8) return false;
    const utf8proc_ssize_t composed = utf8proc_normalize_utf32(buf, len, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
    return composed == 1 && buf[0] == static_cast<utf8proc_int32_t>(cp);
}

bool chars_already_clean(std::string_view s, const UnicodeOptions& o, bool segment_mode) {
    if (!segment_mode && !s.empty() && (s.front() == ' ' || s.back() == ' ')) return false;
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    NfcCheck nfc;
    bool prev_space = false;
    for (std::size_t i = 0; i < n;) {
        const unsigned char b = p[i];
        if (b < 0x80) {
            const bool space = b == ' ';
            if ((space && prev_space) || (!space && (b < 0x21 || b == 0x7F))) return false;
            prev_space = space;
            ++i;
            continue;
        }
        prev_space = false;
        const std::size_t at = i;
        const char32_t cp = next_utf8(p, n, i);
        // An ill-formed sequence is written back as U+FFFD; a well-formed U+FFFD stays.
        if (cp == kReplacement && !(i - at == 3 && p[at] == 0xEF && p[at + 1] == 0xBF && p[at + 2] == 0xBD)) return false;
        if (classify(cp) != Action::keep || o.nfkc) return false;
        if ((cp >= 0xFB00 && cp <= 0xFB06) || cp == 0xFE0E || cp == 0xFE0F) return false;   // ligatures, selectors
        if (cp >= 0xE0020 && cp <= 0xE007F) return false;   // tag characters: the pass asks where they stand
        if (cp == 0x25CC || cp == 0x2800 || cp == 0x034F || cp == 0x115F || cp == 0x1160) return false;   // placeholders: likewise
        if (o.fold_typography && ((cp >= 0x2010 && cp <= 0x201F) || cp == 0x2026 || cp == 0x2032 || cp == 0x2033)) return false;
        if (!nfc.inert(cp)) return false;
    }
    return true;
}

}  // namespace winnow::detail
