// Part of stage 4 (metadata): the author named by a visible byline line ("By Jane Doe",
// "Von Anna Berger · 14. März 2024", "Por María de la Fuente | 3 de mayo") when no tag names one.
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace winnow::detail {

// The names a byline line gives, or none when the line is not a byline: a language's "by" word,
// then two to five capitalized words (particles such as "de", "van" between them), ending the
// line or followed by a separator, a comma or a date. Two names joined by a short word
// ("and", "und", "et") are two authors.
std::vector<std::string> byline_authors(std::string_view line);

}  // namespace winnow::detail
