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
    for (std::size_t i = 0; i < cps.size();) {
        const char32_t cp = cps[i];
        if (is_math_alnum(cp)) {
            std::size_t end = i;
            while (end < cps.size() && is_math_alnum(cps[end])) ++end;
            if (end - i >= 2) {
                for (std::size_t k = i; k < end; ++k) append_compat(res, cps[k]);
                changed = true;
            } else {
                res.push_back(cp);
            }
            i = end;
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
