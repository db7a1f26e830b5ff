// Styled letters folded to plain ones (see styled_letters.hpp).
#include "styled_letters.hpp"

#include <utf8proc.h>

#include <cstdlib>
#include <optional>
#include <vector>

#include "ascii.hpp"
#include "charset_tables.hpp"

namespace winnow::detail {
namespace {

bool is_math_alnum(char32_t cp) { return cp >= 0x1D400 && cp <= 0x1D7FF; }

// The Letterlike Symbols that fill the holes of the math alphanumeric block (italic h, script
// B E F H I L M R e g o, fraktur C H I R Z, double-struck C H N P Q R Z): a styled-text generator
// writing a word in one of those alphabets takes these for the missing letters ("ℎ𝑒𝑡").
bool is_math_hole(char32_t cp) {
    switch (cp) {
        case 0x2102: case 0x210A: case 0x210B: case 0x210C: case 0x210D: case 0x210E: case 0x2110: case 0x2111:
        case 0x2112: case 0x2115: case 0x2119: case 0x211A: case 0x211B: case 0x211C: case 0x211D: case 0x2124:
        case 0x2128: case 0x212C: case 0x212D: case 0x212F: case 0x2130: case 0x2131: case 0x2133: case 0x2134:
            return true;
        default:
            return false;
    }
}

bool is_letter_or_mark(char32_t cp) {
    const auto c = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO) || c == UTF8PROC_CATEGORY_MN || c == UTF8PROC_CATEGORY_MC;
}

bool is_enclosing_mark(char32_t cp) {
    return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_ME;
}

// One word's math letters: a word (letters, marks, math letters and their holes) is a styled word
// when it holds a math letter and either a second one or a letter of another kind ("𝑁æ𝑠𝑡𝑒", "𝑣é𝑛"):
// a variable of a formula is one math letter standing alone.
struct MathWord {
    std::size_t begin = 0, end = 0;
    std::size_t math = 0;    // math letters and holes
    bool fold = false;
};

std::vector<MathWord> math_words(const std::vector<char32_t>& cps) {
    std::vector<MathWord> words;
    for (std::size_t i = 0; i < cps.size();) {
        if (!(is_math_alnum(cps[i]) || is_math_hole(cps[i]) || is_letter_or_mark(cps[i]))) { ++i; continue; }
        MathWord w{i, i, 0, false};
        std::size_t alnum = 0, other = 0;
        for (; w.end < cps.size(); ++w.end) {
            const char32_t c = cps[w.end];
            if (is_math_alnum(c)) ++alnum, ++w.math;
            else if (is_math_hole(c)) ++w.math;
            else if (is_letter_or_mark(c)) ++other;
            else break;
        }
        w.fold = alnum > 0 && (w.math >= 2 || other > 0);
        if (alnum > 0) words.push_back(w);
        i = w.end;
    }
    // A one-letter math word beside a styled word (spaces between) is that phrase's article or
    // pronoun ("𝑂 𝑞𝑢𝑒 𝑣é𝑛"), not a variable.
    const auto styled_beside = [&](const MathWord& a, const MathWord& b, const MathWord& styled) {
        for (std::size_t j = a.end; j < b.begin; ++j)
            if (cps[j] != ' ') return false;
        return b.begin > a.end && styled.fold && styled.math >= 2;
    };
    for (std::size_t k = 0; k < words.size(); ++k) {
        if (words[k].fold || words[k].math != 1) continue;
        if ((k > 0 && styled_beside(words[k - 1], words[k], words[k - 1])) ||
            (k + 1 < words.size() && styled_beside(words[k], words[k + 1], words[k + 1])))
            words[k].fold = true;
    }
    return words;
}

bool is_presentation_form(char32_t cp) {
    return (cp >= 0xFB1D && cp <= 0xFB4F) || (cp >= 0xFB50 && cp <= 0xFDCF) || (cp >= 0xFE70 && cp <= 0xFEFC);
}

bool is_mark(char32_t cp) {
    return utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_MN;
}

// Latin, Greek, Cyrillic letters (with their extensions): the scripts whose orthographies compose
// to at most one loose mark; Indic and other scripts write vowel signs as marks and are left alone.
bool stack_base(char32_t cp) {
    return (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z') || (cp >= 0xC0 && cp <= 0x24F && cp != 0xD7 && cp != 0xF7) ||
           (cp >= 0x370 && cp <= 0x52F) || (cp >= 0x1E00 && cp <= 0x1FFF);
}

int form_of(char32_t cp) { return utf8proc_get_property(static_cast<utf8proc_int32_t>(cp))->decomp_type; }

// Whether the text holds Arabic-script presentation forms in visual order (stored right to left
// as drawn, by an old system that shaped and reversed before storing): a word opening on a final
// or medial form, or closing on an initial or medial one. Folding would give letters in reverse;
// the text is left as it is.
bool visual_order(const std::vector<char32_t>& cps) {
    for (std::size_t i = 0; i < cps.size();) {
        if (!(cps[i] >= 0xFB50 && cps[i] <= 0xFEFC) || is_mark(cps[i])) { ++i; continue; }
        std::size_t end = i;
        char32_t first = 0, last = 0;
        for (; end < cps.size() && ((cps[end] >= 0xFB50 && cps[end] <= 0xFEFC) || is_mark(cps[end])); ++end)
            if (!is_mark(cps[end])) last = cps[end], first = first ? first : cps[end];
        const int f = form_of(first), l = form_of(last);
        if (f == UTF8PROC_DECOMP_TYPE_FINAL || f == UTF8PROC_DECOMP_TYPE_MEDIAL || l == UTF8PROC_DECOMP_TYPE_INITIAL ||
            l == UTF8PROC_DECOMP_TYPE_MEDIAL)
            return true;
        i = end;
    }
    return false;
}

// Appends cp's compatibility decomposition (a presentation form's letters, a math letter's ASCII).
void append_compat(std::vector<char32_t>& out, char32_t cp) {
    utf8proc_int32_t buf[8];
    int last = 0;
    const auto n = utf8proc_decompose_char(static_cast<utf8proc_int32_t>(cp), buf, 8,
                                           static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT), &last);
    if (n <= 0 || n > 8) {
        out.push_back(cp);
        return;
    }
    for (int k = 0; k < n; ++k) out.push_back(static_cast<char32_t>(buf[k]));
}

// The marks of base + marks[0..n) that stay loose once composed (NFC of the cluster).
std::size_t loose_marks(char32_t base, const char32_t* marks, std::size_t n) {
    std::string s;
    append_utf8(s, base);
    for (std::size_t k = 0; k < n; ++k) append_utf8(s, marks[k]);
    utf8proc_uint8_t* dst = nullptr;
    const auto len = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()), static_cast<utf8proc_ssize_t>(s.size()),
                                  &dst, static_cast<utf8proc_option_t>(UTF8PROC_COMPOSE | UTF8PROC_STABLE));
    std::size_t loose = 0;
    if (len > 0) {
        const auto* p = reinterpret_cast<const unsigned char*>(dst);
        for (std::size_t i = 0; i < static_cast<std::size_t>(len);)
            if (is_mark(next_utf8(p, static_cast<std::size_t>(len), i))) ++loose;
    } else {
        loose = n;
    }
    std::free(dst);
    return loose;
}

