// A byline that is the metadata's author, alone or after a credit's short opening in any
// language ("Scritto da Marco Bellini", "Автор: Иван Петров"). Used by is_byline.
#pragma once
#include <string_view>

#include "metadata.hpp"

namespace winnow::detail {

// The line is one of the metadata's authors' names (case-blind for ASCII), or one or two short
// words of letters and then that name.
bool names_meta_author(std::string_view text, const Metadata& meta);

}  // namespace winnow::detail
