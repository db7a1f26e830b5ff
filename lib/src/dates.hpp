// Stage — dates: when the page was first published and last modified. Every place a date
// lives is a source with its own weight: JSON-LD, meta tags of the common families, microdata,
// <time>, <abbr> and data attributes, the URL, the byline and dateline near the title, dates in
// running text. Labels ("Updated", "Veröffentlicht") and sources tell published from modified;
// implausible dates (before 1995, after the reference date) are dropped. Runs on the parsed DOM
// before pruning, from read_metadata.
#pragma once
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "json_value.hpp"
#include "limits.hpp"
#include "parse_html.hpp"

namespace winnow::detail {

struct DateFinding {
    std::string published, modified;                  // ISO 8601, empty when not found
    std::string published_source, modified_source;    // "json-ld", "meta", "url", "byline", ...
};

struct DateContext {
    std::string_view url;              // the page URL (dates in its path)
    std::string_view language;         // the page language ("en-US" reads 11/19/2019 month first)
    std::string_view reference_date;   // YYYY-MM-DD: nothing after it is plausible; empty: today
    std::uint32_t headline_node = no_node;  // the title element: bylines sit near it
    // The page's JSON-LD blocks, already parsed, with their <script> nodes; null: parse them here.
    const std::vector<std::pair<std::uint32_t, JsonValue>>* jsonld = nullptr;
};

// budget: its loops over the nodes and the candidates throw BudgetExceeded ("... during dates")
// once it is spent.
DateFinding find_dates(const Dom& dom, const DateContext& context, const Budget& budget = Budget::none());

// A date-bearing URL path: "/2019/11/19/", "/20191119/", "-2019-11-19": the day as YYYY-MM-DD,
// or empty. Digit runs of 14 (archive capture times) are not publication dates.
std::string date_in_url(std::string_view url);

}  // namespace winnow::detail
