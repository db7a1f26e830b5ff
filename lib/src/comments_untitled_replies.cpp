// Nested replies signed by name lines after a short post, on a page with no title to measure
// by (comments.cpp asks). With a title, two sentences under it make an article the thread
// answers; with none, the page-wide bar of a long article (250 characters) decided whether a
// post of two or three short paragraphs was answered, so the same thread was found or not by
// a few characters of the post (a Russian post of three sentences is shorter than its English
// twin). The post must then stand before the thread in its own column, as comments_untitled.cpp
// asks of dated entries: prose of 80 characters or more among the earlier children of the
// nearest ancestor (three levels up, not the <body>) whose earlier children hold any.
#include "comments_untitled.hpp"

namespace winnow::detail {

bool nested_replies_answer_untitled_post(const Dom& dom, std::uint32_t n, const std::vector<std::uint32_t>& text,
                                         const std::vector<std::uint32_t>& link) {
    // The kind of the first signed post, as nested_replies reads it (a post is under half links).
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling)
        if (dom.nodes[c].type == NodeType::element && !dom.nodes[c].removed && link[c] * 2 < text[c] && signed_entry(dom, c, text))
            return answers_untitled_post(dom, n, kind_of(dom, c), text, link);
    return false;
}

}  // namespace winnow::detail
