// The kind of entry a box's children are a thread of, by shape (comments_thread_entries.cpp):
// three or more dated (or rated) siblings of one kind, or two rated or portrayed posts alone.
#pragma once
#include <cstdint>
#include <vector>

#include "comments_entry.hpp"
#include "comments_lines.hpp"
#include "parse_html.hpp"

namespace winnow::detail {

// n's children hold three or more dated (or rated, headingless) entries of one kind, or are two
// rated (or dated, portrayed) headingless entries of one kind and nothing else: that kind (tag
// none when not); a kind fewer than the box's most common one is marked `minority`. settle:
// stop reading the entries once too few are left to make a thread.
EntryKind thread_entries(const Dom& dom, std::uint32_t n, const std::vector<std::uint32_t>& text, PostLines& lines,
                         bool settle);

}  // namespace winnow::detail
