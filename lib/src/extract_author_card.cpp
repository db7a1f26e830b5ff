// Stage — extract: an author card at the article's end. A small box after the last paragraph
// that opens with a picture (the portrait), then a line that is a name alone, and closes on a
// short link (follow, all posts): the writer's card, whatever its class (a hash) says and
// whether or not the page names its author anywhere else. In a script without capitals the
// name is one to four words of its letters. A longer box after the article, portrait and name
// over paragraphs of which the first opens with that name, is the writer's profile.
#include <algorithm>
#include <string>
#include <string_view>

#include "extract_impl.hpp"
#include "extract_lines.hpp"

namespace winnow::detail::extraction {

namespace {

std::string_view trimmed(std::string_view t) {
    while (!t.empty() && is_space(static_cast<unsigned char>(t.front()))) t.remove_prefix(1);
    while (!t.empty() && is_space(static_cast<unsigned char>(t.back()))) t.remove_suffix(1);
    return t;
}

// Whether the line over a profile's paragraph names whom the paragraph opens with: the whole
// line when it is a name alone, or its last words when they are a name and the words before
// them a short label ("About Jonas Whitfield", "Über die Autorin: Lena Sommerfeld", "À propos
// de Marie Dubois"): the profile's heading says whose it is, the paragraph goes on about them.
bool names_opening(std::string_view line, std::string_view opening) {
    const auto opens_on = [&](std::string_view name) {
        if (!opening.starts_with(name)) return false;
        if (opening.size() == name.size()) return true;
        const char next = opening[name.size()];
        return is_space(static_cast<unsigned char>(next)) || next == ',' || next == '(';
    };
    if (is_name_line(line) && opening.starts_with(line)) return true;
    if (text_length(line) > 60 || line.ends_with('.') || line.ends_with('!') || line.ends_with('?')) return false;
    for (std::size_t i = line.find(' '); i != std::string_view::npos; i = line.find(' ', i + 1)) {
        const std::string_view tail = trimmed(line.substr(i + 1));
        if (is_name_line(tail) && opens_on(tail)) return true;
    }
    return false;
}

}  // namespace

bool Extractor::is_author_card(std::uint32_t n, std::uint32_t root) const {
    const NodeStats& s = stats_[n];
    const DomNode& node = dom_.nodes[n];
    if (!is_block_tag(node.tag) || is_heading(node.tag) || s.text < kCardMin || s.text > kBioMax || holds_core(n))
        return false;
    // A profile after the title's prose, wherever the region's core lies.
    if (after_title_prose(n) && is_profile_box(n)) return true;
    if (links_to_byline(n)) return true;
    if (is_hover_card(n)) return true;
    // The portrait first, then the name as the first line of text.
    bool picture = false;
    std::uint32_t name = no_node, last_link = no_node;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node; d = dom_.next_in(d, n)) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed) continue;
        if (e.type == NodeType::element && e.tag == GUMBO_TAG_IMG && name == no_node) picture = true;
        if (e.type == NodeType::element && e.tag == GUMBO_TAG_A && stats_[d].text > 0) last_link = d;
        if (e.type == NodeType::text && stats_[d].text > 0) {
            if (name == no_node) {
                if (!picture) return false;  // text before the picture: a figure's caption, a teaser
                name = d;
            }
            if (last_link == no_node || d >= subtree_end(last_link)) last_link = no_node;  // text after the link
        }
    }
    if (name == no_node) return false;
    const std::string_view name_text = trimmed(dom_.nodes[name].text);
    // A profile: after the article, its first paragraph opens with the name under the portrait
    // ("Giulia Ferraris è nata …"): the text is about the writer, however long.
    if (core_ != no_node && n >= subtree_end(core_) && s.paragraphs <= kBioParagraphs &&
        opens_with(first_paragraph(n), name_text) && !among_people(n))
        return true;
    if (s.text > kCardMax || s.paragraphs > 1 || among_cards(n)) return false;
    // At the region's end: little of its text after the card.
    if (text_before_[subtree_end(root)] - text_before_[subtree_end(n)] > kEdge) return false;
    if (last_link == no_node || !(is_name_line(name_text) || is_caseless_name_line(name_text))) return false;
    // The closing link is a button: a word or two.
    const std::string label = dom_.text_of(last_link, 40);
    return stats_[last_link].text <= kCardButton && std::count(label.begin(), label.end(), ' ') <= 1;
}

bool Extractor::is_hover_card(std::uint32_t n) const {
    // A byline's hover card: a box after the byline's name, in the byline's box, whose first
    // line is that name again, linking where the byline's name links, and which goes on about
    // the writer (a job title, a bio, the latest article, counts of posts). A box, not a
    // paragraph: a paragraph opening with a link said before is a list's line (a menu's dish).
    const GumboTag tag = dom_.nodes[n].tag;
    if (tag != GUMBO_TAG_DIV && tag != GUMBO_TAG_SECTION && tag != GUMBO_TAG_ASIDE) return false;
    std::uint32_t name = no_node;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node && name == no_node; d = dom_.next_in(d, n)) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed || stats_[d].text == 0) continue;
        if (e.type == NodeType::text) return false;  // text before any link: no card's name
        if (e.type == NodeType::element && e.tag == GUMBO_TAG_A) name = d;
    }
    if (name == no_node || stats_[n].text < stats_[name].text + kCardMin) return false;
    const std::string_view href = dom_.attr(name, "href");
    const std::string name_text = dom_.text_of(name, 80);
    const std::string_view shown = trimmed(name_text);
    if (href.empty() || !(is_name_line(shown) || is_caseless_name_line(shown))) return false;
    // The byline's own link to the writer, with the same name, among the boxes before it.
    for (std::uint32_t c = dom_.previous_sibling(n); c != no_node; c = dom_.previous_sibling(c))
        for (std::uint32_t d = c, end = subtree_end(c); d != no_node && d < end; d = dom_.next_in(d, c)) {
            if (dom_.nodes[d].type != NodeType::element || dom_.nodes[d].tag != GUMBO_TAG_A || dom_.attr(d, "href") != href) continue;
            const std::string t = dom_.text_of(d, 80);
            if (trimmed(t) == shown) return true;
        }
    return false;
}

