// Class/id names as evidence for the extract stage: which names say "article text" and which
// say "page chrome". Weak evidence, always weighed with text statistics.
#pragma once
#include <algorithm>
#include <cstdint>
#include <string_view>
#include <vector>

#include "parse_html.hpp"
#include "string_bits_cache.hpp"

namespace winnow::detail {

// Class/id evidence, weak on its own. Positive and negative evidence are kept apart: a
// "comments-content" container is chrome even though it says "content".
struct Hints {
    bool positive = false;     // article, body, content, entry, post, story...
    bool negative = false;     // any chrome-like token
    bool strong = false;       // chrome whatever else the name says: comments, related, sidebar...
    bool absolute = false;     // names that are never article text even next to "content"
    bool comments = false;     // names a comment thread
    bool short_kind = false;   // every chrome name is of a kind short by nature (share row, byline, caption)
    int weight() const { return (positive ? 1 : 0) - (negative ? 1 : 0); }
};

// Evidence per class token: a token naming both content and chrome says nothing either way.
Hints read_hints(std::string_view class_and_id);

// The hints of a page's elements, each read on first asking and kept: the extract stage asks
// for the same elements from several passes (statistics, comment threads, choice, region), and
// a reading lowercases the names into a new string and scans them. An element with a class and
// no id reads as every other element of the same class: templates repeat their class names, so
// those readings are kept by class too, and every token's reading by the token as written.
// One per page, not shared.
class NameHints {
public:
    explicit NameHints(const Dom& dom)
        : dom_(dom),
          packed_(dom.nodes.size(), 0),
          by_class_(std::min<std::size_t>(dom.attrs.size(), 1024)),
          by_token_(std::min<std::size_t>(dom.attrs.size(), 1024)) {}
    Hints operator()(std::uint32_t n) const;

private:
    std::uint8_t read_packed(std::uint32_t n) const;
    std::uint8_t read_token_packed(std::string_view token) const;

    const Dom& dom_;
    mutable std::vector<std::uint8_t> packed_;  // a bit per field, kKnown once read
    mutable StringBitsCache by_class_;          // packed readings of class-only elements, by class value
    mutable StringBitsCache by_token_;          // packed readings of single tokens, as written (any case)
};

}  // namespace winnow::detail
