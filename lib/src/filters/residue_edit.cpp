// The edits the link-residue filters share (residue_edit.hpp).
#include "filters/residue_edit.hpp"

#include <algorithm>
#include <cctype>

#include "ascii.hpp"

namespace winnow::detail {

void relink_previous_word(Block& b, std::uint32_t pos, const std::string& target) {
    if (target.empty() || target.front() == '#') return;
    std::uint32_t end = pos;
    while (end > 0 && is_ascii_space(b.text[end - 1])) --end;
    std::uint32_t begin = end;
    while (begin > 0 && !is_ascii_space(b.text[begin - 1])) --begin;
    // Trim punctuation the word may carry ("claim," "(claim").
    while (begin < end && std::ispunct(static_cast<unsigned char>(b.text[begin]))) ++begin;
    while (end > begin && std::ispunct(static_cast<unsigned char>(b.text[end - 1]))) --end;
    if (begin >= end) return;
    for (const auto& s : b.spans)
        if (s.kind == Span::Kind::link && s.begin < end && s.end > begin) return;
    b.spans.push_back(Span{Span::Kind::link, begin, end, target});
    std::sort(b.spans.begin(), b.spans.end(), [](const Span& x, const Span& y) { return x.begin < y.begin; });
}

std::uint32_t with_leading_space(const std::string& t, std::uint32_t begin) {
    while (begin > 0 && is_ascii_space(t[begin - 1])) --begin;
    return begin;
}

void record_residue(Document& doc, const Block& b, std::string text, std::size_t at) {
    doc.removed.push_back(Removal{RemovalReason::residue, true, std::move(text), b.source_line, 0.8, b.order,
                                  static_cast<std::uint32_t>(at)});
}

}  // namespace winnow::detail
