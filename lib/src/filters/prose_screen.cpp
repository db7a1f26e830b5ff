// A block of plain ASCII words (filters/garbage_tokens.hpp's plain_prose): the garbage runs'
// token detectors and the machine text's statistics find nothing in it, so find_garbage_runs
// stops after the garbage tokenizer has read it (read_garbage_tokens tells, while it reads,
// whether every token was plain: the block is not read twice), and the machine reader never
// reads it. Why each finds nothing, by what a plain word lacks:
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
//
// Token by token (plain_token, in a block with other tokens too): read_garbage_tokens reads each
// word once with scan_word (garbage_tokens.hpp), its letters eight at a time, and a plain one
// becomes a neutral token at once: none of the splits can cut it (a stop before a '[', '{', '('
// or '<' inside the word: its '(' can only open it; a '[' glued to a log tag; a byte above
// ASCII), and classify's first test, debris_tokens.cpp's plain_word, takes every plain token
// (the same core, a set of closing marks that holds plain_token's). Its Marks are as read: its
// letters, apostrophes and hyphens have none. The detectors still read the token: a plain word
// can stand inside a run (an error line's "on line", a log line's words), so no detector skips it.
#include "filters/garbage_tokens.hpp"

namespace winnow::detail::garbage_tokens {

bool plain_token(std::string_view t) {
    if (t.empty() || is_space(t.front())) return false;
    const WordScan w = scan_word(t, 0);
    return w.plain && w.end == t.size();
}

// Token by token, each read once (garbage_tokens.hpp's scan_word).
bool plain_prose(std::string_view text) {
    for (std::size_t p = 0;;) {
        while (p < text.size() && is_space(text[p])) ++p;
        if (p == text.size()) return true;
        const WordScan w = scan_word(text, p);
        if (!w.plain) return false;
        p = w.end;
    }
}

}  // namespace winnow::detail::garbage_tokens
