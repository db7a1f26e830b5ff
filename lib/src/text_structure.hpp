// Stage — text structure: plain text (a scrape that already lost its markup, or winnow's own
// text output) to metadata and blocks by its line structure: the title block (title,
// subtitle, byline and date labels; text_header.cpp), headings, paragraphs, lists, tables,
// quotes, code fences and markdown links.
#pragma once
#include <string_view>

#include <winnow/winnow.hpp>

namespace winnow::detail {

// Fills doc.meta and doc.body from UTF-8 text.
void structure_text(std::string_view text, Document& doc);

}  // namespace winnow::detail
