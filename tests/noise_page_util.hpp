// What the noise-filter and Unicode tests build their pages with, one copy where each test held
// its own: a language's paragraphs, a paragraph with its noise put in at "%N", the page around
// them in each of the markups those tests walk (HTML5, div soup, a table layout), the cleaner's
// text of a page, and the check that a repair is made in every markup.
#pragma once
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include <winnow/winnow.hpp>

namespace winnow::test {

// A language's paragraphs: the fixture most noise tests put their noise into.
struct LangParagraphs {
    const char* lang;
    std::vector<std::string> paras;
};

// p with every "%N" in it replaced by mark: where a fixture's paragraph takes the noise.
inline std::string with_mark(std::string p, std::string_view mark) {
    for (std::size_t at = 0; (at = p.find("%N", at)) != std::string::npos; at += mark.size()) p.replace(at, 2, mark);
    return p;
}

// How many markups noise_page and bare_page know: for (int markup = 0; markup < kNoiseMarkups; ++markup).
inline constexpr int kNoiseMarkups = 3;

// The body in a page with a little chrome (a home link, a footer) to leave behind:
// markup 0 an HTML5 <main><article> under a <nav>, 1 div soup without class names, 2 a table
// layout with a link column beside the article's cell.
inline std::string noise_page(const char* lang, int markup, const std::string& body) {
    const std::string head = std::string("<!doctype html><html lang=\"") + lang +
                             "\"><head><meta charset=\"utf-8\"><title>T</title></head><body>";
    if (markup == 0) return head + "<nav><a href=\"/\">Home</a></nav><main><article><h1>T</h1>" + body + "</article></main></body></html>";
    if (markup == 1) return head + "<div><div><a href=\"/\">Home</a> <a href=\"/a\">A</a></div><div><div>" + body + "</div></div><div>©</div></div></body></html>";
    return head + "<table width=\"100%\"><tr><td><a href=\"/s\">S</a><br><a href=\"/t\">T</a></td><td>" + body + "</td></tr></table></body></html>";
}

// The body alone in a page without chrome or language: 0 <main><article>, 1 two bare <div>s,
// 2 one table cell. For what the Unicode stage repairs, where extraction is not the question.
inline std::string bare_page(int markup, const std::string& body) {
    const std::string head = "<!doctype html><html><head><meta charset=\"utf-8\"><title>T</title></head><body>";
    if (markup == 0) return head + "<main><article>" + body + "</article></main></body></html>";
    if (markup == 1) return head + "<div><div>" + body + "</div></div></body></html>";
    return head + "<table><tr><td>" + body + "</td></tr></table></body></html>";
}

// What the cleaner keeps of a page, as plain text.
inline std::string cleaned_text(const std::string& html) { return to_text(clean(html).document); }

// A damaged text and what the Unicode stage makes of it.
struct Repair {
    const char* damaged;
    const char* clean;
};

// The repair made in a paragraph of each bare page, whatever the markup around it.
inline void check_repaired_in_pages(const Repair& r) {
    for (int markup = 0; markup < kNoiseMarkups; ++markup) {
        const std::string out = cleaned_text(bare_page(markup, std::string("<p>") + r.damaged + "</p>"));
        CAPTURE(markup);
        CAPTURE(out);
        CHECK(out.find(r.clean) != std::string::npos);
    }
}

}  // namespace winnow::test
