// Text-run placeholders (lib/src/text_runs.cpp): every page parses to the same flat DOM with
// and without them — hand-written pages for each tree-builder context, random pages built from
// those pieces, and every dev-corpus page — and they really are made where text is long.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "../fuzz/text_runs_check.hpp"
#include "corpus_util.hpp"

using winnow::fuzz::text_runs_difference;

namespace {

// Sentences of 40+ bytes in several scripts (each one run long enough for a placeholder).
const std::vector<std::string> k_prose = {
    "The committee met on Tuesday to discuss the new budget proposal in detail.",
    "Die Kommission tagte am Dienstag und beriet über den neuen Haushaltsentwurf.",
    "Комиссия собралась во вторник, чтобы обсудить новый проект бюджета.",
    "委员会于星期二开会，详细讨论了新的预算提案，并听取了各方意见。",
    "委員会は火曜日に会合を開き、新しい予算案について詳しく議論した。",
    "اجتمعت اللجنة يوم الثلاثاء لمناقشة مشروع الميزانية الجديد بالتفصيل.",
    "La commission s'est réunie mardi pour examiner le nouveau projet de budget.",
    "Ủy ban đã họp vào thứ Ba để thảo luận chi tiết về dự thảo ngân sách mới.",
};

std::string prose(std::size_t i) { return k_prose[i % k_prose.size()]; }

// Checks one page; returns the placeholders made.
std::size_t same_dom(const std::string& html) {
    std::size_t made = 0;
    const std::string diff = text_runs_difference(html, &made);
    INFO("page: " << html);
    CHECK_MESSAGE(diff.empty(), diff);
    return made;
}

}  // namespace

