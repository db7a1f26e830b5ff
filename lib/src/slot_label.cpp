#include "slot_label.hpp"

#include <string_view>

#include "ascii.hpp"
#include "filters/evidence.hpp"
#include "text_lines.hpp"
#include "text_length.hpp"

namespace winnow::detail {

namespace {

// A label is a few words: "Advertisement", "Continue reading below", "Click to enlarge".
constexpr std::size_t kLabelChars = 32;
constexpr std::size_t kLabelBytes = 160;

std::string_view trimmed(std::string_view t) {
    while (!t.empty() && is_ascii_space(t.front())) t.remove_prefix(1);
    while (!t.empty() && is_ascii_space(t.back())) t.remove_suffix(1);
    return t;
}

// One short line with no figure that does not end a sentence: a sentence, however short, is the
// author's.
bool is_label_text(std::string_view text) {
    const std::string_view t = trimmed(text);
    if (t.empty() || t.find('\n') != std::string_view::npos || text_length(t) > kLabelChars) return false;
    // A figure is a date's, a time's or a count's: a dateline or "3 comments" is the page's own line.
    for (char c : t)
        if (c >= '0' && c <= '9') return false;
    for (std::string_view end : {".", "!", "?", "\u3002", "\uFF01", "\uFF1F", "\u0964"})
        if (t.ends_with(end)) return false;
    return true;
}

// Labels and slots are a handful of nodes: every walk here stops after kSmallBox of them, so a box
// of the page's size costs no more than a small one (prune asks about every div).
constexpr std::size_t kSmallBox = 12;

// Text or a picture in n's subtree; a subtree past kSmallBox nodes counts as holding something.
bool holds_text_or_media(const Dom& dom, std::uint32_t n) {
    std::size_t seen = 0;
    for (std::uint32_t m = dom.next_in(n, n); m != no_node; m = dom.next_in(m, n)) {
        if (++seen > kSmallBox) return true;
        const DomNode& d = dom.nodes[m];
        if (d.type == NodeType::text && !trimmed(d.text).empty()) return true;
        if (d.type == NodeType::element && (d.tag == GUMBO_TAG_IMG || d.tag == GUMBO_TAG_VIDEO || d.tag == GUMBO_TAG_AUDIO ||
                                            d.tag == GUMBO_TAG_OBJECT || d.tag == GUMBO_TAG_EMBED || d.tag == GUMBO_TAG_SVG ||
                                            d.tag == GUMBO_TAG_CANVAS || d.tag == GUMBO_TAG_INPUT || d.tag == GUMBO_TAG_BUTTON))
            return true;
    }
    return false;
}

// What a script fills later: an empty div, ins, span or iframe (an <a name> anchor or a <br> is
// not a slot).
bool is_placeholder(const Dom& dom, std::uint32_t n) {
    const GumboTag t = dom.nodes[n].tag;
    if (t != GUMBO_TAG_DIV && t != GUMBO_TAG_INS && t != GUMBO_TAG_SPAN && t != GUMBO_TAG_IFRAME) return false;
    return !holds_text_or_media(dom, n);
}

bool is_small(const Dom& dom, std::uint32_t n) {
    std::size_t seen = 0;
    for (std::uint32_t m = dom.next_in(n, n); m != no_node; m = dom.next_in(m, n))
        if (++seen > kSmallBox) return false;
    return true;
}

// A label is a line of plain text: a heading, a code block (a shell line over its empty copy
// button), a list or a quote is the article's.
bool is_label_tag(GumboTag t) {
    return t == GUMBO_TAG_SPAN || t == GUMBO_TAG_P || t == GUMBO_TAG_DIV || t == GUMBO_TAG_SMALL || t == GUMBO_TAG_STRONG ||
           t == GUMBO_TAG_B || t == GUMBO_TAG_EM || t == GUMBO_TAG_I || t == GUMBO_TAG_LABEL;
}

bool is_image_file(std::string_view href) {
    if (const auto q = href.find_first_of("?#"); q != std::string_view::npos) href = href.substr(0, q);
    const auto dot = href.rfind('.');
    if (dot == std::string_view::npos || href.find('/', dot) != std::string_view::npos) return false;
    const std::string ext = ascii_lower(href.substr(dot + 1));
    for (std::string_view e : {"jpg", "jpeg", "png", "gif", "webp", "avif", "bmp", "tif", "tiff"})
        if (ext == e) return true;
    return false;
}

std::uint32_t first_element(const Dom& dom, std::uint32_t n) {
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling)
        if (dom.nodes[c].type == NodeType::element) return c;
        else if (dom.nodes[c].type == NodeType::text) return no_node;
    return no_node;
}

std::uint32_t element_sibling(const Dom& dom, std::uint32_t n, bool forward) {
    if (forward) {
        for (std::uint32_t s = dom.nodes[n].next_sibling; s != no_node; s = dom.nodes[s].next_sibling)
            if (dom.nodes[s].type == NodeType::element) return s;
        return no_node;
    }
    // (Climbed back with previous_sibling, not walked to from the parent's first child: a span
    // late in a long line would read every sibling before it.)
    for (std::uint32_t s = dom.previous_sibling(n); s != no_node; s = dom.previous_sibling(s))
        if (dom.nodes[s].type == NodeType::element) return s;
    return no_node;
}

// A neighbour of the same tag, class and first child's tag with another label: the box is one
// row of a table laid out in divs (a feature's name over its empty check-mark cells), not a slot.
// (Two slots in a row carry the same label.)
bool is_row_among_rows(const Dom& dom, std::uint32_t n, std::uint32_t label, std::string_view text) {
    if (dom.nodes[n].parent == no_node) return false;
    const std::string_view cls = dom.attr(n, "class");
    for (bool forward : {false, true}) {
        const std::uint32_t s = element_sibling(dom, n, forward);
        if (s == no_node || dom.nodes[s].tag != dom.nodes[n].tag || dom.attr(s, "class") != cls) continue;
        const std::uint32_t f = first_element(dom, s);
        if (f != no_node && dom.nodes[f].tag == dom.nodes[label].tag &&
            trimmed(dom.text_of(f, kLabelBytes + 1)) != trimmed(text))
            return true;
    }
    return false;
}

}  // namespace

