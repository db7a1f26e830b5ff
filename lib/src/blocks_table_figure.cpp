// The blocks stage's tables, figures and picture boxes (a figure without the <figure> tag): the
// parts of the walk (block_builder.hpp) that read a box's shape before it becomes blocks.
#include <algorithm>

#include "block_builder.hpp"
#include "caption_text.hpp"
#include "code_frame.hpp"
#include "metadata.hpp"
#include "table_layout.hpp"
#include "text_length.hpp"

namespace winnow::detail::block_building {

void BlockBuilder::table(std::uint32_t n, std::vector<Block>& out, int depth) {
    Block t;
    t.kind = BlockKind::table;
    t.source_line = dom_.nodes[n].line;
    TableShape shape;
    std::vector<std::uint32_t> rows;
    bool nested_table = false;
    for_each_live(n, [&](std::uint32_t m) {
        nested_table = dom_.is(m, GUMBO_TAG_TABLE);
        if (dom_.is(m, GUMBO_TAG_TR)) rows.push_back(m);
        if (dom_.nodes[m].type == NodeType::element && heading_level(dom_.nodes[m].tag) != 0) shape.heading = true;
        return !nested_table;
    });
    if (nested_table) {
        // Nested tables mean layout: treat the whole table as a container.
        container_children(n, out, depth);
        return;
    }
    if (auto code = line_number_frame(dom_, n)) {
        Block b;
        b.kind = BlockKind::code;
        b.source_line = t.source_line;
        b.text = std::move(*code);
        out.push_back(std::move(b));
        return;
    }
    for (std::uint32_t r : rows) {
        Block row;
        row.kind = BlockKind::row;
        row.source_line = dom_.nodes[r].line;
        std::size_t cols = 0;
        for (std::uint32_t c = dom_.nodes[r].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
            const DomNode& cn = dom_.nodes[c];
            if (cn.removed || cn.type != NodeType::element) continue;
            if (cn.tag != GUMBO_TAG_TD && cn.tag != GUMBO_TAG_TH) continue;
            Block cell;
            cell.kind = BlockKind::cell;
            cell.header = cn.tag == GUMBO_TAG_TH;
            cell.source_line = cn.line;
            InlineWriter w(cell);
            inline_children(c, cell, w, depth + 1);
            trim_block(cell);
            const std::size_t length = text_length(cell.text);  // characters, not bytes: as long in every script
            shape.text += length;
            if (length > 400) ++shape.long_cells;
            ++shape.cells;
            ++cols;
            row.children.push_back(std::move(cell));
        }
        shape.max_cols = std::max(shape.max_cols, cols);
        if (!row.children.empty()) t.children.push_back(std::move(row));
    }
    if (is_layout_table(shape)) {
        container_children(n, out, depth);
        return;
    }
    for (std::uint32_t c = dom_.nodes[n].first_child; c != no_node; c = dom_.nodes[c].next_sibling)
        if (dom_.is(c, GUMBO_TAG_CAPTION) && !dom_.nodes[c].removed) {
            Block cap;
            cap.source_line = dom_.nodes[c].line;
            InlineWriter w(cap);
            inline_children(c, cap, w, depth + 1);
            flush(out, cap);
        }
    if (!t.children.empty()) out.push_back(std::move(t));
}

bool BlockBuilder::holds_listing(std::uint32_t n) const {
    bool listing = false, pre = false;
    std::uint32_t table = no_node;
    for (std::uint32_t m = dom_.next_in(n, n); m != no_node;) {
        const DomNode& mn = dom_.nodes[m];
        if (mn.removed) {
            m = dom_.next_in(m, n, true);
            continue;
        }
        if (mn.type == NodeType::element) {
            if (mn.tag == GUMBO_TAG_IMG || mn.tag == GUMBO_TAG_VIDEO || mn.tag == GUMBO_TAG_IFRAME || is_picture(m)) return false;
            if (mn.tag == GUMBO_TAG_PRE || mn.tag == GUMBO_TAG_TABLE) listing = true;
            if (mn.tag == GUMBO_TAG_TABLE && table == no_node) table = m;
            pre = pre || mn.tag == GUMBO_TAG_PRE;
        }
        m = dom_.next_in(m, n);
    }
    return listing && !(table != no_node && pre && !line_number_frame(dom_, table));
}

void BlockBuilder::figure(std::uint32_t n, std::vector<Block>& out, int depth) {
    Block f;
    f.kind = BlockKind::figure;
    f.source_line = dom_.nodes[n].line;
    for_each_live(n, [&](std::uint32_t m) {
        const DomNode& mn = dom_.nodes[m];
        if (mn.type != NodeType::element) return true;
        if (mn.tag == GUMBO_TAG_IMG && f.src.empty()) f.src = image_source(m);
        if (mn.tag == GUMBO_TAG_FIGCAPTION) {
            Block cap;
            cap.kind = BlockKind::caption;
            cap.source_line = mn.line;
            InlineWriter w(cap);
            inline_children(m, cap, w, depth + 1);
            trim_block(cap);
            if (!cap.text.empty()) f.children.push_back(std::move(cap));
        }
        return true;
    });
    if (!f.src.empty() || !f.children.empty()) out.push_back(std::move(f));
}

bool BlockBuilder::media_box(std::uint32_t n, std::vector<Block>& out, int depth) {
    std::uint32_t image = no_node, paragraph = no_node;
    std::size_t text = 0, seen = 0;
    for (std::uint32_t m = dom_.next_in(n, n); m != no_node;) {
        const DomNode& mn = dom_.nodes[m];
        if (++seen > 80) return false;
        if (mn.removed) {
            m = dom_.next_in(m, n, true);
            continue;
        }
        if (mn.type == NodeType::element) {
            if (mn.tag == GUMBO_TAG_IMG || is_picture(m)) {
                if (image != no_node) return false;
                image = m;
                m = dom_.next_in(m, n, true);
                continue;
            }
            // Only wrappers around the picture and the caption line: a paragraph is text of
            // its own, not a caption, unless it says again what the picture's own
            // description says.
            // A <p> with no text of its own around the picture is its wrapper (a CMS sets
            // each picture in a paragraph), no paragraph.
            if (is_block_element(mn.tag) && mn.tag != GUMBO_TAG_DIV && mn.tag != GUMBO_TAG_FIGCAPTION &&
                !(mn.tag == GUMBO_TAG_P && !text_at_least(m, 1))) {
                if (mn.tag != GUMBO_TAG_P || paragraph != no_node) return false;
                paragraph = m;
            }
        } else if (mn.type == NodeType::text || mn.type == NodeType::cdata) {
            text += mn.text.size();
            if (text > 300) return false;
        }
        m = dom_.next_in(m, n);
    }
    if (image == no_node || text == 0) return false;
    if (paragraph != no_node && !repeats_picture_description(dom_, paragraph, image)) return false;
    if (is_titled_card_text(dom_, n)) return false;
    // The box sits in a flow of other text (it is not the article itself, however short).
    const std::uint32_t parent = dom_.nodes[n].parent;
    if (parent == no_node || !text_at_least(parent, 3 * text)) return false;
    std::vector<Block> pictured;
    figure_from_img(image, pictured);
    if (pictured.empty()) return false;
    Block f = std::move(pictured.front());
    Block cap;
    cap.kind = BlockKind::caption;
    cap.source_line = dom_.nodes[n].line;
    InlineWriter w(cap);
    inline_children(n, cap, w, depth + 1);
    trim_block(cap);
    if (cap.text.empty()) return false;
    f.children.push_back(std::move(cap));
    out.push_back(std::move(f));
    return true;
}

bool BlockBuilder::text_at_least(std::uint32_t n, std::size_t bytes) const {
    std::size_t seen = 0;
    for (std::uint32_t m = dom_.next_in(n, n); m != no_node && seen < bytes;) {
        const DomNode& mn = dom_.nodes[m];
        if (mn.removed) {
            m = dom_.next_in(m, n, true);
            continue;
        }
        if (mn.type == NodeType::text || mn.type == NodeType::cdata) seen += mn.text.size();
        m = dom_.next_in(m, n);
    }
    return seen >= bytes;
}

void BlockBuilder::figure_from_img(std::uint32_t n, std::vector<Block>& out) {
    std::uint32_t img = n;
    if (is_picture(n)) {
        img = no_node;
        for (std::uint32_t m = dom_.nodes[n].first_child; m != no_node; m = dom_.next_in(m, n))
            if (dom_.is(m, GUMBO_TAG_IMG)) { img = m; break; }
        if (img == no_node) return;
    }
    Block f;
    f.kind = BlockKind::figure;
    f.source_line = dom_.nodes[n].line;
    f.src = image_source(img);
    if (!f.src.empty()) out.push_back(std::move(f));
}

std::string BlockBuilder::image_source(std::uint32_t img) const {
    for (std::string_view a : {"src", "data-src", "data-lazy-src", "data-original"}) {
        const std::string_view v = dom_.attr(img, a);
        if (!v.empty() && !v.starts_with("data:")) return resolve_url(base_, v);
    }
    return {};
}

}  // namespace winnow::detail::block_building
