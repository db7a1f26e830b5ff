#include "record_stream.hpp"

#include <cerrno>
#include <unistd.h>

namespace winnow::cli {

namespace {
constexpr std::size_t flush_at = 64 * 1024;
}

int write_all(int fd, std::string_view data) {
    while (!data.empty()) {
        const ssize_t n = ::write(fd, data.data(), data.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return errno;
        if (n == 0) return EIO;
        data.remove_prefix(static_cast<std::size_t>(n));
    }
    return 0;
}

void RecordStream::write(std::string_view record, bool more) {
    if (error_) return;
    pending_.append(record);
    if (!more || pending_.size() >= flush_at) flush();
}

bool RecordStream::flush() {
    if (!error_ && !pending_.empty()) error_ = write_all(fd_, pending_);
    pending_.clear();
    return !error_;
}

}  // namespace winnow::cli
