// One Cleaner shared by 8 threads gives the same documents as a single thread.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <winnow/winnow.hpp>

namespace {
std::string read_sample(const std::string& name) {
    std::ifstream in(std::string(WINNOW_SOURCE_DIR) + "/samples/" + name, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}
}  // namespace

TEST_CASE("a shared Cleaner is safe and deterministic across 8 threads") {
    std::vector<std::string> pages;
    for (const char* name : {"alibaba-ai-investment.txt", "alibaba-ai-investment.html", "blog-post-lists-code.html",
                             "data-table.html", "non-english-article.html", "german-article-latin1.html"})
        pages.push_back(read_sample(name));
    winnow::EmitOptions report;
    report.report = true;
    const winnow::Cleaner cleaner;
    std::vector<std::string> expected;
    for (const auto& p : pages) expected.push_back(winnow::to_xml(cleaner.clean(p).document, report));

    constexpr int threads = 8, rounds = 5;
    std::vector<std::vector<std::string>> got(threads);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&, t] {
            for (int r = 0; r < rounds; ++r)
                for (std::size_t i = 0; i < pages.size(); ++i) {
                    // Each thread walks the pages in a different order.
                    const std::size_t k = (i + static_cast<std::size_t>(t)) % pages.size();
                    got[t].push_back(std::to_string(k) + "\n" + winnow::to_xml(cleaner.clean(pages[k]).document, report));
                }
        });
    for (auto& th : pool) th.join();
    for (int t = 0; t < threads; ++t) {
        REQUIRE(got[t].size() == rounds * pages.size());
        for (const auto& g : got[t]) {
            const std::size_t k = std::stoul(g.substr(0, g.find('\n')));
            CHECK(g.substr(g.find('\n') + 1) == expected[k]);
        }
    }
}
