// Link residue, linked marks: a link whose whole text is a sign or a bracketed tag, glued after a
// word and before a clause end ("…the report ↗.", "…in 1987†.", "…the rules (2).", "…the study
// [PDF].", "…the plan (enlace).", "…the harbour[zdroj?]."), or a bare note number glued to the word ("…the harbour17.", a
// superscript link to a note of this page: no word is written with its digits glued on). Such a link says nothing in the sentence; its text is the
// link's decoration (an external-link arrow, a note sign, a note number, the file type of its
// target, a label button). Read from the link's shape, whatever the language.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include <utf8proc.h>

#include "ascii.hpp"
#include "block_edit.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/residue_edit.hpp"

namespace winnow::detail {

namespace {

bool closing(char32_t cp) {
    return cp == '.' || cp == ',' || cp == ';' || cp == ':' || cp == '!' || cp == '?' || cp == ')' ||
           cp == 0xFF0C || cp == 0x3001 || cp == 0x060C ||  // full-width, ideographic, Arabic commas
           cp == 0x1363 || is_wide_sentence_stop(cp);     // (Ethiopic comma; danda, ։, ።…)
}

// Up to three code points, none a letter, a digit or a space: "↗", "†", "**", "🔗".
bool sign_only(std::string_view s) {
    std::size_t i = 0, n = 0;
    while (i < s.size()) {
        const char32_t cp = next_code_point(s, i);
        if (is_letter(cp) || is_digit(cp) || cp <= ' ' || ++n > 3 || cp == '(' || cp == '[' || cp == ')' || cp == ']')
            return false;
    }
    return n > 0;
}

// The extension of a target's path ("/docs/report.pdf?x=1" -> "pdf"), folded to lower case.
std::string target_extension(std::string_view target) {
    target = target.substr(0, target.find_first_of("?#"));
    const auto slash = target.rfind('/');
    const auto dot = target.rfind('.');
    if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) return {};
    std::string ext(target.substr(dot + 1));
    for (char& c : ext) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    return ext;
}

// One word of letters, or (when !one) two in lower case, nothing else ("enlace", "liên kết").
// Two words with a capital are a name or a remark with one ("(OMR reported)"), not a label.
bool few_words(std::string_view s, bool one) {
    std::size_t i = 0, words = 0;
    bool in_word = false, capital = false;
    while (i < s.size()) {
        const char32_t cp = next_code_point(s, i);
        if (cp == ' ') {
            in_word = false;
        } else if (is_letter(cp) || is_combining_mark(cp)) {
            if (!in_word) ++words;
            capital = capital || utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LU;
            in_word = true;
        } else {
            return false;
        }
    }
    return words == 1 || (!one && words == 2 && !capital);
}

// A note's label of letters and a number ("a1", "n 3", "12b"): one or two ASCII letters before or
// after one to three digits, maybe a space between. A word is never written so; a model name
// ("A4", "F1") is one too, so only a link within the page counts (its caller asks).
bool lettered_note(std::string_view s) {
    std::size_t i = 0;
    const auto letters = [&] { std::size_t n = 0; while (i < s.size() && n < 3 && (is_ascii_alnum(s[i]) && !is_ascii_digit(s[i]))) ++i, ++n; return n; };
    const auto digits = [&] { std::size_t n = 0; while (i < s.size() && n < 4 && is_ascii_digit(s[i])) ++i, ++n; return n; };
    std::size_t lead = letters();
    if (lead > 0 && i < s.size() && s[i] == ' ') ++i;
    const std::size_t num = digits();
    const std::size_t tail = lead == 0 ? letters() : 0;
    return i == s.size() && num >= 1 && num <= 3 && (lead + tail == 1 || lead + tail == 2);
}

bool has_capital(std::string_view s) {
    for (std::size_t i = 0; i < s.size();)
        if (utf8proc_category(static_cast<utf8proc_int32_t>(next_code_point(s, i))) == UTF8PROC_CATEGORY_LU) return true;
    return false;
}

// Whether the text says each word of a label only here: "wir" of "(wir berichteten)" recurs in
// any German text, a link's label is said nowhere else. A label a page repeats as links ("(link)"
// after two sentences) is said nowhere else too when every saying of its words is such a link
// (bracketed the same way, the whole text of its link).
bool said_once(std::string_view inner, std::string_view bracketed, const LinkedMarkContext& ctx) {
    if (++ctx.label_questions > LinkedMarkContext::kMaxLabelQuestions) return false;
    const std::string f = residue_fold(inner);
    std::size_t labels = 0;  // (counted on the first word said more than once)
    const auto only_here = [&](std::string_view w) {
        if (ctx.used_once(w)) return true;
        if (!ctx.said || !ctx.link_labels) return false;
        if (labels == 0) labels = ctx.link_labels(residue_fold(bracketed));
        return labels >= 2 && ctx.said(w) <= labels;
    };
    const auto space = f.find(' ');
    if (space == std::string::npos) return only_here(f);
    return only_here(std::string_view(f).substr(0, space)) && only_here(std::string_view(f).substr(space + 1));
}

}  // namespace

