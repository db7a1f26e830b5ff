#include "ascii.hpp"
#include "block_edit.hpp"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace winnow::detail {

void erase_text(Block& block, std::uint32_t begin, std::uint32_t end) {
    const auto size = static_cast<std::uint32_t>(block.text.size());
    end = std::min(end, size);
    if (begin >= end) return;
    const std::uint32_t cut = end - begin;
    block.text.erase(begin, cut);
    // A position inside the cut moves to its start; positions after it move left.
    auto shift = [&](std::uint32_t pos) {
        if (pos <= begin) return pos;
        if (pos >= end) return pos - cut;
        return begin;
    };
    for (auto& span : block.spans) {
        span.begin = shift(span.begin);
        span.end = shift(span.end);
    }
    std::erase_if(block.spans, [](const Span& s) { return s.begin >= s.end; });
}

SpanIndex::SpanIndex(const std::vector<Span>& spans, Span::Kind kind) {
    std::vector<std::pair<std::uint32_t, std::uint32_t>> of_kind;
    for (const Span& s : spans)
        if (s.kind == kind) of_kind.emplace_back(s.begin, s.end);
    std::sort(of_kind.begin(), of_kind.end());
    begins_.reserve(of_kind.size());
    furthest_end_.reserve(of_kind.size());
    for (const auto& [begin, end] : of_kind) {
        begins_.push_back(begin);
        furthest_end_.push_back(furthest_end_.empty() ? end : std::max(furthest_end_.back(), end));
    }
}

bool SpanIndex::overlaps(std::uint32_t begin, std::uint32_t end) const {
    // The spans starting before end are a prefix; one of them reaches past begin when the
    // furthest end among them does.
    const auto k = static_cast<std::size_t>(std::lower_bound(begins_.begin(), begins_.end(), end) - begins_.begin());
    return k > 0 && furthest_end_[k - 1] > begin;
}

namespace {
// erase_text's shifts of the spans for several cuts (in order and apart, in the coordinates of
// the text before any of them) composed: a position inside a cut moves to the cut's start, any
// other one left by the cuts that end at or before it. Spans left empty are dropped.
void shift_spans(Block& block, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& cuts) {
    if (block.spans.empty() || cuts.empty()) return;  // (no cut: erase_text never ran, no span dropped)
    std::vector<std::uint32_t> cut_before(cuts.size() + 1, 0);  // bytes the cuts before cuts[k] remove
    for (std::size_t k = 0; k < cuts.size(); ++k) cut_before[k + 1] = cut_before[k] + (cuts[k].second - cuts[k].first);
    auto shift = [&](std::uint32_t pos) {
        const auto it = std::upper_bound(cuts.begin(), cuts.end(), pos,
                                         [](std::uint32_t p, const auto& c) { return p < c.second; });
        const auto k = static_cast<std::size_t>(it - cuts.begin());
        if (it != cuts.end() && it->first < pos) return it->first - cut_before[k];
        return pos - cut_before[k];
    };
    for (auto& span : block.spans) {
        span.begin = shift(span.begin);
        span.end = shift(span.end);
    }
    std::erase_if(block.spans, [](const Span& s) { return s.begin >= s.end; });
}
}  // namespace

void erase_texts(Block& block, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& ranges) {
    const auto size = static_cast<std::uint32_t>(block.text.size());
    // The ranges that cut something, ends clamped. (erase_text clamps to the text as it stands
    // then; in order and apart, the ranges after one begin at or past its end, so that is the
    // same end, and a range empty here is empty there too.)
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cuts;
    cuts.reserve(ranges.size());
    for (auto [begin, end] : ranges) {
        end = std::min(end, size);
        if (begin >= end) continue;
        if (!cuts.empty() && begin < cuts.back().second) {  // overlapping or out of order: one by one
            for (auto it = ranges.rbegin(); it != ranges.rend(); ++it) erase_text(block, it->first, it->second);
            return;
        }
        cuts.emplace_back(begin, end);
    }
    if (cuts.empty()) return;
    std::string text;
    text.reserve(size);
    std::uint32_t from = 0;
    for (const auto& [begin, end] : cuts) {
        text.append(block.text, from, begin - from);
        from = end;
    }
    text.append(block.text, from, size - from);
    block.text = std::move(text);
    shift_spans(block, cuts);
}

namespace {
// Punctuation that never takes a space before it in the languages we see most. ';' ':' '!' '?'
// are left alone: French typography puts a space before them (the link-residue filter judges
// a " ;" by the whole document's habit).
bool closes_phrase(char c) { return c == '.' || c == ',' || c == ')'; }

// "word ." but not ". . ." (spaced ellipsis) nor ".txt"-like tokens. The tidied text after the
// spaces is told by its length n and its first two bytes (first, second).
bool space_is_residue(const std::string& t, std::size_t start, std::size_t n, char first, char second) {
    if (n == 0 || !closes_phrase(first)) return false;
    if (start > 0 && (t[start - 1] == '.' || t[start - 1] == ',')) return false;
    if (n < 2) return true;
    return is_ascii_space(second) || second == '"' || second == '\'' ||
           static_cast<unsigned char>(second) >= 0x80 || closes_phrase(second);
}
}  // namespace

