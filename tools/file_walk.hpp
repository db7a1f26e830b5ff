// Walking an input tree for batch mode: which files are pages, and the odd cases
// (symlink loops, unreadable folders, an output folder inside the input folder).
#pragma once
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace winnow::cli {

struct WalkOptions {
    bool follow_symlinks = false;   // descend into symlinked folders (loops are detected by dev/inode)
    // A folder to leave out (the output folder when it is inside the input folder); compared
    // by device and inode. Empty: none.
    std::string exclude_dir;
};

struct WalkProblem {
    std::string path;               // full path
    std::string reason;
    bool error = true;              // false: a note (e.g. a skipped symlink loop), not a failure
};

struct WalkResult {
    std::vector<std::string> files;         // paths relative to the root, sorted bytewise per folder
    std::vector<WalkProblem> problems;
    std::size_t skipped_dir_symlinks = 0;
};

// True for names ending in .html, .htm, .xhtml, .txt, optionally followed by .gz (any case).
bool is_page_name(std::string_view name);
// True for names whose page extension is .txt (before an optional .gz).
bool is_text_name(std::string_view name);
// True for names ending in .gz (any case).
bool is_gzip_name(std::string_view name);
// The name with its page extension (and .gz) replaced by ext (".xml", ".txt", ".json").
std::string output_name(std::string_view name, std::string_view ext);

// Walks root recursively. Regular files (and symlinks to regular files) with page names are
// listed; other entries with page names (fifos, devices, broken symlinks) are problems.
WalkResult walk_tree(const std::string& root, const WalkOptions& options);
// The same, handing each page's relative path and its size in bytes (of the file, or of what a
// symlink points to) to on_file as it is found (in the order above) instead of listing them: a
// caller that keeps them elsewhere holds one folder's names at a time. result.files stays empty.
void walk_tree(const std::string& root, const WalkOptions& options, WalkResult& result,
               const std::function<void(std::string, std::uint64_t)>& on_file);

// Printable form of a path for logs: bytes that are not printable UTF-8 (newlines, control
// characters, invalid sequences) and backslashes are written as \n, \t, \xNN, \\.
std::string printable_path(std::string_view path);

}  // namespace winnow::cli
