// A live blog's updates or readers' posts (comments.cpp asks): a box of dated entries of one
// kind is a thread of readers' posts unless it reads as the publisher's own updates.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "comments_entry.hpp"
#include "comments_lines.hpp"
#include "parse_html.hpp"

namespace winnow::detail {

// n's entries of kind k are a live blog's updates of one day: every one under a heading of its
// own and stamped with a clock time, none with its day (readers' posts carry their day; a
// heading over each is a story's or an update's).
bool updates_of_a_day(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text,
                      PostLines& lines);

// n's entries of kind k are a publisher's updates, dated or not with their day: three or more,
// nearly all dated, most under a headline of their own (a heading, or a first line in bold: an
// update is a piece of news), fewer than a quarter signed as a reader signs a post. A reader's post carries
// a name of its own (a short line, once its date and numbers are set aside, that fewer than half
// the entries show) or a portrait before its words; an update shows its date alone, or a line
// most entries show (one author, a "share" link). Nor a list of teasers: its headings and its entries are not
// links, and half of its entries or more do not close on a link to another page ("Read more").
bool unsigned_updates(const Dom& dom, std::uint32_t n, const EntryKind& k, const std::vector<std::uint32_t>& text,
                      const std::vector<std::uint32_t>& link, PostLines& lines);

// n's entries of kind k from `first` on are signed by their writers: half of them or more show a
// line of their own (a short line's or their date line's words once the date is set aside,
// "Posted by: Jane at March 3, 2012" -> "posted by jane") that fewer than half the entries show.
// A diary's or a changelog's dated sections show their date alone, or one author's line.
bool signed_by_writers(const Dom& dom, std::uint32_t first, const EntryKind& k, const std::vector<std::uint32_t>& text,
                       const std::vector<std::uint32_t>& link, PostLines& lines);

// The words of a short line that are no part of a date, lowercased and joined by one space
// ("Posted by: Jane at March 3, 2012 04:10 PM" -> "posted by jane").
std::string undated_words(std::string_view line);

}  // namespace winnow::detail
