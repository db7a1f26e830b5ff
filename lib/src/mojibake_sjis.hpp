// UTF-8 Japanese read as Shift_JIS (cp932): "縺ｦ謖√■" for "て持ち". A multi-byte code page, so
// not one of codepages.hpp's single-byte tables: the suspect run is written back to cp932 and
// read as UTF-8.
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// Repairs such runs in text into out; false (out untouched) when there is none.
bool repair_sjis_mojibake(std::string_view text, std::string& out);

}  // namespace winnow::detail
