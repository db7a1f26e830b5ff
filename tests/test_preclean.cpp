// Preclean must hand Gumbo a page that parses to the same DOM, minus the blanked bodies.
// Every case compares a dump of the DOM parsed from the original page with one parsed from
// the precleaned page: same nodes, tags, attributes, text and line numbers, except the text
// inside script/style/comments, the inside of <svg>/<math> and the attributes no stage reads
// (their values may be blanked, or they may be dropped whole).
#include <doctest/doctest.h>

#include <winnow/winnow.hpp>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <string>

#include "parse_html.hpp"
#include "gumbo_hazards.hpp"
#include "preclean.hpp"

using namespace winnow;
using namespace winnow::detail;

namespace {

std::string dump(std::string_view html) {
    auto dom = Dom::parse(html, 1'000'000, 512);
    std::string out;
    std::vector<int> depth(dom->nodes.size(), 0);
    for (std::uint32_t n = 0; n != no_node;) {
        const DomNode& node = dom->nodes[n];
        if (node.parent != no_node) depth[n] = depth[node.parent] + 1;
        out.append(static_cast<std::size_t>(depth[n]) * 2, ' ');
        out += "line " + std::to_string(node.line) + " ";
        bool skip_children = false;
        switch (node.type) {
            case NodeType::element: {
                out += "<" + std::string(gumbo_normalized_tagname(node.tag)) + std::string(node.text);
                for (std::uint32_t a = node.attr_begin; a < node.attr_begin + node.attr_count; ++a) {
                    // Attributes no stage reads may be blanked or dropped: they are not compared.
                    if (attribute_dropped(dom->attrs[a].name)) continue;
                    out += " " + std::string(dom->attrs[a].name) + "=\"" + std::string(dom->attrs[a].value) + "\"";
                }
                out += ">";
                const bool ld = node.tag == GUMBO_TAG_SCRIPT && dom->attr(n, "type").find("ld+json") != std::string_view::npos;
                if ((node.tag == GUMBO_TAG_SCRIPT && !ld) || node.tag == GUMBO_TAG_STYLE) {
                    // The body is blanked, but the element keeps exactly one child.
                    int kids = 0;
                    for (auto c = node.first_child; c != no_node; c = dom->nodes[c].next_sibling) ++kids;
                    out += " children " + std::to_string(kids);
                    skip_children = true;
                }
                if (node.tag == GUMBO_TAG_SVG || node.tag == GUMBO_TAG_MATH) skip_children = true;
                break;
            }
            case NodeType::comment: out += "comment"; break;
            case NodeType::document: out += "document"; break;
            case NodeType::whitespace: out += "whitespace"; break;
            default: {
                // Outside <pre>/<listing>/<textarea> whitespace runs may be shortened: compare
                // them collapsed there, byte for byte inside.
                bool verbatim = false;
                for (auto a = node.parent; a != no_node; a = dom->nodes[a].parent)
                    verbatim = verbatim || dom->is(a, GUMBO_TAG_PRE) || dom->is(a, GUMBO_TAG_LISTING) ||
                               dom->is(a, GUMBO_TAG_TEXTAREA);
                std::string t;
                for (char ch : node.text) {
                    const bool ws = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r' || ch == '\f';
                    if (!verbatim && ws) {
                        if (t.empty() || t.back() != ' ') t += ' ';
                    } else {
                        t += ch;
                    }
                }
                out += "text \"" + t + "\"";
                break;
            }
        }
        out += "\n";
        n = dom->next_in(n, 0, skip_children);
    }
    return out;
}

void check_same(std::string_view html) {
    CAPTURE(html);
    PrecleanStats st;
    const std::string pre = preclean_html(html, &st);
    CAPTURE(pre);
    CHECK(dump(pre) == dump(html));
}

std::string pre(std::string_view html) { return preclean_html(html); }

}  // namespace

TEST_CASE("drops script and style bodies, keeps the DOM") {
    const std::string html =
        "<html><head><style>p { color: red }\n.a>b{}</style><script>var a = 1 < 2;\nfoo();</script></head>"
        "<body><p>Hello <b>world</b></p><script src=x.js></script></body></html>";
    check_same(html);
    const std::string p = pre(html);
    CHECK(p.find("color") == std::string::npos);
    CHECK(p.find("foo()") == std::string::npos);
    CHECK(p.find("<p>Hello <b>world</b></p>") != std::string::npos);
}

