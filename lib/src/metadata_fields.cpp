// The metadata fields' setters: trimmed text, authors once each, tags once each (metadata_parts.hpp).
#include <cctype>

#include "metadata_parts.hpp"

namespace winnow::detail::meta {
namespace {

bool looks_like_url(std::string_view s) {
    return s.starts_with("http://") || s.starts_with("https://") || s.starts_with("//") || s.starts_with("/");
}

}  // namespace

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

}  // namespace winnow::detail::meta
