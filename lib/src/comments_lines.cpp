// The comment-thread finder's reading of an entry's lines (comments_lines.hpp).
#include "comments_lines.hpp"

#include <string>
#include <string_view>

#include "date_relative.hpp"
#include "extract_lines.hpp"
#include "ordinal_date.hpp"
#include "short_year_date.hpp"

namespace winnow::detail {

namespace {

constexpr std::uint32_t kAgeLine = 30;  // "hace 3 horas", "vor 2 Tagen": a few words
constexpr int kMediaSide = 300;        // pixels: a picture or a player the post is about, not an icon or a button

// d holds one text node and no element: a line of its own markup, not a sentence's part.
bool only_text_child(const Dom& dom, std::uint32_t d) {
    const std::uint32_t c = dom.nodes[d].first_child;
    return c != no_node && dom.nodes[c].type == NodeType::text && dom.nodes[c].next_sibling == no_node;
}

// Each of is_date_line, is_short_year_date and is_ordinal_date_line needs two ASCII digits
// (a day and a year, or a clock's hours and minutes; an ordinal's line is read as a date line
// with its digits kept): one scan of a text without them answers for the three.
bool two_ascii_digits(std::string_view t) {
    int digits = 0;
    for (const char c : t)
        if (c >= '0' && c <= '9' && ++digits == 2) return true;
    return false;
}

}  // namespace

bool PostLines::date_line(std::uint32_t d) {
    return read(d, kDateRead, kDate, [&] {
        const DomNode& n = dom_.nodes[d];
        // Or a day with its year in two digits, as threads stamp posts ("07 Nov 12"), or a day
        // written as an ordinal ("November 7th, 2012").
        const auto dated = [](std::string_view t) {
            return two_ascii_digits(t) && (is_date_line(t) || is_short_year_date(t) || is_ordinal_date_line(t));
        };
        if (n.type == NodeType::text) return two_ascii_digits(n.text) && dated_(n.text, dated);
        // Each of the three needs an ASCII digit: most boxes have none, and their text is not built.
        if (!text_holds_ascii_digit(dom_, d)) return false;
        const std::string t = dom_.text_of(d);
        return two_ascii_digits(t) && dated_(t, dated);
    });
}

bool PostLines::age(std::uint32_t d) {
    return read(d, kAgeRead, kAge, [&] { return relative_days_ago(dom_.text_of(d)) >= 0; });
}

// An entry of a thread says when it was posted: a <time> element, or a short line (element or
// loose text) made of a date and little else ("Jane Roe - March 3, 2012 at 4:10 pm").
std::uint32_t date_line_of(const Dom& dom, std::uint32_t entry, const std::vector<std::uint32_t>& text, PostLines& lines) {
    std::size_t seen = 0;
    for (std::uint32_t d = entry; d != no_node && seen < kMaxEntryWalk; d = dom.next_in(d, entry), ++seen) {
        const DomNode& n = dom.nodes[d];
        if (n.removed) continue;
        if (n.type == NodeType::element && n.tag == GUMBO_TAG_TIME) return d;
        const bool short_line = text[d] >= 6 && text[d] <= 110;
        if (short_line && n.type == NodeType::text && lines.date_line(d)) return d;
        if (short_line && n.type == NodeType::element && d != entry && lines.date_line(d)) return d;
        // Or an age alone in its own element ("hace 3 horas", "2 days ago"): a post's time as
        // the thread shows it.
        if (short_line && text[d] <= kAgeLine && n.type == NodeType::element && d != entry && only_text_child(dom, d) &&
            lines.age(d))
            return d;
    }
    return no_node;
}

bool has_date_line(const Dom& dom, std::uint32_t entry, const std::vector<std::uint32_t>& text, PostLines& lines) {
    return date_line_of(dom, entry, text, lines) != no_node;
}

// An entry says on which day it was posted: a line of a date with its day (a clock time alone
// stamps a live blog's update, not a reader's post) or an age ("hace 3 horas").
bool has_day_line(const Dom& dom, std::uint32_t entry, const std::vector<std::uint32_t>& text, PostLines& lines) {
    std::size_t seen = 0;
    for (std::uint32_t d = entry; d != no_node && seen < kMaxEntryWalk; d = dom.next_in(d, entry), ++seen) {
        const DomNode& n = dom.nodes[d];
        if (n.removed || text[d] < 6 || text[d] > 110) continue;
        if (n.type == NodeType::text && lines.date_line(d)) return true;
        if (n.type != NodeType::element || d == entry) continue;
        if (lines.date_line(d) || (text[d] <= kAgeLine && only_text_child(dom, d) && lines.age(d))) return true;
    }
    return false;
}

// An entry rates what the page offers: a row of star glyphs, a rating spelled in an attribute
// for screen readers ("4 out of 5"), or schema.org's rating property. A review signed with a
// name and stars carries no date line, yet it is a post as much as a dated one.
bool has_rating(const Dom& dom, std::uint32_t entry, const std::vector<std::uint32_t>& text) {
    std::size_t seen = 0;
    for (std::uint32_t d = entry; d != no_node && seen < kMaxEntryWalk; d = dom.next_in(d, entry), ++seen) {
        const DomNode& n = dom.nodes[d];
        if (n.removed) continue;
        if (n.type == NodeType::text && text[d] >= 3 && text[d] <= 40 && is_star_rating(n.text)) return true;
        if (n.type == NodeType::text && text[d] >= 3 && opens_on_stars(n.text)) return true;
        if (n.type != NodeType::element || text[d] > 40) continue;
        const std::string_view prop = dom.attr(d, "itemprop");
        if (prop == "reviewRating" || prop == "ratingValue") return true;
        if (is_rating_label(dom.attr(d, "aria-label")) || is_rating_label(dom.attr(d, "title"))) return true;
    }
    return false;
}

// A picture inside the entry: a post's portrait (the writer's avatar).
bool has_portrait(const Dom& dom, std::uint32_t entry) {
    std::size_t seen = 0;
    for (std::uint32_t d = dom.next_in(entry, entry); d != no_node && seen < kMaxEntryWalk; d = dom.next_in(d, entry), ++seen)
        if (dom.nodes[d].type == NodeType::element && dom.nodes[d].tag == GUMBO_TAG_IMG) return true;
    return false;
}

// A picture or a player of a post's size (width or height given as 300 pixels or more): a photo,
// an infographic, a video, which is the whole article of a post with no prose of its own.
bool is_post_media(const Dom& dom, std::uint32_t n) {
    const GumboTag t = dom.nodes[n].tag;
    if (t != GUMBO_TAG_IMG && t != GUMBO_TAG_IFRAME && t != GUMBO_TAG_VIDEO && t != GUMBO_TAG_OBJECT && t != GUMBO_TAG_EMBED)
        return false;
    for (std::string_view side : {dom.attr(n, "width"), dom.attr(n, "height")}) {
        int px = 0;
        std::size_t k = 0;
        while (k < side.size() && k < 5 && side[k] >= '0' && side[k] <= '9') px = px * 10 + (side[k++] - '0');
        if (k > 0 && (k == side.size() || side[k] == 'p') && px >= kMediaSide) return true;
    }
    return false;
}

// A heading inside the entry: an update or a story (a live blog's, a ranked list's), not a
// reply or a review.
bool has_heading(const Dom& dom, std::uint32_t entry) {
    for (std::uint32_t d = dom.next_in(entry, entry); d != no_node; d = dom.next_in(d, entry))
        if (dom.nodes[d].type == NodeType::element && heading_level(dom.nodes[d].tag) != 0) return true;
    return false;
}

}  // namespace winnow::detail