TEST_CASE("</script inside a JS string ends the script, as the tokenizer says") {
    check_same("<script>var s = \"</script>\"; alert(1)</script><p>after</p>");
    check_same("<script>var s = '</script >'; x</script><p>after</p>");
    check_same("<script>var s = '</script/'; x</script><p>after</p>");
    check_same("<script>var a = \"</scripty>\"; b</script><p>after</p>");
    check_same("<script>var a = \"</scrip\"; b</script><p>after</p>");
    check_same("<script>x</script");
    check_same("<script>x</script x='>'>tail<p>t</p>");
    // The text after the early end is page text: it must survive.
    CHECK(pre("<script>a=\"</script>\";</script>").find("\";") != std::string::npos);
}

TEST_CASE("script data escaped and double-escaped states") {
    check_same("<script><!-- document.write(\"<script>x</script>\"); --></script><p>after</p>");
    check_same("<script><!--<script></script><p>x</p>");
    check_same("<script><!-- </script> <p>y</p>");
    check_same("<script><!--></script><p>z</p>");
    check_same("<script><!---></script><p>z</p>");
    check_same("<script><!-- <script> --> </script><p>q</p>");
    check_same("<script><!-- <script> -- > </script> --> </script><p>q</p>");
    check_same("<script><!-- <SCRIPT>a</SCRIPT> <script/x> </script> --></script><p>r</p>");
    check_same("<script><!-- <scripts> </script><p>r</p>");
    check_same("<script>a<!-b</script><p>r</p>");
    check_same("<script>a<!--b--></script><p>r</p><script>--></script><i>i</i>");
}

TEST_CASE("uppercase and mixed-case tags") {
    check_same("<SCRIPT>x()</SCRIPT><STYLE>a{}</Style><P>t</P><Svg><PATH/></SVG><p>u</p>");
    const std::string p = pre("<SCRIPT>x()</SCRIPT><p>t</p>");
    CHECK(p.find("x()") == std::string::npos);
}

TEST_CASE("attributes with > inside quotes") {
    check_same("<div title=\"a>b\" data-x='c>d'><script data-y='>'>var x=1</script>p</div>");
    check_same("<a href=x>y</a><script a=\"</script>\">z</script><p>w</p>");
    check_same("<div a=b>c</div><script =x>y</script><p/>");
    check_same("<div a=\"unterminated><script>x</script><p>lost</p>");
    check_same("<div class=\"x");
}

TEST_CASE("unclosed elements run to the end of the page") {
    check_same("<p>a</p><script>var x; <p>never</p>");
    check_same("<p>a</p><style>p{} <p>never</p>");
    check_same("<p>a</p><!-- never closed <p>x</p>");
    check_same("<p>a</p><svg><g><p>breakout</p>");
    check_same("<p>a</p><svg><g><text>t");
    check_same("<p>a</p><title>t<p>x");
    check_same("<p>a</p><textarea>t<script>x</script>");
}

TEST_CASE("RCDATA and RAWTEXT bodies are not scanned for tags") {
    check_same("<title><script>x</script></title><p>t</p>");
    check_same("<textarea><!-- <script> --></textarea><p>t</p><script>y</script>");
    check_same("<textarea></script><style></textarea><p>t</p>");
    check_same("<xmp><script></xmp><p>t</p>");
    check_same("<iframe><script></iframe><p>t</p>");
    check_same("<noembed><script></noembed><p>t</p>");
    check_same("<noframes><script></noframes><p>t</p>");
    check_same("<style><!-- </style><p>t</p>");
    check_same("<style>a{content:\"</style>\"}</style><p>t</p>");
    check_same("<noscript><script>x</script><p>n</p></noscript><p>t</p>");
    check_same("<head><noscript><style>a{}</style><img src=x></noscript><title>T</title></head><p>x</p>");
    check_same("<template><script>x</script><p>in</p></template><p>t</p>");
    check_same("<table><script>x</script><tr><td>c<style>s</style></td></tr></table>");
}

