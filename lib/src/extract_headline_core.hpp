// Extract, a post that is only its headline: the core holds the page's one <h1>.
#pragma once
#include <cstdint>

#include "parse_html.hpp"

namespace winnow::detail::extraction {

// box holds an <h1> and the page holds no other: the box heads the page's one story (a post of
// a headline and a byline whose body is a picture or nothing), so its text is the article's.
bool holds_lone_h1(const Dom& dom, std::uint32_t box);

}  // namespace winnow::detail::extraction
