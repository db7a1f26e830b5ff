#include "file_walk.hpp"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <functional>
#include <set>
#include <utility>

namespace winnow::cli {

namespace {

bool iends_with(std::string_view s, std::string_view suffix) {
    if (s.size() < suffix.size()) return false;
    const std::string_view tail = s.substr(s.size() - suffix.size());
    for (std::size_t i = 0; i < suffix.size(); ++i) {
        char c = tail[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != suffix[i]) return false;
    }
    return true;
}

constexpr std::string_view kPageExts[] = {".html", ".htm", ".xhtml", ".txt"};

// Length of the page extension (with .gz) at the end of name, 0 when none. The part before
// it must not be empty (".html" alone is a hidden file with no stem; it still counts).
std::size_t page_ext_len(std::string_view name) {
    std::size_t gz = iends_with(name, ".gz") ? 3 : 0;
    const std::string_view base = name.substr(0, name.size() - gz);
    for (auto ext : kPageExts)
        if (iends_with(base, ext)) return ext.size() + gz;
    return 0;
}

struct DirId {
    dev_t dev;
    ino_t ino;
    bool operator<(const DirId& o) const { return dev != o.dev ? dev < o.dev : ino < o.ino; }
};

struct Walker {
    const WalkOptions& options;
    WalkResult& result;
    const std::function<void(std::string, std::uint64_t)>& on_file;
    std::string root;
    bool have_exclude = false;
    DirId exclude{};
    std::set<DirId> ancestors;   // folders on the current path (loop detection)

    void problem(std::string path, std::string reason, bool error = true) {
        result.problems.push_back({std::move(path), std::move(reason), error});
    }

    void walk(const std::string& rel, const DirId& id) {
        const std::string full = rel.empty() ? root : root + "/" + rel;
        DIR* dir = opendir(full.c_str());
        if (!dir) {
            problem(full, std::string("cannot open folder: ") + std::strerror(errno));
            return;
        }
        std::vector<std::string> names;
        errno = 0;
        while (dirent* e = readdir(dir)) {
            const std::string_view n = e->d_name;
            if (n != "." && n != "..") names.emplace_back(n);
        }
        closedir(dir);
        std::sort(names.begin(), names.end());
        ancestors.insert(id);
        for (const auto& name : names) {
            const std::string child_rel = rel.empty() ? name : rel + "/" + name;
            const std::string child = root + "/" + child_rel;
            struct stat lst {};
            if (lstat(child.c_str(), &lst) != 0) {
                problem(child, std::string("cannot stat: ") + std::strerror(errno));
                continue;
            }
            const bool is_link = S_ISLNK(lst.st_mode);
            struct stat st = lst;
            if (is_link && stat(child.c_str(), &st) != 0) {
                if (page_ext_len(name)) problem(child, std::string("broken symlink: ") + std::strerror(errno));
                continue;
            }
            if (S_ISDIR(st.st_mode)) {
                const DirId cid{st.st_dev, st.st_ino};
                if (have_exclude && cid.dev == exclude.dev && cid.ino == exclude.ino) continue;
                if (is_link && !options.follow_symlinks) {
                    ++result.skipped_dir_symlinks;
                    continue;
                }
                if (ancestors.count(cid)) {
                    problem(child, "symlink loop: folder already on the current path, not followed", false);
                    continue;
                }
                walk(child_rel, cid);
                continue;
            }
            if (!page_ext_len(name)) continue;
            if (!S_ISREG(st.st_mode)) {
                problem(child, "not a regular file");
                continue;
            }
            on_file(child_rel, static_cast<std::uint64_t>(st.st_size));
        }
        ancestors.erase(id);
    }
};

}  // namespace

bool is_page_name(std::string_view name) { return page_ext_len(name) != 0; }

bool is_gzip_name(std::string_view name) { return iends_with(name, ".gz"); }

bool is_text_name(std::string_view name) {
    std::size_t gz = iends_with(name, ".gz") ? 3 : 0;
    return iends_with(name.substr(0, name.size() - gz), ".txt");
}

std::string output_name(std::string_view name, std::string_view ext) {
    std::string out(name.substr(0, name.size() - page_ext_len(name)));
    out += ext;
    return out;
}

void walk_tree(const std::string& root_in, const WalkOptions& options, WalkResult& result,
               const std::function<void(std::string, std::uint64_t)>& on_file) {
    Walker w{options, result, on_file, root_in, false, {}, {}};
    while (w.root.size() > 1 && w.root.back() == '/') w.root.pop_back();
    if (!options.exclude_dir.empty()) {
        struct stat st {};
        if (stat(options.exclude_dir.c_str(), &st) == 0) {
            w.have_exclude = true;
            w.exclude = {st.st_dev, st.st_ino};
        }
    }
    struct stat st {};
    if (stat(w.root.c_str(), &st) != 0) {
        w.problem(w.root, std::string("cannot open folder: ") + std::strerror(errno));
        return;
    }
    if (!S_ISDIR(st.st_mode)) {
        w.problem(w.root, "not a folder");
        return;
    }
    w.walk("", DirId{st.st_dev, st.st_ino});
}

WalkResult walk_tree(const std::string& root, const WalkOptions& options) {
    WalkResult result;
    walk_tree(root, options, result, [&](std::string rel, std::uint64_t) { result.files.push_back(std::move(rel)); });
    return result;
}

std::string printable_path(std::string_view s) {
    static const char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(s.size());
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x80) {
            // Keep valid UTF-8 sequences, escape the rest.
            std::size_t n = (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 0;
            bool ok = n != 0 && i + n <= s.size();
            for (std::size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
            if (ok && n == 2 && c < 0xC2) ok = false;
            if (ok) {
                out.append(s.data() + i, n);
                i += n;
                continue;
            }
        }
        if (c == '\\') out += "\\\\";
        else if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (c == '\r') out += "\\r";
        else if (c < 0x20 || c == 0x7F || c >= 0x80) {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        } else {
            out += static_cast<char>(c);
        }
        ++i;
    }
    return out;
}

}  // namespace winnow::cli