TEST_CASE("whitespace between tags is shortened, except in pre and listing") {
    check_same("<div>\n    <p>a</p>\n    <p>b</p>\n</div>");
    check_same("<pre>\n  <b>x</b>\n    <i>y</i>\n</pre><div>   <p>z</p></div>");
    check_same("<pre><pre>  <b>x</b>  </pre>  <i>y</i>  </pre>   <p>z</p>");
    check_same("<div><pre>  <b>x</b>  </div>   <i>y</i>   <p>z</p>");
    check_same("<listing>\n\n  <b>x</b>  </listing>   <p>z</p>");
    check_same("<listing>\n  <b>x</b></pre>   <i>y</i>  </listing>   <p>z</p>");
    check_same("<pre><table><tr><td></pre>   <b>x</b>   </td></tr></table>  </pre>   <p>z</p>");
    check_same("<pre><button></pre>   <b>x</b>   </button>  </pre>   <p>z</p>");
    check_same("<pre><select></td></pre>  \n  <!-- c -->  </select>  <p>z</p>");
    check_same("<table>   <tr>  <td>a</td>   </tr>  </table>");
    check_same("<p>a</p>    < b    <!-- c -->   <p>d</p>");
    CHECK(pre("<div>\n      <p>a</p>") == "<div>\n<p>a</p>");
    CHECK(pre("<pre>\n      <b>a</b></pre>") == "<pre>\n      <b>a</b></pre>");
    // Long indentation of spaces and tabs keeps only its line breaks (CRLF once, a lone CR once);
    // a gap with text after its spaces is no indentation.
    const std::string spaces(16, ' '), tabs(9, '\t');
    CHECK(pre("<div>\r\n" + spaces + "\n" + tabs + "\r" + spaces + " <p>a</p>") == "<div>\n\n\n<p>a</p>");
    CHECK(pre("<div>" + spaces + tabs + "<p>a</p>") == "<div> <p>a</p>");
    CHECK(pre("<p>a</p>" + spaces + "x" + spaces + "<p>b</p>") == "<p>a</p>" + spaces + "x" + spaces + "<p>b</p>");
}

TEST_CASE("CDATA openers are defused wherever they are, in any case") {
    std::string storage;
    CHECK(winnow::detail::defuse_gumbo_hazards("<![CDATA[x]]>", storage) == "<![CDATA x]]>");
    CHECK(winnow::detail::defuse_gumbo_hazards("[a<![cdata[b<![CdAtA[", storage) == "[a<![cdata b<![CdAtA ");
    CHECK(winnow::detail::defuse_gumbo_hazards("[[<![CDATA[[<![CDATA[", storage) == "[[<![CDATA [<![CDATA ");
    const std::string_view plain = "<p>[1] <![CDATA x</p> <!-[CDATA[ [";
    const std::string_view same = winnow::detail::defuse_gumbo_hazards(plain, storage);
    CHECK(same.data() == plain.data());   // nothing to defuse: the input itself
    CHECK(winnow::detail::defuse_gumbo_hazards("[", storage) == "[");
    CHECK(winnow::detail::defuse_gumbo_hazards("<![CDATA", storage) == "<![CDATA");
}

TEST_CASE("plaintext ends scanning") {
    check_same("<p>a</p><plaintext><script>x</script><!-- c --></plaintext>");
    const std::string html = "<plaintext><script>x</script>";
    CHECK(pre(html) == html);
}

TEST_CASE("comments") {
    check_same("<!-- a --> <!--> <!---> <!-- -- --!> x <!----> <!-- <script> --><p>p</p>");
    check_same("<p>a<!-- x -->b</p>");
    check_same("<!DOCTYPE html><?xml version=\"1.0\"?></ x><!bogus <script> ><p>p</p>");
    check_same("<p>a</p></>b<!-- c --!d -->e");
}

TEST_CASE("svg and math subtrees") {
    check_same("<p>a</p><svg viewBox=\"0 0 1 1\"><path d=\"M0\"/><title>Close</title></svg><p>ok</p>");
    check_same("<svg><div>breakout</div></svg><p>ok</p>");
    check_same("<svg><style></svg></style></svg><p>ok</p>");
    check_same("<svg><title><div>x</div></title></svg><p>ok</p>");
    check_same("<svg><foreignObject><p>html</p></foreignObject></svg><p>ok</p>");
    check_same("<svg><![CDATA[ </svg> <script> ]]></svg><p>ok</p><script>x</script>");
    check_same("<div><svg><g></div><p>after</p>");
    check_same("<svg><svg><g/></svg><path/></svg><p>ok</p>");
    check_same("<svg/><p>ok</p><script>x</script>");
    check_same("<math><mi>x</mi><mo>+</mo></math><p>ok</p>");
    check_same("<math><mi><p>x</p></mi></math><p>ok</p>");
    check_same("<svg><font color=red>f</font></svg><p>ok</p>");
    check_same("<select><svg><path/></svg><option>o</option></select><p>ok</p>");
    // Gumbo 0.10.1 departs from the spec on end tags in foreign content: only plain cases are blanked.
    check_same("<svg>  \n  <script><!--<!--><noscript><svg></SCRIPT/><foreignObject></svg></p></script><plaintext></p>\n");
    check_same("</select><svg></></svg>--!><svg></p></listing><title></noscript><p><path/>");
    check_same("<svg><path><g></svg><p>x</p>");
    check_same("<svg><svg><g></svg></svg><p>x</p>");
    check_same("<svg><script><!--<p>x</p>");
    check_same("<template><div<title></p><!--</xmp><foreignObject>text <!--></textarea></pre><svg><div  \n  --");
}

