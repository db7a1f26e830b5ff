// Stage — extract: an event's details after its description. An events plugin, a club's or a
// town's listing closes the description with a section saying when, where, what it costs and who
// organises it: one to four groups, each a short heading ("Details", "Venue", "Organizer") over
// label–value pairs — a <dl>, a table of two-cell rows, or rows of a label element beside its
// value. Its score is small (no sentences), so it never joined as a sibling; a reader copying the
// event copies it. What tells it from chrome is shape alone: every text of the section is a
// heading or a pair, the values are mostly unlinked (a category or a map link among them; a
// taxonomy row links every value), it has a heading (a post's info line has none), and between
// the description and it stand only action rows (a calendar or share button's links).
#include <string_view>

#include "extract_impl.hpp"
#include "text_lines.hpp"

namespace winnow::detail::extraction {

namespace {

constexpr std::uint32_t kLabelMax = 40;     // "Event Category:", "Punto de encuentro:"
constexpr std::uint32_t kValueMax = 160;    // a date, a time span, an address: not a paragraph
constexpr std::uint32_t kSectionMax = 900;  // a few groups of pairs, not a column
constexpr std::uint32_t kActionRowMax = 80; // a calendar or share row between: a few links
constexpr int kPairsMin = 3, kGroupsMax = 4, kDepth = 4, kRowsBetween = 2;

bool is_block_box(GumboTag t) {
    return t == GUMBO_TAG_DIV || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_P || t == GUMBO_TAG_UL || t == GUMBO_TAG_OL ||
           t == GUMBO_TAG_DL || t == GUMBO_TAG_TABLE || t == GUMBO_TAG_ARTICLE || t == GUMBO_TAG_ASIDE || is_heading(t);
}

}  // namespace

// What a box of pairs holds, counted: pairs, those whose value is mostly linked, headings.
struct Extractor::DetailPairs {
    int pairs = 0, linked = 0, headings = 0, containers = 0;
    bool ok = true;
};

void Extractor::add_pair(std::uint32_t label, std::uint32_t value_text, std::uint32_t value_links, DetailPairs& p) const {
    if (stats_[label].text == 0 || stats_[label].text > kLabelMax || value_text == 0 || value_text > kValueMax ||
        stats_[label].link_text > 0) {
        p.ok = false;
        return;
    }
    ++p.pairs;
    if (value_links * 2 >= value_text) ++p.linked;
}

// A row of a label element beside its value: the first child with text an inline element, the
// rest (text or inline elements) the value; no block inside.
bool Extractor::pair_row(std::uint32_t row, DetailPairs& p) const {
    std::uint32_t label = no_node, value_text = 0, value_links = 0;
    for (std::uint32_t c = dom_.nodes[row].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        const DomNode& e = dom_.nodes[c];
        if (e.removed || stats_[c].text == 0) continue;
        if (e.type == NodeType::element && is_block_box(e.tag)) return false;
        if (label == no_node) {
            if (e.type != NodeType::element) return false;
            label = c;
            continue;
        }
        value_text += stats_[c].text;
        value_links += stats_[c].link_text;
    }
    if (label == no_node || value_text == 0) return false;
    add_pair(label, value_text, value_links, p);
    return true;
}

// The pairs of a <dl> (each <dt> over its <dd>) or of a table's two-cell rows.
void Extractor::list_pairs(std::uint32_t n, DetailPairs& p) const {
    ++p.containers;
    std::uint32_t label = no_node;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node && p.ok; d = dom_.next_in(d, n)) {
        const DomNode& e = dom_.nodes[d];
        if (e.type != NodeType::element || e.removed || stats_[d].text == 0) continue;
        if (e.tag == GUMBO_TAG_DT || e.tag == GUMBO_TAG_TH || (e.tag == GUMBO_TAG_TD && label == no_node)) {
            if (label != no_node && e.tag == GUMBO_TAG_DT) p.ok = false;  // a term without its value
            label = d;
        } else if (e.tag == GUMBO_TAG_DD || e.tag == GUMBO_TAG_TD) {
            if (label == no_node) p.ok = false;  // a third cell, a value without its label
            else add_pair(label, stats_[d].text, stats_[d].link_text, p);
            label = no_node;
        } else if (e.tag == GUMBO_TAG_TR) {
            if (label != no_node) p.ok = false;  // a row of one cell
            label = no_node;
        }
    }
    if (label != no_node) p.ok = false;
}

// Every text of box n a heading or a pair, through boxes of groups kDepth levels deep.
void Extractor::section_pairs(std::uint32_t n, int depth, DetailPairs& p) const {
    for (std::uint32_t c = dom_.nodes[n].first_child; c != no_node && p.ok; c = dom_.nodes[c].next_sibling) {
        const DomNode& e = dom_.nodes[c];
        if (e.removed || stats_[c].text == 0) continue;
        if (e.type != NodeType::element) {
            p.ok = false;  // loose text: prose, not a box of pairs
        } else if (is_heading(e.tag)) {
            if (stats_[c].link_text > 0 || stats_[c].text > kLabelMax) p.ok = false;
            ++p.headings;
        } else if (e.tag == GUMBO_TAG_DL || e.tag == GUMBO_TAG_TABLE) {
            list_pairs(c, p);
        } else if (!pair_row(c, p)) {
            if (depth == 0 || !is_block_box(e.tag)) p.ok = false;
            else section_pairs(c, depth - 1, p);
        }
    }
}

bool Extractor::is_details_section(std::uint32_t n, std::uint32_t root) const {
    const NodeStats& s = stats_[n];
    if (n <= root || s.text < kPairsMin * 10 || s.text > kSectionMax || s.link_text * 4 >= s.text || comments_[n] ||
        thread_of(n) != no_node || !is_block_box(dom_.nodes[n].tag))
        return false;
    // Right after the description: only action rows (a few links, nothing else) between.
    int rows = 0;
    for (std::uint32_t b = dom_.previous_sibling(n); b != root; b = dom_.previous_sibling(b)) {
        if (b == no_node) return false;
        if (dom_.nodes[b].type != NodeType::element || dom_.nodes[b].removed || stats_[b].text == 0) continue;
        if (stats_[b].text > kActionRowMax || link_density(b) < 0.5f || ++rows > kRowsBetween) return false;
    }
    DetailPairs p;
    if (dom_.nodes[n].tag == GUMBO_TAG_DL || dom_.nodes[n].tag == GUMBO_TAG_TABLE) list_pairs(n, p);
    else section_pairs(n, kDepth, p);
    // Headed, a few groups, mostly unlinked values.
    return p.ok && p.headings > 0 && p.headings <= kGroupsMax && p.pairs >= kPairsMin && p.linked * 3 <= p.pairs;
}

}  // namespace winnow::detail::extraction
