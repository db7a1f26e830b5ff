// libFuzzer target over the Unicode stage alone: detail::normalize_text and
// normalize_preformatted (cases.hpp: valid UTF-8 out, no controls, idempotent, fast).
#include <cstdio>
#include <cstdlib>

#include "cases.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string problem = winnow::fuzz::unicode_case(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!problem.empty()) {
        std::fprintf(stderr, "fuzz_unicode: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
