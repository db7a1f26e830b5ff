// Stage — extract: what a thread leaves after its last post. A forum thread or a question page
// is a run of sibling posts of one kind (tag and first class word; the whole class names one
// value or two by turns), each a box of blocks holding a line of text or more. What follows the
// last post in the posts' own box is the thread's furniture, not a post: the pager and reply
// buttons, a "who is online" count, a notice pointing to other threads or questions (set as a
// heading with nothing under it). It goes when each of those siblings is a heading alone or a
// short box with no sentence in it, and nothing else is there: a box of prose after the posts
// (a summary, a conclusion of an article whose sections look like posts) keeps them all.
#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "comments_entry.hpp"
#include "extract_impl.hpp"

namespace winnow::detail::extraction {

namespace {

// A sentence closes somewhere in t: a sentence end right after a word byte.
bool holds_sentence_end(std::string_view t) {
    for (std::size_t i = 1; i < t.size(); ++i)
        if (sentence_end_at(t, i) != 0 && is_word_byte(static_cast<unsigned char>(t[i - 1]))) return true;
    return false;
}

bool is_post_tag(GumboTag t) { return t == GUMBO_TAG_DIV || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_LI; }

}  // namespace

bool Extractor::is_post_box(std::uint32_t c) const {
    const DomNode& e = dom_.nodes[c];
    if (e.type != NodeType::element || e.removed || !is_post_tag(e.tag) || stats_[c].text - stats_[c].link_text < kShortPost ||
        first_token(dom_.attr(c, "class")).empty())
        return false;
    // A box of blocks (a writer's panel, the message): a paragraph set as a <div> is no post.
    for (std::uint32_t d = e.first_child; d != no_node; d = dom_.nodes[d].next_sibling)
        if (dom_.nodes[d].type == NodeType::text && stats_[d].text > 0) return false;
    return !is_text_div(c);
}

std::uint32_t Extractor::last_post(std::uint32_t box) const {
    // The kinds of the box's last post candidates, latest first (a short box of one kind may
    // follow the posts: the online count); a kind's run: two or more, one or two whole class
    // names, half the box's text at least.
    const auto run_of = [&](std::uint32_t last) {
        const EntryKind kind = kind_of(dom_, last);
        std::string_view classes[2];
        int count = 0;
        std::uint32_t posts_text = 0;
        for (std::uint32_t c = dom_.nodes[box].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
            if (!is_post_box(c) || !(kind_of(dom_, c) == kind)) continue;
            const std::string_view cls = dom_.attr(c, "class");
            if (count == 0) classes[0] = cls;
            else if (cls != classes[0] && classes[1].empty()) classes[1] = cls;
            else if (cls != classes[0] && cls != classes[1]) return false;
            ++count;
            posts_text += stats_[c].text;
        }
        return count >= 2 && 2 * posts_text >= stats_[box].text;
    };
    // Most boxes hold a post-like child or none: settled before anything is gathered.
    if (dom_.nodes[box].first_child == dom_.nodes[box].last_child) return no_node;
    std::vector<std::uint32_t> boxes;
    for (std::uint32_t c = dom_.nodes[box].first_child; c != no_node; c = dom_.nodes[c].next_sibling)
        if (is_post_box(c)) boxes.push_back(c);
    if (boxes.size() < 2) return no_node;
    std::vector<EntryKind> tried;
    for (auto it = boxes.rbegin(); it != boxes.rend() && tried.size() < kTailKinds; ++it) {
        const std::uint32_t c = *it;
        const EntryKind kind = kind_of(dom_, c);
        if (std::find(tried.begin(), tried.end(), kind) != tried.end()) continue;
        if (run_of(c)) return c;
        tried.push_back(kind);
    }
    return no_node;
}

bool Extractor::is_tail_furniture(std::uint32_t n) const {
    const DomNode& e = dom_.nodes[n];
    if (e.type != NodeType::element) return false;
    if (is_heading(e.tag)) return stats_[n].text <= kEdgeLine;
    if (e.tag != GUMBO_TAG_DIV && e.tag != GUMBO_TAG_SECTION && e.tag != GUMBO_TAG_ASIDE && e.tag != GUMBO_TAG_P &&
        e.tag != GUMBO_TAG_DL && e.tag != GUMBO_TAG_UL && e.tag != GUMBO_TAG_LI)
        return false;
    if (kept_text(n) > kTailLine || stats_[n].quotes != 0) return false;
    // Pictures, tables and code are some post's matter, whatever their size.
    for (std::uint32_t d = n + 1, end = subtree_end(n); d < end; ++d) {
        const GumboTag t = dom_.nodes[d].tag;
        if (dom_.nodes[d].type == NodeType::element && !dom_.nodes[d].removed &&
            (t == GUMBO_TAG_IMG || t == GUMBO_TAG_TABLE || t == GUMBO_TAG_PRE || t == GUMBO_TAG_FIGURE))
            return false;
    }
    // A sentence in its lines (its heading may ask a question: "Who is online?").
    std::string lines;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node;) {
        const DomNode& x = dom_.nodes[d];
        if (x.removed || (x.type == NodeType::element && is_heading(x.tag))) {
            d = dom_.next_in(d, n, true);
            continue;
        }
        if (x.type == NodeType::text) lines += x.text;  // glued: "link</a>." ends a sentence
        d = dom_.next_in(d, n);
    }
    return !holds_sentence_end(lines);
}

std::size_t Extractor::drop_thread_tail(std::uint32_t root) {
    std::size_t dropped = 0;
    for (std::uint32_t box = root; box != no_node;) {
        if (dom_.nodes[box].removed || dom_.nodes[box].type != NodeType::element) {
            box = dom_.next_in(box, root, true);
            continue;
        }
        const std::uint32_t last = last_post(box);
        if (last == no_node) {
            box = dom_.next_in(box, root);
            continue;
        }
        std::vector<std::uint32_t> tail;
        bool furniture = true;
        for (std::uint32_t s = dom_.nodes[last].next_sibling; s != no_node && furniture; s = dom_.nodes[s].next_sibling) {
            const DomNode& e = dom_.nodes[s];
            if (e.removed || stats_[s].text == 0 || (e.type == NodeType::element && kept_text(s) == 0)) continue;
            // A short box of the posts' own kind is one of the run (a table's last row, a
            // price under the facts), not what follows it.
            furniture = is_tail_furniture(s) && !(e.type == NodeType::element && kind_of(dom_, s) == kind_of(dom_, last));
            tail.push_back(s);
        }
        if (furniture) {
            for (std::uint32_t s : tail) {
                if (debug_) std::fprintf(stderr, "  after the thread's last post: %.80s\n", dom_.text_of(s).c_str());
                mark(s);
                ++dropped;
            }
            dropped += drop_board_stats(box, root);
        }
        // The posts themselves may hold a thread of replies: look inside them too.
        box = dom_.next_in(box, root);
    }
    return dropped;
}

}  // namespace winnow::detail::extraction
