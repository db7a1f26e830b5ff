// A highlighter's line-number frame: a <table> whose first column holds nothing but consecutive
// line numbers and whose second column holds the code in a <pre> or <code> — either one row
// (a gutter cell of all the numbers beside a cell of all the code) or a row per line. Blocks
// renders it as one code block without the numbers, where table cells would glue the code into
// one line and a <figure> around it would lose it.
#pragma once
#include <cstdint>
#include <optional>
#include <string>

#include "parse_html.hpp"

namespace winnow::detail {

// The frame's code, lines apart by '\n'; nullopt when `table` is no such frame.
std::optional<std::string> line_number_frame(const Dom& dom, std::uint32_t table);

}  // namespace winnow::detail
