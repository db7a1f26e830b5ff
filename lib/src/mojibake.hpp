// Repair of UTF-8 text that was once decoded through a single-byte code page ("cafÃ©",
// "itâ€™s", "РџСЂРёРІРµС‚", "caf├⌐"), one to three times, with bytes lost on the way.
#pragma once
#include <string>
#include <string_view>

#include "codepages.hpp"

namespace winnow::detail {

// Whether text may hold mojibake at all: a non-ASCII character that some page has as a lead
// byte, followed by another non-ASCII character, a space, "?", a line break or a tab, or ending
// the text. Where it says no, mojibake_evidence is 0 and repair_mojibake repairs nothing.
bool may_hold_mojibake(std::string_view text);

// The code pages in which text holds unambiguous mojibake (a repair that clearly lowers the
// badness score). Used as evidence for the other segments of a block.
PageMask mojibake_evidence(std::string_view text);

// Repairs mojibake in valid UTF-8 text, word by word: a candidate repair is kept only when it
// makes the word more plausible (mojibake_score.hpp); weak ones only when the text, or the
// caller (`context`, from mojibake_evidence of the whole block), shows clear damage in the
// same code page. At most `rounds` rounds undo layers of encoding. Returns false and leaves
// out untouched when nothing was repaired.
bool repair_mojibake(std::string_view text, std::string& out, PageMask context = 0, int rounds = 4);

// repair_mojibake(text, out, mojibake_evidence(text), rounds), setting evidence to
// mojibake_evidence(text), for a block of one segment: the evidence pass is the repair's first
// round (the same plans, judged alike), so it runs once instead of twice.
bool repair_mojibake_own_evidence(std::string_view text, std::string& out, PageMask& evidence, int rounds = 4);

}  // namespace winnow::detail
