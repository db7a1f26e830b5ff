// The page's title on the page: the heading whose words are the document's title. The article
// follows its title; a block far from it (a sidebar's author box, a tab panel, a comment list)
// is not the article, however much prose it holds. Evidence for the extract stage.
#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parse_html.hpp"

namespace winnow::detail {

// The first heading (h1-h4, not removed) whose text is the title or most of it, preferring
// <h1>; no_node when no heading matches (a page whose headline is no heading, a list page).
std::uint32_t find_title_heading(const Dom& dom, std::string_view title);

// A page whose headline is no heading: a bold or big line (<font size=5><b>, a <div> styled
// large, a <p><strong>) whose whole text is the title, letter for letter: the outermost element
// holding that text and nothing else, the first in the body outside links (a teaser's headline
// links to its page); no_node when none says it.
std::uint32_t find_title_line(const Dom& dom, std::string_view title);

// The same for several candidate titles of one page: each heading's text is folded once, on
// the first find, and reused (a page asks with its metadata title, then its <title>).
// Holds a reference to dom, which must not change while this is used.
class TitleHeadings {
public:
    explicit TitleHeadings(const Dom& dom) : dom_(dom) {}
    std::uint32_t find(std::string_view title) const;
    // Later headings of title heading t's level that say its words and link where it links:
    // the title repeated after the article, pointing back to it (the head of its comments).
    std::vector<std::uint32_t> repeats(std::uint32_t t) const;

    struct Heading {
        std::uint32_t node;
        int level;           // 1-4
        std::string folded;  // letters and digits, ASCII lower-cased
        std::string_view target;  // the address of the one link that is the whole heading, or empty
    };

private:
    const std::vector<Heading>& headings() const;
    const Dom& dom_;
    mutable std::optional<std::vector<Heading>> headings_;
};

// The heading that says a short title (under 8 letters, folded as `want`): said by one heading
// only, not a link, with no heading of its rank before it nor an unlinked one above it
// (extract_short_title.cpp).
std::uint32_t short_title_heading(const std::vector<TitleHeadings::Heading>& headings, const std::string& want);

// The address of the link that says heading h: its longest link, when that holds most of h's
// text (a count or a tag beside it aside); empty otherwise.
std::string_view link_target(const Dom& dom, std::uint32_t h);

// Letters and digits only, ASCII folded to lower case, non-ASCII bytes kept: the form in which a
// title and a heading are compared. folded_text(dom, n) is fold_letters(dom.text_of(n)) and
// folded_size its size, both without building the text.
std::string fold_letters(std::string_view s);
// Whether fold_letters(s) == want, s folded only as far as it agrees with want (a long text
// node that opens otherwise is left after its first letters, and no string is built).
bool folds_to(std::string_view s, std::string_view want);
std::string folded_text(const Dom& dom, std::uint32_t n);
std::size_t folded_size(const Dom& dom, std::uint32_t n);

// The text of the document's <title> element as written (the metadata's title may have lost
// the headline to the site name when it split them).
std::string document_title(const Dom& dom);

}  // namespace winnow::detail
