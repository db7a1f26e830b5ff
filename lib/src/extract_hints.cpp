#include "extract_hints.hpp"

#include <array>
#include <initializer_list>
#include <vector>

namespace winnow::detail {

namespace {

// A fixed list of substrings indexed by first byte: one pass over a class token finds whether
// any of them occurs (what a find() per needle would say, without a scan per needle: every
// element's class and id are read this way, several times a page).
class Needles {
public:
    Needles(std::initializer_list<std::string_view> needles) {
        for (std::string_view n : needles) by_first_[static_cast<unsigned char>(n.front())].push_back(n);
    }
    bool in(std::string_view hay) const {
        for (std::size_t i = 0; i < hay.size(); ++i)
            for (std::string_view n : by_first_[static_cast<unsigned char>(hay[i])])
                // The second byte and the length first: most first-byte hits end there,
                // without a call to compare.
                if (n.size() <= hay.size() - i && (n.size() < 2 || hay[i + 1] == n[1]) &&
                    hay.compare(i, n.size(), n) == 0)
                    return true;
        return false;
    }

private:
    std::array<std::vector<std::string_view>, 256> by_first_;
};

bool contains_any(std::string_view hay, const Needles& needles) { return needles.in(hay); }

// CMS taxonomy classes name the item's category or tag ("category-social-media", "tag-share",
// "entry-category-news"), not the element's role.
bool is_taxonomy(std::string_view h) {
    return h.starts_with("category-") || h.starts_with("tag-") || h.find("-category-") != std::string_view::npos ||
           h.find("-tag-") != std::string_view::npos;
}

const Needles& positive_names() {
    static const Needles n{"article", "body", "content", "entry", "main", "post", "text", "blog", "story",
                           "prose", "rich-text", "richtext"};
    return n;
}
const Needles& strong_names() {
    static const Needles n{"comment", "disqus", "sidebar", "related", "recommend", "outbrain", "taboola",
                           "newsletter", "subscribe", "signup", "sign-up", "share", "social", "footer",
                           "most-read", "mostread", "most-popular", "trending", "recirc", "read-more",
                           "readmore", "more-stories", "author-bio", "authorbio", "about-author",
                           "about-the-author", "author-info", "author-box", "byline", "promo", "advert",
                           "sponsor", "breadcrumb", "pagination", "cookie", "consent", "gdpr", "popup",
                           "modal", "toolbar", "tags", "taglist", "tag-list", "next-prev", "prev-next",
                           "post-nav", "postnav", "masthead"};
    return n;
}
const Needles& absolute_names() {
    static const Needles n{"caption", "credit", "byline", "breadcrumb", "cookie", "newsletter", "share",
                           "social", "related", "disqus", "outbrain", "taboola", "advert", "sponsor"};
    return n;
}
const Needles& comments_names() {
    static const Needles n{"comment", "disqus"};
    return n;
}
const Needles& negative_names() {
    static const Needles n{"footnote", "widget", "banner", "menu", "nav", "popular", "author",
                           "caption", "credit", "-ad-", "dateline", "timestamp", "meta"};
    return n;
}
const Needles& long_kinds_names() {
    static const Needles n{"comment", "disqus", "sidebar", "related", "recommend",
                           "outbrain", "taboola", "newsletter", "subscribe", "footer",
                           "trending", "popular", "most-", "recirc", "more-stories",
                           "promo", "advert", "sponsor", "widget", "menu", "nav",
                           "-ad-", "footnote", "banner", "read-more",
                           "readmore", "signup", "sign-up"};
    return n;
}

Hints read_token(std::string_view h) {
    Hints out;
    if (is_taxonomy(h)) return out;
    out.positive = contains_any(h, positive_names());
    out.strong = contains_any(h, strong_names());
    out.absolute = contains_any(h, absolute_names());
    out.strong = out.strong || out.absolute;
    // "commentary" is an opinion piece, not a thread.
    out.comments = contains_any(h, comments_names()) && h.find("commentary") == std::string_view::npos;
    out.negative = out.strong || contains_any(h, negative_names());
    // Chrome that is short by nature: a box of several prose paragraphs under such a name is
    // misnamed or swallowed by broken markup (an unclosed share box around the article).
    out.short_kind = out.negative && !contains_any(h, long_kinds_names());
    return out;
}

}  // namespace

// Evidence per class token: a token naming both content and chrome ("entry-content-read-more",
// "content-with-sidebar") says nothing either way.
Hints read_hints(std::string_view h) {
    Hints out;
    bool any_long_kind = false;
    std::size_t i = 0;
    while (i < h.size()) {
        while (i < h.size() && h[i] == ' ') ++i;
        std::size_t j = i;
        while (j < h.size() && h[j] != ' ') ++j;
        if (j > i) {
            const Hints t = read_token(h.substr(i, j - i));
            if (t.positive && !t.negative) out.positive = true;
            if (t.comments) out.comments = true;
            if (t.absolute) {
                out.negative = out.strong = true;
            } else if (t.negative && !t.positive) {
                out.negative = true;
                if (t.strong) out.strong = true;
            }
            if ((t.absolute || (t.negative && !t.positive)) && !t.short_kind) any_long_kind = true;
        }
        i = j;
    }
    out.short_kind = out.negative && !any_long_kind;
    return out;
}

}  // namespace winnow::detail
