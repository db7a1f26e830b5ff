// Batch pass one's pages kept for pass two, so that no page is decoded, parsed or extracted
// twice: each page's Result (before the site-profile filter) and the fingerprints the profile
// learned it by (pass two's site filter reuses them) in a compact binary form, in
// memory up to a budget and past it in a temporary file in the output folder. The file is
// unlinked as soon as it is created, so it never outlives the run, however the run ends.
// A page's size in input bytes and its tag travel inside its record, so a page that was
// spilled costs memory only for where it is in the file (a batch of millions stays small).
// Records kept in memory are packed into large slabs (each freed once all its pages are taken),
// not allocated one by one: a record put by one worker and taken by another was a free into
// another thread's malloc arena, and each kept record sat in its worker's heap between the
// short-lived allocations of the pages after it, so the heaps grew with the pages kept.
#pragma once
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include <winnow/winnow.hpp>

namespace winnow::cli {

class PageStore {
public:
    // count: pages, indexed 0..count-1 (append() adds more); spill_dir: where the spill file
    // goes when needed.
    PageStore(std::size_t count, std::size_t memory_budget, std::string spill_dir);
    ~PageStore();
    PageStore(const PageStore&) = delete;
    PageStore& operator=(const PageStore&) = delete;

    // Keeps r and its fingerprints (SiteProfile::fingerprints(r.document)) for page i.
    // Thread-safe for distinct i. False with a reason when it cannot be kept (the spill file
    // cannot be created or written).
    bool put(std::size_t i, const Result& r, const PageFingerprints& fingerprints, std::uint64_t input_bytes,
             std::string& reason);
    // Adds a page at the end: `encoded` as encode() made it, `tag` a small note kept in memory
    // (e.g. the record's id). Not concurrent with other calls.
    bool append(std::string encoded, std::uint64_t input_bytes, std::string tag, std::string& reason);
    static std::string encode(const Result& r, const PageFingerprints& fingerprints);
    std::size_t size() const { return entries_.size(); }
    bool has(std::size_t i) const { return i < entries_.size() && entries_[i].state != State::none; }
    // Gives back page i's Result, fingerprints, input size and tag, and frees what it held.
    // Thread-safe for distinct i. The tag is set whenever the record could be read, even when
    // its Result does not decode.
    bool take(std::size_t i, Result& r, PageFingerprints& fingerprints, std::uint64_t& input_bytes, std::string& tag,
              std::string& reason);
    // The error (errno) of the first spill file that could not be created or written, 0 while
    // none failed: a full disk (ENOSPC, EDQUOT) stops a batch (the caller's to decide).
    int spill_error() const { return spill_errno_.load(); }

private:
    enum class State : std::uint8_t { none, memory, spilled };
    // Memory for records: holds counts the records not yet taken, plus one while it is the slab
    // being filled; whoever brings it to zero frees the bytes (a slab is far above the mmap
    // threshold, so freeing gives its pages back at once).
    struct Slab {
        std::unique_ptr<char[]> bytes;
        std::size_t capacity = 0;
        std::size_t used = 0;
        std::atomic<std::size_t> holds{0};
    };
    // The record (input bytes, tag, encoded Result; see record()) is in a slab at `at`, or in
    // the spill file at offset.
    struct Entry {
        Slab* slab = nullptr;                // memory
        const char* at = nullptr;
        std::uint64_t offset = 0;            // spilled
        std::uint64_t size = 0;
        State state = State::none;
    };
    static std::string record(std::uint64_t input_bytes, std::string_view tag, std::string_view encoded);
    bool keep(Entry& e, std::string data, std::string& reason);
    char* place(std::size_t size, Slab*& slab);
    static void release(Slab& slab);
    static bool read_record(std::string_view data, Result& r, PageFingerprints& fingerprints, std::uint64_t& input_bytes,
                            std::string& tag, std::string& reason);
    bool spill(Entry& e, const std::string& data, std::string& reason);

    std::deque<Entry> entries_;   // a deque: append() never moves the entries other threads use
    std::deque<Slab> slabs_;      // likewise for the slabs
    Slab* open_ = nullptr;        // the slab being filled
    std::mutex slab_mutex_;       // guards slabs_, open_ and the open slab's used
    std::size_t budget_;
    std::atomic<std::size_t> in_memory_{0};
    std::string spill_dir_;
    std::mutex spill_mutex_;
    int spill_fd_ = -1;
    std::uint64_t spill_end_ = 0;
    std::atomic<int> spill_errno_{0};
};

}  // namespace winnow::cli
