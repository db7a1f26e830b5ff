// Private to the extract stage: what the Extractor (extract_impl.hpp) works on — the page, its
// per-node statistics, the title and the core found so far, the marks this stage made — and the
// few readings of it every part of the stage asks for.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "extract.hpp"
#include "extract_hints.hpp"
#include "extract_stats.hpp"
#include "limits.hpp"

namespace winnow::detail::extraction {

struct ExtractorState {
    ExtractorState(Dom& dom, const PageFacts& facts, const Budget& budget)
        : dom_(dom), facts_(facts), stats_(dom.nodes.size()), names_(dom), ticker_(budget, "extraction", 64) {}

    Dom& dom_;
    const PageFacts& facts_;
    std::vector<NodeStats> stats_;
    NameHints names_;   // class/id hints, read once per element
    // The passes over every node (scores, chrome, the choice, the region's cleaning) tick it:
    // BudgetExceeded ("... during extraction") once the time budget is spent.
    mutable BudgetTicker ticker_;
    bool debug_ = false;
    std::uint32_t core_ = no_node;   // the best-scoring node before widening to the region
    bool core_names_are_vocabulary_ = false;  // chrome names inside the core hold most of its text
    std::vector<std::uint8_t> comments_;      // topmost elements of comment threads
    std::vector<std::uint32_t> thread_text_;  // text of the comment threads under node i (i's own, if one)
    std::vector<std::uint32_t> wrapped_;      // the block node i wraps, if an unnamed wrapper (extract_wrappers.hpp)
    std::vector<std::uint32_t> marked_;       // nodes this stage marked removed (undone on fallback)
    std::vector<std::uint32_t> text_before_;  // visible characters of the text nodes before node i
    std::uint32_t title_ = no_node;           // the heading that shows the page's title
    std::vector<bool> above_title_;           // ancestors of title_ (when there is one)
    std::vector<std::uint32_t> title_repeats_;  // the title said again after the article, linking back to it
    mutable std::vector<std::int8_t> vocabulary_;  // shares_name_with_prose per node: -1 not yet read

    float final_score(std::uint32_t n) const { return stats_[n].score * (1.f - link_density(n)); }

    float link_density(std::uint32_t n) const {
        const auto& s = stats_[n];
        return s.text ? static_cast<float>(s.link_text) / static_cast<float>(s.text) : 0.f;
    }

    void mark(std::uint32_t n) {
        dom_.nodes[n].removed = true;
        marked_.push_back(n);
    }
};

}  // namespace winnow::detail::extraction
