// Reading ahead of the workers: one thread prepares items (a tree mode page: its path, read and
// inflated) in index order while the workers clean the ones before, so reading and inflating
// overlap with cleaning instead of taking turns with it on each worker. Workers take the items
// strictly in index order, so a run hands pages out in the same order as when each worker read
// its own (with -j 1 the error log lists failures in that order). At most `window` items wait
// ready, and no new one is begun while those ready hold `max_bytes` or more: memory holds a
// few inputs, however many pages the run has.
// A worker never waits for the reading thread to be scheduled: when its item is not begun yet,
// it prepares that item itself. And it wakes the reading thread only once half the window is
// taken (in items and in bytes), so that thread reads several items a wake: on a busy machine, woken after every item
// taken, it preempted the worker on its core each time, and the worker then waited its turn
// behind other processes (a -j 1 run over 697 pages sat 0.7-1.2 s in those turns, 10-17% of
// its time, against 0.2 s of reading saved).
#pragma once
#include <condition_variable>
#include <cstddef>
#include <functional>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "stop_signals.hpp"

namespace winnow::cli {

template <class Item>
class ReadAhead {
public:
    // fill(i, item, who) prepares item i (given default-constructed) for i in [0, n), and
    // returns the bytes it holds; who is `reader` on the reading thread, else the worker's
    // number given to next(). Items are begun in index order.
    template <class Fill>
    ReadAhead(std::size_t n, std::size_t window, std::size_t max_bytes, unsigned reader, Fill fill)
        : n_(n), max_bytes_(max_bytes), slots_(window ? window : 1), fill_(std::move(fill)) {
        auto threads = start_threads(1, [this, reader](unsigned) { run(reader); });
        thread_ = std::move(threads.front());
    }
    ~ReadAhead() {
        {
            const std::lock_guard lock(mutex_);
            quit_ = true;
        }
        space_.notify_all();
        thread_.join();
    }
    ReadAhead(const ReadAhead&) = delete;
    ReadAhead& operator=(const ReadAhead&) = delete;

    // On worker `who`: the next item and its index; false when all were handed out or a stop
    // was requested.
    bool next(std::size_t& index, Item& item, unsigned who) {
        std::unique_lock lock(mutex_);
        if (taken_ >= n_ || stop_requested()) return false;
        index = taken_++;
        Slot& slot = slots_[index % slots_.size()];
        while (!(slot.full && slot.index == index)) {
            if (begun_ == index) {   // not begun by the reading thread: prepared here
                ++begun_;
                lock.unlock();
                ready_.notify_all();   // the worker holding the next index may go on too,
                space_.notify_all();   // and the reading thread begin the one after
                item = Item{};
                (void)fill_(index, item, who);
                return true;
            }
            ready_.wait(lock);
        }
        item = std::move(slot.item);
        slot.item = Item{};
        slot.full = false;
        bytes_ -= slot.bytes;
        const bool wake = --ready_items_ <= slots_.size() / 2 && bytes_ <= max_bytes_ / 2;
        lock.unlock();
        if (wake) space_.notify_all();
        return true;
    }

private:
    struct Slot {
        Item item{};
        std::size_t index = 0;
        std::size_t bytes = 0;
        bool full = false;
    };

    void run(unsigned reader) {
        while (true) {
            std::size_t i = 0;
            {
                std::unique_lock lock(mutex_);
                space_.wait(lock, [&] {
                    return quit_ || begun_ >= n_ || (!slots_[begun_ % slots_.size()].full && bytes_ < max_bytes_);
                });
                if (quit_ || begun_ >= n_) return;
                i = begun_++;
            }
            Item item{};
            const std::size_t bytes = fill_(i, item, reader);
            {
                const std::lock_guard lock(mutex_);
                Slot& slot = slots_[i % slots_.size()];
                slot.item = std::move(item);
                slot.index = i;
                slot.bytes = bytes;
                slot.full = true;
                bytes_ += bytes;
                ++ready_items_;
            }
            ready_.notify_all();
        }
    }

    const std::size_t n_, max_bytes_;
    std::vector<Slot> slots_;
    std::function<std::size_t(std::size_t, Item&, unsigned)> fill_;
    std::size_t taken_ = 0;   // items handed out (or being waited for)
    std::size_t begun_ = 0;   // items begun, by the reading thread or a worker
    std::size_t bytes_ = 0;   // held by the items ready
    std::size_t ready_items_ = 0;
    bool quit_ = false;
    std::mutex mutex_;
    std::condition_variable ready_, space_;
    std::thread thread_;
};

}  // namespace winnow::cli
