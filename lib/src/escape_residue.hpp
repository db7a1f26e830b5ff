// Stage — Unicode: escapes of another layer leaked into prose. JSON's "\u00fc" and URL
// percent-encoding "%C3%BC" inside a word are text a serializer wrote for a machine, never
// what a writer typed; decoded back to the character.
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// Decodes, in prose (not code): a \uXXXX escape of a non-ASCII character glued to a letter
// on one side, or a pair of escaped UTF-16 surrogates; a run of %XX that spells complete
// non-ASCII UTF-8, glued to a letter or itself a word of two letters or more, in a word that
// is not a URL (no '/', '=', '?', '&', '#', '+'); a run of C byte escapes ("\303\262",
// "\xd0\xbf") or a UTF-7 shift ("+AOoBXw-", spare bits zero) that spells non-ASCII letters of
// one script, glued to a letter of that script or a word of its own in a script the text uses.
// Returns
// false and leaves out untouched when nothing was decoded.
bool decode_escape_residue(std::string_view text, std::string& out);

// Cheap test: does text hold "\\u" + a hex digit, a byte escape of a non-ASCII byte, "%" + a
// UTF-8 lead byte's hex ("%C3"), or "+" and three base64 characters?
// Most text with '\\' or '%' ("50%", "C:\\dir") holds neither.
bool may_hold_escape_residue(std::string_view text) noexcept;

}  // namespace winnow::detail
