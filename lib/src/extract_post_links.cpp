// Extract, a post's closing links: each post of a thread ends on a line of its buttons set as
// links ("Report", "Reply with quote", "Quote · Like"), the same slot in every post. The line
// is the thread's chrome, whatever its words: the last block of a post with text, all of it
// linked and short, with nothing after it in the post, in the same slot (tag and class) of two
// posts of one kind or more. A single post's closing link (a source, "read more") is judged
// elsewhere: only the repetition across posts says it is the template's.
#include <cstdio>
#include <map>
#include <string_view>
#include <utility>
#include <vector>

#include "comments_entry.hpp"
#include "extract_impl.hpp"
#include "extract_words.hpp"

namespace winnow::detail::extraction {

namespace {

constexpr std::uint32_t kButtonLine = 60;  // "Signaler  Répondre avec citation"

}  // namespace

std::uint32_t Extractor::closing_link_line(std::uint32_t post) const {
    // The post's last text.
    std::uint32_t last = no_node;
    const std::uint32_t end = subtree_end(post);
    for (std::uint32_t d = post + 1; d < end; ++d) {
        if (dom_.nodes[d].removed) {
            d = subtree_end(d) - 1;
            continue;
        }
        if (dom_.nodes[d].type == NodeType::text && stats_[d].text > 0) last = d;
    }
    if (last == no_node) return no_node;
    // Its highest block inside the post that is all links, short, and closes the post.
    std::uint32_t line = no_node;
    for (std::uint32_t a = dom_.nodes[last].parent; a != no_node && a != post; a = dom_.nodes[a].parent) {
        const NodeStats& s = stats_[a];
        if (s.text == 0 || s.text > kButtonLine || s.link_text < s.text) break;
        if (dom_.nodes[a].type == NodeType::element && is_block_tag(dom_.nodes[a].tag)) line = a;
    }
    // The post's words stand before it: the line is no post of links itself.
    if (line == no_node || text_before_[line] - text_before_[post] < kPostBody) return no_node;
    return line;
}

std::size_t Extractor::drop_post_links(std::uint32_t root) {
    return visit_post_groups(root, false, [&](const PostKind&, const std::vector<std::uint32_t>& posts) {
        std::size_t dropped = 0;
        std::map<PostKind, std::vector<std::uint32_t>> slots;
        for (const std::uint32_t p : posts)
            if (const std::uint32_t l = closing_link_line(p); l != no_node) slots[{dom_.nodes[l].tag, dom_.attr(l, "class")}].push_back(l);
        for (const auto& [slot, lines] : slots) {
            if (lines.size() < 2) continue;
            for (const std::uint32_t l : lines) {
                if (debug_) std::fprintf(stderr, "  closing links of a post: %s\n", dom_.text_of(l).c_str());
                mark(l);
                ++dropped;
            }
        }
        return dropped;
    });
}

}  // namespace winnow::detail::extraction
