#include "dropped_actions.hpp"
#include "filters/evidence.hpp"
#include "prune.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace winnow::detail {

namespace {

bool is_ws(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

bool leads_out(std::string_view href) { return !href.empty() && href.front() != '#' && !href.starts_with("javascript:"); }

// What a removed subtree holds, read whatever its descendants' removed flags say.
struct Dropped {
    std::string text;          // whitespace collapsed
    std::size_t chars = 0;     // visible bytes
    std::size_t link_chars = 0;
    std::size_t bold_chars = 0;  // set in bold (b, strong)
    std::size_t links = 0;     // links leading out
    bool control = false;      // a form, button or input
    bool chrome = false;       // navigation or a hidden element: not a box's way out
    std::string plain;         // the visible text outside links, whitespace dropped (kept short)
};

// A way out is short: reading stops past this much text or this many nodes (a dropped sidebar
// can be large, and hostile nesting deep).
constexpr std::size_t kMaxChars = 200;
constexpr std::size_t kMaxNodes = 2000;
constexpr int kLinkReach = 32;  // ancestors looked at for an enclosing link (or bold)
constexpr std::size_t kButtonChars = 40;
constexpr std::size_t kRowLinks = 4, kRowButtonChars = 24;  // a row of buttons: three or four short links
constexpr std::size_t kRowMarkBytes = 3;  // between two of them: one mark of up to three UTF-8 bytes

Dropped read_dropped(const Dom& dom, std::uint32_t root) {
    Dropped d;
    bool space = false;
    std::size_t nodes = 0;
    for (std::uint32_t n = root; n != no_node && d.chars <= kMaxChars && ++nodes <= kMaxNodes;) {
        const DomNode& node = dom.nodes[n];
        if (node.type == NodeType::element) {
            if (node.tag == GUMBO_TAG_NAV || is_hidden(dom, n)) {
                d.chrome = d.chrome || n == root || node.tag == GUMBO_TAG_NAV;
                n = dom.next_in(n, root, true);
                continue;
            }
            if (node.tag == GUMBO_TAG_SCRIPT || node.tag == GUMBO_TAG_STYLE || node.tag == GUMBO_TAG_TEMPLATE) {
                n = dom.next_in(n, root, true);
                continue;
            }
            if (node.tag == GUMBO_TAG_A && leads_out(dom.attr(n, "href"))) ++d.links;
            d.control = d.control || node.tag == GUMBO_TAG_FORM || node.tag == GUMBO_TAG_BUTTON ||
                        (node.tag == GUMBO_TAG_INPUT && dom.attr(n, "type") != "hidden");
        } else if (node.type == NodeType::text) {
            bool in_link = false, in_bold = false;
            int reach = 0;
            for (std::uint32_t p = node.parent; p != no_node && !(in_link && in_bold) && reach++ < kLinkReach;
                 p = p == root ? no_node : dom.nodes[p].parent) {
                in_link = in_link || (dom.is(p, GUMBO_TAG_A) && leads_out(dom.attr(p, "href")));
                in_bold = in_bold || dom.is(p, GUMBO_TAG_B) || dom.is(p, GUMBO_TAG_STRONG);
            }
            for (unsigned char c : node.text) {
                if (is_ws(c)) {
                    space = !d.text.empty();
                    continue;
                }
                if (space) d.text += ' ';
                space = false;
                d.text += static_cast<char>(c);
                ++d.chars;
                d.link_chars += in_link;
                d.bold_chars += in_bold;
                if (!in_link && d.plain.size() <= kMaxChars) d.plain += static_cast<char>(c);
            }
        }
        n = dom.next_in(n, root);
    }
    return d;
}

// Text between a row's links that is marks alone (a bar, a middle dot, a bullet, a slash): no
// letter or digit of any script, so no label or "and" joins the links.
bool marks_only(std::string_view t) {
    for (std::size_t i = 0; i < t.size();) {
        const char32_t cp = next_code_point(t, i);
        if (is_letter(cp) || (cp >= '0' && cp <= '9')) return false;
    }
    return true;
}

}  // namespace

void record_dropped_actions(const Dom& dom, const std::vector<std::uint32_t>& roots,
                            const std::vector<std::uint32_t>& starts, Document& doc) {
    // The blocks whose start is known, as (start node, order of the block's last descendant),
    // in document order: a removal goes after the last that starts before it.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> known;
    for (std::size_t k = 0; k < starts.size() && k < doc.body.size(); ++k) {
        if (starts[k] == no_node || (!known.empty() && starts[k] <= known.back().first)) continue;
        const Block* last = &doc.body[k];
        while (!last->children.empty()) last = &last->children.back();
        known.emplace_back(starts[k], last->order);
    }
    auto after_block = [&](std::uint32_t n) -> std::uint32_t {
        const auto it = std::upper_bound(known.begin(), known.end(), n,
                                         [](std::uint32_t v, const auto& e) { return v < e.first; });
        return it == known.begin() ? 0 : std::prev(it)->second;
    };
    for (std::uint32_t r : roots) {
        if (dom.nodes[r].removed) continue;
        for (std::uint32_t n = dom.next_in(r, r); n != no_node;) {
            const DomNode& node = dom.nodes[n];
            if (!node.removed || node.type != NodeType::element) {
                n = dom.next_in(n, r);
                continue;
            }
            const Dropped d = read_dropped(dom, n);
            // A way out: a control, or a short text that is mostly one or two links (a link
            // line, a button made of a link). Rows of links are share rows and related stories.
            const bool linked = d.links >= 1 && d.links <= 2 && d.link_chars * 2 > d.chars;
            const bool action = !d.chrome && d.chars <= kMaxChars && (d.control || linked);
            // One short link set in bold as a whole is a button made of a link: as strong a way
            // out as a control (a source or credit line is plain).
            const bool button = linked && d.links == 1 && d.chars <= kButtonChars && d.bold_chars == d.chars;
            // A row of three or four links of a few signs each and nothing else but a separator
            // between them (amounts, choices) is a row of buttons: no credit or source line is
            // made so (their names are longer, or fewer), and a navigation row names itself
            // ("More from us: …").
            // The marks between the links may take a few bytes each (" · ", " • ": a middle dot or
            // bullet is two or three bytes), but no letter or digit.
            const bool button_row = !d.chrome && d.links > 2 && d.links <= kRowLinks &&
                                    d.chars - d.link_chars <= kRowMarkBytes * (d.links - 1) && marks_only(d.plain) &&
                                    d.chars <= d.links * kRowButtonChars;
            if (button_row) {
                Removal rm;
                rm.reason = RemovalReason::boilerplate;
                rm.text = d.text;
                rm.source_line = node.line;
                rm.block = after_block(n);
                rm.score = kButtonRowScore;
                doc.removed.push_back(std::move(rm));
            } else if (action) {
                Removal rm;
                rm.reason = RemovalReason::boilerplate;
                rm.text = d.text;
                rm.source_line = node.line;
                rm.block = after_block(n);
                // (A form or button is the stronger evidence: no credit or quotation ends in one.)
                rm.score = d.control || button ? kControlScore : kLinkLineScore;
                doc.removed.push_back(std::move(rm));
            }
            n = dom.next_in(n, r, true);
        }
    }
}

void place_unnumbered_removals(Document& doc) {
    // A removal goes after the last block (its last descendant: after the whole block) of the
    // body's run from the top that starts on or before its line, up to a block without a line.
    // That run is indexed once, each block with the furthest line so far, so a removal is one
    // binary search, not a walk of the blocks (thousands of removals among thousands of blocks).
    std::vector<std::uint32_t> reach, after;
    for (const Block& b : doc.body) {
        if (b.source_line == 0) break;
        reach.push_back(reach.empty() ? b.source_line : std::max(reach.back(), b.source_line));
        const Block* last = &b;
        while (!last->children.empty()) last = &last->children.back();
        after.push_back(last->order);
    }
    for (Removal& rm : doc.removed) {
        if (rm.span || rm.block != 0 || rm.source_line == 0) continue;
        const auto j = static_cast<std::size_t>(std::upper_bound(reach.begin(), reach.end(), rm.source_line) - reach.begin());
        if (j > 0) rm.block = after[j - 1];
    }
}

}  // namespace winnow::detail