TEST_CASE("select changes what the tokenizer sees") {
    check_same("<select><style><script>x</script></style></select><p>ok</p>");
    check_same("<select><option>a<script>x</script></select><style>s</style><p>ok</p>");
    check_same("<select><textarea>t</textarea></select><p>ok</p>");
    check_same("<frameset><script>x</script></frameset>");
}

TEST_CASE("line numbers survive blanking (LF, CRLF, CR)") {
    check_same("<script>\na\nb\n</script><p>line</p>");
    check_same("<script>\r\na\r\nb\r</script>\r\n<p>line</p>");
    check_same("<style>\ra\r\r</style>\r<p>line</p><!--\r\n\r\n-->\n<p>x</p>");
    check_same("<svg>\n<path/>\n</svg>\n<p>line</p>");
}

TEST_CASE("long blanked bodies keep every line break (bodies past the 255-byte count chunks)") {
    auto breaks = [](std::string_view s) { return std::count(s.begin(), s.end(), '\n'); };
    // Scripts and styles of many lengths, in several scripts of writing, with lines of every
    // length and runs of empty lines longer than a chunk.
    const std::string_view lines[] = {"var t = 'Привет, мир';", "s = \"こんにちは\";", "a{b:c}", "", "x", "// ünïcödé"};
    for (int total : {1, 254, 255, 256, 511, 1000, 3000}) {
        std::string body;
        for (int k = 0; static_cast<int>(body.size()) < total; ++k) {
            body += lines[static_cast<std::size_t>(k) % std::size(lines)];
            body += '\n';
        }
        for (std::string_view open : {"<script>", "<style>"}) {
            const std::string close = open == "<script>" ? "</script>" : "</style>";
            const std::string html = std::string(open) + body + close + "\n<p>line</p>";
            CAPTURE(html);
            const std::string out = pre(html);
            CHECK(breaks(out) == breaks(html));
            CHECK(out.size() < html.size());
        }
    }
    const std::string empty_lines = "<script>" + std::string(1000, '\n') + "</script><p>x</p>";
    CHECK(pre(empty_lines) == empty_lines);
}

TEST_CASE("values of attributes no stage reads are blanked, line breaks kept") {
    CHECK(attribute_unread("onclick"));
    CHECK(attribute_unread("ONMOUSEOVER"));
    CHECK(attribute_unread("data-tracking"));
    CHECK_FALSE(attribute_unread("data-src"));          // lazy images: blocks read them
    CHECK_FALSE(attribute_unread("data-lazy-src"));
    CHECK_FALSE(attribute_unread("data-original"));
    CHECK_FALSE(attribute_unread("data-publish-date"));  // dates read these
    CHECK_FALSE(attribute_unread("data-timestamp"));
    CHECK_FALSE(attribute_unread("style"));             // prune reads hidden styles
    CHECK_FALSE(attribute_unread("class"));
    CHECK_FALSE(attribute_unread("content"));
    // German, Spanish and Japanese pages with handlers and tracking data; quotes of both kinds,
    // '>' and '<' inside values, line breaks (LF, CRLF) inside values, an unquoted value.
    const char* pages[] = {
        "<p onclick=\"zeige('<b>mehr</b>')\">Weiterlesen &gt;</p>\n<div data-analytics='{\"seite\":\"start\"}'>Inhalt</div>",
        "<a href=\"/nota\" data-track=\"clic\nportada\r\nnota\" class=\"enlace\">Leer más</a>\n<p>Fin</p>",
        "<div data-config=\"{&quot;modo&quot;:1}\" onload=init()>本文はここから始まります。</div>\n<p data-published-date=\"2021-05-06\">公開</p>",
        "<img data-src=\"/foto.jpg\" data-caption-json=\"[1,2]\" onerror=\"this.remove()\" alt=\"Foto\"><p>Texto</p>",
    };
    for (const char* html : pages) check_same(html);
    PrecleanStats st;
    const std::string p = preclean_html(
        "<p onclick=\"a()\n\nb()\" data-x='y' data-date=\"2020-01-02\" data-src=\"i.png\" onmouseover=z()>T</p>", &st);
    CHECK(p == "<p\n\n data-date=\"2020-01-02\" data-src=\"i.png\">T</p>");
    CHECK(st.attributes == 3);
    // In a formatting element (the tree builder compares their attributes) they stay, blanked.
    CHECK(preclean_html("<b onclick=\"a()\" data-x='y'>T</b>") == "<b onclick=\"\" data-x=''>T</b>");
}

