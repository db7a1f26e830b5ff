// Small editing primitives over the block model that keep inline span offsets valid.
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>

#include <winnow/winnow.hpp>

namespace winnow::detail {

// Erases text[begin, end) and shifts, shrinks or drops the spans it overlaps.
void erase_text(Block& block, std::uint32_t begin, std::uint32_t end);

// Replaces the whole text of a block by mapping each span-delimited segment through fn,
// so spans keep covering the same words.
void map_segments(Block& block, const std::function<std::string(std::string_view)>& fn);

// Collapses whitespace runs to one space, trims both ends, and removes a space before
// . , ; : ! ? ) — offsets of spans are kept consistent.
void tidy_spaces(Block& block);

// Concatenated visible text of a block and its descendants, children separated by a space.
std::string flat_text(const Block& block);

// Calls fn for the block and every descendant that carries text of its own.
void for_each_text_block(std::vector<Block>& blocks, const std::function<void(Block&)>& fn);

}  // namespace winnow::detail
