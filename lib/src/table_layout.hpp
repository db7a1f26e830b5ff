// Whether a <table> is a page's layout (columns of a page: a menu, the article, a sidebar) or
// data (rows of like cells), from the shape of what its cells hold. Blocks renders a layout
// table's cells as the page's blocks, so the article's paragraphs stay paragraphs for the
// filters, and a data table as rows and cells.
#pragma once
#include <cstddef>

namespace winnow::detail {

struct TableShape {
    std::size_t cells = 0;        // cells with content, every row
    std::size_t long_cells = 0;   // of them, cells past 400 characters
    std::size_t max_cols = 0;     // the most cells in one row
    std::size_t text = 0;         // characters in all cells
    bool heading = false;         // an <h1>-<h6> inside (not in a nested table)
};

// One column; long cells for the most part; or a heading inside a cell: an article's column
// beside a menu's and a footer's short cells (a data table's cells hold values, its titles are
// <th> and <caption>). Cells of prose holding most of the text would say layout too, but a
// layout table of a list page's posts then hands each post's lines to the repeated-block
// filter, which takes the lines every post repeats (cleaneval-dev 27: -0.13).
inline bool is_layout_table(const TableShape& t) {
    return t.max_cols <= 1 || t.long_cells * 2 > t.cells || t.heading;
}

}  // namespace winnow::detail
