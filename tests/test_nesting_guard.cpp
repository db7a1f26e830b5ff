// The nesting guard (lib/src/nesting_guard.*): flattens hostile tag nesting before Gumbo sees
// it, keeps every text byte, and leaves normal pages byte for byte alone.
#include <doctest/doctest.h>

#include <string>
#include <utility>

#include <winnow/winnow.hpp>

#include "corpus_util.hpp"
#include "cpu_clock.hpp"
#include "nesting_guard.hpp"
#include "parse_html.hpp"

namespace {

using winnow::detail::guard_nesting;

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

std::size_t count(std::string_view hay, std::string_view needle) {
    std::size_t c = 0;
    for (std::size_t p = hay.find(needle); p != std::string_view::npos; p = hay.find(needle, p + 1)) ++c;
    return c;
}

// Depth of the Gumbo tree, walked iteratively.
std::size_t dom_depth(const winnow::detail::Dom& dom) {
    std::size_t deepest = 0;
    for (std::uint32_t n = 0; n < dom.nodes.size(); ++n) {
        std::size_t d = 0;
        for (std::uint32_t p = dom.nodes[n].parent; p != winnow::detail::no_node; p = dom.nodes[p].parent) ++d;
        deepest = std::max(deepest, d);
    }
    return deepest;
}

}  // namespace

TEST_CASE("pages within the limits come back unchanged") {
    for (const char* html : {
             "", "plain text", "<p>a<p>b<p>c", "<ul><li>a<li>b<ul><li>c</ul></ul>",
             "<div><br><img src=x><hr/><input></div>", "<script>if (a<b) { x('<div>') }</script>",
             "<!-- <div><div> --> <![CDATA[ <div> ]]>", "<table><tr><td>1<td>2<tr><td>3</table>",
             "<svg><path/><path/></svg>", "<textarea><div></textarea>", "<a href='x>y'>z</a>"}) {
        CAPTURE(html);
        const auto g = guard_nesting(html, {512, 128});
        CHECK_FALSE(g.changed);
    }
}

