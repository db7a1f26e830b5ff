// Stage — Unicode: entity residue, mojibake, invisible debris, odd spaces, NFC/NFKC.
#include "unicode.hpp"

#include <utf8proc.h>

#include <vector>

#include "block_edit.hpp"
#include "charset_tables.hpp"
#include "escape_residue.hpp"
#include "mojibake.hpp"

namespace winnow::detail {
namespace {

// ---------------------------------------------------------------- entity residue

struct Entity {
    std::string_view name;
    char32_t cp;
};

// The named references that actually survive into scraped text (HTML5 names, case-sensitive).
constexpr Entity kEntities[] = {
    {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}, {"nbsp", 0xA0},
    {"AMP", '&'}, {"LT", '<'}, {"GT", '>'}, {"QUOT", '"'},
    {"ensp", 0x2002}, {"emsp", 0x2003}, {"thinsp", 0x2009}, {"zwnj", 0x200C}, {"zwj", 0x200D},
    {"lrm", 0x200E}, {"rlm", 0x200F}, {"shy", 0xAD}, {"copy", 0xA9}, {"reg", 0xAE}, {"trade", 0x2122},
    {"hellip", 0x2026}, {"mdash", 0x2014}, {"ndash", 0x2013}, {"lsquo", 0x2018}, {"rsquo", 0x2019},
    {"sbquo", 0x201A}, {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"bdquo", 0x201E}, {"laquo", 0xAB},
    {"raquo", 0xBB}, {"lsaquo", 0x2039}, {"rsaquo", 0x203A}, {"bull", 0x2022}, {"middot", 0xB7},
    {"deg", 0xB0}, {"plusmn", 0xB1}, {"times", 0xD7}, {"divide", 0xF7}, {"frac12", 0xBD},
    {"frac14", 0xBC}, {"frac34", 0xBE}, {"sup1", 0xB9}, {"sup2", 0xB2}, {"sup3", 0xB3}, {"micro", 0xB5},
    {"para", 0xB6}, {"sect", 0xA7}, {"cent", 0xA2}, {"pound", 0xA3}, {"yen", 0xA5}, {"euro", 0x20AC},
    {"curren", 0xA4}, {"iexcl", 0xA1}, {"iquest", 0xBF}, {"acute", 0xB4}, {"cedil", 0xB8},
    {"uml", 0xA8}, {"macr", 0xAF}, {"ordf", 0xAA}, {"ordm", 0xBA}, {"not", 0xAC}, {"brvbar", 0xA6},
    {"dagger", 0x2020}, {"Dagger", 0x2021}, {"permil", 0x2030}, {"prime", 0x2032}, {"Prime", 0x2033},
    {"oline", 0x203E}, {"minus", 0x2212}, {"le", 0x2264}, {"ge", 0x2265}, {"ne", 0x2260},
    {"asymp", 0x2248}, {"infin", 0x221E}, {"sum", 0x2211}, {"larr", 0x2190}, {"rarr", 0x2192},
    {"uarr", 0x2191}, {"darr", 0x2193}, {"harr", 0x2194}, {"hearts", 0x2665}, {"check", 0x2713},
    {"Agrave", 0xC0}, {"Aacute", 0xC1}, {"Acirc", 0xC2}, {"Atilde", 0xC3}, {"Auml", 0xC4},
    {"Aring", 0xC5}, {"AElig", 0xC6}, {"Ccedil", 0xC7}, {"Egrave", 0xC8}, {"Eacute", 0xC9},
    {"Ecirc", 0xCA}, {"Euml", 0xCB}, {"Igrave", 0xCC}, {"Iacute", 0xCD}, {"Icirc", 0xCE},
    {"Iuml", 0xCF}, {"ETH", 0xD0}, {"Ntilde", 0xD1}, {"Ograve", 0xD2}, {"Oacute", 0xD3},
    {"Ocirc", 0xD4}, {"Otilde", 0xD5}, {"Ouml", 0xD6}, {"Oslash", 0xD8}, {"Ugrave", 0xD9},
    {"Uacute", 0xDA}, {"Ucirc", 0xDB}, {"Uuml", 0xDC}, {"Yacute", 0xDD}, {"THORN", 0xDE},
    {"szlig", 0xDF}, {"agrave", 0xE0}, {"aacute", 0xE1}, {"acirc", 0xE2}, {"atilde", 0xE3},
    {"auml", 0xE4}, {"aring", 0xE5}, {"aelig", 0xE6}, {"ccedil", 0xE7}, {"egrave", 0xE8},
    {"eacute", 0xE9}, {"ecirc", 0xEA}, {"euml", 0xEB}, {"igrave", 0xEC}, {"iacute", 0xED},
    {"icirc", 0xEE}, {"iuml", 0xEF}, {"eth", 0xF0}, {"ntilde", 0xF1}, {"ograve", 0xF2},
    {"oacute", 0xF3}, {"ocirc", 0xF4}, {"otilde", 0xF5}, {"ouml", 0xF6}, {"oslash", 0xF8},
    {"ugrave", 0xF9}, {"uacute", 0xFA}, {"ucirc", 0xFB}, {"uuml", 0xFC}, {"yacute", 0xFD},
    {"thorn", 0xFE}, {"yuml", 0xFF}, {"OElig", 0x152}, {"oelig", 0x153}, {"Scaron", 0x160},
    {"scaron", 0x161}, {"Yuml", 0x178}, {"fnof", 0x192}, {"circ", 0x2C6}, {"tilde", 0x2DC},
    {"alpha", 0x3B1}, {"beta", 0x3B2}, {"gamma", 0x3B3}, {"delta", 0x3B4}, {"pi", 0x3C0},
    {"sigma", 0x3C3}, {"mu", 0x3BC}, {"omega", 0x3C9}, {"Omega", 0x3A9}, {"Delta", 0x394},
};

bool is_alnum(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); }

// Parses a character reference at s[0] == '&'. Returns its length (0: not a reference).
// Only the full "&name;" / "&#123;" / "&#x1F;" forms count, so "AT&T" and "R&D" stay.
std::size_t parse_reference(std::string_view s, char32_t& cp) {
    if (s.size() < 3) return 0;
    if (s[1] == '#') {
        const bool hex = s[2] == 'x' || s[2] == 'X';
        std::size_t i = hex ? 3 : 2;
        const std::size_t start = i;
        std::uint32_t v = 0;
        for (; i < s.size() && i - start < 8; ++i) {
            const char c = s[i];
            int d;
            if (c >= '0' && c <= '9') d = c - '0';
            else if (hex && c >= 'a' && c <= 'f') d = c - 'a' + 10;
            else if (hex && c >= 'A' && c <= 'F') d = c - 'A' + 10;
            else break;
            v = v * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
        }
        if (i == start) return 0;
        // Without its ';' ("caf&#233 ", "it&#39s") a browser still decodes it; two digits at
        // least, and never '&' (it would chain with what follows).
        const bool closed = i < s.size() && s[i] == ';';
        if (!closed && (i - start < 2 || i - start >= 8 || v < 0x20 || v == '&')) return 0;
        if (!closed) --i;   // the length below counts a ';' that is not there
        // HTML's rules: NUL, surrogates and out-of-range become U+FFFD; 80-9F are cp1252.
        if (v == 0 || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) cp = kReplacement;
        else if (v >= 0x80 && v <= 0x9F) cp = cp1252_to_unicode(static_cast<unsigned char>(v));
        else cp = v;
        return i + 1;
    }
    std::size_t i = 1;
    while (i < s.size() && i <= 9 && is_alnum(s[i])) ++i;
    if (i == 1 || i >= s.size() || s[i] != ';') return 0;
    const std::string_view name = s.substr(1, i - 1);
    for (const auto& e : kEntities) {
        if (e.name == name) {
            cp = e.cp;
            return i + 1;
        }
    }
    return 0;
}

// Decodes every reference into out; false (out untouched) when none. A reference that
// decodes to '&' is chained with the text after it, so "&amp;amp;lt;" gives "<" in this one
// linear pass (parse_reference never looks at its first character).
bool decode_entities_once(std::string_view s, std::string& out) {
    std::size_t amp = s.find('&');
    bool changed = false;
    std::size_t i = 0;
    while (amp != std::string_view::npos) {
        char32_t cp = 0;
        std::size_t len = parse_reference(s.substr(amp), cp);
        if (len > 0) {
            if (!changed) {
                out.clear();
                out.reserve(s.size());
                changed = true;
            }
            out.append(s, i, amp - i);
            std::size_t end = amp + len;
            std::size_t more = 0;
            while (cp == '&' && (more = parse_reference(s.substr(end - 1), cp)) > 0) end += more - 1;
            append_utf8(out, cp);
            i = end;
        }
        amp = s.find('&', len > 0 ? i : amp + 1);
    }
    if (changed) out.append(s, i);
    return changed;
}

// Residue the chaining above cannot see ("&amp&#59;") needs another pass; a few are plenty
// for real pages and keep adversarial input linear.
bool decode_entities(std::string_view s, std::string& out) {
    std::string a, b;
    if (!decode_entities_once(s, a)) return false;
    for (int pass = 0; pass < 4 && decode_entities_once(a, b); ++pass) a.swap(b);
    out = std::move(a);
    return true;
}

// ---------------------------------------------------------------- character classes

enum class Action : std::uint8_t { keep, drop, space, line, joiner };

// What the stage does with one code point, before context (joiners) and mode.
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

// May this code point change under NFC (NFKC when compat)? Conservative: anything with a
// decomposition, a combining class or a composition role goes to utf8proc.
bool may_change_under_normalization(char32_t cp, bool compat) {
    if (cp < 0x300) return compat && cp >= 0xA0 && utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->decomp_seqindex != UINT16_MAX;
    if (cp >= 0xAC00 && cp <= 0xD7A3) return false;   // precomposed Hangul syllables
    if ((cp >= 0x1100 && cp <= 0x11FF) || (cp >= 0xA960 && cp <= 0xA97F) || (cp >= 0xD7B0 && cp <= 0xD7FF))
        return true;                                   // conjoining jamo compose
    const auto* p = utf8proc_get_property(static_cast<utf8proc_int32_t>(cp));
    return p->combining_class != 0 || p->decomp_seqindex != UINT16_MAX || p->comb_index != UINT16_MAX;
}

// ---------------------------------------------------------------- the character pass

enum class Mode : std::uint8_t { text, segment, pre };

struct Scratch {
    std::vector<utf8proc_int32_t> cps;
};

constexpr int kMaxNonStarters = 30;

// Removes debris, maps spaces and line breaks, folds typography. Appends to out.
// Returns whether the result may need utf8proc normalization.
bool filter_chars(std::string_view s, const UnicodeOptions& o, Mode mode, std::string& out) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    bool needs_norm = false;
    bool pending_space = false;
    bool leading_space = false;      // segment mode keeps one edge space
    char32_t prev = 0;               // last code point written
    char32_t base = 0;               // last code point written that is not a mark (' ' after a space)
    int nonstarters = 0;             // combining marks since the last starter
    std::size_t lookahead_end = 0;   // joiner context: where the last look-ahead stopped...
    char32_t lookahead_next = 0;     // ...and the surviving code point it found (0: none)
    out.reserve(out.size() + s.size());
    auto emit_pending = [&] {
        if (pending_space) {
            if (!out.empty()) out += ' ';
            pending_space = false;
        }
    };
    std::size_t i = 0;
    while (i < n) {
        // ASCII letters and punctuation in bulk.
        if (p[i] >= 0x21 && p[i] < 0x7F) {
            emit_pending();
            std::size_t j = i;
            while (j < n && p[j] >= 0x21 && p[j] < 0x7F) ++j;
            out.append(s.data() + i, j - i);
            prev = p[j - 1];
            base = prev;
            i = j;
            continue;
        }
        char32_t cp = next_utf8(p, n, i);
        Action a = cp == ' ' ? Action::space : classify(cp);
        if (a == Action::joiner) {
            // Keep a joiner only between two emoji or two letters of a joining script;
            // the next neighbour is the next code point that survives.
            // The scan is shared by a run of joiners, so long runs stay linear.
            if (i >= lookahead_end) {
                std::size_t k = i;
                lookahead_next = 0;
                while (k < n) {
                    lookahead_next = next_utf8(p, n, k);
                    const Action na = classify(lookahead_next);
                    if (na != Action::drop && na != Action::joiner) break;
                    lookahead_next = 0;
                }
                lookahead_end = k;
            }
            const char32_t next = lookahead_next;
            // After an Indic virama a joiner selects half forms and chillus, even word-final.
            const bool after_virama = is_joining_script_letter(prev) && prev >= 0x0900 &&
                                      utf8proc_get_property(static_cast<utf8proc_int32_t>(prev))->combining_class == 9;
            const bool keep = (cp == 0x200D && is_emoji_part(prev) && is_emoji_part(next)) ||
                              (is_joining_script_letter(prev) && is_joining_script_letter(next)) || after_virama;
            a = keep ? Action::keep : Action::drop;
        }
        if (mode == Mode::pre) {
            if (cp == '\r') {
                if (i < n && p[i] == '\n') ++i;   // CRLF is one break
                out += '\n';
                prev = '\n';
                base = ' ';
                continue;
            }
            if (cp == '\t') {
                out += '\t';
                prev = '\t';
                base = ' ';
                continue;
            }
            if (a == Action::line) {
                out += '\n';
                prev = '\n';
                base = ' ';
                continue;
            }
            if (a == Action::space) {
                out += ' ';
                prev = ' ';
                base = ' ';
                continue;
            }
        } else if (a == Action::space || a == Action::line) {
            if (out.empty() && mode == Mode::segment) leading_space = true;
            pending_space = true;
            base = ' ';
            continue;
        }
        if (a == Action::drop) continue;
        // An emoji or text presentation selector after a letter selects nothing: debris
        // (after a digit or '#' it is part of a keycap, after a symbol or emoji it is meant).
        // The base is the last character written that is not a mark ("A" of "A\u030A"), so the
        // verdict is the same before and after NFC composes them.
        if ((cp == 0xFE0E || cp == 0xFE0F) && base != 0x2139 &&  // ℹ️ is a letter with an emoji form
            utf8proc_category(static_cast<utf8proc_int32_t>(base)) >= UTF8PROC_CATEGORY_LU &&
            utf8proc_category(static_cast<utf8proc_int32_t>(base)) <= UTF8PROC_CATEGORY_LO)
            continue;
        // Latin typographic ligatures (copied from PDFs and typeset text) are their letters:
        // "ﬁrst" must match "first".
        if (cp >= 0xFB00 && cp <= 0xFB06) {
            static constexpr std::string_view kLigature[] = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};
            emit_pending();
            out += kLigature[cp - 0xFB00];
            prev = static_cast<unsigned char>(out.back());
            base = prev;
            nonstarters = 0;
            continue;
        }
        if (o.fold_typography) {
            std::string_view folded;
            switch (cp) {
                case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: folded = "'"; break;
                case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033: folded = "\""; break;
                case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: folded = "-"; break;
                case 0x2026: folded = "..."; break;
                default: break;
            }
            if (!folded.empty()) {
                emit_pending();
                out += folded;
                prev = static_cast<unsigned char>(folded.back());
                base = prev;
                continue;
            }
        }
        // Stream-safe text (UAX #15): at most 30 combining marks in a row. Longer runs are
        // "zalgo" debris, and canonical ordering of them is quadratic.
        if (cp >= 0x300 && utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->combining_class != 0) {
            if (++nonstarters > kMaxNonStarters) continue;
        } else {
            nonstarters = 0;
        }
        if (mode != Mode::pre) emit_pending();
        if (cp >= 0x300 || (o.nfkc && cp >= 0xA0)) needs_norm = needs_norm || may_change_under_normalization(cp, o.nfkc);
        append_utf8(out, cp);
        prev = cp;
        if (cp < 0x300 || utf8proc_category(static_cast<utf8proc_int32_t>(cp)) < UTF8PROC_CATEGORY_MN ||
            utf8proc_category(static_cast<utf8proc_int32_t>(cp)) > UTF8PROC_CATEGORY_ME)
            base = cp;
    }
    if (mode == Mode::segment) {
        if (leading_space && !out.empty()) out.insert(out.begin(), ' ');
        if (pending_space) out += ' ';
        if (out.empty() && (leading_space || pending_space)) out = " ";
    }
    return needs_norm;
}

