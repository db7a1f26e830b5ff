#include "metadata.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <unordered_set>
#include <vector>

#include "byline_author.hpp"
#include "dates.hpp"
#include "json_value.hpp"
#include "metadata_title_part.hpp"
#include "prune.hpp"
#include "text_lines.hpp"

namespace winnow::detail {

namespace {

std::string trim(std::string_view s) {
    const auto space = [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; };
    std::size_t b = 0, e = s.size();
    while (b < e && space(s[b])) ++b;
    while (e > b && space(s[e - 1])) --e;
    std::string out;
    out.reserve(e - b);
    // Runs of other bytes are copied whole (a JSON-LD article body is long); each run of
    // whitespace becomes one space. s[e - 1] is no whitespace, so a run ends before e.
    for (std::size_t i = b; i < e;) {
        std::size_t j = i;
        while (j < e && !space(s[j])) ++j;
        out.append(s.data() + i, j - i);
        if (j == e) break;
        out += ' ';
        while (space(s[j])) ++j;
        i = j;
    }
    return out;
}

bool looks_like_url(std::string_view s) {
    return s.starts_with("http://") || s.starts_with("https://") || s.starts_with("//") || s.starts_with("/");
}

void set_if_empty(std::string& field, std::string_view value) {
    if (field.empty()) field = trim(value);
}

void add_author(Metadata& meta, std::string_view name, std::string_view role) {
    std::string n = trim(name);
    if (n.empty() || looks_like_url(n) || n.size() > 120) return;
    // "By Jane Doe" bylines carry the preposition along.
    for (std::string_view prefix : {"By ", "by ", "BY "})
        if (n.starts_with(prefix)) n = n.substr(prefix.size());
    // Compared in place, not through two lower-cased copies per pair: a page listing thousands of
    // authors (meta tags, JSON-LD) made that the page's whole cost.
    const auto same_name = [&n](std::string_view a) {
        if (a.size() != n.size()) return false;
        for (std::size_t i = 0; i < a.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(n[i]))) return false;
        return true;
    };
    for (auto& a : meta.authors)
        if (same_name(a.name)) {
            if (a.role.empty()) a.role = trim(role);  // a later source (JSON-LD jobTitle) adds the role
            return;
        }
    // A byline names a few people, a collaboration's paper some hundreds; past a thousand the list
    // is a page's data, not its byline, and each new name would be compared with all of them.
    constexpr std::size_t kMaxAuthors = 1000;
    if (meta.authors.size() < kMaxAuthors) meta.authors.push_back({std::move(n), trim(role)});
}

// The tags already in Metadata::tags, for a lookup per tag: searching the list for each new tag
// made a page of tens of thousands of keywords (meta tags, one long keywords list, JSON-LD)
// quadratic; 64,000 article:tag metas took 6.7 s and failed on the time budget.
// The reading carries the stage's budget ticker: a page of hundreds of thousands of keywords,
// authors or JSON-LD values stops near Limits::max_millis, as the other stages do.
struct TagsSeen {
    std::unordered_set<std::string> seen;
    BudgetTicker& ticker;
};

void add_tag(Metadata& meta, TagsSeen& tags, std::string_view tag) {
    tags.ticker.tick();
    std::string t = trim(tag);
    if (t.empty() || t.size() > 80) return;
    if (tags.seen.insert(t).second) meta.tags.push_back(std::move(t));
}

void add_tags_csv(Metadata& meta, TagsSeen& seen, std::string_view list) {
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string_view::npos) comma = list.size();
        add_tag(meta, seen, list.substr(start, comma - start));
        start = comma + 1;
    }
}

bool has_type(const JsonValue& v, std::string_view suffix) {
    const JsonValue* t = v.get("@type");
    if (!t) return false;
    auto matches = [&](const JsonValue& x) {
        return x.is_string() && x.string.size() >= suffix.size() &&
               x.string.compare(x.string.size() - suffix.size(), suffix.size(), suffix) == 0;
    };
    if (matches(*t)) return true;
    if (t->is_array())
        for (const auto& x : t->array)
            if (matches(x)) return true;
    return false;
}

