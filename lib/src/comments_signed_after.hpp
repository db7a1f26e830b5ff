// Readers' posts signed after their text as siblings ("<div>post</div><p>Posted by NAME at
// DATE</p>"), an old blog template's comments (comments_signed_after.cpp).
#pragma once
#include <cstdint>
#include <vector>

#include "comments_entry.hpp"
#include "comments_lines.hpp"
#include "parse_html.hpp"

namespace winnow::detail {

// n's last entries of kind k are signatures each after its post, two pairs or more after the
// article's prose: the pairs' elements, posts and signatures (empty: none).
std::vector<std::uint32_t> trailing_signed_posts(const Dom& dom, std::uint32_t n, const EntryKind& k,
                                                 const std::vector<std::uint32_t>& text,
                                                 const std::vector<std::uint32_t>& link, PostLines& lines);

// Such pairs in a box where no kind is mostly dated (the article's paragraphs around them), each
// signature naming another writer: the pairs' elements (empty: none).
std::vector<std::uint32_t> signed_posts_in_article_box(const Dom& dom, std::uint32_t n, const std::vector<std::uint32_t>& text,
                                                       const std::vector<std::uint32_t>& link, PostLines& lines);

}  // namespace winnow::detail
