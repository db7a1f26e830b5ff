// Extract, region: a form control's label left without its control. The prune stage removes
// <select> and <input> (never content); the short line that named one ("Sorted by:" over a sort
// menu, "Ordenar por:", "並び替え：") stays behind and says nothing without it. Told by the shape,
// not the words: a short box closed by a colon, the removed control one of its own children.
#include "extract_impl.hpp"

#include <string>
#include <string_view>

namespace winnow::detail::extraction {

namespace {

constexpr std::uint32_t kControlLabel = 40;  // a label of a few words, not a sentence

bool closes_on_colon(std::string_view t) {
    while (!t.empty() && (t.back() == ' ' || t.back() == '\n' || t.back() == '\t' || t.back() == '\r')) t.remove_suffix(1);
    return t.ends_with(':') || t.ends_with("\uff1a");
}

}  // namespace

bool Extractor::labels_removed_control(std::uint32_t n) const {
    if (stats_[n].text == 0 || stats_[n].text > kControlLabel || stats_[n].link_text > 0) return false;
    bool control = false;
    for (std::uint32_t c = dom_.nodes[n].first_child; c != no_node && !control; c = dom_.nodes[c].next_sibling)
        control = dom_.nodes[c].type == NodeType::element && dom_.nodes[c].removed &&
                  (dom_.nodes[c].tag == GUMBO_TAG_SELECT || dom_.nodes[c].tag == GUMBO_TAG_INPUT);
    return control && closes_on_colon(dom_.text_of(n));
}

}  // namespace winnow::detail::extraction