bool is_slot_label_box(const Dom& dom, std::uint32_t n) {
    if (!slot_box_tag(dom.nodes[n].tag)) return false;
    // The cheapest facts first, from the children's types alone: two elements at least (a label
    // and a slot) and no bare text before the second. Most boxes (a wrapper of one child, a box
    // of prose) end here, before any child's subtree is walked.
    int elements = 0;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node && elements < 2; c = dom.nodes[c].next_sibling) {
        const NodeType t = dom.nodes[c].type;
        if (t == NodeType::element) ++elements;
        else if (t != NodeType::whitespace && t != NodeType::comment) return false;
    }
    if (elements < 2) return false;
    std::uint32_t label = no_node;
    int slots = 0;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        const DomNode& d = dom.nodes[c];
        if (d.type == NodeType::whitespace || d.type == NodeType::comment) continue;
        if (d.type != NodeType::element) return false;  // bare text beside the slot: the box's own words
        // The label stands first, over its slot: a box that opens with an empty element (an
        // avatar, a share bar a script fills) before a short line is a byline's or a dateline's.
        if (label != no_node && is_placeholder(dom, c)) {
            ++slots;
        } else if (label == no_node && is_label_tag(d.tag) && is_small(dom, c) && holds_text_or_media(dom, c)) {
            label = c;
        } else {
            return false;
        }
    }
    if (label == no_node || slots == 0) return false;
    // The label is one line of text only: no picture, no block inside.
    for (std::uint32_t m = dom.next_in(label, label); m != no_node; m = dom.next_in(m, label)) {
        const DomNode& d = dom.nodes[m];
        if (d.type == NodeType::element && (is_block_element(d.tag) || d.tag == GUMBO_TAG_IMG || d.tag == GUMBO_TAG_A)) return false;
    }
    const std::string text = dom.text_of(label, kLabelBytes + 1);
    return text.size() <= kLabelBytes && is_label_text(text) && !is_row_among_rows(dom, n, label, text);
}

