// Idempotence: cleaning winnow's own text output again gives the same text (modulo
// whitespace), on the samples and on every page of the dev corpora next to the project.
// The second pass reads plain text, where a title block at the top (a title, then maybe a
// subtitle and byline or date labels) becomes metadata, not body: when the second pass took
// a title, its text is taken as the lines before its first block + its body.
#include <doctest/doctest.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <winnow/winnow.hpp>

#include "corpus_util.hpp"
#include "text_util.hpp"

namespace {

using winnow::test::squeeze;

std::string text_with_title_block(const std::string& once, const winnow::Document& d) {
    if (d.meta.title.empty()) return {};
    // The first line of the body: of its first block, or of the first block a filter removed.
    std::uint32_t body_line = std::numeric_limits<std::uint32_t>::max();
    for (const auto& b : d.body)
        if (b.source_line) body_line = std::min(body_line, b.source_line);
    for (const auto& r : d.removed)
        if (r.source_line) body_line = std::min(body_line, r.source_line);
    std::string block;
    std::size_t start = 0;
    for (std::uint32_t line = 1; line < body_line && start < once.size(); ++line) {
        std::size_t nl = once.find('\n', start);
        if (nl == std::string::npos) nl = once.size();
        block.append(once, start, nl - start).push_back('\n');
        start = nl + 1;
    }
    return squeeze(block + winnow::to_text(d));
}

// Empty when stable, else where the two passes part.
std::string instability(const std::string& page) {
    const winnow::Result first = winnow::clean(page);
    if (!first.ok()) return {};
    const std::string once = winnow::to_text(first.document);
    const winnow::Result second = winnow::clean(once);
    if (!second.ok()) return "second pass failed: " + second.error;
    const std::string a = squeeze(once), b = squeeze(winnow::to_text(second.document));
    if (a == b || text_with_title_block(once, second.document) == a) return {};
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
    // Pages are cleaned on every core (cleaning keeps no shared state); reported in order.
    std::vector<std::string> why(pages.size());
    std::atomic<std::size_t> next{0};
    {
        std::vector<std::jthread> workers;
        for (unsigned t = 0; t < std::max(1u, std::thread::hardware_concurrency()); ++t)
            workers.emplace_back([&] {
                for (std::size_t i; (i = next++) < pages.size();) why[i] = instability(winnow::test::read_page(pages[i]));
            });
    }
    std::size_t unstable = 0;
    for (std::size_t i = 0; i < pages.size(); ++i) {
        if (why[i].empty()) continue;
        ++unstable;
        const auto& path = pages[i];
        MESSAGE(path.parent_path().parent_path().filename().string() << "/" << path.filename().string() << " is not stable:\n" << why[i]);
    }
    MESSAGE(unstable << " of " << pages.size() << " dev-corpus pages change when their text output is cleaned again");
    // Known instability (2 pages, both where the page structure the first pass judged by is
    // not in the text): (1) a short call-to-action line parted from the paragraph under it by
    // empty spacer blocks written on the same source line, so the text cannot keep their place,
    // and read back the two form a promo box's title and text; (2) repeated recipe facts parted
    // from the next heading by a picture: a picture's place is a blank line in the text, and
    // the repeated-block filter's units run across blank blocks, not across pictures.
    // The bound is a ratchet: lower it when one is fixed, never raise it.
    CHECK(unstable <= 2);
}