TEST_CASE("text runs: the same DOM in every tree-builder context, with placeholders made") {
    const std::string a = prose(0), b = prose(2), c = prose(3), d = prose(5);
    const std::vector<std::string> pages = {
        "<p>" + a + "</p><p>" + b + "\n" + c + "</p>",
        a + " " + b,                                                        // no markup at all
        "  \n " + a + "\n<html><head>  " + b + "<title>t</title></head><body>" + c,   // text in head
        "<html><head></head>  \n" + a + "<body><p>" + b,                    // after head
        "<table>" + a + "<tr><td>" + b + "</td>" + c + "</tr>  \n  " + d + "</table>",   // foster parenting
        "<table><colgroup><col>" + a + "</colgroup><tr><td>x</td></tr></table>",
        "<table><caption>" + a + "</caption><tbody>" + b + "<tr>" + c + "<td>" + d,
        "<select><option>" + a + "</option>" + b + "<optgroup>" + c + "</select>" + d,
        "<table><tr><td><select>" + a + "<option>" + b + "</select></td></tr></table>",
        "<pre>\n" + a + "\n\n" + b + "</pre><listing>\n\n" + c + "</listing>",
        "<pre>" + a + "</pre><p>\n" + b + "</p>",
        "<textarea>\n" + a + "</textarea><title>" + b + " &amp; " + c + "</title><p>" + d,
        "<xmp>" + a + "</xmp><iframe>" + b + "</iframe><noembed>" + c + "</noembed><noframes>" + d + "</noframes>",
        "<body><p>x</p></body></html>\n  " + a + "  \n<!-- end -->",          // after after body
        "<body><p>x</p></body>\n" + a + "<p>" + b,                          // after body
        "<p>" + a + "&amp;" + b + "&#169;" + c + "&nbsp " + d + " &copy2 x &#x1F600;" + a + "&notit; " + b,
        "<p>" + a + "&" + b + "&lt" + c + "</p>",
        "<p>" + a + "\r\n" + b + "\r" + c + "\r\n\r\n" + d + "</p>",     // CR and CRLF
        "<p>" + a + std::string(1, '\0') + b + "</p>",                      // NUL
        "<p>   \n\n   </p><div>\t \n</div>" + a,                            // whitespace-only runs
        "<html><head><noscript>" + a + "</noscript></head><body><noscript><p>" + b + "</p>" + c + "</noscript>",
        "<head><noscript>   " + a + "<link></noscript></head>",
        "<p>" + a + "</p><template><p>" + b + "</p></template><p>" + c + "</p>",
        "<template><col>" + a + "  " + b + "</template>",
        "<p>" + a + "</p><frameset><frame>" + b + "</frameset>" + c,
        a + "<frameset><frame></frameset>",
        "<b>" + a + "<p>" + b + "</b>" + c + "</p><i>" + d + "<div>" + a + "</i></div>",   // adoption agency
        "<p>" + a + "<svg><text>" + b + "</text></svg>" + c + "<math><mi>" + d + "</mi></math>" + a,
        "<svg><foreignObject><p>" + a + "</p></foreignObject></svg>" + b,
        "<p>" + a + "<script>var s = '" + b + "';</script>" + c + "<style>p{}</style>" + d + "<!-- " + a + " -->" + b,
        "<p>" + a + "<plaintext>" + b + "<p>" + c,
        "<p>" + a + " < " + b + " a<b " + c + " 3 <= 4 " + d + "</p>",       // literal "<"
        "<p>" + a + "\x01" + b + "\x0B" + c + "\x7F" + d + "</p>",              // controls Gumbo replaces
        "<p>" + a + "\xC2\x85" + b + "\xEF\xB7\x90" + c + "\xEF\xBF\xBE" + d + "\xF0\x9F\xBF\xBF" + a + "</p>",
        "<p>" + a + "\xFF" + b + "\x80" + c + "\xE4\xB8" + "</p>" + d + "\xC3",   // bad UTF-8
        "<ul><li>" + a + "<li>" + b + "</ul><dl><dt>" + c + "<dd>" + d + "</dl>",
        "<p>" + a + "<br>" + b + "<img src=x alt='" + c + "'>" + d + "</p>",
        "<h1>" + a + "</h1>\n\n\n<article>\n  <p>\n    " + b + "\n    " + c + "\n  </p>\n</article>\n",
        "<!DOCTYPE html>" + a + "<html>" + b,
        "<body>" + a + "<form><input value='" + b + "'>" + c + "</form>" + d,
        "<p>" + a + "\f" + b + "\t\t" + c + "\f</p>",
    };
    std::size_t made = 0;
    for (const std::string& page : pages) made += same_dom(page);
    CHECK(made >= 75);
    // Pages that must get none: a byte of the placeholders' plane, a reference that could
    // decode to one, short runs only.
    CHECK(same_dom("<p>" + a + "\xF4\x80\x80\x80" + b + "</p>") == 0);
    CHECK(same_dom("<p>" + a + "&#x100000;" + b + "</p>") == 0);
    CHECK(same_dom("<p title='&#1114109;'>" + a + "</p>") == 0);
    CHECK(same_dom("<p>" + a + "&#x0000010FFFD;" + b + "</p>") == 0);
    CHECK(same_dom("<p>short</p><p>tiny</p><p> a b c </p>") == 0);   // under 8 bytes
    // Runs are made where the text is long, and only there: one per run of text.
    CHECK(same_dom("<p>" + a + "</p><p>tiny</p><p>" + b + "</p>") == 2);
    CHECK(same_dom("<p>" + a + "&amp;" + b + "</p>") == 2);
}

TEST_CASE("text runs: the restored text is the page's text, lines included") {
    using namespace winnow::detail;
    const std::string html = "<p>\n  " + prose(0) + "\n  " + prose(1) + "\n</p>\n<p>" + prose(3) + "&amp;" + prose(4) + "</p>";
    std::string placed;
    TextRuns runs;
    preclean_html(html, placed, nullptr, nullptr, &runs);
    REQUIRE(runs.runs().size() == 3);
    CHECK(placed.size() + runs.saved_bytes() == html.size());
    CHECK(placed.find(prose(0)) == std::string::npos);
    const auto dom = Dom::parse(placed, 100000, 512, &runs.runs());
    std::vector<std::string> texts;
    std::vector<std::uint32_t> lines;
    for (const DomNode& n : dom->nodes)
        if (n.type == NodeType::text) {
            texts.emplace_back(n.text);
            lines.push_back(n.line);
        }
    REQUIRE(texts.size() == 2);
    CHECK(texts[0] == "\n  " + prose(0) + "\n  " + prose(1) + "\n");
    CHECK(texts[1] == prose(3) + "&" + prose(4));
    CHECK(lines == std::vector<std::uint32_t>{1, 5});
    // The whole pipeline gives the same document with placeholders on and off.
    winnow::Options off;
    off.text_runs = false;
    const winnow::Cleaner with{}, without{off};
    const std::string page = "<html><body><article><h1>Budget</h1>" + html + "<p>" + prose(5) + "</p></article></body></html>";
    CHECK(winnow::to_xml(with.clean(page).document) == winnow::to_xml(without.clean(page).document));
}

