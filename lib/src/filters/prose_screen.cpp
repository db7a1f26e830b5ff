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

bool trailing_mark(unsigned char c) { return c == '.' || c == ',' || c == '!' || c == '?' || c == '"' || c == '\''; }
bool small(unsigned char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

// Token by token, each read once from its first byte to the space after it: an opening bracket or
// quote, maybe; a capital, maybe; small letters with an apostrophe or a hyphen between two of
// them; then sentence marks, quotes and one ')' at most. Refused besides: a token without a
// letter, with five hyphens or more, "null" or "undefined", "M-…"/"m-…", "(word,".
bool plain_prose(std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* const end = p + text.size();
    for (;;) {
        while (p < end && is_space(static_cast<char>(*p))) ++p;
        if (p == end) return true;
        const unsigned char* const b = p;
        if (*p == '(' || *p == '"' || *p == '\'') ++p;
        const unsigned char* const core = p;
        if (p < end && *p >= 'A' && *p <= 'Z') ++p;
        int hyphens = 0;
        for (;;) {
            while (p < end && small(*p)) ++p;
            if (p + 1 < end && (*p == '\'' || *p == '-') && p > core && small(p[1])) {
                hyphens += *p == '-';
                p += 2;
                continue;
            }
            break;
        }
        const unsigned char* const core_end = p;
        if (core_end == core || hyphens >= 5) return false;
        int closers = 0;
        for (; p < end && !is_space(static_cast<char>(*p)); ++p)
            if (!trailing_mark(*p) && !(*p == ')' && ++closers == 1)) return false;
        if (*b == '(' && p[-1] == ',') return false;
        const std::size_t n = static_cast<std::size_t>(core_end - core);
        const std::string_view word(reinterpret_cast<const char*>(core), n);
        if ((n == 4 && *core == 'n' && word == "null") || (n == 9 && *core == 'u' && word == "undefined")) return false;
        if ((*b == 'M' || *b == 'm') && p - b >= 2 && b[1] == '-') return false;
    }
}

}  // namespace winnow::detail::garbage_tokens
