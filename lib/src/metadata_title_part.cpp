// Metadata, title: a blog's <h1> is often its name and the post's headline a heading under it;
// the <title> says both ("Blog name: Post headline"), a news page's <title> its section too
// ("Headline - Section - Site", the section in the <h1>). The <h1> then says only one part of
// the <title>. A heading that says another part, apart from the <h1>'s, is the page's own
// headline: two pieces of evidence agree (the <title> and a heading), whatever the template's
// ranks. Guards for a page whose <h1> is its headline and whose site name also heads a box:
// the part must outweigh the <h1>'s (longer) unless the <h1> links home (a masthead), and its
// heading must stand after the <h1> and above the page's longest run of prose (the headline
// over its article; a sidebar's heading after the article, or before the <h1>, is not it).
#include "metadata_title_part.hpp"

#include "extract_title.hpp"
#include "text_length.hpp"

namespace winnow::detail {

void PageHeadings::add_text(std::uint32_t parent, std::size_t length) {
    if (parent != run_parent_) {
        run_parent_ = parent;
        run_ = 0;
        run_at_ = text_seen;
    }
    run_ += length;
    text_seen += length;
    if (run_ > longest_run) {
        longest_run = run_;
        longest_run_at = run_at_;
    }
}

std::string title_part_heading(std::string_view title_tag, std::uint32_t h1, std::string_view h1_text, bool h1_links_home,
                               std::string_view site, const PageHeadings& headings) {
    const std::string whole = fold_letters(title_tag), h = fold_letters(h1_text);
    if (h.empty() || h.size() >= whole.size()) return {};
    const std::size_t at = whole.find(h);
    if (at == std::string::npos) return {};
    const std::string site_fold = fold_letters(site);
    const std::size_t h_len = text_length(h);
    bool past_h1 = false;
    const std::string* best = nullptr;
    std::size_t best_len = 0;
    for (const PageHeadings::Entry& e : headings.entries) {
        if (e.node == h1) {
            past_h1 = true;
            continue;
        }
        if (!past_h1) continue;
        // The headline stands above its article's prose; a box's heading after it names the site.
        if (e.text_before > headings.longest_run_at) break;
        const std::string g = fold_letters(e.text);
        const std::size_t len = text_length(g);
        if (len < 8 || len <= best_len || g == h || g == site_fold) continue;
        if (len <= h_len && !h1_links_home) continue;
        // Apart from the h1's part: before it or after it in the <title>.
        const std::size_t before = whole.find(g);
        const bool apart = (before != std::string::npos && before + g.size() <= at) ||
                           whole.find(g, at + h.size()) != std::string::npos;
        if (!apart) continue;
        best = &e.text;
        best_len = len;
    }
    return best != nullptr ? *best : std::string{};
}

}  // namespace winnow::detail
