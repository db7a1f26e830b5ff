// Mojibake repair: the decisions. mojibake_scan.cpp proposes candidates per code page,
// mojibake_score.cpp says how implausible a word is; here candidates are grouped by word and
// a word is repaired only when its repair scores clearly better. Per word, so correct text
// around damage is left as it is; per code page, one page a round (the one that repairs the
// most), so each further round undoes one more layer of encoding.
#include "mojibake.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <vector>

#include <utf8proc.h>

#include "charset_tables.hpp"
#include "mojibake_scan.hpp"
#include "mojibake_score.hpp"

namespace winnow::detail {
namespace {

// Word boundaries. A no-break space is not one: "Р\u00A0" is "Р" (D0 A0) read as windows-1251,
// and inside double damage it sits in the middle of words.
bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x3000 || (c >= 0x2000 && c <= 0x200A) ||
           c == 0x202F || c == 0x205F;
}

bool is_letter(char32_t c) {
    const int k = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return k >= UTF8PROC_CATEGORY_LU && k <= UTF8PROC_CATEGORY_LO;
}

bool is_lower(char32_t c) { return utf8proc_category(static_cast<utf8proc_int32_t>(c)) == UTF8PROC_CATEGORY_LL; }

bool is_upper(char32_t c) {
    const int k = utf8proc_category(static_cast<utf8proc_int32_t>(c));
    return k == UTF8PROC_CATEGORY_LU || k == UTF8PROC_CATEGORY_LT;
}

struct Cluster {
    std::size_t first = 0, last = 0;   // candidate indices, inclusive
    int gain = 0;
    bool lossy = false;
    bool long_seq = false;             // holds a sequence of three or more bytes
    bool letters = true;               // every repaired character is a letter
    bool full = false;                 // every non-ASCII character of the word is in a sequence
    bool dropped = false;              // holds a lead whose continuation bytes were dropped
    bool dropped_run = false;          // ... two such leads in a row (letters of correct text)
    bool dropped_next_to_seq = false;  // ... right before or after a complete sequence ("ÄÃ\u00A0")
    bool lost = false;                 // holds a sequence with a lost byte
    bool framed = false;               // holds a lost-byte mark inside a complete frame
    bool needs_evidence = false;       // holds a truncated sequence marked U+FFFD
    bool caps_end = false;             // a guessed no-break space ends an all-capitals word
    bool mid_marker = false;           // a lost-byte mark inside a word ("Å?ukasz", "irmÃ?")
    bool sure = false;                 // holds a lossy sequence no text holds (Candidate::sure)
    bool fffd_mark = false;            // holds a lead letter and the U+FFFD a decoder left after it
    bool whole = false;                // every non-ASCII character of the word is in a candidate
    bool lone_lead = false;            // a Latin capital alone before a (lost) no-break space
    std::size_t covered = 0;           // characters replaced
    int solid = 0;                     // complete sequences with no byte guessed
};

struct PagePlan {
    std::vector<Candidate> cands;
    std::vector<Cluster> clusters;
    bool strong = false;
};

bool letter_like(char32_t cp) {
    // Only used for the weakest accept (a tie): letters, and the Latin-1 signs a lone
    // two-byte sequence ("Â»", "В»") stands for.
    return cp >= 0xA0 && cp != 0xD7 && cp != 0xF7 && cp != kReplacement && !(cp >= 0x2000 && cp <= 0x2BFF);
}

// A Latin capital glued after a digit or a sign, then a no-break space (or a space that
// stood for its byte A0): "10Â km", "Prix :Â 5" (a no-break space read as windows-1252). No
// word ends there; alone between plain spaces it may be a letter named in the text ("the
// letter Â"), and "Ã la" may be that too, so those need evidence of damage around them.
bool lone_lead(const std::vector<char32_t>& cps, const Candidate& d) {
    if (!(d.len == 2 || (d.len == 1 && d.spaced)) || d.cp != 0xA0 || cps[d.pos] >= 0x250 || !is_upper(cps[d.pos])) return false;
    // With its no-break space kept ("Hello Â\u00A0 world": "&nbsp;" between spaces) no letter
    // named in the text is followed by one.
    if (!d.spaced) return d.pos == 0 || !is_letter(cps[d.pos - 1]);
    return d.pos > 0 && !is_letter(cps[d.pos - 1]) && !is_space(cps[d.pos - 1]) && cps[d.pos - 1] != 0xA0;
}

void plan_page(const std::vector<char32_t>& cps, const std::vector<std::uint32_t>& stops, int page, PagePlan& plan,
               std::vector<char32_t>& before, std::vector<char32_t>& after) {
    plan.cands.clear();
    plan.clusters.clear();
    plan.strong = false;
    scan_page(cps, stops, page, plan.cands);
    const auto& cands = plan.cands;
    for (std::size_t k = 0; k < cands.size();) {
        Cluster c{k, k};
        // Candidates with no space between them belong to one word.
        while (c.last + 1 < cands.size()) {
            const std::size_t from = cands[c.last].pos + cands[c.last].len, to = cands[c.last + 1].pos;
            if (std::any_of(cps.begin() + static_cast<std::ptrdiff_t>(from), cps.begin() + static_cast<std::ptrdiff_t>(to), is_space)) break;
            ++c.last;
        }
        std::size_t ws = cands[c.first].pos, we = cands[c.last].pos + cands[c.last].len;
        while (ws > 0 && !is_space(cps[ws - 1])) --ws;
        while (we < cps.size() && !is_space(cps[we])) ++we;
        before.assign(cps.begin() + static_cast<std::ptrdiff_t>(ws), cps.begin() + static_cast<std::ptrdiff_t>(we));
        after.clear();
        std::size_t i = ws, non_ascii = 0, covered_non_ascii = 0;
        for (std::size_t k2 = ws; k2 < we; ++k2) non_ascii += cps[k2] >= 0x80;
        for (std::size_t m = c.first; m <= c.last; ++m) {
            const Candidate& d = cands[m];
            for (std::size_t k2 = d.pos; k2 < d.pos + d.len; ++k2) covered_non_ascii += cps[k2] >= 0x80;
            if (!d.lossy || d.spaced || d.sure) c.covered += d.len;
            if (!d.lossy) ++c.solid;
            if (d.lossy && d.len >= 2 && (cps[d.pos + d.len - 1] == '?' || cps[d.pos + d.len - 1] == kReplacement)) {
                const std::size_t after_mark = d.pos + d.len;
                const bool letter_after = after_mark < cps.size() && !is_space(cps[after_mark]) && cps[after_mark] > 0x40;
                const bool lower_before = d.pos > 0 && utf8proc_category(static_cast<utf8proc_int32_t>(cps[d.pos - 1])) == UTF8PROC_CATEGORY_LL;
                // or the lead and its mark are the whole word ("Ñ?" for "с")
                const bool whole_word = (d.pos == 0 || is_space(cps[d.pos - 1])) && (after_mark >= cps.size() || is_space(cps[after_mark]));
                c.mid_marker = c.mid_marker || letter_after || lower_before || whole_word;
                // a lead and U+FFFD: debris of a decoding error whatever the page
                c.fffd_mark = c.fffd_mark || (d.len == 2 && cps[d.pos + 1] == kReplacement && is_letter(cps[d.pos]));
            }
            after.insert(after.end(), cps.begin() + static_cast<std::ptrdiff_t>(i), cps.begin() + static_cast<std::ptrdiff_t>(d.pos));
            after.push_back(d.cp);
            i = d.pos + d.len;
            c.lossy = c.lossy || d.lossy;
            c.dropped = c.dropped || d.dropped;
            // a decoder drops only the few bytes a page leaves undefined: leads alone one after
            // the other are letters ("ГІДНОСТІ" in capitals is "ò", four leads, "Ҳ" in UTF-8)
            if (d.dropped && m > c.first && cands[m - 1].dropped && cands[m - 1].pos + cands[m - 1].len == d.pos) c.dropped_run = true;
            if (d.dropped && ((m > c.first && !cands[m - 1].lossy && cands[m - 1].pos + cands[m - 1].len == d.pos) ||
                              (m < c.last && !cands[m + 1].lossy && d.pos + d.len == cands[m + 1].pos)))
                c.dropped_next_to_seq = true;
            c.framed = c.framed || d.framed;
            c.sure = c.sure || d.sure;
            if (d.lossy && !d.spaced) c.lost = true;
            if (d.lossy && !d.spaced && !d.dropped && d.cp == kReplacement) c.needs_evidence = true;
            // a space read as A0 inside a three-byte sequence ("и «" is "蠫" too) needs damage
            // around it; emoji in CESU-8 pairs are unambiguous enough
            if (d.spaced && d.cp >= 0x800 && d.cp < 0x10000) c.needs_evidence = true;
            // "IRMÃ " may be a Portuguese capital before a space; "Hà" title case is not
            if (d.spaced && d.cp >= 0x800) c.caps_end = true;   // only "Ã " → "à"-like pairs tie
            if (d.spaced && d.pos >= 2 && is_upper(cps[d.pos - 1]) && is_upper(cps[d.pos - 2])) c.caps_end = true;
            c.long_seq = c.long_seq || d.cp >= 0x800;
            c.letters = c.letters && letter_like(d.cp);
        }
        after.insert(after.end(), cps.begin() + static_cast<std::ptrdiff_t>(i), cps.begin() + static_cast<std::ptrdiff_t>(we));
        c.whole = covered_non_ascii == non_ascii;
        c.full = !c.lost && !c.dropped && !c.needs_evidence && covered_non_ascii == non_ascii && (c.last > c.first || c.long_seq) &&
                 std::none_of(after.begin(), after.end(), [](char32_t x) {
                     // C1 controls are what an inner layer of windows-1252 damage holds
                     return implausible_char(x) && !(x >= 0x80 && x <= 0x9F);
                 });
        c.gain = badness(before.data(), before.size()) - badness(after.data(), after.size());
        c.lone_lead = c.first == c.last && lone_lead(cps, cands[c.first]);
        // A repair that leaves a lone accented capital between small words ("não Ê verdade",
        // where a near code page gives "não é verdade") is the weaker reading.
        if (after.size() == 1 && after[0] >= 0xC0 && after[0] < 0x250 && is_upper(after[0]) && ws >= 2 && is_lower(cps[ws - 2]) &&
            we + 1 < cps.size() && is_lower(cps[we + 1]))
            --c.gain;
        // Evidence comes from complete sequences only, never from guessed bytes.
        if ((c.gain >= 2 && !c.lossy) || c.full) plan.strong = true;
        plan.clusters.push_back(c);
        k = c.last + 1;
    }
}

bool accept(const Cluster& c, bool evidence) {
    // A word made only of damage, part of it what no text holds ("ðŸ‘" + a lost byte).
    if (c.sure && c.whole && !c.dropped && c.gain >= 0) return true;
    if (c.lone_lead && c.gain >= 0) return true;
    // A lead alone ("Ñ" of "Ñ\u008F" whose second byte a strict decoder dropped) may be a
    // letter of correct text: marked only where the text shows damage and the word improves.
    if (c.dropped)
        return !c.dropped_run && (evidence || c.solid >= 2) && (c.gain >= 1 || (c.gain == 0 && c.dropped_next_to_seq && evidence));
    // ... or when the word itself holds clear damage (a run of CJK mojibake has no spaces)
    if (c.needs_evidence && !evidence && !c.fffd_mark && !(c.solid >= 2 && c.gain >= 2)) return false;
    // A whole word of two or more sequences that re-encodes to well-formed UTF-8: legitimate
    // words almost never do, and a layer of a multi-layer damage may score no better yet.
    if (c.gain >= 2 || c.full) return true;
    // A byte lost inside a word ("Å?ukasz"): marked U+FFFD when the text shows the damage, or
    // when the decoder marked it so itself ("NAÃ\uFFFDVE").
    if ((c.mid_marker || c.framed) && (evidence || c.fffd_mark) && c.gain >= -1) return true;
    if (c.gain == 1) return evidence || c.long_seq;
    // A tie ("IRMÃ”" is a Portuguese word before a quote, or "IRMÔ" damaged) goes with the
    // evidence of clear damage in the same code page.
    return c.gain == 0 && evidence && !c.lost && !c.caps_end && c.letters;
}

struct Scratch {
    std::vector<char32_t> cps, next, before, after;
    std::vector<std::uint32_t> stops;   // pages_to_scan's, for scan_page
    PagePlan plan, best;
};

void to_code_points(std::string_view s, std::vector<char32_t>& cps) {
    cps.clear();
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    for (std::size_t i = 0; i < s.size();) cps.push_back(next_utf8(p, s.size(), i));
}

// One round: the page whose accepted repairs gain the most. Returns the pages with strong
// evidence, and rewrites cps when something was repaired.
// chosen_only: only the page repaired counts as evidence (for the next round: a page that lost
// this round explains no layer, and its evidence would let ties in it through).
bool repair_round(Scratch& s, PageMask context, PageMask& evidence_out, bool chosen_only) {
    const PageMask pages = pages_to_scan(s.cps, s.stops);
    if (!pages) return false;
    int best_gain = 0, best_count = 0;
    int best_page = -1;
    PageMask strong = 0;
    for (int p = 0; p < kCodePageCount; ++p) {
        if (!(pages & (1u << p))) continue;
        plan_page(s.cps, s.stops, p, s.plan, s.before, s.after);
        if (s.plan.clusters.empty()) continue;
        if (s.plan.strong) strong |= static_cast<PageMask>(1u << p);
        const bool evidence = s.plan.strong || (context & (1u << p));
        // The page that explains the most characters wins: a wrong page explains only a few
        // pairs, whose repair can still score well.
        int gain = 0, count = 0, accepted = 0;
        for (auto& c : s.plan.clusters) {
            if (!accept(c, evidence)) {
                c.first = c.last + 1;   // marks it rejected
                continue;
            }
            gain += c.gain;
            count += static_cast<int>(c.covered);
            ++accepted;
        }
        if (accepted && (best_page < 0 || count > best_count || (count == best_count && gain > best_gain))) {
            best_gain = gain;
            best_count = count;
            best_page = p;
            std::swap(s.best, s.plan);
        }
    }
    if (!chosen_only) evidence_out |= strong;
    if (best_page < 0) return false;
    if (chosen_only) evidence_out |= strong & static_cast<PageMask>(1u << best_page);
    s.next.clear();
    std::size_t i = 0;
    const auto& cands = s.best.cands;
    for (const auto& c : s.best.clusters) {
        for (std::size_t m = c.first; m <= c.last && m < cands.size(); ++m) {
            const Candidate& d = cands[m];
            s.next.insert(s.next.end(), s.cps.begin() + static_cast<std::ptrdiff_t>(i), s.cps.begin() + static_cast<std::ptrdiff_t>(d.pos));
            s.next.push_back(d.cp);
            i = d.pos + d.len;
            // "voilÃ où": the no-break space of "à" became a space and then merged with the
            // space after the word (HTML collapses them); the word still ends there.
            const bool next_is_seq = m + 1 < cands.size() && cands[m + 1].pos == i;
            if (d.spaced && d.cp < 0x800 && is_lower(d.cp) && s.cps[i - 1] == ' ' && i < s.cps.size() && is_letter(s.cps[i]) &&
                !next_is_seq)
                s.next.push_back(' ');
        }
    }
    s.next.insert(s.next.end(), s.cps.begin() + static_cast<std::ptrdiff_t>(i), s.cps.end());
    s.cps.swap(s.next);
    return true;
}

}  // namespace

