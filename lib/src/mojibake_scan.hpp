// Mojibake candidates: where, read back through one code page, characters re-encode to a
// well-formed UTF-8 sequence (or to one a lossy decoder damaged).
#pragma once
#include <cstdint>
#include <vector>

#include "codepages.hpp"

namespace winnow::detail {

struct Candidate {
    std::uint32_t pos = 0;   // first character replaced
    std::uint32_t len = 0;   // characters replaced
    char32_t cp = 0;         // what they stood for (U+FFFD: a byte was lost beyond repair)
    bool lossy = false;      // a byte was guessed: a no-break space that became a space, a lost byte
    bool spaced = false;     // a plain space was read as byte A0 (a no-break space lost)
    bool dropped = false;    // a lead alone, its continuation bytes dropped: only next to other damage
    bool framed = false;     // a lost-byte mark between the lead and further continuation bytes
    bool sure = false;       // lossy, but what survived is no text ("ðŸ‘" + a lost byte, "ï¸" + one)
};

// The pages worth scanning: those where some character is a lead byte followed by a
// continuation byte (or by a character a lossy decoder leaves in its place). stops: the
// positions of the non-ASCII characters and of "?", the only ones a candidate can start at
// (filled once, read by scan_page for every page: English prose is mostly ASCII).
PageMask pages_to_scan(const std::vector<char32_t>& cps, std::vector<std::uint32_t>& stops);

// Candidates of one page, left to right, not overlapping; stops as pages_to_scan left them.
void scan_page(const std::vector<char32_t>& cps, const std::vector<std::uint32_t>& stops, int page, std::vector<Candidate>& out);

}  // namespace winnow::detail
