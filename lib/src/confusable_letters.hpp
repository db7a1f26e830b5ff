// Look-alike letters of another script inside a word ("homoglyphs"): a Cyrillic "о" in a Latin word,
// a Latin "a" in a Cyrillic one, a Latin capital in a Greek capital word.
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// Writes a word's one or two letters of another script (Latin, Cyrillic, Greek) as the look-alike
// of the word's own script when every such letter has one ("Сafé" with a Cyrillic С is "Café";
// "пoл" with a Latin o is "пол"). Spam filters' evasions, keyboard-layout slips and OCR leave them;
// they look right and match nothing. A word stays when a letter of the other script has no
// look-alike ("iPhone-ы" is no word here; "Δt", "μm" keep their Greek letter), when the word has
// fewer than three letters, or when the other script is not clearly the minority.
// Writes the result to out; false (out untouched) when nothing changes.
bool fold_confusable_letters(std::string_view text, std::string& out);

}  // namespace winnow::detail
