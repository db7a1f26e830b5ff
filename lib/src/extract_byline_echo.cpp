// Extract, the byline echoed under the article: the box after the article's prose repeats a
// link of the byline's, the same words to the same page. A writer's box closes on the link the
// byline showed ("View all posts by Jane" in both places), or opens on the byline's name link
// when the name is one word (a pen name: "by Nicolette" over the article, "Nicolette" atop the
// box). The article's own links lead to sources and do not repeat the byline's words.
// links_to_byline has already read the box's neighbours (no post among posts) and the zone.
#include <string>
#include <string_view>

#include "extract_impl.hpp"
#include "extract_lines.hpp"
#include "text_length.hpp"

namespace winnow::detail::extraction {

namespace {

constexpr std::uint32_t kEchoLink = 60;      // a byline's link: a name or "Posts by NAME"
constexpr std::uint32_t kProseBetween = 200;  // the article between the byline and the box
constexpr std::uint32_t kBoxTop = 80;        // a name link at the box's top
constexpr int kEchoLinks = 8;                // a profile's links: a name, a page or two

std::string_view trimmed(std::string_view t) {
    while (!t.empty() && is_space(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
    while (!t.empty() && is_space(static_cast<unsigned char>(t.back()))) t.remove_suffix(1);
    return t;
}

// One word of letters, under a capital in Latin script (ASCII letters or any non-ASCII byte): a pen name.
bool is_one_word_name(std::string_view t) {
    const unsigned char first = static_cast<unsigned char>(t.empty() ? 0 : t.front());
    if (t.size() < 3 || t.size() > 30 || !((first >= 'A' && first <= 'Z') || first >= 0x80)) return false;
    for (const char c : t)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0x80)) return false;
    return true;
}

}  // namespace

std::string Extractor::shown_text(std::uint32_t a) const {
    std::string shown;
    for (std::uint32_t t = dom_.next_in(a, a); t != no_node && shown.size() < 2 * kEchoLink; t = dom_.next_in(t, a))
        if (dom_.nodes[t].type == NodeType::text) shown += dom_.nodes[t].text;
    return shown;
}

bool Extractor::echoes_byline(std::uint32_t n, std::uint32_t from, std::uint32_t to) const {
    // The box's top link (within its first 80 characters) and its closing link (no text after it).
    std::uint32_t top = no_node, closing = no_node;
    std::uint32_t last = no_node;  // the link before, wherever it is
    bool alone = false;
    int links = 0;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node; d = dom_.next_in(d, n)) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed) continue;
        if (e.type == NodeType::element && e.tag == GUMBO_TAG_A && stats_[d].text > 0) {
            if (++links > kEchoLinks) return false;
            if (top == no_node && text_before_[d] - text_before_[n] <= kBoxTop) top = d;
            // The closing link stands alone, words before it: the last of a row of links
            // (share buttons, tags) is no writer's link.
            const std::uint32_t after = last == no_node ? n : subtree_end(last);
            alone = text_before_[d] - text_before_[after] >= kCardMin;
            closing = last = d;
        } else if (e.type == NodeType::text && stats_[d].text > 0 && closing != no_node && d >= subtree_end(closing)) {
            closing = no_node;  // text after the link
        }
    }
    if (top == no_node && closing == no_node) return false;
    // Unlinked words besides the echo: the box says something (a bio), not a lone link.
    if (stats_[n].text < stats_[n].link_text + kCardMin) return false;
    // The link on a line of its own (a heading, a list item, a box), not a source or the writer
    // named inside a sentence of the post's.
    const auto own_line = [&](std::uint32_t d) {
        std::uint32_t up = d;
        while (dom_.nodes[up].parent != no_node && up != n && stats_[dom_.nodes[up].parent].text == stats_[d].text) up = dom_.nodes[up].parent;
        return up != d && is_block_tag(dom_.nodes[up].tag);
    };
    const auto echoes = [&](std::uint32_t d, bool one_word) {
        const std::string_view href = dom_.attr(d, "href");
        if (href.empty() || href.front() == '#' || href.starts_with("javascript:") || stats_[d].text > kEchoLink) return false;
        const std::string mine = shown_text(d);
        const std::string_view words = trimmed(mine);
        if (words.empty() || !own_line(d) || (one_word && !is_one_word_name(words))) return false;
        for (std::uint32_t m = from; m < to; ++m) {
            if (!dom_.is(m, GUMBO_TAG_A) || dom_.attr(m, "href") != href || stats_[m].text == 0 || stats_[m].text > kEchoLink)
                continue;
            const std::uint32_t end = subtree_end(m);
            if (end > n || text_before_[n] - text_before_[end] < kProseBetween) continue;
            const std::string theirs = shown_text(m);
            if (trimmed(theirs) == words) return true;
        }
        return false;
    };
    return (closing != no_node && alone && echoes(closing, false)) || (top != no_node && echoes(top, true));
}

}  // namespace winnow::detail::extraction
