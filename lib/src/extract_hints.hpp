// Class/id names as evidence for the extract stage: which names say "article text" and which
// say "page chrome". Weak evidence, always weighed with text statistics.
#pragma once
#include <string_view>

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

}  // namespace winnow::detail