TEST_CASE("presentational attributes no stage reads are dropped whole, the tag otherwise unchanged") {
    CHECK(attribute_dropped("align"));
    CHECK(attribute_dropped("VALIGN"));
    CHECK(attribute_dropped("bgColor"));
    CHECK(attribute_dropped("cellpadding"));
    CHECK(attribute_dropped("alt"));
    CHECK(attribute_dropped("onclick"));        // the unread ones too
    CHECK(attribute_dropped("data-tracking"));
    for (const char* read : {"class", "id", "style", "href", "src", "data-src", "width", "height", "size", "type", "title",
                             "name", "content", "rel", "lang", "hidden", "role", "itemprop", "datetime", "data-date",
                             "al", "aligned", "valigns", ""})
        CHECK_FALSE(attribute_dropped(read));
    // Old table layouts in German, Russian and Chinese; upper case, unquoted, empty and
    // valueless attributes, line breaks inside and between them.
    const char* pages[] = {
        "<table border=0 cellpadding=\"2\" CELLSPACING='0' width=\"100%\"><tr><td align=left valign=\"top\" class=\"inhalt\">"
        "Die Kommission tagte am Dienstag.</td><td nowrap bgcolor=#ffffff>Mehr</td></tr></table>",
        "<TABLE\nBORDER=\"0\"\nCELLPADDING=\"4\">\n<TR><TD ALIGN=\"CENTER\"\nVALIGN=\"MIDDLE\"><IMG SRC=\"/i/logo.gif\" ALT=\"Логотип\"\nWIDTH=\"120\">"
        "Комиссия собралась во вторник.</TD></TR></TABLE>",
        "<div align=\"center\" id=\"正文\"><a href=\"/新闻/1.html\" target=\"_blank\" title=\"委员会\">委员会于星期二开会。</a></div>",
        "<p align= >leer</p><p align=>leer</p><hr noshade size=1><input type=\"text\" value=\"Suche\" maxlength=\"40\" tabindex=3>",
        "<td align=\"x\"/><td/ align=\"x\"><td class=x align=\"y\"/><td a=\"1\"align=\"2\">x</td><td align=\"1\"class=\"2\">y</td>",
        "<font color=\"red\" face=\"Arial\">rot</font><a href=\"#\" target=\"_top\">oben</a><b align=\"left\">fett</b>",
        "<img src=\"a.png\" alt=\"Zeile eins\nZeile zwei\r\nZeile drei\"><p>Text</p>",
    };
    for (const char* html : pages) check_same(html);
    CHECK(pre("<td align=left valign=\"top\" class=\"c\">x</td>") == "<td class=\"c\">x</td>");
    CHECK(pre("<table\nborder=\"0\"\ncellpadding=\"4\">") == "<table\n\n>");
    CHECK(pre("<td bgcolor=#fff nowrap>x") == "<td nowrap>x");
    // After a valueless attribute Gumbo may join names ("<td nowrap nowrap class=x>" gives
    // "nowrapclass"): what follows one stays, and valueless ones stay too.
    CHECK(pre("<td nowrap nowrap align=x class=y>") == "<td nowrap nowrap align=x class=y>");
    CHECK(pre("<td nowrap onclick=\"go()\" align=x>") == "<td nowrap onclick=\"go()\">");
    // Where dropping would join what stands on either side, the attribute stays.
    CHECK(pre("<td align=\"x\"/>") == "<td align=\"x\"/>");                // else "<td/>": self-closing
    CHECK(pre("<td/ align=\"x\">") == "<td/ align=\"x\">");                // a '/' before it
    CHECK(pre("<td align=\"1\"class=\"2\">") == "<td align=\"1\"class=\"2\">");
    CHECK(pre("<td a=\"1\"align=\"2\">") == "<td a=\"1\">");
    // Formatting elements keep theirs (the parser compares them); <a> is not one of those.
    CHECK(pre("<font color=red face=Arial>x</font>") == "<font color=red face=Arial>x</font>");
    CHECK(pre("<a href=\"/x\" target=\"_blank\">x</a>") == "<a href=\"/x\">x</a>");
    // Line numbers stay: the image's alt held two line breaks.
    CHECK(pre("<img src=\"a.png\" alt=\"eins\nzwei\r\ndrei\"><p>x") == "<img src=\"a.png\"\n\n><p>x");
}

