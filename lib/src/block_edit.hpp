// Small editing primitives over the block model that keep inline span offsets valid.
#pragma once
#include <cstdint>
#include <algorithm>
#include <functional>
#include <vector>
#include <string>
#include <string_view>

#include <winnow/winnow.hpp>

namespace winnow::detail {

// Erases text[begin, end) and shifts, shrinks or drops the spans it overlaps.
void erase_text(Block& block, std::uint32_t begin, std::uint32_t end);
// Erases several ranges [first, second) of text at once: the text and spans erase_text leaves
// when called on each, from the last range back. One pass over the text, so a block with many
// ranges costs its length, not its length per range. Ranges empty once ends are clamped to the
// text are skipped; the others must come in order and apart (each ends where or before the
// next begins), else they are erased one by one as described.
void erase_texts(Block& block, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& ranges);

// The spans of one kind of a block, indexed to ask whether any of them overlaps a range: sorted
// by start, with the furthest end among the first k. A question is one binary search, not a walk
// of every span (a block with thousands of links asked once per segment or per run).
class SpanIndex {
public:
    SpanIndex(const std::vector<Span>& spans, Span::Kind kind);
    // Some span s of the kind has s.begin < end and begin < s.end.
    bool overlaps(std::uint32_t begin, std::uint32_t end) const;
    // Some span s of the kind has s.begin <= at < s.end.
    bool covers(std::uint32_t at) const { return overlaps(at, at + 1); }
    bool empty() const { return begins_.empty(); }

private:
    std::vector<std::uint32_t> begins_, furthest_end_;
};

// Edits a block's text segment by segment, every span edge a cut, so spans keep covering the
// same words. fn(segment, out) writes a new segment to out and returns true, or returns false
// when the segment stays as it is: a block whose segments all stay is not copied. Spans left
// empty are dropped.
template <class Fn>
void edit_segments(Block& block, Fn&& fn);

// Collapses whitespace runs to one space, trims both ends, and removes a space before
// . , ; : ! ? ) — offsets of spans are kept consistent.
// (A block whose text needs none of it, by spaces_already_tidy, is left without the walk.)
void tidy_spaces(Block& block);
// The walk without that screen, for the differential test.
void tidy_spaces_plain(Block& block);
bool spaces_already_tidy(std::string_view text);

// Concatenated visible text of a block and its descendants, children separated by a space.
std::string flat_text(const Block& block);

// Calls fn for the block and every descendant that carries text of its own.
void for_each_text_block(std::vector<Block>& blocks, const std::function<void(Block&)>& fn);

template <class Fn>
void edit_segments(Block& block, Fn&& fn) {
    std::string piece;
    if (block.spans.empty()) {
        if (fn(std::string_view(block.text), piece)) block.text = std::move(piece);
        return;
    }
    const auto size = static_cast<std::uint32_t>(block.text.size());
    std::vector<std::uint32_t> cuts{0, size};
    for (const auto& s : block.spans) {
        cuts.push_back(s.begin);
        cuts.push_back(s.end);
    }
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    std::string out;
    bool edited = false;
    std::vector<std::uint32_t> new_pos(cuts.size());
    const std::string_view text(block.text);
    for (std::size_t i = 0; i + 1 < cuts.size(); ++i) {
        new_pos[i] = edited ? static_cast<std::uint32_t>(out.size()) : cuts[i];
        const std::string_view seg = text.substr(cuts[i], cuts[i + 1] - cuts[i]);
        if (fn(seg, piece)) {
            if (!edited) {
                out.reserve(block.text.size());
                out.assign(text.substr(0, cuts[i]));
                edited = true;
            }
            out += piece;
        } else if (edited) {
            out += seg;
        }
    }
    new_pos.back() = edited ? static_cast<std::uint32_t>(out.size()) : size;
    if (edited) {
        auto remap = [&](std::uint32_t pos) {
            auto it = std::lower_bound(cuts.begin(), cuts.end(), pos);
            return new_pos[static_cast<std::size_t>(it - cuts.begin())];
        };
        for (auto& s : block.spans) {
            s.begin = remap(s.begin);
            s.end = remap(s.end);
        }
    }
    std::erase_if(block.spans, [](const Span& s) { return s.begin >= s.end; });
    if (edited) block.text = std::move(out);
}

}  // namespace winnow::detail
