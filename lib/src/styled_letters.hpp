// Letters written in a compatibility form that only styles them: mathematical alphanumerics used as
// "bold" or "italic" words, Arabic and Hebrew presentation forms, and diacritics stacked on one
// letter ("zalgo" text).
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// Folds, in prose, what is only the look of a letter back to the letter:
// - a word written in Mathematical Alphanumeric Symbols (U+1D400-1D7FF) by a styled-text
//   generator ("𝐟𝐫𝐞𝐞", "𝘀𝗮𝗹𝗲"): a word holding a math letter and a second one (the Letterlike
//   Symbols that fill the block's holes count: "ℎ𝑒𝑡", "ℬ𝓪𝓻𝓷") or a letter of another kind
//   ("𝑁æ𝑠𝑡𝑒", "𝑣é𝑛"), and a one-letter math word beside such a word ("𝑂 𝑞𝑢𝑒"); a lone math letter
//   is a variable of a formula and stays;
// - an enclosing mark (circle, square, keycap: category Me) between two letters of a word
//   ("voorja⃣ar"): it frames nothing; after a digit or standing alone it stays;
// - Arabic (U+FB50-FDCF, U+FE70-FEFC) and Hebrew (U+FB1D-FB4F) presentation forms: contextual
//   glyphs a PDF copy or an old renderer left in place of the letters; the word ligatures
//   U+FDF0-FDFF (ﷲ, ﷺ) are symbols of their own and stay, and so does Arabic stored in visual order
//   (a word opening on a final form: folded, its letters would read backwards);
// - three or more combining marks left on one Latin, Greek or Cyrillic letter once the marks that
//   compose with it are composed: no orthography stacks so many (Vietnamese and polytonic Greek
//   compose to one letter with at most one mark left), so the whole stack is debris and goes.
// - word styles written with whole letters or marks, two or more in a word: circled letters
//   (ⓕⓡⓔⓔ), small capitals used as a font (ᴍᴀɴɴ; kept in text holding other IPA letters), one
//   strike or underline mark after each letter (m̶e̶y̶d̶a̶), a run of tatweels stretching an
//   Arabic-script word (one kashida justifying a title stays).
// Writes the result to out; false (out untouched) when nothing changes.
bool fold_styled_letters(std::string_view text, std::string& out);

}  // namespace winnow::detail
