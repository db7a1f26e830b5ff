// A lone reader's post after the article (comments_lone_post.hpp): one post is no thread, yet
// its shape says whose it is, whatever its classes are called.
#include "comments_lone_post.hpp"

#include <string_view>

#include "comments_entry.hpp"

namespace winnow::detail {

namespace {

constexpr std::uint32_t kLonePost = 2000;  // a reader's post, or two: not a page's article
constexpr std::uint32_t kPostWords = 40;   // a text run of a post's words
constexpr int kFaceMin = 24, kFaceMax = 100;  // pixels: a writer's portrait, not an icon or a photo

// A side given in pixels ("60", "60px"), or -1.
int pixels(std::string_view side) {
    int px = 0;
    std::size_t k = 0;
    while (k < side.size() && k < 4 && side[k] >= '0' && side[k] <= '9') px = px * 10 + (side[k++] - '0');
    return k > 0 && (k == side.size() || side.substr(k) == "px") ? px : -1;
}

// An image whose width and height are both given as a face's size: a portrait.
bool face_sized(const Dom& dom, std::uint32_t img) {
    const int w = pixels(dom.attr(img, "width")), h = pixels(dom.attr(img, "height"));
    return w >= kFaceMin && w <= kFaceMax && h >= kFaceMin && h <= kFaceMax;
}

}  // namespace

bool lone_post(const Dom& dom, std::uint32_t n, const std::vector<std::uint32_t>& text,
               const std::vector<std::uint32_t>& link, PostLines& lines) {
    // A post is a box: a picture set in a paragraph's words is the paragraph's.
    if (dom.is(n, GUMBO_TAG_P) || text[n] > kLonePost || link[n] * 3 >= text[n]) return false;
    bool portrait = false;
    std::size_t seen = 0;
    for (std::uint32_t d = dom.next_in(n, n); d != no_node && seen < 4 * kMaxEntryWalk; ++seen) {
        const DomNode& e = dom.nodes[d];
        if (e.removed) {
            d = dom.next_in(d, n, true);
            continue;
        }
        if (e.type == NodeType::element && heading_level(e.tag) != 0) return false;  // a story's, an update's
        if (e.type == NodeType::element && e.tag == GUMBO_TAG_IMG && face_sized(dom, d) &&
            !(e.parent != no_node && dom.is(e.parent, GUMBO_TAG_P)))
            portrait = true;
        // The words begin: a portrait stands before them, or this is no post of a reader's.
        if (e.type == NodeType::text && text[d] >= kPostWords && !portrait) return false;
        if (e.type == NodeType::text && text[d] >= kPostWords) return has_date_line(dom, n, text, lines);
        d = dom.next_in(d, n);
    }
    return false;  // no words: a byline's box (a portrait, a name, a date), not a post
}

}  // namespace winnow::detail
