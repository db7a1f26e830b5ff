// Stage — extract: a line of the page's taxonomy inside the region. Links marked rel="tag"
// (the HTML link type for a tag or category of the page, which CMSs write as "tag" or
// "category tag") under at most a short label ("Tags:", "Filed under", "Schlagwörter:") are
// the page's index terms, not its prose: whatever the words of the label, in any language.
#include <string_view>

#include "extract_impl.hpp"

namespace winnow::detail::extraction {

// A space-separated list of link types (rel) that holds token, ASCII case folded.
bool has_rel_token(std::string_view list, std::string_view token) {
    std::size_t i = 0;
    while (i < list.size()) {
        while (i < list.size() && is_space(static_cast<unsigned char>(list[i]))) ++i;
        std::size_t j = i;
        while (j < list.size() && !is_space(static_cast<unsigned char>(list[j]))) ++j;
        if (j - i == token.size()) {
            bool same = true;
            for (std::size_t k = 0; k < token.size() && same; ++k)
                same = (list[i + k] | 0x20) == token[k];
            if (same) return true;
        }
        i = j;
    }
    return false;
}

bool Extractor::is_tag_line(std::uint32_t n) const {
    const NodeStats& s = stats_[n];
    // A label and a few terms: more words than that of one's own is a sentence that links a tag.
    constexpr std::uint32_t kLabel = 40;
    if (s.link_text == 0 || s.text > 300 || s.text - s.link_text > kLabel) return false;
    bool any = false;
    const std::uint32_t end = subtree_end(n);
    for (std::uint32_t d = n + 1; d < end; ++d) {
        if (!dom_.is(d, GUMBO_TAG_A) || dom_.nodes[d].removed || stats_[d].text == 0) continue;
        if (!has_rel_token(dom_.attr(d, "rel"), "tag")) return false;
        any = true;
    }
    return any;
}

}  // namespace winnow::detail::extraction
