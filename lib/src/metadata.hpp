// Stage — metadata: title, authors, dates, site, language, description and tags of an HTML
// page, from meta tags, Open Graph, JSON-LD, microdata and the visible byline. Runs on the
// parsed DOM before pruning (the head and JSON-LD scripts are pruned afterwards).
#pragma once
#include <string>
#include <string_view>

#include <winnow/winnow.hpp>

#include "date_text.hpp"  // to_iso8601, month_from_name
#include "limits.hpp"
#include "parse_html.hpp"

namespace winnow::detail {

struct PageFacts {
    Metadata meta;
    std::string article_body;      // schema.org articleBody text, when the page has one
    std::uint32_t headline_node = no_node;   // the <h1> that carries the title, if found
    std::uint32_t subtitle_node = no_node;   // the dek element under the title, if found
};

// reference_date (YYYY-MM-DD, e.g. the crawl date) bounds the dates found: later ones are not
// plausible; empty means today.
// budget: the dates stage's loops stop on it (BudgetExceeded).
PageFacts read_metadata(const Dom& dom, std::string_view url_hint, std::string_view reference_date = {},
                        const Budget& budget = Budget::none());

// Title with a site-name suffix or prefix ("Story | Site", "Site - Story") removed.
std::string strip_site_name(std::string_view title, std::string_view site);

// Resolves a possibly relative href against a base URL.
std::string resolve_url(std::string_view base, std::string_view href);

// Two absolute URLs name the same page: same host, path and query, whatever the scheme,
// fragment or trailing slash.
bool same_page(std::string_view a, std::string_view b);

// Lower-case host of a URL ("https://www.a.com/x" -> "www.a.com"), empty if none.
std::string url_host(std::string_view url);

}  // namespace winnow::detail
