#include "extract_time_span.hpp"

#include <algorithm>
#include <cctype>
#include <string>

#include "line_bytes.hpp"
#include "text_length.hpp"

namespace winnow::detail {

namespace {

using line_bytes::is_space;
using line_bytes::trim_view;

// A clock time at t[i]: one or two digits, ':' or '.', two digits, not inside a longer number
// or a date ("12.03.2024" is no time). Returns its end, or npos.
std::size_t clock_time_at(std::string_view t, std::size_t i) {
    const auto digit = [&](std::size_t k) { return k < t.size() && t[k] >= '0' && t[k] <= '9'; };
    if (!digit(i) || (i > 0 && (digit(i - 1) || t[i - 1] == '.' || t[i - 1] == ':'))) return std::string_view::npos;
    std::size_t k = i + (digit(i + 1) ? 2 : 1);
    if (k >= t.size() || (t[k] != ':' && t[k] != '.') || !digit(k + 1) || !digit(k + 2)) return std::string_view::npos;
    k += 3;
    if (digit(k) || (k + 1 < t.size() && (t[k] == '.' || t[k] == ':') && digit(k + 1))) return std::string_view::npos;
    return k;
}

// What stands between the two times of a span: a dash or tilde, or one or two short words of
// letters ("bis", "to", "à", "Uhr bis", "から"), or the first time's suffix and a dash
// ("8:30 pm – 10:30 pm"), nothing else.
bool is_span_joint(std::string_view between) {
    const std::string_view j = trim_view(between);
    const auto dash = [](std::string_view w) {
        return w == "-" || w == "\u2013" || w == "\u2014" || w == "~" || w == "\uff5e" || w == "\u301c";
    };
    if (j.empty() || j.size() > 12) return false;
    if (dash(j)) return true;
    int words = 0, dashes = 0;
    for (std::size_t i = 0; i < j.size();) {
        while (i < j.size() && is_space(static_cast<unsigned char>(j[i]))) ++i;
        if (i == j.size()) break;
        std::size_t k = i;
        while (k < j.size() && !is_space(static_cast<unsigned char>(j[k]))) ++k;
        const std::string_view w = j.substr(i, k - i);
        if (dash(w) && words > 0 && ++dashes == 1) {
            i = k;
            continue;
        }
        // A word of letters: "- -" between two prices is no joint.
        const bool letters = std::any_of(w.begin(), w.end(), [](char c) {
            const auto u = static_cast<unsigned char>(c);
            return std::isalpha(u) || u >= 0xC3;
        });
        if (++words > 2 || text_length(w) > 4 || !letters || std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
            return false;
        i = k;
    }
    return words > 0;
}

bool is_lone_dash(std::string_view run) {
    const std::string_view j = trim_view(run);
    return j == "-" || j == "\u2013" || j == "\u2014" || j == "~" || j == "\uff5e" || j == "\u301c";
}

}  // namespace

bool holds_time_span(std::string_view text) {
    std::size_t prev_end = std::string_view::npos;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::size_t end = clock_time_at(text, i);
        if (end == std::string_view::npos) continue;
        if (prev_end != std::string_view::npos && is_span_joint(text.substr(prev_end, i - prev_end))) return true;
        prev_end = end;
        i = end - 1;
    }
    return false;
}

bool holds_time_span_in(const Dom& dom, std::uint32_t node) {
    // The two runs before the current one that hold more than spaces.
    std::string_view before_joint, joint;
    for (std::uint32_t d = dom.next_in(node, node); d != no_node;) {
        const DomNode& e = dom.nodes[d];
        if (e.removed) {
            d = dom.next_in(d, node, true);
            continue;
        }
        if (e.type == NodeType::text) {
            const std::string_view run = e.text;
            if (holds_time_span(run)) return true;
            if (!joint.empty() && is_lone_dash(joint)) {
                std::string line(before_joint);
                line += joint;
                line += run;
                if (holds_time_span(line)) return true;
            }
            before_joint = joint;
            joint = run;
        }
        d = dom.next_in(d, node);
    }
    return false;
}

}  // namespace winnow::detail
