// Stage — text structure, Markdown branch: text that opens with a YAML front-matter block
// (winnow's own --format markdown --front-matter, and the usual form of Markdown documents)
// is read as CommonMark: front matter to metadata, headings, nested lists, quotes, fenced
// code, GitHub tables, images, emphasis, code spans and links to blocks and spans.
#pragma once
#include <string_view>

#include <winnow/winnow.hpp>

namespace winnow::detail {

// Reads text as Markdown into doc when it opens with front matter; false (doc untouched)
// otherwise.
bool read_markdown(std::string_view text, Document& doc);

}  // namespace winnow::detail