void remove_linked_marks(Document& doc, Block& b, const LinkedMarkContext& ctx) {
    const std::string& t = b.text;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cuts;
    for (const Span& s : b.spans) {
        if (s.kind != Span::Kind::link || s.target.empty() || s.end > t.size() || s.begin >= s.end) continue;
        std::uint32_t a = s.begin, e = s.end;
        while (a < e && is_ascii_space(t[a])) ++a;
        while (e > a && is_ascii_space(t[e - 1])) --e;
        if (a == e) continue;
        // A label whose brackets are the page's text around the link ("[<a>edit</a>]", a wiki's
        // edit link after a heading): the brackets are the label's. Not parentheses, nor a name
        // with a capital: prose puts a linked name or source in them ("the river (<a>Vltava</a>)",
        // "… [<a>Bloomberg</a>]"); an action's label is in small letters (or a caseless script).
        if (a > 0 && e < t.size() && t[a - 1] == '[' && t[e] == ']' && t[a] != '[' &&
            !has_capital(std::string_view(t.data() + a, e - a)))
            --a, ++e;
        // At most 40 characters (not bytes: a label in Greek or Hebrew takes two a letter).
        std::size_t chars = 0;
        for (std::uint32_t k = a; k < e && chars <= 40; ++k) chars += (static_cast<unsigned char>(t[k]) & 0xC0) != 0x80;
        if (chars > 40) continue;
        // A word before it (not the block's start: a link alone is a line of its own) ...
        std::size_t before = a;
        while (before > 0 && is_ascii_space(t[before - 1])) --before;
        if (before == 0) continue;
        std::size_t k = before - 1;
        while (k > 0 && (static_cast<unsigned char>(t[k]) & 0xC0) == 0x80) --k;
        std::size_t kk = k;
        const char32_t prev = next_code_point(t, kk);
        if (!is_letter(prev) && !is_combining_mark(prev) && !closing(prev) && prev != '"' && prev != 0x201D) continue;
        // ... and a clause end or the block's end after it.
        std::size_t after = e;
        const char32_t next = after < t.size() ? next_code_point(t, after) : U'.';
        if (!closing(next)) continue;
        const std::string_view text(t.data() + a, e - a);
        bool cut = sign_only(text);
        // A note number of 1-3 digits glued to a letter, linking within the page ("…říká17.").
        // (After a space it may be the sentence's number: "chapter 17".)
        if (!cut && before == a && text.size() <= 3 && (is_letter(prev) || is_combining_mark(prev)) &&
            text.find_first_not_of("0123456789") == std::string_view::npos)
            cut = ctx.in_page(s.target);
        if (!cut && text.size() >= 3 && ((text.front() == '(' && text.back() == ')') || (text.front() == '[' && text.back() == ']'))) {
            std::string_view inner = text.substr(1, text.size() - 2);
            // A label asking for its source closes on a question mark ("[zdroj?]", "[lähde?]").
            std::string_view asked = inner;
            for (std::string_view q : {"?", "\uFF1F", "\u061F"})
                if (asked.size() > q.size() && asked.ends_with(q)) asked.remove_suffix(q.size());
            if (!inner.empty() && inner.size() <= 3 &&
                inner.find_first_not_of("0123456789") == std::string_view::npos)
                cut = ctx.in_page(s.target);  // a note number: one linking away is a reference
            else if (before == a && lettered_note(inner))
                cut = ctx.in_page(s.target);  // a lettered note ("[a1]"), glued to its word
            else if (few_words(inner, true) && residue_fold(inner) == target_extension(s.target))
                cut = true;                    // the file type of what it links to
            else if (few_words(asked, false))
                // A label the text says nowhere else; one asking for its source is one whatever
                // else says its words (a page marks several sentences so).
                cut = asked.size() < inner.size() || said_once(asked, text, ctx);
        }
        if (!cut) continue;
        // Glued ("1987†") or after a space ("report ↗"): the space goes with it.
        cuts.emplace_back(with_leading_space(t, a), e);
    }
    std::sort(cuts.begin(), cuts.end());
    for (auto it = cuts.rbegin(); it != cuts.rend(); ++it) {
        if (it + 1 != cuts.rend() && (it + 1)->second > it->first) continue;  // (overlapping links)
        record_residue(doc, b, b.text.substr(it->first, it->second - it->first), it->first);
        erase_text(b, it->first, it->second);
    }
}

}  // namespace winnow::detail
