// Stage — extract: a source the article cites by its address. An author who points to a page
// often writes its address out ("More: http://…", "www.example.org", alone or closing a line
// that leads to it) on a line of its own inside the text: the line is nearly all link, like a related
// link, but a related link shows a headline, and this one shows where the page is. A line
// whose one link reads as a web address, inside the article's core, is the article's text.
#include <string>
#include <string_view>

#include "ascii.hpp"
#include "extract_cited_address.hpp"
#include "extract_impl.hpp"
#include "text_lines.hpp"

namespace winnow::detail::extraction {

namespace {

bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Only marks: ASCII punctuation and symbols, arrows and guillemets, no word.
bool decoration(std::string_view t) {
    static constexpr std::string_view kMarks[] = {"\u2192", "\u00BB", "\u203A", "\u2197", "\u2026"};
    for (std::size_t i = 0; i < t.size();) {
        const auto c = static_cast<unsigned char>(t[i]);
        if (c < 0x80) {
            if (is_ascii_alnum(t[i])) return false;
            ++i;
            continue;
        }
        bool mark = false;
        for (std::string_view m : kMarks)
            if (t.substr(i).starts_with(m)) i += m.size(), mark = true;
        if (!mark) return false;
    }
    return true;
}

}  // namespace

// A web address as a link shows it: one token, with a scheme ("https://host/…"), or "www."
// and a host, or a host of dotted labels whose last is a top-level domain (2–6 letters)
// followed by a path. A shortened display ending in "…" counts.
bool is_web_address(std::string_view t) {
    t = trim_line(t);
    // Marks after the address ("https://… →", "www.… »") are the link's decoration.
    const std::size_t gap = t.find_first_of(" \t\n\r\f");
    if (gap != std::string_view::npos) {
        if (!decoration(t.substr(gap))) return false;
        t = t.substr(0, gap);
    }
    if (t.size() < 4) return false;
    const auto lower_starts = [&](std::string_view p) {
        if (t.size() < p.size()) return false;
        for (std::size_t i = 0; i < p.size(); ++i)
            if ((t[i] | 0x20) != p[i]) return false;
        return true;
    };
    if (lower_starts("http://") || lower_starts("https://")) return t.size() > 10;
    std::string_view host = t;
    const bool www = lower_starts("www.");
    if (www) host.remove_prefix(4);
    const std::size_t slash = host.find('/');
    // A bare "name.tld" is as often a site's name (a brand, a logo's text) as its address.
    if (!www && slash == std::string_view::npos) return false;
    if (slash != std::string_view::npos) host = host.substr(0, slash);
    // Dotted labels of letters, digits and hyphens; the last all letters.
    std::size_t labels = 0, start = 0;
    for (std::size_t i = 0; i <= host.size(); ++i) {
        if (i < host.size() && host[i] != '.') {
            if (!is_ascii_alnum(host[i]) && host[i] != '-') return false;
            continue;
        }
        if (i == start) return false;
        ++labels;
        if (i == host.size()) {
            const std::string_view tld = host.substr(start);
            if (tld.size() < 2 || tld.size() > 6) return false;
            for (char c : tld)
                if (!ascii_alpha(c)) return false;
        }
        start = i + 1;
    }
    return labels >= 2;
}

// The one link under n (no_node: none, or more than one); with removed, links this walk has
// removed count too (a sibling already judged).
std::uint32_t Extractor::single_link(std::uint32_t n, bool removed) const {
    std::uint32_t link = no_node;
    const std::uint32_t end = subtree_end(n);
    for (std::uint32_t d = n + 1; d < end; ++d) {
        const DomNode& e = dom_.nodes[d];
        if (e.type != NodeType::element || (e.removed && !removed) || e.tag != GUMBO_TAG_A || stats_[d].text == 0) continue;
        if (link != no_node) return no_node;
        link = d;
        d = subtree_end(d) - 1;
    }
    return link;
}

bool Extractor::is_cited_address(std::uint32_t n) const {
    if (core_ == no_node || !is_ancestor(core_, n) || stats_[n].quotes != 0) return false;
    // (Siblings this walk removed count: an earlier line of the run is judged and gone.)
    const auto link_of = [&](std::uint32_t c) {
        return (dom_.is(c, GUMBO_TAG_P) || dom_.is(c, GUMBO_TAG_DIV)) ? single_link(c, c != n) : no_node;
    };
    const auto raw_text = [&](std::uint32_t c) {
        std::string t;
        for (std::uint32_t d = c, end = subtree_end(c); d < end; ++d)
            if (dom_.nodes[d].type == NodeType::text) t += dom_.nodes[d].text;
        return t;
    };
    const auto shows_address = [&](std::uint32_t c) {
        const std::uint32_t a = link_of(c);
        return a != no_node && is_web_address(raw_text(a));
    };
    // An entry of a reference list closes on its address: words after it are another item's.
    const auto closes_on_address = [&](std::uint32_t c) {
        if (!shows_address(c)) return false;
        const std::uint32_t end = subtree_end(c);
        for (std::uint32_t d = subtree_end(link_of(c)); d < end; ++d)
            if (dom_.nodes[d].type == NodeType::text && word_runs(dom_.nodes[d].text) > 0) return false;
        return true;
    };
    if (!shows_address(n)) return false;
    // A run of entries that each show an address, under a title, a description or a list
    // marker of its own, is a list of references or links (a bibliography, a link page), set
    // apart from the text; a run of bare addresses is the sources the text names, one a line.
    const auto bare = [&](std::uint32_t c) { return stats_[c].text == stats_[c].link_text; };
    // The line closes on the address: words before it lead to it ("More:", "If the link fails,
    // try"), words after it make it a sentence or a call around a link, judged as such.
    if (!closes_on_address(n)) return false;
    bool run = false, titled = !bare(n);
    // The nearest sibling with words, an element or loose text (blank spacers passed over).
    const auto text_sibling = [&](std::uint32_t c, bool forward) {
        do c = forward ? dom_.nodes[c].next_sibling : dom_.previous_sibling(c);
        while (c != no_node && (dom_.nodes[c].type == NodeType::element ? stats_[c].text == 0 || word_runs(raw_text(c)) == 0
                                                                      : dom_.nodes[c].type != NodeType::text || word_runs(dom_.nodes[c].text) == 0));
        return c;
    };
    for (const bool forward : {false, true})
        if (const std::uint32_t c = text_sibling(n, forward); c != no_node && closes_on_address(c)) {
            run = true;
            titled = titled || !bare(c);
        }
    if (run && titled) return false;
    // An address alone under a short line that closes no sentence ("Get our news every week")
    // is that call's way out, as a button would be; a source follows the sentence naming it.
    if (const std::uint32_t c = text_sibling(n, false); bare(n) && c != no_node && dom_.nodes[c].type == NodeType::element && !is_heading(dom_.nodes[c].tag) && !shows_address(c) &&
                                                          stats_[c].text <= kCallLine && !ends_sentence(c))
        return false;
    return true;
}

}  // namespace winnow::detail::extraction
