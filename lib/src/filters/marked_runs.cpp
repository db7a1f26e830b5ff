// Fragments of another Latin-script language glued into a Latin paragraph ("… the council
// ŞIÑELÁZÜ ŽÉMYCEDY karu žinuşy ÑĄŞA agreed …"), found by the density of marked letters (letters
// with diacritics), never by words. Real text in any Latin language marks at most one letter in
// eight or so, and uses a few marked letters over and over (French é è à, Polish ą ę ł ó ż);
// debris made of syllables of several languages marks a third of its letters, many different
// ones. So a run goes when, against the paragraph around it (or the page, for a block of its
// own), it is several times as marked, a fifth or more of its letters are, and it uses four or
// more different marked letters. Names with diacritics ("Dvořák", "Wałęsa") are one or two
// marked words among plain ones, and a name (a capital, then small letters) never counts:
// place names of a marked language ("Hà Nội, Đà Nẵng") stay. A quotation in quotation marks
// stays whatever its density („…“ and ‚…‘ included), and so does a sentence of plain words set in
// the paragraph's own prose (a Czech or Vietnamese sentence quoted without marks). A block that
// is whole sentences of such words stays too when it has little text of its own to be measured
// against (a short paragraph on a page in another language), if its marks are of the few kinds
// one alphabet uses.
#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include <utf8proc.h>

#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

struct MarkTok {
    std::uint32_t b = 0, e = 0;
    std::uint16_t letters = 0, marked = 0;  // Latin letters; of them with a diacritic (non-ASCII)
    bool name = false;                       // a capital, then small letters only: a name ("Đà", "Nẵng")
    bool sentence_end = false;
    bool word = false;  // letters only, punctuation at its edges: no counter, no separator glued in
    bool shouted = false;  // two or more letters, all capitals
    bool capital = false;  // starts with a capital letter
};

bool dense(const MarkTok& t) { return !t.name && t.letters >= 2 && (t.marked >= 2 || (t.marked == 1 && t.letters <= 3)); }

// Whether a run starting at b stands inside a quotation: an opening mark before it not closed
// before it, and a closing mark after it ("« … »", "“ … ”", "( … )", or inside a pair of '"').
bool inside_quotes(std::string_view text, std::size_t b) {
    static constexpr std::string_view kOpen[] = {"\u201C", "\u201E", "\u201A", "\u00AB", "\u2039", "\u2018", "("};
    static constexpr std::string_view kClose[] = {"\u201D", "\u00BB", "\u203A", "\u2019", ")"};
    const std::string_view before = text.substr(0, b), after = text.substr(b);  // the run may end with the closer
    std::size_t open = std::string_view::npos, close = std::string_view::npos;
    for (std::string_view q : kOpen)
        if (const std::size_t at = before.rfind(q); at != std::string_view::npos && (open == std::string_view::npos || at > open)) open = at;
    for (std::string_view q : kClose)
        if (const std::size_t at = before.rfind(q); at != std::string_view::npos && (close == std::string_view::npos || at > close)) close = at;
    const bool opened = open != std::string_view::npos && (close == std::string_view::npos || close < open);
    bool closed = std::any_of(std::begin(kClose), std::end(kClose), [&](std::string_view q) { return after.find(q) != std::string_view::npos; });
    // Central European and German quotations open low and close high: „…“, ‚…‘.
    const std::string_view opener = opened ? before.substr(open, 3) : std::string_view{};
    if (opened && !closed && (opener == "\u201E" || opener == "\u201A"))
        closed = after.find(opener == "\u201E" ? "\u201C" : "\u2018") != std::string_view::npos;

    if (opened && closed) return true;
    return std::count(before.begin(), before.end(), '"') % 2 == 1 && after.find('"') != std::string_view::npos;
}

// A sentence of a language written in the same letters (a Czech or Vietnamese sentence quoted
// without marks in an English article) is words and nothing else: no counter or separator
// glued to them, no word in capitals, and enough small words between its names. Debris made of
// syllables carries counters, separators or shouting words.
bool reads_as_prose(const std::vector<MarkTok>& toks, std::size_t lo, std::size_t hi) {
    std::size_t small = 0;
    for (std::size_t q = lo; q <= hi; ++q) {
        if (!toks[q].word || toks[q].shouted) return false;
        small += !toks[q].name;
    }
    return hi - lo + 1 >= 4 && small * 2 >= hi - lo + 1;
}

