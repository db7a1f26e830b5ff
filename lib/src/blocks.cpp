#include "blocks.hpp"

#include "block_builder.hpp"
#include "block_edit.hpp"
#include "br_lines.hpp"
#include "heading_edit_control.hpp"
#include "list_layout.hpp"
#include "metadata.hpp"

namespace winnow::detail {
namespace block_building {

BlockBuilder::BlockBuilder(const Dom& dom, std::string_view base, bool keep_links)
    : dom_(dom), base_(base), keep_links_(keep_links), holds_block_(dom.nodes.size(), 0) {
    // Inline elements that hold block elements (a <p> inside an unclosed <h3> or a
    // <span>, as the HTML parser builds them from sloppy markup) are walked as
    // containers, so the paragraphs inside them stay paragraphs. One bottom-up pass.
    for (std::size_t i = dom.nodes.size(); i-- > 1;) {
        const DomNode& n = dom.nodes[i];
        if (n.removed || n.parent == no_node) continue;
        const bool block = n.type == NodeType::element && (breaks_paragraph(n.tag) || heading_level(n.tag));
        if (block || holds_block_[i] || (n.type == NodeType::element && n.tag == GUMBO_TAG_BR && paragraph_break(i))) holds_block_[n.parent] = 1;
    }
}

std::vector<Block> BlockBuilder::build(const std::vector<std::uint32_t>& roots, std::vector<std::uint32_t>* starts) {
    std::vector<Block> out;
    top_ = &out;
    starts_ = starts;
    for (std::uint32_t r : roots) {
        if (dom_.nodes[r].removed) continue;
        // (A <font> root holding blocks, an old homepage setting a column's paragraphs in one face,
        // is a container. Not any inline root: one the parser reopened around blocks (an unclosed
        // <a> or <strong>) stays one paragraph; split, a listing's teasers went as promo.)
        if (dom_.nodes[r].type == NodeType::element && !breaks_paragraph(dom_.nodes[r].tag) &&
            heading_level(dom_.nodes[r].tag) == 0 && !(holds_block_[r] && dom_.nodes[r].tag == GUMBO_TAG_FONT)) {
            Block p;
            p.source_line = dom_.nodes[r].line;
            InlineWriter w(p);
            inline_node(r, p, w, 0);
            flush(out, p);
        } else if (dom_.nodes[r].type != NodeType::element || !block_element(r, out, 1)) {
            container(r, out, 0);
        }
    }
    if (starts_) starts_->resize(out.size(), no_node);
    top_ = nullptr;
    return out;
}


void BlockBuilder::container(std::uint32_t n, std::vector<Block>& out, int depth) {
    const DomNode& node = dom_.nodes[n];
    if (node.removed) return;
    if (node.type == NodeType::element && depth > 0 && block_element(n, out, depth)) return;
    walk_children(n, node.first_child, out, depth);
}

void BlockBuilder::walk_children(std::uint32_t n, std::uint32_t first, std::vector<Block>& out, int depth) {
    const DomNode& node = dom_.nodes[n];
    Block para;
    para.kind = BlockKind::paragraph;
    InlineWriter w(para);
    bool after_br = false;
    std::size_t line_start = 0;     // where the current line's text starts in para
    std::size_t line_items = 0;     // the current line's inline children
    std::uint32_t lone = no_node;   // its one inline child
    Block typed;                    // a list typed with bullets, one item a line (br_lines.hpp)
    typed.kind = BlockKind::list;
    // The paragraph goes out, or into the typed list as an item when it is one (the list's last
    // item ends on a block or two breaks, not on one).
    auto put = [&](bool item) {
        trim_block(para);
        const std::size_t bullet = bullet_prefix(para.text);
        if (item || (bullet != 0 && !typed.children.empty())) {
            erase_text(para, 0, static_cast<std::uint32_t>(bullet));
            para.kind = BlockKind::item;
            if (typed.children.empty()) typed.source_line = para.source_line;
            if (!para.text.empty()) typed.children.push_back(std::move(para));
            para = Block{};
            if (item) return;
        } else {
            flush(out, para);
        }
        if (!typed.children.empty()) out.push_back(std::move(typed));
        typed = Block{};
        typed.kind = BlockKind::list;
    };
    for (std::uint32_t c = first; c != no_node; c = dom_.nodes[c].next_sibling) {
        const DomNode& cn = dom_.nodes[c];
        if (cn.removed) {
            // A pruned box between two runs of text still parted them on the page: the runs
            // are two paragraphs, not one glued word ("👁 5.9K" + box + "Ideen …").
            if (cn.type == NodeType::element && breaks_paragraph(cn.tag)) {
                put(false);
                w.reset();
                after_br = false;
                line_start = line_items = 0;
            }
            continue;
        }
        if (cn.type == NodeType::element && cn.tag == GUMBO_TAG_BR) {
            // Two line breaks in a row separate paragraphs; one is a space.
            // One ends a line that stands alone too: a heading or a bulleted item (br_lines.hpp).
            const BrLine alone = after_br ? BrLine::join
                                          : br_line(dom_, std::string_view(para.text).substr(std::min(line_start, para.text.size())),
                                                    line_items == 1 ? lone : no_node, cn.next_sibling);
            if (alone == BrLine::heading) {
                para.kind = BlockKind::heading;
                para.level = 3;
            }
            if (after_br || alone != BrLine::join) {
                put(alone == BrLine::item);
                w.reset();
            } else {
                w.space();
            }
            after_br = true;
            line_start = para.text.size();
            line_items = 0;
            lone = no_node;
            continue;
        }
        if (cn.type == NodeType::element &&
            (breaks_paragraph(cn.tag) || holds_block_[c] || cn.tag == GUMBO_TAG_IMG || is_picture(c))) {
            put(false);
            w.reset();
            if (cn.tag == GUMBO_TAG_IMG || is_picture(c)) figure_from_img(c, out);
            else if (depth < max_depth) container(c, out, depth + 1);
            after_br = false;
            line_start = line_items = 0;
            continue;
        }
        if (cn.type == NodeType::whitespace) {
            w.space();
            continue;
        }
        if (para.text.empty() && para.source_line == 0) para.source_line = cn.line ? cn.line : node.line;
        inline_node(c, para, w, depth + 1);
        lone = ++line_items == 1 ? c : no_node;
        after_br = false;
    }
    put(false);
}

bool BlockBuilder::block_element(std::uint32_t n, std::vector<Block>& out, int depth) {
    const DomNode& node = dom_.nodes[n];
    if (const int level = heading_level(node.tag)) {
        Block h;
        h.kind = BlockKind::heading;
        h.level = static_cast<std::uint8_t>(level);
        h.source_line = node.line;
        InlineWriter w(h);
        // The heading is its inline text up to the first block inside it; what follows
        // (paragraphs swallowed by an unclosed heading) is walked as a container.
        // A wiki's edit control glued after the heading's text is left out.
        const std::uint32_t edit = heading_edit_control(dom_, n);
        std::uint32_t c = node.first_child;
        for (; c != no_node; c = dom_.nodes[c].next_sibling) {
            const DomNode& cn = dom_.nodes[c];
            if (!cn.removed && cn.type == NodeType::element && (breaks_paragraph(cn.tag) || holds_block_[c])) break;
            if (c != edit) inline_node(c, h, w, depth + 1);
        }
        flush(out, h);
        if (c != no_node) walk_children(n, c, out, depth);
        return true;
    }
    switch (node.tag) {
        case GUMBO_TAG_P: {
            // A <p> holding block elements (broken markup) is walked as a container.
            for (std::uint32_t c = node.first_child; c != no_node; c = dom_.nodes[c].next_sibling)
                if (dom_.nodes[c].type == NodeType::element && !dom_.nodes[c].removed &&
                    (breaks_paragraph(dom_.nodes[c].tag) || dom_.nodes[c].tag == GUMBO_TAG_BR))
                    return false;
            Block p;
            p.source_line = node.line;
            InlineWriter w(p);
            inline_children(n, p, w, depth);
            flush(out, p);
            return true;
        }
        case GUMBO_TAG_UL: case GUMBO_TAG_OL: case GUMBO_TAG_DL: {
            if (node.tag != GUMBO_TAG_DL && is_layout_list(dom_, n)) {
                // Items that are posts: their blocks are the page's (list_layout.hpp).
                for (std::uint32_t c = node.first_child; c != no_node; c = dom_.nodes[c].next_sibling)
                    if (!dom_.nodes[c].removed && dom_.nodes[c].type == NodeType::element && depth < max_depth)
                        container_children(c, out, depth + 1);
                return true;
            }
            Block list;
            list.kind = BlockKind::list;
            list.ordered = node.tag == GUMBO_TAG_OL;
            list.source_line = node.line;
            list_items(n, list, depth);
            if (!list.children.empty()) out.push_back(std::move(list));
            return true;
        }
        case GUMBO_TAG_BLOCKQUOTE: {
            Block q;
            q.kind = BlockKind::quote;
            q.source_line = node.line;
            container_children(n, q.children, depth);
            // A quote holds paragraphs and lists (docs/winnow.rng): headings, code, tables
            // and nested quotes inside it become paragraphs of their text; images go.
            std::erase_if(q.children, [](const Block& b) { return b.kind == BlockKind::figure; });
            for (auto& b : q.children) {
                if (b.kind == BlockKind::paragraph || b.kind == BlockKind::list) continue;
                if (b.kind != BlockKind::heading) {
                    b.text = flat_text(b);
                    b.spans.clear();
                    b.children.clear();
                }
                b.kind = BlockKind::paragraph;
            }
            std::erase_if(q.children, [](const Block& b) { return b.kind == BlockKind::paragraph && b.text.empty(); });
            if (!q.children.empty()) out.push_back(std::move(q));
            return true;
        }
        case GUMBO_TAG_PRE: {
            Block code;
            code.kind = BlockKind::code;
            code.source_line = node.line;
            note_text(n);
            code.text = raw_text(n);
            while (!code.text.empty() && (code.text.back() == '\n' || code.text.back() == ' ')) code.text.pop_back();
            while (!code.text.empty() && code.text.front() == '\n') code.text.erase(0, 1);
            if (!code.text.empty()) out.push_back(std::move(code));
            return true;
        }
        case GUMBO_TAG_TABLE: table(n, out, depth); return true;
        case GUMBO_TAG_FIGURE:
            // A figure may hold any flow content: a code listing or a table set in one (a
            // documentation page's code frame) is those blocks, not a picture.
            if (holds_listing(n)) container_children(n, out, depth);
            else figure(n, out, depth);
            return true;
        case GUMBO_TAG_HR: return true;
        case GUMBO_TAG_DIV: return media_box(n, out, depth);
        default: return false;
    }
}

void BlockBuilder::container_children(std::uint32_t n, std::vector<Block>& out, int depth) {
    // Reuse container() on the node itself but without the block_element dispatch.
    const DomNode& node = dom_.nodes[n];
    Block para;
    InlineWriter w(para);
    for (std::uint32_t c = node.first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        const DomNode& cn = dom_.nodes[c];
        if (cn.removed) continue;
        if (cn.type == NodeType::element && breaks_paragraph(cn.tag)) {
            flush(out, para);
            w.reset();
            if (depth < max_depth) container(c, out, depth + 1);
            continue;
        }
        if (cn.type == NodeType::element && cn.tag == GUMBO_TAG_BR) {
            w.space();
            continue;
        }
        inline_node(c, para, w, depth + 1);
    }
    flush(out, para);
}

void BlockBuilder::list_items(std::uint32_t n, Block& list, int depth) {
    for (std::uint32_t c = dom_.nodes[n].first_child; c != no_node; c = dom_.nodes[c].next_sibling) {
        const DomNode& cn = dom_.nodes[c];
        if (cn.removed || cn.type != NodeType::element) continue;
        if (cn.tag == GUMBO_TAG_LI || cn.tag == GUMBO_TAG_DT || cn.tag == GUMBO_TAG_DD) {
            Block item;
            item.kind = BlockKind::item;
            item.source_line = cn.line;
            InlineWriter w(item);
            std::vector<Block> nested;
            for (std::uint32_t g = cn.first_child; g != no_node; g = dom_.nodes[g].next_sibling) {
                const DomNode& gn = dom_.nodes[g];
                if (gn.removed) continue;
                if (gn.type == NodeType::element && (gn.tag == GUMBO_TAG_UL || gn.tag == GUMBO_TAG_OL)) {
                    Block sub;
                    sub.kind = BlockKind::list;
                    sub.ordered = gn.tag == GUMBO_TAG_OL;
                    sub.source_line = gn.line;
                    if (depth < max_depth) list_items(g, sub, depth + 1);
                    if (!sub.children.empty()) nested.push_back(std::move(sub));
                } else if (gn.type == NodeType::element && gn.tag == GUMBO_TAG_BR) {
                    w.space();
                } else if (gn.type == NodeType::element && breaks_paragraph(gn.tag)) {
                    // Paragraphs inside an item join its text.
                    w.space();
                    inline_children(g, item, w, depth + 1);
                    w.space();
                } else {
                    inline_node(g, item, w, depth + 1);
                }
            }
            trim_block(item);
            item.children = std::move(nested);
            if (!item.text.empty() || !item.children.empty()) list.children.push_back(std::move(item));
        } else if (cn.tag == GUMBO_TAG_UL || cn.tag == GUMBO_TAG_OL) {
            if (depth < max_depth) list_items(c, list, depth + 1);  // stray nested list
        }
    }
}

std::string BlockBuilder::raw_text(std::uint32_t n) const {
    std::string out;
    for_each_live(n, [&](std::uint32_t m) {
        const DomNode& mn = dom_.nodes[m];
        if (mn.type == NodeType::text || mn.type == NodeType::whitespace || mn.type == NodeType::cdata)
            out += mn.text;
        else if (mn.type == NodeType::element && mn.tag == GUMBO_TAG_BR)
            out += '\n';
        return true;
    });
    return out;
}

void BlockBuilder::inline_children(std::uint32_t n, Block& b, InlineWriter& w, int depth) {
    for (std::uint32_t c = dom_.nodes[n].first_child; c != no_node; c = dom_.nodes[c].next_sibling)
        inline_node(c, b, w, depth + 1);
}

void BlockBuilder::inline_node(std::uint32_t n, Block& b, InlineWriter& w, int depth) {
    const DomNode& node = dom_.nodes[n];
    if (node.removed) return;
    switch (node.type) {
        case NodeType::text: case NodeType::cdata:
            note_text(n);
            w.text(node.text);
            return;
        case NodeType::whitespace: w.space(); return;
        case NodeType::element: break;
        default: return;
    }
    if (depth > max_depth) return;
    if (node.tag == GUMBO_TAG_BR) {
        w.space();
        return;
    }
    if (breaks_paragraph(node.tag)) w.space();
    Span::Kind kind{};
    bool spanned = true;
    switch (node.tag) {
        case GUMBO_TAG_A: kind = Span::Kind::link; spanned = keep_links_ && !dom_.attr(n, "href").empty(); break;
        case GUMBO_TAG_EM: case GUMBO_TAG_I: kind = Span::Kind::emphasis; break;
        case GUMBO_TAG_STRONG: case GUMBO_TAG_B: kind = Span::Kind::strong; break;
        case GUMBO_TAG_CODE: case GUMBO_TAG_KBD: case GUMBO_TAG_SAMP: case GUMBO_TAG_TT:
            kind = Span::Kind::code;
            break;
        default: spanned = false;
    }
    if (!spanned) {
        inline_children(n, b, w, depth);
        if (breaks_paragraph(node.tag)) w.space();
        return;
    }
    const std::uint32_t begin = w.mark();
    const std::size_t span_index = b.spans.size();
    b.spans.push_back(Span{kind, begin, begin, {}});
    if (kind == Span::Kind::link) {
        const std::string_view href = dom_.attr(n, "href");
        b.spans[span_index].target = href.starts_with("javascript:") ? std::string() : resolve_url(base_, href);
    }
    inline_children(n, b, w, depth);
    std::uint32_t end = w.end();
    while (end > begin && b.text[end - 1] == ' ') --end;
    b.spans[span_index].end = end;
    if (end <= begin || (kind == Span::Kind::link && b.spans[span_index].target.empty()))
        b.spans.erase(b.spans.begin() + static_cast<long>(span_index));
}

}  // namespace block_building

std::vector<Block> build_blocks(const Dom& dom, const std::vector<std::uint32_t>& roots, std::string_view base_url,
                                bool keep_links, std::vector<std::uint32_t>* starts) {
    return block_building::BlockBuilder(dom, base_url, keep_links).build(roots, starts);
}

}  // namespace winnow::detail
