// Stage — noise filters: a lead the body says again. A news template sets the story's lead
// sentence over the body as its standfirst (an excerpt the editor cut from the body's own
// words), and the body holds the same sentence again as the opening of one of its paragraphs,
// in full, with more after it. Repetition, not wording: the body's first block of a sentence's
// length whose whole text (its folded words, in order) opens a later, longer paragraph goes;
// the paragraph that goes on keeps the words. A block that is a paragraph's opening words only in part, or
// a short label ("Update:") that a paragraph opens with, is not such a copy.
#include <algorithm>
#include <unordered_map>

#include "filters/evidence.hpp"
#include "filters/filters.hpp"

namespace winnow::detail {

namespace {

constexpr std::size_t kLeadWords = 14;  // a sentence's length: shorter repeats are labels

bool opens(const WordHashes& whole, const WordHashes& part) {
    return whole.size() > part.size() && std::equal(part.begin(), part.end(), whole.begin());
}

}  // namespace

void remove_restated_leads(Document& doc, ViewMemo* memo) {
    if (doc.body.size() < 2) return;
    LiftedQuotes lifted(doc);
    const auto views = view_blocks(doc, memo);
    // The later paragraphs by their first word: the candidates a lead can open.
    std::unordered_map<std::uint64_t, std::vector<std::size_t>> by_first;
    for (std::size_t j = 0; j < views.size(); ++j)
        if (!views[j].empty && views[j].words.size() > kLeadWords && doc.body[views[j].index].kind == BlockKind::paragraph)
            by_first[views[j].words[0]].push_back(j);
    // The lead: the body's first block of a sentence's length, a paragraph or a heading. (Later
    // on, a block that opens a longer one is a record of a list said again with more: a meal
    // plan's dish, a day's plan with one change.)
    std::size_t i = 0;
    while (i < views.size() && (views[i].empty || views[i].words.size() < kLeadWords)) ++i;
    if (i == views.size()) return;
    const BlockView& v = views[i];
    const BlockKind kind = doc.body[v.index].kind;
    if (!v.candidate || (kind != BlockKind::paragraph && kind != BlockKind::heading)) return;
    const auto it = by_first.find(v.words[0]);
    if (it == by_first.end() ||
        std::none_of(it->second.begin(), it->second.end(), [&](std::size_t j) { return j > i && opens(views[j].words, v.words); }))
        return;
    remove_top_level(doc, {v.index}, RemovalReason::repeated_block, {0.7}, lifted.owners());
}

}  // namespace winnow::detail
