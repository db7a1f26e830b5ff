// Closing headings: a heading announces what follows it. When the article ends on one, what it
// announced (a list of related stories, a comment section, a share bar, a gallery) was taken
// by extraction or by the filters, and the heading is a label of nothing: "Related posts",
// "Comments", "Dans la même rubrique", "Výběr článků". Headings that read as a statement (a
// sentence end, or more than eight words: a print note or a credit line set as a heading) are
// text, and stay.
#include <string_view>

#include "filters/filters.hpp"
#include "text_length.hpp"
#include "text_lines.hpp"

namespace winnow::detail {

namespace {

constexpr std::size_t kLabelWords = 8;  // a label of a box: a few words ("More from our desk")

bool is_label_heading(const Block& b) {
    if (b.kind != BlockKind::heading) return false;
    const std::string_view t = trim_line(b.text);
    if (t.empty()) return true;
    // A colon announces (kept as a label); any other sentence end makes it a statement.
    if (ends_sentence(t) && t.back() != ':') return false;
    return line_words(t) <= kLabelWords;
}

}  // namespace

void remove_closing_headings(Document& doc) {
    // Only after other content: a page that is nothing but a heading keeps it (the caller
    // reports a page with nothing to say; a heading alone is at least its title).
    while (doc.body.size() >= 2 && is_label_heading(doc.body.back())) {
        Block& b = doc.body.back();
        doc.removed.push_back(Removal{RemovalReason::empty, false, b.text, b.source_line, 0.8, b.order, 0});
        doc.body.pop_back();
    }
}

}  // namespace winnow::detail