namespace {

// A start tag's attributes as the parser gives them: name=value, space-separated.
std::string attributes_of(std::string_view html, GumboTag tag) {
    auto dom = Dom::parse(html, 1'000'000, 512);
    for (std::uint32_t n = 0; n < dom->nodes.size(); ++n) {
        if (dom->nodes[n].type != NodeType::element || dom->nodes[n].tag != tag) continue;
        std::string out;
        for (std::uint32_t a = dom->nodes[n].attr_begin; a < dom->nodes[n].attr_begin + dom->nodes[n].attr_count; ++a)
            out += (out.empty() ? "" : " ") + std::string(dom->attrs[a].name) + "=" + std::string(dom->attrs[a].value);
        return out;
    }
    return "(none)";
}

}  // namespace

TEST_CASE("a repeated attribute is ignored, and the next one keeps its own name") {
    // The tokenizer keeps the first of two same-named attributes. A repeat without a value used
    // to leave its name in Gumbo's buffer, prefixed to the next attribute's ("nowrapclass").
    CHECK(attributes_of("<div nowrap nowrap class=x>t</div>", GUMBO_TAG_DIV) == "nowrap= class=x");
    CHECK(attributes_of("<table><tr><td a=\"1\" a class='x'>t</table>", GUMBO_TAG_TD) == "a=1 class=x");
    CHECK(attributes_of("<p a a a class=x>t", GUMBO_TAG_P) == "a= class=x");
    CHECK(attributes_of("<p a b a c=x>t", GUMBO_TAG_P) == "a= b= c=x");
    CHECK(attributes_of("<span A a id=y>t", GUMBO_TAG_SPAN) == "a= id=y");        // names fold case
    CHECK(attributes_of("<span a a/ id=y>t", GUMBO_TAG_SPAN) == "a= id=y");       // a '/' between
    CHECK(attributes_of("<span a a\n\tid=y>t", GUMBO_TAG_SPAN) == "a= id=y");    // line break, tab
    CHECK(attributes_of("<li a=\"1\"a class=k>t", GUMBO_TAG_LI) == "a=1 class=k");   // no space after the value
    CHECK(attributes_of("<p a=1 a=2 class=x>t", GUMBO_TAG_P) == "a=1 class=x");   // with a value: the first wins
    CHECK(attributes_of("<div hidden hidden class=\"статья\" id=\"正文\">t</div>", GUMBO_TAG_DIV) ==
          "hidden= class=статья id=正文");
    // The parser keeps nothing of the repeat for the next tag either.
    CHECK(attributes_of("<b a a><i class=z>t</i></b>", GUMBO_TAG_I) == "class=z");
    // With and without preclean the DOM is the same.
    for (const char* html : {"<td nowrap nowrap align=x class=y>t</td>", "<div lang=de hidden hidden\nclass=\"Inhalt\">Text</div>",
                             "<p dir=rtl dir data-x=\"1\" class=\"نص\">نص</p>"})
        check_same(html);
}

TEST_CASE("whole pipeline: a class after a repeated valueless attribute is read") {
    // The page's sheet hides a class; the box carrying it starts with a repeated attribute.
    const std::string html =
        "<html><head><style>.werbung{display:none}</style></head><body><article>"
        "<p>Der erste Absatz des Berichts ist lang genug, um als Inhalt zu gelten, mit Kommas, und mehr.</p>"
        "<div nowrap nowrap class=\"werbung\"><p>Jetzt abonnieren und sparen, nur heute, nur hier, fuer alle Leser.</p></div>"
        "<p>Der zweite Absatz des Berichts ist ebenfalls lang genug, um als Inhalt zu gelten, wirklich.</p>"
        "</article></body></html>";
    const std::string xml = to_xml(winnow::clean(html).document);
    CHECK(xml.find("erste Absatz") != std::string::npos);
    CHECK(xml.find("abonnieren") == std::string::npos);
    winnow::Options no_preclean;
    no_preclean.preclean = false;
    CHECK(to_xml(winnow::clean(html, no_preclean).document) == xml);
}

