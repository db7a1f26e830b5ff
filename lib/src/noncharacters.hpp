// Unicode noncharacters (U+FDD0-FDEF and the last two code points of every plane, U+xFFFE and
// U+xFFFF) are no text: they are dropped from the decoded input.
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// Drops every noncharacter of valid UTF-8 text. The HTML parser would make each one U+FFFD, the
// mark of bytes that could not be read: inside a word ("rare\uFFFF") that is damage the page never
// had, and the word stays broken. (A real U+FFFD from bad bytes is left as it is.) text is read
// where it stands: out is its copy without them when there is one (true), else untouched (false).
bool drop_noncharacters(std::string_view text, std::string& out);

}  // namespace winnow::detail
