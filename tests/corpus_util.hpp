// Finding and reading the shared dev corpora (../shared/corpus/<name>/html/*.html.gz next to
// the project root; a git worktree may sit deeper, so parents are searched too, and
// WINNOW_SHARED_DIR overrides). Tests that use them skip when they are absent.
#pragma once
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

namespace winnow::test {

inline std::filesystem::path shared_dir() {
    if (const char* env = std::getenv("WINNOW_SHARED_DIR")) return env;
    std::error_code ec;
    std::filesystem::path p = std::filesystem::weakly_canonical(WINNOW_SOURCE_DIR, ec);
    for (int up = 0; up < 4 && p.has_parent_path() && p != p.parent_path(); ++up) {
        p = p.parent_path();
        if (std::filesystem::is_directory(p / "shared" / "corpus", ec)) return p / "shared";
    }
    return {};
}

// Every page of every corpus under shared/corpus/*/html, or of the one named.
inline std::vector<std::filesystem::path> corpus_pages(const std::string& only = {}) {
    std::vector<std::filesystem::path> out;
    const std::filesystem::path shared = shared_dir();
    std::error_code ec;
    if (shared.empty()) return out;
    for (const auto& corpus : std::filesystem::directory_iterator(shared / "corpus", ec)) {
        if (!only.empty() && corpus.path().filename() != only) continue;
        const auto html = corpus.path() / "html";
        if (!std::filesystem::is_directory(html, ec)) continue;
        for (const auto& f : std::filesystem::directory_iterator(html, ec))
            if (f.path().extension() == ".gz" || f.path().extension() == ".html") out.push_back(f.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

inline std::string read_page(const std::filesystem::path& path) {
    std::string out;
    const bool gz = path.extension() == ".gz";
    FILE* f = gz ? popen(("gzip -dc '" + path.string() + "'").c_str(), "r") : std::fopen(path.c_str(), "rb");
    if (!f) return out;
    char buf[65536];
    for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, f)) > 0;) out.append(buf, n);
    if (gz) pclose(f);
    else std::fclose(f);
    return out;
}

}  // namespace winnow::test
