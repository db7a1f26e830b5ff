// Comment threads as the extract stage sees them: runs of reader posts that follow an article.
// Found by name (class/id naming comments, or a heading so named over loose posts) or by shape,
// whatever the markup calls them: three or more sibling entries of one kind, most of them
// carrying a short date line, after the article's prose has begun. They are not article text;
// Options::comments keeps them apart.
#pragma once
#include <cstdint>
#include <vector>

#include "extract_hints.hpp"
#include "parse_html.hpp"

namespace winnow::detail {

inline constexpr std::uint8_t kNamedThread = 1;   // class/id names it a comment thread
inline constexpr std::uint8_t kShapedThread = 2;  // only its shape says so
// An entry of a thread that follows the article's paragraphs in the article's own box (a
// product's description over its reviews): the box is the article, each entry is chrome. Also
// the box of such entries when the paragraphs stand before it in the column holding both.
inline constexpr std::uint8_t kEntryAfterProse = 3;
// Only its shape says so, and its entries are readers' posts: none under a heading of its own,
// most carrying their day. Unlike a live blog's updates, such a thread answers the prose before
// it even inside the article's box.
inline constexpr std::uint8_t kRepliesThread = 4;

// Per node: kNamedThread, kShapedThread or kRepliesThread for the topmost element of each comment section, or
// kEntryAfterProse for each of its entries when the section is the article's box (or for the
// entries' box when the article's paragraphs precede it in their column). text[i] is the visible text
// under node i (non-removed), link[i] the part inside links.
// title_end: one past the page's title heading (no_node: none found); prose under the title
// is the article a thread answers, however short. names: the elements' class/id hints, shared
// with the caller's other passes. settle: a box's entries are read only until too few are left
// to make a thread; false reads every one, the plain computation the tests hold it to.
std::vector<std::uint8_t> find_comment_sections(const Dom& dom, const std::vector<std::uint32_t>& text,
                                                const std::vector<std::uint32_t>& link, const NameHints& names,
                                                std::uint32_t title_end = no_node, bool settle = true);

inline std::vector<std::uint8_t> find_comment_sections(const Dom& dom, const std::vector<std::uint32_t>& text,
                                                       const std::vector<std::uint32_t>& link,
                                                       std::uint32_t title_end = no_node) {
    return find_comment_sections(dom, text, link, NameHints(dom), title_end);
}

}  // namespace winnow::detail