TEST_CASE("text runs: attribute values as placeholders, the same DOM where the tree builder reads them") {
    const std::string a = prose(0), b = prose(2), c = prose(3), d = prose(5);
    const std::string cls = "article-body entry-content";
    // Four identical formatting elements: the fourth makes the parser drop the first from its
    // list of active formatting elements, comparing values ("Noah's Ark"): those stay as they are.
    std::string ark;
    for (int k = 0; k < 5; ++k) ark += "<b class='" + cls + "'><i title=\"" + b + "\"><font color=\"#336699ff\">x";
    ark += "<p>" + a + "</p>";
    std::string anchors;
    for (int k = 0; k < 5; ++k) anchors += "<a href=\"https://example.org/path/page-" + std::to_string(k % 2) + ".html\" class='" + cls + "'>" + c;
    anchors += "<p>" + d;
    const std::vector<std::string> pages = {
        "<p class='" + cls + "' title=\"" + a + "\" style=\"margin: 0 auto; color: red\">" + b + "</p>",
        "<img src=\"/images/2024/05/photo-large.jpg\" alt=\"" + c + "\"><a href='/wiki/Страница_обсуждения'>" + d + "</a>",
        "<div title=\"" + a + "\n" + b + "\n\n" + c + "\">x</div><p>\n" + d + "</p>",   // line breaks inside a value
        ark,
        anchors,
        "<table><tr><td>x</td></tr><input type=\"hidden\" name=\"session-token-value\"><input type='hiddenxxxx'></table>",
        "<table><input type=\"HIDDEN\" value=\"" + a + "\"><tr><td>" + b + "</td></tr></table>",
        "<math><annotation-xml encoding=\"application/xhtml+xml\"><p>" + a + "</p></annotation-xml></math>",
        "<isindex prompt=\"" + a + "\" action=\"/search/results.cgi\">" + b,
        "<p title=\"" + a + "&amp;" + b + "\" data-x='" + c + "<b>'>x</p>",   // "&amp;" folded, "<" left as it is
        "<a href=\"/search?q=" + a + "&amp;page=2&amp;amp;x=&amp\" title='" + b + "&lt;&amp;&#38;&ampx&amp=1'>" + c + "</a>",
        "<a href=\"https://example.org/?a=1&amp;b=2&amp;c=%E2%82%AC&amp;\">" + d + "</a><img src='/i.php?w=100&amp;h=50&amp;f=webp'>",
        "<p title=\"" + a + "\r\n" + b + "\" alt='" + c + std::string(1, '\0') + "'>x</p>",   // CR, NUL
        "<p title=\"" + a + "\x01" + b + "\" alt='" + c + "\xC2\x85" + d + "' lang=\"" + a + "\xFF\">x</p>",
        "<p title=" + a.substr(0, 12) + "_unquoted alt = ' spaced value here ' dir=\"\">x</p>",
        "<html lang=\"en-GB-oxendict\"><body class=\"" + cls + "\"><html data-theme=\"dark-high-contrast\" lang=\"fr-CA-variant\"><body id=\"main-body-element\">" + a,
        "<b class=\"" + cls + "\"><p class=\"" + cls + "\">" + a + "</b>" + b + "</p>",   // adoption agency clones
        "<template><div class=\"" + cls + "\"><col span=\"" + a + "\">" + b + "</div></template><p title=\"" + c + "\">x</p>",
        "<select><option value=\"" + a + "\">x<option value='" + b + "'>y</select><svg viewBox=\"0 0 100 100\"><path d=\"M0 0L100 100Z\"/></svg>",
        "<p title=\"" + a + "\">x</p><plaintext><p title=\"" + b + "\">",
    };
    std::size_t made = 0;
    for (const std::string& page : pages) made += same_dom(page);
    CHECK(made >= 40);

    using namespace winnow::detail;
    std::string placed;
    TextRuns runs;
    const std::string html = "<p title=\"" + a + "\n" + b + "\" class='x'>t</p><a href=\"" + c + "&amp;" + d + "\">u</a>";
    preclean_html(html, placed, nullptr, nullptr, &runs);
    REQUIRE(runs.values().size() == 2);
    CHECK(placed.find(b) == std::string::npos);
    CHECK(placed.size() + runs.saved_bytes() == html.size());
    const auto dom = Dom::parse(placed, 100000, 512, &runs.runs(), &runs.values());
    std::vector<std::string> values;
    for (const DomAttr& at : dom->attrs) values.emplace_back(at.value);
    CHECK(values == std::vector<std::string>{a + "\n" + b, "x", c + "&" + d});
    // The tree builder's own readers see the value Gumbo was given: not a placeholder.
    TextRuns none;
    preclean_html("<b class='" + cls + "'>x</b><isindex prompt='" + a + "'><input type='hidden-xxxxx'>", placed, nullptr,
                  nullptr, &none);
    CHECK(none.values().empty());
    // The same names elsewhere are only values: a script's, a link's, a button's type; an
    // encoding outside <annotation-xml>. JSON-LD stays readable as such after the round trip.
    const std::string typed = "<head><script type=\"text/javascript\" src=\"/js/app.js\"></script>"
                              "<link rel=\"stylesheet\" type=\"text/css\" href=\"/css/site.css\">"
                              "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"}</script></head>"
                              "<body><button type=\"submit-button\">Senden</button><input type=\"hidden-token\" value=\"x\">"
                              "<div encoding=\"application/x-tex\">x</div><math><annotation-xml encoding=\"text/html-fragment\">"
                              "<p>" + a + "</p></annotation-xml></math></body>";
    CHECK(same_dom(typed) >= 6);
    TextRuns typed_runs;
    preclean_html(typed, placed, nullptr, nullptr, &typed_runs);
    std::vector<std::string> folded;
    for (const TextRun& v : typed_runs.values()) folded.emplace_back(v.begin, v.interior);
    for (const char* v : {"text/javascript", "text/css", "application/ld+json", "submit-button", "application/x-tex"})
        CHECK(std::find(folded.begin(), folded.end(), v) != folded.end());
    for (const char* v : {"hidden-token", "text/html-fragment"})
        CHECK(std::find(folded.begin(), folded.end(), v) == folded.end());
    const auto typed_dom = Dom::parse(placed, 100000, 512, &typed_runs.runs(), &typed_runs.values());
    std::size_t ld = 0;
    for (std::uint32_t n = 0; n < typed_dom->nodes.size(); ++n)
        ld += typed_dom->is(n, GUMBO_TAG_SCRIPT) && typed_dom->attr(n, "type") == "application/ld+json";
    CHECK(ld == 1);
}

