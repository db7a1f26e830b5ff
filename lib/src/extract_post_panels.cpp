// Extract, post panels: in a forum thread each post opens with its writer's panel beside or
// above the message (the name, a rank, a join date, a message count, an avatar): a box of short
// lines of words, none a sentence, in the same slot of every post, before the message that holds most of
// the post's text. The posts are the content; their panels are the thread's chrome, whatever
// their classes say (a hash, a table cell with none).
#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "comments_entry.hpp"
#include "extract_impl.hpp"
#include "extract_post_rows.hpp"
#include "text_length.hpp"

namespace winnow::detail::extraction {

namespace {

constexpr std::uint32_t kPanelLine = 40;  // a name, a rank, "Posts: 1,204"
constexpr int kPanelLines = 3;

bool is_thread_row(GumboTag t) {
    return t == GUMBO_TAG_DIV || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_LI || t == GUMBO_TAG_TR;
}

bool is_panel_box(GumboTag t) {
    return t == GUMBO_TAG_DIV || t == GUMBO_TAG_TD || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_DL ||
           t == GUMBO_TAG_HEADER || t == GUMBO_TAG_UL;
}

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && is_space(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && is_space(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

}  // namespace

bool Extractor::is_short_lines_box(std::uint32_t d) const {
    int lines = 0;
    bool writer = false;  // a link (the writer's profile) or a picture (the avatar)
    const std::uint32_t end = subtree_end(d);
    for (std::uint32_t t = d + 1; t < end; ++t) {
        // Lines an earlier pass took (the name, a date) still count: the panel's shape is its own.
        const DomNode& e = dom_.nodes[t];
        if (e.type == NodeType::element && (e.tag == GUMBO_TAG_IMG || (e.tag == GUMBO_TAG_A && !dom_.attr(t, "href").empty()))) writer = true;
        if (e.type == NodeType::element && (e.tag == GUMBO_TAG_P || e.tag == GUMBO_TAG_BLOCKQUOTE || e.tag == GUMBO_TAG_PRE || (is_heading(e.tag) && stats_[t].text > kPanelLine)))
            return false;
        if (e.type != NodeType::text) continue;
        const std::string_view line = trimmed(e.text);
        if (line.empty()) continue;
        // (Measured in characters: a rank or a join date in Cyrillic is twice its bytes' length.)
        if (visible_chars(line) > kPanelLine || ends_with_sentence_end(line)) return false;
        // A line of words (a name, a rank, "Joined: 2019"); a slide counter's "4", "/", "5" is none.
        if (std::any_of(line.begin(), line.end(), [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || static_cast<unsigned char>(c) >= 0x80; }))
            ++lines;
    }
    return writer && lines >= kPanelLines;
}

std::uint32_t Extractor::post_panel(std::uint32_t p) const {
    const std::uint32_t end = subtree_end(p);
    for (std::uint32_t d = p + 1; d < end; ++d) {
        const DomNode& e = dom_.nodes[d];
        if (text_before_[d] - text_before_[p] > kPanelLine) return no_node;  // the panel opens the post
        // A panel an earlier pass took (as a byline) still shows the slot: its posts' other
        // panels are of it.
        const bool panel_box = e.type == NodeType::element && is_panel_box(e.tag);
        const std::uint32_t text = stats_[d].text;
        // The message after it holds most of the post.
        const bool panel = panel_box && text > 0 && text <= kSignature && text_before_[end] - text_before_[subtree_end(d)] >= kPostBody &&
                           2 * text <= stats_[p].text && is_short_lines_box(d);
        if (panel) return d;
        if (e.removed) d = subtree_end(d) - 1;
    }
    return no_node;
}

std::size_t Extractor::visit_post_groups(
    std::uint32_t root, bool rows_only, const std::function<std::size_t(const PostKind&, const std::vector<std::uint32_t>&)>& visit) {
    std::size_t dropped = 0;
    const std::uint32_t end = subtree_end(root);
    std::map<PostKind, std::vector<std::uint32_t>> groups;
    for (std::uint32_t parent = root; parent < end; ++parent) {
        const DomNode& pe = dom_.nodes[parent];
        if (pe.type != NodeType::element || pe.removed || pe.first_child == no_node) continue;
        groups.clear();
        for (std::uint32_t c = pe.first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
            const DomNode& e = dom_.nodes[c];
            if (e.type != NodeType::element || e.removed || (rows_only && !is_thread_row(e.tag)) || stats_[c].text < kPostBody) continue;
            groups[{e.tag, first_token(dom_.attr(c, "class"))}].push_back(c);
        }
        for (const auto& [kind, posts] : groups)
            if (posts.size() >= 2) dropped += visit(kind, posts);
    }
    return dropped;
}

std::size_t Extractor::drop_post_panels(std::uint32_t root) {
    return visit_post_groups(root, true, [&](const PostKind& kind, const std::vector<std::uint32_t>& posts) {
        std::size_t dropped = 0;
        // The panels: one slot (tag and class) in two posts or more, half the posts at least.
        // A board's rows (a writer's cell beside a message) may be striped cell by cell
        // ("row1", "row2"): there the slot is the cell, whatever its class.
        const bool rows = kind.first == GUMBO_TAG_TR && posts_in_rows(dom_, stats_, posts);
        std::map<PostKind, std::vector<std::uint32_t>> slots;
        for (std::uint32_t p : posts)
            if (const std::uint32_t d = post_panel(p); d != no_node)
                slots[{dom_.nodes[d].tag, rows ? std::string_view() : dom_.attr(d, "class")}].push_back(d);
        for (const auto& [slot, panels] : slots) {
            if (panels.size() < 2 || 2 * panels.size() < posts.size()) continue;
            for (std::uint32_t d : panels) {
                if (dom_.nodes[d].removed) continue;
                if (debug_) std::fprintf(stderr, "  post panel: %.80s\n", dom_.text_of(d).c_str());
                mark(d);
                ++dropped;
            }
        }
        return dropped;
    });
}

}  // namespace winnow::detail::extraction
