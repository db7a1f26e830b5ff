// Pages for the fresh promo shapes (test_promo_fresh*.cpp): an article in HTML or plain text
// with boxes inserted after its paragraphs, and the check that the article stays whole while
// counting the boxes that go (the generalization figure). WINNOW_FRESH_SHOW=1 prints each page
// and what came out.
#pragma once
#include <doctest/doctest.h>

#include <cstdlib>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

namespace winnow::test {

struct FreshArticle {
    const char* lang;
    const char* title;
    std::vector<const char*> paras;
};

// The article as HTML with `inserts[k]` after its paragraph k (one block a line, as most pages
// are) and `lead` between the title and the first paragraph.
inline std::string fresh_html_page(const FreshArticle& a, const std::vector<std::string>& inserts, const std::string& lead = {}) {
    std::string s = std::string("<!doctype html><html lang=\"") + a.lang +
                    "\"><head><meta charset=\"utf-8\"><title>t</title></head><body><main>\n<article><h1>" + a.title + "</h1>\n";
    if (!lead.empty()) s += lead + "\n";
    for (std::size_t k = 0; k < a.paras.size(); ++k) {
        s += std::string("<p>") + a.paras[k] + "</p>\n";
        if (k < inserts.size() && !inserts[k].empty()) s += inserts[k] + "\n";
    }
    return s + "</article></main></body></html>\n";
}

// The same article as plain text, blocks separated by blank lines.
inline std::string fresh_text_page(const FreshArticle& a, const std::vector<std::string>& inserts, const std::string& lead = {}) {
    std::string s = std::string(a.title) + "\n\n";
    if (!lead.empty()) s += lead + "\n\n";
    for (std::size_t k = 0; k < a.paras.size(); ++k) {
        s += std::string(a.paras[k]) + "\n\n";
        if (k < inserts.size() && !inserts[k].empty()) s += inserts[k] + "\n\n";
    }
    return s;
}

struct FreshCase {
    const char* name;
    const FreshArticle* article;
    bool html;
    std::vector<std::string> inserts;
    const char* marker;  // a piece of the box's text
    std::string lead{};  // a box between the title and the first paragraph
};

// Runs the cases: every article paragraph (and each of `keeps` present in the input) must stay;
// returns how many boxes went, `stayed` naming the others.
inline int run_fresh_cases(const std::vector<FreshCase>& cases, const std::vector<const char*>& keeps, std::string& stayed) {
    int gone = 0;
    for (const FreshCase& c : cases) {
        const std::string input = c.html ? fresh_html_page(*c.article, c.inserts, c.lead) : fresh_text_page(*c.article, c.inserts, c.lead);
        const Result r = clean(input);
        REQUIRE(r.ok());
        // (A first paragraph may stand as the dek: it stays, and so does a box taken for one.)
        const std::string out = squeeze(r.document.meta.subtitle + "\n" + to_text(r.document));
        if (std::getenv("WINNOW_FRESH_SHOW")) MESSAGE(std::string(c.name), "\n--- in:\n", input, "\n--- out:\n", to_text(r.document));
        for (const char* p : c.article->paras) {
            const std::string para = squeeze(p);
            CHECK_MESSAGE(out.find(para.substr(0, 40)) != std::string::npos, std::string(c.name), ": ", para.substr(0, 40));
        }
        for (const char* keep : keeps)
            if (input.find(keep) != std::string::npos) CHECK_MESSAGE(out.find(keep) != std::string::npos, std::string(c.name), ": ", std::string(keep));
        if (out.find(c.marker) == std::string::npos) ++gone;
        else stayed += std::string("\n  stayed: ") + c.name;
    }
    return gone;
}

// A look-alike of a promo box: inserts that are the article's own and must stay whole.
struct FreshLookAlike {
    const char* name;
    const FreshArticle* article;
    bool html;
    std::vector<std::string> inserts;
    std::vector<const char*> keeps;  // pieces of the inserts that must stay
};

// Runs the look-alikes: returns how many came out whole (every paragraph and every keep),
// `lost` naming what went. (Captions stand in the XML, not in the body text.)
inline int count_whole_lookalikes(const std::vector<FreshLookAlike>& cases, std::string& lost) {
    int whole = 0;
    for (const FreshLookAlike& l : cases) {
        const std::string input = l.html ? fresh_html_page(*l.article, l.inserts) : fresh_text_page(*l.article, l.inserts);
        const Result r = clean(input);
        REQUIRE(r.ok());
        const std::string out = squeeze(r.document.meta.subtitle + "\n" + to_text(r.document) + "\n" + to_xml(r.document));
        if (std::getenv("WINNOW_FRESH_SHOW")) MESSAGE(std::string(l.name), "\n--- out:\n", to_xml(r.document));
        bool kept = true;
        for (const char* p : l.article->paras) {
            const std::string para = squeeze(p).substr(0, 40);
            if (out.find(para) == std::string::npos) kept = false, lost += "\n  lost: " + std::string(l.name) + ": " + para;
        }
        for (const char* keep : l.keeps)
            if (out.find(keep) == std::string::npos) kept = false, lost += "\n  lost: " + std::string(l.name) + ": " + keep;
        whole += kept;
    }
    return whole;
}

}  // namespace winnow::test
