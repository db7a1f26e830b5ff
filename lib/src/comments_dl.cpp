#include "comments_dl.hpp"

namespace winnow::detail {

namespace {

// Under n, a text node of two letters or more that is no date line: the writer's name.
bool names_writer(const Dom& dom, std::uint32_t n, PostLines& lines) {
    for (std::uint32_t d = dom.next_in(n, n); d != no_node; d = dom.next_in(d, n)) {
        const DomNode& t = dom.nodes[d];
        if (t.type != NodeType::text || t.removed) continue;
        int letters = 0;
        for (unsigned char ch : t.text)
            if (ch >= 0x80 || ((ch | 0x20) >= 'a' && (ch | 0x20) <= 'z')) ++letters;
        if (letters >= 2 && !lines.date_line(d)) return true;
    }
    return false;
}

bool writer_line(const Dom& dom, std::uint32_t dt, const std::vector<std::uint32_t>& text, PostLines& lines) {
    return text[dt] <= 120 && has_day_line(dom, dt, text, lines) && (has_portrait(dom, dt) || names_writer(dom, dt, lines));
}

}  // namespace

bool dl_thread(const Dom& dom, std::uint32_t n, const std::vector<std::uint32_t>& text,
               const std::vector<std::uint32_t>& link, PostLines& lines) {
    if (dom.nodes[n].tag != GUMBO_TAG_DL || link[n] * 2 >= text[n]) return false;
    int pairs = 0;
    bool want_dt = true;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling) {
        const DomNode& e = dom.nodes[c];
        if (e.type == NodeType::text) {
            if (text[c] > 0) return false;  // loose words between the pairs
            continue;
        }
        if (e.type != NodeType::element || e.removed) continue;
        if (want_dt) {
            if (e.tag != GUMBO_TAG_DT || !writer_line(dom, c, text, lines)) return false;
        } else {
            if (e.tag != GUMBO_TAG_DD || text[c] == 0 || has_heading(dom, c)) return false;
            ++pairs;
        }
        want_dt = !want_dt;
    }
    return want_dt && pairs >= 2;
}

}  // namespace winnow::detail