// NFC (or NFKC) through utf8proc: decompose into one buffer, compose and re-encode in place.
void normalize_form(std::string& s, bool compat, Scratch& scratch) {
    const utf8proc_option_t dopt = static_cast<utf8proc_option_t>(
        UTF8PROC_STABLE | UTF8PROC_DECOMPOSE | (compat ? UTF8PROC_COMPAT : 0));
    const utf8proc_option_t copt = static_cast<utf8proc_option_t>(
        UTF8PROC_STABLE | UTF8PROC_COMPOSE | (compat ? UTF8PROC_COMPAT : 0));
    auto& buf = scratch.cps;
    buf.resize(s.size() + 8);
    const auto* in = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
    const auto len = static_cast<utf8proc_ssize_t>(s.size());
    utf8proc_ssize_t count = utf8proc_decompose(in, len, buf.data(), static_cast<utf8proc_ssize_t>(buf.size()), dopt);
    if (count > static_cast<utf8proc_ssize_t>(buf.size())) {
        buf.resize(static_cast<std::size_t>(count) + 8);
        count = utf8proc_decompose(in, len, buf.data(), static_cast<utf8proc_ssize_t>(buf.size()), dopt);
    }
    if (count < 0) return;   // cannot happen for valid UTF-8; keep the text as it is
    // reencode needs one spare slot beyond the code points.
    if (static_cast<std::size_t>(count) + 1 > buf.size()) buf.resize(static_cast<std::size_t>(count) + 1);
    const utf8proc_ssize_t bytes = utf8proc_reencode(buf.data(), count, copt);
    if (bytes < 0) return;
    s.assign(reinterpret_cast<const char*>(buf.data()), static_cast<std::size_t>(bytes));
}

