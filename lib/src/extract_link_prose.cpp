// Extract: a short post's own text among its links. A block dense with links (a share row, a
// list of related posts, a tag cloud) is chrome; but a short post whose body is one paragraph
// of prose followed by such links (a few pictures, a line, a list of related posts) has the
// same density, and its paragraph is the article. One paragraph of prose that holds most of
// the block's unlinked text keeps the block; a teaser box has several summaries, not one. A
// paragraph that lists links after a long sentence of its own ("as I have written for years:
// A - B - C") is the author's text; a label over links ("Read also:") is short. A paragraph
// that is one link of prose beside the article's paragraphs (a quotation linking its source)
// is the author's text too.
#include <algorithm>
#include <string>
#include <string_view>

#include "extract_impl.hpp"
#include "extract_link_clauses.hpp"

namespace winnow::detail::extraction {

bool Extractor::holds_lone_prose(std::uint32_t n) const {
    constexpr std::uint32_t kProse = 80;  // visible characters outside links, spaces not counted: a long sentence
    const NodeStats& s = stats_[n];
    const std::uint32_t unlinked = s.text - s.link_text;
    // Sentences whose links are their clauses, in the article's flow (extract_link_clauses.cpp).
    if (links_are_clauses(dom_, n) && beside_prose(n)) return true;
    // A paragraph: its own sentence of prose before or around the links it lists.
    if (dom_.nodes[n].tag == GUMBO_TAG_P) return unlinked >= kProse || is_linked_sentence(n) || is_linked_paragraph(n);
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

bool Extractor::beside_prose(std::uint32_t n) const {
    if (core_ == no_node || !is_ancestor(core_, n)) return false;
    // The nearest sibling with text on either side: a paragraph or quotation of prose.
    const auto prose = [&](std::uint32_t c) {
        return c != no_node && (dom_.is(c, GUMBO_TAG_P) || dom_.is(c, GUMBO_TAG_BLOCKQUOTE)) && stats_[c].text >= kShortArticle &&
               link_density(c) < 0.5f;
    };
    // (Walked from n, not from the parent's first child: linear over a run of such paragraphs.)
    const auto with_text = [&](std::uint32_t c) {
        return dom_.nodes[c].type == NodeType::element && !dom_.nodes[c].removed && stats_[c].text != 0;
    };
    std::uint32_t before = dom_.previous_sibling(n), after = dom_.nodes[n].next_sibling;
    while (before != no_node && !with_text(before)) before = dom_.previous_sibling(before);
    while (after != no_node && !with_text(after)) after = dom_.nodes[after].next_sibling;
    return prose(before) || prose(after);
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

bool Extractor::is_linked_paragraph(std::uint32_t n) const {
    constexpr std::size_t kProseWords = 12;  // a sentence of prose, not a headline's few words
    if (core_ == no_node || !is_ancestor(core_, n) || stats_[n].text < kShortArticle) return false;
    // One link holding the paragraph's text (a quotation linking its source, a pointer to a
    // report): a list of links is several.
    std::uint32_t link = no_node;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node; d = dom_.next_in(d, n)) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed || e.type != NodeType::element || e.tag != GUMBO_TAG_A || stats_[d].text == 0) continue;
        if (link != no_node) return false;
        link = d;
    }
    if (link == no_node || stats_[link].text * 10 < stats_[n].text * 9) return false;
    // Prose: a dozen words or more, closing on a sentence's end (inside its quotation marks).
    std::string t = dom_.text_of(n);
    std::string_view v = t;
    for (bool cut = true; cut;) {
        cut = false;
        while (!v.empty() && (is_space(static_cast<unsigned char>(v.back())) || v.back() == '"' || v.back() == '\'' || v.back() == ')')) {
            v.remove_suffix(1);
            cut = true;
        }
        for (std::string_view q : {"\u201D", "\u201C", "\u2019", "\u2018", "\u00BB", "\u00AB", "\u300D", "\u300F"})
            if (v.ends_with(q)) {
                v.remove_suffix(q.size());
                cut = true;
            }
    }
    if (word_runs(v) < kProseWords || !(ends_with_sentence_end(v) || v.ends_with("\u2026"))) return false;
    // A label of one to four words and a colon opening it makes it a pointer to another page
    // ("Also read: …"), a teaser line with its label inside the link.
    std::size_t colon = std::min(v.find(':'), v.find("\uFF1A"));
    if (colon != std::string_view::npos) {
        const std::string_view label = v.substr(0, colon);
        const std::uint32_t w = word_runs(label);
        if (w >= 1 && w <= 4 && label.find_first_of(".!?") == std::string_view::npos) return false;
    }
    // In the article's flow: a paragraph of prose right beside it, or beside the quotation
    // it is nearly all of (a picture's paragraph may stand beside it there).
    std::uint32_t unit = n;
    if (const std::uint32_t q = dom_.nodes[n].parent; dom_.is(q, GUMBO_TAG_BLOCKQUOTE) && stats_[q].text * 10 <= stats_[n].text * 11)
        unit = q;
    const auto prose = [&](std::uint32_t c) {
        return c != no_node && dom_.is(c, GUMBO_TAG_P) && stats_[c].text >= kShortArticle && link_density(c) < 0.3f;
    };
    std::uint32_t before = no_node, after = no_node;
    for (std::uint32_t c = dom_.nodes[dom_.nodes[unit].parent].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        if (dom_.nodes[c].type != NodeType::element || dom_.nodes[c].removed || stats_[c].text == 0) continue;
        if (c < unit) before = c;
        else if (c > unit) {
            after = c;
            break;
        }
    }
    return prose(before) || prose(after);
}

