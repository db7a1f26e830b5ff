// Private to the blocks stage: the walk that turns a region into blocks (blocks.cpp) and its
// tables, figures and picture boxes (blocks_table_figure.cpp).
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ascii.hpp"
#include "blocks.hpp"

namespace winnow::detail::block_building {

// ' ', '\n', '\t', '\r', '\f' (not '\v', as HTML reads it): by table, one load a byte of the
// region's text where five comparisons were.
constexpr std::array<bool, 256> kSpace = [] {
    std::array<bool, 256> t{};
    for (const unsigned char c : {' ', '\n', '\t', '\r', '\f'}) t[c] = true;
    return t;
}();
inline bool is_space(char c) { return kSpace[static_cast<unsigned char>(c)]; }

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

inline void trim_block(Block& b) {
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
    BlockBuilder(const Dom& dom, std::string_view base, bool keep_links);

    // Two line breaks in a row in a <font> or a <span> (an old page sets a whole column in
    // one <font>) part paragraphs there as they do in a <div>: the wrapper is walked as one.
    bool paragraph_break(std::uint32_t br) const {
        const std::uint32_t p = dom_.nodes[br].parent;
        if (p == no_node || (dom_.nodes[p].tag != GUMBO_TAG_FONT && dom_.nodes[p].tag != GUMBO_TAG_SPAN)) return false;
        std::uint32_t s = dom_.nodes[br].next_sibling;
        while (s != no_node && (dom_.nodes[s].removed || dom_.nodes[s].type == NodeType::whitespace)) s = dom_.nodes[s].next_sibling;
        return s != no_node && dom_.nodes[s].type == NodeType::element && dom_.nodes[s].tag == GUMBO_TAG_BR;
    }

    std::vector<Block> build(const std::vector<std::uint32_t>& roots, std::vector<std::uint32_t>* starts);

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
    void container(std::uint32_t n, std::vector<Block>& out, int depth);

    // The body of container(): children from `first` on, inline runs become paragraphs.
    void walk_children(std::uint32_t n, std::uint32_t first, std::vector<Block>& out, int depth);

    // Handles elements with a block meaning of their own. Returns false for plain
    // containers (div, section ...), which the caller walks.
    bool block_element(std::uint32_t n, std::vector<Block>& out, int depth);

    void container_children(std::uint32_t n, std::vector<Block>& out, int depth);

    void list_items(std::uint32_t n, Block& list, int depth);

    void table(std::uint32_t n, std::vector<Block>& out, int depth);

    // A live <pre> or <table> in figure n and no picture. A <pre> in a table's cell is left
    // as it was (its cells come out as one line each and read back otherwise) unless the table
    // is a highlighter's frame of line numbers beside the code, which is one code block.
    bool holds_listing(std::uint32_t n) const;

    void figure(std::uint32_t n, std::vector<Block>& out, int depth);

    // A box holding one picture and a short text and nothing else, such as
    // <div class="media"><picture>…</picture><div>A cyclist rides … © Reuters</div></div>:
    // a figure without the <figure> tag, and its text is the caption.
    bool media_box(std::uint32_t n, std::vector<Block>& out, int depth);

    // Whether the live text under n reaches `bytes`; stops as soon as it does (a gallery of
    // thousands of captioned boxes must not make every box read the whole gallery).
    bool text_at_least(std::uint32_t n, std::size_t bytes) const;

    void figure_from_img(std::uint32_t n, std::vector<Block>& out);

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

    std::string image_source(std::uint32_t img) const;

    std::string raw_text(std::uint32_t n) const;

    void inline_children(std::uint32_t n, Block& b, InlineWriter& w, int depth);

    void inline_node(std::uint32_t n, Block& b, InlineWriter& w, int depth);
};

}  // namespace winnow::detail::block_building
