// Extract: the lines at the article's edges that an old layout sets inside its text flow. Pages
// of table layouts and <font> markup put the tool row ("print | e-mail | font size"), the pager
// ("Page 1 2 3 Next") and the agency's rights line in the same cell as the article, as <br>-parted
// runs of inline elements or as a small table, where no class name tells them apart. Judged by
// shape, whatever their words: a short line that is mostly two or more links (a row of links
// is no sentence), a line set in a small font (the notice under a story), a short line that
// carries a copyright sign (a rights notice) at the article's end, a row of button labels
// parted by one mark ("Share: Facebook · X · Print"). Only at the region's edges:
// between paragraphs the same shapes are as likely the article's own references.
#include <algorithm>
#include <cstdio>
#include <initializer_list>
#include <string>
#include <vector>

#include "extract_impl.hpp"
#include "extract_lines.hpp"
#include "metadata.hpp"
#include "token_row.hpp"

namespace winnow::detail::extraction {

namespace {

// <font size="1">, "-2" or "-3": the old markup's fine print ("-1" is common body text). A
// <small> is left to the noise filters: beside a pitch it is the terms that show a promo.
bool small_font(const Dom& dom, std::uint32_t n) {
    if (!dom.is(n, GUMBO_TAG_FONT)) return false;
    const std::string_view size = dom.attr(n, "size");
    return size == "1" || size == "-2" || size == "-3";
}

std::string line_text(const Dom& dom, const std::vector<std::uint32_t>& line) {
    std::string t;
    bool space = false;  // the source parts the previous piece from the next with white space
    for (std::uint32_t m : line) {
        const DomNode& e = dom.nodes[m];
        const bool text = e.type == NodeType::text;
        if (text && !e.text.empty() && is_space(static_cast<unsigned char>(e.text.front()))) space = true;
        const std::string piece = dom.text_of(m);
        if (space && !t.empty() && !piece.empty() && !is_space(static_cast<unsigned char>(t.back()))) t += ' ';
        t += piece;
        space = text && !e.text.empty() && is_space(static_cast<unsigned char>(e.text.back()));
    }
    return t;
}

// A sentence ends inside t: a stop followed by a space or the end (not "1.7.0", not "A+").
bool ends_a_sentence(std::string_view t) {
    for (std::size_t k = 0; k < t.size(); ++k) {
        const std::size_t end = sentence_end_at(t, k);
        if (end == 3 || (end == 1 && (k + 1 == t.size() || is_space(static_cast<unsigned char>(t[k + 1]))))) return true;
    }
    return false;
}

// Tokens with a letter or a digit in the line's text outside links.
std::uint32_t unlinked_words(const Dom& dom, const std::vector<std::uint32_t>& line) {
    std::uint32_t words = 0;
    const auto count = [&](std::string_view t) {
        bool in_word = false;
        for (char ch : t) {
            const auto c = static_cast<unsigned char>(ch);
            if (is_space(c)) {
                in_word = false;
            } else if (!in_word && is_word_byte(c)) {
                in_word = true;
                ++words;
            }
        }
    };
    for (std::uint32_t m : line) {
        if (dom.nodes[m].type == NodeType::text) {
            count(dom.nodes[m].text);
            continue;
        }
        if (dom.is(m, GUMBO_TAG_A)) continue;
        for (std::uint32_t d = dom.next_in(m, m); d != no_node;) {
            if (dom.nodes[d].removed || dom.is(d, GUMBO_TAG_A)) {
                d = dom.next_in(d, m, true);
                continue;
            }
            if (dom.nodes[d].type == NodeType::text) count(dom.nodes[d].text);
            d = dom.next_in(d, m);
        }
    }
    return words;
}

// Some word of t opens with a small ASCII letter: a phrase ("Edit this page on GitHub"), not
// a title or a name, whose every word is capitalized ("The Daily Post", "Queer History: October").
bool has_small_word(std::string_view t) {
    for (std::size_t k = 0; k < t.size(); ++k)
        if ((k == 0 || is_space(static_cast<unsigned char>(t[k - 1]))) && t[k] >= 'a' && t[k] <= 'z') return true;
    return false;
}

// The one link of a line that is nothing but that link, or no_node.
std::uint32_t lone_link(const Dom& dom, const std::vector<std::uint32_t>& line) {
    std::uint32_t found = no_node;
    for (std::uint32_t m : line) {
        if (dom.nodes[m].type != NodeType::element) continue;
        const std::uint32_t a = dom.is(m, GUMBO_TAG_A) ? m : no_node;
        if (a == no_node || found != no_node) return no_node;
        found = a;
    }
    return found;
}

// A row of controls written as text ("Share: Facebook · Twitter · E-mail · Print", a tool row
// whose buttons kept their labels and lost their links): three or more items of one or two
// words each, most of one word, all parted by one list mark standing between spaces, after a
// label closed by a colon, or four items without one; no item ends a sentence. A sentence, a
// caption or a line of sources or names ("Quellen: Statistisches Landesamt · Deutscher
// Wetterdienst") has longer runs between its marks.
bool is_control_row_text(std::string_view t) {
    static constexpr std::string_view kMarks[] = {" \u00B7 ", " | ", " \u2022 ", " / "};
    std::string_view mark;
    for (std::string_view m : kMarks)
        if (t.find(m) != std::string_view::npos) {
            if (!mark.empty()) return false;  // two kinds of mark: a line of several parts, not one row
            mark = m;
        }
    if (mark.empty()) return false;
    std::vector<std::string_view> items;
    for (std::size_t from = 0;;) {
        const std::size_t at = t.find(mark, from);
        items.push_back(t.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
        if (at == std::string_view::npos) break;
        from = at + mark.size();
    }
    // The label: the first item's words up to a colon.
    bool labelled = false;
    for (std::string_view colon_mark : {std::string_view(":"), std::string_view("\uFF1A")})
        if (const std::size_t colon = items.front().find(colon_mark); !labelled && colon != std::string_view::npos) {
            if (word_runs(items.front().substr(0, colon)) > 3) return false;
            items.front() = items.front().substr(colon + colon_mark.size());
            labelled = true;
        }
    if (items.size() < (labelled ? 3u : 4u)) return false;
    std::size_t one_word = 0;
    for (std::string_view item : items) {
        while (!item.empty() && is_space(static_cast<unsigned char>(item.back()))) item.remove_suffix(1);
        const std::uint32_t words = word_runs(item);
        if (words == 0 || words > 2 || ends_a_sentence(item) || item.find(':') != std::string_view::npos ||
            item.find("\uFF1A") != std::string_view::npos)
            return false;
        if (words == 1) ++one_word;
    }
    // Button labels are single words ("Print", "E-Mail"); a line of sources or names has two.
    return one_word * 2 > items.size();
}

}  // namespace

// Three or more rows of the table (not of tables inside it) hold two or more cells with text.
bool is_grid(const Dom& dom, std::uint32_t table) {
    int rows = 0;
    for (std::uint32_t d = dom.next_in(table, table); d != no_node;) {
        const DomNode& e = dom.nodes[d];
        if (e.removed || e.type != NodeType::element || dom.is(d, GUMBO_TAG_TABLE)) {
            d = dom.next_in(d, table, true);
            continue;
        }
        if (e.tag == GUMBO_TAG_TR) {
            int cells = 0;
            for (std::uint32_t c = e.first_child; c != no_node; c = dom.nodes[c].next_sibling)
                if ((dom.is(c, GUMBO_TAG_TD) || dom.is(c, GUMBO_TAG_TH)) && !dom.nodes[c].removed && text_has_word(dom, c)) ++cells;
            if (cells >= 2 && ++rows >= 3) return true;
            d = dom.next_in(d, table, true);
            continue;
        }
        d = dom.next_in(d, table);
    }
    return false;
}

namespace {

// n or an ancestor is a list's item or a table's cell: a fact among others.
bool in_list_or_table(const Dom& dom, std::uint32_t n) {
    for (std::uint32_t p = n; p != no_node; p = dom.nodes[p].parent) {
        const GumboTag t = dom.nodes[p].tag;
        if (dom.nodes[p].type == NodeType::element &&
            (t == GUMBO_TAG_LI || t == GUMBO_TAG_DD || t == GUMBO_TAG_DT || t == GUMBO_TAG_TD || t == GUMBO_TAG_TH))
            return true;
    }
    return false;
}

}  // namespace

bool Extractor::sentence_between(std::uint32_t first, std::uint32_t last) const {
    for (std::uint32_t d = first; d < last; ++d) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed) {
            d = subtree_end(d) - 1;
            continue;
        }
        if (e.type == NodeType::text && ends_a_sentence(e.text)) return true;
    }
    return false;
}

