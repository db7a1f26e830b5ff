// clean_folder — cleans every page of a folder in-process, one after another on one thread,
// with no time budget, and prints one line per page (name, output bytes, FNV-1a of the XML).
// Meant to run under `valgrind --tool=callgrind` (see bench/README.md): instruction counts of
// winnow::Cleaner::clean on a fixed folder compare before and after a change on a busy machine,
// and the hashes show the outputs stayed the same.
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <winnow/winnow.hpp>

namespace fs = std::filesystem;

namespace {

bool read_page(const fs::path& path, std::string& out) {
    out.clear();
    if (path.extension() == ".gz") {
        gzFile f = gzopen(path.c_str(), "rb");
        if (!f) return false;
        char buf[1 << 16];
        int n;
        while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
        gzclose(f);
        return n == 0;
    }
    std::ifstream in(path, std::ios::binary);
    out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return static_cast<bool>(in) || in.eof();
}

std::uint64_t fnv1a(std::string_view s) {
    std::uint64_t h = 1469598103934665603ull;
    for (const char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: clean_folder DIR   (*.html, *.html.gz; one line per page)\n");
        return 2;
    }
    std::vector<fs::path> pages;
    for (const auto& e : fs::directory_iterator(argv[1]))
        if (e.path().extension() == ".html" || e.path().extension() == ".gz") pages.push_back(e.path());
    std::sort(pages.begin(), pages.end());
    winnow::Options options;
    options.limits.max_millis = 0;  // valgrind runs ~50x slower: no budget may cut a page short
    const winnow::Cleaner cleaner(options);
    std::string bytes;
    for (const fs::path& p : pages) {
        if (!read_page(p, bytes)) {
            std::fprintf(stderr, "%s: unreadable\n", p.c_str());
            return 1;
        }
        const winnow::Result r = cleaner.clean(bytes);
        const std::string xml = r.ok() ? winnow::to_xml(r.document) : "error: " + r.error;
        std::printf("%s %zu %016llx\n", p.filename().c_str(), xml.size(), static_cast<unsigned long long>(fnv1a(xml)));
    }
    return 0;
}
