// Counters a share or reaction bar leaves in text, found over the tokens of
// filters/machine_text.cpp: counts and their labels in strict alternation ("2,3k partages · 148
// commentaires · 9k vues", "좋아요 2.3천 · 댓글 41", "❤️ 312 😂 45 😮 12"), three counts or more,
// the whole a segment of its own between sentences (or the block's edges). A label is one word
// or a pictograph (up to three words in small letters when separators part every pair: "86
// bình luận · 14 lượt chia sẻ"); a count is a number, maybe compact ("1,2rb", "1.5万", "3,1χιλ.",
// a unit apart: "2,4 тис."). Alternation
// alone is also a standings line ("Aquile 26 · Falchi 23 · Orsi 19") or a fact line ("12 ramek
// · 3 ule"), so the bar needs a sign of a widget more: a compact count or a pictograph for a
// label. Separators stand between pairs, never inside one, and are no operator ("666 = Pisces
// 333 = Aquarius" is a mapping); a math operator is no pictograph either ("45 × 30 × 4 cm"
// is a size).
// Prose puts more words and clause marks around its counts. Shape only: no label is listed.
#include <utf8proc.h>

#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::detail::machine {

namespace {

enum class Item { other, count, label, pictograph, separator };

// A count: digits, maybe a decimal part after '.' or ',', then maybe up to three letters of a
// unit of thousands or millions and a period ("9k", "1.5万", "3,1χιλ."). compact: it has
// a decimal part or a unit.
bool count_token(std::string_view t, bool& compact) {
    std::size_t p = 0, digits = 0;
    while (p < t.size() && t[p] >= '0' && t[p] <= '9') ++p, ++digits;
    if (digits == 0 || digits > 7) return false;
    compact = false;
    if (p + 1 < t.size() && (t[p] == '.' || t[p] == ',') && t[p + 1] >= '0' && t[p + 1] <= '9') {
        ++p;
        std::size_t frac = 0;
        while (p < t.size() && t[p] >= '0' && t[p] <= '9') ++p, ++frac;
        if (frac > 3) return false;
        compact = true;
    }
    std::size_t letters = 0;
    while (p < t.size()) {
        std::size_t q = p;
        const char32_t cp = next_code_point(t, q);
        if (!is_letter(cp)) break;
        ++letters;
        p = q;
    }
    if (letters > 3) return false;
    compact = compact || letters > 0;
    if (letters > 0 && p < t.size() && t[p] == '.') ++p;
    return p == t.size();
}

// A mathematical operator standing alone ("×", "÷", "±", "≈"): a Unicode math symbol that
// is no arrow. Between numbers it makes a product's dimensions or a calculation
// ("45 × 30 × 4 cm"), not a widget's pictograph label; arrows ("↑ 312 ↓ 45") may be one.
bool math_operator(std::string_view t) {
    std::size_t p = 0;
    const char32_t cp = next_code_point(t, p);
    if (p != t.size()) return false;
    const bool arrow = (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x27F0 && cp <= 0x27FF) || (cp >= 0x2900 && cp <= 0x297F);
    return !arrow && utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_SM;
}

Item item_of(std::string_view t, const TokenStats& s, bool& compact) {
    compact = false;
    if (s.digits > 0) return count_token(t, compact) ? Item::count : Item::other;
    // (An operator is no separator: "666 = Pisces 333 = Aquarius" maps numbers to names; nor
    // a pictograph: "45 × 30 × 4 cm" is a size.)
    if (s.letters == 0)
        return math_operator(t)                                            ? Item::other
               : s.symbols > 0                                             ? Item::pictograph
               : s.chars <= 3 && t.find_first_of("=+-*/<>%") == t.npos ? Item::separator
                                                                          : Item::other;
    if (s.letters > 14 || s.letters < s.chars) return Item::other;  // a word alone, no marks
    return Item::label;
}

// A unit of a count standing apart ("тис.", "χιλ.", "mln."): one to three letters and a period.
bool unit_token(std::string_view t, const TokenStats& s) {
    return s.digits == 0 && s.letters >= 1 && s.letters <= 3 && s.letters + 1 == s.chars && t.ends_with('.');
}

// Whether a token's first letter is a small one.
bool small_letter_first(std::string_view t) {
    std::size_t p = 0;
    return utf8proc_category(static_cast<utf8proc_int32_t>(next_code_point(t, p))) == UTF8PROC_CATEGORY_LL;
}

}  // namespace

