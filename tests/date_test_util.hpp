// Helpers shared by the dates suites: the first date scanned in a text, and a page's metadata.
#pragma once
#include <cstdio>
#include <string>
#include <string_view>

#include "date_text.hpp"
#include "metadata.hpp"
#include "parse_html.hpp"

namespace winnow::test {

// The first full date scanned in text, as YYYY-MM-DD, or "" when none.
inline std::string first_date(std::string_view text, bool month_first = false) {
    const auto found = detail::scan_dates(text, month_first);
    if (found.empty()) return {};
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", found[0].year, found[0].month, found[0].day);
    return buf;
}

inline detail::PageFacts facts_of(const std::string& html, std::string_view url = {}, std::string_view reference = {}) {
    auto dom = detail::Dom::parse(html, 1'000'000, 400);
    return detail::read_metadata(*dom, url, reference);
}

}  // namespace winnow::test