bool Extractor::is_profile_box(std::uint32_t n) const {
    const DomNode& node = dom_.nodes[n];
    if (node.type != NodeType::element || !is_block_tag(node.tag) || is_paragraph_like(node.tag) || stats_[n].text < kCardMin ||
        stats_[n].text > kBioMax || stats_[n].paragraphs > kBioParagraphs)
        return false;
    // The portrait, then the name as the first line of text.
    bool picture = false;
    std::string_view name;
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node && name.empty(); d = dom_.next_in(d, n)) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed) continue;
        if (e.type == NodeType::element && e.tag == GUMBO_TAG_IMG) picture = true;
        if (e.type == NodeType::text && stats_[d].text > 0) {
            if (!picture) return false;
            name = trimmed(e.text);
        }
    }
    return !name.empty() && opens_with(first_paragraph(n), name) && !among_people(n);
}

bool Extractor::among_people(std::uint32_t n) const {
    // One such box: siblings of its tag and class that open alike are a list of people.
    const DomNode& node = dom_.nodes[n];
    const std::uint32_t parent = node.parent;
    const std::string_view cls = dom_.attr(n, "class");
    for (std::uint32_t c = parent == no_node ? no_node : dom_.nodes[parent].first_child; c != no_node; c = dom_.nodes[c].next_sibling)
        if (c != n && dom_.nodes[c].type == NodeType::element && dom_.nodes[c].tag == node.tag && dom_.attr(c, "class") == cls &&
            stats_[c].text >= kCardMin && first_paragraph(c) != no_node) {
            bool portrait = false;
            for (std::uint32_t d = dom_.next_in(c, c); d != no_node && !portrait; d = dom_.next_in(d, c))
                portrait = dom_.nodes[d].type == NodeType::element && dom_.nodes[d].tag == GUMBO_TAG_IMG;
            if (portrait) return true;
        }
    return false;
}

bool Extractor::among_cards(std::uint32_t n) const {
    // A box that is all of its parent's text stands for it: the entries of a list are the
    // parent's siblings ("<article class=message><div class=message-inner>…", each post).
    while (dom_.nodes[n].parent != no_node && stats_[dom_.nodes[n].parent].text == stats_[n].text &&
           dom_.nodes[dom_.nodes[n].parent].tag != GUMBO_TAG_BODY && dom_.nodes[n].parent != dom_.body)
        n = dom_.nodes[n].parent;
    const DomNode& node = dom_.nodes[n];
    const std::string_view cls = dom_.attr(n, "class");
    int alike = 0;
    for (std::uint32_t c = node.parent == no_node ? no_node : dom_.nodes[node.parent].first_child; c != no_node && alike < 2;
         c = dom_.nodes[c].next_sibling) {
        if (c == n || dom_.nodes[c].type != NodeType::element || dom_.nodes[c].removed || dom_.nodes[c].tag != node.tag ||
            dom_.attr(c, "class") != cls || stats_[c].text < kCardMin)
            continue;
        for (std::uint32_t d = dom_.next_in(c, c); d != no_node; d = dom_.next_in(d, c))
            if (dom_.nodes[d].type == NodeType::element && dom_.nodes[d].tag == GUMBO_TAG_IMG) {
                ++alike;
                break;
            }
    }
    return alike >= 2;
}

std::uint32_t Extractor::first_paragraph(std::uint32_t n) const {
    for (std::uint32_t d = dom_.next_in(n, n); d != no_node; d = dom_.next_in(d, n)) {
        const DomNode& e = dom_.nodes[d];
        // Prose set loose in a box, beside the heading over it (no <p>, no <div> of its own),
        // is a paragraph too when it holds more than a line: the heading's line is shorter.
        if (e.type == NodeType::text && stats_[d].text >= kShortArticle && e.parent != no_node && !dom_.nodes[e.parent].removed &&
            !is_heading(dom_.nodes[e.parent].tag) && dom_.nodes[e.parent].tag != GUMBO_TAG_A)
            return d;
        if (e.type != NodeType::element || e.removed) continue;
        if (e.tag == GUMBO_TAG_P) return d;
        // A paragraph written as a <div> of text (no blocks in it) is one too, when it holds
        // more than a line: the name above it is such a <div> of one line.
        if (e.tag == GUMBO_TAG_DIV && stats_[d].text >= kShortArticle && is_text_div(d)) return d;
    }
    return no_node;
}

bool Extractor::opens_with(std::uint32_t p, std::string_view name) const {
    if (p == no_node || name.empty()) return false;
    const std::string t = dom_.text_of(p, static_cast<std::uint32_t>(name.size() + 8));
    return names_opening(trimmed(name), trimmed(t));
}

}  // namespace winnow::detail::extraction
