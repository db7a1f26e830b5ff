// Stage — extract: a box of facts beside the article. An event page sets what, when, where,
// price and organiser in an <aside> next to the description, a product page its key data: a
// definition list or table of short label–value lines. An <aside> is a sidebar's tag, so it
// never joined as data beside the prose; the facts are the article's when they are about it:
// the box stands right next to the article's box, holds one list or table of short items (a
// heading over it at most), links to no other page (a mail or phone link is a way to reach the
// organiser, not another item), and no other box on the page shares its tag and class (one
// card of a list of events or products repeats its kind).
#include <cstdio>
#include <string_view>

#include "extract_impl.hpp"
#include "extract_lines.hpp"
#include "extract_time_span.hpp"

namespace winnow::detail::extraction {

namespace {

// A link that leads nowhere else: the page's own anchors, mail, phone.
bool stays_here(std::string_view href) {
    return href.empty() || href.front() == '#' || href.starts_with("mailto:") || href.starts_with("tel:");
}

constexpr std::uint32_t kFactsText = 40;  // three short lines at least
constexpr std::uint32_t kHeadLines = 200;  // a head's date and place lines, not a column
constexpr int kHeadLevels = 2;  // the entry's box and its wrapper, not the page's column

}  // namespace

// The nearest sibling of n with text on one side is or holds the article's core.
bool Extractor::core_beside(std::uint32_t n, bool after) const {
    for (std::uint32_t s = after ? dom_.nodes[n].next_sibling : dom_.previous_sibling(n); s != no_node;
         s = after ? dom_.nodes[s].next_sibling : dom_.previous_sibling(s)) {
        if (dom_.nodes[s].type != NodeType::element || dom_.nodes[s].removed || stats_[s].text == 0) continue;
        return s == core_ || is_ancestor(s, core_);
    }
    return false;
}

bool Extractor::is_facts_box(std::uint32_t n) const {
    const DomNode& box = dom_.nodes[n];
    if (box.tag != GUMBO_TAG_ASIDE || core_ == no_node || comments_[n] || thread_of(n) != no_node) return false;
    // Right next to the article's box: the nearest sibling with text, before or after it, is
    // or holds the core.
    if (!core_beside(n, false) && !core_beside(n, true)) return false;
    // One list or table of short items, a link-free heading over it at most.
    int data = 0;
    for (std::uint32_t c = box.first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        const DomNode& e = dom_.nodes[c];
        if (e.removed || stats_[c].text == 0) continue;
        if (e.type != NodeType::element) return false;
        if (is_heading(e.tag) && stats_[c].link_text == 0) continue;
        const GumboTag t = e.tag;
        if ((t != GUMBO_TAG_TABLE && t != GUMBO_TAG_UL && t != GUMBO_TAG_OL && t != GUMBO_TAG_DL) || stats_[c].text < kFactsText ||
            !short_items(c) || ++data > 1)
            return false;
    }
    if (data != 1) return false;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node; d = dom_.next_in(d, n))
        if (dom_.is(d, GUMBO_TAG_A) && !stays_here(dom_.attr(d, "href"))) return false;
    // Not one of a kind repeated on the page (a card among cards, a sidebar's widgets).
    const std::string_view cls = dom_.attr(n, "class");
    for (std::uint32_t i = 0; i < dom_.nodes.size(); ++i) {
        if (i == n || dom_.nodes[i].type != NodeType::element || dom_.nodes[i].tag != box.tag) continue;
        if (dom_.attr(i, "class") == cls) return false;
    }
    return true;
}

// The head of an event page: the page's one <h1> in a box of its own right before the article's,
// or a box between that <h1> and the article's, over a few short lines that say when (a span of
// clock times, "7:30–10:00 pm": a news item's stamp is one moment) and where. The lines are the
// event's, not a byline's.
// headline is the page's one <h1> (only_h1), found once by the caller: asked per sibling, a walk of
// the page each time was quadratic on a page of thousands of top-level boxes.
bool Extractor::is_event_head(std::uint32_t n, std::uint32_t root, std::uint32_t headline) const {
    if (headline == no_node || n > root || !core_beside(n, true) || link_density(n) >= 0.25f || comments_[n]) return false;
    const bool holds_headline = is_ancestor(n, headline);
    // Or right under it: the nearest box before n with text is the headline or holds it.
    if (!holds_headline) {
        std::uint32_t before = dom_.previous_sibling(n);
        while (before != no_node && (dom_.nodes[before].type != NodeType::element || dom_.nodes[before].removed || stats_[before].text == 0))
            before = dom_.previous_sibling(before);
        if (before == no_node || !(before == headline || is_ancestor(before, headline))) return false;
    }
    const std::uint32_t own = stats_[n].text - stats_[n].link_text;
    const std::uint32_t head = holds_headline ? stats_[headline].text : 0;
    if (own <= head || own - head > kHeadLines) return false;
    return holds_time_span_in(dom_, n);
}

// The same head one or two boxes up: an events plugin sets the when line beside the entry's box
// (its description and details inside), not beside the description. The region's first root is
// the first box with text of its parent, and that parent of the next, up to the box whose nearest
// sibling before it is the head.
std::uint32_t Extractor::event_head_above(const std::vector<std::uint32_t>& roots) const {
    const std::uint32_t headline = only_h1();
    if (roots.empty() || headline == no_node || roots.front() < headline) return no_node;
    const auto text_before = [&](std::uint32_t n) {
        std::uint32_t b = dom_.previous_sibling(n);
        while (b != no_node && (dom_.nodes[b].type != NodeType::element || dom_.nodes[b].removed || stats_[b].text == 0))
            b = dom_.previous_sibling(b);
        return b;
    };
    std::uint32_t box = roots.front();
    // The root's own level is gather_siblings' (is_event_head there): start one up.
    if (text_before(box) != no_node) return no_node;
    for (int level = 0; level < kHeadLevels; ++level) {
        box = dom_.nodes[box].parent;
        if (box == no_node || box == dom_.body || is_ancestor(box, headline)) return no_node;
        const std::uint32_t before = text_before(box);
        if (before == no_node) continue;
        if (!is_event_head(before, box, headline)) return no_node;
        if (debug_) std::fprintf(stderr, "event head %u joins the region before %u\n", before, roots.front());
        return before;
    }
    return no_node;
}

}  // namespace winnow::detail::extraction