// Only text with a non-ASCII character that some page has as a lead byte can hold mojibake,
// and only where pages_to_scan finds a page to scan: a non-ASCII character followed by another,
// by a space, "?", a line break or a tab, or ending the text. Prose whose accents, dashes and
// apostrophes sit inside words ("don’t", "café's") has none: it skips the decoding and the scans.
// Characters are read as to_code_points reads them, so malformed UTF-8 is judged as decoded.
bool may_hold_mojibake(std::string_view s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    const std::size_t n = s.size();
    bool lead = false, followed = false;
    for (std::size_t i = 0; i < n;) {
        if (i + 8 <= n) {   // ASCII runs eight bytes a step
            std::uint64_t w;
            std::memcpy(&w, p + i, 8);
            if (!(w & 0x8080808080808080ull)) {
                i += 8;
                continue;
            }
        }
        if (p[i] < 0x80) {
            ++i;
            continue;
        }
        lead = lead || p[i] >= 0xC2;
        next_utf8(p, n, i);
        if (i == n) return lead;
        const unsigned char after = p[i];
        followed = followed || after >= 0x80 || after == ' ' || after == '?' || after == '\n' || after == '\r' || after == '\t';
        if (lead && followed) return true;
    }
    return false;
}

PageMask mojibake_evidence(std::string_view text) {
    if (!may_hold_mojibake(text)) return 0;
    Scratch s;
    to_code_points(text, s.cps);
    PageMask evidence = 0;
    repair_round(s, 0, evidence, false);
    return evidence;
}

