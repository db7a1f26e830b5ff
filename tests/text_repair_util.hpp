// What the code-page repair tests share: a named fixture (language and code page, for the
// failure message) and the two checks every such test makes on the Unicode stage alone —
// damaged text comes back as written, text written right comes back byte-identical.
#pragma once
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "unicode.hpp"

namespace winnow::test {

struct NamedRepair {
    const char* name;     // "sk windows-874": the language and how it was misread
    const char* damaged;
    const char* clean;
};

inline void check_text_repairs(const std::vector<NamedRepair>& repairs) {
    for (const auto& r : repairs) {
        CAPTURE(std::string(r.name));
        CHECK(detail::normalize_text(r.damaged, UnicodeOptions{}) == r.clean);
    }
}

inline void check_text_kept(const std::vector<const char*>& texts) {
    for (const char* g : texts) {
        CAPTURE(std::string(g));
        CHECK(detail::normalize_text(g, UnicodeOptions{}) == g);
    }
}

}  // namespace winnow::test
