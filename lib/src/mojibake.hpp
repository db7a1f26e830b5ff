// Repair of UTF-8 text that was once decoded as windows-1252 / Latin-1 ("cafÃ©", "itâ€™s").
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// True when text holds at least one unambiguous mojibake sequence (a multi-byte one, a
// run of them, or one inside a lower-case word). Used as evidence for a whole block.
bool has_strong_mojibake(std::string_view text);

// Repairs mojibake sequences in valid UTF-8 text; at most `rounds` rounds undo double
// encoding. Ambiguous two-character sequences (an upper-case word ending in "Ã”") are only
// repaired when the text, or the caller (context_evidence), shows unambiguous damage.
// Returns false and leaves out untouched when nothing was repaired.
bool repair_mojibake(std::string_view text, std::string& out, bool context_evidence = false, int rounds = 3);

}  // namespace winnow::detail