bool Extractor::is_announced_list(std::uint32_t n) const {
    constexpr std::uint32_t kItem = 60;           // an announced item: a name, a place, a short line
    constexpr std::uint32_t kAnnouncingWords = 6;  // a sentence, not a label ("Related:", "Read also:")
    if (core_ == no_node || !is_ancestor(core_, n)) return false;
    const GumboTag tag = dom_.nodes[n].tag;
    const bool list = tag == GUMBO_TAG_UL || tag == GUMBO_TAG_OL;
    // Items written as paragraphs: short ones of the same tag in a row, linked or not.
    const auto item = [&](std::uint32_t c) { return !list && dom_.nodes[c].tag == tag && stats_[c].text <= kItem; };
    const auto element_with_text = [&](std::uint32_t c) {
        return dom_.nodes[c].type == NodeType::element && !dom_.nodes[c].removed && stats_[c].text > 2;
    };
    if (!list && stats_[n].text > kItem) return false;
    // Back over the items before n to the sentence that announces them.
    // (Carried from the previous sibling asked in clean_region's walk when nothing before where
    // that walk stopped was marked since: the same fold, resumed, so linear over a parent's children.)
    const std::uint32_t parent = dom_.nodes[n].parent;
    AnnounceScan scan{dom_.nodes[parent].first_child, no_node, -1, marked_.size()};
    AnnounceScan* carried = nullptr;
    if (announce_walk_) {
        carried = &announce_scans_[(static_cast<std::uint64_t>(parent) << 16) | static_cast<std::uint64_t>(tag)];
        const bool valid = carried->next != no_node && carried->next <= n && carried->marked <= marked_.size() &&
                           std::all_of(marked_.begin() + static_cast<std::ptrdiff_t>(carried->marked), marked_.end(),
                                       [&](std::uint32_t m) { return m >= carried->next; });
        if (valid) scan = *carried;
    }
    const auto before_colon = [&] {
        if (scan.colon < 0) scan.colon = ends_with_colon(scan.before) ? 1 : 0;
        return scan.colon == 1;
    };
    for (std::uint32_t c = scan.next; c != n; c = dom_.nodes[c].next_sibling) {
        if (!element_with_text(c) || (item(c) && scan.before != no_node && before_colon())) continue;
        scan.before = c;
        scan.colon = -1;
    }
    if (carried != nullptr) {
        carried->next = n, carried->before = scan.before, carried->colon = scan.colon;
        carried->marked = marked_.size();
    }
    const std::uint32_t before = scan.before;
    if (before == no_node || !dom_.is(before, GUMBO_TAG_P) || link_density(before) >= 0.3f || !ends_with_colon(before) ||
        word_runs(dom_.text_of(before)) < kAnnouncingWords)
        return false;
    // Forward over the items after n to the article's next sentence: six words or more,
    // closing on a stop or announcing the next thing.
    // (Carried too: the siblings passed over were items or had no text, and marking one keeps it
    // so; only a mark at or after the stop can change the answer.)
    if (carried != nullptr && carried->ahead_from != no_node && carried->ahead_from <= n && n < carried->stop &&
        carried->ahead_marked <= marked_.size() &&
        std::all_of(marked_.begin() + static_cast<std::ptrdiff_t>(carried->ahead_marked), marked_.end(),
                    [&](std::uint32_t m) { return m < carried->stop; }))
        return carried->announced;
    std::uint32_t stop = no_node;
    bool announced = false;
    for (std::uint32_t c = dom_.nodes[n].next_sibling; c != no_node; c = dom_.nodes[c].next_sibling) {
        if (!element_with_text(c)) continue;
        if (dom_.is(c, GUMBO_TAG_P) && link_density(c) < 0.3f && word_runs(dom_.text_of(c)) >= kAnnouncingWords &&
            (ends_sentence(c) || ends_with_colon(c))) {
            stop = c, announced = true;
            break;
        }
        if (!item(c)) {
            stop = c;
            break;
        }
    }
    if (carried != nullptr) {
        carried->ahead_from = n, carried->stop = stop, carried->announced = announced;
        carried->ahead_marked = marked_.size();
    }
    return announced;
}

