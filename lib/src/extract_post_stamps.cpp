// Stage — extract: the stamp opening each post of a thread of boxes. A forum that sets each post
// in a box (an <article>, a <div> of its kind) opens the message with its date line, a <time> or
// a line of its own, before the words; the first post's stamp stands at the region's edge and
// goes as a dateline there, the later ones stood in the text between posts. Read as a board's
// rows are (drop_post_row_stamps): the message is the post's last child with text, its first
// line a date line of its own in the same slot in two posts or more.
#include "extract_impl.hpp"

namespace winnow::detail::extraction {

std::size_t Extractor::drop_post_box_stamps(std::uint32_t root) {
    return visit_post_groups(root, false, [&](const PostKind& kind, const std::vector<std::uint32_t>& posts) -> std::size_t {
        // Rows are a board's, judged with their labels (drop_post_row_labels).
        if (kind.first == GUMBO_TAG_TR || kind.second.empty()) return 0;
        return drop_post_row_stamps(posts);
    });
}

}  // namespace winnow::detail::extraction
