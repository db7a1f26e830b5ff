// ASCII byte classes the stages share: the C locale's, without asking the locale (and without
// the undefined behaviour of <cctype> on a negative char).
#pragma once

namespace winnow::detail {

// ' ', '\t', '\n', '\r', '\f', '\v': what isspace says in the C locale.
inline bool is_ascii_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }
inline bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }

}  // namespace winnow::detail
