// Private to the extract stage: a paragraph whose links are clauses of its sentences.
#pragma once
#include <cstdint>

#include "parse_html.hpp"

namespace winnow::detail::extraction {

// n's text is sentences whose links are clauses of them (a writer linking every source as
// he tells it), not a list of link entries: two or more links of a clause's length each on
// average, two or more sentence ends outside the links (the last closing the text), words of
// the writer's own between them, one link at least with words of its sentence on both sides,
// and no label over them (unlinked words closing on a colon before the first link). A list's
// entries are short or stand apart, joined by separators, a label or a conjunction only.
bool links_are_clauses(const Dom& dom, std::uint32_t n);

}  // namespace winnow::detail::extraction
