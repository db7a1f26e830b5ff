// The label a debris run leaves behind: "Request ID: 3f2a…", "kimlik: 5b7f…", "trace-id 9e1d…".
// A value the detectors cut (a hash, a UUID, a token) often stands after a word or two that
// name it; cut alone, the name stays as a stray fragment between sentences. The label is told
// by position and shape, in any language: it follows a sentence's end (or opens the block), it
// is one word, or up to three ending in a colon, or a header's name and colon before one word
// ("Authorization: Bearer …"), with no digits and no end mark, and the run
// after it ends its segment (the block ends, or a sentence starts: a capital or a letter of a
// script without case).
#include "filters/evidence.hpp"
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

// A sentence's end at the end of a token: ".", "!", "?" (behind closing quotes) or a
// full-width stop.
bool token_ends_sentence(std::string_view t) {
    return ends_sentence(t) || t.ends_with("\u3002") || t.ends_with("\uFF01") || t.ends_with("\uFF1F");
}

// Whether what follows `end` starts a sentence or the block ends there.
bool segment_ends(std::string_view text, std::size_t end) {
    while (end < text.size() && is_space(text[end])) ++end;
    if (end >= text.size()) return true;
    std::size_t p = end;
    const char32_t cp = next_code_point(text, p);
    if (!is_letter(cp)) return false;
    return is_upper_cp(cp) || utf8proc_category(static_cast<utf8proc_int32_t>(cp)) == UTF8PROC_CATEGORY_LO;
}

// A label word: letters, maybe joined by '-' or '_', maybe a colon at its end; no digits.
bool ends_in_colon(std::string_view t) { return t.ends_with(':') || t.ends_with("\uFF1A"); }

// Where a token glued behind a full-width sentence end starts after it ("…他们。请求编号:"): the
// mark's end, or npos.
// A Latin stop counts when letters of two scripts stand on its sides ("…βελανιδιάς.Authorization:"):
// the sentence before it is another language's.
std::size_t after_full_stop(std::string_view t) {
    std::size_t at = std::string_view::npos;
    for (std::string_view mark : {"\u3002", "\uFF01", "\uFF1F", "\u0964"})
        if (const std::size_t p = t.rfind(mark); p != std::string_view::npos && p + 3 < t.size() && (at == std::string_view::npos || p + 3 > at))
            at = p + 3;
    for (std::size_t p = t.size(); p-- > 1;) {
        if (!is_terminal(t[p]) || p + 1 >= t.size() || (at != std::string_view::npos && p + 1 <= at)) continue;
        std::size_t q = p - 1, r = p + 1;
        while (q > 0 && (static_cast<unsigned char>(t[q]) & 0xC0) == 0x80) --q;
        const char32_t left = next_code_point(t, q), right = next_code_point(t, r);
        if (is_letter(left) && is_letter(right) && !scripts_compatible(script_of(left), script_of(right))) at = p + 1;
        break;
    }
    return at;
}

// colon: the label ends in one (then it may be up to three words); a bare label is one short word.
bool label_word(std::string_view t, bool last, bool colon) {
    if (t.empty() || t.size() > (colon ? 40u : 16u)) return false;
    if (ends_in_colon(t)) {
        if (!last) return false;
        t.remove_suffix(t.back() == ':' ? 1 : 3);
    }
    if (t.empty()) return false;
    std::size_t p = 0, letters = 0;
    while (p < t.size()) {
        const char32_t cp = next_code_point(t, p);
        // Without a colon, a word of a script written without spaces may be a whole clause.
        if (is_letter(cp) && !colon && written_without_spaces(script_of(cp))) return false;
        if (is_letter(cp)) ++letters;
        else if (cp != '-' && cp != '_' && cp != 0x200C && cp != 0x200D && utf8proc_category(static_cast<utf8proc_int32_t>(cp)) != UTF8PROC_CATEGORY_MN)
            return false;
    }
    return letters > 0;
}

}  // namespace

void take_run_labels(std::string_view text, std::vector<TextRange>& runs) {
    std::uint32_t floor = 0;  // the previous run's end: a label never reaches into it
    for (TextRange& r : runs) {
        const std::uint32_t prev_end = floor;
        floor = r.end;
        if (!segment_ends(text, r.end)) continue;
        // The words before the run, back to a sentence's end or the block's start (at most three).
        std::uint32_t p = r.begin, start = r.begin;
        int words = 0;
        bool colon = false, bounded = false, header = false;
        while (words <= 3) {
            std::uint32_t te = p;
            while (te > prev_end && is_space(text[te - 1])) --te;
            if (te == prev_end) { bounded = true; break; }
            if (te == p && p == r.begin && p > 0) break;  // the run is glued behind a word: its own cut decides
            std::uint32_t tb = te;
            while (tb > prev_end && !is_space(text[tb - 1])) --tb;
            std::string_view t = text.substr(tb, te - tb);
            if (token_ends_sentence(t)) { bounded = true; break; }
            const std::size_t glued = after_full_stop(t);
            if (glued != std::string_view::npos) t.remove_prefix(glued), tb += static_cast<std::uint32_t>(glued);
            if (words == 0) colon = ends_in_colon(t);
            // A header's name before the one word: "Authorization: Bearer".
            const bool named = words == 1 && !colon && !header && ends_in_colon(t);
            if (named ? !label_word(t, true, true) : header || !label_word(t, words == 0, colon)) break;
            header = header || named;
            ++words;
            start = tb;
            p = tb;
            if (glued != std::string_view::npos) { bounded = true; break; }
        }
        if (!bounded || words == 0 || words > (colon ? 3 : header ? 2 : 1)) continue;
        r.begin = start;
    }
}

}  // namespace winnow::detail::garbage_tokens
