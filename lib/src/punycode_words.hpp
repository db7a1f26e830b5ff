// A word of prose left as its IDNA ASCII form ("xn--bcher-kva" for "bücher").
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail {

// Decodes, in prose, a word written as an IDNA A-label ("xn--" and Punycode, RFC 3492) back to
// its letters: a pipeline that passed a word through a host-name encoder leaves it unreadable.
// Only a label standing as a word is read (not one inside a host name, a path, an address or a
// longer identifier), and only when it decodes to letters and marks with a letter beyond ASCII.
// Writes the result to out; false (out untouched) when nothing changes.
bool decode_punycode_words(std::string_view text, std::string& out);

}  // namespace winnow::detail
