// The nesting guard's model fed by preclean's scanner (NestingCheck, nesting_guard.hpp): a page
// it passes must come out of guard_nesting unchanged, whatever the tag soup.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <vector>

#include "nesting_guard.hpp"
#include "preclean.hpp"

namespace {

using namespace winnow::detail;

struct Checked {
    bool needed;
    bool changed;
};

Checked check(const std::string& page, const GuardLimits& limits) {
    NestingCheck nesting(page, limits);
    std::string out;
    TextRuns runs;
    preclean_html(page, out, nullptr, nullptr, &runs, &nesting);
    GuardLimits sized = limits;
    sized.budget_bytes = out.size() + runs.saved_bytes();
    return {nesting.guard_needed(), guard_nesting(out, sized).changed};
}

}  // namespace

TEST_CASE("a page within the limits needs no second read; one past any limit does") {
    const GuardLimits limits{8, 3, 200};
    const std::string ok = "<html><body><div><p>Ein Absatz.<p>Un paragraphe.<ul><li>один<li>два</ul></div>"
                           "<table><tr><td>セル<td>celda</table><svg><g><path d='M0'/></g></svg></body></html>";
    CHECK_FALSE(check(ok, limits).needed);
    std::string deep;
    for (int i = 0; i < 9; ++i) deep += "<div>";
    CHECK(check(deep + "tief", limits).needed);
    CHECK(check("<p a=1 b=2 c=3 d=4>quatre</p>", limits).needed);
    std::string many;
    for (int i = 0; i < 101; ++i) many += "<br>x";
    CHECK(check(many, limits).needed);
    CHECK(check("<select><style>x</style></select>", limits).needed);   // the scanner bails
    CHECK(check("<svg/><title>x</title>", limits).needed);                // foreign content read on
}

TEST_CASE("random tag soup: whenever the check passes a page, the guard leaves it unchanged") {
    const std::vector<std::string> pieces = {
        "<div>", "</div>", "<p>", "</p>", "<span class=x>", "</span>", "<ul>", "<li>", "</li>", "</ul>", "<dl><dt>",
        "<dd>", "<table>", "<tr>", "<td>", "<th>", "</td>", "</tr>", "</table>", "<tbody>", "<caption>", "<a href='/'>",
        "</a>", "<b>", "</b>", "<font>", "<button>", "</button>", "<form>", "</form>", "<h2>", "</h2>", "<h3>", "<pre>",
        "</pre>", "<select>", "</select>", "<option>", "<optgroup>", "<template>", "</template>", "<svg>", "</svg>",
        "<svg/>", "<math><mi>x</mi></math>", "<svg><g><p>", "<title>a</title>", "<title><div></div></title>",
        "<textarea><p></textarea>", "<script>var a='<div>';</script>", "<script type=application/ld+json>{\"a\":\"</p>\"}</script>",
        "<script type='application/ld+json'>{}</script>", "<script><!--<script></script>--></script>",
        "<script type=application/ld+json><!--<script></script><div>--></script>", "<style>p>a{}</style>",
        "<xmp><b></xmp>", "<iframe><div></iframe>", "<!-- c -->", "<!-->", "<!--->", "<!-- a --!> b -->", "<!doctype html>",
        "<?xml x?>", "</>", "< x", "<", "</ x>", "<![CDATA[<div>]]>", "<br>", "<img src=a.png>", "<hr/>", "<input type=text>",
        "<p a b c>", "<p a=1 b=2 c=3 d=4>", "<div a='>' b=\"<\" c=d>", "<div a=1/b=2/c=3/d>", "<DIV Class=Y>", "</DIV>",
        "<x-very-long-custom-element-name>", "</x-very-long-custom-element-name>", "<o:p>", "</o:p>", "<body>", "<html>",
        "<head>", "text ", "Grüße ", "привет ", "日本語 ", "texto largo ", "\n  ", "<frameset>", "<plaintext>"};
    std::mt19937 rng(49);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(5, 120);
    int passed = 0, changed = 0;
    for (int round = 0; round < 20000; ++round) {
        std::string page;
        const int n = length(rng);
        for (int k = 0; k < n; ++k) {
            std::size_t i = pick(rng);
            // The last two pieces end scanning for good: rarer.
            if (i + 2 >= pieces.size() && rng() % 8 != 0) i = 0;
            page += pieces[i];
        }
        const GuardLimits limits{4 + static_cast<std::size_t>(round % 8), 2 + static_cast<std::size_t>(round % 3),
                                 40 + static_cast<std::size_t>(round % 200)};
        const Checked c = check(page, limits);
        if (!c.needed) {
            ++passed;
            CAPTURE(page);
            CHECK_FALSE(c.changed);
        }
        changed += c.changed;
    }
    // Both kinds of page were drawn.
    CHECK(passed > 1000);
    CHECK(changed > 1000);
}
