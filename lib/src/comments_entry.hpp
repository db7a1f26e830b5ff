// What the comment-thread finder (comments.cpp) reads of a single entry, shared with its
// tests of signed posts (comments_signed.cpp): the kind of a sibling entry, so that the posts of
// one thread match, and how far an entry is walked.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "parse_html.hpp"

namespace winnow::detail {

inline constexpr std::size_t kMaxEntryWalk = 400;  // nodes looked at per entry for its date line

// The kind of a sibling entry: its tag and the first token of its class, so that the posts of one
// thread match. A template names an entry's type first and adds its state after it ("comment
// odd alt depth-2", "comment c3 c-h14 byuser"): tokens that differ from post to post, whatever
// words (or hashes) the names are.
struct EntryKind {
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    std::string_view cls;
    bool operator==(const EntryKind& o) const { return tag == o.tag && (striped || o.striped || cls == o.cls); }
    bool rated = false;  // as thread_entries' answer: most entries carry a rating, not a date
    // As thread_entries' answer: the entries alternate between two classes (a zebra-striped list,
    // "alt" on every other post): any class of the tag is of the kind.
    bool striped = false;
    // As thread_entries' answer: not the box's most common kind (its paragraphs are), so a thread only
    // as the posts after the box's own prose.
    bool minority = false;
};

inline std::string_view first_token(std::string_view cls) {
    const std::size_t from = cls.find_first_not_of(" \t\n\r\f");
    if (from == std::string_view::npos) return {};
    cls.remove_prefix(from);
    return cls.substr(0, cls.find_first_of(" \t\n\r\f"));
}

inline EntryKind kind_of(const Dom& dom, std::uint32_t n) { return EntryKind{dom.nodes[n].tag, first_token(dom.attr(n, "class"))}; }

// A sentence ends the line; a name's closing initial ("Rosa M.", "Иван П.") does not (comments_signed.cpp).
bool name_line_ends_sentence(std::string_view t);
// An entry signed by a name line: its first child with text is a short element (a name, no
// sentence end) and a later child holds the post's words (comments_signed.cpp).
bool signed_entry(const Dom& dom, std::uint32_t e, const std::vector<std::uint32_t>& text);
// Entries signed by a name line, mostly unlinked, replies nested in them (comments_signed.cpp).
bool nested_replies(const Dom& dom, std::uint32_t n, const std::vector<std::uint32_t>& text,
                    const std::vector<std::uint32_t>& link);
// Entries signed by links to the writers' own pages, on two or more hosts (comments_signed.cpp).
bool signed_by_own_pages(const Dom& dom, std::uint32_t n, const std::vector<std::uint32_t>& text);

}  // namespace winnow::detail