std::size_t prune_zoom_link_label(Dom& dom, std::uint32_t n) {
    // (Asked of every link: the picture inside is looked for before the href is read.)
    // (One walk tells both: small, and holding an image.)
    if (dom.nodes[n].tag != GUMBO_TAG_A || dom.nodes[n].first_child == no_node) return 0;
    bool image = false;
    std::size_t seen = 0;
    for (std::uint32_t m = dom.next_in(n, n); m != no_node; m = dom.next_in(m, n)) {
        if (++seen > kSmallBox) return 0;
        image = image || (dom.nodes[m].type == NodeType::element && dom.nodes[m].tag == GUMBO_TAG_IMG);
    }
    if (!image || !is_image_file(trimmed(dom.attr(n, "href")))) return 0;
    const std::string text = dom.text_of(n, kLabelBytes + 1);
    if (text.size() > kLabelBytes || !is_label_text(text)) return 0;
    std::size_t removed = 0;
    for (std::uint32_t m = dom.next_in(n, n); m != no_node; m = dom.next_in(m, n))
        if (dom.nodes[m].type == NodeType::text && !dom.nodes[m].removed) {
            dom.nodes[m].removed = true;
            ++removed;
        }
    return removed;
}

namespace {

// The stamp's one run of text: straight inside n, or inside the one stamp element n wraps
// (<span class="ago"><time datetime=…>3 hours ago</time></span>). Gives no_node for more markup.
std::uint32_t stamp_text_holder(const Dom& dom, std::uint32_t n) {
    std::uint32_t inner = no_node;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        const DomNode& d = dom.nodes[c];
        if (d.type == NodeType::text && !trimmed(d.text).empty()) return inner == no_node ? n : no_node;
        if (d.type != NodeType::element) continue;
        if (inner != no_node || !lone_stamp_tag(d.tag)) return no_node;
        inner = c;
    }
    if (inner == no_node) return no_node;
    for (std::uint32_t m = dom.next_in(inner, inner); m != no_node; m = dom.next_in(m, inner))
        if (dom.nodes[m].type == NodeType::element) return no_node;
    return inner;
}

// Two more elements of n's tag and class among its siblings, with other text: the stamps are a
// series' labels (a timeline's years between its paragraphs, a live page's update times), the
// page's own structure, not a stray stamp or two.
bool in_series(const Dom& dom, std::uint32_t n, std::string_view text) {
    const std::string_view cls = dom.attr(n, "class");
    std::size_t seen = 0, like = 0;
    for (std::uint32_t s = dom.nodes[dom.nodes[n].parent].first_child; s != no_node && ++seen < 200; s = dom.nodes[s].next_sibling)
        if (s != n && dom.nodes[s].type == NodeType::element && dom.nodes[s].tag == dom.nodes[n].tag && dom.attr(s, "class") == cls &&
            trimmed(dom.text_of(s, kLabelBytes + 1)) != text && ++like >= 2)
            return true;
    return false;
}

