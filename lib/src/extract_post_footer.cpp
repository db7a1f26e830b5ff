// Stage — extract: a blog template's post footer ("This entry was posted in <a>News</a>.
// Bookmark the <a>permalink</a>. Follow any responses through the <a>RSS feed</a>.") closing
// the article. Its words are a template's, in any language; its links say what it is: every one
// points back at the post itself (its own address, an address under it — the post's feed, its
// trackback, its comment pages —, a link marked rel="trackback") or at the post's
// taxonomy (rel="tag", rel="category tag"), or jumps within the page (a "#respond" form). A
// paragraph of the article links to other pages: a source, a roundup's entries, an earlier post.
#include <algorithm>
#include <cstdio>
#include <string>
#include <string_view>

#include "extract_impl.hpp"
#include "metadata.hpp"

namespace winnow::detail::extraction {

namespace {

// An address without its scheme, "www.", fragment and closing slashes, lower-cased.
std::string address_key(std::string_view u) {
    if (const auto s = u.find("://"); s != std::string_view::npos) u.remove_prefix(s + 3);
    u = u.substr(0, u.find('#'));
    while (u.ends_with('/')) u.remove_suffix(1);
    if (u.starts_with("www.")) u.remove_prefix(4);
    std::string out(u);
    for (char& c : out) c = static_cast<char>(c | ((c >= 'A' && c <= 'Z') ? 0x20 : 0));
    return out;
}

// Path segments of a key ("host/2012/10/slug" -> 3).
int path_depth(std::string_view key) {
    const auto slash = key.find('/');
    if (slash == std::string_view::npos) return 0;
    int depth = 0;
    for (std::size_t i = slash; i < key.size(); ++i)
        if (key[i] == '/' && i + 1 < key.size() && key[i + 1] != '/') ++depth;
    return depth;
}

}  // namespace

bool Extractor::is_post_footer(std::uint32_t n) const {
    const DomNode& node = dom_.nodes[n];
    const NodeStats& s = stats_[n];
    if ((node.tag != GUMBO_TAG_P && node.tag != GUMBO_TAG_DIV) || s.link_text == 0 || s.text > kPostFooter || holds_core(n))
        return false;
    // The post's own address; one of a section or a home page would make every link of the
    // site "under" it, so an article's address is two path segments deep at least.
    const std::string& base = facts_.meta.canonical_url.empty() ? facts_.meta.url : facts_.meta.canonical_url;
    const std::string self = address_key(base);
    const bool self_known = path_depth(self) >= 2;
    int post_links = 0, taxonomy_links = 0;
    const std::uint32_t end = subtree_end(n);
    for (std::uint32_t d = n + 1; d < end; ++d) {
        const DomNode& e = dom_.nodes[d];
        if (e.removed || e.type != NodeType::element) continue;
        if (e.tag != GUMBO_TAG_A) continue;
        if (stats_[d].text == 0) {  // an icon (print, mail, share): a tool, not a page it names
            d = subtree_end(d) - 1;
            continue;
        }
        const std::string_view href = dom_.attr(d, "href");
        const std::string_view rel = dom_.attr(d, "rel");
        d = subtree_end(d) - 1;
        // rel="bookmark" is no proof: related-post lists mark their entries so too.
        if (has_rel_token(rel, "trackback")) {
            ++post_links;
            continue;
        }
        if (has_rel_token(rel, "tag")) {
            ++taxonomy_links;
            continue;
        }
        if (href.starts_with("#")) continue;  // the page's own form or thread: neither kind
        if (!self_known) return false;
        const std::string target = address_key(resolve_url(base, href));
        // The post itself, or an address under it (its feed, trackback, comment pages).
        if (target == self || (target.size() > self.size() + 1 && target.starts_with(self) && target[self.size()] == '/')) {
            ++post_links;
            continue;
        }
        return false;  // a link to another page: a source, an entry, an earlier post
    }
    // Two links of the template at least, one of them back to the post: a lone category line
    // is a tag line (extract_taxonomy.cpp), a lone "Permalink" a template's word.
    return post_links > 0 && post_links + taxonomy_links >= 2;
}

std::size_t Extractor::drop_post_footers(std::uint32_t root) {
    std::size_t removed = 0;
    for (std::uint32_t n = dom_.nodes[root].first_child; n != no_node;) {
        if (dom_.nodes[n].removed || !is_post_footer(n)) {
            n = dom_.next_in(n, root, dom_.nodes[n].removed);
            continue;
        }
        // Closing the article: what the region keeps after it (the chrome removed by now,
        // a comment thread among it) is a little chrome, no sentence.
        std::uint32_t after = 0, commas = 0;
        for (std::uint32_t d = dom_.next_in(n, root, true); d != no_node && after <= kEdge;) {
            if (dom_.nodes[d].removed) {
                d = dom_.next_in(d, root, true);
                continue;
            }
            if (dom_.nodes[d].type == NodeType::text) after += visible_chars(dom_.nodes[d].text, commas);
            d = dom_.next_in(d, root);
        }
        if (after <= kEdge && !sentence_after(n, root)) {
            if (debug_) std::fprintf(stderr, "  post footer: %.80s\n", dom_.text_of(n).c_str());
            mark(n);
            ++removed;
        }
        n = dom_.next_in(n, root, true);
    }
    return removed;
}

bool Extractor::after_own_footer(std::uint32_t n) const {
    const std::uint32_t p = dom_.nodes[n].parent;
    if (p == no_node || core_ == no_node || !dom_.is(p, GUMBO_TAG_ARTICLE) || (p != core_ && !is_ancestor(p, core_)))
        return false;
    if (stats_[n].text == 0 || stats_[n].text > kPostFooter || holds_heading(n) || is_ancestor(n, core_)) return false;
    // The last <footer> before n among its siblings, after the core (or the core is the <article>).
    // The <article>'s footers are listed once: asked of each of its children, a walk from the first
    // child would be quadratic in an <article> of many paragraphs.
    auto [it, fresh] = article_footers_.try_emplace(p);
    if (fresh)
        for (std::uint32_t s = dom_.nodes[p].first_child; s != no_node; s = dom_.nodes[s].next_sibling)
            if (dom_.is(s, GUMBO_TAG_FOOTER)) it->second.push_back(s);
    const auto& footers = it->second;  // in document order, as node ids are
    const auto after = std::lower_bound(footers.begin(), footers.end(), n);
    if (after == footers.begin()) return false;
    const std::uint32_t footer = *std::prev(after);
    return p == core_ || (footer > core_ && !is_ancestor(footer, core_) && !is_ancestor(core_, footer));
}

}  // namespace winnow::detail::extraction
