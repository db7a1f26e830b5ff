// Entity residue: character references that survive into text ("caf&amp;eacute;" escaped twice,
// "caf&#233" without its ';'), decoded the way a browser would.
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// Decodes every reference (chains of "&amp;" too) into out; false (out untouched) when none.
bool decode_entities(std::string_view s, std::string& out);

}  // namespace winnow::detail