// Quick screen on the bytes: math letters are F0 9D 90-9F, presentation forms EF AC-B7 / EF B9-BB,
// the combining marks most stacks use CC 80 - CD AF; text with none of them has nothing to fold.
// Every lead byte it looks for is above 0x7F, so ASCII runs are skipped eight bytes at a time.
bool may_hold_styled(std::string_view t) {
    for (std::size_t i = 0; i + 1 < t.size(); ++i) {
        i = ascii_bytes_end(t.data(), i, t.size());
        if (i + 1 >= t.size()) break;
        const auto b = static_cast<unsigned char>(t[i]), c = static_cast<unsigned char>(t[i + 1]);
        if (b == 0xF0 && c == 0x9D) return true;
        // enclosing marks: U+20DD-20E4, U+0488-0489, U+A670-A672
        if (i + 2 < t.size() && b == 0xE2 && c == 0x83 && static_cast<unsigned char>(t[i + 2]) >= 0x9D &&
            static_cast<unsigned char>(t[i + 2]) <= 0xA4)
            return true;
        if (b == 0xD2 && (c == 0x88 || c == 0x89)) return true;
        if (i + 2 < t.size() && b == 0xEA && c == 0x99 && static_cast<unsigned char>(t[i + 2]) >= 0xB0 &&
            static_cast<unsigned char>(t[i + 2]) <= 0xB2)
            return true;
        if (b == 0xEF && ((c >= 0xAC && c <= 0xB7) || (c >= 0xB9 && c <= 0xBB))) return true;
        if ((b == 0xCC || b == 0xCD) && i + 3 < t.size() && (static_cast<unsigned char>(t[i + 2]) == 0xCC || static_cast<unsigned char>(t[i + 2]) == 0xCD))
            return true;   // two marks in a row at least
        if (b == 0xE2 && (c == 0x92 || c == 0x93)) return true;                      // circled letters
        if ((b == 0xE1 && c == 0xB4) || b == 0xC9 || b == 0xCA || (b == 0xEA && (c == 0x9C || c == 0x9E)))
            return true;                                                                 // small capitals
        if (b == 0xCC && (c == 0x85 || (c >= 0xB2 && c <= 0xB8))) return true;           // overlay marks
        if (b == 0xD9 && c == 0x80 && i + 3 < t.size() && static_cast<unsigned char>(t[i + 2]) == 0xD9 &&
            static_cast<unsigned char>(t[i + 3]) == 0x80)
            return true;                                                                 // a tatweel run
    }
    return false;
}

