#include "page_store.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <unistd.h>

#include "document_codec.hpp"

namespace winnow::cli {

PageStore::PageStore(std::size_t count, std::size_t memory_budget, std::string spill_dir)
    : entries_(count), budget_(memory_budget), spill_dir_(std::move(spill_dir)) {}

PageStore::~PageStore() {
    if (spill_fd_ >= 0) ::close(spill_fd_);
}

namespace {
// Record header: input bytes (8) and tag length (4), little-endian, then the tag.
constexpr std::size_t kHeader = 12;
// Slab size; a record over half of it gets a slab of its own.
constexpr std::size_t kSlab = std::size_t{4} << 20;

void put_le(std::string& out, std::uint64_t v, int bytes) {
    for (int k = 0; k < bytes; ++k) out.push_back(static_cast<char>((v >> (8 * k)) & 0xFF));
}
std::uint64_t get_le(std::string_view in, std::size_t at, int bytes) {
    std::uint64_t v = 0;
    for (int k = 0; k < bytes; ++k) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(in[at + k])) << (8 * k);
    return v;
}

void store_le(char* at, std::uint64_t v, int bytes) {
    for (int k = 0; k < bytes; ++k) at[k] = static_cast<char>((v >> (8 * k)) & 0xFF);
}
std::uint64_t load_le(const char* at, int bytes) {
    std::uint64_t v = 0;
    for (int k = 0; k < bytes; ++k) v |= static_cast<std::uint64_t>(static_cast<unsigned char>(at[k])) << (8 * k);
    return v;
}

// Fingerprints: the block count (4 bytes), a bit per block (counted or not), then the
// fingerprint (8 bytes) of each counted block only. Sized first and written in place: a page
// holds thousands of them (its blocks and their near-duplicate bands), a byte appended at a time
// cost more than the page's whole Result.
void encode_fingerprints(const PageFingerprints& f, std::string& out) {
    const std::size_t n = std::min(f.block.size(), f.counted.size());
    const std::size_t counted = static_cast<std::size_t>(std::count(f.counted.begin(), f.counted.begin() + n, true));
    const std::size_t start = out.size();
    out.resize(start + 4 + (n + 7) / 8 + 8 * counted);
    char* at = out.data() + start;
    store_le(at, n, 4);
    at += 4;
    for (std::size_t i = 0; i < n; i += 8) {
        unsigned bits = 0;
        for (std::size_t k = i; k < n && k < i + 8; ++k) bits |= static_cast<unsigned>(f.counted[k]) << (k - i);
        *at++ = static_cast<char>(bits);
    }
    for (std::size_t i = 0; i < n; ++i)
        if (f.counted[i]) {
            store_le(at, f.block[i], 8);
            at += 8;
        }
}

// Reads what encode_fingerprints wrote at the start of data and drops it from data.
bool decode_fingerprints(std::string_view& data, PageFingerprints& f) {
    if (data.size() < 4) return false;
    const std::size_t n = get_le(data, 0, 4);
    std::size_t at = 4;
    if ((n + 7) / 8 > data.size() - at) return false;
    f.block.assign(n, 0);
    f.counted.assign(n, false);
    const char* bits = data.data() + at;
    at += (n + 7) / 8;
    for (std::size_t i = 0; i < n; ++i) {
        if (!((static_cast<unsigned char>(bits[i / 8]) >> (i % 8)) & 1)) continue;
        f.counted[i] = true;
        if (data.size() - at < 8) return false;
        f.block[i] = load_le(data.data() + at, 8);
        at += 8;
    }
    data.remove_prefix(at);
    return true;
}
}  // namespace

std::string PageStore::encode(const Result& r, const PageFingerprints& fingerprints) {
    std::string data;
    encode_fingerprints(fingerprints, data);
    detail::encode_result(r, data);
    return data;
}

std::string PageStore::record(std::uint64_t input_bytes, std::string_view tag, std::string_view encoded) {
    std::string data;
    data.reserve(kHeader + tag.size() + encoded.size());
    put_le(data, input_bytes, 8);
    put_le(data, tag.size(), 4);
    data += tag;
    data += encoded;
    return data;
}

bool PageStore::put(std::size_t i, const Result& r, const PageFingerprints& fingerprints, std::uint64_t input_bytes,
                    std::string& reason) {
    std::string data = record(input_bytes, {}, {});
    encode_fingerprints(fingerprints, data);
    detail::encode_result(r, data);
    return keep(entries_[i], std::move(data), reason);
}

bool PageStore::append(std::string encoded, std::uint64_t input_bytes, std::string tag, std::string& reason) {
    Entry& e = entries_.emplace_back();
    return keep(e, record(input_bytes, tag, encoded), reason);
}

