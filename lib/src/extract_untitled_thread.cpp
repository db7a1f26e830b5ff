// Stage — extract: a thread after a post, on a page with no title to measure by.
//
// leave_thread moves a winner that lies in a readers' thread to the article under the title.
// A page may show no title the extractor can find (no heading says the <title>, no metadata),
// and a long thread then outscores the post it answers: readers write more than the writer did.
// Posts answer what stands before them, so the best candidate that ends before the thread,
// outside every thread, a flow of prose (a paragraph at least, under a third linked) scoring a
// quarter of the thread's winner or more (the share a candidate following the title needs to take
// over from a far winner: a short post under a long thread scores far below it), is the page's
// article. A forum thread opens the page: no such box stands before it (a board's rules or a
// breadcrumb is short and linked).
#include "extract_impl.hpp"

namespace winnow::detail::extraction {

namespace {
constexpr float kPostShare = 0.25f;  // a quarter of the thread's winner, as a title's candidate needs
constexpr float kPostLinks = 0.33f;  // a post is prose, not a box of links
}  // namespace

std::uint32_t Extractor::post_before_thread(std::uint32_t best, std::uint32_t thread) const {
    const float floor = final_score(best) * kPostShare;
    std::uint32_t post = no_node;
    // Candidates in document order up to the thread: each ends before it or holds it.
    for (std::uint32_t i = 0; i < thread && i < stats_.size(); ++i) {
        if (!stats_[i].candidate || subtree_end(i) > thread || stats_[i].paragraphs == 0 || link_density(i) >= kPostLinks ||
            entries_chrome_[i] || comments_[i] || final_score(i) < floor)
            continue;
        if (post == no_node || final_score(i) > final_score(post)) post = i;
    }
    // No part of a thread that stands before this one either.
    return post != no_node && thread_of(post) == no_node ? post : no_node;
}

}  // namespace winnow::detail::extraction
