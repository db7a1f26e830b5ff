#include "gzip_stream.hpp"

#include <algorithm>
#include <cstring>
#include <utility>

namespace winnow::detail {

namespace {

constexpr std::size_t kReadChunk = 1 << 16;
// Compressed bytes of the current member kept for resynchronising after a corrupt one (a
// member is one record, usually far smaller; a whole-file member is not kept).
constexpr std::size_t kKeepMember = 4u << 20;

bool gzip_magic(const char* p) {
    return static_cast<unsigned char>(p[0]) == 0x1F && static_cast<unsigned char>(p[1]) == 0x8B &&
           static_cast<unsigned char>(p[2]) == 0x08;  // deflate, the only method gzip defines
}

}  // namespace

GzipStream::GzipStream(WarcReader::ReadFn read, std::vector<WarcIssue>& issues)
    : read_(std::move(read)), issues_(issues) {}

GzipStream::~GzipStream() {
    if (zs_ready_) inflateEnd(&zs_);
}

void GzipStream::report(std::uint64_t offset, std::string message) {
    issues_.push_back({offset, std::move(message)});
}

bool GzipStream::read_more() {
    if (eof_) return false;
    // Drop consumed bytes, keeping the current member's start while it is small.
    std::size_t keep = in_pos_;
    if (in_member_ && member_offset_ >= in_base_ && in_pos_ - (member_offset_ - in_base_) < kKeepMember)
        keep = static_cast<std::size_t>(member_offset_ - in_base_);
    if (keep > 0) {
        in_.erase(0, keep);
        in_base_ += keep;
        in_pos_ -= keep;
    }
    const std::size_t old = in_.size();
    in_.resize(old + kReadChunk);
    std::string error;
    std::ptrdiff_t n = read_(in_.data() + old, kReadChunk, &error);
    if (n < 0) {
        report(in_base_ + old, "cannot read: " + (error.empty() ? std::string("read error") : error));
        n = 0;
    }
    in_.resize(old + static_cast<std::size_t>(n));
    if (n == 0) eof_ = true;
    return n > 0;
}

std::uint64_t GzipStream::file_offset(std::uint64_t pos) const {
    if (!gzip_) return pos;
    for (auto it = members_.rbegin(); it != members_.rend(); ++it)
        if (it->data_pos <= pos) return it->file_offset;
    return members_.empty() ? 0 : members_.front().file_offset;
}

void GzipStream::forget_before(std::uint64_t pos) {
    while (members_.size() > 1 && members_[1].data_pos <= pos) members_.pop_front();
}

bool GzipStream::member_starts_at(std::uint64_t pos) const {
    return gzip_ && std::any_of(members_.begin(), members_.end(), [&](const MemberStart& m) { return m.data_pos == pos; });
}

std::uint64_t GzipStream::next_member_after(std::uint64_t pos) const {
    for (const MemberStart& m : members_)
        if (m.data_pos > pos) return m.data_pos;
    return UINT64_MAX;
}

bool GzipStream::pull(std::string& out) {
    if (!started_) {
        while (in_.size() - in_pos_ < 3 && read_more()) {}
        started_ = true;
        gzip_ = in_.size() - in_pos_ >= 3 && gzip_magic(in_.data() + in_pos_);
    }
    if (gzip_) return pull_gzip(out);
    if (in_pos_ == in_.size() && !read_more()) return false;
    out.append(in_, in_pos_, std::string::npos);
    produced_ += in_.size() - in_pos_;
    in_pos_ = in_.size();
    return true;
}

// At a member boundary: the next bytes should be a gzip header. Anything else (padding,
// garbage, the rest of a corrupt member) is skipped up to the next gzip magic, and reported
// unless it is only NUL padding at the end of the file.
bool GzipStream::start_member() {
    const std::uint64_t from = in_base_ + in_pos_;
    bool only_padding = true;
    while (true) {
        while (in_.size() - in_pos_ < 3) {
            if (!read_more()) {
                for (std::size_t i = in_pos_; i < in_.size(); ++i) only_padding &= in_[i] == '\0';
                in_pos_ = in_.size();
                if (in_base_ + in_pos_ > from && !only_padding)
                    report(from, "bytes after the last gzip member (ignored)");
                return false;
            }
        }
        if (gzip_magic(in_.data() + in_pos_)) break;
        only_padding &= in_[in_pos_] == '\0';
        const void* hit = std::memchr(in_.data() + in_pos_ + 1, 0x1F, in_.size() - in_pos_ - 1);
        const std::size_t next = hit ? static_cast<std::size_t>(static_cast<const char*>(hit) - in_.data()) : in_.size();
        for (std::size_t i = in_pos_; i < next && only_padding; ++i) only_padding = in_[i] == '\0';
        in_pos_ = next;
    }
    if (in_base_ + in_pos_ > from && !only_padding)
        report(from, "not a gzip member (" + std::to_string(in_base_ + in_pos_ - from) +
                         " bytes skipped to the next member)");
    if (!zs_ready_) {
        zs_ = z_stream{};
        if (inflateInit2(&zs_, 16 + MAX_WBITS) != Z_OK) {
            report(from, "cannot start gzip decompression");
            return false;
        }
        zs_ready_ = true;
    } else {
        inflateReset(&zs_);
    }
    in_member_ = true;
    member_offset_ = in_base_ + in_pos_;
    member_in_ = 0;
    members_.push_back({produced_, member_offset_});
    return true;
}

bool GzipStream::pull_gzip(std::string& out) {
    const std::size_t before = out.size();
    char buf[kReadChunk];
    while (out.size() == before) {
        if (!in_member_ && !start_member()) return false;
        if (in_pos_ == in_.size() && !read_more()) {
            report(member_offset_, "gzip member is truncated (the file ends inside it)");
            in_member_ = false;
            return false;
        }
        zs_.next_in = reinterpret_cast<Bytef*>(in_.data() + in_pos_);
        zs_.avail_in = static_cast<uInt>(std::min<std::size_t>(in_.size() - in_pos_, UINT32_MAX));
        zs_.next_out = reinterpret_cast<Bytef*>(buf);
        zs_.avail_out = sizeof buf;
        const uInt avail_before = zs_.avail_in;
        const int rc = inflate(&zs_, Z_NO_FLUSH);
        const std::size_t used = avail_before - zs_.avail_in;
        in_pos_ += used;
        member_in_ += used;
        const std::size_t got = sizeof buf - zs_.avail_out;
        out.append(buf, got);
        produced_ += got;
        if (rc == Z_STREAM_END) {
            in_member_ = false;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            report(member_offset_, "corrupt gzip member (" + std::string(zs_.msg ? zs_.msg : "bad data") +
                                       "); reading resumes at the next member");
            in_member_ = false;
            // Look for the next member from just after this one's start when it is still here
            // (inflate may have read into the next member before noticing the damage).
            if (member_offset_ >= in_base_ && member_offset_ + 1 <= in_base_ + in_.size())
                in_pos_ = static_cast<std::size_t>(member_offset_ + 1 - in_base_);
            // The bytes inflated from the damaged member stay: the record parser finds that
            // the record does not end where it should and resynchronises.
        }
    }
    return true;
}

}  // namespace winnow::detail
