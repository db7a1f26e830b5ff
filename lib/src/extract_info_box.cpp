// Stage — extract: the rest of a template's info box under the headline. Joomla and its kin set
// the page's facts in one list ("Details" / "Written by …" / "Category: <a>News</a>" /
// "Published: …" / "Hits: 318"); the date line goes as the page's date, the byline and the counter
// with it (extract_stamp_counts.cpp), and what stays of the box is its label and the category
// link, the template's words, not the article's. Only in a box where the date line and one more
// item were dropped at the region's edge, and only items of a bare label (two words, no digit) or
// a label and a link: a fact of text ("Venue: Town hall") stays.
#include <cstdio>
#include <string>
#include <vector>

#include "extract_impl.hpp"

namespace winnow::detail::extraction {

namespace {

// A label alone: two words at most, no digit, colon or sentence end ("Details"; a
// "Venue: Town hall" is a fact).
bool bare_label(std::string_view t) {
    if (t.empty()) return false;
    int spaces = 0;
    for (const char c : t) {
        if (c == ' ') ++spaces;
        if ((c >= '0' && c <= '9') || c == '.' || c == '!' || c == '?' || c == ':') return false;
    }
    return spaces <= 1;
}

}  // namespace

std::size_t Extractor::drop_info_box_rest(std::uint32_t root) {
    std::size_t dropped = 0;
    const std::vector<std::uint32_t> marked = marked_;  // mark() appends
    for (const std::uint32_t m : marked) {
        const DomNode& d = dom_.nodes[m];
        if (d.type != NodeType::element || d.parent == no_node || !d.removed || stats_[m].text == 0 || stats_[m].text > kStampLine ||
            !is_ancestor(root, m))
            continue;
        dom_.nodes[m].removed = false;
        const bool date = text_holds_ascii_digit(dom_, m) && date_lines_(dom_.text_of(m));
        dom_.nodes[m].removed = true;
        if (!date || !at_edge(m, root)) continue;
        // The box: a dozen items at most, two of them dropped, the rest labels or linked values.
        std::vector<std::uint32_t> rest;
        int items = 0, gone = 0, children = 0;
        bool template_words = true;
        for (std::uint32_t s = dom_.nodes[d.parent].first_child; s != no_node && template_words; s = dom_.nodes[s].next_sibling) {
            const DomNode& e = dom_.nodes[s];
            if (++children > 48) {  // (whitespace and empty boxes count too: a capped walk)
                template_words = false;
                break;
            }
            if (e.type != NodeType::element || stats_[s].text == 0) continue;
            if (++items > 12) template_words = false;
            else if (e.removed) ++gone;
            else {
                const NodeStats& st = stats_[s];
                template_words = st.text <= kStampCount &&
                                 ((st.link_text > 0 && st.text - st.link_text <= 15) || (st.link_text == 0 && st.text <= 20 && bare_label(dom_.text_of(s))));
                rest.push_back(s);
            }
        }
        if (!template_words || gone < 2 || rest.empty()) continue;
        for (const std::uint32_t s : rest) {
            if (debug_) std::fprintf(stderr, "  info box rest: %s\n", dom_.text_of(s).c_str());
            mark(s);
            ++dropped;
        }
    }
    return dropped;
}

}  // namespace winnow::detail::extraction
