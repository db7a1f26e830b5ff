// Writing behind the workers: one thread writes the rendered outputs (write_atomic: a temporary
// name, then a rename) while the workers clean the next pages, so creating files, which can
// cost more than a small page's cleaning on a busy file system, overlaps with cleaning. One
// thread, not each worker, also because every create and rename takes the output folder's
// lock: with two workers writing, one spun in the kernel on that lock (rwsem_spin_on_owner)
// while the other allocated an inode, which on ext4 without a journal scans past every inode
// freed in the last 30 s (recently_deleted) -- the -j 2 batch's tripled system CPU. The
// workers hand outputs over in the order they finish them; with -j 1 that is the order of the
// pages, so write failures reach the error log in that order. At most `max_bytes` of outputs
// (or `max_items`) wait: a worker that finds the queue full waits for room. The writing thread
// is woken once a quarter of that waits, and then writes all there is: woken for each output,
// on a busy machine it preempted the worker on its core each time (see read_ahead.hpp).
#pragma once
#include <condition_variable>
#include <cstddef>
#include <deque>
#include <mutex>
#include <string>
#include <thread>
#include <utility>

#include "stop_signals.hpp"

namespace winnow::cli {

// Item: has a `std::string data` (its size is what the queue counts); handle(item) runs on the
// writing thread for each item in the order they were queued, and writes it (write_atomic) or
// whatever else the item asks for.
template <class Item>
class OutputWriter {
public:
    template <class Handle>
    OutputWriter(std::size_t max_items, std::size_t max_bytes, Handle handle)
        : max_items_(max_items ? max_items : 1), max_bytes_(max_bytes) {
        auto threads = start_threads(1, [this, handle = std::move(handle)](unsigned) mutable { run(handle); });
        thread_ = std::move(threads.front());
    }
    // Writes whatever is queued, then ends the thread.
    ~OutputWriter() { finish(); }
    OutputWriter(const OutputWriter&) = delete;
    OutputWriter& operator=(const OutputWriter&) = delete;

    // Queues an output, once there is room.
    void write(Item item) {
        std::unique_lock lock(mutex_);
        auto fits = [&] { return queue_.size() < max_items_ && (!bytes_ || bytes_ + item.data.size() <= max_bytes_); };
        if (!fits()) {
            draining_ = true;
            work_.notify_one();
            room_.wait(lock, fits);
        }
        bytes_ += item.data.size();
        queue_.push_back(std::move(item));
        const bool wake = !draining_ && (queue_.size() >= (max_items_ + 3) / 4 || bytes_ >= max_bytes_ / 4);
        if (wake) draining_ = true;
        lock.unlock();
        if (wake) work_.notify_one();
    }
    // Writes whatever is queued and ends the thread; the counts are final after it.
    void finish() {
        if (!thread_.joinable()) return;
        {
            const std::lock_guard lock(mutex_);
            closing_ = true;
        }
        work_.notify_one();
        thread_.join();
    }

private:
    template <class Handle>
    void run(Handle& handle) {
        while (true) {
            Item item;
            {
                std::unique_lock lock(mutex_);
                work_.wait(lock, [&] { return closing_ || (draining_ && !queue_.empty()); });
                if (queue_.empty()) return;   // closing, all written
                item = std::move(queue_.front());
                queue_.pop_front();
                if (queue_.empty() && !closing_) draining_ = false;   // all written: sleep till woken again
            }
            const std::size_t size = item.data.size();
            handle(item);
            item = Item{};   // freed before the next one is taken
            {
                const std::lock_guard lock(mutex_);
                bytes_ -= size;
            }
            room_.notify_all();
        }
    }

    const std::size_t max_items_, max_bytes_;
    std::deque<Item> queue_;
    std::size_t bytes_ = 0;
    bool closing_ = false;
    bool draining_ = false;   // woken: writing until the queue is empty
    std::mutex mutex_;
    std::condition_variable work_, room_;
    std::thread thread_;
};

}  // namespace winnow::cli