// Trims a pre-formatted result: leading blank lines and all trailing whitespace go,
// first-line indentation stays.
void trim_pre(std::string& s) {
    std::size_t end = s.size();
    while (end > 0 && (s[end - 1] == ' ' || s[end - 1] == '\t' || s[end - 1] == '\n')) --end;
    s.resize(end);
    std::size_t start = 0, cut = 0;
    while (start < s.size() && (s[start] == ' ' || s[start] == '\t' || s[start] == '\n')) {
        if (s[start] == '\n') cut = start + 1;
        ++start;
    }
    if (cut > 0) s.erase(0, cut);
}

// Pure printable ASCII without '&' or escape residue: only whitespace can need work.
bool plain_ascii(std::string_view s) {
    bool escape_char = false;
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x7F || b == '&' || (b < 0x20 && b != ' ')) return false;
        escape_char = escape_char || b == '\\' || b == '%';
    }
    return !escape_char || !may_hold_escape_residue(s);
}

std::string collapse_ascii_spaces(std::string_view s, Mode mode) {
    std::string out;
    out.reserve(s.size());
    bool pending = false, leading = false;
    for (const char c : s) {
        if (c == ' ') {
            if (out.empty()) leading = true;
            pending = true;
            continue;
        }
        if (pending && !out.empty()) out += ' ';
        pending = false;
        out += c;
    }
    if (mode == Mode::segment) {
        if (leading && !out.empty()) out.insert(out.begin(), ' ');
        if (pending || (out.empty() && leading)) out += ' ';
    }
    return out;
}

