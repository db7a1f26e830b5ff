#include "offer_box.hpp"

#include <string>
#include <string_view>

#include "filters/evidence.hpp"
#include "text_length.hpp"

namespace winnow::detail {

namespace {

constexpr std::size_t kBoxNodes = 40;      // a box of a few lines is a few dozen nodes
constexpr std::size_t kLineChars = 120;    // its text beside the way out, Latin-equivalent
constexpr std::size_t kWayOutChars = 40;   // a button's few words
constexpr std::size_t kProseChars = 48;    // a paragraph of the article around it, closing on a stop
constexpr std::size_t kSiblingWalk = 60;

bool is_box_tag(GumboTag t) {
    return t == GUMBO_TAG_DIV || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_TABLE;
}

// Content a box of short lines never holds: its own list, table, picture, quotation, code block
// or typing field makes it the article's (an ingredients box, a spec table, a figure).
bool is_content_tag(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: case GUMBO_TAG_IMG: case GUMBO_TAG_VIDEO:
        case GUMBO_TAG_AUDIO: case GUMBO_TAG_FIGURE: case GUMBO_TAG_IFRAME: case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_PRE: case GUMBO_TAG_INPUT: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_SELECT:
        case GUMBO_TAG_FORM: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
        case GUMBO_TAG_H1: case GUMBO_TAG_H2:
            return true;
        default:
            return false;
    }
}

std::string_view trimmed(std::string_view t) {
    while (!t.empty() && (t.front() == ' ' || t.front() == '\n' || t.front() == '\t' || t.front() == '\r')) t.remove_prefix(1);
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '\t' || t.back() == '\r')) t.remove_suffix(1);
    return t;
}

// A container of blocks (a header's, a thread's) is no paragraph; a few dozen nodes are read.
bool holds_block(const Dom& dom, std::uint32_t n) {
    std::size_t seen = 0;
    for (std::uint32_t m = dom.next_in(n, n); m != no_node; m = dom.next_in(m, n)) {
        if (++seen > kBoxNodes) return true;
        if (dom.nodes[m].type == NodeType::element && is_block_element(dom.nodes[m].tag)) return true;
    }
    return false;
}

// A paragraph of the article's prose: a <p> or a div of text without blocks inside (or bare
// text), a sentence longer than a box's line, or longer still.
bool is_prose(const Dom& dom, std::uint32_t s) {
    std::string text;
    if (dom.nodes[s].type == NodeType::text) text = dom.nodes[s].text;
    else if (dom.nodes[s].type == NodeType::element && (dom.is(s, GUMBO_TAG_P) || dom.is(s, GUMBO_TAG_DIV)) && !holds_block(dom, s))
        text = dom.text_of(s, 8 * kProseChars);
    else
        return false;
    const std::string_view t = trimmed(text);
    const std::size_t chars = text_length(t);
    return chars >= 3 * kProseChars || (chars >= kProseChars && ends_on_sentence_stop(t));
}

// Prose stands among n's siblings on the given side (within kSiblingWalk of them).
bool prose_beside(const Dom& dom, std::uint32_t n, bool forward) {
    std::size_t seen = 0;
    if (forward) {
        for (std::uint32_t s = dom.nodes[n].next_sibling; s != no_node && ++seen < kSiblingWalk; s = dom.nodes[s].next_sibling)
            if (is_prose(dom, s)) return true;
        return false;
    }
    for (std::uint32_t s = dom.previous_sibling(n); s != no_node && ++seen < kSiblingWalk; s = dom.previous_sibling(s))
        if (is_prose(dom, s)) return true;
    return false;
}

bool is_way_out(const Dom& dom, std::uint32_t m) {
    return dom.is(m, GUMBO_TAG_BUTTON) || (dom.is(m, GUMBO_TAG_A) && !dom.attr(m, "href").empty());
}

// A link written as its own address (an e-mail, a host: no space, an '@' or a dot inside) is a
// contact line — a byline box's "write to the desk" — not a call to act.
bool is_written_address(std::string_view t) {
    if (t.empty() || t.find(' ') != std::string_view::npos) return false;
    const auto dot = t.find('.');
    return t.find('@') != std::string_view::npos || (dot != std::string_view::npos && dot > 0 && dot + 1 < t.size());
}

}  // namespace

bool is_offer_box(const Dom& dom, std::uint32_t n) {
    if (!is_box_tag(dom.nodes[n].tag) || dom.nodes[n].parent == no_node) return false;
    // Nodes are in pre-order: the subtree's size is where the walk past it lands, so a container
    // (most divs a page has) is told from a box without reading it.
    const std::uint32_t after = dom.next_in(n, 0, true);
    const std::size_t end = after == no_node ? dom.nodes.size() : after;
    if (end - n > kBoxNodes + 1) return false;
    // First its elements alone (most small boxes have no link or several: read no text).
    std::uint32_t way_out = no_node, last_text_in = no_node;
    for (std::uint32_t m = n + 1; m < end && m < dom.nodes.size(); ++m) {
        const DomNode& d = dom.nodes[m];
        if (d.type != NodeType::element) continue;
        if (is_content_tag(d.tag)) return false;
        if (is_way_out(dom, m)) {
            if (way_out != no_node) return false;  // one way out
            way_out = m;
        }
    }
    if (way_out == no_node) return false;
    const std::uint32_t past_way_out = dom.next_in(way_out, n, true);
    const std::size_t way_out_end = past_way_out == no_node ? end : past_way_out;
    std::size_t line_chars = 0;
    bool figure = false;
    for (std::uint32_t m = n + 1; m < end && m < dom.nodes.size(); ++m) {
        const DomNode& d = dom.nodes[m];
        if (d.type != NodeType::text) continue;
        const std::string_view t = trimmed(d.text);
        if (t.empty()) continue;
        const bool in_way_out = m > way_out && m < way_out_end;
        last_text_in = in_way_out ? way_out : n;
        if (in_way_out) continue;
        // A line of prose or a quotation is the article's.
        if (ends_on_sentence_stop(t) && text_length(t) > kLineChars / 2) return false;
        if (t.starts_with("\"") || t.starts_with("\u201C") || t.starts_with("\u00AB") || t.starts_with("\u201E") || t.starts_with("\u300C"))
            return false;
        line_chars += text_length(t);
        if (line_chars > kLineChars) return false;
        for (char c : t) figure = figure || (c >= '0' && c <= '9');
    }
    if (last_text_in != way_out || !figure || line_chars == 0) return false;
    const std::string out = dom.text_of(way_out, 4 * kWayOutChars);
    if (text_length(trimmed(out)) > kWayOutChars || is_written_address(trimmed(out))) return false;
    if (dom.is(way_out, GUMBO_TAG_A) && trimmed(dom.attr(way_out, "href")).starts_with("mailto:")) return false;
    return prose_beside(dom, n, false) && prose_beside(dom, n, true);
}

}  // namespace winnow::detail