TEST_CASE("deep nesting is flattened at the cap and every text byte survives") {
    const std::string page = "<html><body>" + repeat("<div>x", 100'000) + repeat("</div>", 100'000);
    const double start = winnow::test::cpu_ms();
    const auto g = guard_nesting(page, {512, 128});
    const double ms = winnow::test::cpu_ms() - start;
    REQUIRE(g.changed);
    CHECK(ms < 1000);
    CHECK(count(g.html, "<div>") == 512);
    CHECK(count(g.html, "</div>") == 512);
    CHECK(count(g.html, "x") == 100'000);
    CHECK(g.dropped_tags == 2 * (100'000 - 512));
    auto dom = winnow::detail::Dom::parse(g.html, 2'000'000, 100'000);
    CHECK(dom_depth(*dom) <= 512 + 4);
}

TEST_CASE("void, self-closed and raw-text elements do not count as nesting") {
    const std::string page = repeat("<div>", 10) + repeat("<br><img src=x><p>x</p><script><div></script><!--<div>-->", 5000);
    CHECK_FALSE(guard_nesting(page, {20, 128}).changed);
    const std::string implied = repeat("<p>a", 5000) + repeat("<li>b", 5000) + repeat("<tr><td>c<td>d", 5000);
    CHECK_FALSE(guard_nesting(implied, {20, 128}).changed);
}

TEST_CASE("tag names match whatever their case, known to the rules or not") {
    // Implied end tags apply to upper- and mixed-case names: 1,000 <P>, <Li> or <IMAGE> never nest.
    for (std::string_view tag : {"<P>x", "<Li>x", "<IMAGE src=x>", "<Td>x"}) {
        CAPTURE(tag);
        CHECK_FALSE(guard_nesting("<ul><table><tr>" + repeat(tag, 1000), {512, 128}).changed);
    }
    // Names no rule tests (common inline ones, custom elements) nest and close by name, any case.
    for (auto [open, close] : {std::pair{"<Span>#", "</SPAN>"}, std::pair{"<my-Box>#", "</MY-box>"},
                               std::pair{"<STRONG>#", "</strong>"}}) {
        CAPTURE(open);
        const auto g = guard_nesting(repeat(open, 1000) + repeat(close, 1000), {512, 128});
        REQUIRE(g.changed);
        CHECK(g.dropped_tags == 2 * (1000 - 512));
        CHECK(count(g.html, "#") == 1000);
        // Closed as often as opened: a following sibling is not nested under them.
        CHECK_FALSE(guard_nesting(repeat(std::string(open) + close, 1000), {512, 128}).changed);
    }
}

TEST_CASE("a name is known only when all of its bytes match, at the end of the page too") {
    // With room for two levels, a start tag that closes the open <p> or heading stays; any other
    // name nests a third level and is dropped. Each page is read with the tag at the very end
    // and again with text after it (a short name is then read a word at a time).
    auto changed = [](std::string page) { return guard_nesting(page, {2, 128}).changed; };
    for (const std::string tail : {std::string(), "b" + std::string(40, ' ')}) {
        CAPTURE(tail);
        CHECK_FALSE(changed("<div><p>a<P>" + tail));
        CHECK_FALSE(changed("<div><p>a<FigCaption>" + tail));
        CHECK_FALSE(changed("<div><p>a<BlockQuotE>" + tail));   // ten bytes: the second word decides
        CHECK_FALSE(changed("<div><h2>a<H3>" + tail));
        CHECK(changed("<div><p>a<Px>" + tail));
        CHECK(changed("<div><p>a<FigCaptions>" + tail));
        CHECK(changed("<div><p>a<BlockQuotF>" + tail));
        CHECK(changed("<div><h2>a<H\x13>" + tail));   // 0x13 is no digit, with or without the case bit
        CHECK(changed("<div><p>a<P\x01>" + tail));
    }
}

TEST_CASE("a tag whose attributes would cost Gumbo too much keeps the first max_attributes") {
    std::string tag = "<div";
    for (int i = 0; i < 5000; ++i) tag += " a" + std::to_string(i) + "=\"v\"";
    const auto g = guard_nesting(tag + ">text</div>", {512, 128});
    REQUIRE(g.changed);
    CHECK(g.dropped_attributes == 5000 - 128);
    CHECK(g.html.find(" a127=\"v\">text</div>") != std::string::npos);
    CHECK(g.html.find("a128") == std::string::npos);
}

// Broken quoting turns the rest of a paragraph into attributes: a real page with a few such
// tags of some hundred "attributes" costs Gumbo little and must pass unchanged.
TEST_CASE("a few long tags from broken quoting pass unchanged") {
    std::string page = "<html><body>" + repeat("<p>An ordinary paragraph of the page, with some words.</p>", 200);
    for (int k = 0; k < 5; ++k) {
        page += "<a class=\"share\" href=\"/s?text=She said \"";
        for (int i = 0; i < 400; ++i) page += " word" + std::to_string(i);
        page += "\" target=\"_new\">Share</a>";
    }
    page += "</body></html>";
    const auto g = guard_nesting(page, {512, 128});
    CHECK_FALSE(g.changed);
    CHECK(g.dropped_attributes == 0);
}

// Many long tags: they are left whole only while their quadratic cost fits the page's budget,
// so a hostile page costs Gumbo no more than a constant times what a per-tag cap allows.
TEST_CASE("long tags are trimmed once the page's attribute budget is spent") {
    std::string tag = "<span";
    for (int i = 0; i < 600; ++i) tag += " b" + std::to_string(i);
    tag += ">x</span>";
    const std::string page = repeat(tag, 400);
    const auto g = guard_nesting(page, {512, 128});
    REQUIRE(g.changed);
    const std::size_t trimmed = g.dropped_attributes / (600 - 128);
    CHECK(g.dropped_attributes % (600 - 128) == 0);
    CHECK(trimmed > 0);
    CHECK(trimmed < 400);
    // The first tag is whole, the last one keeps 128 attributes.
    CHECK(g.html.substr(0, tag.size()) == tag);
    CHECK(g.html.find(" b127>x</span>", g.html.size() - 2 * tag.size()) != std::string::npos);
    // What the whole tags cost stays within the budget: a pair per four bytes + 64 tags of 128 attributes.
    const std::size_t whole = 400 - trimmed;
    CHECK(whole * (600 * 599 / 2) <= page.size() / 4 + 64 * (128 * 127 / 2));
}

// The acceptance check for the guard: on every page of the dev corpora it changes nothing, so
// winnow's output is identical with and without it.
TEST_CASE("the guard leaves every dev-corpus page alone") {
    const auto pages = winnow::test::corpus_pages();
    if (pages.empty()) {
        MESSAGE("no dev corpus found next to the project; skipped");
        return;
    }
    const winnow::Limits limits;
    for (const auto& path : pages) {
        CAPTURE(path.string());
        const auto g = guard_nesting(winnow::test::read_page(path), {limits.max_dom_depth, limits.max_attributes, limits.max_nodes});
        CHECK_FALSE(g.changed);
    }
    MESSAGE(pages.size() << " dev-corpus pages checked");
}

TEST_CASE("past the node limit the rest of the page is cut") {
    const std::string page = repeat("<p>x</p>", 1000);
    const auto g = guard_nesting(page, {512, 128, 100});
    REQUIRE(g.changed);
    CHECK(g.cut_at != SIZE_MAX);
    CHECK(count(g.html, "<p>") == 50);   // each <p>x</p> is two nodes: the element and its text
    CHECK_FALSE(guard_nesting(page, {512, 128, 3000}).changed);
}

// Each end tag Gumbo reads in foreign content walks the open elements: 100,000 nested <svg>
// closed by as many </div> cost ~1 s at the DOM depth limit (512). SVG and MathML deeper than
// 64 levels are flattened; drawings and formulas nest far less and stay byte for byte.
TEST_CASE("foreign content is flattened past 64 levels; real drawings and formulas are left alone") {
    for (const char* open : {"<svg>", "<math>", "<svg><g>", "<math><mrow>"}) {
        CAPTURE(open);
        const std::string page = "<html><body><div>" + repeat(open, 50'000) + "deep" + repeat("</div>", 100'000);
        const auto g = guard_nesting(page, {512, 128});
        REQUIRE(g.changed);
        auto dom = winnow::detail::Dom::parse(g.html, 2'000'000, 100'000);
        CHECK(dom_depth(*dom) <= 64 + 6);
        CHECK(count(g.html, "deep") == 1);
    }
    // Under 300 levels of HTML (a deep template), a drawing 40 groups deep and a formula 30 rows deep.
    const std::string drawing = "<svg viewBox='0 0 10 10'>" + repeat("<g>", 40) + "<path d='M0 0L5 5'/><text>label</text>" +
                                repeat("</g>", 40) + "</svg>";
    const std::string formula = "<math>" + repeat("<mrow>", 30) + "<mi>x</mi>" + repeat("</mrow>", 30) + "</math>";
    for (const std::string& inner : {drawing, formula, drawing + formula}) {
        const std::string page = "<html><body>" + repeat("<div>", 300) + "<p>text</p>" + inner + repeat("</div>", 300);
        const auto g = guard_nesting(page, {512, 128});
        CHECK_FALSE(g.changed);
    }
}