// evidence: the caller saw unambiguous mojibake around this text. trim_code: trim a whole
// pre-formatted text (not a segment of one). own_evidence: in is a whole block, and evidence
// is to be mojibake_evidence(in), worked out by the first repair.
std::string normalize_impl(std::string_view in, const UnicodeOptions& o, Mode mode, PageMask evidence, bool trim_code = true,
                           bool own_evidence = false) {
    if (mode != Mode::pre && plain_ascii(in)) return collapse_ascii_spaces(in, mode);
    Scratch scratch;
    std::string cur(in), tmp;
    // Each round: entities, mojibake, then the character pass. A later round only runs when
    // removing debris exposed new residue (e.g. "&\u200Bamp;"), which keeps the result
    // idempotent. Debris can expose residue again and again ("Ñâ€Ñâ€â\u200D€Ñâ€â\u200D€…",
    // found by fuzz_unicode: three rounds left a repairable result), so rounds go on until
    // nothing changes; each one that changes shortens the text, and the cap only bounds the
    // cost of a hostile run (tests/data/fuzz-regressions/unicode/).
    for (int round = 0; round < 32; ++round) {
        bool changed = false;
        if (mode != Mode::pre && cur.find('&') != std::string::npos && decode_entities(cur, tmp)) {
            cur.swap(tmp);
            changed = true;
        }
        if (mode != Mode::pre && may_hold_escape_residue(cur) && decode_escape_residue(cur, tmp)) {
            cur.swap(tmp);
            changed = true;
        }
        if (o.repair_mojibake) {
            bool repaired = false;
            if (own_evidence) {
                own_evidence = false;
                if (cur == in) {
                    repaired = repair_mojibake_own_evidence(cur, tmp, evidence);
                } else {   // entities or residue changed it: the evidence is the block's as it came
                    evidence = mojibake_evidence(in);
                    repaired = repair_mojibake(cur, tmp, evidence);
                }
            } else {
                repaired = repair_mojibake(cur, tmp, evidence);
            }
            if (repaired) {
                cur.swap(tmp);
                changed = true;
            }
        }
        if (round > 0 && !changed) break;
        tmp.clear();
        const bool norm = filter_chars(cur, o, mode, tmp);
        cur.swap(tmp);
        if (norm) {
            normalize_form(cur, o.nfkc, scratch);
            // Reordering marks can change a joiner's neighbours, and compatibility mappings
            // can yield spaces (U+00A8 → " ̈"): filter again until stable. Joiners only ever
            // go, so this ends quickly.
            if (o.nfkc || cur.find("\u200C") != std::string::npos || cur.find("\u200D") != std::string::npos) {
                for (int k = 0; k < 4; ++k) {
                    tmp.clear();
                    if (filter_chars(cur, o, mode, tmp)) normalize_form(tmp, o.nfkc, scratch);
                    if (tmp == cur) break;
                    cur.swap(tmp);
                }
            }
        }
    }
    if (mode == Mode::pre && trim_code) {
        // Repair reads line ends ("voilÃ" lost its no-break space there), so a result whose
        // trailing space the trim took is read again the way a second pass would read it
        // (found by fuzz_unicode: "�Â �Â " kept its first "Â" once, lost it the next time).
        const std::size_t before = cur.size();
        trim_pre(cur);
        if (o.repair_mojibake && cur.size() != before) return normalize_impl(cur, o, mode, evidence, trim_code);
    }
    return cur;
}

