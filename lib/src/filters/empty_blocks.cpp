// Empty blocks: nothing visible left (blank paragraphs, emptied lists and rows). Figures with
// an image stay; containers go only when every child went.
#include <string>

#include "block_edit.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"

namespace winnow::detail {

namespace {
bool visible(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const char32_t cp = next_code_point(text, i);
        // Spaces and invisible format characters do not count as text.
        if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
            (cp >= 0x2000 && cp <= 0x200F) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
            cp == 0x2060 || cp == 0x3000 || cp == 0xFEFF || cp == 0x00AD)
            continue;
        return true;
    }
    return false;
}

// Prunes empty descendants; returns whether the block itself is empty.
bool prune(Block& b, Document& doc) {
    for (std::size_t i = 0; i < b.children.size();) {
        if (prune(b.children[i], doc)) {
            b.children.erase(b.children.begin() + static_cast<std::ptrdiff_t>(i));
        } else {
            ++i;
        }
    }
    if (b.kind == BlockKind::figure && !b.src.empty()) return false;
    if (b.kind == BlockKind::cell) return false;  // an empty cell holds its column in the row
    return !visible(b.text) && b.children.empty();
}
}  // namespace

void remove_empty_blocks(Document& doc) {
    for (std::size_t i = 0; i < doc.body.size();) {
        if (prune(doc.body[i], doc)) {
            doc.removed.push_back(Removal{RemovalReason::empty, false, doc.body[i].text, doc.body[i].source_line, 1.0});
            doc.body.erase(doc.body.begin() + static_cast<std::ptrdiff_t>(i));
        } else {
            ++i;
        }
    }
}

}  // namespace winnow::detail
