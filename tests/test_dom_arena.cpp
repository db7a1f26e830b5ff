// The parser's bump arena (lib/src/parse_html.*): Gumbo's many small allocations share chunks
// that grow to just under 1 MiB, the malloc mmap threshold the batch modes fix, so that a big
// page's chunks come from the heap (and are reused by the next page) instead of being mapped and
// faulted in afresh; a request too big to share a chunk gets one of its own.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstring>
#include <string>

#include "parse_html.hpp"

using winnow::detail::Dom;

namespace {
constexpr std::size_t kMiB = 1024 * 1024;
}

TEST_CASE("many small allocations fill shared chunks that stay under 1 MiB") {
    Dom::Arena arena;
    char* last = nullptr;
    for (int i = 0; i < 8000; ++i) {   // ~8 MB in 1 KB requests, each written through
        auto* p = static_cast<char*>(arena.allocate(1000));
        REQUIRE(p != nullptr);
        std::memset(p, i & 0xFF, 1000);
        CHECK(reinterpret_cast<std::uintptr_t>(p) % 16 == 0);
        last = p;
    }
    CHECK(static_cast<unsigned char>(last[999]) == (7999 & 0xFF));
    CHECK(arena.bytes_reserved() >= 8000u * 1008u);
    CHECK(arena.largest_chunk() < kMiB);
    CHECK(arena.largest_chunk() >= kMiB - 64 * 1024);   // it did grow to its cap
}

TEST_CASE("a request too big for a shared chunk gets a chunk of its own, whatever its size") {
    Dom::Arena arena;
    (void)arena.allocate(100);
    auto* big = static_cast<char*>(arena.allocate(3 * kMiB));
    REQUIRE(big != nullptr);
    std::memset(big, 'x', 3 * kMiB);
    CHECK(arena.largest_chunk() == 3 * kMiB);
    // The shared chunk is still the one in use: the next small request does not start a new one.
    const std::size_t before = arena.bytes_reserved();
    (void)arena.allocate(100);
    CHECK(arena.bytes_reserved() == before);
}

TEST_CASE("a page whose tree needs several MiB parses whole") {
    std::string html = "<html><body>";
    for (int i = 0; i < 40000; ++i) html += "<p class=\"c" + std::to_string(i % 7) + "\">word " + std::to_string(i) + "</p>";
    html += "</body></html>";
    auto dom = Dom::parse(html, 10'000'000, 10'000);
    REQUIRE(dom);
    std::size_t paragraphs = 0;
    for (std::size_t n = 0; n < dom->nodes.size(); ++n)
        if (dom->is(static_cast<std::uint32_t>(n), GUMBO_TAG_P)) ++paragraphs;
    CHECK(paragraphs == 40000);
}
