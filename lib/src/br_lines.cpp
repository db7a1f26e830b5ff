// One <br>'s line that stands alone (br_lines.hpp).
#include "br_lines.hpp"

#include "filters/evidence.hpp"
#include "text_length.hpp"

namespace winnow::detail {

std::size_t bullet_prefix(std::string_view t) {
    std::size_t p = 0;
    while (p < t.size() && (t[p] == ' ' || t[p] == '\n' || t[p] == '\t')) ++p;
    std::size_t q = p;
    bool bullet = false;
    if (q + 1 < t.size() && (t[q] == '-' || t[q] == '*') && t[q + 1] == ' ') {
        bullet = true;
        ++q;
    } else {
        switch (next_code_point(t, q)) {
            case 0x2022: case 0x00B7: case 0x2023: case 0x25E6: case 0x25AA: case 0x25AB: case 0x25CF: case 0x25CB:
            case 0x25A0: case 0x25A1: case 0x25BA: case 0x25B6: case 0x27A4: case 0x2713:
                bullet = true;
                break;
            default: break;
        }
    }
    if (!bullet) return 0;
    const std::size_t mark_end = q;
    while (q < t.size() && (t[q] == ' ' || t[q] == '\t' || t.substr(q).starts_with("\u00A0"))) q += t[q] == ' ' || t[q] == '\t' ? 1 : 2;
    // A bullet is set apart from its item's first word.
    return q > mark_end && q < t.size() ? q : 0;
}

namespace {

// The first text below or at node n (whitespace and removed subtrees skipped), empty if none
// before the next <br> or block.
std::string_view first_text(const Dom& dom, std::uint32_t n) {
    for (; n != no_node; n = dom.nodes[n].next_sibling) {
        const DomNode& x = dom.nodes[n];
        if (x.removed || x.type == NodeType::whitespace) continue;
        if (x.type == NodeType::text) return x.text;
        if (x.type != NodeType::element || x.tag == GUMBO_TAG_BR) return {};
        for (std::uint32_t m = dom.next_in(n, n); m != no_node;) {
            if (dom.nodes[m].removed) {
                m = dom.next_in(m, n, true);
                continue;
            }
            if (dom.nodes[m].type == NodeType::text) return dom.nodes[m].text;
            m = dom.next_in(m, n);
        }
        return {};
    }
    return {};
}

// Emphasis a layout sets its headings in.
bool heading_face(GumboTag t) {
    return t == GUMBO_TAG_B || t == GUMBO_TAG_STRONG || t == GUMBO_TAG_FONT || t == GUMBO_TAG_BIG || t == GUMBO_TAG_U;
}

// A heading's line: short, not closing a sentence or a clause.
bool heading_text(std::string_view t) {
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n')) t.remove_suffix(1);
    if (t.empty() || text_length(t) > 80) return false;
    // (A line of marks alone, "+++" or "***", parts a layout's sections: it names nothing.)
    bool named = false;
    for (std::size_t i = 0; i < t.size() && !named;) {
        const char32_t cp = next_code_point(t, i);
        named = is_letter(cp) || is_digit(cp);
    }
    if (!named) return false;
    const char last = t.back();
    return last != '.' && last != ',' && last != ';' && last != ':' && !t.ends_with("\u3002") && !t.ends_with("\u060C");
}

// Whether the next line opens in a heading's emphasis too: lines all in bold are an emphasized
// passage (an address, a warning), not a heading over prose.
bool heading_face_next(const Dom& dom, std::uint32_t n) {
    for (; n != no_node; n = dom.nodes[n].next_sibling) {
        const DomNode& x = dom.nodes[n];
        if (x.removed || x.type == NodeType::whitespace) continue;
        return x.type == NodeType::element && heading_face(x.tag);
    }
    return false;
}

}  // namespace

BrLine br_line(const Dom& dom, std::string_view line, std::uint32_t lone, std::uint32_t after) {
    const std::string_view next = first_text(dom, after);
    if (next.find_first_not_of(" \n\t") == std::string_view::npos) return BrLine::join;  // nothing follows on this run
    if (bullet_prefix(next) != 0) return bullet_prefix(line) != 0 ? BrLine::item : BrLine::lead;
    if (lone != no_node && dom.nodes[lone].type == NodeType::element && heading_face(dom.nodes[lone].tag) &&
        heading_text(line) && !heading_face_next(dom, after))
        return BrLine::heading;
    return BrLine::join;
}

}  // namespace winnow::detail