bool is_trim_char(char32_t cp) {
    const Action a = classify(cp);
    return cp == ' ' || a == Action::space || a == Action::line || a == Action::drop || a == Action::joiner;
}

// URLs are data, not prose: only debris at the ends goes.
void trim_target(std::string& s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    std::size_t begin = 0;
    while (begin < s.size()) {
        std::size_t k = begin;
        if (!is_trim_char(next_utf8(p, s.size(), k))) break;
        begin = k;
    }
    std::size_t end = s.size();
    while (end > begin) {
        std::size_t start = end - 1;
        while (start > begin && (p[start] & 0xC0) == 0x80) --start;
        std::size_t k = start;
        if (!is_trim_char(next_utf8(p, s.size(), k)) || k != end) break;
        end = start;
    }
    s = s.substr(begin, end - begin);
}

// trim_pre for a block with spans: the same cuts through erase_text.
void trim_code_block(Block& b) {
    const std::string& t = b.text;
    auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n'; };
    std::size_t end = t.size();
    while (end > 0 && ws(t[end - 1])) --end;
    erase_text(b, static_cast<std::uint32_t>(end), static_cast<std::uint32_t>(t.size()));
    std::size_t cut = 0;
    for (std::size_t i = 0; i < t.size() && ws(t[i]); ++i)
        if (t[i] == '\n') cut = i + 1;
    erase_text(b, 0, static_cast<std::uint32_t>(cut));
}

}  // namespace

