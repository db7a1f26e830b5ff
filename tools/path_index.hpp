// The list of a batch's input pages, kept out of memory: each page's relative path goes to an
// unlinked temporary file as the walk finds it, and memory keeps 8 bytes a page (where its
// path is, and two flags), so a tree of millions of pages costs a few MiB of index. Where no
// such file can be made the paths stay in memory, and the batch runs all the same.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace winnow::cli {

class PathIndex {
public:
    struct Page {
        std::string rel;           // path relative to the input root
        bool text = false;         // a .txt page
        bool whole_name = false;   // its output name keeps the whole input name (collision)
    };
    explicit PathIndex(const std::string& spill_dir);
    ~PathIndex();
    PathIndex(const PathIndex&) = delete;
    PathIndex& operator=(const PathIndex&) = delete;

    // Not concurrent with any other call. weight: the work the page is expected to be (for
    // largest_first()).
    void add(std::string_view rel, bool text, bool whole_name, std::uint64_t weight = 0);
    // Once the adding is over: renumbers the pages heaviest first (equal weights keep the order
    // they were added in), and frees the weights.
    void largest_first();
    std::size_t size() const { return index_.size(); }
    // Page i; false with a reason when its path cannot be read back. Thread-safe once the
    // adding is over.
    bool get(std::size_t i, Page& page, std::string& reason) const;

private:
    void write_out();

    std::vector<std::uint64_t> index_;   // offset << 22 | length << 2 | flags
    std::vector<std::uint32_t> weights_; // until largest_first(); capped at 4 GiB
    int fd_ = -1;
    bool writing_ = true;                // false once a write failed
    std::uint64_t file_end_ = 0;         // bytes [0, file_end_) are in the file
    std::string buffer_;                 // bytes from file_end_ on
};

}  // namespace winnow::cli
