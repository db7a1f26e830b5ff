// Helpers shared by the extraction suites: a page's article as plain text, a substring test, and
// the whole-page tally of the fresh-page suites.
#pragma once
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <winnow/winnow.hpp>

namespace winnow::test {

inline std::string text_of(const std::string& html) {
    Result r = clean(html);
    REQUIRE(r.ok());
    return to_text(r.document);
}

// A UTF-8 page of the given language and <title> around a body.
inline std::string html_page(const char* lang, const char* title, const std::string& body) {
    return std::string("<!DOCTYPE html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title + "</title></head><body>" + body +
           "</body></html>";
}

inline bool has(const std::string& hay, std::string_view needle) { return hay.find(needle) != std::string::npos; }

// Every block's text, captions too (the plain-text output leaves captions out; in a photo
// story they are the text).
inline void all_block_text(const std::vector<Block>& blocks, std::string& out) {
    for (const Block& b : blocks) {
        out += b.text;
        out += '\n';
        all_block_text(b.children, out);
    }
}

// Every block's text of a cleaned page, captions too.
inline std::string block_text_of(const std::string& html) {
    Result r = clean(html);
    REQUIRE(r.ok());
    std::string out;
    all_block_text(r.document.body, out);
    return out;
}

// A whole page of a fresh suite and what its output must and must not hold.
struct FreshPage {
    const char* name;
    std::string html;
    std::vector<std::string> in;         // key sentences of the main text (a part of each is enough)
    std::vector<std::string> out;        // chrome and blocks that are not the main text
    std::vector<std::string> title_out;  // what must not be in the title or the subtitle
};

// Pages that pass whole: every key sentence (p.in) in the body, every piece of chrome (p.out)
// out, and not (nearly) empty. WINNOW_FRESH_DUMP=DIR writes each page there (PREFIX1.html ...),
// to run the CLI on them.
struct PageTally {
    int passed = 0;
    std::string report;  // the pages that failed, and why
};

template <class Page>
PageTally tally_pages(const std::vector<Page>& pages, const std::string& dump_prefix = "") {
    PageTally t;
    const char* dump = std::getenv("WINNOW_FRESH_DUMP");
    int number = 0;
    for (const Page& p : pages) {
        if (dump != nullptr) std::ofstream(std::string(dump) + "/" + dump_prefix + std::to_string(++number) + ".html") << p.html;
        Result r = clean(p.html);
        REQUIRE(r.ok());
        std::string out;
        all_block_text(r.document.body, out);
        std::string why;
        for (const std::string& s : p.in)
            if (!has(out, s)) why += "\n    missing: " + s;
        for (const std::string& s : p.out)
            if (has(out, s)) why += "\n    kept: " + s;
        if (out.size() < 200) why += "\n    (nearly) empty";
        if (why.empty()) ++t.passed;
        else t.report += std::string("\n  ") + p.name + why;
    }
    return t;
}

// Takes out of t.passed each page that passed on its body but has a piece of p.title_out in its
// headline (title or subtitle: a date line, a list item), and says why in t.report.
template <class Page>
void tally_headlines(const std::vector<Page>& pages, PageTally& t) {
    for (const Page& p : pages) {
        if (p.title_out.empty()) continue;
        Result r = clean(p.html);
        REQUIRE(r.ok());
        std::string why;
        for (const std::string& s : p.title_out)
            if (has(r.document.meta.title, s) || has(r.document.meta.subtitle, s)) why += "\n    in the headline: " + s;
        if (why.empty()) continue;
        if (t.report.find(std::string("\n  ") + p.name) == std::string::npos) --t.passed;
        t.report += std::string("\n  ") + p.name + why;
    }
}

}  // namespace winnow::test
