// A block of plain ASCII words (filters/garbage_tokens.hpp's plain_prose): the garbage runs'
// token detectors and the machine text's statistics find nothing in it, so find_garbage_runs
// reads it with neither tokenizer. Why each finds nothing, by what a plain word lacks:
//
// - the garbage tokens: every token is one whitespace token (the splits need a '[', '{', '<',
//   a '(' after a stop inside a word, or a byte above ASCII) and debris_tokens.cpp's
//   plain_word, so classify() says neutral; the token detectors need a byte a plain word has
//   not ('@@', '[', '*', " = ", '|', "]:", '\\', " | ", "(+)", ':'), a digit (the census
//   screens, log lines, listing rows' link count), a '(' after a name (a call; a plain word's
//   '(' opens it), a dotted name before a '(' ("at" a frame), "null"/"undefined"/"NaN" (a core
//   that is not plain, or two capitals), a file's extension after its '.' (a plain word's '.'
//   has no letter after it), or three fields between commas with no '!', '?', ')', quote or
//   trailing '.' in them (a plain word has no comma before its trailing marks); path data
//   opens on "M-"/"m-" and letters, a token refused below. No hard token: no run.
// - the machine text: a plain word has no digit, symbol, code mark, slash, second capital or
//   capital after a small letter, no letter above ASCII and no code's brackets (two in a row,
//   "()"): token_score gives it 0, and mark_statements needs a word in capitals. The operand
//   statements' kinds need '=', '<', '>', ';', a dotted name, or a parenthesized list ("(a,"
//   opening it: a token refused below; a quoted word is a literal, no kind of its own); the
//   finders need a digit, a ':', a '#', a '%', a '{', a '$', a '>', a mark alone as a token
//   (breadcrumbs), or five dashes between hex pairs (a MAC address: a token refused below).
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

namespace {

bool trailing_mark(char c) { return c == '.' || c == ',' || c == '!' || c == '?' || c == '"' || c == '\''; }

// One whitespace token [b, e) (not empty): an opening bracket or quote, maybe; a capital, maybe;
// small letters with an apostrophe or a hyphen between two of them; then sentence marks, quotes
// and one closing bracket at most. At least one letter, fewer than five hyphens, not "null" or
// "undefined", not "M-…"/"m-…", and not "(word," (a parenthesized list's first item).
bool plain_token(const char* s, std::size_t b, std::size_t e) {
    std::size_t i = b;
    if (s[i] == '(' || s[i] == '"' || s[i] == '\'') ++i;
    const std::size_t core = i;
    if (i < e && is_upper(s[i])) ++i;
    int hyphens = 0;
    while (i < e) {
        const char c = s[i];
        if (is_lower(c)) {
            ++i;
            continue;
        }
        if ((c == '\'' || c == '-') && i > core && i + 1 < e && is_lower(s[i + 1])) {
            hyphens += c == '-';
            ++i;
            continue;
        }
        break;
    }
    const std::size_t core_end = i;
    if (core_end == core || hyphens >= 5) return false;
    int closers = 0;
    for (; i < e; ++i)
        if (!trailing_mark(s[i]) && !(s[i] == ')' && ++closers == 1)) return false;
    if (s[b] == '(' && s[e - 1] == ',') return false;
    const std::string_view word(s + core, core_end - core);
    if (word == "null" || word == "undefined") return false;
    return !(e - b >= 2 && (s[b] == 'M' || s[b] == 'm') && s[b + 1] == '-');
}

}  // namespace

bool plain_prose(std::string_view text) {
    const char* const s = text.data();
    const std::size_t n = text.size();
    for (std::size_t p = 0; p < n;) {
        if (is_space(s[p])) {
            ++p;
            continue;
        }
        std::size_t e = p + 1;
        while (e < n && !is_space(s[e])) ++e;
        if (!plain_token(s, p, e)) return false;
        p = e;
    }
    return true;
}

}  // namespace winnow::detail::garbage_tokens
