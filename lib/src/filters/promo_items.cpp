// Promo items: a call to action slipped into the article's own list or table as one more item
// or row. Inside a list or table the items are content (promo.cpp judges top-level blocks only),
// so the item has to stand out from its siblings by shape: it is the only one that is a link as
// a whole, at the list's edge (appended first or last), while the others are plain text; and it
// reads as a call to action. A list of links (a review's products, further reading) has many
// linked items and stays; so does a plain item that merely addresses the reader.
#include <algorithm>

#include "block_edit.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"

namespace winnow::detail {

namespace {

constexpr std::size_t kMinSiblings = 3;  // items or rows, the odd one included
constexpr double kWholeLink = 0.9;       // the item is a link as a whole
constexpr double kPlain = 0.2;           // its siblings carry at most this much link text
constexpr std::size_t kMinWords = 4, kMaxWords = 40;
constexpr double kNeed = 0.45;           // call-to-action language, as for an unlinked block
constexpr double kSlack = 1e-9;

// Index of the child to drop, or children.size().
std::size_t odd_linked_child(const std::vector<Block>& children) {
    const std::size_t n = children.size();
    if (n < kMinSiblings) return n;
    std::size_t odd = n;
    for (std::size_t k = 0; k < n; ++k) {
        const double ld = link_density(children[k]);
        if (ld >= kWholeLink) {
            if (odd != n) return n;  // two linked items: a list of links
            odd = k;
        } else if (ld > kPlain) {
            return n;
        }
    }
    if (odd != 0 && odd + 1 != n) return n;  // appended at an edge, not in the middle of the list
    const std::string text = flat_text(children[odd]);
    const std::size_t words = word_length(text);
    if (words < kMinWords || words > kMaxWords) return n;
    const auto lang = cta_evidence(text);
    // (With a little slack: an opening action and one offer word sum to 0.3 + 0.15, which in
    // doubles falls just short of 0.45.)
    if (lang.score() + kSlack < kNeed || (!lang.starts_with_action && lang.offer == 0)) return n;
    return odd;
}

}  // namespace

void remove_promo_items(Document& doc) {
    for (Block& b : doc.body) {
        if (b.kind != BlockKind::list && b.kind != BlockKind::table) continue;
        const std::size_t k = odd_linked_child(b.children);
        if (k >= b.children.size()) continue;
        const Block& item = b.children[k];
        doc.removed.push_back(Removal{RemovalReason::promo, false, flat_text(item), item.source_line, kNeed, item.order, 0});
        b.children.erase(b.children.begin() + static_cast<std::ptrdiff_t>(k));
    }
}

}  // namespace winnow::detail
