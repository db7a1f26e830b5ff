// Input sniffing: whether bytes given without --input are an HTML document or plain text.
#pragma once
#include <string_view>

namespace winnow::detail {

// True when bytes look like an HTML document or fragment rather than plain text.
bool looks_like_html(std::string_view bytes);

}  // namespace winnow::detail
