// The lines right under the headline: the dek (a subtitle or standfirst) and a visible byline
// (metadata_parts.hpp).
#include <string>
#include <vector>

#include "byline_author.hpp"
#include "metadata_parts.hpp"
#include "prune.hpp"

namespace winnow::detail::meta {

// The dek: the first short text element right after the headline that is named as one (a
// subtitle, a standfirst), unless it is the article's lead paragraph.
void read_dek(const Dom& dom, PageFacts& facts) {
    int steps = 0;
    for (std::uint32_t n = dom.next_in(facts.headline_node, 0, true); n != no_node && steps < 40;
         n = dom.next_in(n, 0), ++steps) {
        const DomNode& node = dom.nodes[n];
        if (node.type != NodeType::element) continue;
        const bool texty = node.tag == GUMBO_TAG_P || node.tag == GUMBO_TAG_H2 || node.tag == GUMBO_TAG_DIV ||
                           node.tag == GUMBO_TAG_SPAN || node.tag == GUMBO_TAG_H3;
        if (!texty) continue;
        const std::string hints = class_and_id(dom, n);
        const bool dek_hint = hints.find("subtitle") != std::string::npos || hints.find("dek") != std::string::npos ||
                              hints.find("standfirst") != std::string::npos || hints.find("subhead") != std::string::npos ||
                              hints.find("summary") != std::string::npos || hints.find("excerpt") != std::string::npos;
        if (dek_hint) {
            // A box of key points (a list, or a heading over one) sums the story up, but it is
            // the story's text, not a line under its headline.
            for (std::uint32_t d = dom.next_in(n, n); d != no_node; d = dom.next_in(d, n)) {
                const DomNode& e = dom.nodes[d];
                if (e.type == NodeType::element && (e.tag == GUMBO_TAG_UL || e.tag == GUMBO_TAG_OL || e.tag == GUMBO_TAG_LI ||
                                                    heading_level(e.tag) != 0))
                    return;
            }
            // A paragraph followed by more body paragraphs is the article's lead, not a dek. The
            // body paragraph need not be the very next sibling: an inserted box or a run of
            // empty paragraphs may sit between them.
            if (node.tag == GUMBO_TAG_P) {
                bool lead = false;
                int looked = 0;
                for (std::uint32_t next = node.next_sibling; next != no_node && looked < 60 && !lead;
                     next = dom.nodes[next].next_sibling, ++looked)
                    lead = dom.is(next, GUMBO_TAG_P) && dom.text_of(next).size() >= 80;
                if (lead) break;
            }
            const std::string t = trim(dom.text_of(n));
            if (t.size() >= 10 && t.size() <= 400) {
                facts.meta.subtitle = t;
                facts.subtitle_node = n;
            }
            break;
        }
        if (node.tag == GUMBO_TAG_P && dom.text_of(n, 200).size() > 200) return;  // reached the body
    }
}

constexpr std::size_t kBylineRead = 1024;  // bytes of an element read to tell it is no byline

// A byline under the headline names the author when no tag does: the first short line there that
// reads as one, before the body starts.
void read_visible_byline(const Dom& dom, std::uint32_t headline, Metadata& m) {
    int steps = 0;
    for (std::uint32_t n = dom.next_in(headline, 0, true); n != no_node && steps < 60; n = dom.next_in(n, 0), ++steps) {
        if (dom.nodes[n].type != NodeType::element) continue;
        // A box holding the article is read only until it is too long to be a byline (its
        // trimmed text only grows as more is read); a cut text that trims to 160 bytes or less
        // (trim shortens runs of spaces) is read whole.
        const std::string read = dom.text_of(n, kBylineRead);
        std::string t = trim(read);
        if (read.size() > kBylineRead && t.size() <= 160) t = trim(dom.text_of(n));
        if (t.size() > 160) {
            if (dom.is(n, GUMBO_TAG_P)) return;  // reached the body
            continue;
        }
        std::vector<std::string> names = byline_authors(t);
        if (names.empty()) continue;
        // The innermost element that reads as a byline holds only it (a box around it may hold
        // the outlet or the date in the next element).
        for (std::uint32_t c = dom.next_in(n, n); c != no_node; c = dom.next_in(c, n))
            if (dom.nodes[c].type == NodeType::element)
                if (std::vector<std::string> inner = byline_authors(trim(dom.text_of(c))); !inner.empty()) names = std::move(inner);
        for (const std::string& name : names) add_author(m, name, {});
        return;
    }
}

}  // namespace winnow::detail::meta