TEST_CASE("JSON-LD scripts are kept") {
    const std::string html =
        "<head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Kept\"}</script>"
        "<script TYPE='Application/LD+JSON'>{\"a\":1}</script><script>drop()</script></head><p>x</p>";
    check_same(html);
    const std::string p = pre(html);
    CHECK(p.find("\"headline\":\"Kept\"") != std::string::npos);
    CHECK(p.find("{\"a\":1}") != std::string::npos);
    CHECK(p.find("drop()") == std::string::npos);
}

TEST_CASE("whole pipeline: identical output with and without preclean") {
    const std::string html =
        "<html><head><title>T | Site</title><script type=\"application/ld+json\">{\"@type\":\"Article\","
        "\"headline\":\"A headline\",\"author\":{\"name\":\"Jane Doe\"}}</script><style>p{}</style></head>"
        "<body><article><h1>A headline</h1><script>var s='</script>';</script>"
        "<p>First paragraph of the story, long enough to count as content, with commas, and more.</p>"
        "<svg><path/></svg><!-- c --><p>Second paragraph, which is also long enough to be content here.</p>"
        "</article></body></html>";
    winnow::Options no_preclean;
    no_preclean.preclean = false;
    const std::string off = to_xml(winnow::clean(html, no_preclean).document);
    const std::string on = to_xml(winnow::clean(html).document);
    CHECK(on == off);
    CHECK(on.find("Jane Doe") != std::string::npos);
}

TEST_CASE("random mixtures of the tricky fragments") {
    static const char* parts[] = {
        "<script>", "</script>", "<!--", "-->", "<script type=application/ld+json>", "<style>", "</style>",
        "<svg>", "</svg>", "<path/>", "<math>", "</math>", "<title>", "</title>", "<textarea>", "</textarea>",
        "<select>", "</select>", "<p>", "</p>", "<div a=\">\">", "</div>", "text ", "\n", "\r\n", "<", ">",
        "\"", "'", "<!", "</", "<b>", "<table>", "<td>", "<xmp>", "</xmp>", "<template>", "</template>",
        "<div", " x='>'", "--", "<plaintext>", "<SCRIPT >", "</SCRIPT/>", "<foreignObject>", "<mi>",
        "<![CDATA[", "]]>", "<pre>", "</pre>", "</listing>", "<button>", "</td>", "  \n  ", "<listing>", "<noscript>", "</noscript>", "<iframe>", "</iframe>", "<!-->", "--!>", "<br>",
        "<p onclick=\"go('<b>')\n\">", "<div data-info='{\"a\":\">\"}'>", "<span data-date=\"2021-03-04\">",
        " data-x=\"1\r\n2\"", "<img data-src=\"a.jpg\" onerror=x>", "<td align=left", " valign=\"top\"", " ALT='x\ny'",
        " nowrap", " bgcolor=", "<table border=0 cellpadding=\"2\">", "<font color=red>", "<a target=_blank href=x>", "/",
        "=\"v\"", " class=k", " nowrap nowrap", " a a"};
    const char* seed = std::getenv("WINNOW_FUZZ_SEED");   // other seeds: run with WINNOW_FUZZ_SEED=n
    std::mt19937 rng(seed ? static_cast<unsigned>(std::atoi(seed)) : 12345u);
    for (int round = 0; round < 60000; ++round) {
        std::string html;
        const int len = 1 + static_cast<int>(rng() % 16);
        for (int i = 0; i < len; ++i) html += parts[rng() % (sizeof parts / sizeof parts[0])];
        check_same(html);
    }
}

