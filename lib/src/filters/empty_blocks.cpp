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
// Keeps the blocks for which drop(block) is false, in order, moving each at most once
// (erasing one at a time was quadratic on pages with many empty blocks).
template <class Drop>
void keep_unless(std::vector<Block>& blocks, Drop drop) {
    std::size_t kept = 0;
    for (std::size_t i = 0; i < blocks.size(); ++i) {
        if (drop(blocks[i])) continue;
        if (kept != i) blocks[kept] = std::move(blocks[i]);
        ++kept;
    }
    blocks.resize(kept);
}

bool prune(Block& b, Document& doc) {
    keep_unless(b.children, [&](Block& c) { return prune(c, doc); });
    if (b.kind == BlockKind::figure && !b.src.empty()) return false;
    if (b.kind == BlockKind::cell) return false;  // an empty cell holds its column in the row
    return !visible(b.text) && b.children.empty();
}
}  // namespace

void remove_empty_blocks(Document& doc) {
    keep_unless(doc.body, [&](Block& b) {
        if (!prune(b, doc)) return false;
        doc.removed.push_back(Removal{RemovalReason::empty, false, b.text, b.source_line, 1.0, b.order, 0});
        return true;
    });
}

}  // namespace winnow::detail
