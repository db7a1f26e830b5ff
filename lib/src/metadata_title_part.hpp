// Metadata, title: the part of the <title> that a heading of the page says, when the <h1> says
// another part (a blog's name in its masthead <h1>, the post's headline in an <h2>/<h3>).
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parse_html.hpp"

namespace winnow::detail {

// The headings a page's title is weighed against: h1-h4 in document order, with the length of
// the body's text before each (text_length).
struct PageHeadings {
    static constexpr std::size_t kMax = 300;       // headings read (a page of headlines needs no more)
    static constexpr std::size_t kMaxBytes = 600;  // a heading longer than this is no headline
    struct Entry {
        std::uint32_t node;
        std::size_t text_before;
        std::string text;  // as text_of reads it
    };
    std::vector<Entry> entries;
    std::size_t text_seen = 0;  // while reading: text_length of the unlinked text passed so far
    // The longest prose run: the element holding the most unlinked text in its own text nodes
    // (a post's <br>-parted body, a long <p>), and the text before its first words.
    std::size_t longest_run = 0, longest_run_at = 0;

    // Counts an unlinked text node of parent's, of the given length.
    void add_text(std::uint32_t parent, std::size_t length);

private:
    std::uint32_t run_parent_ = UINT32_MAX;
    std::size_t run_ = 0, run_at_ = 0;
};

// Called on the page's nodes in document order: an unlinked text node counts toward the prose
// runs, a heading (h1-h4) is noted with the text before it.
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
TitlePart title_part_heading(std::string_view title_tag, std::uint32_t h1, std::string_view h1_text, bool h1_links_home,
                             std::string_view site, const PageHeadings& headings);

}  // namespace winnow::detail
