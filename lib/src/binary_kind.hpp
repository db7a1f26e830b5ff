// Binary data (images, PDFs, archives, executables, compressed or random bytes) is refused rather
// than "cleaned" into nonsense.
#pragma once
#include <string_view>

namespace winnow::detail {

// What the bytes are when they are no text ("an image", "binary data"...), or nullptr for text.
const char* binary_kind(std::string_view bytes);

}  // namespace winnow::detail