bool is_article_type(const JsonValue& v) {
    return has_type(v, "Article") || has_type(v, "BlogPosting") || has_type(v, "Report") ||
           has_type(v, "WebPage") || has_type(v, "LiveBlogPosting") || has_type(v, "Review");
}

void read_jsonld_authors(Metadata& meta, const JsonValue& author, BudgetTicker& ticker) {
    ticker.tick();
    if (author.is_array()) {
        for (const auto& a : author.array) read_jsonld_authors(meta, a, ticker);
        return;
    }
    if (author.is_string()) {
        add_author(meta, author.string, {});
        return;
    }
    if (author.is_object()) {
        std::string_view role;
        if (const JsonValue* jt = author.get("jobTitle")) role = jt->text();
        add_author(meta, author.text(), role);
    }
}

void read_jsonld_article(PageFacts& facts, TagsSeen& tags, const JsonValue& v, bool primary) {
    Metadata& m = facts.meta;
    if (const JsonValue* h = v.get("headline"); h && primary) set_if_empty(m.title, h->text());
    if (const JsonValue* d = v.get("description")) set_if_empty(m.description, d->text());
    if (const JsonValue* a = v.get("author")) read_jsonld_authors(m, *a, tags.ticker);
    if (const JsonValue* p = v.get("publisher"); p && p->is_object()) set_if_empty(m.site, p->text());
    if (const JsonValue* l = v.get("inLanguage")) set_if_empty(m.language, l->text());
    if (const JsonValue* k = v.get("keywords")) {
        if (k->is_string()) add_tags_csv(m, tags, k->string);
        else if (k->is_array())
            for (const auto& x : k->array) add_tag(m, tags, x.text());
    }
    if (const JsonValue* b = v.get("articleBody"); b && b->is_string() && b->string.size() > facts.article_body.size())
        facts.article_body = b->string;
}

void read_jsonld(PageFacts& facts, TagsSeen& tags, const JsonValue& v, int depth) {
    tags.ticker.tick();
    if (depth > 6) return;
    if (v.is_array()) {
        for (const auto& x : v.array) read_jsonld(facts, tags, x, depth + 1);
        return;
    }
    if (!v.is_object()) return;
    if (const JsonValue* graph = v.get("@graph")) read_jsonld(facts, tags, *graph, depth + 1);
    if (has_type(v, "Article") || has_type(v, "BlogPosting") || has_type(v, "LiveBlogPosting") ||
        has_type(v, "Report") || has_type(v, "Review"))
        read_jsonld_article(facts, tags, v, true);
    else if (is_article_type(v))
        read_jsonld_article(facts, tags, v, false);
    if (const JsonValue* main = v.get("mainEntity")) read_jsonld(facts, tags, *main, depth + 1);
    if (has_type(v, "WebSite") || has_type(v, "Organization") || has_type(v, "NewsMediaOrganization"))
        if (facts.meta.site.empty()) set_if_empty(facts.meta.site, v.text());
}

}  // namespace

namespace {

// A headline in a script written without spaces (Chinese, Japanese, Thai) is one "word" of
// several letters: four or more characters of three bytes or more count as a headline's length.
bool unspaced_headline(std::string_view s) {
    std::size_t wide = 0;
    for (unsigned char c : s) wide += c >= 0xE0;
    return wide >= 4;
}

}  // namespace

std::string strip_site_name(std::string_view title_in, std::string_view site) {
    std::string title = trim(title_in);
    static constexpr std::array<std::string_view, 8> separators{" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "};
    const std::string site_l = ascii_lower(site);
    for (std::string_view sep : separators) {
        const std::size_t last = title.rfind(sep);
        if (last != std::string::npos) {
            const std::string head = title.substr(0, last);
            const std::string tail = title.substr(last + sep.size());
            const auto words = [](const std::string& x) { return std::count(x.begin(), x.end(), ' ') + 1; };
            const bool tail_is_site = (!site_l.empty() && (ascii_lower(tail).find(site_l) != std::string::npos ||
                                                           site_l.find(ascii_lower(tail)) != std::string::npos)) ||
                                      (words(tail) <= 4 && (words(head) >= 3 || unspaced_headline(head)));
            if (tail_is_site && head.size() >= 10) return strip_site_name(head, site);
        }
        const std::size_t first = title.find(sep);
        if (first != std::string::npos && !site_l.empty()) {
            const std::string head = title.substr(0, first);
            const std::string rest = title.substr(first + sep.size());
            if (ascii_lower(head) == site_l && rest.size() >= 10) return rest;
        }
    }
    return title;
}

