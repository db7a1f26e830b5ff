// Blocks, headings: a wiki's edit control glued to a section heading's text.
#pragma once
#include <cstdint>

#include "parse_html.hpp"

namespace winnow::detail {

// The heading's last child when it is an edit control set beside the heading's text: an element
// holding one short link (two words, 24 bytes at most) and nothing else but brackets or
// punctuation ("<span>[<a>edit</a>]</span>"), after an element of the heading's own text, no
// space between them ("<h2><span>History</span><span>[<a>edit</a>]</span></h2>"). Style sheets
// set the control apart; as text it reads glued to the heading ("Historyedit"), a word no reader
// wrote. no_node when the heading has no such child. Reads at most 8 children of the heading.
std::uint32_t heading_edit_control(const Dom& dom, std::uint32_t heading);

}  // namespace winnow::detail
