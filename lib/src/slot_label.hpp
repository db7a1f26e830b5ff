// Prune helper — slot labels: the one short line a page prints over an empty placeholder box (an
// ad slot, a widget a script fills) or inside a link to a picture's large file ("click to
// enlarge"). It labels what is not in the text; with the box or picture gone it floats alone
// between the article's paragraphs.
#pragma once
#include "parse_html.hpp"

namespace winnow::detail {

// The tags each check below can hold at all: prune asks these first, inline, so the other
// elements (most of a page) cost no call.
constexpr bool slot_box_tag(GumboTag t) {
    return t == GUMBO_TAG_DIV || t == GUMBO_TAG_ASIDE || t == GUMBO_TAG_SECTION || t == GUMBO_TAG_INS;
}
constexpr bool lone_stamp_tag(GumboTag t) { return t == GUMBO_TAG_SPAN || t == GUMBO_TAG_TIME || t == GUMBO_TAG_SMALL; }

// n is a box whose only text is one short line (no sentence end) in one child, every other child
// an empty placeholder (a div, span, ins or iframe with no text and no picture): the whole box goes.
bool is_slot_label_box(const Dom& dom, std::uint32_t n);

// n is a link whose target is an image file and which holds that image and one short line: the
// text nodes of that line are marked removed (the picture keeps its place). Returns how many.
std::size_t prune_zoom_link_label(Dom& dom, std::uint32_t n);

// n is a bare span, time or small (or one wrapping a single <time>) after a paragraph (a <p> or a
// div of prose), nothing else between them, with a block next (a paragraph, an ad box, a card, a
// heading), whose whole text is one short run with a figure and no sentence end: a stamp ("3 hours
// ago") left from a card or a live update's header, floating in the article's flow. A dateline
// under the title (after a heading), a short line inside a paragraph and a series of such elements
// (three or more of one tag and class: a timeline's dates) stay.
bool is_lone_stamp(const Dom& dom, std::uint32_t n);

}  // namespace winnow::detail
