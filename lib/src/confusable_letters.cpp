// Look-alike letters of another script folded to the word's own (see confusable_letters.hpp).
#include "confusable_letters.hpp"

#include <utf8proc.h>

#include <cstring>
#include <vector>

#include "charset_tables.hpp"

namespace winnow::detail {
namespace {

enum Script { kOther, kLatin, kCyrillic, kGreek };

Script script_of(char32_t cp) {
    if ((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
        (cp >= 0x1E00 && cp <= 0x1EFF))
        return kLatin;
    if (cp >= 0x400 && cp <= 0x52F) return kCyrillic;
    if ((cp >= 0x370 && cp <= 0x3FF) || (cp >= 0x1F00 && cp <= 0x1FFF)) return kGreek;
    return kOther;
}

struct Pair {
    char32_t from, to;
};

// Pairs drawn alike in common fonts (after Unicode's confusables, UTS #39), one table per
// direction; letters drawn differently (Cyrillic в and Latin b, Greek η and Latin n) are not here.
constexpr Pair kCyrToLat[] = {{0x430, 'a'}, {0x435, 'e'}, {0x43E, 'o'}, {0x440, 'p'}, {0x441, 'c'}, {0x443, 'y'},
                              {0x445, 'x'}, {0x456, 'i'}, {0x458, 'j'}, {0x455, 's'}, {0x4BB, 'h'}, {0x501, 'd'},
                              {0x51B, 'q'}, {0x51D, 'w'}, {0x410, 'A'}, {0x412, 'B'}, {0x415, 'E'}, {0x41A, 'K'},
                              {0x41C, 'M'}, {0x41D, 'H'}, {0x41E, 'O'}, {0x420, 'P'}, {0x421, 'C'}, {0x422, 'T'},
                              {0x425, 'X'}, {0x406, 'I'}, {0x408, 'J'}, {0x405, 'S'}};
constexpr Pair kGrkToLat[] = {{0x3BF, 'o'}, {0x3B9, 'i'}, {0x3BD, 'v'}, {0x3C5, 'u'}, {0x3B1, 'a'}, {0x3BA, 'k'},
                              {0x3C1, 'p'}, {0x391, 'A'}, {0x392, 'B'}, {0x395, 'E'}, {0x396, 'Z'}, {0x397, 'H'},
                              {0x399, 'I'}, {0x39A, 'K'}, {0x39C, 'M'}, {0x39D, 'N'}, {0x39F, 'O'}, {0x3A1, 'P'},
                              {0x3A4, 'T'}, {0x3A5, 'Y'}, {0x3A7, 'X'}};
constexpr Pair kLatToCyr[] = {{'a', 0x430}, {'e', 0x435}, {'o', 0x43E}, {'p', 0x440}, {'c', 0x441}, {'y', 0x443},
                              {'x', 0x445}, {'i', 0x456}, {'A', 0x410}, {'B', 0x412}, {'E', 0x415}, {'K', 0x41A},
                              {'M', 0x41C}, {'H', 0x41D}, {'O', 0x41E}, {'P', 0x420}, {'C', 0x421}, {'T', 0x422},
                              {'X', 0x425}, {'I', 0x406}};
constexpr Pair kLatToGrk[] = {{'o', 0x3BF}, {'v', 0x3BD}, {'A', 0x391}, {'B', 0x392}, {'E', 0x395}, {'Z', 0x396},
                              {'H', 0x397}, {'I', 0x399}, {'K', 0x39A}, {'M', 0x39C}, {'N', 0x39D}, {'O', 0x39F},
                              {'P', 0x3A1}, {'T', 0x3A4}, {'Y', 0x3A5}, {'X', 0x3A7}};

template <std::size_t N>
char32_t look_alike(const Pair (&table)[N], char32_t cp) {
    for (const Pair& p : table)
        if (p.from == cp) return p.to;
    return 0;
}

char32_t look_alike_in(Script word, Script letter, char32_t cp) {
    if (word == kLatin) return letter == kCyrillic ? look_alike(kCyrToLat, cp) : letter == kGreek ? look_alike(kGrkToLat, cp) : 0;
    if (letter != kLatin) return 0;
    return word == kCyrillic ? look_alike(kLatToCyr, cp) : word == kGreek ? look_alike(kLatToGrk, cp) : 0;
}

bool is_letter_or_mark(char32_t cp) {
    const int c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_ME;
}

// Folds word [b, e) of cps in place; whether it changed.
bool fold_word(std::vector<char32_t>& cps, std::size_t b, std::size_t e) {
    int count[4] = {0, 0, 0, 0};
    for (std::size_t k = b; k < e; ++k) ++count[script_of(cps[k])];
    const int letters = count[kLatin] + count[kCyrillic] + count[kGreek];
    Script own = kLatin;
    for (Script s : {kCyrillic, kGreek})
        if (count[s] > count[own]) own = s;
    if (letters < 3) return false;
    const int foreign = letters - count[own];
    if (foreign == 0 || foreign > 2 || count[own] < 2 * foreign) return false;
    for (std::size_t k = b; k < e; ++k) {
        const Script s = script_of(cps[k]);
        if (s != kOther && s != own && !look_alike_in(own, s, cps[k])) return false;
    }
    for (std::size_t k = b; k < e; ++k) {
        const Script s = script_of(cps[k]);
        if (s != kOther && s != own) cps[k] = look_alike_in(own, s, cps[k]);
    }
    return true;
}

// Cheap screen: a Greek (CD-CF) or Cyrillic (D0-D4) lead byte, found by memchr (most text has
// none), then a word holding one and an ASCII letter or a Latin-1/Extended lead byte (C3-C9): no
// word mixes two of the scripts otherwise.
bool may_mix_scripts(std::string_view s) {
    bool gc = false;
    for (int lead = 0xCD; lead <= 0xD4 && !gc; ++lead) gc = std::memchr(s.data(), lead, s.size()) != nullptr;
    if (!gc) return false;
    // A word, split at ASCII bytes other than letters (coarser than the fold's words, so no
    // candidate is missed), holding a Latin letter or lead byte and a Greek or Cyrillic lead byte:
    // a Cyrillic page with an English name somewhere costs one byte walk, not a decode.
    bool latin = false, other = false;
    for (unsigned char b : s) {
        const bool ascii_letter = (b | 0x20) >= 'a' && (b | 0x20) <= 'z';
        if (b < 0x80 && !ascii_letter) {
            latin = other = false;
            continue;
        }
        latin = latin || ascii_letter || (b >= 0xC3 && b <= 0xC9);
        other = other || (b >= 0xCD && b <= 0xD4);
        if (latin && other) return true;
    }
    return false;
}

}  // namespace

bool fold_confusable_letters(std::string_view text, std::string& out) {
    if (!may_mix_scripts(text)) return false;
    std::vector<char32_t> cps;
    cps.reserve(text.size());
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = 0; i < text.size();) cps.push_back(next_utf8(p, text.size(), i));
    bool changed = false;
    for (std::size_t i = 0; i < cps.size();) {
        if (!is_letter_or_mark(cps[i])) { ++i; continue; }
        std::size_t e = i;
        bool mixed = false;
        Script first = kOther;
        for (; e < cps.size() && is_letter_or_mark(cps[e]); ++e) {
            const Script s = script_of(cps[e]);
            if (s == kOther) continue;
            if (first == kOther) first = s;
            else if (s != first) mixed = true;
        }
        if (mixed) changed = fold_word(cps, i, e) || changed;
        i = e;
    }
    if (!changed) return false;
    out.clear();
    for (char32_t cp : cps) append_utf8(out, cp);
    return true;
}

}  // namespace winnow::detail
