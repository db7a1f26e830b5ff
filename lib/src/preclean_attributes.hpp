// Which attributes preclean may blank or drop: the ones no stage reads (see preclean.hpp).
// Keep in step with the readers (Dom::attr callers, the loops over a node's attributes in
// dates.cpp and extract_hints.cpp).
#pragma once
#include <array>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace winnow::detail {

// Whether no stage reads this attribute (name in any case), so its value may be blanked: event
// handlers (on*), and data-* attributes other than lazy image sources (blocks.cpp) and those
// whose name speaks of a date (dates.cpp reads them).
bool attribute_unread(std::string_view name);

// Whether preclean may drop this attribute whole (name in any case): the unread ones above and
// the presentational ones no stage reads (align, border, bgcolor, alt, target, ...), from tags
// whose attributes the tree builder neither reads nor compares.
bool attribute_dropped(std::string_view name);

namespace attribute_names {

inline char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

// Presentation and form state no stage reads: table layout, colours, spacing, link targets,
// alternative text, script language, tab order. Sorted, so each first letter is one range.
constexpr std::string_view kDroppedNames[] = {
    "accesskey", "align", "alt", "autocomplete", "background", "bgcolor", "border", "cellpadding",
    "cellspacing", "clear", "color", "colspan", "coords", "face", "frameborder", "hspace", "language",
    "marginheight", "marginwidth", "maxlength", "noshade", "nowrap", "rowspan", "scrolling", "shape",
    "tabindex", "target", "usemap", "valign", "value", "vspace"};

struct NameRange {
    std::uint8_t begin = 0, end = 0;
};

constexpr std::array<NameRange, 26> dropped_by_letter() {
    std::array<NameRange, 26> r{};
    for (std::size_t i = std::size(kDroppedNames); i-- > 0;) {
        NameRange& range = r[static_cast<std::size_t>(kDroppedNames[i][0] - 'a')];
        if (range.end == 0) range.end = static_cast<std::uint8_t>(i + 1);
        range.begin = static_cast<std::uint8_t>(i);
    }
    return r;
}
constexpr std::array<NameRange, 26> kDroppedByLetter = dropped_by_letter();

// The presentational names above (in any case); attribute_dropped adds the unread ones.
inline bool presentational_name(std::string_view name) {
    // Every attribute of every start tag is asked about: the first letter and the length sort
    // out nearly all names before any bytes are compared.
    const char first = lower(name.empty() ? '\0' : name[0]);
    if (first >= 'a' && first <= 'z') {
        const NameRange range = kDroppedByLetter[static_cast<std::size_t>(first - 'a')];
        for (std::size_t i = range.begin; i < range.end; ++i) {
            const std::string_view d = kDroppedNames[i];
            if (d.size() != name.size()) continue;
            std::size_t k = 1;
            while (k < d.size() && lower(name[k]) == d[k]) ++k;
            if (k == d.size()) return true;
        }
    }
    return false;
}

// attribute_unread, asked only of the names it may say yes to.
inline bool unread_name(std::string_view name) {
    const char first = name.empty() ? '\0' : lower(name[0]);
    return (first == 'o' || first == 'd') && attribute_unread(name);
}

}  // namespace attribute_names

}  // namespace winnow::detail
