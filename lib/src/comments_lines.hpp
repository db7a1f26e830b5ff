// What the comment-thread finder (comments.cpp) reads in an entry's lines: whether it is dated
// (a date line, a <time>, an age), dated with its day, rated, portrayed, or under a heading.
#pragma once
#include <cstdint>
#include <vector>

#include "comments_entry.hpp"
#include "date_line_memo.hpp"
#include "parse_html.hpp"

namespace winnow::detail {

// Whether a node's text reads as a date line or an age, worked out once per page: the thread
// tests walk an entry's subtree, and walk it again as an entry of each box above.
class PostLines {
public:
    explicit PostLines(const Dom& dom) : dom_(dom), memo_(dom.nodes.size(), 0) {}
    // is_date_line (or is_short_year_date, is_ordinal_date_line) of a text node's text or an
    // element's text_of.
    bool date_line(std::uint32_t d);
    // An element's text is an age ("hace 3 horas", "2 days ago").
    bool age(std::uint32_t d);

private:
    static constexpr std::uint8_t kDateRead = 1, kDate = 2, kAgeRead = 4, kAge = 8;
    template <class Test>
    bool read(std::uint32_t d, std::uint8_t read_bit, std::uint8_t yes_bit, Test&& test) {
        if (!(memo_[d] & read_bit)) memo_[d] |= read_bit | (test() ? yes_bit : 0);
        return memo_[d] & yes_bit;
    }
    const Dom& dom_;
    std::vector<std::uint8_t> memo_;
    TextAnswers dated_;  // a text's date tests (date_line): an element and its one text node hold the same line
};

// An entry of a thread says when it was posted: a <time> element, or a short line (element or
// loose text) made of a date and little else ("Jane Roe - March 3, 2012 at 4:10 pm").
bool has_date_line(const Dom& dom, std::uint32_t entry, const std::vector<std::uint32_t>& text, PostLines& lines);
// The line has_date_line found (a <time>, a text or an element), no_node when none.
std::uint32_t date_line_of(const Dom& dom, std::uint32_t entry, const std::vector<std::uint32_t>& text, PostLines& lines);
// An entry says on which day it was posted: a line of a date with its day (a clock time alone
// stamps a live blog's update, not a reader's post) or an age ("hace 3 horas").
bool has_day_line(const Dom& dom, std::uint32_t entry, const std::vector<std::uint32_t>& text, PostLines& lines);
// An entry rates what the page offers: star glyphs, a rating spelled in an attribute, schema.org's rating.
bool has_rating(const Dom& dom, std::uint32_t entry, const std::vector<std::uint32_t>& text);
// A picture inside the entry: a post's portrait (the writer's avatar).
bool has_portrait(const Dom& dom, std::uint32_t entry);
// A picture or a player of a post's size (width or height given as 300 pixels or more): a photo,
// an infographic, a video; not an icon, a button or a writer's portrait.
bool is_post_media(const Dom& dom, std::uint32_t n);
// A heading inside the entry: an update or a story (a live blog's, a ranked list's), not a reply or a review.
bool has_heading(const Dom& dom, std::uint32_t entry);

}  // namespace winnow::detail
