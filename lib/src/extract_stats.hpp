// Private to the extract stage: the per-node aggregates the Extractor scores and chooses with.
#pragma once
#include <cstdint>

namespace winnow::detail::extraction {

// Per-node aggregates over the non-removed subtree, computed bottom-up in one pass
// (the node array is in pre-order, so a reverse scan visits children before parents).
struct NodeStats {
    std::uint32_t text = 0;        // visible characters, Latin-equivalent (see visible_chars)
    std::uint32_t link_text = 0;   // characters inside <a>
    std::uint32_t paragraphs = 0;  // paragraph-like descendants with real text
    std::uint32_t commas = 0;
    std::uint32_t inline_text = 0;    // characters in direct text and inline children
    std::uint32_t inline_link = 0;
    std::uint32_t inline_commas = 0;
    std::uint32_t run_text = 0;       // characters reached through inline elements only, no block between
    std::uint16_t inline_breaks = 0;  // <br> in direct and inline children: a run parted into lines
    std::uint16_t link_headings = 0;  // headings that are (almost) all link, headline links: teaser headlines
    std::uint16_t quotes = 0;         // blockquotes with real text (quotes, embedded posts)
    float score = 0;               // readability-style content score
    float chrome_discount = 0;     // share of score that came from a content name inside chrome
    bool candidate = false;
};

}  // namespace winnow::detail::extraction