std::string url_host(std::string_view url) {
    std::size_t p = url.find("://");
    if (p == std::string_view::npos) {
        if (!url.starts_with("//")) return {};
        p = 0;
    }
    url.remove_prefix(p + (url[p] == ':' ? 3 : 2));
    const std::size_t end = url.find_first_of("/?#");
    std::string host = ascii_lower(url.substr(0, end));
    if (const auto at = host.rfind('@'); at != std::string::npos) host = host.substr(at + 1);
    if (host.starts_with("[")) host.resize(std::min(host.size(), host.find(']') + 1));  // IPv6 literal
    else if (const auto colon = host.find(':'); colon != std::string::npos) host.resize(colon);
    while (!host.empty() && host.back() == '.') host.pop_back();  // "example.org." is example.org
    return host;
}

std::string resolve_url(std::string_view base, std::string_view href_in) {
    std::string href = trim(href_in);
    if (href.empty() || base.empty()) return href;
    const auto scheme_end = href.find(':');
    if (scheme_end != std::string::npos && scheme_end < 12 &&
        std::all_of(href.begin(), href.begin() + static_cast<long>(scheme_end),
                    [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '+' || c == '-' || c == '.'; }))
        return href;  // already absolute (http:, mailto:, ...)
    const auto base_scheme = base.find("://");
    if (base_scheme == std::string_view::npos) return href;
    if (href.starts_with("//")) return std::string(base.substr(0, base_scheme + 1)) + href;
    const auto path_start = base.find('/', base_scheme + 3);
    const std::string origin(base.substr(0, path_start));
    if (href.starts_with("/")) return origin + href;
    if (href.starts_with("#") || href.starts_with("?")) {
        const auto cut = base.find(href[0]);
        return std::string(base.substr(0, cut)) + href;
    }
    std::string dir = path_start == std::string_view::npos ? std::string("/") : std::string(base.substr(path_start));
    dir = dir.substr(0, dir.find_first_of("?#"));
    dir = dir.substr(0, dir.rfind('/') + 1);
    std::string path = dir + href;
    // Collapse "./" and "../" segments.
    std::vector<std::string> parts;
    std::size_t i = 0;
    while (i <= path.size()) {
        std::size_t j = path.find('/', i);
        if (j == std::string::npos) j = path.size();
        const std::string seg = path.substr(i, j - i);
        if (seg == "..") {
            if (parts.size() > 1) parts.pop_back();
        } else if (seg != "." || j == path.size()) {
            parts.push_back(seg == "." ? "" : seg);
        }
        i = j + 1;
    }
    std::string out;
    for (std::size_t k = 0; k < parts.size(); ++k) {
        if (k) out += '/';
        out += parts[k];
    }
    return origin + out;
}

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

struct TitleEvidence {
    std::string_view title_tag, og_title, h1;
    bool h1_is_permalink;  // the <h1> links to a page of its own: a headline, never the site's name
    bool h1_is_masthead;   // the <h1> links to the site's home page
    std::string_view part_heading;  // a heading saying another part of the <title> than the <h1> (title_part_heading)
    bool part_boxed = false;        // a box's heading says the rest of the <title>: it is the site's
};

// Words of a headline, lower-cased (ASCII), punctuation at their edges dropped.
std::vector<std::string> headline_words(std::string_view s) {
    std::vector<std::string> words;
    for (std::string_view raw : split_words(s)) {
        std::string w = ascii_lower(raw);
        while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.back()))) w.pop_back();
        while (!w.empty() && std::ispunct(static_cast<unsigned char>(w.front()))) w.erase(0, 1);
        if (!w.empty()) words.push_back(std::move(w));
    }
    return words;
}

