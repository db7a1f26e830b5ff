#pragma once
#include <string_view>

namespace winnow::detail::extraction {

// A link's visible text that reads as a web address: "https://…", "www.host…", or dotted
// host labels ending in a top-level domain of letters, as one token.
bool is_web_address(std::string_view t);

}  // namespace winnow::detail::extraction
