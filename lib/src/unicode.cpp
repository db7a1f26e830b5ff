// Stage — Unicode: entity residue, mojibake, invisible debris, odd spaces, NFC/NFKC.
#include "unicode.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <vector>

#include "block_edit.hpp"
#include "c1_controls.hpp"
#include "charset_tables.hpp"
#include "entity_residue.hpp"
#include "escape_residue.hpp"
#include "fullwidth.hpp"
#include "mojibake.hpp"

namespace winnow::detail {
namespace {

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

// Removes debris, maps spaces and line breaks, folds typography, appending to out; remembers
// whether the result may need utf8proc normalization.
class CharFilter {
public:
    CharFilter(std::string_view s, const UnicodeOptions& o, Mode mode, std::string& out)
        : p_(reinterpret_cast<const unsigned char*>(s.data())), n_(s.size()), s_(s), o_(o), mode_(mode), out_(out) {}
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
    void write(char32_t cp);

    const unsigned char* p_;
    std::size_t n_;
    std::string_view s_;
    const UnicodeOptions& o_;
    Mode mode_;
    std::string& out_;
    bool needs_norm_ = false;
    bool pending_space_ = false;
    bool leading_space_ = false;      // segment mode keeps one edge space
    char32_t prev_ = 0;               // last code point written
    char32_t base_ = 0;               // last code point written that is not a mark (' ' after a space)
    int nonstarters_ = 0;             // combining marks since the last starter
    std::size_t lookahead_end_ = 0;   // joiner context: where the last look-ahead stopped...
    char32_t lookahead_next_ = 0;     // ...and the surviving code point it found (0: none)
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
            if (na != Action::drop && na != Action::joiner) break;
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
    if (mode_ == Mode::pre) {
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
    if (out_.empty() && mode_ == Mode::segment) leading_space_ = true;
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

void CharFilter::write(char32_t cp) {
    if (mode_ != Mode::pre) emit_pending();
    if (cp >= 0x300 || (o_.nfkc && cp >= 0xA0)) needs_norm_ = needs_norm_ || may_change_under_normalization(cp, o_.nfkc);
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
    if (mode_ == Mode::segment) {
        if (leading_space_ && !out_.empty()) out_.insert(out_.begin(), ' ');
        if (pending_space_) out_ += ' ';
        if (out_.empty() && (leading_space_ || pending_space_)) out_ = " ";
    }
    return needs_norm_;
}

bool filter_chars(std::string_view s, const UnicodeOptions& o, Mode mode, std::string& out) {
    return CharFilter(s, o, mode, out).run();
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
    // Per byte, by table: 1 ends plain ASCII (non-ASCII, DEL, a control, '&'), 2 may open an
    // escape (a backslash, '%'), 0 is nothing to do. One lookup a byte: every text passes here.
    static constexpr auto kKind = [] {
        std::array<std::uint8_t, 256> t{};
        for (int b = 0; b < 256; ++b) t[b] = b >= 0x7F || b < 0x20 || b == '&' ? 1 : 0;
        t['\\'] = t['%'] = 2;
        return t;
    }();
    std::uint8_t seen = 0;
    for (const char c : s) {
        const std::uint8_t k = kKind[static_cast<unsigned char>(c)];
        if (k == 1) return false;
        seen |= k;
    }
    return seen == 0 || !may_hold_escape_residue(s);
}

std::string collapse_ascii_spaces(std::string_view s, Mode mode) {
    std::string out;
    out.reserve(s.size());
    bool pending = false, leading = false;
    // A word (the bytes up to the next space) is appended whole, not byte by byte.
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == ' ') {
            if (out.empty()) leading = true;
            pending = true;
            ++i;
            continue;
        }
        std::size_t j = i + 1;
        while (j < s.size() && s[j] != ' ') ++j;
        if (pending && !out.empty()) out += ' ';
        pending = false;
        out.append(s.data() + i, j - i);
        i = j;
    }
    if (mode == Mode::segment) {
        if (leading && !out.empty()) out.insert(out.begin(), ' ');
        if (pending || (out.empty() && leading)) out += ' ';
    }
    return out;
}

// evidence: the caller saw unambiguous mojibake around this text. trim_code: trim a whole
// pre-formatted text (not a segment of one). literal: text quoted as code inline, where
// "Ã©" or "&amp;eacute;" is what the author shows: characters are filtered, nothing repaired.
// own_evidence: in is a whole block, and evidence is to be mojibake_evidence(in), worked out by
// the first repair.
std::string normalize_impl(std::string_view in, const UnicodeOptions& o, Mode mode, PageMask evidence, bool trim_code = true,
                           bool literal = false, bool own_evidence = false) {
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
        const bool repair = mode != Mode::pre && !literal;
        if (repair && cur.find('&') != std::string::npos && decode_entities(cur, tmp)) {
            cur.swap(tmp);
            changed = true;
        }
        if (repair && may_hold_escape_residue(cur) && decode_escape_residue(cur, tmp)) {
            cur.swap(tmp);
            changed = true;
        }
        bool repaired = false;
        if (o.repair_mojibake && !literal) {
            if (own_evidence) {
                own_evidence = false;
                if (cur == in) {
                    repaired = repair_mojibake_own_evidence(cur, tmp, evidence);
                } else {   // entities, residue or full-width folding changed it: judge the block as it came
                    evidence = mojibake_evidence(in);
                    repaired = repair_mojibake(cur, tmp, evidence);
                }
            } else {
                repaired = repair_mojibake(cur, tmp, evidence);
            }
        }
        if (repaired) {
            cur.swap(tmp);
            changed = true;
        } else if (!literal && c1_controls_as_cp1252(cur)) {
            // Only once the repair is done: a chain of other code pages keeps its undefined bytes
            // as C1 controls until it is read back. The next round reads the windows-1252 text.
            changed = true;
        }
        // Full-width ASCII is judged by the letters around it once those are read (a C1 control
        // becomes "œ", an entity a letter); what it folds to is read by the next round ("＆amp;").
        if (mode != Mode::pre && !literal && !o.nfkc && fold_fullwidth_outside_cjk(cur, tmp)) {
            cur.swap(tmp);
            changed = true;
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
        if (o.repair_mojibake && cur.size() != before) return normalize_impl(cur, o, mode, evidence, trim_code, literal);
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

bool has_code_span(const Block& b) {
    return std::any_of(b.spans.begin(), b.spans.end(), [](const Span& s) { return s.kind == Span::Kind::code; });
}

// A block's text outside its inline code spans.
std::string prose_of(const Block& b) {
    std::string out;
    std::uint32_t from = 0;
    for (const Span& s : b.spans) {   // spans are in text order
        if (s.kind != Span::Kind::code || s.begin < from) continue;
        out.append(b.text, from, s.begin - from);
        out += ' ';
        from = s.end;
    }
    if (from < b.text.size()) out.append(b.text, from, std::string::npos);
    return out;
}

bool any_high_byte(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) >= 0xC2; });
}

// True when a code block holds non-ASCII text and no prose block shows mojibake. Only pages with
// such a code block pay for the look at their prose.
bool code_blocks_as_quoted(std::vector<Block>& body) {
    bool code_may_hold = false, prose_damaged = false;
    for_each_text_block(body, [&](Block& b) { code_may_hold = code_may_hold || (b.kind == BlockKind::code && any_high_byte(b.text)); });
    if (!code_may_hold) return false;
    for_each_text_block(body, [&](Block& b) {
        if (!prose_damaged && b.kind != BlockKind::code) prose_damaged = mojibake_evidence(has_code_span(b) ? prose_of(b) : b.text) != 0;
    });
    return !prose_damaged;
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

    // Code blocks quote text as it is (a page on encodings shows "Ã©"), unless the page's prose
    // is misread too: then the code was misread with it.
    const bool literal_code_blocks = options.repair_mojibake && code_blocks_as_quoted(doc.body);
    for_each_text_block(doc.body, [&](Block& b) {
        if (b.kind == BlockKind::code) {
            map_segments(b, [&](std::string_view seg) {
                return normalize_impl(seg, options, Mode::pre, 0, false, literal_code_blocks);
            });
            trim_code_block(b);
        } else {
            // Mojibake evidence is judged on the whole block: spans cut it into short segments.
            // A block of one segment has it judged by its first repair round (the same work).
            const bool whole = b.spans.empty() && options.repair_mojibake;
            const PageMask evidence = options.repair_mojibake && !whole ? mojibake_evidence(b.text) : 0;
            // Inline code quotes text as it is ("é turns into <code>Ã©</code>"), unless the prose
            // around it is damaged too: then the whole page was misread, code included.
            const bool literal_code = has_code_span(b) && !(options.repair_mojibake && mojibake_evidence(prose_of(b)));
            // map_segments hands out views into b.text: a view's offset places it among the spans.
            auto in_code_span = [&](std::string_view seg) {
                const auto at = static_cast<std::uint32_t>(seg.data() - b.text.data());
                return std::any_of(b.spans.begin(), b.spans.end(), [&](const Span& s) {
                    return s.kind == Span::Kind::code && s.begin <= at && at < s.end;
                });
            };
            map_segments(b, [&](std::string_view seg) {
                return normalize_impl(seg, options, Mode::segment, evidence, true, literal_code && in_code_span(seg), whole);
            });
            tidy_spaces(b);
        }
        for (auto& s : b.spans) trim_target(s.target);
        trim_target(b.src);
    });
}

}  // namespace winnow::detail
