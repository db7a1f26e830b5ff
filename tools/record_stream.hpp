// Where the stream modes (--jsonl, --warc) write their records: standard output or a file,
// through the descriptor. The stop handlers run without SA_RESTART (so a read blocked on
// standard input wakes), which means a write may return EINTR or write only part of a record;
// stdio gives up there and leaves a broken line. This writer resumes, so an interrupted run's
// output always ends on a whole record.
#pragma once
#include <string>
#include <string_view>

namespace winnow::cli {

// Writes all of data to fd, resuming after signals. Returns 0, or the errno of the failure.
int write_all(int fd, std::string_view data);

class RecordStream {
public:
    explicit RecordStream(int fd) : fd_(fd) {}
    RecordStream(const RecordStream&) = delete;
    RecordStream& operator=(const RecordStream&) = delete;

    // more: another record is ready now. Records are gathered and written when the writer
    // catches up (so a pipe sees each record as soon as it is done) or the batch grows large.
    void write(std::string_view record, bool more);
    // Writes what is gathered; false once any write has failed.
    bool flush();
    bool failed() const { return error_ != 0; }
    int error() const { return error_; }

private:
    int fd_;
    int error_ = 0;
    std::string pending_;
};

}  // namespace winnow::cli
