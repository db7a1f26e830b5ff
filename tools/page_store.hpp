// Batch pass one's pages kept for pass two, so that no page is decoded, parsed or extracted
// twice: each page's Result (before the site-profile filter) in a compact binary form, in
// memory up to a budget and past it in a temporary file in the output folder. The file is
// unlinked as soon as it is created, so it never outlives the run, however the run ends.
// A page's size in input bytes and its tag travel inside its record, so a page that was
// spilled costs memory only for where it is in the file (a batch of millions stays small).
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

    // Keeps r for page i. Thread-safe for distinct i. False with a reason when it cannot be
    // kept (the spill file cannot be created or written).
    bool put(std::size_t i, const Result& r, std::uint64_t input_bytes, std::string& reason);
    // Adds a page at the end: `encoded` as encode() made it, `tag` a small note kept in memory
    // (e.g. the record's id). Not concurrent with other calls.
    bool append(std::string encoded, std::uint64_t input_bytes, std::string tag, std::string& reason);
    static std::string encode(const Result& r);
    std::size_t size() const { return entries_.size(); }
    bool has(std::size_t i) const { return i < entries_.size() && entries_[i].state != State::none; }
    // Gives back page i's Result, input size and tag, and frees what it held. Thread-safe for
    // distinct i. The tag is set whenever the record could be read, even when its Result does
    // not decode.
    bool take(std::size_t i, Result& r, std::uint64_t& input_bytes, std::string& tag, std::string& reason);

private:
    enum class State : std::uint8_t { none, memory, spilled };
    // The record (input bytes, tag, encoded Result; see record()) is in memory or in the
    // spill file at offset.
    struct Entry {
        std::unique_ptr<std::string> data;   // memory
        std::uint64_t offset = 0;            // spilled
        std::uint64_t size = 0;
        State state = State::none;
    };
    static std::string record(std::uint64_t input_bytes, std::string_view tag, std::string_view encoded);
    bool keep(Entry& e, std::string data, std::string& reason);
    bool spill(Entry& e, const std::string& data, std::string& reason);

    std::deque<Entry> entries_;   // a deque: append() never moves the entries other threads use
    std::size_t budget_;
    std::atomic<std::size_t> in_memory_{0};
    std::string spill_dir_;
    std::mutex spill_mutex_;
    int spill_fd_ = -1;
    std::uint64_t spill_end_ = 0;
};

}  // namespace winnow::cli