// Whether the block is sentences of words and nothing else: words only, none shouted, a
// capital first and a sentence mark last.
bool whole_sentences(const std::vector<MarkTok>& toks) {
    if (toks.empty() || !toks.back().sentence_end) return false;
    for (const MarkTok& t : toks)
        if (!t.word || t.shouted) return false;
    return toks.front().capital;
}

// How many kinds of marks the run's marked letters carry: each combining mark a letter
// decomposes into (acute, caron, ogonek, cedilla…), a letter that decomposes into none (ł, ð,
// ə, ø) a kind of its own, and letters stacking two marks (Vietnamese "ộ", a tone over a vowel
// mark) one kind together. One language's alphabet draws on a few kinds (Czech acute, caron,
// ring; Icelandic acute, diaeresis, ð, þ); syllables strung from several alphabets (ł ş ñ ž ą)
// on many.
std::size_t mark_kinds(const MarkedLetters& run) {
    std::array<char32_t, 16> kinds{};
    std::size_t n = 0;
    for (const auto& [cp, uses] : run.counts) {
        std::array<utf8proc_int32_t, 4> parts{};
        int boundclass = 0;
        const auto len = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), parts.data(), parts.size(), UTF8PROC_DECOMPOSE, &boundclass);
        const char32_t kind = len == 1 ? cp : len == 2 ? static_cast<char32_t>(parts[1]) : U'\uFFFF';
        if (n < kinds.size() && std::find(kinds.begin(), kinds.begin() + n, kind) == kinds.begin() + n) kinds[n++] = kind;
    }
    return n;
}

// A run one or two plain words short of the block's edge takes them: the debris' own small
// words ("… ÑĄBO kelu"), when no sentence ends there and none is a name.
TextRange with_edges(const std::vector<MarkTok>& toks, std::size_t lo, std::size_t hi) {
    auto plain_tail = [&](std::size_t b, std::size_t e) {
        for (std::size_t q = b; q < e; ++q)
            if (toks[q].name || toks[q].sentence_end) return false;
        return true;
    };
    if (lo <= 2 && plain_tail(0, lo)) lo = 0;
    if (toks.size() - 1 - hi <= 2 && plain_tail(hi + 1, toks.size())) hi = toks.size() - 1;
    return {toks[lo].b, toks[hi].e};
}

}  // namespace

std::size_t possible_marked_letters(std::string_view text) {
    // Lead bytes of characters of two or more bytes, but those of the Latin-1 signs (U+0080 to
    // U+00BF: C2 xx, the no-break space, ©, °, «, but for the letters ª, µ, º) and of the general
    // punctuation (U+2000 to U+206F: E2 80 xx, E2 81 80-AF: quotes, dashes, spaces), which hold
    // no other letter. A stray continuation byte decodes to U+FFFD, no letter either.
    std::size_t n = 0;
    for (std::size_t p = 0; p < text.size(); ++p) {
        // Eight ASCII bytes at a time (none counts, and none is read as the byte after a lead):
        // English prose is passed over a word at a time, not a byte.
        while (p + 8 <= text.size()) {
            std::uint64_t word;
            std::memcpy(&word, text.data() + p, sizeof word);
            if (word & 0x8080808080808080ull) break;
            p += 8;
        }
        if (p >= text.size()) break;
        const auto c = static_cast<unsigned char>(text[p]);
        if (c < 0xC0) continue;
        if (c == 0xC2 && p + 1 < text.size()) {
            const auto c1 = static_cast<unsigned char>(text[p + 1]);
            if (c1 >= 0x80 && c1 <= 0xBF && c1 != 0xAA && c1 != 0xB5 && c1 != 0xBA) continue;
        }
        if (c == 0xE2 && p + 1 < text.size()) {
            const auto c1 = static_cast<unsigned char>(text[p + 1]);
            if (c1 == 0x80 || (c1 == 0x81 && p + 2 < text.size() && static_cast<unsigned char>(text[p + 2]) < 0xB0)) continue;
        }
        ++n;
    }
    return n;
}

