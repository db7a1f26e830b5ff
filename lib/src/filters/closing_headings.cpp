// Closing labels: a heading announces what follows it. When the article ends on one, what it
// announced (a list of related stories, a comment section, a share bar, a box of links) was
// taken by extraction or by the filters, and the heading is a label of nothing: "Related
// posts", "Dans la même rubrique", "Výběr článků". Headings that read as a statement (a
// sentence end, or more than eight words: a print note or a credit line set as a heading) are
// text, and stay. A closing line with no letter or digit at all (a lone "›" of a pager, a row
// of dots) says nothing either.
#include <cstddef>
#include <string_view>

#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "text_length.hpp"
#include "text_lines.hpp"

namespace winnow::detail {

namespace {

constexpr std::size_t kLabelWords = 8;  // a label of a box: a few words ("More from our desk")

bool says_nothing(std::string_view t) {
    for (std::size_t i = 0; i < t.size();) {
        const char32_t cp = next_code_point(t, i);
        if (is_letter(cp) || is_digit(cp)) return false;
    }
    return true;
}

bool is_closing_label(const Block& b) {
    if (b.kind != BlockKind::heading && b.kind != BlockKind::paragraph) return false;
    const std::string_view t = trim_line(b.text);
    if (says_nothing(t)) return true;
    // A heading is a label unless it is long or a sentence end (but a colon) makes it a
    // statement. A line of text ending on a colon stays: it leads in to what the page shows
    // and the text cannot (a video, an embedded post: "Watch the video below:").
    if (b.kind != BlockKind::heading || line_words(t) > kLabelWords) return false;
    return !ends_sentence(t) || t.back() == ':';
}

// A picture whose caption (if any) has no words: the text output shows nothing of it.
bool is_silent(const Block& b) {
    if (b.kind != BlockKind::figure) return false;
    for (const Block& c : b.children)
        if (!says_nothing(c.text)) return false;
    return true;
}

}  // namespace

void remove_closing_headings(Document& doc) {
    // From the end, past blocks the text shows nothing of (a picture without a caption's
    // words: a label's thumbnails stay, as pictures, for the figure pass to judge). Only after
    // other content: a page that is nothing but a label keeps it (a heading alone is at least
    // its title).
    for (std::size_t i = doc.body.size(); i > 1;) {
        Block& b = doc.body[i - 1];
        if (is_closing_label(b)) {
            doc.removed.push_back(Removal{RemovalReason::empty, false, b.text, b.source_line, 0.8, b.order, 0});
            doc.body.erase(doc.body.begin() + static_cast<std::ptrdiff_t>(i - 1));
            --i;
        } else if (is_silent(b)) {
            --i;
        } else {
            break;
        }
    }
}

}  // namespace winnow::detail
