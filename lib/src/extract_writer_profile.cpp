// Extract, the writer's profile under the article, known by where it links: the byline over the
// article's prose links the writer's name to the writer's page, and a box after that prose
// linking to the same page, of a few paragraphs at most, is about the writer ("About Jane",
// "Hi, I'm Jane…", "Jane has written 250 posts"), however its heading reads and whatever its
// class. The article's own links lead elsewhere: to sources, not back to its byline.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>

#include "extract_impl.hpp"
#include "extract_lines.hpp"
#include "text_length.hpp"

namespace winnow::detail::extraction {

namespace {

constexpr std::uint32_t kBylineLink = 60;    // a name, or "Posts by NAME": a short line
constexpr std::uint32_t kProseBetween = 200;  // the article between the byline and the box
constexpr int kBoxLinks = 8;                  // a profile's links: its name, a page or two
constexpr std::uint32_t kProfileHead = 80;    // the profile names the writer at its top
constexpr std::uint32_t kBylineZone = 150;    // the byline: right under the title, before the prose
constexpr std::uint32_t kZoneNodes = 400;     // and a few elements: the zone is read for every box asked

std::string_view trimmed(std::string_view t) {
    while (!t.empty() && is_space(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
    while (!t.empty() && is_space(static_cast<unsigned char>(t.back()))) t.remove_suffix(1);
    return t;
}

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool leads_away(std::string_view href) {
    return !href.empty() && href.front() != '#' && !href.starts_with("javascript:");
}

}  // namespace

// The tags of a box's first three element children, read past wrappers of one child:
// the template a post among posts repeats.
bool Extractor::same_opening(std::uint32_t a, std::uint32_t b) const {
    const auto opening = [&](std::uint32_t n) {
        std::array<GumboTag, 3> tags{GUMBO_TAG_UNKNOWN, GUMBO_TAG_UNKNOWN, GUMBO_TAG_UNKNOWN};
        for (int level = 0; level < 4; ++level) {
            std::uint32_t only = no_node;
            int elements = 0;
            for (std::uint32_t c = dom_.nodes[n].first_child; c != no_node && elements < 2; c = dom_.nodes[c].next_sibling)
                if (dom_.nodes[c].type == NodeType::element) {
                    ++elements;
                    only = c;
                }
            if (elements != 1) break;
            n = only;
        }
        std::size_t i = 0;
        for (std::uint32_t c = dom_.nodes[n].first_child; c != no_node && i < tags.size(); c = dom_.nodes[c].next_sibling)
            if (dom_.nodes[c].type == NodeType::element) tags[i++] = dom_.nodes[c].tag;
        return tags;
    };
    return opening(a) == opening(b);
}

// The page's metadata names this writer (a one-word pen name is no name line).
bool Extractor::names_author(std::string_view name) const {
    for (const auto& a : facts_.meta.authors)
        if (!a.name.empty() && a.name.size() == name.size() &&
            std::equal(name.begin(), name.end(), a.name.begin(), [](char x, char y) { return lower(x) == lower(y); }))
            return true;
    return false;
}

bool Extractor::links_to_byline(std::uint32_t n) const {
    const DomNode& node = dom_.nodes[n];
    const NodeStats& s = stats_[n];
    if (node.type != NodeType::element || is_paragraph_like(node.tag) || s.paragraphs > kBioParagraphs || s.text > kBioMax ||
        s.link_text * 2 > s.text)
        return false;
    // One of a run of boxes of its tag and class is a post among posts (a forum's), each
    // linking to its poster's page: a neighbour of its kind says so (asked of the nearest
    // element on each side only, so a run of thousands costs no more than one).
    // The box is asked as the outermost wrapper holding nothing else (a <tbody> in its <table>).
    std::uint32_t box = n;
    for (int up = 0; up < 8; ++up) {
        const std::uint32_t p = dom_.nodes[box].parent;
        if (p == no_node || dom_.is(p, GUMBO_TAG_BODY) || stats_[p].text != stats_[box].text) break;
        box = p;
    }
    const std::string_view cls = dom_.attr(box, "class");
    const GumboTag tag = dom_.nodes[box].tag;
    // With no class to compare, every plain <div> is of one kind: a post among posts is then
    // known by its template, the same opening tags as the box's (a portrait, a name line, a
    // text), not by its tag alone (a newsletter form after a writer's box is no other post).
    const auto alike = [&](std::uint32_t c) {
        return c != no_node && dom_.nodes[c].tag == tag && dom_.attr(c, "class") == cls && stats_[c].text >= kCardMin &&
               (!cls.empty() || same_opening(box, c));
    };
    // Separators between the boxes (<br>, <hr>, empty spacers) are passed over: each gap is
    // read from its two sides only, so the cost stays linear.
    const auto separator = [&](std::uint32_t c) { return dom_.nodes[c].type != NodeType::element || stats_[c].text == 0; };
    std::uint32_t before = dom_.previous_sibling(box), after = dom_.nodes[box].next_sibling;
    while (before != no_node && separator(before)) before = dom_.previous_sibling(before);
    while (after != no_node && separator(after)) after = dom_.nodes[after].next_sibling;
    if (alike(before) || alike(after)) return false;
    // The byline's zone: after the title, or, with no title found, the post's box before the core.
    std::uint32_t from = no_node, to = n;
    if (title_ != no_node) {
        from = subtree_end(title_);
        // text_before_ grows with the node index: the zone ends where 150 characters have passed.
        const auto zone_end = std::upper_bound(text_before_.begin() + from, text_before_.begin() + n,
                                               text_before_[from] + kBylineZone);
        to = std::min(static_cast<std::uint32_t>(zone_end - text_before_.begin()), from + kZoneNodes);
    } else if (core_ != no_node && dom_.nodes[core_].parent != no_node && n > core_) {
        to = core_;
        from = std::max(dom_.nodes[core_].parent, core_ > kZoneNodes ? core_ - kZoneNodes : 0u);
    }
    if (from == no_node || from >= to) return false;
    int links = 0;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node; d = dom_.next_in(d, n)) {
        if (dom_.nodes[d].removed || !dom_.is(d, GUMBO_TAG_A)) continue;
        if (++links > kBoxLinks) return false;
        // The writer's name at the profile's top (its heading or first line), not a link in its text.
        if (text_before_[d] - text_before_[n] > kProfileHead) break;
        const std::string_view href = dom_.attr(d, "href");
        if (!leads_away(href)) continue;
        for (std::uint32_t m = from; m < to; ++m) {
            if (!dom_.is(m, GUMBO_TAG_A) || dom_.attr(m, "href") != href || stats_[m].text == 0 || stats_[m].text > kBylineLink)
                continue;
            const std::uint32_t end = subtree_end(m);
            if (end > n || text_before_[n] - text_before_[end] < kProseBetween) continue;
            // The byline's link shows a name ("Jane Doe"), not a section or a source.
            // Read as it was: the byline's line may have gone already as a dateline.
            std::string shown;
            for (std::uint32_t t = dom_.next_in(m, m); t != no_node; t = dom_.next_in(t, m))
                if (dom_.nodes[t].type == NodeType::text) shown += dom_.nodes[t].text;
            const std::string_view name = trimmed(shown);
            if (is_name_line(name) || is_caseless_name_line(name) || names_author(name)) return true;
        }
    }
    return echoes_byline(n, from, to);
}

}  // namespace winnow::detail::extraction