// A paragraph of prose: a <p> or a div whose text is longer than a label and closes on a
// sentence end (or is longer still: a script without stops); a byline or a title is not.
// A <p> (or, lenient, for the prose that goes on after the stamp, any such block) is prose as a
// sentence longer than half a label, or as any text of two labels' length.
bool is_prose(const Dom& dom, std::uint32_t n, bool lenient = false) {
    if (!dom.is(n, GUMBO_TAG_P) && !dom.is(n, GUMBO_TAG_DIV)) return false;
    const std::string text = dom.text_of(n, 4 * kLabelBytes);
    const std::string_view t = trimmed(text);
    if (text.size() > 4 * kLabelBytes) return true;  // (read no further: a long text is prose)
    const std::size_t chars = text_length(t);
    if (chars > 5 * kLabelChars / 2) return true;  // (a script without stops: Thai, Lao)
    if ((lenient || dom.is(n, GUMBO_TAG_P)) && chars > kLabelChars / 2 && ends_on_sentence_stop(t)) return true;
    if (chars <= 2 * kLabelChars) return false;
    if (lenient || dom.is(n, GUMBO_TAG_P)) return true;  // (its tag says paragraph; the length says not a byline)
    return ends_on_sentence_stop(t);
}

// A container of blocks (a comment thread's, a footer's) is no paragraph going on; a few dozen
// nodes are read.
bool holds_block(const Dom& dom, std::uint32_t n) {
    std::size_t seen = 0;
    for (std::uint32_t m = dom.next_in(n, n); m != no_node; m = dom.next_in(m, n)) {
        if (++seen > 4 * kSmallBox) return true;
        if (dom.nodes[m].type == NodeType::element && is_block_element(dom.nodes[m].tag)) return true;
    }
    return false;
}

// The stamp's place: between two <p>s; or after prose, with prose going on within the next three
// blocks (past an ad box, a card, a heading). A stamp closing the article (before its comments)
// or under a byline paragraph is its dateline.
bool between_paragraphs(const Dom& dom, std::uint32_t prev, std::uint32_t next) {
    if (dom.is(prev, GUMBO_TAG_P) && dom.is(next, GUMBO_TAG_P)) return true;
    if (!is_block_element(dom.nodes[next].tag) || !is_prose(dom, prev)) return false;
    // (Blocks are counted; an inline title and its <br> between them are passed over.)
    int blocks = 0, steps = 0;
    for (std::uint32_t s = next; s != no_node && blocks < 3 && ++steps <= 8; s = element_sibling(dom, s, true)) {
        if (!is_block_element(dom.nodes[s].tag)) continue;
        if (is_prose(dom, s, true) && !holds_block(dom, s)) return true;
        ++blocks;
    }
    return false;
}

}  // namespace

bool is_lone_stamp(const Dom& dom, std::uint32_t n) {
    if (!lone_stamp_tag(dom.nodes[n].tag)) return false;
    if (dom.nodes[n].parent == no_node || !is_small(dom, n)) return false;
    // It stands between paragraphs, with nothing but white space before it: alone in the flow of
    // text, not inside a line, and not under a title (a dateline stays).
    const std::uint32_t prev = element_sibling(dom, n, false), next = element_sibling(dom, n, true);
    if (prev == no_node || next == no_node || !between_paragraphs(dom, prev, next)) return false;
    for (std::uint32_t s = dom.nodes[prev].next_sibling; s != next; s = dom.nodes[s].next_sibling)
        if (dom.nodes[s].type == NodeType::text) return false;
    const std::uint32_t holder = stamp_text_holder(dom, n);
    if (holder == no_node) return false;  // one run of text, no markup but one <time> or span around it
    const std::string text = dom.text_of(holder, kLabelBytes + 1);
    const std::string_view t = trimmed(text);
    if (t.empty() || t.size() > kLabelBytes || text_length(t) > kLabelChars || t.find('\n') != std::string_view::npos) return false;
    // A figure in any script's digits ("3 hours", "৩ ঘণ্টা", "២ ម៉ោង").
    bool figure = false;
    for (std::size_t i = 0; i < t.size() && !figure;) figure = is_digit(next_code_point(t, i));
    if (!figure) return false;
    for (std::string_view end : {".", "!", "?", "\u3002", "\uFF01", "\uFF1F", "\u0964", ":"})
        if (t.ends_with(end)) return false;
    return !in_series(dom, n, t);
}

}  // namespace winnow::detail
