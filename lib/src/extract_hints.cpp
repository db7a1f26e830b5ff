#include "extract_hints.hpp"

#include <initializer_list>

namespace winnow::detail {

namespace {

bool contains_any(std::string_view hay, std::initializer_list<std::string_view> needles) {
    for (std::string_view n : needles)
        if (hay.find(n) != std::string_view::npos) return true;
    return false;
}

Hints read_token(std::string_view h) {
    Hints out;
    out.positive = contains_any(h, {"article", "body", "content", "entry", "main", "post", "text", "blog", "story",
                                    "prose", "rich-text", "richtext"});
    out.strong = contains_any(h, {"comment", "disqus", "sidebar", "related", "recommend", "outbrain", "taboola",
                                  "newsletter", "subscribe", "signup", "sign-up", "share", "social", "footer",
                                  "most-read", "mostread", "most-popular", "trending", "recirc", "read-more",
                                  "readmore", "more-stories", "author-bio", "authorbio", "about-author",
                                  "about-the-author", "author-info", "author-box", "byline", "promo", "advert",
                                  "sponsor", "breadcrumb", "pagination", "cookie", "consent", "gdpr", "popup",
                                  "modal", "toolbar", "tags", "taglist", "tag-list", "next-prev", "prev-next",
                                  "post-nav", "postnav", "masthead"});
    out.absolute = contains_any(h, {"caption", "credit", "byline", "breadcrumb", "cookie", "newsletter", "share",
                                    "social", "related", "disqus", "outbrain", "taboola", "advert", "sponsor"});
    out.strong = out.strong || out.absolute;
    out.negative = out.strong || contains_any(h, {"footnote", "widget", "banner", "menu", "nav", "popular", "author",
                                                  "caption", "credit", "-ad-", "dateline", "timestamp", "meta"});
    return out;
}

}  // namespace

// Evidence per class token: a token naming both content and chrome ("entry-content-read-more",
// "content-with-sidebar") says nothing either way.
Hints read_hints(std::string_view h) {
    Hints out;
    std::size_t i = 0;
    while (i < h.size()) {
        while (i < h.size() && h[i] == ' ') ++i;
        std::size_t j = i;
        while (j < h.size() && h[j] != ' ') ++j;
        if (j > i) {
            const Hints t = read_token(h.substr(i, j - i));
            if (t.positive && !t.negative) out.positive = true;
            if (t.absolute) {
                out.negative = out.strong = true;
            } else if (t.negative && !t.positive) {
                out.negative = true;
                if (t.strong) out.strong = true;
            }
        }
        i = j;
    }
    return out;
}

int class_weight(const std::string& hints) { return read_hints(hints).weight(); }

}  // namespace winnow::detail
