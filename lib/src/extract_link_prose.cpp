// Extract: a short post's own text among its links. A block dense with links (a share row, a
// list of related posts, a tag cloud) is chrome; but a short post whose body is one paragraph
// of prose followed by such links (a few pictures, a line, a list of related posts) has the
// same density, and its paragraph is the article. One paragraph of prose that holds most of
// the block's unlinked text keeps the block; a teaser box has several summaries, not one. A
// paragraph that lists links after a long sentence of its own ("as I have written for years:
// A - B - C") is the author's text; a label over links ("Read also:") is short.
#include "extract_impl.hpp"

namespace winnow::detail::extraction {

bool Extractor::holds_lone_prose(std::uint32_t n) const {
    constexpr std::uint32_t kProse = 80;  // visible characters outside links, spaces not counted: a long sentence
    const NodeStats& s = stats_[n];
    const std::uint32_t unlinked = s.text - s.link_text;
    // A paragraph: its own sentence of prose before or around the links it lists.
    if (dom_.nodes[n].tag == GUMBO_TAG_P) return unlinked >= kProse || is_linked_sentence(n);
    std::uint32_t prose = 0, paragraphs = 0;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node;) {
        const DomNode& node = dom_.nodes[d];
        const std::uint32_t at = d;
        d = dom_.next_in(d, n, node.removed);
        if (node.removed || node.type != NodeType::element || node.tag != GUMBO_TAG_P) continue;
        const NodeStats& p = stats_[at];
        const std::uint32_t own = p.inline_text - p.inline_link;
        if (own < kProse || p.inline_link * 2 > p.inline_text) continue;
        ++paragraphs;
        prose = own;
    }
    return paragraphs == 1 && prose * 3 >= unlinked * 2;
}

bool Extractor::is_linked_sentence(std::uint32_t n) const {
    constexpr std::uint32_t kSentenceWords = 4;  // "by", "and", "all came from": more than a list's joints
    if (core_ == no_node || !is_ancestor(core_, n)) return false;
    // The unlinked words after the first link: four or more, and the paragraph ends a sentence.
    std::string after_first, all;
    bool linked = false;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node;) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed || (e.type == NodeType::element && e.tag == GUMBO_TAG_A)) {
            if (!e.removed) {
                linked = true;
                all += dom_.text_of(d);
            }
            after_first += ' ';
            d = dom_.next_in(d, n, true);
            continue;
        }
        if (e.type == NodeType::text) {
            all += e.text;
            if (linked) after_first += e.text;
        }
        d = dom_.next_in(d, n);
    }
    while (!all.empty() && is_space(static_cast<unsigned char>(all.back()))) all.pop_back();
    if (word_runs(after_first) < kSentenceWords || !ends_with_sentence_end(all)) return false;
    // Between paragraphs of prose: the nearest sibling with text on each side.
    return between_prose_paragraphs(n, 0.5f);
}

}  // namespace winnow::detail::extraction
