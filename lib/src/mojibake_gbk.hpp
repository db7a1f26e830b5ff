// UTF-8 Chinese read as GBK (cp936): "鐢ㄨ垔鏇告彌" for "用舊書換". A multi-byte code page, so
// not one of codepages.hpp's single-byte tables: the suspect run is written back to GBK and read
// as UTF-8.
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// Repairs such runs in text into out; false (out untouched) when there is none.
bool repair_gbk_mojibake(std::string_view text, std::string& out);

}  // namespace winnow::detail
