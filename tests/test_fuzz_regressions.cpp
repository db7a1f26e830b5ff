// Replays every saved fuzz reproducer (tests/data/fuzz-regressions/<target>/*) through the
// checks the fuzz targets run (fuzz/cases.hpp), so a fixed finding stays fixed in the normal
// and the sanitizer build.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "../fuzz/cases.hpp"

namespace {

std::vector<std::filesystem::path> cases_of(const char* target) {
    std::vector<std::filesystem::path> out;
    const auto dir = std::filesystem::path(WINNOW_SOURCE_DIR) / "tests" / "data" / "fuzz-regressions" / target;
    std::error_code ec;
    for (const auto& f : std::filesystem::directory_iterator(dir, ec))
        if (f.is_regular_file()) out.push_back(f.path());
    std::sort(out.begin(), out.end());
    return out;
}

std::string read_all(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

}  // namespace

TEST_CASE("whole-pipeline fuzz reproducers") {
    const auto files = cases_of("clean");
    for (const auto& f : files) {
        CAPTURE(f.filename().string());
        CHECK(winnow::fuzz::clean_case(read_all(f)) == "");
    }
    MESSAGE(files.size() << " whole-pipeline reproducers replayed");
}

TEST_CASE("Unicode-stage fuzz reproducers") {
    const auto files = cases_of("unicode");
    for (const auto& f : files) {
        CAPTURE(f.filename().string());
        CHECK(winnow::fuzz::unicode_case(read_all(f)) == "");
    }
    MESSAGE(files.size() << " Unicode-stage reproducers replayed");
}

// The seeds are inputs too; they must pass the same checks.
TEST_CASE("fuzz seeds pass the fuzz checks") {
    const auto root = std::filesystem::path(WINNOW_SOURCE_DIR) / "fuzz" / "seeds";
    std::error_code ec;
    for (const auto& f : std::filesystem::directory_iterator(root / "clean", ec)) {
        CAPTURE(f.path().filename().string());
        CHECK(winnow::fuzz::clean_case(read_all(f.path())) == "");
    }
    for (const auto& f : std::filesystem::directory_iterator(root / "unicode", ec)) {
        CAPTURE(f.path().filename().string());
        CHECK(winnow::fuzz::unicode_case(read_all(f.path())) == "");
    }
}
