// Stage — parse: UTF-8 HTML to a compact, index-linked DOM built from Gumbo's tree.
//
// Later stages walk this flat array instead of Gumbo's pointer tree: walks are iterative
// (no recursion depth limit), nodes are 32 bytes of indices, and text stays as views into
// the Gumbo output that the Dom owns.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <gumbo.h>

namespace winnow::detail {

inline constexpr std::uint32_t no_node = UINT32_MAX;

enum class NodeType : std::uint8_t { element, text, whitespace, comment, cdata, document };

struct DomNode {
    std::uint32_t parent = no_node;
    std::uint32_t first_child = no_node;
    std::uint32_t last_child = no_node;
    std::uint32_t next_sibling = no_node;
    std::uint32_t attr_begin = 0;     // into Dom::attrs
    std::uint16_t attr_count = 0;
    GumboTag tag = GUMBO_TAG_UNKNOWN;
    NodeType type = NodeType::element;
    bool removed = false;             // set by prune / extract: skip this subtree
    std::uint32_t line = 0;           // source line (1-based)
    std::string_view text;            // text nodes: decoded text; unknown elements: tag name
};

struct DomAttr {
    std::string_view name;
    std::string_view value;
};

// Owns Gumbo's output (RAII) and the flat node array that refers into it.
class Dom {
public:
    static std::unique_ptr<Dom> parse(std::string_view utf8_html, std::size_t max_nodes,
                                      std::size_t max_depth);
    ~Dom();
    Dom(const Dom&) = delete;
    Dom& operator=(const Dom&) = delete;

    std::vector<DomNode> nodes;   // nodes[0] is the document
    std::vector<DomAttr> attrs;
    std::uint32_t html = no_node, head = no_node, body = no_node;
    bool truncated = false;       // node or depth limit was hit

    std::string_view attr(std::uint32_t node, std::string_view name) const;
    bool has_attr(std::uint32_t node, std::string_view name) const;
    bool is(std::uint32_t node, GumboTag tag) const {
        return nodes[node].type == NodeType::element && nodes[node].tag == tag;
    }
    // Concatenated text of a subtree, skipping removed nodes (whitespace collapsed).
    std::string text_of(std::uint32_t node) const;
    // Pre-order successor of n within the subtree rooted at root, or no_node.
    std::uint32_t next_in(std::uint32_t n, std::uint32_t root, bool skip_children = false) const;

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

    private:
        std::vector<void*> chunks_;
        char* cur_ = nullptr;
        std::size_t left_ = 0;
        std::size_t next_chunk_ = 64 * 1024;
        std::size_t reserved_ = 0;
    };

private:
    Dom() = default;
    Arena arena_;
    GumboOutput* output_ = nullptr;
};

}  // namespace winnow::detail
