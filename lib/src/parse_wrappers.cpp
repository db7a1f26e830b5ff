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

#include "parse_html.hpp"

namespace winnow::detail {

bool is_transparent_wrapper(const GumboNode* g) {
    if (g->type != GUMBO_NODE_ELEMENT) return false;
    const GumboElement& e = g->v.element;
    if (e.tag != GUMBO_TAG_DIV || e.attributes.length != 0) return false;
    const GumboNode* only = nullptr;
    for (unsigned i = 0; i < e.children.length; ++i) {
        const auto* c = static_cast<const GumboNode*>(e.children.data[i]);
        if (c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_COMMENT) continue;
        if (c->type != GUMBO_NODE_ELEMENT || only) return false;   // text, or a second element
        only = c;
    }
    return only && is_block_element(only->v.element.tag);
}

}  // namespace winnow::detail