bool Extractor::sentence_after(std::uint32_t n, std::uint32_t root) const {
    return sentence_between(subtree_end(n), subtree_end(root));
}

bool Extractor::sentence_before(std::uint32_t n, std::uint32_t root) const { return sentence_between(root, n); }

bool Extractor::is_edge_line(const std::vector<std::uint32_t>& line, std::uint32_t root,
                             const std::vector<std::uint32_t>& live_before) const {
    std::uint32_t text = 0, link = 0, links = 0;
    for (std::uint32_t m : line) {
        text += stats_[m].text;
        link += stats_[m].link_text;
    }
    if (text == 0 || text > kEdgeLine) return false;
    for (std::uint32_t m : line) {
        if (dom_.nodes[m].type != NodeType::element) continue;
        const std::uint32_t end = subtree_end(m);
        for (std::uint32_t d = m; d < end; ++d)
            if (!dom_.nodes[d].removed && dom_.is(d, GUMBO_TAG_A) && stats_[d].text > 0) ++links;
    }
    const std::uint32_t first = line.front(), last_end = subtree_end(line.back());
    // Preformatted text is the author's verbatim (a listing), whatever its shape.
    if (dom_.is(first, GUMBO_TAG_PRE) || inside(first, GUMBO_TAG_PRE)) return false;
    // The text after the line that is still the region's: chrome dropped after it (a pager, a
    // box of related links) no longer stands between the line and the article's end.
    const std::uint32_t after = live_before.back() - live_before[last_end - root];
    if (!edge_span(first, last_end, root) && after > kEdge) return false;
    // A note the text points to is its own text, however short or linked (extract_notes.cpp).
    // (So is a note opened by the sign the text's prose marks: "…charge.*" over "* Rates …".)
    if (in_note(first, root) || (line.size() == 1 && is_signed_note(first))) return false;
    // The line's text, built once for the tests below that read it.
    std::string text_cache;
    bool text_built = false;
    const auto line_text_once = [&]() -> const std::string& {
        if (!text_built) {
            text_cache = line_text(dom_, line);
            text_built = true;
        }
        return text_cache;
    };
    // A row of links (a tool row, a pager, "more on this"): mostly links, or half links when
    // three or more; no sentence, and no more unlinked words than links (a label and
    // separators: a caption naming its links with prices between them is text).
    if (links >= 2 && (link * 100 > text * kLinkLinePercent || (links >= 3 && link * 2 > text)) &&
        !ends_a_sentence(line_text_once()) && unlinked_words(dom_, line) <= links)
        return true;
    // A tool row written as text, its buttons' labels parted by one mark; not a row of short
    // tokens with sentences on both sides: that stands inside the prose, the article's own
    // (a song's chords, a series of values; token_row.hpp).
    if (link == 0 && is_control_row_text(line_text_once()) &&
        !(is_short_token_row(line_text_once()) && sentence_before(first, root) && sentence_after(line.back(), root)))
        return true;
    // The rest closes the article: nothing but a little chrome after it.
    if (after > kEdge || text * 4 > stats_[root].text) return false;
    // One element set in a small font, a line of its own: the notice under a story.
    if (line.size() == 1 && dom_.nodes[first].type == NodeType::element && small_font(dom_, first)) return true;
    // A tool link: a line of nothing but one link of a few words, no sentence, leading to
    // another host ("Edit this page on GitHub", "Auf Codeberg ansehen"): the page's way out to
    // where it is kept or shared. A link to the page's own site at the end may be the article's
    // own "read more"; a name alone (two words) may be the author's; a title (every word
    // capitalized) names a work the article cites.
    if (const std::uint32_t a = lone_link(dom_, line); a != no_node && unlinked_words(dom_, line) == 0) {
        const std::string& t = line_text_once();
        const std::uint32_t words = word_runs(t);
        const std::string host = url_host(dom_.attr(a, "href"));
        if (words >= 3 && words <= 6 && !ends_a_sentence(t) && has_small_word(t) && !host.empty() &&
            host != url_host(facts_.meta.url) && host != url_host(facts_.meta.canonical_url))
            return true;
    }
    // A counter or the page's number, on a line of its own (not an item of a list or a
    // table's cell: a fact among others there).
    if (text <= 60 && !in_list_or_table(dom_, first) && is_closing_count(line_text_once())) return true;
    // A rights notice: a short line with the copyright sign.
    return is_rights_line(line_text_once());
}

