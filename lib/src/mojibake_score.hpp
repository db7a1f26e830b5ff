// How implausible a run of characters is as real text: the plausibility measure mojibake repair
// compares before and after a candidate repair. It counts character classes that real text
// does not put side by side inside a word (an accented capital before a symbol, a lower-case
// letter before a capital, symbols glued to letters, two scripts in one word, box drawing next
// to letters) and characters no text is made of (C1 controls, unassigned code points).
// No word lists: only classes.
#pragma once
#include <cstddef>

namespace winnow::detail {

int badness(const char32_t* text, std::size_t n);

// True for characters that no real text uses and that a repair must not produce.
bool implausible_char(char32_t cp);

}  // namespace winnow::detail
