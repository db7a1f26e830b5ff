// looks_like_html (one pass over the '<' of the first 4 KB, tags compared without case, an early
// verdict) against the plain reading it replaced: the text lower-cased whole, each tag counted
// by its own search, the verdict taken at the end. On real-looking inputs and on generated
// ones: tags in mixed case, inside and outside code fences, text of several scripts, starts
// past the 1 KB head and past the 4 KB window.
#include <doctest/doctest.h>

#include <cctype>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "sniff_input.hpp"
#include "text_lines.hpp"

using namespace winnow::detail;

namespace {

std::string plain_outside_fences(std::string_view s) {
    std::string out;
    std::size_t fence = 0;
    for (const TextLine& line : split_text_lines(s)) {
        const std::size_t f = fence_length(line.text);
        if (fence == 0 && f) fence = f;
        else if (fence && f >= fence) fence = 0;
        else if (fence == 0) out.append(line.raw).push_back('\n');
    }
    return out;
}

std::size_t plain_count(const std::string& s, std::string_view what) {
    std::size_t n = 0;
    for (std::size_t p = s.find(what); p != std::string::npos; p = s.find(what, p + 1)) ++n;
    return n;
}

bool plain_looks_like_html(std::string_view bytes) {
    std::string_view s = bytes.substr(0, 4096);
    if (s.starts_with("\xEF\xBB\xBF")) s.remove_prefix(3);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    const std::string head = ascii_lower(s.substr(0, 1024));
    for (std::string_view start : {"<!doctype html", "<html", "<?xml", "<head", "<body", "<!--"})
        if (head.starts_with(start)) return true;
    const std::string all = ascii_lower(plain_outside_fences(s));
    std::size_t blocks = 0, inlines = 0;
    for (std::string_view tag : {"<p>", "<p ", "<div", "<br", "<li>", "<h1", "<h2", "<h3", "<table", "<tr", "<td", "<ul", "<ol",
                                 "<meta", "<script"})
        blocks += plain_count(all, tag);
    for (std::string_view tag : {"<a href", "<span"}) inlines += plain_count(all, tag);
    return (head.starts_with("<") && blocks + inlines >= 1) || blocks >= 3 || (blocks >= 1 && blocks + inlines >= 3);
}

}  // namespace

TEST_CASE("looks_like_html: documents, fragments and texts that quote markup") {
    struct Case {
        const char* text;
        bool html;
    };
    for (const Case& c : {Case{"<!DOCTYPE HTML><html><body><p>Hallo</p></body></html>", true},
                          Case{"\xEF\xBB\xBF  \n<HTML lang=ru><p>Привет</p>", true},
                          Case{"<text id=7>\n<P>Première ligne<P>Deuxième<BR>fin", true},
                          Case{"Ein Absatz.\n<div class=x>eins</div><div>zwei</div><Div>drei</Div>", true},
                          Case{"Un texte sur le <a href=\"x\">lien</a> et le <span>span</span>.", false},
                          Case{"Texto con <a href=\"a\">uno</a>, <SPAN>dos</SPAN> y <p>tres</p>", true},
                          Case{"How to write a table:\n```\n<table><tr><td>1</td></tr></table>\n```\nThat is all.", false},
                          Case{"東京の記事です。", false}, Case{"", false}, Case{"<", false},
                          Case{"<Span>only a span</Span>", true}}) {
        CAPTURE(c.text);
        CHECK(looks_like_html(c.text) == c.html);
        CHECK(plain_looks_like_html(c.text) == c.html);
    }
}

TEST_CASE("looks_like_html: generated inputs give the plain reading") {
    std::mt19937 rng(4141);
    const std::vector<std::string> pieces = {
        "<p>", "<P>", "<p class=a>", "<P ", "<div", "<DIV>", "<br>", "<BR/>", "<li>", "<LI>", "<h1>", "<H2 ", "<h3", "<table",
        "<TABLE", "<tr>", "<TD>", "<ul>", "<OL>", "<meta", "<SCRIPT", "<a href=x>", "<A HREF=", "<a name=x>", "<span>", "<SPAN ",
        "<b>", "<", "<<p>", "<!-- x -->", "<!DOCTYPE html>", "<html>", "<?xml ?>", "<Head>", "<body>",
        "text ", "Wörter ", "слова ", "語 ", "كلمات ", "\n", "\n```\n", "\n~~~\n", "\n````\n", "  ", "\t", "\xEF\xBB\xBF"};
    int html = 0;
    for (int round = 0; round < 4000; ++round) {
        std::string text;
        // A long filler now and then moves the tags past the head's 1 KB or the 4 KB window.
        if (rng() % 5 == 0) text.append(900 + rng() % 3600, rng() % 2 ? 'x' : ' ');
        const int n = static_cast<int>(rng() % 16);
        for (int k = 0; k < n; ++k) text += pieces[rng() % pieces.size()];
        if (rng() % 7 == 0) text.insert(0, std::string(rng() % 5000, 'y'));
        CAPTURE(text);
        const bool fast = looks_like_html(text);
        CHECK(fast == plain_looks_like_html(text));
        html += fast;
    }
    CHECK(html > 400);
    CHECK(html < 3600);
}