TEST_CASE("text runs: a value becomes a placeholder exactly when every character is one Gumbo keeps") {
    // The scanner skips plain ASCII bytes sixteen (or eight) at a time; pieces at every offset check that the
    // skip and the byte-by-byte reading agree with the plain rule (each piece kept or not).
    struct Piece {
        std::string bytes;
        bool kept;
    };
    const std::vector<Piece> pieces = {
        {"a", true}, {"Zz09", true}, {" ", true}, {"\"'=/>", true}, {"\n", true}, {"\t", true}, {"\f", true},
        {"é", true}, {"中文", true}, {"Ж", true}, {"\xF0\x9F\x98\x80", true}, {"~", true},
        {"&amp;", true}, {"&", false}, {"&lt;", false}, {"&amp", false}, {"&#38;", false}, {"<", false}, {"\r", false}, {std::string(1, '\0'), false}, {"\x01", false}, {"\x1F", false},
        {"\x7F", false}, {"\xC2\x85", false}, {"\xFF", false}, {"\x80", false}, {"\xE4\xB8x", false},
        {"\xEF\xB7\x90", false}, {"\xEF\xBF\xBE", false}, {"\xED\xA0\x80", false},
    };
    std::mt19937 rng(20261204);
    winnow::detail::TextRuns runs;
    REQUIRE(runs.start("<p>"));
    std::size_t made = 0, refused = 0;
    for (int k = 0; k < 20000; ++k) {
        std::string value;
        bool kept = true;
        const int parts = static_cast<int>(rng() % 24);
        const bool clean = rng() % 2 == 0;   // half the values from kept pieces only
        for (int p = 0; p < parts; ++p) {
            const Piece& piece = pieces[rng() % (clean ? 13 : pieces.size())];
            value += piece.bytes;
            kept = kept && piece.kept;
        }
        std::size_t newlines = 0;
        for (char c : value) newlines += c == '\n';
        std::string decoded;   // what Gumbo makes of the value: "&amp;" is "&"
        for (std::size_t i = 0; i < value.size(); ++i) {
            decoded += value[i];
            if (value.compare(i, 5, "&amp;") == 0) i += 4;
        }
        std::string out;
        const std::size_t before = runs.values().size();
        runs.append_value(value, out);
        const bool placed = runs.values().size() > before;
        INFO("value: " << value);
        CHECK(placed == (kept && value.size() >= winnow::detail::TextRuns::min_interior));
        if (placed) {
            CHECK(out.size() == 4 + newlines);
            CHECK(std::string_view(runs.values().back().begin, runs.values().back().interior) == decoded);
            ++made;
        } else {
            CHECK(out == value);
            ++refused;
        }
        if (runs.values().size() > 60000) REQUIRE(runs.start("<p>"));
    }
    CHECK(made > 3000);
    CHECK(refused > 3000);
}

