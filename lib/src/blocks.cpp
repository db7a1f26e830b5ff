#include "blocks.hpp"

#include <array>

#include "ascii.hpp"
#include "block_edit.hpp"
#include "caption_text.hpp"
#include "code_frame.hpp"
#include "heading_edit_control.hpp"
#include "list_layout.hpp"
#include "metadata.hpp"
#include "table_layout.hpp"
#include "text_length.hpp"

namespace winnow::detail {

namespace {

// ' ', '\n', '\t', '\r', '\f' (not '\v', as HTML reads it): by table, one load a byte of the
// region's text where five comparisons were.
constexpr std::array<bool, 256> kSpace = [] {
    std::array<bool, 256> t{};
    for (const unsigned char c : {' ', '\n', '\t', '\r', '\f'}) t[c] = true;
    return t;
}();
bool is_space(char c) { return kSpace[static_cast<unsigned char>(c)]; }

// Elements that end the current paragraph. A <noscript> or <template> that prune kept holds
// paragraphs of prose (the article a script would show): a box of them, like a <div>.
constexpr bool breaks_paragraph(GumboTag t) {
    return is_block_element(t) || t == GUMBO_TAG_NOSCRIPT || t == GUMBO_TAG_TEMPLATE;
}

// Collects inline text with spans into one Block, collapsing whitespace as it goes.
class InlineWriter {
public:
    explicit InlineWriter(Block& b) : b_(b) {}

    // A run of words parted by single ' ' (what most prose is) is appended at once: it reads
    // the same collapsed. A run of other spaces is one pending space.
    void text(std::string_view s) {
        for (std::size_t i = 0; i < s.size();) {
            if (is_space(s[i])) {
                pending_space_ = true;
                ++i;
                continue;
            }
            const std::size_t j = single_spaced_end(s.data(), i + 1, s.size());  // (kSpace's bytes)
            if (pending_space_ && !b_.text.empty() && b_.text.back() != ' ') b_.text += ' ';
            pending_space_ = false;
            b_.text.append(s.data() + i, j - i);
            i = j;
        }
    }
    void space() { pending_space_ = true; }
    void reset() { pending_space_ = false; }
    std::uint32_t mark() {
        // A span starts where its first visible character will go.
        if (pending_space_ && !b_.text.empty() && b_.text.back() != ' ') {
            b_.text += ' ';
        }
        pending_space_ = false;
        return static_cast<std::uint32_t>(b_.text.size());
    }
    std::uint32_t end() const {
        auto e = static_cast<std::uint32_t>(b_.text.size());
        return e;
    }

private:
    Block& b_;
    bool pending_space_ = false;
};

void trim_block(Block& b) {
    while (!b.text.empty() && b.text.back() == ' ') b.text.pop_back();
    const auto size = static_cast<std::uint32_t>(b.text.size());
    for (auto& s : b.spans) {
        s.begin = std::min(s.begin, size);
        s.end = std::min(s.end, size);
    }
    std::erase_if(b.spans, [](const Span& s) { return s.begin >= s.end; });
}

class BlockBuilder {
public:
    BlockBuilder(const Dom& dom, std::string_view base, bool keep_links)
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

    // Two line breaks in a row in a <font> or a <span> (an old page sets a whole column in
    // one <font>) part paragraphs there as they do in a <div>: the wrapper is walked as one.
    bool paragraph_break(std::uint32_t br) const {
        const std::uint32_t p = dom_.nodes[br].parent;
        if (p == no_node || (dom_.nodes[p].tag != GUMBO_TAG_FONT && dom_.nodes[p].tag != GUMBO_TAG_SPAN)) return false;
        std::uint32_t s = dom_.nodes[br].next_sibling;
        while (s != no_node && (dom_.nodes[s].removed || dom_.nodes[s].type == NodeType::whitespace)) s = dom_.nodes[s].next_sibling;
        return s != no_node && dom_.nodes[s].type == NodeType::element && dom_.nodes[s].tag == GUMBO_TAG_BR;
    }

