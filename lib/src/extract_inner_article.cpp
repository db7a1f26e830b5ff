// Stage — extract: a wide winner yields to the strong box inside it when what it adds is no prose
// of the article's flow.
//
// Depth is no evidence (extract_wrappers.cpp), but a page whose names and bare wrappers are gone
// lets an outer column collect the points of every paragraph it holds: the article's box, and
// beside it a column of teaser lists, a readers' thread, a legal notice. The outer box then
// outscores the article inside it by a little. Widening is right when the box adds prose of the
// same flow (an article in two columns, a lead above a picture, sections each under a heading:
// little of it linked, no thread); it is wrong when most of what it adds is links or a thread.
// So a winner holding a candidate that scores nearly as well (kInnerShare, with and without the
// points of names), with at least as much text again outside it (kInnerWider), yields to that
// candidate when the text it adds is 30% linked or more (kAddedLinks), or half of it is a thread, and the
// unlinked text it adds beside those is no more than the candidate's own.
#include "extract_impl.hpp"

namespace winnow::detail::extraction {

namespace {
constexpr float kInnerShare = 0.6f;   // the inner box scores this share of the winner or more
constexpr float kAddedLinks = 0.3f;   // what the winner adds is this share linked or more
constexpr int kNoticeChecks = 8;      // boxes ending the page read for a legal notice
}  // namespace

std::uint32_t Extractor::closing_notice(std::uint32_t box, std::uint32_t inner) const {
    // The boxes ending the page form one chain of last descendants; a few steps down it suffice
    // (a chain of 100,000 wrappers is read a few times, not once per level).
    int checks = 0;
    for (std::uint32_t i = subtree_end(inner), end = subtree_end(box); i < end && checks < kNoticeChecks; ++i) {
        if (!ends_page(i) || stats_[i].text == 0) continue;
        ++checks;
        if (stats_[i].paragraphs <= 1 && stats_[i].link_text * 10 < stats_[i].text && holds_rights_sign(dom_.text_of(i)))
            return stats_[i].text;
    }
    return 0;
}

std::uint32_t Extractor::inner_article(std::uint32_t best, float& best_score) const {
    if (best == no_node || !stats_[best].candidate) return best;
    const std::uint32_t end = subtree_end(best);
    std::uint32_t inner = no_node;
    for (std::uint32_t i = best + 1; i < end; ++i)
        if (stats_[i].candidate && thread_of(i) == no_node && (inner == no_node || final_score(i) > final_score(inner)))
            inner = i;
    if (inner == no_node || stats_[inner].paragraphs < 2) return best;
    if (final_score(inner) < kInnerShare * best_score || content_score(inner) < kInnerShare * content_score(best)) return best;
    const NodeStats& w = stats_[best];
    const NodeStats& c = stats_[inner];
    if (w.text < 2 * c.text) return best;  // a box adding little: the widening at the end of choose_root weighs it
    const std::uint32_t added = w.text - c.text;
    const std::uint32_t added_links = w.link_text - std::min(w.link_text, c.link_text);
    // The threads the winner holds beside the inner box (the topmost box of each).
    std::uint32_t thread_text = 0;
    const std::uint32_t inner_end = subtree_end(inner);
    for (std::uint32_t i = best + 1; i < end;) {
        if (i == inner) {
            i = inner_end;
            continue;
        }
        if (comments_[i] && !is_ancestor(i, inner)) {
            thread_text += stats_[i].text;
            i = subtree_end(i);
            continue;
        }
        ++i;
    }
    // The page's legal notice closing the winner (one run with the copyright sign, ending the
    // page: what leave_footer reads as no article) is no prose of the article's flow either.
    const std::uint32_t notice = closing_notice(best, inner);
    const bool linked = notice < added && added_links >= kAddedLinks * (added - notice);
    const bool thread = 2 * thread_text >= added;
    if (debug_)
        std::fprintf(stderr, "inner article: winner %u text=%u, inner %u text=%u score %.1f/%.1f, added %u linked %u thread %u notice %u\n",
                     best, w.text, inner, c.text, final_score(inner), best_score, added, added_links, thread_text, notice);
    // And the inner box holds the article's prose: the unlinked text the winner adds beside its
    // links, threads and notice is no more than the inner box's own (a post whose sources are
    // linked as clauses of its sentences adds prose, not links, around a quotation).
    const std::uint32_t set_aside = added_links + thread_text + notice;
    const std::uint32_t other_prose = set_aside < added ? added - set_aside : 0;
    if ((!linked && !thread) || other_prose > c.text - c.link_text) return best;
    best_score = final_score(inner);
    return inner;
}

}  // namespace winnow::detail::extraction