TEST_CASE("text runs: random pages built from tricky pieces") {
    const std::vector<std::string> pieces = {
        "<p>", "</p>", "<div>", "</div>", "<table>", "</table>", "<tr>", "<td>", "</td>", "<caption>",
        "<colgroup>", "<col>", "<select>", "</select>", "<option>", "<pre>", "</pre>", "<pre>\n",
        "<textarea>", "</textarea>", "<title>", "</title>", "<b>", "</b>", "<i>", "</i>", "<a href=x>",
        "</a>", "<head>", "</head>", "<body>", "</body>", "</html>", "<html>", "<noscript>", "</noscript>",
        "<template>", "</template>", "<frameset>", "<svg>", "</svg>", "<math>", "<mi>", "<script>",
        "</script>", "<style>", "</style>", "<!--", "-->", "<br>", "<li>", "<ul>", "<h2>", "<form>",
        "&amp;", "&", "&#169;", "&nbsp", "\r\n", "\r", std::string(1, '\0'), "\n", "  ", "\t", "<", " <b ",
        "\xC2\x85", "\xFF", "x", "é", "中文",
        // attribute values: long, with line breaks, references, "<", on formatting elements
        "<p class=\"entry-content wide\">", "<a href='/nachrichten/artikel-123.html'>", "<b class=\"highlight-strong\">",
        "<font color=\"#ff0000ff\" face='Helvetica Neue'>", "</font>", "<div title=\"line one\nline two here\">",
        "<img alt=\"Фотография с места событий\" src=\"/img/photo.jpg\">", "<td title=\"a &amp; b and more\">",
        "<input type=\"hidden\" value=\"token-value-123\">", "<span data-info='x < y and y > z'>",
    };
    std::mt19937 rng(20261203);
    std::size_t made = 0;
    for (int page = 0; page < 1500; ++page) {
        std::string html;
        const int parts = 3 + static_cast<int>(rng() % 30);
        for (int k = 0; k < parts; ++k) {
            if (rng() % 3 == 0) html += prose(rng());
            else html += pieces[rng() % pieces.size()];
        }
        std::size_t m = 0;
        const std::string diff = text_runs_difference(html, &m);
        made += m;
        if (!diff.empty()) {
            INFO("page: " << html);
            FAIL(diff);
        }
    }
    CHECK(made > 2000);
}

TEST_CASE("text runs: every dev-corpus page parses the same") {
    const auto pages = winnow::test::corpus_pages();
    if (pages.empty()) {
        MESSAGE("shared corpora not found: skipped");
        return;
    }
    std::size_t made = 0, failed = 0;
    for (const auto& path : pages) {
        const std::string html = winnow::test::read_page(path);
        if (html.size() > 3'000'000) continue;
        // Raw bytes, undecoded: the check holds for any input.
        std::size_t m = 0;
        const std::string diff = text_runs_difference(html, &m);
        made += m;
        if (!diff.empty() && ++failed <= 5) FAIL_CHECK(path.string() << ": " << diff);
    }
    CHECK(failed == 0);
    CHECK(made > pages.size() * 10);
}
