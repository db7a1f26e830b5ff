// Stage — prune: marks what can never be article content (scripts, styles, forms, navigation,
// hidden elements, embedded frames and graphics) as removed, before extraction scores anything.
#pragma once
#include "css_hidden.hpp"
#include "parse_html.hpp"

namespace winnow::detail {

// Hidden by the hidden attribute, aria-hidden, an inline style, or a hidden input.
bool is_hidden(const Dom& dom, std::uint32_t n);

// Marks nodes removed in place. Counts what it pruned (for the bench and tests). Elements the
// page's own style sheets hide (`sheets`) go as hidden elements do.
std::size_t prune(Dom& dom, const HiddenSelectors& sheets = {});

// Lower-cased class and id of an element joined by a space (for hint matching).
std::string class_and_id(const Dom& dom, std::uint32_t node);

}  // namespace winnow::detail
