// Metadata, title: the part of the <title> that a heading of the page says, when the <h1> says
// another part (a blog's name in its masthead <h1>, the post's headline in an <h2>/<h3>).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parse_html.hpp"

namespace winnow::detail {

// The headings a page's title is weighed against: h1-h4 in document order, and the page's
// text nodes, measured only when a title is weighed (most pages name their headline in a tag,
// and most <h1>s say their <title> whole).
struct PageHeadings {
    static constexpr std::size_t kMax = 300;       // headings read (a page of headlines needs no more)
    static constexpr std::size_t kMaxBytes = 600;  // a heading longer than this is no headline
    struct Entry {
        std::uint32_t node;
        std::size_t texts_before;  // text nodes before it
        std::string text;          // as text_of reads it
    };
    std::vector<Entry> entries;
    std::vector<std::uint32_t> texts;  // the page's text nodes in document order
};

// Called on the page's nodes in document order: a text node is noted (its unlinked text counts
// toward the prose runs), a heading (h1-h4) with the text nodes before it.
void note_text(const Dom& dom, std::uint32_t n, PageHeadings& headings);
void note_heading(const Dom& dom, std::uint32_t n, PageHeadings& headings);

struct TitlePart {
    std::string heading;  // the heading's text that says the page's part of the <title>, or empty
    bool boxed = false;   // no such heading, but one says another part where a box's heading stands
};

// When the <h1> (node h1, its text h1_text) says only part of title_tag: the heading that says
// another part of it, apart from the h1's, after the <h1> and above the longest prose run, and
// longer than the h1's part unless the <h1> links home, not the site's name. A heading saying
// such a part before the <h1> or after that run, or the site's name, is a box's (boxed, unless
// the <h1> links home): that part of the <title> is the site's, the <h1> the headline.
TitlePart title_part_heading(const Dom& dom, std::string_view title_tag, std::uint32_t h1, std::string_view h1_text, bool h1_links_home,
                             std::string_view site, const PageHeadings& headings);

}  // namespace winnow::detail
