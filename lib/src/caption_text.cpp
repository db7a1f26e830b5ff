#include "caption_text.hpp"

#include <algorithm>
#include <string>
#include <string_view>

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

}  // namespace

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