// A <title> (or og:title) is often the headline shortened for search results and tabs; the
// <h1> that holds every one of its words, and more, is the same headline in full.
bool is_fuller_headline(std::string_view h1, std::string_view title) {
    if (h1.size() <= title.size() || title.empty()) return false;
    const std::vector<std::string> hw = headline_words(h1), tw = headline_words(title);
    if (hw.size() > 30) return false;  // a paragraph in an <h1>, not a headline
    if (tw.size() == 1 && hw.size() == 1)  // scripts without spaces: the title inside the h1
        return title.size() >= 6 && ascii_lower(h1).find(ascii_lower(title)) != std::string::npos;
    if (tw.size() < 2 || hw.size() <= tw.size()) return false;
    if (!std::all_of(tw.begin(), tw.end(), [&](const std::string& w) { return std::find(hw.begin(), hw.end(), w) != hw.end(); }))
        return false;
    // Words the <title> left out that carry digits are what a page puts beside its headline
    // inside the <h1> (a comment count, an update time), not the headline's own words.
    return std::none_of(hw.begin(), hw.end(), [&](const std::string& w) {
        return std::find(tw.begin(), tw.end(), w) == tw.end() && std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
    });
}

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

// The page's own headline beats the <title>, which often carries the site name.
std::string choose_title(const TitleEvidence& e, std::string title, std::string_view site) {
    if (title.empty()) title = trim(e.og_title);
    if (!e.h1.empty()) {
        const std::string h1 = trim(e.h1);
        const std::string tl = ascii_lower(e.title_tag), hl = ascii_lower(h1);
        if (title.empty() && (tl.find(hl) != std::string::npos || ascii_lower(e.og_title).find(hl) != std::string::npos))
            title = h1;
        // An <h1> of a few words that is only the head or tail of the <title>, past a separator,
        // is the site's name (a blog's masthead): the rest of the <title> is the page's.
        if (title == h1 && e.og_title.empty() && !e.h1_is_permalink && hl.size() < tl.size()) {
            const std::string t = trim(e.title_tag);
            std::string rest;
            if (tl.starts_with(hl)) rest = t.substr(h1.size());
            else if (tl.ends_with(hl)) rest = t.substr(0, t.size() - h1.size());
            // Separators at either end: ASCII ones and the middle dot, dashes, guillemet.
            static constexpr std::array<std::string_view, 11> seps{" ", ":", "|", "-", "/", "\xC2\xB7", "\xE2\x80\x93",
                                                                   "\xE2\x80\x94", "\xC2\xBB", "\xC2\xAB", "\xE2\x80\xA2"};
            const std::size_t cut = rest.size();
            for (bool more = true; more && !rest.empty();) {
                more = false;
                for (std::string_view sep : seps) {
                    if (rest.starts_with(sep)) rest.erase(0, sep.size()), more = true;
                    if (rest.ends_with(sep)) rest.erase(rest.size() - sep.size()), more = true;
                }
            }
            const bool parted = rest.size() + 1 < cut;  // a separator stood between them
            // The site's name is the shorter side: a headline is the longer one.
            const auto spaces = [](const std::string& x) { return std::count(x.begin(), x.end(), ' '); };
            if (parted && spaces(rest) >= 2 && spaces(rest) > spaces(h1) && spaces(h1) <= 3 && !e.part_boxed) title = rest;
            // A heading says another part of the <title>: the page's headline, as the heading
            // writes it (no separator in it is the site's).
            if (!e.part_heading.empty()) return trim(e.part_heading);
        }
    }
    title = strip_site_name(title.empty() ? e.title_tag : std::string_view(title), site);
    if (title.empty()) title = trim(e.h1);
    if (!e.h1_is_masthead && is_fuller_headline(trim(e.h1), title)) title = trim(e.h1);
    return title;
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

// Two absolute URLs name the same page: same host, path and query, whatever the scheme,
// fragment or trailing slash.
bool same_page(std::string_view a, std::string_view b) {
    const auto key = [](std::string_view u) {
        if (const auto s = u.find("://"); s != std::string_view::npos) u.remove_prefix(s + 3);
        u = u.substr(0, u.find('#'));
        while (u.ends_with('/')) u.remove_suffix(1);
        if (u.starts_with("www.")) u.remove_prefix(4);
        return ascii_lower(u);
    };
    return !a.empty() && key(a) == key(b);
}

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