bool is_circled_letter(char32_t cp) { return cp >= 0x24B6 && cp <= 0x24E9; }

// Small capitals as "fancy text" generators write them, with the letter each stands for.
char small_capital(char32_t cp) {
    switch (cp) {
        case 0x1D00: return 'a'; case 0x0299: return 'b'; case 0x1D04: return 'c'; case 0x1D05: return 'd';
        case 0x1D07: return 'e'; case 0xA730: return 'f'; case 0x0262: return 'g'; case 0x029C: return 'h';
        case 0x026A: return 'i'; case 0x1D0A: return 'j'; case 0x1D0B: return 'k'; case 0x029F: return 'l';
        case 0x1D0D: return 'm'; case 0x0274: return 'n'; case 0x1D0F: return 'o'; case 0x1D18: return 'p';
        case 0xA7AF: return 'q'; case 0x0280: return 'r'; case 0xA731: return 's'; case 0x1D1B: return 't';
        case 0x1D1C: return 'u'; case 0x1D20: return 'v'; case 0x1D21: return 'w'; case 0x028F: return 'y';
        case 0x1D22: return 'z';
        default: return 0;
    }
}

// A phonetic letter that no font styling produces (ə, ʃ, ɡ, ᵊ, the stress and length marks ˈ ː): its presence marks IPA.
bool ipa_only(char32_t cp) {
    return ((cp >= 0x250 && cp <= 0x2AF) || (cp >= 0x1D00 && cp <= 0x1DBF) || cp == 0x2C8 || cp == 0x2CC || cp == 0x2D0) &&
           !small_capital(cp);
}

// Marks drawn over or under a whole letter (overline, low lines, strokes, slashes): a generator
// puts one after every letter to strike a word through or underline it; no orthography does.
bool is_overlay(char32_t cp) { return cp == 0x305 || (cp >= 0x332 && cp <= 0x338); }

bool arabic_letter(char32_t cp) { return cp >= 0x620 && cp <= 0x6FF && cp != 0x640 && !is_mark(cp); }

bool word_char(char32_t cp) {
    if (is_circled_letter(cp)) return true;
    const auto cat = utf8proc_category(static_cast<utf8proc_int32_t>(cp));
    return (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_ME);   // letters and marks
}

