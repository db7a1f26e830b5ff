// The garbage filter read twice, with its screens on and with every detector run
// (SpanScreens::off): what the differential suites compare.
#pragma once
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/garbage_tokens.hpp"
#include "filters/machine_tokens.hpp"

namespace winnow::test {

inline bool same_ranges(const std::vector<detail::TextRange>& a, const std::vector<detail::TextRange>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].begin != b[i].begin || a[i].end != b[i].end) return false;
    return true;
}

// find_garbage_runs with the screens on and off: the same runs. Returns how many texts had runs.
inline std::size_t compare_screens(const std::vector<std::string>& texts) {
    using namespace winnow::detail;
    const KnownWord none = [](std::string_view) { return 0; };
    garbage_tokens::RunBuffers screened, plain;
    plain.machine.screens = machine::SpanScreens::off;
    std::size_t with_runs = 0;
    for (const std::string& t : texts) {
        const auto a = find_garbage_runs(t, script_latin, none, nullptr, screened);
        const auto b = find_garbage_runs(t, script_latin, none, nullptr, plain);
        CHECK_MESSAGE(same_ranges(a, b), t);
        with_runs += !b.empty();
    }
    return with_runs;
}

}  // namespace winnow::test
