// A JSON Lines line held while it is read, kept near the size of the page it carries: JSON
// writers may escape what needs no escaping ("\u003c" for '<', "\u0436" for 'ж'), six bytes
// for one, so a line's raw length says little about its page's. Rewriting those escapes as
// the characters lets a reader bound what it holds by the page limit.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace winnow::cli {

// Rewrites, in text from index `from` on, each escape that needs none ("\/" and "\uXXXX" of
// a character other than a control, quote or backslash; a surrogate pair as one character)
// as the UTF-8 character, which never takes more bytes; the record parses to the same
// strings. `decoded` grows by the bytes the rewritten part decodes to. Returns where the
// rewritten part ends: an escape cut by the end of text is left there for the next call.
std::size_t compact_json_escapes(std::string& text, std::size_t from, std::uint64_t& decoded);

// What the stream reader (line_source.cpp) refuses, for a line already in memory (the Python
// module's): it decodes to more than max_line bytes, or holds more than twice that with its
// needless escapes rewritten. The same lines fail with the same error either way.
bool jsonl_line_oversize(std::string_view line, std::size_t max_line);

}  // namespace winnow::cli