// Folds, word by word, a style written with whole letters or marks: circled letters, small
// capitals, a strike or underline mark after each letter, tatweel runs stretching an Arabic word.
// Each needs two styled letters in the word (a lone ⓐ is a list label, one kashida justifies a
// title, a lone ɪ is phonetic); small capitals stay in a text holding other IPA letters.
bool fold_word_styles(std::vector<char32_t>& cps) {
    std::size_t ipa = 0;
    for (const char32_t c : cps) ipa += ipa_only(c);
    bool changed = false;
    std::vector<char32_t> res;
    res.reserve(cps.size());
    for (std::size_t i = 0; i < cps.size();) {
        if (!word_char(cps[i])) { res.push_back(cps[i++]); continue; }
        std::size_t end = i;
        while (end < cps.size() && word_char(cps[end])) ++end;
        std::size_t letters = 0, circled = 0, small = 0, ascii = 0, overlaid = 0;
        for (std::size_t k = i; k < end; ++k) {
            const char32_t c = cps[k];
            if (is_mark(c)) continue;
            ++letters;
            circled += is_circled_letter(c);
            small += small_capital(c) != 0;
            ascii += c < 0x80;
            overlaid += k + 1 < end && is_overlay(cps[k + 1]);
        }
        const bool fold_circled = circled >= 2;
        const bool fold_small = small >= 2 && ipa == 0 && 2 * ascii <= small;
        const bool strip_overlay = overlaid >= 2 && 3 * overlaid >= 2 * letters;
        for (std::size_t k = i; k < end; ++k) {
            const char32_t c = cps[k];
            if (fold_circled && is_circled_letter(c)) {
                append_compat(res, c);
                changed = true;
            } else if (fold_small && small_capital(c)) {
                res.push_back(static_cast<char32_t>(small_capital(c)));
                changed = true;
            } else if (strip_overlay && is_overlay(c)) {
                changed = true;
            } else if (c == 0x640 && k > i && arabic_letter(cps[k - 1]) && k + 1 < end && cps[k + 1] == 0x640) {
                while (k + 1 < end && cps[k + 1] == 0x640) ++k;   // the run goes whole
                changed = true;
            } else {
                res.push_back(c);
            }
        }
        i = end;
    }
    if (changed) cps.swap(res);
    return changed;
}

}  // namespace

bool fold_styled_letters(std::string_view text, std::string& out) {
    if (!may_hold_styled(text)) return false;
    std::vector<char32_t> cps, res;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    for (std::size_t i = 0; i < text.size();) cps.push_back(next_utf8(p, text.size(), i));
    bool changed = fold_word_styles(cps);
    res.reserve(cps.size());
    std::optional<bool> visual;   // asked once, of a text that holds a presentation form
    const std::vector<MathWord> words = math_words(cps);
    std::size_t next_word = 0;
    for (std::size_t i = 0; i < cps.size();) {
        const char32_t cp = cps[i];
        while (next_word < words.size() && words[next_word].begin < i) ++next_word;
        if (next_word < words.size() && words[next_word].begin == i) {
            const MathWord& w = words[next_word++];
            if (w.fold) {
                for (std::size_t k = i; k < w.end; ++k) {
                    if (is_math_alnum(cps[k]) || is_math_hole(cps[k])) append_compat(res, cps[k]);
                    else res.push_back(cps[k]);
                }
                changed = true;
                i = w.end;
                continue;
            }
        }
        if (is_math_alnum(cp)) {
            res.push_back(cp);
            ++i;
            continue;
        }
        // An enclosing mark (a circle, square, keycap) inside a word, between two letters, frames
        // no symbol: it is debris ("voorja⃣ar"). After a digit or standing alone it is a keycap or
        // a sign and stays.
        if (is_enclosing_mark(cp) && !res.empty() && is_letter_or_mark(res.back()) && i + 1 < cps.size() &&
            is_letter_or_mark(cps[i + 1])) {
            changed = true;
            ++i;
            continue;
        }
        if (is_presentation_form(cp) && !(visual ? *visual : *(visual = visual_order(cps)))) {
            append_compat(res, cp);
            changed = true;
            ++i;
            continue;
        }
        res.push_back(cp);
        ++i;
        if (!stack_base(cp)) continue;
        std::size_t end = i;
        while (end < cps.size() && is_mark(cps[end])) ++end;
        // (A run past 30 marks is no orthography either; composing it whole would be quadratic.)
        if (end - i >= 3 && (end - i > 30 || loose_marks(cp, &cps[i], end - i) >= 2)) {
            changed = true;   // the stack goes whole: which of its marks was meant cannot be told
        } else {
            res.insert(res.end(), cps.begin() + static_cast<std::ptrdiff_t>(i), cps.begin() + static_cast<std::ptrdiff_t>(end));
        }
        i = end;
    }
    if (!changed) return false;
    out.clear();
    for (const char32_t c : res) append_utf8(out, c);
    return true;
}

}  // namespace winnow::detail
