// Extract, threads: the article is never a comment thread that answers it. A post that is a
// picture or a few lines under its title loses on prose to the thread below it (comments
// outweigh it by their number); and a heading whose section went as a thread or a reply form
// ("12 responses", "Your answer"), or as any other box of chrome, is that box's, not the
// article's.
#include "extract_impl.hpp"

#include <algorithm>
#include <cstdio>

#include "comments.hpp"

namespace winnow::detail::extraction {

std::uint32_t Extractor::thread_of(std::uint32_t n) const {
    for (std::uint32_t p = n; p != no_node; p = dom_.nodes[p].parent)
        if (comments_[p]) return p;
    return no_node;
}

std::uint32_t Extractor::leave_thread(std::uint32_t best, float& best_score) const {
    const std::uint32_t thread = thread_of(best);
    if (title_ == no_node) return best;
    // The title must come before the thread, outside it: a thread that opens the page (a
    // forum, a live blog) is the page's content.
    if (thread == no_node || thread <= title_) return best;
    // The best candidate under the title that is no part of a thread and does not hold one.
    std::uint32_t alt = no_node;
    for (std::uint32_t i = 0; i < stats_.size(); ++i) {
        if (!stats_[i].candidate || i == thread || is_ancestor(i, thread) || !near_title(i) ||
            thread_of(i) != no_node)
            continue;
        if (alt == no_node || final_score(i) > final_score(alt)) alt = i;
    }
    // None (the post is a picture): the title's own box, the lowest ancestor of the title that
    // does not hold the thread.
    if (alt == no_node) {
        for (std::uint32_t p = dom_.nodes[title_].parent; p != no_node; p = dom_.nodes[p].parent) {
            if (is_ancestor(p, thread)) break;
            alt = p;
            if (stats_[p].text > stats_[title_].text) break;
        }
    }
    if (alt == no_node) return best;
    if (debug_) std::fprintf(stderr, "thread %u holds the winner %u; the article under the title is %u\n", thread, best, alt);
    best_score = final_score(alt);
    return alt;
}

bool Extractor::answered_by_thread() const {
    if (title_ == no_node || core_ == no_node || !near_title(core_) || thread_of(core_) != no_node) return false;
    for (std::uint32_t i = subtree_end(core_); i < comments_.size(); ++i)
        if (comments_[i]) return true;
    return false;
}

std::size_t Extractor::drop_answering_threads(std::uint32_t root) {
    if (title_ == no_node) return 0;
    std::size_t dropped = 0;
    // Pre-order: root's subtree is the range after root up to its end; only what follows the title.
    const std::uint32_t end = subtree_end(root);
    for (std::uint32_t i = std::max(title_, root) + 1; i < end; ++i) {
        if (!comments_[i] || dom_.nodes[i].removed || is_ancestor(i, title_)) continue;
        mark(i);
        ++dropped;
        i = subtree_end(i) - 1;
    }
    return dropped == 0 ? 0 : dropped + drop_thread_headings(root);
}

std::size_t Extractor::drop_thread_headings(std::uint32_t root) {
    std::size_t dropped = 0;
    for (std::uint32_t h = dom_.next_in(root, root); h != no_node; h = dom_.next_in(h, root)) {
        const DomNode& node = dom_.nodes[h];
        if (node.removed || node.type != NodeType::element || !is_heading(node.tag) || h == title_) continue;
        const int level = heading_level(node.tag);
        // The heading's section: its siblings up to the next heading of its rank or higher.
        bool thread = false, kept = false, any = false;
        std::vector<std::uint32_t> more_links;  // "Show more comments": the thread's own pager
        for (std::uint32_t s = node.next_sibling; s != no_node && !kept; s = dom_.nodes[s].next_sibling) {
            const DomNode& sn = dom_.nodes[s];
            if (sn.type == NodeType::element) {
                const int l = heading_level(sn.tag);
                if (l != 0 && l <= level) break;
                // A short line that is one link, after the removed thread: its pager.
                if (!sn.removed && any && thread && stats_[s].text > 0 && stats_[s].text <= kPagerLink &&
                    stats_[s].link_text == stats_[s].text) {
                    more_links.push_back(s);
                    continue;
                }
                if (sn.removed) {
                    any = true;
                    // Text this stage removed (stats are of the page before its marks): the
                    // section was a box of chrome ("Customers also bought" over its links).
                    thread = thread || comments_[s] || sn.tag == GUMBO_TAG_FORM || names_(s).comments ||
                             stats_[s].text > 0;
                } else if (stats_[s].text > 0) {
                    kept = true;
                }
            } else if (sn.type == NodeType::text && !sn.removed && stats_[s].text > 0) {
                kept = true;
            }
        }
        if (!any || kept || !thread) continue;
        if (debug_) std::fprintf(stderr, "  heading of a thread: %.80s\n", dom_.text_of(h).c_str());
        mark(h);
        ++dropped;
        for (std::uint32_t l : more_links) {
            mark(l);
            ++dropped;
        }
    }
    return dropped;
}

}  // namespace winnow::detail::extraction