std::string normalize_text(std::string_view text, const UnicodeOptions& options) {
    return normalize_impl(text, options, Mode::text, 0);
}

std::string normalize_preformatted(std::string_view text, const UnicodeOptions& options) {
    return normalize_impl(text, options, Mode::pre, 0);
}

void normalize_document(Document& doc, const UnicodeOptions& options) {
    auto& m = doc.meta;
    for (std::string* field : {&m.title, &m.subtitle, &m.description, &m.published, &m.modified, &m.site, &m.language})
        *field = normalize_text(*field, options);
    for (auto& a : m.authors) {
        a.name = normalize_text(a.name, options);
        a.role = normalize_text(a.role, options);
    }
    for (auto& t : m.tags) t = normalize_text(t, options);
    trim_target(m.url);
    trim_target(m.canonical_url);

    for_each_text_block(doc.body, [&](Block& b) {
        if (b.kind == BlockKind::code) {
            map_segments(b, [&](std::string_view seg) { return normalize_impl(seg, options, Mode::pre, 0, false); });
            trim_code_block(b);
        } else {
            // Mojibake evidence is judged on the whole block: spans cut it into short segments.
            // A block of one segment has it judged by its first repair round (the same work).
            const bool whole = b.spans.empty() && options.repair_mojibake;
            const PageMask evidence = options.repair_mojibake && !whole ? mojibake_evidence(b.text) : 0;
            map_segments(b, [&](std::string_view seg) {
                return normalize_impl(seg, options, Mode::segment, evidence, true, whole);
            });
            tidy_spaces(b);
        }
        for (auto& s : b.spans) trim_target(s.target);
        trim_target(b.src);
    });
}

}  // namespace winnow::detail
