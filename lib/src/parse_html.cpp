#include "parse_html.hpp"

#include <algorithm>
#include <cstdlib>
#include <utility>

#include "ascii.hpp"
#include "parse_wrappers.hpp"

namespace winnow::detail {

namespace {

NodeType node_type(GumboNodeType t) {
    switch (t) {
        case GUMBO_NODE_DOCUMENT: return NodeType::document;
        case GUMBO_NODE_TEXT: return NodeType::text;
        case GUMBO_NODE_WHITESPACE: return NodeType::whitespace;
        case GUMBO_NODE_COMMENT: return NodeType::comment;
        case GUMBO_NODE_CDATA: return NodeType::cdata;
        default: return NodeType::element;  // element and template
    }
}

// An <a> left open across a paragraph's end is opened again by the HTML parser in every
// later block (the "reconstruct the active formatting elements" step), so one missing </a>
// turns the rest of an article into link text and it reads as a link block. Gumbo marks
// these copies. They are the author's link only when the link itself held nothing: a card
// written as <p><a><figure>...</a> has its content in the copies; a link that had its words
// ("see <a>the report.</p>") ended with them, and the copies are the parser's.
bool is_reopened(const GumboNode* g) {
    return g->type == GUMBO_NODE_ELEMENT && g->v.element.tag == GUMBO_TAG_A &&
           (g->parse_flags & GUMBO_INSERTION_RECONSTRUCTED_FORMATTING_ELEMENT) != 0;
}

// Whether a link holds words of its own: a text node among its first 64 nodes (whitespace
// has a node type of its own). Bounded so a page of huge links costs no more than its links.
bool holds_words(const GumboNode* link) {
    const GumboNode* pending[64];
    std::size_t count = 0, seen = 0;
    pending[count++] = link;
    while (count > 0 && seen < 64) {
        const GumboNode* g = pending[--count];
        ++seen;
        if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_CDATA) return true;
        if (g->type != GUMBO_NODE_ELEMENT) continue;
        const GumboVector& children = g->v.element.children;
        for (unsigned i = children.length; i-- > 0 && count < 64;)
            pending[count++] = static_cast<const GumboNode*>(children.data[i]);
    }
    return false;
}

bool is_space(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f'; }

}  // namespace

Dom::~Dom() = default;   // output_ lives in arena_

Dom::Arena::~Arena() {
    for (void* c : chunks_) std::free(c);
}

// Gumbo calls this for every string buffer and node (~17,000 times a page): the common case
// is a bump of the current chunk, kept apart from the rare refill so it needs no stack frame.
void* Dom::Arena::allocate(std::size_t size) {
    size = (size + 15) & ~std::size_t{15};
    if (size > left_) [[unlikely]]
        return refill(size);
    void* p = cur_;
    cur_ += size;
    left_ -= size;
    return p;
}

// The largest shared chunk: 1 MiB less a page, so it stays under the malloc mmap threshold the
// batch modes fix at 1 MiB (tools/batch_shared.cpp: keep_memory_flat). A request at the threshold is mapped afresh and
// unmapped when freed, so every big page faulted its chunks' pages in again (a page fault is
// ~10 us under a hypervisor: dragnet-dev's 5,576-page tree took 8,690 of them for these chunks);
// from the heap the chunks of one page are reused by the next.
constexpr std::size_t kMaxChunk = 1024 * 1024 - 4096;

[[gnu::noinline]] void* Dom::Arena::refill(std::size_t size) {
    // Big requests (long text runs, large vectors) get a chunk of their own, so the
    // current chunk's tail is not wasted; small ones start a new, larger chunk.
    const bool own = size > next_chunk_ / 4;
    const std::size_t chunk = own ? size : next_chunk_;
    void* p = std::malloc(chunk);
    if (!p) std::abort();   // as Gumbo's default allocator would crash on NULL
    chunks_.push_back(p);
    reserved_ += chunk;
    largest_ = std::max(largest_, chunk);
    if (own) return p;
    cur_ = static_cast<char*>(p) + size;
    left_ = chunk - size;
    next_chunk_ = std::min<std::size_t>(next_chunk_ * 2, kMaxChunk);
    return p;
}

std::unique_ptr<Dom> Dom::parse(std::string_view html, std::size_t max_nodes, std::size_t max_depth,
                                const std::vector<TextRun>* runs, const std::vector<TextRun>* values, bool drop_wrappers) {
    if (runs && runs->empty()) runs = nullptr;
    if (values && values->empty()) values = nullptr;
    std::unique_ptr<Dom> dom(new Dom());
    GumboOptions options = kGumboDefaultOptions;
    // Errors are recorded (they go to the arena, ~0.1% of the parse): Gumbo clears its
    // attribute-name buffer after a repeated attribute only when it records the error, so with
    // recording off "<div a a class=x>" gave one attribute "aclass" and lost the class. Bounded:
    // a tree-builder error copies the open-element stack, and hostile nesting makes one per tag
    // (unbounded, 100,000 nested <table><tr><td> took 1 GB).
    options.max_errors = 10000;
    options.userdata = &dom->arena_;
    options.allocator = [](void* arena, std::size_t size) { return static_cast<Arena*>(arena)->allocate(size); };
    options.deallocator = [](void*, void*) {};
    dom->output_ = gumbo_parse_with_options(&options, html.data(), html.size());
    if (!dom->output_) return dom;

    dom->nodes.reserve(html.size() / 48 + 16);
    struct Item {
        const GumboNode* node;
        std::uint32_t parent;
        std::uint32_t depth;
    };
    std::vector<Item> stack;
    stack.push_back({dom->output_->document, no_node, 0});
    bool open_link_had_words = false;
    while (!stack.empty()) {
        Item item = stack.back();
        stack.pop_back();
        if (dom->nodes.size() >= max_nodes) {
            dom->truncated = true;
            break;
        }
        const GumboNode* g = item.node;
        if (g->type == GUMBO_NODE_ELEMENT && g->v.element.tag == GUMBO_TAG_A && !is_reopened(g))
            open_link_had_words = holds_words(g);   // the parser reopens only the latest <a>
        else if (open_link_had_words && is_reopened(g)) {
            // Its children hang from its parent: the link the author left open ends where
            // the author's paragraph ended, not at the end of the page.
            const GumboVector& children = g->v.element.children;
            for (unsigned i = children.length; i-- > 0;)
                stack.push_back({static_cast<const GumboNode*>(children.data[i]), item.parent, item.depth});
            continue;
        } else if (drop_wrappers && is_transparent_wrapper(g)) {
            // Its block hangs from its parent (parse_wrappers.cpp): nesting is no evidence.
            const GumboVector& children = g->v.element.children;
            for (unsigned i = children.length; i-- > 0;)
                stack.push_back({static_cast<const GumboNode*>(children.data[i]), item.parent, item.depth});
            continue;
        }
        const auto index = static_cast<std::uint32_t>(dom->nodes.size());
        DomNode n;
        n.type = node_type(g->type);
        n.parent = item.parent;
        if (n.type == NodeType::element) {
            const GumboElement& e = g->v.element;
            n.tag = e.tag;
            n.line = e.start_pos.line;
            if (e.tag == GUMBO_TAG_UNKNOWN && e.original_tag.data) {
                GumboStringPiece piece = e.original_tag;
                gumbo_tag_from_original_text(&piece);
                n.text = std::string_view(piece.data, piece.length);
            }
            n.attr_begin = static_cast<std::uint32_t>(dom->attrs.size());
            const unsigned count = std::min<unsigned>(e.attributes.length, 0xFFFF);
            for (unsigned i = 0; i < count; ++i) {
                const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
                dom->attrs.push_back({a->name, values ? restore_value(a->value, *values) : std::string_view(a->value)});
            }
            n.attr_count = static_cast<std::uint16_t>(count);
        } else if (n.type != NodeType::document) {
            n.text = g->v.text.text;
            n.line = g->v.text.start_pos.line;
            if (runs && n.type == NodeType::text)
                n.text = restore_text_runs(n.text, *runs, [&](std::size_t size) { return dom->arena_.allocate(size); });
        }
        dom->nodes.push_back(n);
        if (item.parent != no_node) {
            DomNode& p = dom->nodes[item.parent];
            if (p.last_child == no_node) p.first_child = index;
            else dom->nodes[p.last_child].next_sibling = index;
            p.last_child = index;
        }
        if (n.type == NodeType::element) {
            if (n.tag == GUMBO_TAG_HTML) dom->html = index;
            else if (n.tag == GUMBO_TAG_HEAD && dom->head == no_node) dom->head = index;
            else if (n.tag == GUMBO_TAG_BODY && dom->body == no_node) dom->body = index;
        }
        const GumboVector* children = nullptr;
        if (g->type == GUMBO_NODE_DOCUMENT) children = &g->v.document.children;
        else if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_TEMPLATE) children = &g->v.element.children;
        if (!children) continue;
        // Past the depth limit, children hang from this node's parent chain's cap: we keep
        // them under the capped node so text is not lost, only nesting.
        const std::uint32_t child_parent = item.depth >= max_depth ? item.parent : index;
        const std::uint32_t child_depth = item.depth >= max_depth ? item.depth : item.depth + 1;
        if (item.depth >= max_depth) dom->truncated = true;
        for (unsigned i = children->length; i-- > 0;)
            stack.push_back({static_cast<const GumboNode*>(children->data[i]), child_parent, child_depth});
    }
    return dom;
}