bool Extractor::ends_with_colon(std::uint32_t n) const {
    const std::string t = dom_.text_of(n);
    std::string_view v = t;
    while (!v.empty() && is_space(static_cast<unsigned char>(v.back()))) v.remove_suffix(1);
    return v.ends_with(':') || v.ends_with("\uFF1A");
}

// A paragraph opened by a bold label ("<b>Keywords</b> …"): the label's length in visible
// characters, 0 when the paragraph does not open so (the first words in bold, unlinked, a few
// words, followed by more of the paragraph).
std::uint32_t Extractor::field_label(std::uint32_t p) const {
    constexpr std::uint32_t kLabel = 40;  // a field's name: a few words
    for (std::uint32_t d = dom_.next_in(p, p); d != no_node; d = dom_.next_in(d, p)) {
        const DomNode& node = dom_.nodes[d];
        if (node.removed || node.type != NodeType::text || word_runs(node.text) == 0) continue;
        for (std::uint32_t a = node.parent; a != p && a != no_node; a = dom_.nodes[a].parent) {
            if (dom_.is(a, GUMBO_TAG_A)) return 0;
            if ((dom_.is(a, GUMBO_TAG_B) || dom_.is(a, GUMBO_TAG_STRONG)) && stats_[a].link_text == 0 &&
                stats_[a].text > 0 && stats_[a].text <= kLabel && stats_[a].text < stats_[p].text)
                return stats_[a].text;
        }
        return 0;
    }
    return 0;
}

bool Extractor::is_labelled_field(std::uint32_t n) const {
    constexpr std::uint32_t kProseValue = 80;  // a field told in prose: a long sentence
    if (core_ == no_node || !is_ancestor(core_, n) || !dom_.is(n, GUMBO_TAG_P) || field_label(n) == 0) return false;
    // The run of labelled paragraphs around n, blank siblings passed over.
    int fields = 0;
    bool prose = false;
    const auto walk = [&](std::uint32_t from, bool forward) {
        for (std::uint32_t c = from; c != no_node;) {
            const DomNode& e = dom_.nodes[c];
            const std::uint32_t next = forward ? e.next_sibling : dom_.previous_sibling(c);
            if (e.type == NodeType::element && !e.removed && stats_[c].text > 0) {
                const std::uint32_t label = dom_.is(c, GUMBO_TAG_P) ? field_label(c) : 0;
                if (label == 0) return;
                ++fields;
                prose = prose || stats_[c].text - label - stats_[c].link_text >= kProseValue;
            } else if (e.type == NodeType::text && word_runs(e.text) > 0) {
                return;
            }
            c = next;
        }
    };
    walk(dom_.nodes[n].next_sibling, true);
    walk(dom_.previous_sibling(n), false);
    return fields >= 2 && prose;
}

}  // namespace winnow::detail::extraction
