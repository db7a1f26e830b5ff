// Stage — extract: chooses the main-content region of a pruned DOM and marks the
// boilerplate inside it (share rows, related lists, author boxes, comment sections...) as
// removed. Signals are combined, none trusted alone: text and link density, paragraph and
// comma statistics, DOM position, semantic elements, schema.org markup and class/id hints.
#pragma once
#include <vector>

#include "limits.hpp"
#include "metadata.hpp"
#include "parse_html.hpp"

namespace winnow::detail {

struct Extraction {
    // Region roots in document order: the main node, plus siblings that belong to the article.
    std::vector<std::uint32_t> roots;
    std::size_t boilerplate_nodes = 0;   // nodes marked removed inside the region
    // Comment threads in document order (removed from the region; Options::comments builds
    // them into Document::comments).
    std::vector<std::uint32_t> comments;
    // No region holds prose while the page's schema.org articleBody does (an app shell that
    // renders the article by script, a teaser in the markup): that text is the body instead.
    bool use_article_body = false;
};

// budget: its passes over the nodes throw BudgetExceeded ("... during extraction") once it is spent.
Extraction extract_main_content(Dom& dom, const PageFacts& facts, const Budget& budget = Budget::none());

}  // namespace winnow::detail
