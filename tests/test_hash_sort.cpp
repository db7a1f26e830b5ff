// sort_hashes against std::sort: the same sequence for every size around the bucket threshold,
// for hashes spread over all 64 bits (the words' hashes), with repeats (a word used many
// times), and with the top bits all zero or all alike (every value in one bucket: the
// std::sort fallback inside a bucket must still order it).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <random>
#include <vector>

#include "hash_sort.hpp"

using winnow::detail::sort_hashes;

namespace {
void check_same(std::vector<std::uint64_t> v) {
    std::vector<std::uint64_t> expected = v;
    std::sort(expected.begin(), expected.end());
    sort_hashes(v);
    CHECK(v == expected);
}
}  // namespace

TEST_CASE("sort_hashes orders random hashes of every size like std::sort") {
    std::mt19937_64 rng(51);
    for (std::size_t n = 0; n <= 300; ++n) {
        std::vector<std::uint64_t> v(n);
        for (auto& x : v) x = rng();
        check_same(v);
    }
    for (std::size_t n : {1000u, 4097u, 70000u, 200000u}) {
        std::vector<std::uint64_t> v(n);
        for (auto& x : v) x = rng();
        check_same(v);
    }
}

TEST_CASE("sort_hashes keeps repeated values") {
    std::mt19937_64 rng(7);
    std::vector<std::uint64_t> words(40);
    for (auto& x : words) x = rng();
    std::vector<std::uint64_t> v;
    for (int i = 0; i < 2000; ++i) v.push_back(words[rng() % words.size()]);
    check_same(v);
    std::vector<std::uint64_t> same(500, 0xDEADBEEFCAFEF00Dull);
    check_same(same);
}

TEST_CASE("sort_hashes orders values whose top bits do not spread") {
    std::mt19937_64 rng(3);
    std::vector<std::uint64_t> small(5000), alike(5000), descending(3000);
    for (auto& x : small) x = rng() % 100000;                       // top bits all zero
    for (auto& x : alike) x = 0xFF00000000000000ull | (rng() >> 20);  // one top byte
    for (std::size_t i = 0; i < descending.size(); ++i) descending[i] = ~std::uint64_t{0} - i * 977;
    check_same(small);
    check_same(alike);
    check_same(descending);
}

TEST_CASE("sort_hashes orders one crowded bucket among spread ones") {
    // Some values share their top bits (a bucket past the insertion limit, sorted alone), the
    // rest spread: the pass that settles the small buckets must leave the sorted one in order.
    std::mt19937_64 rng(55);
    for (std::size_t n : {16u, 17u, 40u, 100u, 1000u}) {
        for (std::size_t crowd : {std::size_t{17}, n / 2, n}) {
            std::vector<std::uint64_t> v(n);
            for (std::size_t i = 0; i < n; ++i) v[i] = i < crowd ? 0x8000000000000000ull | (rng() >> 24) : rng();
            std::shuffle(v.begin(), v.end(), rng);
            check_same(v);
        }
    }
}
