// Stage — parse: UTF-8 HTML to a compact, index-linked DOM built from Gumbo's tree.
//
// Later stages walk this flat array instead of Gumbo's pointer tree: walks are iterative
// (no recursion depth limit), nodes are 48 bytes (indices and a text view), and text stays as views into
// the Gumbo output that the Dom owns.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <gumbo.h>

#include "text_runs.hpp"

namespace winnow::detail {

inline constexpr std::uint32_t no_node = UINT32_MAX;

// Elements that start and end a block of text (everything else is inline).
constexpr bool is_block_element(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_ADDRESS: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_ASIDE: case GUMBO_TAG_BLOCKQUOTE:
        case GUMBO_TAG_DETAILS: case GUMBO_TAG_DD: case GUMBO_TAG_DIV: case GUMBO_TAG_DL: case GUMBO_TAG_DT:
        case GUMBO_TAG_FIELDSET: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_FIGURE: case GUMBO_TAG_FOOTER:
        case GUMBO_TAG_FORM: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
        case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_HEADER: case GUMBO_TAG_HGROUP: case GUMBO_TAG_HR:
        case GUMBO_TAG_LI: case GUMBO_TAG_MAIN: case GUMBO_TAG_OL: case GUMBO_TAG_P: case GUMBO_TAG_PRE:
        case GUMBO_TAG_SECTION: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL: case GUMBO_TAG_TR: case GUMBO_TAG_TD:
        case GUMBO_TAG_TH: case GUMBO_TAG_CENTER: case GUMBO_TAG_CAPTION: case GUMBO_TAG_SUMMARY:
        case GUMBO_TAG_BODY: case GUMBO_TAG_HTML: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
            return true;
        default:
            return false;
    }
}

// 1-6 for h1-h6, 0 otherwise.
constexpr int heading_level(GumboTag t) {
    switch (t) {
        case GUMBO_TAG_H1: return 1;
        case GUMBO_TAG_H2: return 2;
        case GUMBO_TAG_H3: return 3;
        case GUMBO_TAG_H4: return 4;
        case GUMBO_TAG_H5: return 5;
        case GUMBO_TAG_H6: return 6;
        default: return 0;
    }
}

enum class NodeType : std::uint8_t { element, text, whitespace, comment, cdata, document };

// Fields ordered widest-first so the node packs into 48 bytes with no padding (the walks of
// every stage stream through this array: a smaller node is fewer cache lines per pass).
struct DomNode {
    std::uint32_t parent = no_node;
    std::uint32_t first_child = no_node;
    std::uint32_t last_child = no_node;
    std::uint32_t next_sibling = no_node;
    std::uint32_t attr_begin = 0;     // into Dom::attrs
    std::uint32_t line = 0;           // source line (1-based)
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    std::uint16_t attr_count = 0;
    NodeType type = NodeType::element;
    bool removed = false;             // set by prune / extract: skip this subtree
    std::string_view text;            // text nodes: decoded text; unknown elements: tag name
};
static_assert(sizeof(DomNode) <= 48, "DomNode grew: keep it packed (see the field order)");

struct DomAttr {
    std::string_view name;
    std::string_view value;
};

// Owns Gumbo's output (RAII) and the flat node array that refers into it.
class Dom {
public:
    // With runs (made by preclean for this page), text nodes get back the text their
    // placeholders stand for; with values, attributes get back their values.
    // With drop_wrappers, an unnamed <div> holding one block is left out (parse_wrappers.cpp);
    // the page's own parse asks it, after the preclean has dropped the attributes no stage reads.
    static std::unique_ptr<Dom> parse(std::string_view utf8_html, std::size_t max_nodes,
                                      std::size_t max_depth, const std::vector<TextRun>* runs = nullptr,
                                      const std::vector<TextRun>* values = nullptr, bool drop_wrappers = false);
    ~Dom();
    Dom(const Dom&) = delete;
    Dom& operator=(const Dom&) = delete;

    std::vector<DomNode> nodes;   // nodes[0] is the document
    std::vector<DomAttr> attrs;
    std::uint32_t html = no_node, head = no_node, body = no_node;
    bool truncated = false;       // node or depth limit was hit

    // Inline: called for every element by several stages, nearly always with a literal name,
    // whose length and bytes the compiler then folds into the comparison (no memcmp call).
    std::string_view attr(std::uint32_t node, std::string_view name) const {
        const DomNode& n = nodes[node];
        for (std::uint32_t i = n.attr_begin, end = n.attr_begin + n.attr_count; i < end; ++i)
            if (attrs[i].name == name) return attrs[i].value;
        return {};
    }
    bool has_attr(std::uint32_t node, std::string_view name) const {
        const DomNode& n = nodes[node];
        for (std::uint32_t i = n.attr_begin, end = n.attr_begin + n.attr_count; i < end; ++i)
            if (attrs[i].name == name) return true;
        return false;
    }
    bool is(std::uint32_t node, GumboTag tag) const {
        return nodes[node].type == NodeType::element && nodes[node].tag == tag;
    }
    // Concatenated text of a subtree, skipping removed nodes (whitespace collapsed).
    std::string text_of(std::uint32_t node) const;
    // The same text, its reading stopped once it is longer than max_bytes (so a result longer
    // than max_bytes is a prefix): for a caller that only asks whether the text is short.
    std::string text_of(std::uint32_t node, std::size_t max_bytes) const;
    // Pre-order successor of n within the subtree rooted at root, or no_node. Inline: the walks
    // of every stage step with it, node by node (~700,000 calls on cleaneval-dev).
    std::uint32_t next_in(std::uint32_t n, std::uint32_t root, bool skip_children = false) const {
        if (!skip_children && nodes[n].first_child != no_node) return nodes[n].first_child;
        while (n != root && n != no_node) {
            if (nodes[n].next_sibling != no_node) return nodes[n].next_sibling;
            n = nodes[n].parent;
        }
        return no_node;
    }

    // The sibling before n, or no_node. Nodes are in pre-order, so the node before n is its
    // previous sibling's last descendant (or its parent): climbed from there, not walked to from
    // the first child (a row of 100,000 siblings would make every call read them all).
    std::uint32_t previous_sibling(std::uint32_t n) const {
        const std::uint32_t parent = nodes[n].parent;
        if (parent == no_node || n - 1 == parent) return no_node;
        std::uint32_t s = n - 1;
        while (nodes[s].parent != parent) s = nodes[s].parent;
        return s;
    }

    // Gumbo's allocations go to a bump arena owned by the Dom: no per-node malloc/free, and
    // the whole tree is released at once instead of walked by gumbo_destroy_output.
    class Arena {
    public:
        Arena() = default;
        Arena(const Arena&) = delete;
        Arena& operator=(const Arena&) = delete;
        ~Arena();
        void* allocate(std::size_t size);
        std::size_t bytes_reserved() const noexcept { return reserved_; }
        std::size_t largest_chunk() const noexcept { return largest_; }

    private:
        void* refill(std::size_t size);   // allocate's rare path: a new chunk
        std::vector<void*> chunks_;
        char* cur_ = nullptr;
        std::size_t left_ = 0;
        std::size_t next_chunk_ = 64 * 1024;
        std::size_t reserved_ = 0;
        std::size_t largest_ = 0;
    };

private:
    Dom() = default;
    Arena arena_;
    GumboOutput* output_ = nullptr;
};

}  // namespace winnow::detail
