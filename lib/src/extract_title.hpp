// The page's title on the page: the heading whose words are the document's title. The article
// follows its title; a block far from it (a sidebar's author box, a tab panel, a comment list)
// is not the article, however much prose it holds. Evidence for the extract stage.
#pragma once
#include <string>
#include <string_view>

#include "parse_html.hpp"

namespace winnow::detail {

// The first heading (h1-h4, not removed) whose text is the title or most of it, preferring
// <h1>; no_node when no heading matches (a page whose headline is no heading, a list page).
std::uint32_t find_title_heading(const Dom& dom, std::string_view title);

// The text of the document's <title> element as written (the metadata's title may have lost
// the headline to the site name when it split them).
std::string document_title(const Dom& dom);

}  // namespace winnow::detail
