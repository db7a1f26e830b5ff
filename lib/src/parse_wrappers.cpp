// Stage — parse: wrappers that say nothing.
//
// Templates wrap blocks in unnamed <div>s for layout alone (a grid cell, a spacing hook), as
// many levels as their framework likes; the same article in one more or one fewer such level
// is the same page. Every stage after the parse reads depth somewhere (the distance a
// paragraph's points decay over, walks capped at N levels, entries of a thread compared by
// their paths), so a wrapper that holds one block and adds no text, no attribute and no
// element beside it is not copied into the DOM at all: its child hangs from its parent. A
// named <div> (class, id, style, role...) says what it holds and stays; so does one around
// inline content (it makes a line of it).
#include "parse_wrappers.hpp"

#include <string_view>

#include "parse_html.hpp"

namespace winnow::detail {

namespace {

// The one block a bare <div> wraps (blanks and comments aside), or null.
const GumboNode* wrapped_block(const GumboNode* g) {
    if (g->type != GUMBO_NODE_ELEMENT) return nullptr;
    const GumboElement& e = g->v.element;
    if (e.tag != GUMBO_TAG_DIV || e.attributes.length != 0) return nullptr;
    const GumboNode* only = nullptr;
    for (unsigned i = 0; i < e.children.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(e.children.data[i]);
        if (c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_COMMENT) continue;
        if (c->type != GUMBO_NODE_ELEMENT || only) return nullptr;   // text, or a second element
        only = c;
    }
    return only && is_block_element(only->v.element.tag) ? only : nullptr;
}

std::string_view class_of(const GumboNode* g) {
    const GumboAttribute* a = gumbo_get_attribute(&g->v.element.attributes, "class");
    return a ? std::string_view(a->value) : std::string_view();
}

// The element after g among its parent's children (blanks and comments aside), or null.
const GumboNode* next_element(const GumboNode* g) {
    const GumboNode* parent = g->parent;
    if (!parent || (parent->type != GUMBO_NODE_ELEMENT && parent->type != GUMBO_NODE_TEMPLATE)) return nullptr;
    const GumboVector& siblings = parent->v.element.children;
    for (unsigned i = static_cast<unsigned>(g->index_within_parent) + 1; i < siblings.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(siblings.data[i]);
        if (c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_COMMENT) continue;
        return c->type == GUMBO_NODE_ELEMENT ? c : nullptr;
    }
    return nullptr;
}

}  // namespace

bool is_transparent_wrapper(const GumboNode* g) {
    const GumboNode* block = wrapped_block(g);
    if (!block) return false;
    // A box around one block, right before an unwrapped block of the same tag and class, sets it
    // apart from that neighbour: a reader's post in its box over its "Posted by" paragraph, in a
    // template without names. (Wrappers alike around every block, or of uneven depth, part
    // nothing: the neighbour is a wrapper too, or of another kind.)
    const GumboNode* next = next_element(g);
    return !(next && next->v.element.tag == block->v.element.tag && !wrapped_block(next) &&
             class_of(next) == class_of(block));
}

}  // namespace winnow::detail
