// Text guards shared by the serializers.
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// Drops what XML 1.0 forbids (C0 controls but tab/newline/CR, U+FFFE/U+FFFF, lone
// surrogates, invalid UTF-8), so the emitted document always parses.
std::string xml_safe(std::string_view text);

// True when text is valid UTF-8.
bool valid_utf8(std::string_view text);

}  // namespace winnow::detail
