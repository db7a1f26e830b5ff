// Stage — text structure: plain text (a scrape that already lost its markup) to metadata
// and blocks by its line structure: title and subtitle lines, byline and date labels,
// headings, paragraphs, lists, quotes, code fences and markdown links.
#pragma once
#include <string_view>

#include <winnow/winnow.hpp>

namespace winnow::detail {

// Fills doc.meta and doc.body from UTF-8 text.
void structure_text(std::string_view text, Document& doc);

// True when bytes look like an HTML document rather than plain text.
bool looks_like_html(std::string_view bytes);

}  // namespace winnow::detail
