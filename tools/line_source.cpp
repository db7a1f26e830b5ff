#include "line_source.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

#include "file_walk.hpp"
#include "jsonl.hpp"
#include "jsonl_compact.hpp"
#include "stop_signals.hpp"

namespace winnow::cli {

LineSource::LineSource(std::vector<std::string> files, std::size_t max_line) : files_(std::move(files)), max_line_(max_line) {
    if (files_.empty()) files_.emplace_back("-");
}

bool LineSource::next(std::string& line, bool& oversize, std::string& cut) {
    line.clear();
    oversize = false;
    cut.clear();
    std::size_t compacted = 0;  // line[0, compacted) has its needless escapes rewritten
    std::uint64_t decoded = 0;  // the bytes line[0, compacted) decodes to
    while (true) {
        if (damage_told_) close_current();
        if (fd_ < 0 && !open_next()) {
            if (damage_.empty()) return false;
            // A file that cannot be opened is a record of its own: the files after it are read.
            ++line_no_;
            cut = std::move(damage_);
            damage_.clear();
            return true;
        }
        bool got = false, ended = false;
        while (true) {
            const std::size_t nl = data_.find('\n', pos_);
            const std::size_t end = nl == std::string::npos ? data_.size() : nl;
            if (end > pos_) got = true;
            if (!oversize) {
                line.append(data_, pos_, end - pos_);
                // Past the limit, the line is held only while what it decodes to may still be
                // a page; then it is read past without being held.
                if (line.size() > max_line_) {
                    compacted = compact_json_escapes(line, compacted, decoded);
                    if (decoded > max_line_ || line.size() / 2 > max_line_) {
                        oversize = true;  // its start is kept for the record's url and id
                        line.resize(std::min(line.size(), kOversizeLineKept));
                        line.shrink_to_fit();
                    }
                }
            }
            if (nl != std::string::npos) {
                pos_ = nl + 1;
                got = true;
                break;
            }
            pos_ = data_.size();
            const int r = fill();
            if (r < 0) return false;
            if (r == 0) {  // end of this input
                ended = true;
                break;
            }
        }
        if (ended && !damage_.empty()) {
            ++line_no_;
            cut = damage_;
            // Which file and where: the record's line number counts across all inputs.
            if (damage_at_ >= 0)
                cut += " in " + name_ + ", its line " + std::to_string(line_no_ - first_line_) + ", compressed byte " +
                       std::to_string(damage_at_);
            damage_told_ = true;
            return true;
        }
        if (got) {
            ++line_no_;
            if (!line.empty() && line.back() == '\r') line.pop_back();
            return true;
        }
        close_current();
    }
}

bool LineSource::open_next() {
    if (index_ >= files_.size()) return false;
    const std::string& f = files_[index_++];
    name_ = f == "-" ? "standard input" : printable_path(f);
    if (f == "-") {
        fd_ = dup(STDIN_FILENO);
    } else {
        fd_ = ::open(f.c_str(), O_RDONLY | O_CLOEXEC);
    }
    if (fd_ < 0) {
        damage_ = name_ + ": cannot open: " + std::strerror(errno);
        return false;
    }
    data_.clear();
    pos_ = 0;
    first_ = true;
    gzip_ = false;
    fed_ = 0;
    first_line_ = line_no_;
    return true;
}

int LineSource::fill() {
    if (pos_ > 0) {
        data_.erase(0, pos_);
        pos_ = 0;
    }
    if (!damage_.empty()) return 0;  // nothing after the damage can be read
    while (true) {
        char buf[1 << 16];
        const ssize_t n = ::read(fd_, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR && !stop_requested()) continue;
            if (errno == EINTR) return -1;  // a stop was requested
            damage_ = name_ + ": cannot read: " + std::strerror(errno);  // (a folder, EIO): the lines before are kept
            return 0;
        }
        if (n == 0) {
            if (first_ && !raw_.empty()) return take_raw_plain();
            if (gzip_ && zs_active_ && zs_.total_in > 0) {
                damage_ = "truncated gzip data";
                damage_at_ = static_cast<std::int64_t>(fed_);  // the end of the file
            }
            return 0;
        }
        if (first_) {
            raw_.append(buf, static_cast<std::size_t>(n));
            if (raw_.size() < 2) continue;
            first_ = false;
            gzip_ = static_cast<unsigned char>(raw_[0]) == 0x1F && static_cast<unsigned char>(raw_[1]) == 0x8B;
            if (!gzip_) return take_raw_plain();
            std::string r = std::move(raw_);
            raw_.clear();
            const int k = inflate_some(r.data(), r.size());
            if (k != 0 || !damage_.empty()) return k;
            continue;
        }
        if (!gzip_) {
            data_.append(buf, static_cast<std::size_t>(n));
            return 1;
        }
        const int k = inflate_some(buf, static_cast<std::size_t>(n));
        if (k != 0 || !damage_.empty()) return k;
    }
}

int LineSource::take_raw_plain() {
    first_ = false;
    data_ += raw_;
    raw_.clear();
    return 1;
}

int LineSource::inflate_some(const char* in, std::size_t n) {
    const std::size_t before = data_.size();
    const std::uint64_t base = fed_;
    fed_ += n;
    if (!zs_active_) {
        zs_ = z_stream{};
        if (inflateInit2(&zs_, 16 + MAX_WBITS) != Z_OK) {
            error_ = name_ + ": cannot start gzip decompression";
            return -1;
        }
        zs_active_ = true;
    }
    zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in));
    zs_.avail_in = static_cast<uInt>(n);
    char out[1 << 16];
    while (zs_.avail_in > 0) {
        zs_.next_out = reinterpret_cast<Bytef*>(out);
        zs_.avail_out = sizeof out;
        const int rc = inflate(&zs_, Z_NO_FLUSH);
        const std::size_t produced = sizeof out - zs_.avail_out;
        data_.append(out, produced);  // with corrupt data too: what came before the damage is sound
        if (rc != Z_OK && rc != Z_STREAM_END && rc != Z_BUF_ERROR) {
            damage_ = std::string("corrupt gzip data: ") + (zs_.msg ? zs_.msg : "inflate failed");
            // zlib consumed the byte whose bits it could not use, and none after it.
            damage_at_ = static_cast<std::int64_t>(base + (n - zs_.avail_in)) - 1;
            return data_.size() > before ? 1 : 0;
        }
        if (rc == Z_STREAM_END) {
            inflateReset(&zs_);
            zs_.total_in = 0;
        } else if (rc == Z_BUF_ERROR && produced == 0) {
            break;
        }
    }
    return data_.size() > before ? 1 : 0;
}

void LineSource::close_current() {
    if (fd_ >= 0) ::close(fd_);
    fd_ = -1;
    if (zs_active_) inflateEnd(&zs_);
    zs_active_ = false;
    data_.clear();
    raw_.clear();
    pos_ = 0;
    damage_.clear();
    damage_at_ = -1;
    damage_told_ = false;
}

}  // namespace winnow::cli
