// Readers' posts after the article's prose in one box or one column (comments_after_prose.cpp):
// the prose before them is the article they answer.
#pragma once
#include <cstdint>
#include <vector>

#include "comments_entry.hpp"
#include "comments_lines.hpp"
#include "parse_html.hpp"

namespace winnow::detail {

// Prose under the title heading that makes an article, if a short one: two sentences.
inline constexpr std::uint32_t kShortArticle = 80;

// Prose paragraphs (a <p> of 25 characters, under half linked) under c, c included.
std::uint32_t prose_under(const Dom& dom, std::uint32_t c, const std::vector<std::uint32_t>& text,
                          const std::vector<std::uint32_t>& link);

// Paragraphs of prose in n's children before its first entry of kind k, and no entry with a
// heading of its own: the entries answer an article in their box.
bool answers_prose_before(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text,
                          const std::vector<std::uint32_t>& link);

// Marks kEntryAfterProse the posts of n's entries of kind k that answer the prose before them in
// n (signed after their text, or a minority kind's dated entries after the prose). Whether any were.
bool mark_posts_after_prose(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text,
                            const std::vector<std::uint32_t>& link, PostLines& lines, std::vector<std::uint8_t>& out,
                            std::vector<std::uint8_t>& inside);

// Marks kEntryAfterProse the readers' posts among bare boxes of n's most common kind k, after the
// last one holding the article (a heading of its own). Whether any were.
bool mark_posts_past_article(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text,
                             const std::vector<std::uint32_t>& link, std::uint32_t title_end, PostLines& lines,
                             std::vector<std::uint8_t>& out, std::vector<std::uint8_t>& inside);

// n's entries of kind k are readers' posts: none has a heading of its own, most carry their day.
bool entries_are_replies(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text, PostLines& lines);

// The box of entries stands after the article's prose in the box that holds both (see the .cpp).
bool follows_prose_in_box(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text,
                          const std::vector<std::uint32_t>& link, std::uint32_t title_end, PostLines& lines);

}  // namespace winnow::detail