TEST_CASE("dev corpus: identical XML with and without preclean") {
    // ../shared from the project root (a worktree sits one level deeper), or $WINNOW_CORPUS.
    std::filesystem::path dir;
    if (const char* env = std::getenv("WINNOW_CORPUS")) dir = env;
    for (const char* up : {"..", "../.."}) {
        const auto d = std::filesystem::path(WINNOW_SOURCE_DIR) / up / "shared" / "corpus" / "shb-dev" / "html";
        if (dir.empty() && std::filesystem::is_directory(d)) dir = d;
    }
    if (dir.empty() || !std::filesystem::is_directory(dir)) return;
    const Cleaner cleaner;
    winnow::Options no_preclean;
    no_preclean.preclean = false;
    const Cleaner cleaner_without(no_preclean);
    std::size_t pages = 0, bytes = 0, blanked = 0, bailed = 0;
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        if (entry.path().extension() != ".gz") continue;
        std::string html;
        if (FILE* f = popen(("gzip -dc '" + entry.path().string() + "'").c_str(), "r")) {
            char buf[65536];
            std::size_t k;
            while ((k = fread(buf, 1, sizeof buf, f)) > 0) html.append(buf, k);
            pclose(f);
        }
        CAPTURE(entry.path().filename().string());
        PrecleanStats st;
        const std::string p = preclean_html(html, &st);
        bytes += html.size();
        blanked += st.blanked_bytes;
        bailed += st.bailed;
        CHECK(dump(p) == dump(html));
        const Result off = cleaner_without.clean(html);
        const Result on = cleaner.clean(html);
        CHECK(to_xml(on.document, {.report = true}) == to_xml(off.document, {.report = true}));
        ++pages;
    }
    MESSAGE(pages << " pages, " << bytes << " bytes, " << blanked << " blanked (" << (bytes ? 100 * blanked / bytes : 0)
                  << "%), " << bailed << " pages bailed out early");
}

// Whitespace between tags becomes its line breaks, counted in the pass that finds it blank: LF,
// CRLF (one break) and a lone CR each count one, also a CR that ends the gap before a tag, and a
// gap without a break keeps one space; the DOM and its line numbers are the ones Gumbo builds
// from the page as it was (English, German, Russian, Japanese text between the gaps).
TEST_CASE("whitespace between tags keeps its line breaks: LF, CRLF, lone CR, none") {
    CHECK(pre("<div>\n \t <p>a</p>") == "<div>\n<p>a</p>");
    CHECK(pre("<div>\r\n  \r\n  <p>a</p>") == "<div>\n\n<p>a</p>");
    CHECK(pre("<div> \r <p>a</p>") == "<div>\n<p>a</p>");
    CHECK(pre("<div>  \r<p>a</p>") == "<div>\n<p>a</p>");
    CHECK(pre("<div>\t \f <p>a</p>") == "<div> <p>a</p>");
    check_same("<ul>\r\n  <li>one</li>\r  <li>zwei</li>\n\r  <li>три</li> \r\n\r<li>四</li>\r</ul>\r\n<p>line</p>");
    check_same("<table>\r\r\n\t<tr>\f<td>a</td>  \r</tr>\n</table>\r<p>Zeile</p>");
}

// The nesting guard's model reads the names the scanner lower-cased (NestingCheck): names in any
// case, of 16 bytes (the scanner's buffer), 17 and more (read from the page), unknown and
// non-ASCII ones, each nested past the depth limit or closed in another case.
TEST_CASE("the nesting check reads every tag name as the guard does, whatever its case and length") {
    const GuardLimits limits{6, 8, 10000};
    auto check = [&](const std::string& page) {
        NestingCheck nesting(page, limits);
        std::string out;
        preclean_html(page, out, nullptr, nullptr, nullptr, &nesting);
        return std::pair{nesting.guard_needed(), guard_nesting(out, limits).changed};
    };
    for (const std::string name : {"DIV", "Section", "x-sixteen-bytes1", "x-seventeen-bytes", "X-Seventeen-Bytes-Long", "o:p", "día", "dИv-блок"}) {
        CAPTURE(name);
        std::string shallow, deep, mixed;
        for (int i = 0; i < 4; ++i) shallow += "<" + name + ">Text " + std::to_string(i);
        for (int i = 0; i < 4; ++i) shallow += "</" + name + ">";
        for (int i = 0; i < 8; ++i) deep += "<" + name + ">tief ";
        std::string lower = name;
        for (char& c : lower) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
        for (int i = 0; i < 8; ++i) mixed += "<" + name + ">x</" + lower + ">";
        for (const std::string& page : {shallow, deep, mixed}) {
            const auto [needed, changed] = check("<body>" + page + "</body>");
            CHECK((needed || !changed));
        }
        CHECK(check("<body>" + deep + "</body>").first);   // past the depth limit: the guard reads it
        CHECK_FALSE(check("<body>" + mixed + "</body>").first);   // closed in another case: never deep
    }
}
