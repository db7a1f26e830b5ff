#include "ascii.hpp"
#include "block_edit.hpp"

#include <algorithm>

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

namespace {
// Punctuation that never takes a space before it in the languages we see most. ';' ':' '!' '?'
// are left alone: French typography puts a space before them (the link-residue filter judges
// a " ;" by the whole document's habit).
bool closes_phrase(char c) { return c == '.' || c == ',' || c == ')'; }

// "word ." but not ". . ." (spaced ellipsis) nor ".txt"-like tokens.
bool space_is_residue(const std::string& t, std::size_t start, std::size_t stop) {
    if (stop >= t.size() || !closes_phrase(t[stop])) return false;
    if (start > 0 && (t[start - 1] == '.' || t[start - 1] == ',')) return false;
    const std::size_t after = stop + 1;
    return after >= t.size() || is_ascii_space(t[after]) || t[after] == '"' || t[after] == '\'' ||
           static_cast<unsigned char>(t[after]) >= 0x80 || closes_phrase(t[after]);
}
}  // namespace

// Whether tidy_spaces_plain would leave text as it is: no space at either end, every space
// a ' ' alone, none before '.', ',' or ')' (a superset of space_is_residue's cases). One
// forward look at each byte, most of them one comparison: a block of prose (nearly all of
// them, and all of a block normalize_document tidied already) is not walked again.
bool spaces_already_tidy(std::string_view t) {
    const std::size_t n = t.size();
    if (n == 0) return true;
    if (is_ascii_space(t[0]) || is_ascii_space(t[n - 1])) return false;
    const char* const s = t.data();
    for (std::size_t i = 1; i + 1 < n; ++i) {
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
    // Walk backwards so erasures do not disturb positions still to visit.
    std::string& t = block.text;
    std::size_t i = t.size();
    while (i > 0) {
        --i;
        if (!is_ascii_space(t[i])) continue;
        std::size_t start = i;
        while (start > 0 && is_ascii_space(t[start - 1])) --start;
        const std::size_t stop = i + 1;
        const bool at_edge = start == 0 || stop == t.size();
        const bool before_punct = space_is_residue(t, start, stop);
        if (at_edge || before_punct) {
            erase_text(block, static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(stop));
        } else {
            if (t[start] != ' ') t[start] = ' ';
            if (stop - start > 1)
                erase_text(block, static_cast<std::uint32_t>(start + 1), static_cast<std::uint32_t>(stop));
        }
        i = start;
    }
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
