// A quotation's source under it ("— Jane Smith, 12 May 2019", «— Лев Толстой, 1869»): a short
// line of a name and a date that is the article's attribution of the quote above it, not a
// dateline or a reader's signature. Used by the extract stage's short-line filter.
#pragma once
#include <cstdint>
#include <string_view>

#include "parse_html.hpp"

namespace winnow::detail {

// Line n (text t) opens with a dash ("—", "–", "―", "−", "--") and directly follows, as its next
// element with text, a quotation: a <blockquote>, a block whose text is mostly a <q>, or a block
// opened by a quotation mark; and the pair stands in the article's flow: a paragraph of prose
// (80 characters or more) follows the line, or precedes the quotation with no quotation after
// the line. A reader's post and its signature repeated as a thread has neither.
bool is_quote_source(const Dom& dom, std::uint32_t n, std::string_view t);

}  // namespace winnow::detail
