// Where a prose word ends when debris was glued to it without a space ("meeting2000-11-18 …",
// "largerSELECT a, b FROM …", "книгиvar x=…"). Asked only for the token
// right before a run the detectors already cut: its head is the paragraph's word, its tail
// the run's first piece, which alone looked like a word and so was left out of the run.
// Only shape tells the end: a change of script or case (across a sentence's end mark too),
// digits, a path, symbols.
#include <utf8proc.h>

#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

// Digits that go on as a date or a time ("2031-04-09", "2029/03/18", "08:14"): a logger's.
bool date_like(std::string_view t) {
    std::size_t d = 0;
    while (d < t.size() && t[d] >= '0' && t[d] <= '9') ++d;
    return (d == 4 || d == 2) && d + 1 < t.size() && (t[d] == '-' || t[d] == '/' || t[d] == ':') && t[d + 1] >= '0' && t[d + 1] <= '9';
}

// A zero-width joiner or non-joiner, or a combining mark: part of the word around it.
bool inside_word(char32_t cp) {
    return cp == 0x200C || cp == 0x200D || utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_MN;
}

// A sentence's end mark: the Latin ones, and the wide stops other scripts write (the
// ideographic and full-width ones, the danda, the Arabic, Urdu, Armenian, Ethiopic ones), which a language
// of any script may have before debris glued to it ("गाती हैं।id,sku,…").
bool is_sentence_end_mark(char32_t cp) {
    return cp == '.' || cp == '!' || cp == '?' || is_wide_sentence_stop(cp);
}

// A query's first parameter: a name of ASCII letters, digits and '_' (a letter or '_' first),
// then '='.
bool query_after(std::string_view t) {
    std::size_t i = 0;
    while (i < t.size() && (is_alpha(t[i]) || t[i] == '_' || (i > 0 && is_dig(t[i])))) ++i;
    return i > 0 && i < t.size() && t[i] == '=';
}

}  // namespace

std::uint32_t glued_word_end(std::string_view t, bool own) {
    std::size_t i = 0, letters = 0;
    int script = script_none;
    bool lower = true;  // every letter after the first is lower case
    while (i < t.size()) {
        std::size_t next = i;
        const char32_t cp = next_code_point(t, next);
        if (is_letter(cp)) {
            const int s = script_of(cp);
            if (script != script_none && !scripts_compatible(s, script))
                return letters >= 2 ? static_cast<std::uint32_t>(i) : 0;  // "поbąñáçö", "примутమెజు"
            // "largerSELECT", "boatsTÜCI": a lower-case word, then two capitals (not "McDonald").
            if (letters >= 3 && lower && is_upper_cp(cp) && next < t.size()) {
                std::size_t after = next;
                const char32_t c2 = next_code_point(t, after);
                if (is_upper_cp(c2) || (!own && (is_digit(c2) || c2 == '_'))) return static_cast<std::uint32_t>(i);
            }
            if (letters > 0 && is_upper_cp(cp)) lower = false;
            script = s;
            ++letters;
            i = next;
            continue;
        }
        // A joiner or a combining mark is inside a word ("می‌خوانند", "किताबें"): no end.
        if (letters > 0 && inside_word(cp)) {
            i = next;
            continue;
        }
        // (Latin abbreviations have two letters, "e.g.": a word of other scripts, two syllables
        // of Hangul, "선다.", is one already.)
        if (letters < (script == script_latin ? 3u : 2u)) return 0;
        // A sentence's end mark, then a letter of another script ("기억한다.worker_threads=8") or
        // a mark that opens markup, a tag, a placeholder or (after another script's word) an
        // identifier ("…قصه می‌خوانند.#کتاب#…", "선다._ga=…"), or a lone letter before a slash, a
        // name no host ends in (a stream editor's "apropiere.s/\s+$//"; "this.x=5" is one name):
        // the mark ends the word and stays with it.
        if (is_sentence_end_mark(cp) && next < t.size()) {
            std::size_t after = next;
            const char32_t c2 = next_code_point(t, after);
            if (is_letter(c2) && !scripts_compatible(script_of(c2), script)) return static_cast<std::uint32_t>(next);
            if (std::u32string_view(U"#@{[<$%&").find(c2) != std::u32string_view::npos) return static_cast<std::uint32_t>(next);
            // ('_' only after another script's word: "window.__STATE__" is one dotted name.)
            if (c2 == '_' && script != script_latin) return static_cast<std::uint32_t>(next);
            if (c2 < 0x80 && is_alpha(static_cast<char>(c2)) && after < t.size() && t[after] == '/') return static_cast<std::uint32_t>(next);
        }
        if (letters < 3) return 0;
        // A word, then a query string glued to it ("escuelas?utm_source=…&…"): prose puts a space
        // after its question mark, a query's name and '=' follow it at once.
        if (cp == '?' && lower && query_after(t.substr(next))) return static_cast<std::uint32_t>(i);
        // A word, then digits or a path or symbols: "con2026-11-17", "yang/rmk/x.php", "word↯↯↯".
        if (is_digit(cp) && (!own || date_like(t.substr(i)))) return static_cast<std::uint32_t>(i);
        if (!own && (cp == '/' || cp == '\\' || (cp >= 0x2190 && cp <= 0x2BFF) || cp >= 0x1F300)) return static_cast<std::uint32_t>(i);
        // A clause mark glued to what follows ("sardinas,2010/10/06"): the mark stays with the word.
        if (!own && (cp == ',' || cp == ';' || cp == ':') && next < t.size() && !is_space(t[next])) return static_cast<std::uint32_t>(next);
        return 0;
    }
    // (A lower-case word glued to a lower-case keyword, "theat", has no end by shape; a head
    // the document uses elsewhere is no proof either: compounds and suffixes look the same.)
    return 0;
}

}  // namespace winnow::detail::garbage_tokens
