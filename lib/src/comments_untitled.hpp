// A thread after a short post on a page with no title heading (comments_untitled.cpp).
#pragma once
#include <cstdint>
#include <vector>

#include "comments_entry.hpp"
#include "parse_html.hpp"

namespace winnow::detail {

// n's entries of kind k (readers' posts by their dates, the caller's test) answer a short post
// on a page with no title heading: half of them or more are signed by a name line over their
// words (a table's rows are a listing's: a job or a file list is dated too), and prose (a <p>
// of 25 characters or a run of 80 set loose in a box, mostly unlinked) of 80 characters or
// more stands before n in the nearest ancestor (three levels up at most, not the <body>) whose
// children before n hold any: the post, in the thread's own column.
bool answers_untitled_post(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text,
                           const std::vector<std::uint32_t>& link);

}  // namespace winnow::detail

namespace winnow::detail {

// n's nested replies signed by name lines (nested_replies' answer) answer a short post on a page
// with no title heading: the post stands before them in their own column, as answers_untitled_post
// reads it for the kind of the first signed post (comments_untitled_replies.cpp).
bool nested_replies_answer_untitled_post(const Dom& dom, std::uint32_t n, const std::vector<std::uint32_t>& text,
                                         const std::vector<std::uint32_t>& link);

}  // namespace winnow::detail
