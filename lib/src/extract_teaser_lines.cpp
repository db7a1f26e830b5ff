// Extract: links set between an article's paragraphs or under it as lines of their own, in
// markup that names nothing. An inline teaser ("Read also: <a>Headline of another story</a>",
// in any language) is a paragraph of a short label closed by a colon and one link of a
// headline's length: the label's words say nothing a rule needs to know, its shape does (a
// colon, then the link to the end). A flow of <br>-parted lines each nothing but one link,
// under at most such a label, is a list of further stories written without <ul> (an old
// layout's "more news" under the story). A label over a few short links closing the article
// ("Filed under: <a>People</a>") is its index line, rel="tag" or not.
#include <cctype>
#include <string>
#include <string_view>

#include "extract_impl.hpp"
#include "extract_lines.hpp"
#include "metadata.hpp"

namespace winnow::detail::extraction {

namespace {

std::string_view trimmed(std::string_view s) {
    while (!s.empty() && is_space(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && is_space(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

// A host without its "www." (the site's pages link to it either way).
std::string site_of(std::string host) {
    if (host.starts_with("www.")) host.erase(0, 4);
    return host;
}

constexpr std::uint32_t kTeaserLabelWords = 6;  // "Read also:", "You might also be interested in:"

// t (trimmed) is a label: one to four words closed by a colon (a full-width one too), no
// sentence end before it.
bool is_label(std::string_view t) {
    const std::string_view l = trimmed(t);
    std::string_view body;
    if (l.ends_with(':')) body = l.substr(0, l.size() - 1);
    else if (l.ends_with("\xEF\xBC\x9A")) body = l.substr(0, l.size() - 3);
    else return false;
    if (body.find_first_of(".!?:") != std::string_view::npos) return false;
    const std::uint32_t w = word_runs(body);
    return w >= 1 && w <= kTeaserLabelWords;
}

}  // namespace

bool Extractor::is_teaser_line(std::uint32_t n) const {
    const DomNode& node = dom_.nodes[n];
    const NodeStats& s = stats_[n];
    if ((node.tag != GUMBO_TAG_P && node.tag != GUMBO_TAG_DIV) || s.link_text == 0 || s.text > kTeaserLine) return false;
    // One link, after all the unlinked text (the label comes first).
    std::uint32_t link = no_node;
    const std::uint32_t end = subtree_end(n);
    for (std::uint32_t d = n + 1; d < end; ++d) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed) continue;
        if (e.type == NodeType::element && is_block_tag(e.tag) && e.tag != GUMBO_TAG_BR) return false;
        if (e.type == NodeType::element && e.tag == GUMBO_TAG_A && stats_[d].text > 0) {
            if (link != no_node) return false;
            link = d;
            d = subtree_end(d) - 1;
            continue;
        }
        if (link != no_node && e.type == NodeType::text && !trimmed(e.text).empty()) return false;  // text after the link
    }
    if (link == no_node || word_runs(dom_.text_of(link)) < kTeaserHeadlineWords) return false;
    return is_label(unlinked_text(n));
}

bool Extractor::is_link_lines(std::uint32_t n) const {
    const NodeStats& s = stats_[n];
    if (s.link_text == 0 || s.link_text * 2 < s.text) return false;
    // The element's own lines, parted by <br>: each a lone link, or (first only) a label.
    int link_lines = 0, lines = 0;
    bool label = false, in_line = false, line_link = false, line_other = false;
    const auto close = [&]() -> bool {
        if (!in_line) return true;
        ++lines;
        in_line = false;
        if (line_link && !line_other) ++link_lines;
        else if (!(lines == 1 && label)) return false;
        line_link = line_other = false;
        return true;
    };
    for (std::uint32_t c = dom_.nodes[n].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        const DomNode& e = dom_.nodes[c];
        if (e.removed) continue;
        if (e.type == NodeType::element && e.tag == GUMBO_TAG_BR) {
            if (!close()) return false;
            continue;
        }
        if (e.type == NodeType::text && trimmed(e.text).empty()) continue;
        if (e.type != NodeType::element && e.type != NodeType::text) continue;
        if (e.type == NodeType::element && is_block_tag(e.tag)) return false;
        const bool is_link = e.type == NodeType::element && e.tag == GUMBO_TAG_A;
        if (!in_line) {
            in_line = true;
            label = !is_link && lines == 0 && is_label(dom_.text_of(c));
        }
        if (is_link) {
            if (line_link) line_other = true;  // two links on one line: a row, judged elsewhere
            line_link = true;
        } else if (!(lines == 0 && label)) {
            line_other = true;
        }
    }
    if (!close()) return false;
    return link_lines >= 2;
}

bool Extractor::is_index_line(std::uint32_t n, std::uint32_t root) const {
    const DomNode& node = dom_.nodes[n];
    const NodeStats& s = stats_[n];
    if ((node.tag != GUMBO_TAG_P && node.tag != GUMBO_TAG_DIV) || s.link_text == 0 || s.text > kTeaserLine || holds_core(n)) return false;
    // Every link a term of a few words; no block inside.
    const std::uint32_t end = subtree_end(n);
    for (std::uint32_t d = n + 1; d < end; ++d) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed || e.type != NodeType::element) continue;
        if (is_block_tag(e.tag) && e.tag != GUMBO_TAG_BR) return false;
        if (e.tag == GUMBO_TAG_A) {
            if (word_runs(dom_.text_of(d)) > kIndexTermWords) return false;
            // A term is a page of the site (a category, a tag); a link elsewhere is a contact
            // or a source ("Twitter: @name"), judged as such by other rules.
            const std::string_view href = dom_.attr(d, "href");
            const std::string host = site_of(url_host(href));
            if (href.starts_with("mailto:") ||
                (!host.empty() && host != site_of(url_host(facts_.meta.url)) && host != site_of(url_host(facts_.meta.canonical_url))))
                return false;
            d = subtree_end(d) - 1;
        }
    }
    // The unlinked text, separators between the terms aside, is one label.
    std::string label;
    for (const char ch : unlinked_text(n))
        if (ch != '|' && ch != ',' && ch != '/') label += ch;
    if (!is_label(label)) return false;
    // Closing the article: nothing but a little chrome after it.
    return text_before_[subtree_end(root)] - text_before_[end] <= kEdge && !sentence_after(n, root);
}

}  // namespace winnow::detail::extraction