bool closes_sentence(std::string_view t, const TokenStats& s) {
    return s.sentence_end || t.ends_with("\u3002") || t.ends_with("\u0964") || t.ends_with("\uFF01") || t.ends_with("\uFF1F");
}

bool opens_sentence(std::string_view t) {
    std::size_t p = 0;
    const char32_t cp = next_code_point(t, p);
    return is_letter(cp) && (garbage_tokens::is_upper_cp(cp) || utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LO);
}

void find_counter_runs(std::string_view text, const std::vector<TokenStats>& toks, TokenSpans& spans) {
    auto tok = [&](std::size_t k) { return text.substr(toks[k].b, toks[k].e - toks[k].b); };
    const std::size_t n = toks.size();
    for (std::size_t k = 0; k < n; ++k) {
        if (k > 0 && !toks[k - 1].sentence_end) continue;  // a segment starts a block or follows a sentence
        std::size_t counts = 0, labels = 0, last = k, separators = 0, label_words = 0;
        bool widget = false, parted = false;  // parted: a separator since the last item
        bool first_is_count = false;          // the pairs' order: count then label, or label then count
        bool long_label = false;              // a label of two or three words
        bool unit = false;                    // a count with a unit ("1,2N", "2,4 тис.") or a pictograph label
        Item prev = Item::other;              // the last item but separators
        // (A bar is short: the scan stops after 40 tokens.)
        for (std::size_t q = k; q < n && q < k + 40; ++q) {
            bool compact = false;
            const Item it = item_of(tok(q), toks[q], compact);
            if (it == Item::other) {
                // A count's unit apart from it ("2,4 тис. переглядів"): up to three letters and a period.
                if (prev != Item::count || parted || !unit_token(tok(q), toks[q])) break;
                widget = unit = true;
                last = q;
                continue;
            }
            if (it == Item::separator) {
                // Separators stand between pairs, not inside one: after a pair's second item.
                if (prev == Item::other || parted || (prev == Item::count) == first_is_count) break;
                parted = true;
                ++separators;
                continue;
            }
            const bool is_count = it == Item::count;
            if (prev == Item::label && it == Item::label && !parted) {
                // A label's next word ("lượt chia sẻ"): up to three, in small letters (a capital
                // starts the sentence after the bar).
                if (++label_words > 3 || !small_letter_first(tok(q))) break;
                long_label = true;
                last = q;
                continue;
            }
            if (prev == Item::other) first_is_count = is_count;
            else if (is_count == (prev == Item::count)) break;  // no alternation
            counts += is_count;
            labels += !is_count;
            label_words = is_count ? 0 : 1;
            widget = widget || compact || it == Item::pictograph;
            unit = unit || (is_count && toks[q].letters > 0) || it == Item::pictograph;
            parted = false;
            prev = it;
            last = q;
        }
        if (counts < 3 || labels < 2 || !widget) continue;
        // Labels of several words need a separator between every two pairs (without them the
        // words may be prose's: "3 lidé čekali 5 dní") and a count with a unit or a pictograph:
        // a decimal alone may weigh a recipe's "1,5 kg mouky · 2 vejce · 3 lžíce cukru".
        if (long_label && (separators + 1 < counts || !unit)) continue;
        if (last + 1 < n && !opens_sentence(tok(last + 1))) continue;  // prose goes on after it
        spans.push_back({k, last, 0, 0});
        k = last;
    }
}

}  // namespace winnow::detail::machine
