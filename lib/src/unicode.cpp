// Stage — Unicode: entity residue, mojibake, invisible debris, odd spaces, NFC/NFKC.
#include "unicode.hpp"

#include <utf8proc.h>

#include <algorithm>
#include <optional>
#include <array>
#include <cstdint>
#include <vector>

#include "block_edit.hpp"
#include "c1_controls.hpp"
#include "charset_tables.hpp"
#include "entity_residue.hpp"
#include "escape_residue.hpp"
#include "fullwidth.hpp"
#include "punycode_words.hpp"
#include "styled_letters.hpp"
#include "confusable_letters.hpp"
#include "mojibake.hpp"
#include "mojibake_gbk.hpp"
#include "mojibake_legacy.hpp"
#include "mojibake_sjis.hpp"
#include "unicode_chars.hpp"

namespace winnow::detail {
namespace {

using Mode = TextMode;

struct Scratch {
    std::vector<utf8proc_int32_t> cps;
};

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

// Pure printable ASCII without '&' or escape residue: only whitespace can need work, and only
// when `spaced`: two spaces in a row, or in text mode one at an end (collapse_ascii_spaces).
bool plain_ascii(std::string_view s, Mode mode, bool& spaced) {
    // Per byte, by table: 1 ends plain ASCII (non-ASCII, DEL, a control, '&'), 2 may open an
    // escape (a backslash, '%', a UTF-7 '+'), 4 is a space, 0 is nothing to do. One lookup a byte: every
    // text passes here.
    static constexpr auto kKind = [] {
        std::array<std::uint8_t, 256> t{};
        for (int b = 0; b < 256; ++b) t[b] = b >= 0x7F || b < 0x20 || b == '&' ? 1 : 0;
        t['\\'] = t['%'] = t['+'] = 2;
        t[' '] = 4;
        t['-'] = 8;   // a doubled hyphen may be an IDNA label's "xn--" (punycode_words.cpp)
        return t;
    }();
    std::uint8_t seen = 0, prev = 0, doubled = 0;
    for (const char c : s) {
        const std::uint8_t k = kKind[static_cast<unsigned char>(c)];
        if (k == 1) return false;
        seen |= k;
        doubled |= k & prev;
        prev = k;
    }
    if ((doubled & 8) != 0 && (s.find("n--") != std::string_view::npos || s.find("N--") != std::string_view::npos)) return false;
    spaced = (doubled & 4) != 0 || (mode == Mode::text && !s.empty() && (s.front() == ' ' || s.back() == ' '));
    return (seen & 2) == 0 || !may_hold_escape_residue(s);
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

// The mojibake evidence of the block a segment belongs to, worked out when a segment first
// holds what may be mojibake (most blocks never need it).
class Evidence {
public:
    explicit Evidence(PageMask known) : value_(known), known_(true) {}
    explicit Evidence(std::string_view block) : block_(block) {}
    PageMask get() {
        if (!known_) value_ = mojibake_evidence(block_);
        known_ = true;
        return value_;
    }
    void set(PageMask m) {
        value_ = m;
        known_ = true;
    }
    bool known() const { return known_; }

private:
    std::string_view block_;
    PageMask value_ = 0;
    bool known_ = false;
};

// The mojibake step of a round: whether it repaired cur into tmp.
bool repair_step(const std::string& cur, std::string_view in, std::string& tmp, Evidence& evidence, bool& own_evidence) {
    if (own_evidence) {
        own_evidence = false;
        if (cur == in) {
            PageMask found = 0;
            const bool repaired = repair_mojibake_own_evidence(cur, tmp, found);
            evidence.set(found);
            return repaired;
        }
        evidence.set(mojibake_evidence(in));   // entities, residue or full-width folding changed it: judge the block as it came
        return repair_mojibake(cur, tmp, evidence.get());
    }
    // repair_mojibake repairs nothing in text its screen passes over, whatever the evidence.
    if (!may_hold_mojibake(cur)) return false;
    // Evidence only ever lets more repairs through (accept() is monotone in it), so a segment
    // nothing in which is repaired with every page in evidence needs no evidence: the block's
    // is worked out only for a segment that holds something repairable.
    if (!evidence.known() && !repair_mojibake(cur, tmp, kAllPages)) return false;
    return repair_mojibake(cur, tmp, evidence.get());
}

// How normalize_into reads a text.
struct Reading {
    bool trim_code = true;       // trim a whole pre-formatted text (not a segment of one)
    // Text quoted as code inline, where "Ã©" or "&amp;eacute;" is what the author shows:
    // characters are filtered, nothing repaired.
    bool literal = false;
    // in is a whole block, and evidence is to be mojibake_evidence(in), worked out by the first repair.
    bool own_evidence = false;
    // The shortcuts for text with nothing to do; without them every text takes every step (the
    // plain reading the shortcuts are held to).
    bool screened = true;
};

// Normalizes in into out and returns true; returns false, out untouched, when in is its own
// result. evidence: the caller saw unambiguous mojibake around this text.
bool normalize_into(std::string_view in, const UnicodeOptions& o, Mode mode, Evidence& evidence, std::string& out, Reading r) {
    if (bool spaced = false; mode != Mode::pre && plain_ascii(in, mode, spaced)) {
        if (!spaced && r.screened) return false;
        out = collapse_ascii_spaces(in, mode);
        return true;
    }
    const bool literal = r.literal, screened = r.screened;
    bool own_evidence = r.own_evidence;
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
        // UTF-8 Japanese read as Shift_JIS, a multi-byte page the single-byte scan does not read.
        if (o.repair_mojibake && repair && repair_sjis_mojibake(cur, tmp)) {
            cur.swap(tmp);
            changed = true;
        }
        // UTF-8 Chinese read as GBK, the same way.
        if (o.repair_mojibake && repair && repair_gbk_mojibake(cur, tmp)) {
            cur.swap(tmp);
            changed = true;
        }
        // A non-Latin page's text read as windows-1252 ("æàñ" in Cyrillic prose), before the UTF-8
        // repair, which could read a pair of its letters as some other page's sequence; words whose
        // bytes hold UTF-8 are left to that repair.
        if (o.repair_mojibake && repair && repair_legacy_page_words(cur, tmp)) {
            cur.swap(tmp);
            changed = true;
        }
        const bool repaired = o.repair_mojibake && !literal && repair_step(cur, in, tmp, evidence, own_evidence);
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
        // A word left as its IDNA ASCII form ("xn--bcher-kva") is its letters.
        if (mode != Mode::pre && !literal && (cur.find("n--") != std::string::npos || cur.find("N--") != std::string::npos) &&
            decode_punycode_words(cur, tmp)) {
            cur.swap(tmp);
            changed = true;
        }
        // Styled letters (math bold words, presentation forms, stacked marks) are their plain letters.
        if (mode != Mode::pre && !literal && !o.nfkc && fold_styled_letters(cur, tmp)) {
            cur.swap(tmp);
            changed = true;
        }
        // A word's letter of another script drawn like one of its own (a Cyrillic "о" in a Latin word) is that letter.
        if (mode != Mode::pre && !literal && fold_confusable_letters(cur, tmp)) {
            cur.swap(tmp);
            changed = true;
        }
        if (round > 0 && !changed) break;
        // Nothing repaired and nothing for the character pass or NFC to do: in is the result
        // (most text; the round after it would only repeat this one).
        if (screened && round == 0 && !changed && mode != Mode::pre && chars_already_clean(cur, o, mode == Mode::segment)) return false;
        tmp.clear();
        const bool norm = filter_chars(cur, o, mode, tmp, screened);
        cur.swap(tmp);
        if (norm) {
            normalize_form(cur, o.nfkc, scratch);
            // Reordering marks can change a joiner's neighbours, and compatibility mappings
            // can yield spaces (U+00A8 → " ̈"): filter again until stable. Joiners only ever
            // go, so this ends quickly.
            if (o.nfkc || cur.find("\u200C") != std::string::npos || cur.find("\u200D") != std::string::npos) {
                for (int k = 0; k < 4; ++k) {
                    tmp.clear();
                    if (filter_chars(cur, o, mode, tmp, screened)) normalize_form(tmp, o.nfkc, scratch);
                    if (tmp == cur) break;
                    cur.swap(tmp);
                }
            }
        }
        // A round that repaired nothing and ends where it began: the next one would repeat it.
        if (screened && round == 0 && !changed && cur == in) break;
    }
    if (mode == Mode::pre && r.trim_code) {
        // Repair reads line ends ("voilÃ" lost its no-break space there), so a result whose
        // trailing space the trim took is read again the way a second pass would read it
        // (found by fuzz_unicode: "�Â �Â " kept its first "Â" once, lost it the next time).
        const std::size_t before = cur.size();
        trim_pre(cur);
        if (o.repair_mojibake && cur.size() != before) {
            std::string again;
            if (normalize_into(cur, o, mode, evidence, again, {r.trim_code, literal, false, screened})) cur.swap(again);
        }
    }
    if (cur == in) return false;
    out = std::move(cur);
    return true;
}

std::string normalize_impl(std::string_view in, const UnicodeOptions& o, Mode mode, bool screened = true) {
    Evidence none(PageMask{0});
    std::string out;
    return normalize_into(in, o, mode, none, out, {.screened = screened}) ? out : std::string(in);
}

// Calls fn for every block and its descendants, in document order.
template <class Fn>
void each_block(std::vector<Block>& blocks, Fn& fn) {
    for (auto& b : blocks) {
        fn(b);
        each_block(b.children, fn);
    }
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
    return normalize_impl(text, options, Mode::text);
}

std::string normalize_preformatted(std::string_view text, const UnicodeOptions& options) {
    return normalize_impl(text, options, Mode::pre);
}

namespace {

void normalize_document(Document& doc, const UnicodeOptions& options, bool screened) {
    auto& m = doc.meta;
    for (std::string* field : {&m.title, &m.subtitle, &m.description, &m.published, &m.modified, &m.site, &m.language})
        *field = normalize_impl(*field, options, Mode::text, screened);
    for (auto& a : m.authors) {
        a.name = normalize_impl(a.name, options, Mode::text, screened);
        a.role = normalize_impl(a.role, options, Mode::text, screened);
    }
    for (auto& t : m.tags) t = normalize_impl(t, options, Mode::text, screened);
    trim_target(m.url);
    trim_target(m.canonical_url);

    // Code blocks quote text as it is (a page on encodings shows "Ã©"), unless the page's prose
    // is misread too: then the code was misread with it.
    const bool literal_code_blocks = options.repair_mojibake && code_blocks_as_quoted(doc.body);
    auto normalize_block = [&](Block& b) {
        if (b.kind == BlockKind::code) {
            Evidence none(PageMask{0});
            edit_segments(b, [&](std::string_view seg, std::string& out) {
                const bool edited = normalize_into(seg, options, Mode::pre, none, out, {false, literal_code_blocks, false, screened});
                if (!edited && !screened) out = seg;   // the plain reading rebuilds every segment
                return edited || !screened;
            });
            trim_code_block(b);
        } else {
            // Mojibake evidence is judged on the whole block: spans cut it into short segments.
            // A block of one segment has it judged by its first repair round (the same work).
            const bool whole = b.spans.empty() && options.repair_mojibake;
            Evidence evidence = !options.repair_mojibake || whole ? Evidence(PageMask{0})
                                : screened                        ? Evidence(std::string_view(b.text))
                                                                  : Evidence(mojibake_evidence(b.text));
            // Inline code quotes text as it is ("é turns into <code>Ã©</code>"), unless the prose
            // around it is damaged too: then the whole page was misread, code included.
            const bool literal_code = has_code_span(b) && !(options.repair_mojibake && mojibake_evidence(prose_of(b)));
            // edit_segments hands out views into b.text: a view's offset places it among the spans.
            // (The code spans indexed once, not walked for every segment: quadratic in a block
            // with thousands of spans. The spans stand still until edit_segments has read all.)
            std::optional<SpanIndex> code_spans;
            auto in_code_span = [&](std::string_view seg) {
                const auto at = static_cast<std::uint32_t>(seg.data() - b.text.data());
                if (!code_spans) code_spans.emplace(b.spans, Span::Kind::code);
                return code_spans->covers(at);
            };
            edit_segments(b, [&](std::string_view seg, std::string& out) {
                const bool edited = normalize_into(seg, options, Mode::segment, evidence, out,
                                                   {true, literal_code && in_code_span(seg), whole, screened});
                if (!edited && !screened) out = seg;
                return edited || !screened;
            });
            tidy_spaces(b);
        }
        for (auto& s : b.spans) trim_target(s.target);
        trim_target(b.src);
    };
    each_block(doc.body, normalize_block);
}

}  // namespace

void normalize_document(Document& doc, const UnicodeOptions& options) { normalize_document(doc, options, true); }

std::string normalize_text_plain(std::string_view text, const UnicodeOptions& options) {
    return normalize_impl(text, options, Mode::text, false);
}

void normalize_document_plain(Document& doc, const UnicodeOptions& options) { normalize_document(doc, options, false); }

}  // namespace winnow::detail
