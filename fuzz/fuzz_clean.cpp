// libFuzzer target over the whole pipeline: Cleaner::clean, then to_xml / to_text / to_json
// (cases.hpp: output XML parses, text and JSON are valid UTF-8, JSON is valid JSON, clean()
// kept to its time budget). Any problem aborts, so libFuzzer saves the input.
#include <cstdio>
#include <cstdlib>

#include "cases.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string problem = winnow::fuzz::clean_case(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!problem.empty()) {
        std::fprintf(stderr, "fuzz_clean: %s\n", problem.c_str());
        std::abort();
    }
    return 0;
}
