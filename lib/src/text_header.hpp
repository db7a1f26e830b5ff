// The title block at the top of plain text input: title, subtitle, byline and date labels.
// Part of the text structure stage.
#pragma once
#include <cstddef>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_lines.hpp"

namespace winnow::detail {

// Reads the title block into meta and returns the index of the first body line. The block
// is taken only when it opens with a title and a body follows it: text input never loses
// text to metadata. A text that opens with a date or a byline instead (a body without its
// title, as winnow's own text output is) has no title block: those lines fill the metadata
// and stay in the body.
std::size_t read_text_header(const std::vector<TextLine>& lines, Metadata& meta);

}  // namespace winnow::detail
