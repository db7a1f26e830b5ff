// A weekday's name in a short line (a dateline, a post's signature), in the languages of the
// date tables besides English (date_words.hpp), told from a name spelled alike.
#pragma once
#include <cstddef>
#include <string_view>

namespace winnow::detail {

// The word at [at, at + length) of line names a weekday ("Montag", "mardi", "среду", "月曜日";
// a Portuguese "-feira" day read whole when a reader split it at the hyphen; fullwidth brackets
// around it set aside: "（月曜日）"), and is no part of a person's name: a weekday's name is also a
// surname or a given name ("Anna Sonntag", "Plácido Domingo", "Domenica Rossi"), so a word
// joined by a lone space to a capitalized word of three letters or more that names no month or
// weekday is read as a name. A dateline parts its weekday from a name by a comma or a dash
// ("Anna Schmidt, Montag, 3. März 2025"), or opens with it ("mardi 4 mars 2025").
bool weekday_in_line(std::string_view line, std::size_t at, std::size_t length);

}  // namespace winnow::detail