std::string Dom::text_of(std::uint32_t root) const { return text_of(root, std::string::npos); }

std::string Dom::text_of(std::uint32_t root, std::size_t max_bytes) const {
    std::string out;
    bool pending_space = false;
    for (std::uint32_t n = root; n != no_node && out.size() <= max_bytes;) {
        const DomNode& node = nodes[n];
        if (node.removed) {
            n = next_in(n, root, true);
            continue;
        }
        if (node.type == NodeType::text || node.type == NodeType::whitespace || node.type == NodeType::cdata) {
            // Runs of words parted by single ' ' appended at once (they read the same
            // collapsed), any other run of spaces as one space between them.
            const std::string_view t = node.text;
            for (std::size_t i = 0; i < t.size();) {
                if (is_space(t[i])) {
                    pending_space = true;
                    ++i;
                    continue;
                }
                const std::size_t j = single_spaced_end(t.data(), i + 1, t.size());  // (is_space's bytes)
                if (pending_space && !out.empty()) out += ' ';
                pending_space = false;
                out.append(t.data() + i, j - i);
                i = j;
            }
        } else if (node.type == NodeType::element && node.tag == GUMBO_TAG_BR) {
            pending_space = true;
        }
        n = next_in(n, root);
    }
    return out;
}

}  // namespace winnow::detail
