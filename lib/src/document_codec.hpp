// A compact binary form of a Result (document, error, filter state), for batch pass one to keep
// pages in memory or in a spill file until pass two finishes them. Not a storage format: it
// is read back only by the same build that wrote it.
#pragma once
#include <string>
#include <string_view>

#include <winnow/winnow.hpp>

namespace winnow::detail {

// Appends the encoding of r to out.
void encode_result(const Result& r, std::string& out);
// Decodes what encode_result wrote; false (and out unspecified) on truncated or foreign data.
bool decode_result(std::string_view data, Result& out);

}  // namespace winnow::detail
