// Sections of the article as the promo filter (promo.cpp) reads them: titles, each a line of
// its own (a heading of one level, or a short paragraph set off in bold or italic), each over a
// paragraph of prose. A how-to's steps are headed in the imperative ("Join groups", "Try
// this") over paragraphs of prose; a unit that is one more of such sections is a step of the
// article, and its title is no box's label. Three sections of one form are a series; so are
// two when the article's text opens on a title of that form (all of it is sections then).
#pragma once
#include <array>
#include <cstddef>
#include <vector>

#include <winnow/winnow.hpp>

#include "filters/evidence.hpp"

namespace winnow::detail {

constexpr std::size_t kSectionWords = 20, kSeries = 3, kOpenedSeries = 2;

class ArticleSections {
public:
    ArticleSections(const Document& doc, const std::vector<BlockView>& views);
    // Whether the title at view `title`, over a text of `words` words, is one of a series.
    bool step(std::size_t title, std::size_t words) const;

private:
    // 1..6: a heading's level; 0: a short paragraph set off in bold or italic; -1: no title.
    int form(std::size_t view) const;

    const Document& doc_;
    const std::vector<BlockView>& views_;
    std::array<std::size_t, 7> by_form_{};
    int opening_ = -1;  // the form of the title the article's text opens on (-1: none)
};

}  // namespace winnow::detail