bool PageStore::keep(Entry& e, std::string data, std::string& reason) {
    const std::size_t before = in_memory_.fetch_add(data.size());
    if (before + data.size() <= budget_) {
        Slab* slab = nullptr;
        char* at = place(data.size(), slab);
        std::memcpy(at, data.data(), data.size());
        e.slab = slab;
        e.at = at;
        e.size = data.size();
        e.state = State::memory;
        return true;
    }
    in_memory_.fetch_sub(data.size());
    return spill(e, data, reason);
}

char* PageStore::place(std::size_t size, Slab*& slab) {
    const std::lock_guard lock(slab_mutex_);
    if (size > kSlab / 2) {
        slab = &slabs_.emplace_back();
        slab->capacity = size;
    } else {
        if (!open_ || open_->capacity - open_->used < size) {
            if (open_) release(*open_);   // full: no longer filled
            open_ = &slabs_.emplace_back();
            open_->capacity = kSlab;
            open_->holds.store(1);
        }
        slab = open_;
    }
    if (!slab->bytes) slab->bytes = std::make_unique_for_overwrite<char[]>(slab->capacity);
    char* at = slab->bytes.get() + slab->used;
    slab->used += size;
    slab->holds.fetch_add(1);
    return at;
}

void PageStore::release(Slab& slab) {
    if (slab.holds.fetch_sub(1) == 1) slab.bytes.reset();
}

bool PageStore::spill(Entry& e, const std::string& data, std::string& reason) {
    const std::lock_guard lock(spill_mutex_);
    if (spill_fd_ < 0) {
        std::string path = spill_dir_ + "/.winnow-spill-XXXXXX";
        spill_fd_ = ::mkstemp(path.data());
        if (spill_fd_ < 0) {
            if (spill_errno_.load() == 0) spill_errno_.store(errno);
            reason = "cannot create a spill file in " + spill_dir_ + ": " + std::strerror(errno);
            return false;
        }
        ::unlink(path.c_str());   // gone with the process, whatever happens
    }
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::pwrite(spill_fd_, data.data() + done, data.size() - done,
                                   static_cast<off_t>(spill_end_ + done));
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : ENOSPC;  // nothing written and no error: no room
            if (spill_errno_.load() == 0) spill_errno_.store(err);
            reason = std::string("cannot write the spill file: ") + std::strerror(err);
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    e.offset = spill_end_;
    e.size = data.size();
    e.state = State::spilled;
    spill_end_ += data.size();
    return true;
}

bool PageStore::take(std::size_t i, Result& r, PageFingerprints& fingerprints, std::uint64_t& input_bytes, std::string& tag,
                     std::string& reason) {
    Entry& e = entries_[i];
    std::string spilled;
    std::string_view data;
    if (e.state == State::memory) {
        data = std::string_view(e.at, e.size);
    } else if (e.state == State::spilled) {
        spilled.resize(e.size);
        std::size_t done = 0;
        while (done < spilled.size()) {
            const ssize_t n = ::pread(spill_fd_, spilled.data() + done, spilled.size() - done, static_cast<off_t>(e.offset + done));
            if (n < 0 && errno == EINTR) continue;
            if (n <= 0) {
                reason = std::string("cannot read the spill file: ") + (n == 0 ? "it is shorter than written" : std::strerror(errno));
                return false;
            }
            done += static_cast<std::size_t>(n);
        }
        data = spilled;
    } else {
        reason = "page was not kept by pass one";
        return false;
    }
    const bool ok = read_record(data, r, fingerprints, input_bytes, tag, reason);
    if (e.state == State::memory) {
        in_memory_.fetch_sub(e.size);
        release(*e.slab);
        e.slab = nullptr;
        e.at = nullptr;
    }
    e.state = State::none;
    return ok;
}

bool PageStore::read_record(std::string_view data, Result& r, PageFingerprints& fingerprints, std::uint64_t& input_bytes,
                            std::string& tag, std::string& reason) {
    const std::size_t tag_size = data.size() >= kHeader ? get_le(data, 8, 4) : 0;
    if (data.size() < kHeader || tag_size > data.size() - kHeader) {
        reason = "page kept by pass one does not read back";
        return false;
    }
    input_bytes = get_le(data, 0, 8);
    tag.assign(data.substr(kHeader, tag_size));
    std::string_view body = data.substr(kHeader + tag_size);
    if (!decode_fingerprints(body, fingerprints) || !detail::decode_result(body, r)) {
        reason = "page kept by pass one does not read back";
        return false;
    }
    return true;
}

}  // namespace winnow::cli
