// The page store batch pass one keeps pages in: every page comes back as it was put, whichever
// thread put or takes it, whether it was packed into a shared slab, given a slab of its own
// (a big page) or spilled past the memory budget.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <thread>
#include <vector>

#include <winnow/winnow.hpp>

#include "page_store.hpp"

namespace {

// A page whose text says which page it is; `words` sets its size.
winnow::Result page(std::size_t i, std::size_t words) {
    winnow::Result r;
    r.document.meta.title = "page " + std::to_string(i);
    winnow::Block b;
    for (std::size_t w = 0; w < words; ++w) b.text += "w" + std::to_string((i * 7 + w) % 1000) + ' ';
    r.document.body.push_back(b);
    return r;
}

// Fingerprints as pass one keeps them beside page i: some blocks counted, some not, and a
// fingerprint using all 64 bits.
winnow::PageFingerprints fingerprints_of(std::size_t i) {
    winnow::PageFingerprints f;
    for (std::size_t k = 0; k < i % 23; ++k) {
        const bool counted = (k * 7 + i) % 3 != 0;
        f.counted.push_back(counted);
        f.block.push_back(counted ? 0x9E3779B97F4A7C15ULL * (i * 31 + k + 1) : 0);
    }
    return f;
}

std::size_t words_of(std::size_t i) {
    if (i % 50 == 7) return 500000;   // ~2.5 MB encoded: a slab of its own
    return 200 + (i * 37) % 3000;
}

std::string temp_dir() {
    char tmpl[] = "/tmp/winnow-page-store-XXXXXX";
    const char* d = mkdtemp(tmpl);
    REQUIRE(d != nullptr);
    return d;
}

void put_take_on_two_threads(std::size_t pages, std::size_t budget) {
    const std::string dir = temp_dir();
    winnow::cli::PageStore store(pages, budget, dir);
    // Pass one: two threads put alternate pages.
    std::vector<std::thread> put;
    for (std::size_t t = 0; t < 2; ++t)
        put.emplace_back([&, t] {
            std::string why;
            for (std::size_t i = t; i < pages; i += 2) CHECK(store.put(i, page(i, words_of(i)), fingerprints_of(i), i * 10, why));
        });
    for (auto& th : put) th.join();
    // Pass two: two threads take pages in another split and from the other end.
    std::vector<std::thread> take;
    for (std::size_t t = 0; t < 2; ++t)
        take.emplace_back([&, t] {
            for (std::size_t k = 0; k < pages; ++k) {
                const std::size_t i = pages - 1 - k;
                if ((i / 3) % 2 != t) continue;
                winnow::Result r;
                winnow::PageFingerprints f;
                std::uint64_t bytes = 0;
                std::string tag, why;
                CHECK(store.has(i));
                CHECK(store.take(i, r, f, bytes, tag, why));
                CHECK(f.block == fingerprints_of(i).block);
                CHECK(f.counted == fingerprints_of(i).counted);
                const winnow::Result want = page(i, words_of(i));
                CHECK(r.document.meta.title == want.document.meta.title);
                REQUIRE(r.document.body.size() == 1);
                CHECK(r.document.body[0].text == want.document.body[0].text);
                CHECK(bytes == i * 10);
                CHECK(!store.has(i));
            }
        });
    for (auto& th : take) th.join();
    std::remove(dir.c_str());
}

}  // namespace

TEST_CASE("pages put and taken on different threads come back whole, in slabs shared and of their own") {
    put_take_on_two_threads(400, std::size_t{1} << 30);
}

TEST_CASE("pages past the memory budget spill and come back whole beside those kept in memory") {
    put_take_on_two_threads(400, std::size_t{3} << 20);
}

TEST_CASE("a page taken twice is refused the second time") {
    const std::string dir = temp_dir();
    winnow::cli::PageStore store(2, std::size_t{1} << 20, dir);
    std::string why;
    REQUIRE(store.put(0, page(0, 10), fingerprints_of(0), 5, why));
    winnow::Result r;
    winnow::PageFingerprints f;
    std::uint64_t bytes = 0;
    std::string tag;
    CHECK(store.take(0, r, f, bytes, tag, why));
    CHECK_FALSE(store.take(0, r, f, bytes, tag, why));
    CHECK_FALSE(store.take(1, r, f, bytes, tag, why));
    std::remove(dir.c_str());
}
