// Stage — Unicode, per character: the character pass (what it does with each code point, and the
// pass itself), whether NFC can change a code point (the quick check of UAX #15), and whether a
// text is already what the character pass and NFC would make of it (most text is: it then skips
// both). unicode.cpp runs the rounds of repair around the pass.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include <winnow/winnow.hpp>

namespace winnow::detail {

enum class Action : std::uint8_t { keep, drop, space, line, joiner };

// What the stage does with one code point, before context (joiners) and mode.
Action classify(char32_t cp);

// NFC leaves the code point as it is wherever it stands: combining class 0 and NFC_QC=Yes (no
// composition takes it as its second part; no canonical decomposition, or one that composes
// back to it). Text made only of such characters is NFC. `known` remembers, for one text, the
// precomposed letters already checked (é, ά, й: their check composes them again).
class NfcCheck {
public:
    bool inert(char32_t cp) {
        if (cp < 0x300) return true;
        const std::size_t slot = cp & (known_.size() - 1);
        if (known_[slot] == cp) return true;
        if (!inert_uncached(cp)) return false;
        known_[slot] = cp;
        return true;
    }
    static bool inert_uncached(char32_t cp);

private:
    std::array<char32_t, 16> known_{};
};

// How the character pass reads text: running text (trimmed), a segment of a block (keeps one
// space at each end: the spans around it meet there), preformatted (breaks, tabs and spaces kept).
enum class TextMode : std::uint8_t { text, segment, pre };

// The character pass: removes debris (controls, invisible and private-use characters, joiners
// no script or emoji needs, selectors after letters, combining marks past 30 in a row), maps odd
// spaces and line breaks, folds ligatures (and typography when asked), appending to out. Returns
// whether the result may need utf8proc's NFC (NFKC): always when !screened (the plain reading).
bool filter_chars(std::string_view s, const UnicodeOptions& o, TextMode mode, std::string& out, bool screened);

// Whether the character pass (text or segment mode) and NFC leave s exactly as it is: printable
// ASCII and single spaces (none at the ends in text mode), and characters the pass keeps as they
// are and NFC cannot change — no control, invisible, joiner, odd space, ligature, folded
// typography, selector, combining mark or ill-formed byte; under NFKC nothing past ASCII. False
// is no verdict: s takes the full pass.
bool chars_already_clean(std::string_view s, const UnicodeOptions& o, bool segment_mode);

}  // namespace winnow::detail
