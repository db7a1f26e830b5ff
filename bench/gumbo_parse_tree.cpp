// The control for bench/batch_throughput.py: a whole process that only reads every page of a
// folder (inflating .gz) and parses it with Gumbo, one after another, as winnow -j1 would.
// usage: gumbo_parse_tree DIR
#include <gumbo.h>
#include <zlib.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {

bool read_page(const std::filesystem::path& path, std::string& out) {
    gzFile f = gzopen(path.c_str(), "rb");   // reads plain files as they are too
    if (!f) return false;
    out.clear();
    char buf[1 << 16];
    int n;
    while ((n = gzread(f, buf, sizeof buf)) > 0) out.append(buf, static_cast<std::size_t>(n));
    gzclose(f);
    return n == 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: gumbo_parse_tree DIR\n");
        return 2;
    }
    std::vector<std::filesystem::path> pages;
    for (const auto& e : std::filesystem::recursive_directory_iterator(argv[1]))
        if (e.is_regular_file()) pages.push_back(e.path());
    std::string html;
    std::size_t parsed = 0, nodes = 0;
    for (const auto& p : pages) {
        if (!read_page(p, html)) continue;
        GumboOutput* out = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
        nodes += out->root->v.element.children.length;
        gumbo_destroy_output(&kGumboDefaultOptions, out);
        ++parsed;
    }
    std::printf("%zu pages parsed (%zu root children)\n", parsed, nodes);
    return 0;
}
