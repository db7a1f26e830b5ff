// Prune helper — a note marker set as a superscript with no link: "harbour<sup>12</sup>",
// "word<sup>⁽2⁾</sup>", "word<sup>{3}</sup>", "word<sup>[a]</sup>", "word<sup>†</sup>". It points
// to a note the reader cannot follow from here (a linked one is left to the link residue filter,
// which keeps it when its note is in the text); in the text it would be glued to its word.
#pragma once
#include "parse_html.hpp"

namespace winnow::detail {

// n is a <sup> holding one run of text shaped as a note marker — one to three digits, a letter or
// two, or a dagger-like sign, bare or in any bracket pair (() [] [[ ]] {} <> ⁽⁾) — glued to a word
// of three letters or more (or to a stop after a word), with no link around or inside it, and no
// letter or digit glued after it. A base of one or two letters or of digits is math or a unit
// ("x<sup>(2)</sup>", "km<sup>2</sup>", "10<sup>6</sup>"), an ordinal's letters are not a marker
// ("1<sup>st</sup>").
bool is_unlinked_sup_marker(const Dom& dom, std::uint32_t n);

}  // namespace winnow::detail
