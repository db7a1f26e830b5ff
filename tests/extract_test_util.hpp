// Helpers shared by the extraction suites: a page's article as plain text, and a substring test.
#pragma once
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include <winnow/winnow.hpp>

namespace winnow::test {

inline std::string text_of(const std::string& html) {
    Result r = clean(html);
    REQUIRE(r.ok());
    return to_text(r.document);
}

inline bool has(const std::string& hay, std::string_view needle) { return hay.find(needle) != std::string::npos; }

}  // namespace winnow::test