    std::vector<Block> build(const std::vector<std::uint32_t>& roots, std::vector<std::uint32_t>* starts) {
        std::vector<Block> out;
        top_ = &out;
        starts_ = starts;
        for (std::uint32_t r : roots) {
            if (dom_.nodes[r].removed) continue;
            if (dom_.nodes[r].type == NodeType::element && !breaks_paragraph(dom_.nodes[r].tag) &&
                heading_level(dom_.nodes[r].tag) == 0) {
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

private:
    const Dom& dom_;
    std::string_view base_;
    bool keep_links_;
    std::vector<std::uint8_t> holds_block_;
    const std::vector<Block>* top_ = nullptr;    // the top-level blocks built so far
    std::vector<std::uint32_t>* starts_ = nullptr;  // per top-level block: its first text node

    static constexpr int max_depth = 600;

    // Text node n goes into the top-level block being built (blocks are appended when done, so
    // it is the next one): the first such node is where that block starts in document order.
    void note_text(std::uint32_t n) {
        if (!starts_) return;
        const std::size_t k = top_->size();
        if (starts_->size() > k) return;
        starts_->resize(k, no_node);  // blocks without text nodes of their own (a picture)
        starts_->push_back(n);
    }

    // Gumbo 0.10 predates <picture>: it arrives as an unknown element with its tag name.
    bool is_picture(std::uint32_t n) const {
        const DomNode& node = dom_.nodes[n];
        return node.type == NodeType::element && node.tag == GUMBO_TAG_UNKNOWN && node.text == "picture";
    }

    void flush(std::vector<Block>& out, Block& p) {
        trim_block(p);
        if (!p.text.empty()) out.push_back(std::move(p));
        p = Block{};
    }

    // Walks a block container: block children become blocks, runs of inline children
    // become paragraphs.
    void container(std::uint32_t n, std::vector<Block>& out, int depth) {
        const DomNode& node = dom_.nodes[n];
        if (node.removed) return;
        if (node.type == NodeType::element && depth > 0 && block_element(n, out, depth)) return;
        walk_children(n, node.first_child, out, depth);
    }

    // The body of container(): children from `first` on, inline runs become paragraphs.
    void walk_children(std::uint32_t n, std::uint32_t first, std::vector<Block>& out, int depth) {
        const DomNode& node = dom_.nodes[n];
        Block para;
        para.kind = BlockKind::paragraph;
        InlineWriter w(para);
        bool after_br = false;
        for (std::uint32_t c = first; c != no_node; c = dom_.nodes[c].next_sibling) {
            const DomNode& cn = dom_.nodes[c];
            if (cn.removed) continue;
            if (cn.type == NodeType::element && cn.tag == GUMBO_TAG_BR) {
                // Two line breaks in a row separate paragraphs; one is a space.
                if (after_br) flush(out, para);
                else w.space();
                after_br = true;
                continue;
            }
            if (cn.type == NodeType::element &&
                (breaks_paragraph(cn.tag) || holds_block_[c] || cn.tag == GUMBO_TAG_IMG || is_picture(c))) {
                flush(out, para);
                w.reset();
                if (cn.tag == GUMBO_TAG_IMG || is_picture(c)) figure_from_img(c, out);
                else if (depth < max_depth) container(c, out, depth + 1);
                after_br = false;
                continue;
            }
            if (cn.type == NodeType::whitespace) {
                w.space();
                continue;
            }
            if (para.text.empty() && para.source_line == 0) para.source_line = cn.line ? cn.line : node.line;
            inline_node(c, para, w, depth + 1);
            after_br = false;
        }
        flush(out, para);
    }

    // Handles elements with a block meaning of their own. Returns false for plain
    // containers (div, section ...), which the caller walks.
    bool block_element(std::uint32_t n, std::vector<Block>& out, int depth) {
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

    void container_children(std::uint32_t n, std::vector<Block>& out, int depth) {
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

    void list_items(std::uint32_t n, Block& list, int depth) {
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

    void table(std::uint32_t n, std::vector<Block>& out, int depth) {
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

    // A live <pre> or <table> in figure n and no picture. A <pre> in a table's cell is left
    // as it was (its cells come out as one line each and read back otherwise) unless the table
    // is a highlighter's frame of line numbers beside the code, which is one code block.
    bool holds_listing(std::uint32_t n) const {
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

    void figure(std::uint32_t n, std::vector<Block>& out, int depth) {
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

    // A box holding one picture and a short text and nothing else, such as
    // <div class="media"><picture>…</picture><div>A cyclist rides … © Reuters</div></div>:
    // a figure without the <figure> tag, and its text is the caption.
    bool media_box(std::uint32_t n, std::vector<Block>& out, int depth) {
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

    // Whether the live text under n reaches `bytes`; stops as soon as it does (a gallery of
    // thousands of captioned boxes must not make every box read the whole gallery).
    bool text_at_least(std::uint32_t n, std::size_t bytes) const {
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

    void figure_from_img(std::uint32_t n, std::vector<Block>& out) {
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

    // Calls fn for every node below n in document order, skipping removed subtrees, until fn
    // returns false.
    template <class Fn>
    void for_each_live(std::uint32_t n, Fn&& fn) const {
        for (std::uint32_t m = dom_.nodes[n].first_child; m != no_node;) {
            if (dom_.nodes[m].removed) {
                m = dom_.next_in(m, n, true);
                continue;
            }
            if (!fn(m)) return;
            m = dom_.next_in(m, n);
        }
    }

    std::string image_source(std::uint32_t img) const {
        for (std::string_view a : {"src", "data-src", "data-lazy-src", "data-original"}) {
            const std::string_view v = dom_.attr(img, a);
            if (!v.empty() && !v.starts_with("data:")) return resolve_url(base_, v);
        }
        return {};
    }

    std::string raw_text(std::uint32_t n) const {
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

    void inline_children(std::uint32_t n, Block& b, InlineWriter& w, int depth) {
        for (std::uint32_t c = dom_.nodes[n].first_child; c != no_node; c = dom_.nodes[c].next_sibling)
            inline_node(c, b, w, depth + 1);
    }

    void inline_node(std::uint32_t n, Block& b, InlineWriter& w, int depth) {
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
};

}  // namespace

std::vector<Block> build_blocks(const Dom& dom, const std::vector<std::uint32_t>& roots, std::string_view base_url,
                                bool keep_links, std::vector<std::uint32_t>* starts) {
    return BlockBuilder(dom, base_url, keep_links).build(roots, starts);
}

}  // namespace winnow::detail
