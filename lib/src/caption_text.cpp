#include "caption_text.hpp"

#include <algorithm>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace winnow::detail {

namespace {

// s with runs of ASCII space as one space, trimmed, ASCII letters in lower case.
std::string collapsed(std::string_view s) {
    std::string out;
    for (const char c : s) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c;
    }
    if (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// Enough of a description to be recognized when said again: three words, or 12 bytes without a
// space in a script written without them (four Han or kana signs). A word or two ("Menu",
// "photo") is said anywhere.
bool says_enough(std::string_view said) {
    const auto spaces = std::count(said.begin(), said.end(), ' ');
    if (spaces >= 2) return true;
    return spaces == 0 && said.size() >= 12 &&
           std::any_of(said.begin(), said.end(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

// The nearest block element holding m, below n (n itself when none is).
std::uint32_t line_of(const Dom& dom, std::uint32_t m, std::uint32_t n) {
    for (std::uint32_t a = dom.nodes[m].parent; a != no_node && a != n; a = dom.nodes[a].parent)
        if (dom.nodes[a].type == NodeType::element && is_block_element(dom.nodes[a].tag)) return a;
    return n;
}

bool ends_sentence(std::string_view t) {
    while (!t.empty() && static_cast<unsigned char>(t.back()) <= ' ') t.remove_suffix(1);
    if (t.ends_with("\xE3\x80\x82") || t.ends_with("\xEF\xBC\x81") || t.ends_with("\xEF\xBC\x9F")) return true;  // 。！？
    return !t.empty() && (t.back() == '.' || t.back() == '!' || t.back() == '?');
}

}  // namespace

bool is_titled_card_text(const Dom& dom, std::uint32_t n) {
    // The box's text, line by line: consecutive text nodes under one block element are a line.
    std::vector<std::pair<std::uint32_t, std::string>> lines;
    int seen = 0;
    for (std::uint32_t m = dom.next_in(n, n); m != no_node;) {
        const DomNode& mn = dom.nodes[m];
        if (++seen > 80 || lines.size() > 6) return false;
        if (mn.removed) {
            m = dom.next_in(m, n, true);
            continue;
        }
        if (mn.type == NodeType::text && !collapsed(mn.text).empty()) {
            const std::uint32_t l = line_of(dom, m, n);
            if (lines.empty() || lines.back().first != l) lines.emplace_back(l, std::string());
            lines.back().second += mn.text;
        }
        m = dom.next_in(m, n);
    }
    if (lines.size() < 2 || lines.front().first == n) return false;
    const std::string title = collapsed(lines.front().second);
    if (title.size() > 80 || ends_sentence(title) || title.ends_with(':')) return false;
    return std::any_of(lines.begin() + 1, lines.end(), [](const auto& l) { return ends_sentence(l.second); });
}

bool repeats_picture_description(const Dom& dom, std::uint32_t line, std::uint32_t image) {
    if (!dom.is(image, GUMBO_TAG_IMG))
        for (std::uint32_t m = dom.next_in(image, image); m != no_node; m = dom.next_in(m, image))
            if (dom.is(m, GUMBO_TAG_IMG)) {
                image = m;
                break;
            }
    if (!dom.is(image, GUMBO_TAG_IMG)) return false;
    const std::string said = collapsed(dom.attr(image, "title"));
    return says_enough(said) && collapsed(dom.text_of(line)).find(said) != std::string::npos;
}

}  // namespace winnow::detail