// Whether tidy_spaces_plain would leave text as it is: no space at either end, every space
// a ' ' alone, none before '.', ',' or ')' (a superset of space_is_residue's cases). One
// forward look at each byte, most of them one comparison: a block of prose (nearly all of
// them, and all of a block normalize_document tidied already) is not walked again.
//
// Eight bytes at a time while they hold no byte below 0x20: then a ' ' followed by ' ', '.',
// ',' or ')' is the only untidy case left among them (a next byte below 0x20 is judged at its own
// place, or as the last byte). A byte loop branched on every space of the prose, at the word
// lengths' random intervals, and mispredicted about once a word.
bool spaces_already_tidy(std::string_view t) {
    const std::size_t n = t.size();
    if (n == 0) return true;
    if (is_ascii_space(t[0]) || is_ascii_space(t[n - 1])) return false;
    const char* const s = t.data();
    std::size_t i = 1;
    if constexpr (std::endian::native == std::endian::little) {
        using namespace ascii_swar;
        constexpr std::uint64_t kLow7 = ~kHigh;
        // Lanes equal to c: exactly those where w ^ c.. is zero (no carry between lanes).
        const auto lanes_equal = [](std::uint64_t w, unsigned char c) {
            const std::uint64_t y = w ^ (c * kOnes);
            return ~(((y & kLow7) + kLow7) | y | kLow7);
        };
        for (; i + 9 <= n; i += 8) {
            std::uint64_t w, next;
            std::memcpy(&w, s + i, 8);
            std::memcpy(&next, s + i + 1, 8);
            // Lanes below 0x20: seven bits plus 0x60 stay below 0x80, and the byte is below 0x80.
            if ((~(((w & kLow7) + 0x60 * kOnes) | w) & kHigh) != 0) break;   // the byte loop judges them
            const std::uint64_t closer =
                lanes_equal(next, ' ') | lanes_equal(next, '.') | lanes_equal(next, ',') | lanes_equal(next, ')');
            if ((lanes_equal(w, ' ') & closer) != 0) return false;
        }
    }
    for (; i + 1 < n; ++i) {
        const char c = s[i];
        if (static_cast<unsigned char>(c) > ' ') continue;
        if (c != ' ') {
            if (is_ascii_space(c)) return false;
            continue;
        }
        const char next = s[i + 1];
        if (next == ' ' || next == '.' || next == ',' || next == ')' || is_ascii_space(next)) return false;
    }
    return true;
}

void tidy_spaces(Block& block) {
    if (spaces_already_tidy(block.text)) return;
    tidy_spaces_plain(block);
}

void tidy_spaces_plain(Block& block) {
    // Walk backwards, each run of spaces judged against the text after it as already tidied:
    // only that text's length and first two bytes matter, kept as the walk goes. The cuts are
    // applied once at the end (erasing each run in place moved the rest of the text once per
    // run, quadratic on a long untidy block); a run that stays is its first byte, made ' '.
    const std::string& t = block.text;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> cuts;  // from the last one back
    std::size_t kept = 0;          // bytes of the tidied text after position i
    char first = 0, second = 0;    // its first two bytes
    std::size_t cut_bytes = 0;
    bool other_space = false;      // a run kept whose first byte is not ' ' (a tab, a newline)
    std::size_t i = t.size();
    while (i > 0) {
        --i;
        if (!is_ascii_space(t[i])) {
            std::size_t from = i;  // the whole run of other bytes ending at i, at once
            while (from > 0 && !is_ascii_space(t[from - 1])) --from;
            second = i > from ? t[from + 1] : first;
            first = t[from];
            kept += i + 1 - from;
            i = from;
            continue;
        }
        std::size_t start = i;
        while (start > 0 && is_ascii_space(t[start - 1])) --start;
        const std::size_t stop = i + 1;
        const bool at_edge = start == 0 || kept == 0;
        const bool before_punct = space_is_residue(t, start, kept, first, second);
        if (at_edge || before_punct) {
            cuts.emplace_back(static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(stop));
            cut_bytes += stop - start;
        } else {
            second = first;
            first = ' ';
            ++kept;
            other_space |= t[start] != ' ';
            if (stop - start > 1) {
                cuts.emplace_back(static_cast<std::uint32_t>(start + 1), static_cast<std::uint32_t>(stop));
                cut_bytes += stop - start - 1;
            }
        }
        i = start;
    }
    std::reverse(cuts.begin(), cuts.end());
    std::string out;
    out.reserve(t.size() - cut_bytes);
    std::size_t from = 0;
    for (const auto& [lo, hi] : cuts) {
        out.append(t, from, lo - from);
        from = hi;
    }
    out.append(t, from, std::string::npos);
    // The only spaces left are the kept runs' first bytes: nearly always ' ' already.
    if (other_space)
        for (char& c : out)
            if (is_ascii_space(c)) c = ' ';
    block.text = std::move(out);
    shift_spans(block, cuts);
}

std::string flat_text(const Block& block) {
    std::string out = block.text;
    for (const auto& child : block.children) {
        std::string inner = flat_text(child);
        if (inner.empty()) continue;
        if (!out.empty()) out += ' ';
        out += inner;
    }
    return out;
}

void for_each_text_block(std::vector<Block>& blocks, const std::function<void(Block&)>& fn) {
    for (auto& b : blocks) {
        fn(b);
        for_each_text_block(b.children, fn);
    }
}

}  // namespace winnow::detail