namespace {

char32_t lower_latin(char32_t cp) { return static_cast<char32_t>(utf8proc_tolower(static_cast<utf8proc_int32_t>(cp))); }

}  // namespace

void find_marked_runs(std::string_view text, const MarkedLetters* page, std::vector<TextRange>& out) {
    // A run needs six marked letters, each a character of two or more bytes: a text with fewer
    // that may be letters (most English paragraphs have only quotes and dashes) has no run to read for.
    if (possible_marked_letters(text) < 6) return;
    std::vector<MarkTok> toks;
    std::uint32_t letters = 0, marked = 0;
    for (std::size_t p = 0; p < text.size();) {
        while (p < text.size() && is_space(text[p])) ++p;
        if (p >= text.size()) break;
        MarkTok t;
        t.b = static_cast<std::uint32_t>(p);
        std::uint16_t capitals = 0;
        bool capital_first = false, broken = false, gap = false;  // gap: a mark after a letter, before the next
        while (p < text.size() && !is_space(text[p])) {
            const unsigned char c = static_cast<unsigned char>(text[p]);
            if (c < 0x80) {
                if (is_alpha(static_cast<char>(c))) {
                    capital_first |= t.letters == 0 && is_upper(static_cast<char>(c));
                    capitals += is_upper(static_cast<char>(c));
                    ++t.letters;
                    broken |= gap;
                } else if (c >= '0' && c <= '9') {
                    broken = true;
                } else if (t.letters > 0 && c != '\'' && c != '-') {
                    gap = true;
                }
                ++p;
                continue;
            }
            const char32_t cp = next_code_point(text, p);
            if (script_of(cp) == script_latin && is_letter(cp)) {
                const bool up = is_upper_cp(cp);
                capital_first |= t.letters == 0 && up;
                capitals += up;
                ++t.letters, ++t.marked;
                broken |= gap;
            } else if (t.letters > 0 && cp >= 0x0300 && cp <= 0x036F) {
                // A combining diacritic over the letter before it (Yoruba "ọ́", a tone typed
                // apart) is part of that letter: no other script, no separator.
            } else if (is_letter(cp)) {
                broken = true;  // another script glued in
            } else if (t.letters > 0 && cp != U'\u2019') {
                gap = true;
            }
        }
        t.name = capital_first && capitals == 1;
        t.word = t.letters > 0 && !broken;
        t.shouted = t.letters >= 2 && capitals == t.letters;
        t.capital = capital_first;
        t.e = static_cast<std::uint32_t>(p);
        t.sentence_end = ends_sentence(text.substr(t.b, t.e - t.b));
        letters += t.letters;
        marked += t.marked;
        toks.push_back(t);
    }
    if (marked < 6) return;
    MarkedLetters own;
    if (!page) {
        own.count(text);
        page = &own;
    }
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k < n;) {
        if (!dense(toks[k])) { ++k; continue; }
        // Dense tokens, bridging up to two plain words (tokens without letters are no evidence).
        std::size_t hi = k, count = 1, plain = 0;
        for (std::size_t j = k + 1; j < n && plain <= 2 && !toks[j - 1].sentence_end; ++j) {
            if (dense(toks[j])) hi = j, ++count, plain = 0;
            else plain += toks[j].letters > 0;
        }
        std::uint32_t run_letters = 0, run_marked = 0;
        MarkedLetters run;
        for (std::size_t q = k; q <= hi; ++q) {
            run_letters += toks[q].letters;
            run_marked += toks[q].marked;
            if (toks[q].marked > 0) run.count(text.substr(toks[q].b, toks[q].e - toks[q].b));
        }
        // Marked letters the page uses nowhere else (twice at least) are foreign to it.
        std::size_t foreign = 0, foreign_uses = 0;
        for (const auto& [cp, uses] : run.counts)
            if (page->of(cp) < uses + 2) ++foreign, foreign_uses += uses;
        const std::uint32_t rest_letters = letters - run_letters, rest_marked = marked - run_marked;
        const double density = static_cast<double>(run_marked) / std::max<std::uint32_t>(run_letters, 1);
        // Against the paragraph without the run; a paragraph that is little more than the run
        // is measured against the page without it (a page with no other Latin text: nothing).
        double around = 0;
        if (rest_letters >= 40) {
            around = static_cast<double>(rest_marked) / rest_letters;
        } else if (page->letters >= run_letters + 40) {
            const double page_marked = page->share() * static_cast<double>(page->letters);
            around = std::max(0.0, page_marked - run_marked) / static_cast<double>(page->letters - run_letters);
        }
        // A sentence of words inside the paragraph's own prose is a quotation. A block that is
        // one or more whole sentences of such words (a capital first, a sentence mark last) is
        // prose of a language that marks many letters, measured against too little text of its
        // own (a short paragraph on a page in another language, or alone), when its marks are of
        // the few kinds one alphabet uses. Debris shouts, carries counters, stops mid-phrase or
        // strings letters of several alphabets together.
        const bool quoted_sentence =
            reads_as_prose(toks, k, hi) && (rest_letters >= 40 || (whole_sentences(toks) && mark_kinds(run) <= 4));
        if (count >= 3 && run_marked >= 6 && !quoted_sentence && run.counts.size() >= 4 && foreign >= 3 && foreign_uses * 2 >= run_marked &&
            density >= 0.2 && density >= 3 * around && !inside_quotes(text, toks[k].b))
            out.push_back(with_edges(toks, k, hi));
        k = hi + 1;
    }
}

}  // namespace winnow::detail::garbage_tokens

