// Idempotence: cleaning winnow's own text output again gives the same text (modulo
// whitespace), on the samples and on every page of the dev corpora next to the project.
// The second pass reads plain text, where the first lines become the title/subtitle/byline
// (metadata, not body), so its text is taken as title + subtitle + body.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include <winnow/winnow.hpp>

#include "corpus_util.hpp"
#include "text_util.hpp"

namespace {

using winnow::test::squeeze;

std::string text_with_header(const winnow::Document& d) {
    std::string t = d.meta.title + "\n" + d.meta.subtitle + "\n" + winnow::to_text(d);
    return squeeze(t);
}

// Empty when stable, else where the two passes part.
std::string instability(const std::string& page) {
    const winnow::Result first = winnow::clean(page);
    if (!first.ok()) return {};
    const std::string once = winnow::to_text(first.document);
    const winnow::Result second = winnow::clean(once);
    if (!second.ok()) return "second pass failed: " + second.error;
    const std::string a = squeeze(once), b = squeeze(winnow::to_text(second.document));
    if (a == b || text_with_header(second.document) == a) return {};
    std::size_t k = 0;
    while (k < a.size() && k < b.size() && a[k] == b[k]) ++k;
    const std::size_t from = k > 60 ? k - 60 : 0;
    return "first: …" + a.substr(from, 160) + "\nagain: …" + b.substr(from, 160);
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("winnow's text output is a fixed point on the samples") {
    for (const char* name : {"alibaba-ai-investment.txt", "alibaba-ai-investment.html", "blog-post-lists-code.html",
                             "data-table.html", "non-english-article.html", "german-article-latin1.html"}) {
        CAPTURE(name);
        CHECK(instability(read_file(std::string(WINNOW_SOURCE_DIR) + "/samples/" + name)) == "");
    }
}

TEST_CASE("winnow's text output is a fixed point on the dev corpora") {
    const auto pages = winnow::test::corpus_pages();
    if (pages.empty()) {
        MESSAGE("no dev corpus found next to the project; skipped");
        return;
    }
    std::size_t unstable = 0;
    for (const auto& path : pages) {
        const std::string why = instability(winnow::test::read_page(path));
        if (why.empty()) continue;
        ++unstable;
        MESSAGE(path.filename().string() << " is not stable:\n" << why);
    }
    MESSAGE(unstable << " of " << pages.size() << " dev-corpus pages change when their text output is cleaned again");
    // Known instability (1 page, in both shb-dev and noise-dev): the text output has no title,
    // and text structure takes a short first line that does not end with a period as the title
    // ("Nesta página você terá sempre … corrida!"), so it leaves the body on the second pass.
    // The bound is a ratchet: lower it when one is fixed, never raise it.
    CHECK(unstable <= 2);
}
