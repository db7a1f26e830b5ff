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

#include <utility>

#include "extract_title.hpp"
#include "text_length.hpp"

namespace winnow::detail {

namespace {

// A text node inside a link (three levels up at most: <a><span><b>text): a menu's or an
// archive list's words, which stand between a masthead and a post's headline.
bool in_link(const Dom& dom, std::uint32_t n) {
    std::uint32_t p = dom.nodes[n].parent;
    for (int up = 0; up < 3 && p != no_node; ++up, p = dom.nodes[p].parent)
        if (dom.is(p, GUMBO_TAG_A)) return true;
    return false;
}

// The element whose run of text a text node continues: its parent, past emphasis and spans
// (three levels at most).
std::uint32_t block_of(const Dom& dom, std::uint32_t n) {
    std::uint32_t p = dom.nodes[n].parent;
    for (int up = 0; up < 3 && p != no_node && dom.nodes[p].parent != no_node; ++up) {
        switch (dom.nodes[p].tag) {
            case GUMBO_TAG_EM: case GUMBO_TAG_STRONG: case GUMBO_TAG_B: case GUMBO_TAG_I: case GUMBO_TAG_SPAN:
            case GUMBO_TAG_FONT: case GUMBO_TAG_U: case GUMBO_TAG_SMALL: case GUMBO_TAG_SUP: case GUMBO_TAG_SUB:
            case GUMBO_TAG_CODE: case GUMBO_TAG_ABBR: case GUMBO_TAG_CITE: case GUMBO_TAG_Q:
                p = dom.nodes[p].parent;
                continue;
            default: return p;
        }
    }
    return p;
}


}  // namespace

void note_text(const Dom&, std::uint32_t n, PageHeadings& headings) { headings.texts.push_back(n); }

void note_heading(const Dom& dom, std::uint32_t n, PageHeadings& headings) {
    if (headings.entries.size() >= PageHeadings::kMax) return;
    std::string text = dom.text_of(n, PageHeadings::kMaxBytes + 1);
    if (text.size() <= PageHeadings::kMaxBytes) headings.entries.push_back({n, headings.texts.size(), std::move(text)});
}

namespace {

// Where the page's prose stands: the unlinked text before each text node (text_length), and
// the longest prose run — the element holding the most unlinked text in its own text nodes (a
// post's <br>-parted body, a long <p>) — by the text before its first words.
struct ProseRuns {
    std::vector<std::size_t> text_before;  // per text node, and one past the last
    std::size_t longest_run = 0, longest_run_at = 0;
};

ProseRuns measure_prose(const Dom& dom, const std::vector<std::uint32_t>& texts) {
    ProseRuns out;
    out.text_before.reserve(texts.size() + 1);
    std::uint32_t run_parent = UINT32_MAX;
    std::size_t seen = 0, run = 0, run_at = 0;
    for (const std::uint32_t n : texts) {
        out.text_before.push_back(seen);
        if (in_link(dom, n)) continue;
        const std::uint32_t parent = block_of(dom, n);
        if (parent != run_parent) {
            run_parent = parent;
            run = 0;
            run_at = seen;
        }
        const std::size_t length = text_length(dom.nodes[n].text);
        run += length;
        seen += length;
        if (run > out.longest_run) {
            out.longest_run = run;
            out.longest_run_at = run_at;
        }
    }
    out.text_before.push_back(seen);
    return out;
}

}  // namespace

TitlePart title_part_heading(const Dom& dom, std::string_view title_tag, std::uint32_t h1, std::string_view h1_text, bool h1_links_home,
                             std::string_view site, const PageHeadings& headings) {
    TitlePart out;
    const std::string whole = fold_letters(title_tag), h = fold_letters(h1_text);
    if (h.empty() || h.size() >= whole.size()) return out;
    const std::size_t at = whole.find(h);
    if (at == std::string::npos) return out;
    const std::string site_fold = fold_letters(site);
    const ProseRuns prose = measure_prose(dom, headings.texts);
    const std::size_t h_len = text_length(h);
    bool past_h1 = false;
    const std::string* best = nullptr;
    std::size_t best_len = 0;
    for (const PageHeadings::Entry& e : headings.entries) {
        if (e.node == h1) {
            past_h1 = true;
            continue;
        }
        const std::string g = fold_letters(e.text);
        const std::size_t len = text_length(g);
        if (len < 8 || len <= best_len || g == h) continue;
        // Apart from the h1's part: before it or after it in the <title>.
        const std::size_t before = whole.find(g);
        const bool apart = (before != std::string::npos && before + g.size() <= at) ||
                           whole.find(g, at + h.size()) != std::string::npos;
        if (!apart) continue;
        // The headline stands after the <h1> and above its article's prose; a box's heading
        // before the <h1> or after the prose names the site (not over an <h1> linking home: that
        // is the masthead, the post's headline may follow a sidebar set first).
        if (!past_h1 || prose.text_before[e.texts_before] > prose.longest_run_at || g == site_fold) {
            out.boxed |= !h1_links_home;
            continue;
        }
        if (len <= h_len && !h1_links_home) continue;
        best = &e.text;
        best_len = len;
    }
    if (best != nullptr) {
        out.heading = *best;
        out.boxed = false;
    }
    return out;
}

}  // namespace winnow::detail
