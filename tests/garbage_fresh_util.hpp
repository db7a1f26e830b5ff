// The harness the fresh garbage suites share (test_garbage_fresh*.cpp): an article of a few
// paragraphs in one language, a page of it in HTML or plain text with a piece of debris (or a
// look-alike) put at a given place in one paragraph, the cleaned text, and the checks that the
// article stayed whole.
#pragma once

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <doctest/doctest.h>
#include <winnow/winnow.hpp>

#include "text_util.hpp"

namespace winnow::test::garbage_fresh {

struct Article {
    const char* lang;
    const char* title;
    const char* joiner;  // between two sentences of a paragraph
    std::vector<std::vector<const char*>> paras;  // each paragraph: its sentences
};

// Where the inserted text goes in paragraph `para`; `inside` splits its first sentence at the
// space nearest its middle.
enum class At { glued, after, between, before, block, inside };

// The byte at which `inside` splits a sentence (npos when it has no space).
inline std::size_t inside_split(const std::string& sentence) {
    const auto off_middle = [&](std::size_t i) { return i > sentence.size() / 2 ? i - sentence.size() / 2 : sentence.size() / 2 - i; };
    std::size_t best = std::string::npos;
    for (std::size_t i = sentence.find(' '); i != std::string::npos; i = sentence.find(' ', i + 1))
        if (best == std::string::npos || off_middle(i) < off_middle(best)) best = i;
    return best;
}

inline std::string escape_html(const std::string& s) {
    std::string out;
    for (char c : s) {
        if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '&') out += "&amp;";
        else out += c;
    }
    return out;
}

inline std::string paragraph_text(const Article& a, std::size_t k, const std::string& insert, At at) {
    const auto& s = a.paras[k];
    std::string text = at == At::before ? insert + s[0] : std::string(s[0]);
    if (at == At::inside) {
        const std::size_t cut = inside_split(text);
        REQUIRE(cut != std::string::npos);
        text = text.substr(0, cut) + " " + insert + text.substr(cut);
    }
    if (at == At::between) text += std::string(a.joiner) + insert;
    for (std::size_t i = 1; i < s.size(); ++i) text += std::string(a.joiner) + s[i];
    if (at == At::glued) text += insert;
    if (at == At::after) text += " " + insert;
    return text;
}

// `raw`: the insert is HTML markup of its own block (a <pre>, a <p> with <code>), not text.
inline std::string page(const Article& a, bool html, std::size_t para, const std::string& insert, At at, bool raw = false) {
    std::string out = html ? std::string("<!doctype html><html lang=\"") + a.lang +
                                 "\"><head><meta charset=\"utf-8\"><title>" + a.title + "</title></head><body><main>\n<article><h1>" +
                                 a.title + "</h1>\n"
                           : std::string(a.title) + "\n\n";
    for (std::size_t k = 0; k < a.paras.size(); ++k) {
        std::string text = k == para && at != At::block ? paragraph_text(a, k, insert, at) : paragraph_text(a, k, "", At::block);
        out += html ? "<p>" + escape_html(text) + "</p>\n" : text + "\n\n";
        if (k == para && at == At::block) out += html ? (raw ? insert + "\n" : "<p>" + escape_html(insert) + "</p>\n") : insert + "\n\n";
    }
    return html ? out + "</article></main></body></html>\n" : out;
}

// WINNOW_FRESH_SHOW=1 prints every case's input and output.
inline std::string cleaned(const std::string& input) {
    const Result r = clean(input);
    REQUIRE(r.ok());
    const std::string out = winnow::test::squeeze(r.document.meta.subtitle + " " + to_text(r.document));
    if (std::getenv("WINNOW_FRESH_SHOW") != nullptr) std::printf("----\n%s\n=>\n%s\n", input.c_str(), out.c_str());
    return out;
}

// Every sentence of the article is in the output whole, but for the full stop that a cut
// glued behind it may take with it.
// A sentence split by an `inside` insert is checked as its two halves.
inline void check_article(const Article& a, const std::string& out, const std::string& name, At at = At::block,
                          std::size_t para = 0) {
    for (std::size_t k = 0; k < a.paras.size(); ++k)
        for (std::size_t i = 0; i < a.paras[k].size(); ++i) {
            const std::string whole = winnow::test::squeeze(a.paras[k][i]);
            const std::size_t cut = at == At::inside && k == para && i == 0 ? inside_split(whole) : std::string::npos;
            std::string s = cut == std::string::npos ? whole : whole.substr(cut + 1);
            if (s.size() > 3) s.resize(s.size() - 3);  // the end mark (up to 3 bytes: "。")
            CHECK_MESSAGE(out.find(s) != std::string::npos, name, ": lost ", s);
            if (cut != std::string::npos)
                CHECK_MESSAGE(out.find(whole.substr(0, cut)) != std::string::npos, name, ": lost ", whole.substr(0, cut));
        }
}

struct Debris {
    const char* name;
    const Article* article;
    bool html;
    At at;
    std::string text;
    std::vector<const char*> markers;  // pieces of the debris; it is cut when none is left
    std::size_t para = 1;
};

struct Lookalike {
    const char* name;
    const Article* article;
    bool html;
    At at;
    std::string text;
    std::string shown = "";  // the text a raw insert shows, when it is markup
    std::size_t para = 1;
};

// Text without white space and full stops: a cut glued behind a sentence may take its stop.
inline std::string bare(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == ' ' || s[i] == '.') continue;
        if (s.compare(i, 3, "\u3002") == 0) { i += 2; continue; }
        out += s[i];
    }
    return out;
}


// Debris cut whole (the output is the clean article's), cut in part (no marker left, but the
// output differs), or left; every case's article checked whole.
struct DebrisTally {
    int cut = 0, partly = 0, all = 0;
    std::string report;  // the cases not cut whole
};

inline DebrisTally tally_debris(const std::vector<Debris>& cases) {
    DebrisTally t;
    for (const Debris& c : cases) {
        const std::string out = cleaned(page(*c.article, c.html, c.para, c.text, c.at));
        check_article(*c.article, out, c.name, c.at, c.para);
        ++t.all;
        const std::string clean_out = cleaned(page(*c.article, c.html, c.para, "", At::block));
        std::size_t at = std::string::npos;
        for (const char* m : c.markers) at = std::min(at, out.find(m));
        if (bare(out) == bare(clean_out)) ++t.cut;
        else if (at == std::string::npos) ++t.partly, t.report += std::string("\n  partly: ") + c.name;
        else t.report += std::string("\n  stayed: ") + c.name + " | ..." + out.substr(at > 60 ? at - 60 : 0, 140);
    }
    return t;
}

// Look-alikes kept whole (white space aside: typography may take the space before a French
// semicolon); every case's article checked whole.
struct LookalikeTally {
    int kept = 0, all = 0;
    std::string report;  // the cases cut
};

inline LookalikeTally tally_lookalikes(const std::vector<Lookalike>& cases) {
    LookalikeTally t;
    for (const Lookalike& c : cases) {
        const std::string out = cleaned(page(*c.article, c.html, c.para, c.text, c.at, !c.shown.empty()));
        check_article(*c.article, out, c.name, c.at, c.para);
        ++t.all;
        std::string want = c.shown.empty() ? c.text : c.shown, got = out;
        std::erase(want, ' ');
        std::erase(got, ' ');
        std::erase(want, '\n');
        if (got.find(want) != std::string::npos) ++t.kept;
        else t.report += std::string("\n  cut: ") + c.name;
    }
    return t;
}

}  // namespace winnow::test::garbage_fresh
