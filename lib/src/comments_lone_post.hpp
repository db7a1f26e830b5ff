// A lone reader's post after the article (comments.cpp asks): one post is no thread, yet it
// answers the article as a thread does, and its shape says whose it is.
#pragma once
#include <cstdint>
#include <vector>

#include "comments_lines.hpp"
#include "parse_html.hpp"

namespace winnow::detail {

// n is a reader's post, or a box of a few (not a paragraph): a portrait (an image sized as a
// face, 24 to 100 pixels a side, not set in a paragraph) before its first words (a run of 40
// characters), a date line, no heading, mostly unlinked, 2000 characters at most. Asked after
// the article's prose, of a box shorter than that prose or after 250 characters of it.
bool lone_post(const Dom& dom, std::uint32_t n, const std::vector<std::uint32_t>& text,
               const std::vector<std::uint32_t>& link, PostLines& lines);

}  // namespace winnow::detail
