// The URL source of the dates stage: a publication day written into a path.
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "dates.hpp"

namespace winnow::detail {

namespace {

std::string iso_of(int y, int m, int d) {
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
    return buf;
}

}  // namespace

std::string date_in_url(std::string_view url) {
    // Only the path: a host name carries no date.
    const std::size_t scheme = url.find("://");
    if (scheme != std::string_view::npos) {
        const std::size_t slash = url.find('/', scheme + 3);
        url = slash == std::string_view::npos ? std::string_view{} : url.substr(slash);
    }
    struct Run {
        std::size_t begin, end;
        int value;
    };
    std::vector<Run> runs;
    for (std::size_t i = 0; i < url.size();) {
        if (!(url[i] >= '0' && url[i] <= '9')) {
            ++i;
            continue;
        }
        std::size_t j = i;
        while (j < url.size() && url[j] >= '0' && url[j] <= '9') ++j;
        runs.push_back({i, j, j - i <= 9 ? std::atoi(std::string(url.substr(i, j - i)).c_str()) : 0});
        i = j;
    }
    auto sep_ok = [&](std::size_t a, std::size_t b) {
        return b == a + 1 && (url[a] == '/' || url[a] == '-' || url[a] == '_' || url[a] == '.');
    };
    auto valid = [](int y, int m, int d) { return y >= 1995 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31; };
    for (std::size_t r = 0; r < runs.size(); ++r) {
        const std::size_t len = runs[r].end - runs[r].begin;
        if (len == 8) {
            const int v = runs[r].value;
            if (valid(v / 10000, v / 100 % 100, v % 100)) return iso_of(v / 10000, v / 100 % 100, v % 100);
        }
        // 19-11-2019: day and month before a year
        if (len <= 2 && r + 2 < runs.size() && runs[r + 1].end - runs[r + 1].begin <= 2 &&
            runs[r + 2].end - runs[r + 2].begin == 4 && sep_ok(runs[r].end, runs[r + 1].begin) &&
            sep_ok(runs[r + 1].end, runs[r + 2].begin) && url[runs[r].end] == url[runs[r + 1].end] && url[runs[r].end] != '.' &&
            valid(runs[r + 2].value, runs[r + 1].value, runs[r].value) && (r == 0 || !sep_ok(runs[r - 1].end, runs[r].begin)))
            return iso_of(runs[r + 2].value, runs[r + 1].value, runs[r].value);
        if (len != 4 || r + 1 >= runs.size() || !sep_ok(runs[r].end, runs[r + 1].begin)) continue;
        const int y = runs[r].value;
        const std::size_t mlen = runs[r + 1].end - runs[r + 1].begin;
        if (mlen > 2 || y < 1995) continue;
        const int m = runs[r + 1].value;
        if (r + 2 < runs.size() && runs[r + 2].end - runs[r + 2].begin <= 2 && sep_ok(runs[r + 1].end, runs[r + 2].begin) &&
            url[runs[r + 1].end] == url[runs[r].end] && valid(y, m, runs[r + 2].value))
            return iso_of(y, m, runs[r + 2].value);
    }
    return {};
}

}  // namespace winnow::detail
