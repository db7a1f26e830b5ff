// Extract, Q&A pages without vote controls. A news article and its comments, and a question and
// its answers, are laid out alike (a box of prose under the title, a count heading, a box of
// posts of one kind); the vote control told them apart (extract_vote_controls.cpp). Without it,
// three things together do, none of them a word: the title is a question; the question's box is
// signed like each answer, with a writer line of one shape (a news article's byline may look
// like a commenter's line, so this alone is not enough); and the question is a post among its
// answers, not an article many times longer than the typical comment under it.
#include "extract_writer_lines.hpp"

#include "extract_words.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace winnow::detail::extraction {

namespace {

constexpr std::uint32_t kLineMax = 90;   // a writer line: a name, a verb, a date
constexpr std::uint32_t kPostMin = 25;   // a post holds a line of unlinked text

// The title ends in a question mark: ASCII, full-width (CJK), Arabic, Greek.
bool asks(const Dom& dom, std::uint32_t title) {
    std::string text = dom.text_of(title, 400);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\n' || text.back() == '\t')) text.pop_back();
    const std::string_view t = text;
    return t.ends_with("?") || t.ends_with("\xEF\xBC\x9F") || t.ends_with("\xD8\x9F") || t.ends_with("\xCD\xBE");
}

bool has_digit(std::string_view s) {
    return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The post's first or last child with text (at = 0 first, 1 last).
std::uint32_t edge_child(const Dom& dom, const std::vector<NodeStats>& stats, std::uint32_t post, int at) {
    std::uint32_t found = no_node;
    for (std::uint32_t c = dom.nodes[post].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        if (dom.nodes[c].type != NodeType::element || dom.nodes[c].removed || stats[c].text == 0) continue;
        found = c;
        if (at == 0) break;
    }
    return found;
}

// n is a writer line: short, a link (the writer) beside unlinked words, a digit (a date, a time).
bool writer_line(const Dom& dom, const std::vector<NodeStats>& stats, std::uint32_t n) {
    if (n == no_node) return false;
    const NodeStats& s = stats[n];
    if (s.text > kLineMax || s.link_text == 0 || s.link_text >= s.text) return false;
    if (is_heading(dom.nodes[n].tag) || (dom.nodes[n].tag == GUMBO_TAG_P && s.text > kLineMax / 2)) return false;
    return has_digit(dom.text_of(n, 2 * kLineMax));
}

// The tag of box's writer line at that edge, or GUMBO_TAG_UNKNOWN when it has none.
GumboTag line_tag(const Dom& dom, const std::vector<NodeStats>& stats, std::uint32_t box, int at) {
    const std::uint32_t line = edge_child(dom, stats, box, at);
    if (line == no_node || line == box || !writer_line(dom, stats, line)) return GUMBO_TAG_UNKNOWN;
    // The line is the box's edge, not the box itself: a post is more than its signature.
    if (stats[box].text - stats[box].link_text < stats[line].text + kPostMin) return GUMBO_TAG_UNKNOWN;
    return dom.nodes[line].tag;
}

}  // namespace

bool asked_alike(const Dom& dom, const std::vector<NodeStats>& stats, std::uint32_t title, std::uint32_t question,
                 std::uint32_t answers) {
    if (title == no_node || question == no_node || answers == no_node || !asks(dom, title)) return false;
    for (int at = 0; at < 2; ++at) {
        const GumboTag tag = line_tag(dom, stats, question, at);
        if (tag == GUMBO_TAG_UNKNOWN) continue;
        int posts = 0, signed_posts = 0;
        std::vector<std::uint32_t> sizes;
        for (std::uint32_t c = dom.nodes[answers].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
            if (dom.nodes[c].type != NodeType::element || dom.nodes[c].removed || stats[c].text - stats[c].link_text < kPostMin)
                continue;
            ++posts;
            sizes.push_back(stats[c].text);
            if (line_tag(dom, stats, c, at) == tag) ++signed_posts;
        }
        if (signed_posts < 2 || 2 * signed_posts < posts) continue;
        // An article many times longer than the typical post under it is no question among
        // answers (one long comment in a long thread says nothing: the median, not the longest).
        std::nth_element(sizes.begin(), sizes.begin() + sizes.size() / 2, sizes.end());
        if (stats[question].text > 3 * sizes[sizes.size() / 2]) return false;
        // The answers are posts, not teasers: their box is mostly unlinked text.
        return 4 * stats[answers].link_text < stats[answers].text;
    }
    return false;
}

}  // namespace winnow::detail::extraction
