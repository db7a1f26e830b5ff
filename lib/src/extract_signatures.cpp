// Extract, signatures: a forum post closes with its author's signature (a setup, a motto, a link
// to a blog), the same short block under every post of that author, often set off by a rule. In
// a thread of posts (two or more sibling boxes of one kind) a short block after a post's body is
// a signature when its kind of block (tag and class) shows it so in two posts: the same text
// under two of them (one author's posts), or a rule opening it in each. The posts' bodies vary;
// their signatures repeat (a post printed twice, in a hidden copy, repeats whole: no evidence).
// Once two posts of a body's length show the thread, a short reply's ruled block is its
// signature too: the template does not change with the post's length.
#include "extract_impl.hpp"
#include "extract_post_rows.hpp"

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "comments_entry.hpp"

namespace winnow::detail::extraction {

namespace {

constexpr std::uint32_t kShortPostBody = 40;  // a reply of one sentence

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && is_space(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && is_space(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// A board's table rows are posts too, when they are a writer's cell beside a message
// (posts_in_rows): a listing's rows close on short cells alike ("1 Week Ago"). So is a table
// of its own per post (a header row, the panel and message, a row of buttons).
bool is_post_tag(GumboTag t) {
    return t == GUMBO_TAG_DIV || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_LI || t == GUMBO_TAG_TR ||
           t == GUMBO_TAG_TABLE;
}

constexpr std::size_t kDrawnRule = 5;  // "-----": shorter is a dash or an emoticon

bool drawn_rule(std::string_view t) {
    std::size_t marks = 0;
    for (const char c : t) {
        if (c == '_' || c == '-' || c == '=')
            ++marks;
        else if (!is_space(static_cast<unsigned char>(c)))
            return false;
    }
    return marks >= kDrawnRule;
}

bool is_slot_tag(GumboTag t) {
    return t == GUMBO_TAG_DIV || t == GUMBO_TAG_P || t == GUMBO_TAG_SPAN || t == GUMBO_TAG_SMALL || t == GUMBO_TAG_FOOTER ||
           t == GUMBO_TAG_SECTION;
}

// A signature's own marks, without a second post to repeat it: the line opens with the mail
// signature's delimiter ("-- Paul"), or it is a row of three or more short fields parted by one
// mark and no sentence ("Gwen · Riding since 2009 · Leeds"): a card's line, not the post's prose.
bool signature_marks(std::string_view t) {
    if (t.starts_with("-- ") || t.starts_with("--\xC2\xA0")) return true;
    if (t.size() > 80 || ends_with_sentence_end(t)) return false;
    for (const std::string_view mark : {std::string_view(" \xC2\xB7 "), std::string_view(" | "), std::string_view(" \xE2\x80\xA2 ")}) {
        std::size_t fields = 1, from = 0, longest = 0;
        for (std::size_t at = t.find(mark); at != std::string_view::npos; at = t.find(mark, from)) {
            longest = std::max(longest, at - from);
            from = at + mark.size();
            ++fields;
        }
        longest = std::max(longest, t.size() - from);
        if (fields >= 3 && longest <= 32) return true;
    }
    return false;
}

}  // namespace

bool Extractor::opens_with_rule(std::uint32_t n) const {
    for (std::uint32_t c = dom_.nodes[n].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        const DomNode& e = dom_.nodes[c];
        if (e.type == NodeType::element) return e.tag == GUMBO_TAG_HR;
        // A rule drawn in text: a line of underscores, dashes or equals signs alone ("_______").
        if (e.type == NodeType::text && stats_[c].text > 0) return drawn_rule(e.text);
    }
    return false;
}

bool Extractor::in_paragraph_flow(std::uint32_t n) const {
    for (std::uint32_t c = dom_.nodes[dom_.nodes[n].parent].first_child; c != no_node; c = dom_.nodes[c].next_sibling)
        if (c != n && dom_.is(c, GUMBO_TAG_P) && !dom_.nodes[c].removed && stats_[c].text > 0) return true;
    return false;
}

bool Extractor::same_text(std::uint32_t a, std::uint32_t b) const {
    return stats_[a].text == stats_[b].text && dom_.text_of(a) == dom_.text_of(b);
}

std::size_t Extractor::drop_post_signatures(const std::vector<std::uint32_t>& posts, std::uint32_t root) {
    struct Slot {
        std::uint32_t node;
        std::uint32_t post;
        std::string text;
        bool ruled;
        bool marked;  // signature_marks: its own evidence, under one post
    };
    std::map<std::pair<GumboTag, std::string>, std::vector<Slot>> kinds;
    for (std::uint32_t p : posts) {
        const std::uint32_t end = subtree_end(p);
        for (std::uint32_t d = p + 1; d < end; ++d) {
            const DomNode& e = dom_.nodes[d];
            if (e.removed || e.type != NodeType::element || !is_slot_tag(e.tag)) continue;
            const std::uint32_t text = stats_[d].text;
            if (text == 0 || text > kSignature || inside(d, GUMBO_TAG_BLOCKQUOTE)) continue;
            // At the post's end: at most a row of buttons or counts after it.
            if (text_before_[end] - text_before_[subtree_end(d)] > kAfterSignature) continue;
            const std::uint32_t prev = previous_element(d);
            const bool ruled = opens_with_rule(d) || (prev != no_node && dom_.nodes[prev].tag == GUMBO_TAG_HR);
            // Short, and after the post's body (a paragraph or two of it; when a rule sets the
            // block off, in any post, a sentence of body before it is enough: a short reply's).
            if (text_before_[d] - text_before_[p] < (ruled ? kShortPostBody : kPostBody)) continue;
            // Repetition alone shows a signature in a box of its own; a paragraph among the
            // body's paragraphs that closes several sections alike ("Vote for her on the last
            // page!") is the text's own refrain.
            std::string line(trimmed(dom_.text_of(d)));
            // A block set off from the body's paragraphs (not a <p> itself), the post's last,
            // signed with a signature's marks: one post's signature, not repeated.
            const bool marked = e.tag != GUMBO_TAG_P && text_before_[end] == text_before_[subtree_end(d)] && signature_marks(line);
            if (!ruled && !marked && in_paragraph_flow(d)) continue;
            kinds[{e.tag, std::string(dom_.attr(d, "class"))}].push_back({d, p, std::move(line), ruled, marked});
        }
    }
    std::size_t dropped = 0;
    for (const auto& [kind, slots] : kinds) {
        const bool any_marked = std::any_of(slots.begin(), slots.end(), [](const Slot& s) { return s.marked; });
        if (slots.size() < 2 && !any_marked) continue;
        // Each slot's own evidence: its text under another post, or a rule opening it.
        std::vector<bool> shown(slots.size(), false);
        int ruled = 0;
        for (std::size_t a = 0; a < slots.size(); ++a) {
            ruled += slots[a].ruled;
            for (std::size_t b = a + 1; b < slots.size(); ++b)
                if (slots[a].post != slots[b].post && slots[a].text == slots[b].text && !same_text(slots[a].post, slots[b].post))
                    shown[a] = shown[b] = true;
        }
        const bool any_shown = std::find(shown.begin(), shown.end(), true) != shown.end();
        const bool kind_shown = any_shown || ruled >= 2;
        if (!kind_shown && !any_marked) continue;
        // A slot with a class of its own ("sig", "signature") is one place in every post's
        // template: shown in two posts, it is a signature in all. A bare <p> or <div> is
        // judged by its own evidence.
        const bool named_slot = !kind.second.empty();
        if (debug_) std::fprintf(stderr, "  signature kind %s.%s: %zu slots, ruled %d\n", gumbo_normalized_tagname(kind.first), kind.second.c_str(), slots.size(), ruled);
        for (std::size_t k = 0; k < slots.size(); ++k) {
            const Slot& s = slots[k];
            if (!(named_slot && kind_shown) && !shown[k] && !(s.ruled && ruled >= 2) && !s.marked) continue;
            if (dom_.nodes[s.node].removed || (s.node != root && !is_ancestor(root, s.node))) continue;
            if (debug_) std::fprintf(stderr, "  signature: %.80s\n", s.text.c_str());
            mark(s.node);
            const std::uint32_t prev = previous_element(s.node);
            if (prev != no_node && dom_.nodes[prev].tag == GUMBO_TAG_HR) mark(prev);
            ++dropped;
        }
    }
    return dropped;
}

std::size_t Extractor::drop_signatures(std::uint32_t root) {
    std::size_t dropped = 0;
    // The posts: sibling boxes of one kind, each with a body, under root's parent (root is one
    // post) or under any box of the region.
    const auto posts_under = [&](std::uint32_t parent) {
        // Two posts of a body and a signature's length make the kind a thread's; its short
        // replies ("Thanks, that worked") are posts of the thread too.
        std::map<std::pair<GumboTag, std::string_view>, std::vector<std::uint32_t>> groups;
        std::map<std::pair<GumboTag, std::string_view>, int> full;
        for (std::uint32_t c = dom_.nodes[parent].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
            const DomNode& e = dom_.nodes[c];
            if (e.type != NodeType::element || e.removed || !is_post_tag(e.tag) || stats_[c].text < kShortPostBody) continue;
            // The kind: tag and first class word ("post bg1", "post bg2": one thread, striped).
            const std::pair<GumboTag, std::string_view> kind{e.tag, first_token(dom_.attr(c, "class"))};
            groups[kind].push_back(c);
            if (stats_[c].text >= kPostBody + kSignature / 4) ++full[kind];
        }
        for (const auto& [kind, members] : groups)
            if (full[kind] >= 2 && (kind.first != GUMBO_TAG_TR || posts_in_rows(dom_, stats_, members)))
                dropped += drop_post_signatures(members, root);
    };
    if (dom_.nodes[root].parent != no_node) posts_under(dom_.nodes[root].parent);
    const std::uint32_t end = subtree_end(root);
    for (std::uint32_t n = root; n < end; ++n)
        if (dom_.nodes[n].type == NodeType::element && !dom_.nodes[n].removed && dom_.nodes[n].first_child != no_node)
            posts_under(n);
    return dropped + drop_ruled_closing_line(root);
}

bool Extractor::text_follows_in(std::uint32_t n, std::uint32_t root) const {
    for (std::uint32_t a = n; a != root && a != no_node; a = dom_.nodes[a].parent)
        for (std::uint32_t s = dom_.nodes[a].next_sibling; s != no_node; s = dom_.nodes[s].next_sibling)
            if (!dom_.nodes[s].removed && text_has_word(dom_, s)) return true;
    return false;
}

std::size_t Extractor::drop_ruled_closing_line(std::uint32_t root) {
    // The region's last rule with text after it.
    std::uint32_t rule = no_node;
    const std::uint32_t end = subtree_end(root);
    for (std::uint32_t n = end; n-- > root + 1;) {
        if (dom_.nodes[n].removed || !dom_.is(n, GUMBO_TAG_HR)) continue;
        if (text_follows_in(n, root)) rule = n;
        break;
    }
    if (rule == no_node) return 0;
    const std::uint32_t box = dom_.nodes[rule].parent;
    // The rule parts the post's own box: its body before the rule, in the same box; the line
    // after it closes the box and the region (nothing of the region's text follows the box).
    if (box == no_node || text_before_[rule] - text_before_[box] < 2 * kPostBody || text_follows_in(box, root)) return 0;
    std::string line;
    std::vector<std::uint32_t> after;
    for (std::uint32_t s = dom_.nodes[rule].next_sibling; s != no_node; s = dom_.nodes[s].next_sibling) {
        if (dom_.nodes[s].removed) continue;
        const DomNode& e = dom_.nodes[s];
        // One line: no heading, list, table, picture or paragraph break of its own after it.
        if (e.type == NodeType::element && (is_heading(e.tag) || e.tag == GUMBO_TAG_UL || e.tag == GUMBO_TAG_OL || e.tag == GUMBO_TAG_TABLE ||
                                            e.tag == GUMBO_TAG_IMG || e.tag == GUMBO_TAG_PRE || e.tag == GUMBO_TAG_BLOCKQUOTE))
            return 0;
        line += dom_.text_of(s);
        line += ' ';
        after.push_back(s);
    }
    const std::string_view text = trimmed(line);
    // A signature is a line, not a sentence: a closing note ending in a full stop is the text's.
    if (text.empty() || text.size() > kSignature || ends_with_sentence_end(text)) return 0;
    if (debug_) std::fprintf(stderr, "  ruled closing line: %.80s\n", std::string(text).c_str());
    mark(rule);
    for (std::uint32_t s : after) mark(s);
    return 1;
}

}  // namespace winnow::detail::extraction
