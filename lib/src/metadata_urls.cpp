// URL helpers of the metadata stage, used across the library: a URL's host, an href resolved
// against a base, two URLs naming one page (metadata.hpp).
#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

#include "metadata.hpp"
#include "metadata_parts.hpp"
#include "text_lines.hpp"

namespace winnow::detail {

using meta::trim;

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

}  // namespace winnow::detail
