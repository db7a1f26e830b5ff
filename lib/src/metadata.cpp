// Stage — metadata: walks the page once for its head's tags, JSON-LD, the <h1> and author
// markup, then chooses the title, reads the lines under the headline and the dates
// (metadata.hpp). The parts are in metadata_*.cpp (metadata_parts.hpp).
#include "metadata.hpp"

#include <string>
#include <utility>
#include <vector>

#include "dates.hpp"
#include "json_value.hpp"
#include "metadata_parts.hpp"
#include "metadata_title_part.hpp"
#include "text_lines.hpp"

namespace winnow::detail {

using namespace meta;

namespace {

// A masthead <h1> names the site and links to its home page; a headline links to the article
// itself (its permalink) or nowhere.
bool is_home_path(std::string_view href) {
    if (href.empty()) return false;
    if (const auto scheme = href.find("://"); scheme != std::string_view::npos) {
        href.remove_prefix(scheme + 3);
        const auto slash = href.find_first_of("/?#");
        href = slash == std::string_view::npos ? std::string_view{} : href.substr(slash);
    } else if (href.starts_with("//")) {
        href.remove_prefix(2);
        const auto slash = href.find_first_of("/?#");
        href = slash == std::string_view::npos ? std::string_view{} : href.substr(slash);
    } else if (!href.starts_with('/') && !href.starts_with('.')) {
        return false;  // relative to the page: not its site's root
    }
    href = href.substr(0, href.find_first_of("?#"));
    while (href.starts_with("./")) href.remove_prefix(2);
    if (href.starts_with('/')) href.remove_prefix(1);
    return href.empty() || href == "index.html" || href == "index.htm" || href == "index.php";
}

std::string first_link(const Dom& dom, std::uint32_t heading) {
    for (std::uint32_t c = dom.next_in(heading, heading); c != no_node; c = dom.next_in(c, heading)) {
        if (dom.nodes[c].type != NodeType::element || dom.nodes[c].tag != GUMBO_TAG_A) continue;
        std::string href = ascii_lower(trim(dom.attr(c, "href")));
        if (href.empty() || href.starts_with('#') || href.starts_with("javascript:")) continue;
        return href;
    }
    return {};
}

// What the page's head and headline say before the title is chosen.
struct PageSignals {
    std::vector<std::pair<std::uint32_t, JsonValue>> jsonld;  // parsed once, read again by the dates stage
    std::string title_tag, og_title, meta_title, h1_text, h1_href, canonical, og_url;
    bool h1_is_masthead = false;
    std::uint32_t h1_node = no_node;  // the <h1> h1_text is read from
    PageHeadings headings;  // h1-h4, for the part of the <title> a heading says
};

void read_meta_tag(const Dom& dom, std::uint32_t n, Metadata& m, PageSignals& sig, TagsSeen& tags) {
    const std::string key = ascii_lower(!dom.attr(n, "property").empty() ? dom.attr(n, "property")
                                  : !dom.attr(n, "name").empty()   ? dom.attr(n, "name")
                                  : !dom.attr(n, "itemprop").empty() ? dom.attr(n, "itemprop")
                                                                     : dom.attr(n, "http-equiv"));
    const std::string_view content = dom.attr(n, "content");
    if (content.empty()) return;
    if (key == "og:title" || key == "twitter:title") set_if_empty(sig.og_title, content);
    else if (key == "description" || key == "og:description" || key == "twitter:description")
        set_if_empty(m.description, content);
    else if (key == "author" || key == "article:author" || key == "sailthru.author" ||
             key == "parsely-author" || key == "dc.creator" || key == "byl")
        add_author(m, content, {});
    else if (key == "og:site_name" || key == "application-name" || key == "publisher")
        set_if_empty(m.site, content);
    else if (key == "og:url") set_if_empty(sig.og_url, content);
    else if (key == "article:tag" || key == "news_keywords" || key == "keywords")
        add_tags_csv(m, tags, content);
    else if (key == "content-language" || key == "og:locale" || key == "dc.language")
        set_if_empty(m.language, content);
    else if (key == "headline") set_if_empty(sig.og_title, content);
    else if (key == "title") set_if_empty(sig.meta_title, content);  // the page's own, older than og:title
}

void read_jsonld_script(const Dom& dom, std::uint32_t n, PageFacts& facts, PageSignals& sig, TagsSeen& tags) {
    if (ascii_lower(dom.attr(n, "type")) != "application/ld+json") return;
    std::string json;
    for (std::uint32_t c = dom.nodes[n].first_child; c != no_node; c = dom.nodes[c].next_sibling)
        json += dom.nodes[c].text;
    bool ok = false;
    JsonValue v = parse_json(json, ok);
    if (ok) {
        read_jsonld(facts, tags, v, 0);
        sig.jsonld.emplace_back(n, std::move(v));
    }
}

// The first <h1> is the headline for the title, unless it links to the site's home page (a
// masthead) and a later <h1> names the page. The headline node stays the first: extraction and
// dates read it as the top of the page.
void read_h1(const Dom& dom, std::uint32_t n, PageFacts& facts, PageSignals& sig) {
    if (facts.headline_node != no_node && !sig.h1_is_masthead) return;
    std::string text = dom.text_of(n);
    if (text.empty()) return;
    std::string href = first_link(dom, n);
    const bool home = is_home_path(href);
    if (facts.headline_node != no_node && home) return;
    sig.h1_text = std::move(text);
    sig.h1_href = std::move(href);
    sig.h1_is_masthead = home;
    sig.h1_node = n;
    if (facts.headline_node == no_node) facts.headline_node = n;
}

// Microdata and visible bylines.
void read_author_markup(const Dom& dom, std::uint32_t n, Metadata& m, BudgetTicker& ticker) {
    const std::string_view itemprop = dom.attr(n, "itemprop");
    if (itemprop == "author" || itemprop == "creator") {
        std::uint32_t name_node = n;
        for (std::uint32_t c = dom.next_in(n, n); c != no_node; c = dom.next_in(c, n)) {
            ticker.tick();  // nested author boxes make this walk quadratic
            if (dom.attr(c, "itemprop") == "name") { name_node = c; break; }
        }
        add_author(m, dom.text_of(name_node), {});
    } else if (dom.nodes[n].tag == GUMBO_TAG_A && ascii_lower(dom.attr(n, "rel")) == "author") {
        add_author(m, dom.text_of(n), {});
    }
}

PageSignals read_page_signals(const Dom& dom, PageFacts& facts, BudgetTicker& ticker) {
    PageSignals sig;
    Metadata& m = facts.meta;
    TagsSeen tags{{}, ticker};
    for (std::uint32_t n = 0; n != no_node; n = dom.next_in(n, 0)) {
        ticker.tick();
        const DomNode& node = dom.nodes[n];
        // The headings and prose runs weigh the <h1> against the <title> only when no tag names the
        // headline (the <head>'s tags come first): most pages skip the count.
        const bool weigh_h1 = sig.og_title.empty() && sig.meta_title.empty() && m.title.empty();
        if (node.type == NodeType::text && weigh_h1) note_text(dom, n, sig.headings);
        if (node.type != NodeType::element) continue;
        switch (node.tag) {
            case GUMBO_TAG_TITLE:
                if (sig.title_tag.empty()) sig.title_tag = dom.text_of(n);
                break;
            case GUMBO_TAG_META: read_meta_tag(dom, n, m, sig, tags); break;
            case GUMBO_TAG_LINK:
                if (ascii_lower(dom.attr(n, "rel")) == "canonical") set_if_empty(sig.canonical, dom.attr(n, "href"));
                break;
            case GUMBO_TAG_SCRIPT: read_jsonld_script(dom, n, facts, sig, tags); break;
            case GUMBO_TAG_H1:
                read_h1(dom, n, facts, sig);
                if (weigh_h1) note_heading(dom, n, sig.headings);
                break;
            case GUMBO_TAG_H2:
            case GUMBO_TAG_H3:
            case GUMBO_TAG_H4:
                if (weigh_h1) note_heading(dom, n, sig.headings);
                break;
            default: read_author_markup(dom, n, m, ticker); break;
        }
    }
    return sig;
}

}  // namespace

PageFacts read_metadata(const Dom& dom, std::string_view url_hint, std::string_view reference_date, const Budget& budget) {
    PageFacts facts;
    Metadata& m = facts.meta;
    if (dom.html != no_node) set_if_empty(m.language, dom.attr(dom.html, "lang"));
    if (m.language.empty() && dom.html != no_node) set_if_empty(m.language, dom.attr(dom.html, "xml:lang"));
    BudgetTicker ticker(budget, "metadata", 256);
    PageSignals sig = read_page_signals(dom, facts, ticker);
    auto& [jsonld, title_tag, og_title, meta_title, h1_text, h1_href, canonical, og_url, h1_is_masthead, h1_node, headings] = sig;

    const std::string base_url = trim(url_hint.empty() ? std::string_view(og_url) : url_hint);
    const std::string page_url = canonical.empty() ? base_url : resolve_url(base_url, canonical);
    const bool h1_is_permalink = !h1_href.empty() && !page_url.empty() && same_page(resolve_url(page_url, h1_href), page_url);
    if (og_title.empty()) og_title = std::move(meta_title);
    const TitlePart part = h1_text.empty() || h1_is_permalink || !m.title.empty() || !og_title.empty() ? TitlePart{}
        : title_part_heading(dom, title_tag, h1_node, trim(h1_text), h1_is_masthead, m.site, headings);
    m.title = choose_title({title_tag, og_title, h1_text, h1_is_permalink, h1_is_masthead, part.heading, part.boxed},
                           std::move(m.title), m.site);

    if (facts.headline_node != no_node) read_dek(dom, facts);

    if (m.authors.empty() && facts.headline_node != no_node) read_visible_byline(dom, facts.headline_node, m);

    m.url = trim(url_hint.empty() ? std::string_view(og_url) : url_hint);
    m.canonical_url = resolve_url(m.url, canonical);
    if (m.url.empty()) m.url = m.canonical_url;
    if (auto us = m.language.find('_'); us != std::string::npos) m.language[us] = '-';

    // Dates have a stage of their own (dates.cpp); it reads the URL, the language and the headline.
    DateFinding dates = find_dates(dom, {m.url, m.language, reference_date, facts.headline_node, &jsonld}, budget);
    m.published = std::move(dates.published);
    m.modified = std::move(dates.modified);
    m.published_source = std::move(dates.published_source);
    m.modified_source = std::move(dates.modified_source);
    return facts;
}

}  // namespace winnow::detail
