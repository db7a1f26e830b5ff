// Readers' comments written as a definition list (comments.cpp asks): each <dt> the writer's
// line, each <dd> the comment.
#pragma once
#include <cstdint>
#include <vector>

#include "comments_lines.hpp"
#include "parse_html.hpp"

namespace winnow::detail {

// n is a <dl> of two or more <dt>/<dd> pairs and nothing else, mostly unlinked, where every <dt>
// is a short line (120 characters at most) carrying the day it was posted and a name beside it
// (words that are no date) or a portrait, and every <dd> holds words and no heading. A glossary's
// or a FAQ's terms carry no day; a dated list of news carries no name beside its days.
bool dl_thread(const Dom& dom, std::uint32_t n, const std::vector<std::uint32_t>& text,
               const std::vector<std::uint32_t>& link, PostLines& lines);

}  // namespace winnow::detail
