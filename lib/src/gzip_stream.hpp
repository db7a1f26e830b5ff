// Input bytes for the WARC reader: plain, or gzip with any number of members (one per record,
// or one for the whole file), inflated as they are needed. A corrupt or truncated member is
// reported and reading resumes at the next gzip member, so one bad record costs one record.
#pragma once
#include <zlib.h>

#include <cstddef>
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include <winnow/warc.hpp>

namespace winnow::detail {

class GzipStream {
public:
    GzipStream(WarcReader::ReadFn read, std::vector<WarcIssue>& issues);
    ~GzipStream();
    GzipStream(const GzipStream&) = delete;
    GzipStream& operator=(const GzipStream&) = delete;

    // Appends the next bytes (inflated when the input is gzip) to out. Returns false at the end
    // of the input or after a read error (reported as an issue).
    bool pull(std::string& out);

    bool gzip() const noexcept { return gzip_; }
    // File offset of the byte at position pos of the inflated data: for gzip, the offset of the
    // member it came from (what indexes of gzip WARC files point at).
    std::uint64_t file_offset(std::uint64_t pos) const;
    // Positions before pos will not be asked about again.
    void forget_before(std::uint64_t pos);
    // Whether a gzip member starts at inflated position pos, and where the first member after
    // pos starts (UINT64_MAX when none has been seen yet).
    bool member_starts_at(std::uint64_t pos) const;
    std::uint64_t next_member_after(std::uint64_t pos) const;

private:
    bool read_more();                 // appends raw input to in_; false at the end
    bool pull_gzip(std::string& out);
    bool start_member();              // at a member boundary: finds the next gzip magic
    void report(std::uint64_t offset, std::string message);

    struct MemberStart {
        std::uint64_t data_pos;       // inflated bytes produced before the member
        std::uint64_t file_offset;
    };

    WarcReader::ReadFn read_;
    std::vector<WarcIssue>& issues_;
    std::string in_;                  // raw input not yet consumed (from in_base_)
    std::size_t in_pos_ = 0;
    std::uint64_t in_base_ = 0;       // file offset of in_[0]
    bool eof_ = false, started_ = false, gzip_ = false;
    z_stream zs_{};
    bool zs_ready_ = false, in_member_ = false;
    std::uint64_t member_offset_ = 0; // file offset of the current member
    std::uint64_t member_in_ = 0;     // compressed bytes consumed in the current member
    std::uint64_t produced_ = 0;      // inflated bytes so far
    std::deque<MemberStart> members_;
};

}  // namespace winnow::detail
