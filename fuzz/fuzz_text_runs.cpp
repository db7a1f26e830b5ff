// libFuzzer target: any input parses to the same flat DOM with and without text-run
// placeholders (text_runs_check.hpp). A difference aborts, so libFuzzer saves the input.
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#include "text_runs_check.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string problem =
        winnow::fuzz::text_runs_difference(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!problem.empty()) {
        std::fprintf(stderr, "fuzz_text_runs: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
