#include "input_files.hpp"

#include <libdeflate.h>
#include <zlib.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace winnow::cli {

namespace {
struct FileCloser {
    void operator()(std::FILE* f) const { if (f) std::fclose(f); }
};
using File = std::unique_ptr<std::FILE, FileCloser>;

bool read_all(std::FILE* f, std::size_t max_bytes, std::string& out, std::string& error, const std::string& name) {
    char buf[1 << 16];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) {
        out.append(buf, n);
        if (out.size() > max_bytes) {
            error = name + " is over the size limit of " + std::to_string(max_bytes) + " bytes (--max-size)";
            return false;
        }
    }
    if (std::ferror(f)) {
        error = "cannot read " + name + ": " + std::strerror(errno);
        return false;
    }
    return true;
}
}  // namespace

namespace {
// The trailer's size field: the inflated size of the last member, modulo 2^32.
std::size_t trailer_size(std::string_view data) {
    const auto* t = reinterpret_cast<const unsigned char*>(data.data() + data.size() - 4);
    return t[0] | (t[1] << 8) | (t[2] << 16) | (std::size_t(t[3]) << 24);
}

// A single-member page inflated whole by libdeflate, into a buffer sized by the trailer: 2.5x
// zlib's speed on the dev corpora's pages (143 ms against 366 ms for 175 MB), and inflating is
// most of what the reading thread does, the part of a batch that does not grow with -j.
// Anything else (a trailer that lies, several members, corrupt or truncated data) returns false
// and takes zlib's way, so what is read and every error message stay zlib's.
bool inflate_whole(std::string_view data, std::size_t max_bytes, std::string& out) {
    const std::size_t isize = trailer_size(data);
    if (isize > max_bytes || isize / 1100 > data.size()) return false;  // deflate expands at most ~1032x
    std::unique_ptr<libdeflate_decompressor, void (*)(libdeflate_decompressor*)> d(libdeflate_alloc_decompressor(),
                                                                                  libdeflate_free_decompressor);
    if (!d) return false;
    out.resize(isize);
    std::size_t used = 0, got = 0;
    const auto rc = libdeflate_gzip_decompress_ex(d.get(), data.data(), data.size(), out.data(), isize, &used, &got);
    // Bytes after the member, or a member shorter than the trailer says: several members, zlib's way.
    return rc == LIBDEFLATE_SUCCESS && used == data.size() && got == isize;
}
}  // namespace

bool maybe_gunzip(std::string& data, std::size_t max_bytes, std::string& error) {
    if (data.size() < 2 || static_cast<unsigned char>(data[0]) != 0x1F || static_cast<unsigned char>(data[1]) != 0x8B)
        return true;
    if (data.size() >= 18) {
        std::string whole;
        if (inflate_whole(data, max_bytes, whole)) {
            data = std::move(whole);
            return true;
        }
    }
    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) {
        error = "cannot start gzip decompression";
        return false;
    }
    std::unique_ptr<z_stream, int (*)(z_stream*)> guard(&zs, inflateEnd);
    std::string out;
    // The trailer's size field (of the last member, modulo 2^32) sizes the output once: grown
    // by doubling, a page's inflated copy held up to twice its size, and the buffer a worker
    // keeps for the next page kept that too.
    if (data.size() >= 18) {
        const std::size_t isize = trailer_size(data);
        if (isize <= max_bytes && isize / 1100 <= data.size()) out.reserve(isize);  // deflate expands at most ~1032x
    }
    zs.next_in = reinterpret_cast<Bytef*>(data.data());
    zs.avail_in = static_cast<uInt>(data.size());
    char buf[1 << 16];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef*>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            error = std::string("corrupt gzip data: ") + (zs.msg ? zs.msg : "inflate failed");
            return false;
        }
        out.append(buf, sizeof buf - zs.avail_out);
        if (out.size() > max_bytes) {
            error = "decompressed input is over the size limit of " + std::to_string(max_bytes) + " bytes";
            return false;
        }
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
            error = "truncated gzip data";
            return false;
        }
        // Members concatenated (`cat a.gz b.gz`, or a writer that flushes by starting a new
        // member) are one file, as gzip -d reads it; bytes after the last member that are no
        // member are ignored, as before.
        if (rc == Z_STREAM_END && zs.avail_in >= 2 && zs.next_in[0] == 0x1F && zs.next_in[1] == 0x8B) {
            inflateReset(&zs);
            rc = Z_OK;
        }
    }
    data = std::move(out);
    return true;
}

bool read_file(const std::string& path, std::size_t max_bytes, std::string& out, std::string& error) {
    File f(std::fopen(path.c_str(), "rb"));
    if (!f) {
        error = "cannot open " + path + ": " + std::strerror(errno);
        return false;
    }
    out.clear();
    return read_all(f.get(), max_bytes, out, error, path) && maybe_gunzip(out, max_bytes, error);
}

bool read_stdin(std::size_t max_bytes, std::string& out, std::string& error) {
    out.clear();
    return read_all(stdin, max_bytes, out, error, "standard input") && maybe_gunzip(out, max_bytes, error);
}

}  // namespace winnow::cli
