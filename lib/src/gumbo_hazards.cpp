#include "gumbo_hazards.hpp"

#include <cstring>

namespace winnow::detail {

namespace {

bool ascii_iequal(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'a' && x <= 'z') x = static_cast<char>(x - 'a' + 'A');
        if (y >= 'a' && y <= 'z') y = static_cast<char>(y - 'a' + 'A');
        if (x != y) return false;
    }
    return true;
}

}  // namespace

std::string_view defuse_gumbo_hazards(std::string_view html, std::string& storage) {
    constexpr std::string_view marker = "<![CDATA[";
    // Found by the marker's third byte: after preclean '[' is rare (scripts and styles are
    // blanked) where '<' opens every tag, so the walk stops at a few places, not at every tag.
    constexpr std::size_t bracket = 2;   // marker[bracket] == '['
    bool copied = false;
    const char* base = html.data();
    for (std::size_t p = bracket; p + marker.size() - bracket <= html.size();) {
        const void* hit = std::memchr(base + p, '[', html.size() - p);
        if (!hit) break;
        const auto at = static_cast<std::size_t>(static_cast<const char*>(hit) - base) - bracket;
        if (at + marker.size() <= html.size() && ascii_iequal(html.substr(at, marker.size()), marker)) {
            if (!copied) {
                storage.assign(html);
                copied = true;
            }
            storage[at + marker.size() - 1] = ' ';  // "<![CDATA[" -> "<![CDATA "
        }
        p = at + bracket + 1;
    }
    return copied ? std::string_view(storage) : html;
}

}  // namespace winnow::detail
