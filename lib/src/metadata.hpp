// Stage — metadata: title, authors, dates, site, language, description and tags of an HTML
// page, from meta tags, Open Graph, JSON-LD, microdata and the visible byline. Runs on the
// parsed DOM before pruning (the head and JSON-LD scripts are pruned afterwards).
#pragma once
#include <string>
#include <string_view>

#include <winnow/winnow.hpp>

#include "parse_html.hpp"

namespace winnow::detail {

struct PageFacts {
    Metadata meta;
    std::string article_body;      // schema.org articleBody text, when the page has one
    std::uint32_t headline_node = no_node;   // the <h1> that carries the title, if found
    std::uint32_t subtitle_node = no_node;   // the dek element under the title, if found
};

PageFacts read_metadata(const Dom& dom, std::string_view url_hint);

// "February 24, 2025", "Mon, 24 Feb 2025 10:00:00 GMT", "2025/02/24 10:00" ... to ISO 8601
// ("2025-02-24" or "2025-02-24T10:00:00Z"); empty when no date can be read.
std::string to_iso8601(std::string_view text);
// The month (1-12) a word names in one of the languages to_iso8601 reads ("Oct.", "outubro",
// "März"), or 0.
int month_from_name(std::string_view word);

// Title with a site-name suffix or prefix ("Story | Site", "Site - Story") removed.
std::string strip_site_name(std::string_view title, std::string_view site);

// Resolves a possibly relative href against a base URL.
std::string resolve_url(std::string_view base, std::string_view href);

// Lower-case host of a URL ("https://www.a.com/x" -> "www.a.com"), empty if none.
std::string url_host(std::string_view url);

}  // namespace winnow::detail
