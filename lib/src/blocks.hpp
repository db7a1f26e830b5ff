// Stage — block model: turns the extracted DOM region into typed blocks (headings with
// levels, paragraphs, lists, quotes, code, tables, figures) with inline link and emphasis
// spans. HTML and plain-text input meet here: everything after this works on blocks.
#pragma once
#include <string_view>
#include <vector>

#include <winnow/winnow.hpp>

#include "parse_html.hpp"

namespace winnow::detail {

// base_url resolves relative link targets and image sources. starts (if given): per top-level
// block, the DOM node of its first text (no_node: none, a picture), so what extraction dropped
// between blocks is placed in document order (dropped_actions.hpp).
std::vector<Block> build_blocks(const Dom& dom, const std::vector<std::uint32_t>& roots,
                                std::string_view base_url, bool keep_links, std::vector<std::uint32_t>* starts = nullptr);

// Paragraphs of a text body given without markup (one per line; block tags left in it break
// lines too, other tags go): the schema.org articleBody when no region of the page holds prose.
std::vector<Block> blocks_from_text_body(std::string_view text);

}  // namespace winnow::detail