namespace winnow::detail {

namespace {

// The ASCII letters of the ASCII stretch from p on, p moved past it: eight bytes at a time,
// where a byte b (below 0x80) lower-cased is a letter when b + 0x1F reaches 0x80 ('a' and up)
// and b + 0x05 does not ('{' and up); no sum carries into the next byte.
std::size_t ascii_letters(std::string_view text, std::size_t& p) {
    constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    std::size_t n = 0;
    for (; p + 8 <= text.size(); p += 8) {
        std::uint64_t w;
        std::memcpy(&w, text.data() + p, 8);
        if (w & high) break;
        const std::uint64_t lower = w | 0x2020202020202020ull;
        const std::uint64_t letter = (lower + 0x1F * ones) & ~(lower + 0x05 * ones) & high;
        n += static_cast<std::size_t>(((letter >> 7) * ones) >> 56);  // the bytes' 0 or 1 summed in the top byte
    }
    for (; p < text.size() && static_cast<unsigned char>(text[p]) < 0x80; ++p) n += garbage_tokens::is_alpha(text[p]);
    return n;
}

}  // namespace

void MarkedLetters::count(std::string_view text) {
    // (A local count: the member, written through `this` in a loop over chars, would be stored
    // and loaded again for every byte, as a char may alias it.)
    std::size_t ascii = 0;
    for (std::size_t p = 0; p < text.size();) {
        if (static_cast<unsigned char>(text[p]) < 0x80) {
            ascii += ascii_letters(text, p);
            continue;
        }
        const char32_t cp = next_code_point(text, p);
        if (script_of(cp) != script_latin || !is_letter(cp)) continue;
        ++letters;
        const char32_t low = garbage_tokens::lower_latin(cp);
        auto it = std::find_if(counts.begin(), counts.end(), [&](const auto& c) { return c.first == low; });
        if (it == counts.end()) counts.emplace_back(low, 1);
        else ++it->second;
    }
    letters += ascii;
}

double MarkedLetters::share() const {
    std::size_t marked = 0;
    for (const auto& c : counts) marked += c.second;
    return letters > 0 ? static_cast<double>(marked) / static_cast<double>(letters) : 0.0;
}

std::uint32_t MarkedLetters::of(char32_t lower) const {
    for (const auto& [cp, n] : counts)
        if (cp == lower) return n;
    return 0;
}

}  // namespace winnow::detail
