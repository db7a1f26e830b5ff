// Text guards shared by the serializers.
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// Drops what XML 1.0 forbids (C0 controls but tab/newline/CR, U+FFFE/U+FFFF) and writes
// U+FFFD for each byte of invalid UTF-8 or a lone surrogate, so the emitted document always
// parses and a reader sees where bytes were bad.
std::string xml_safe(std::string_view text);

// True when text is valid UTF-8.
bool valid_utf8(std::string_view text);

}  // namespace winnow::detail