bool Extractor::is_notice_continuation(const std::vector<std::uint32_t>& line) const {
    std::uint32_t text = 0;
    for (std::uint32_t m : line) text += stats_[m].text;
    return text > 0 && text <= kEdgeLine;
}

std::size_t Extractor::drop_edge_lines(std::uint32_t root) {
    std::size_t removed = 0;
    // Which elements break a line: a <br>, a block, or an inline element holding one of them
    // (a <font> around the whole article is a flow of lines itself, walked on its own).
    // Pre-order: a reverse pass sees the children before their parent.
    const std::uint32_t end = subtree_end(root);
    std::vector<bool> breaks(end - root, false);
    for (std::uint32_t d = end; d-- > root;) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed || e.type != NodeType::element) continue;
        if (e.tag == GUMBO_TAG_BR || is_block_tag(e.tag)) breaks[d - root] = true;
        if (breaks[d - root] && d != root && e.parent != no_node && e.parent >= root) breaks[e.parent - root] = true;
    }
    const auto breaks_line = [&](std::uint32_t c) { return breaks[c - root]; };
    // Text of the region's nodes before each node, less what an earlier step dropped.
    std::vector<std::uint32_t> live_before(end - root + 1, 0);
    for (std::uint32_t d = root, skip_to = root; d < end; ++d) {
        std::uint32_t t = 0;
        if (d >= skip_to && dom_.nodes[d].removed) skip_to = subtree_end(d);
        else if (d >= skip_to && dom_.nodes[d].type == NodeType::text) t = stats_[d].text;
        live_before[d - root + 1] = live_before[d - root] + t;
    }
    std::vector<std::uint32_t> line;
    // The flow whose last line was a rights notice that went: the lines right after it in the
    // same flow, up to a blank line or a block, are the notice's own ("Photos may be symbolic
    // images!", "Comments are the readers' opinion!"). The notice stood at the article's end,
    // so they are short.
    std::uint32_t notice_flow = no_node;
    const auto judge = [&] {
        if (line.empty()) return;
        const std::uint32_t flow = dom_.nodes[line.front()].parent;
        const bool notice_line = flow == notice_flow && is_notice_continuation(line);
        if (notice_line || is_edge_line(line, root, live_before)) {
            if (debug_) std::fprintf(stderr, "  edge line at %u: %.80s\n", line.front(), dom_.text_of(line.front()).c_str());
            notice_flow = notice_line || is_rights_line(line_text(dom_, line)) ? flow : no_node;
            for (std::uint32_t m : line) mark(m);
            ++removed;
        } else {
            notice_flow = no_node;
        }
        line.clear();
    };
    for (std::uint32_t n = root; n != no_node;) {
        const DomNode& node = dom_.nodes[n];
        // Headings are judged by their text elsewhere ("Hat tip: A via B" is a credit the
        // article gives).
        if (node.removed || node.type != NodeType::element || is_heading(node.tag)) {
            n = dom_.next_in(n, root, true);
            continue;
        }
        // A small table or box of links standing alone (the tool row as a one-cell table); a
        // grid of three or more rows of two or more cells with text is data (a table of
        // results whose names are links), not a row of tools.
        if (n != root && !holds_core(n) && (node.tag == GUMBO_TAG_CENTER || (node.tag == GUMBO_TAG_TABLE && !is_grid(dom_, n)))) {
            line.push_back(n);
            const std::size_t before = removed;
            judge();
            if (removed > before) {
                n = dom_.next_in(n, root, true);
                continue;
            }
        }
        // A flow of lines each one link, under at most a label, closing the article: further
        // stories as <br> lines (between paragraphs the same lines may be its sources).
        if (n != root && breaks_line(n) && !holds_core(n) && is_link_lines(n) &&
            text_before_[subtree_end(root)] - text_before_[subtree_end(n)] <= kEdge && !sentence_after(n, root)) {
            if (debug_) std::fprintf(stderr, "  link lines at %u: %.80s\n", n, dom_.text_of(n).c_str());
            mark(n);
            ++removed;
            n = dom_.next_in(n, root, true);
            continue;
        }
        // The lines of a flow: runs of text and inline elements between breaks and blocks.
        if (is_block_tag(node.tag) || breaks_line(n))
            for (std::uint32_t c = node.first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
                const DomNode& cn = dom_.nodes[c];
                if (cn.removed || (cn.type != NodeType::text && cn.type != NodeType::element)) continue;
                if (breaks_line(c)) {
                    // A blank line (a break with no text since the last) or a block closes a notice.
                    if (line.empty() || !dom_.is(c, GUMBO_TAG_BR)) notice_flow = no_node;
                    judge();
                    continue;
                }
                if (cn.type == NodeType::text && stats_[c].text == 0 && line.empty()) continue;
                line.push_back(c);
            }
        judge();
        n = dom_.next_in(n, root);
    }
    return removed;
}

}  // namespace winnow::detail::extraction
