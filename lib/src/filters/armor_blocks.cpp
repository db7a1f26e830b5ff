// A key, a signature or a certificate in ASCII armor ("-----BEGIN PGP PUBLIC KEY BLOCK-----" …
// "-----END PGP PUBLIC KEY BLOCK-----"): found whole, from its opening line to its closing one,
// before the garbage filter reads tokens. The frame is the format's own: five dashes, BEGIN or
// END and a label in capitals, five dashes; the label that opens is the label that closes.
#include <string_view>
#include <vector>

#include "ascii.hpp"
#include "filters/filters.hpp"

namespace winnow::detail {

namespace {

constexpr std::string_view kDashes = "-----";
constexpr std::size_t kArmorBytes = 64 * 1024;  // a key block is a few kilobytes
constexpr std::size_t kLabelBytes = 48;         // "PGP PUBLIC KEY BLOCK", "ENCRYPTED PRIVATE KEY"

// The label of a frame line at p ("-----BEGIN X Y-----" with word "BEGIN"): the label's
// bytes, and where the frame ends; an empty label when there is none.
std::string_view frame_label(std::string_view t, std::size_t p, std::string_view word, std::size_t& end) {
    if (t.substr(p, kDashes.size()) != kDashes) return {};
    std::size_t q = p + kDashes.size();
    if (t.substr(q, word.size()) != word || q + word.size() >= t.size() || t[q + word.size()] != ' ') return {};
    q += word.size() + 1;
    const std::size_t b = q;
    while (q < t.size() && q - b < kLabelBytes && ((t[q] >= 'A' && t[q] <= 'Z') || (t[q] >= '0' && t[q] <= '9') || t[q] == ' ')) ++q;
    if (q == b || t.substr(q, kDashes.size()) != kDashes) return {};
    end = q + kDashes.size();
    return t.substr(b, q - b);
}

}  // namespace

// A frame whose mate is in another block (a text page parts the armor at its blank line) goes
// alone, the END frame with the checksum line right before it ("=Xk3q").
void find_armor_blocks(std::string_view t, std::vector<TextRange>& out) {
    const std::size_t first = out.size();  // the ranges of whole frames start here
    for (std::size_t p = t.find("-----BEGIN "); p != std::string_view::npos; p = t.find("-----BEGIN ", p + 1)) {
        std::size_t open_end = 0;
        const std::string_view label = frame_label(t, p, "BEGIN", open_end);
        if (label.empty()) continue;
        std::size_t end = open_end;
        for (std::size_t c = t.find("-----END ", open_end); c != std::string_view::npos && c - p < kArmorBytes;
             c = t.find("-----END ", c + 1)) {
            std::size_t close_end = 0;
            if (frame_label(t, c, "END", close_end) != label) continue;
            end = close_end;
            break;
        }
        out.push_back({static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(end)});
        p = end - 1;
    }
    const std::size_t whole = out.size();
    const auto in_whole_frame = [&](std::size_t c) {
        for (std::size_t k = first; k < whole; ++k)
            if (c >= out[k].begin && c < out[k].end) return true;
        return false;
    };
    for (std::size_t c = t.find("-----END "); c != std::string_view::npos; c = t.find("-----END ", c + 1)) {
        if (in_whole_frame(c)) continue;
        std::size_t close_end = 0;
        if (frame_label(t, c, "END", close_end).empty()) continue;
        std::size_t b = c;
        while (b > 0 && is_ascii_space(t[b - 1])) --b;
        std::size_t s = b;
        while (s > 0 && !is_ascii_space(t[s - 1])) --s;
        if (b - s >= 2 && b - s <= 5 && t[s] == '=') b = s;  // the checksum: '=' and four base64 characters
        else b = c;
        out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(close_end)});
        c = close_end - 1;
    }
}

}  // namespace winnow::detail
