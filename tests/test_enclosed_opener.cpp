// find_enclosed_debris searches its openers sixteen bytes at a time (then byte by byte in the
// tail): an enclosure is found where it stands, whatever its offset.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "filters/filters.hpp"

using namespace winnow;
using namespace winnow::detail;

TEST_CASE("enclosed debris is found at every offset of the wide search") {
    // The openers are searched sixteen bytes at a time, then byte by byte in the tail: a
    // template expression at each offset, behind prose of several scripts with and without
    // openers of its own ('f', '(', '!' that open nothing), is found where it stands.
    for (const std::string lead : {std::string("x"), std::string("é"), std::string("ж"), std::string("(a) ")}) {
        for (std::size_t off = 0; off < 40; ++off) {
            std::string prefix;
            while (prefix.size() < off) prefix += lead;
            for (const std::string tail : {std::string(""), std::string(" and more prose here, friend!")}) {
                const std::string text = prefix + "{{ page.author }}" + tail;
                std::vector<TextRange> out;
                find_enclosed_debris(text, out);
                REQUIRE(out.size() == 1);
                CHECK(out[0].begin == prefix.size());
                CHECK(out[0].end == prefix.size() + 17);
            }
        }
    }
}
