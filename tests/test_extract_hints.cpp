// Class/id evidence for the extract stage (lib/src/extract_hints.*): which names say "article
// text", which say "page chrome", and how a token naming both is read. The names are read in one
// pass per token over all the lists; these cases pin what each list contributes.
#include <doctest/doctest.h>

#include <string>

#include "extract_hints.hpp"
#include "parse_html.hpp"
#include "prune.hpp"

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

TEST_CASE("NameHints gives each element what read_hints gives its class and id, asked once or again") {
    using winnow::detail::Dom;
    using winnow::detail::NameHints;
    using winnow::detail::NodeType;
    const std::string html =
        "<html><body><div class='entry-content' id='main'><p>Text</p></div>"
        "<ul class='Comment-List'><li>x</li></ul>"
        "<aside id='sidebar'>s</aside>"
        "<section id='economic-and-social-consequences-share'>t</section>"
        "<div class='Teilen-Leiste share'>u</div><figcaption class='bildunterschrift caption'>v</figcaption></body></html>";
    auto dom = Dom::parse(html, 1'000'000, 400);
    REQUIRE(dom);
    const NameHints names(*dom);
    int elements = 0;
    for (std::uint32_t pass = 0; pass < 2; ++pass)
        for (std::uint32_t n = 0; n < dom->nodes.size(); ++n) {
            if (dom->nodes[n].type != NodeType::element) continue;
            ++elements;
            const auto want = read_hints(winnow::detail::class_and_id(*dom, n));
            const auto got = names(n);
            CHECK(got.positive == want.positive);
            CHECK(got.negative == want.negative);
            CHECK(got.strong == want.strong);
            CHECK(got.absolute == want.absolute);
            CHECK(got.comments == want.comments);
            CHECK(got.short_kind == want.short_kind);
        }
    CHECK(elements >= 16);
    auto first = [&](GumboTag tag) {
        for (std::uint32_t n = 0; n < dom->nodes.size(); ++n)
            if (dom->nodes[n].type == NodeType::element && dom->nodes[n].tag == tag) return n;
        return winnow::detail::no_node;
    };
    CHECK(names(first(GUMBO_TAG_DIV)).positive);
    CHECK(names(first(GUMBO_TAG_UL)).comments);  // class names are read lowercased
    CHECK(names(first(GUMBO_TAG_ASIDE)).strong);
    CHECK(!names(first(GUMBO_TAG_SECTION)).negative);  // a four-word id is a slug of the text
    CHECK(names(first(GUMBO_TAG_FIGCAPTION)).short_kind);
    CHECK(!names(first(GUMBO_TAG_P)).negative);
}
