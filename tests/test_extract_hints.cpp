// Class/id evidence for the extract stage (lib/src/extract_hints.*): which names say "article
// text", which say "page chrome", and how a token naming both is read. The names are read in one
// pass per token over all the lists; these cases pin what each list contributes.
#include <doctest/doctest.h>

#include "extract_hints.hpp"

using winnow::detail::read_hints;

TEST_CASE("names of article text are positive, names of chrome negative") {
    for (const char* name : {"entry-content", "article-body", "storytext", "rich-text main-col", "post"}) {
        const auto h = read_hints(name);
        CHECK_MESSAGE(h.positive, name);
        CHECK_MESSAGE(!h.negative, name);
        CHECK_MESSAGE(h.weight() == 1, name);
    }
    for (const char* name : {"site-menu", "nav-wrap", "widget-area", "meta-line", "x-ad-slot"}) {
        const auto h = read_hints(name);
        CHECK_MESSAGE(h.negative, name);
        CHECK_MESSAGE(!h.strong, name);
        CHECK_MESSAGE(h.weight() == -1, name);
    }
    const auto none = read_hints("col-6 wrapper clearfix");
    CHECK(!none.positive);
    CHECK(!none.negative);
    CHECK(!none.short_kind);
    CHECK(!read_hints("").negative);
}

TEST_CASE("a token naming both content and chrome says nothing, unless the chrome is absolute") {
    // Both lists in one token: neither side wins.
    const auto mixed = read_hints("content-with-sidebar");
    CHECK(!mixed.positive);
    CHECK(!mixed.negative);
    CHECK(!read_hints("mainmenu").negative);
    // Absolute chrome (captions, share rows, related links) is chrome even next to "content".
    for (const char* name : {"content-caption", "post-share", "related-content", "entry-credit"}) {
        const auto h = read_hints(name);
        CHECK_MESSAGE(h.negative, name);
        CHECK_MESSAGE(h.strong, name);
        CHECK_MESSAGE(!h.positive, name);
    }
    // Separate tokens are weighed apart: one positive, one negative.
    const auto both = read_hints("article sidebar");
    CHECK(both.positive);
    CHECK(both.negative);
    CHECK(both.strong);
    CHECK(both.weight() == 0);
}

TEST_CASE("comment threads, opinion pieces and taxonomy classes") {
    CHECK(read_hints("comments-list").comments);
    CHECK(read_hints("comments-content").comments);
    CHECK(!read_hints("comments-content").negative);   // one token naming both
    CHECK(read_hints("comments content").strong);       // two tokens: the thread is chrome
    CHECK(read_hints("disqus_thread").comments);
    CHECK(!read_hints("commentary-body").comments);   // an opinion piece, not a thread
    // Category and tag classes name the item's topic, not the element's role.
    for (const char* name : {"category-social-media", "tag-share", "entry-category-comments", "x-tag-footer"}) {
        const auto h = read_hints(name);
        CHECK_MESSAGE(!h.negative, name);
        CHECK_MESSAGE(!h.positive, name);
        CHECK_MESSAGE(!h.comments, name);
    }
}

TEST_CASE("chrome short by nature, against chrome that may be long") {
    for (const char* name : {"byline", "share-bar", "wp-caption", "breadcrumbs", "timestamp"}) {
        const auto h = read_hints(name);
        CHECK_MESSAGE(h.negative, name);
        CHECK_MESSAGE(h.short_kind, name);
    }
    for (const char* name : {"sidebar", "site-footer", "comment-list", "newsletter-signup", "topmenu"}) {
        const auto h = read_hints(name);
        CHECK_MESSAGE(h.negative, name);
        CHECK_MESSAGE(!h.short_kind, name);
    }
    // One long kind among the tokens makes the whole name long.
    CHECK(!read_hints("byline sidebar").short_kind);
    CHECK(read_hints("byline share-bar").short_kind);
}
