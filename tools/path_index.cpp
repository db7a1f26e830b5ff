#include "path_index.hpp"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <numeric>
#include <unistd.h>

namespace winnow::cli {

namespace {
constexpr std::size_t kFlush = 64 * 1024;          // bytes gathered before one write
constexpr std::uint64_t kMaxLength = (1u << 20) - 1;  // longer paths are not pages a walk can open
}  // namespace

PathIndex::PathIndex(const std::string& spill_dir) {
    std::string path = spill_dir + "/.winnow-paths-XXXXXX";
    fd_ = ::mkstemp(path.data());
    if (fd_ >= 0) ::unlink(path.c_str());   // gone with the process, whatever happens
}

PathIndex::~PathIndex() {
    if (fd_ >= 0) ::close(fd_);
}

void PathIndex::add(std::string_view rel, bool text, bool whole_name, std::uint64_t weight) {
    weights_.push_back(static_cast<std::uint32_t>(std::min<std::uint64_t>(weight, UINT32_MAX)));
    const std::uint64_t length = std::min<std::uint64_t>(rel.size(), kMaxLength);
    const std::uint64_t offset = file_end_ + buffer_.size();
    index_.push_back(offset << 22 | length << 2 | (text ? 1u : 0u) | (whole_name ? 2u : 0u));
    buffer_.append(rel.substr(0, length));
    if (buffer_.size() >= kFlush) write_out();
}

void PathIndex::largest_first() {
    if (index_.size() <= UINT32_MAX) {
        std::vector<std::uint32_t> order(index_.size());
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return weights_[a] > weights_[b]; });
        std::vector<std::uint64_t> sorted(index_.size());
        for (std::size_t k = 0; k < order.size(); ++k) sorted[k] = index_[order[k]];
        index_.swap(sorted);
    }
    std::vector<std::uint32_t>().swap(weights_);
}

void PathIndex::write_out() {
    if (fd_ < 0 || !writing_) return;   // no file: the rest stays in buffer_
    std::size_t done = 0;
    while (done < buffer_.size()) {
        const ssize_t n = ::pwrite(fd_, buffer_.data() + done, buffer_.size() - done,
                                   static_cast<off_t>(file_end_ + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            // The file is full or broken: what it took stays readable, the rest stays here.
            writing_ = false;
            break;
        }
        done += static_cast<std::size_t>(n);
    }
    file_end_ += done;
    buffer_.erase(0, done);
}

bool PathIndex::get(std::size_t i, Page& page, std::string& reason) const {
    const std::uint64_t v = index_[i];
    const std::uint64_t offset = v >> 22;
    const std::size_t length = static_cast<std::size_t>((v >> 2) & kMaxLength);
    page.text = (v & 1u) != 0;
    page.whole_name = (v & 2u) != 0;
    page.rel.resize(length);
    if (offset >= file_end_) {
        page.rel.assign(buffer_, static_cast<std::size_t>(offset - file_end_), length);
        return true;
    }
    std::size_t done = 0;
    while (done < length) {
        const ssize_t n = ::pread(fd_, page.rel.data() + done, length - done, static_cast<off_t>(offset + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            reason = std::string("cannot read the list of pages back: ") + (n == 0 ? "it is shorter than written" : std::strerror(errno));
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    return true;
}

}  // namespace winnow::cli
