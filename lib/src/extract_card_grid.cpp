// Stage — extract: a grid of feature cards after a short lead. A landing page, a service's or a
// shop's front page says what it offers in a hero (a headline and a sentence or two) and then in
// a row of cards of one kind, each a short title and a sentence of its own, no links: the lead
// alone wins the scoring (its two lines sit in one box, while each card's sentence gives only
// half its points to the grid), and the grid, whose score falls under the sibling threshold,
// would be lost. A list of teasers links its entries; a thread signs and dates them (both are
// judged before this and never get here as text of the lead's kind).
#include "extract_impl.hpp"
#include "text_lines.hpp"

namespace winnow::detail::extraction {

namespace {

constexpr std::uint32_t kLeadMax = 600;            // a hero's headline and lead, not an article
constexpr std::uint32_t kCardTextMin = 40, kCardTextMax = 400;
constexpr int kGridCards = 3;

}  // namespace

bool Extractor::is_card_grid(std::uint32_t n, std::uint32_t root) const {
    if (n <= root || stats_[root].text > kLeadMax || stats_[n].text < kGridCards * kCardTextMin || stats_[n].link_text * 10 > stats_[n].text ||
        stats_[n].link_headings > 0 || comments_[n] || thread_of(n) != no_node)
        return false;
    // The cards: n's children, or the children of the one box that holds all of n's text.
    const std::uint32_t box = sole_text_box(n, 3);
    // Every child with text is a card of one tag and class: a title line over a sentence.
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    std::string_view cls;
    int cards = 0;
    for (std::uint32_t c = dom_.nodes[box].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        const DomNode& e = dom_.nodes[c];
        if (e.removed || stats_[c].text == 0) continue;
        if (e.type != NodeType::element || stats_[c].text < kCardTextMin || stats_[c].text > kCardTextMax || stats_[c].link_text > 0)
            return false;
        if (cards == 0) {
            tag = e.tag;
            cls = dom_.attr(c, "class");
        } else if (e.tag != tag || dom_.attr(c, "class") != cls) {
            return false;
        }
        // Its text nodes: the first a title line (no sentence end), a later one a sentence.
        int lines = 0;
        bool titled = false, sentence = false;
        for (std::uint32_t d = dom_.next_in(c, c); d != no_node; d = dom_.next_in(d, c)) {
            const DomNode& t = dom_.nodes[d];
            if (t.type != NodeType::text || stats_[d].text == 0) continue;
            const std::string_view line = trim_line(t.text);
            if (line.empty()) continue;
            if (++lines == 1) titled = stats_[d].text <= 80 && !winnow::detail::ends_sentence(line);
            else sentence = sentence || (stats_[d].text >= kCardTextMin && winnow::detail::ends_sentence(line));
        }
        if (!titled || !sentence) return false;
        ++cards;
    }
    return cards >= kGridCards;
}

}  // namespace winnow::detail::extraction