bool repair_mojibake_own_evidence(std::string_view text, std::string& out, PageMask& evidence, int rounds) {
    evidence = 0;
    if (!may_hold_mojibake(text)) return false;
    Scratch s;
    to_code_points(text, s.cps);
    // Without context and keeping every page's strong evidence: mojibake_evidence's round. Given
    // that evidence as context, repair_mojibake's first round accepts the same clusters (a page's
    // context bit is its own plan's strong flag) and leaves the evidence as it was.
    const bool any = repair_round(s, 0, evidence, false);
    if (!any || rounds <= 0) return false;
    PageMask context = evidence;   // later rounds add to it; the caller gets the first round's
    for (int r = 1; r < rounds; ++r)
        if (!repair_round(s, context, context, true)) break;
    out.clear();
    out.reserve(text.size());
    for (char32_t c : s.cps) append_utf8(out, c);
    return true;
}

bool repair_mojibake(std::string_view text, std::string& out, PageMask context, int rounds) {
    if (!may_hold_mojibake(text)) return false;
    Scratch s;
    to_code_points(text, s.cps);
    bool any = false;
    PageMask evidence = context;
    for (int r = 0; r < rounds; ++r) {
        if (!repair_round(s, evidence, evidence, true)) break;
        any = true;
    }
    if (!any) return false;
    out.clear();
    out.reserve(text.size());
    for (char32_t c : s.cps) append_utf8(out, c);
    return true;
}

}  // namespace winnow::detail
