// The byte helpers the extract stage's line tests read short texts with (extract_lines.cpp,
// extract_credit_name.cpp, extract_rating_lines.cpp, extract_time_span.cpp): one copy where
// each file held its own.
#pragma once
#include <string>
#include <string_view>

namespace winnow::detail::line_bytes {

// HTML's white space: what a text node's spaces are.
inline bool is_space(unsigned char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

inline std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
}

inline std::string_view trim_view(std::string_view s) {
    while (!s.empty() && is_space(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && is_space(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

}  // namespace winnow::detail::line_bytes
