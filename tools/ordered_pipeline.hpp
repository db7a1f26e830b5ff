// Streams of records cleaned in parallel with their results written in input order (JSON
// Lines and WARC modes).
#pragma once
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <map>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "batch_shared.hpp"

namespace winnow::cli {

// Runs work(item, worker) -> std::string on `workers` threads over the items that
// produce(item) -> bool yields (false: no more), and hands the results to sink(result,
// more_ready) in input order. At most 2 * workers + 2 items are in flight, so memory does not
// grow with the stream. On a stop request, reading ends and the items already read are
// finished, so the output is an exact prefix of the input.
template <class Item, class Produce, class Work, class Sink>
void ordered_pipeline(unsigned workers, Produce produce, Work work, Sink sink) {
    struct Slot {
        std::uint64_t seq;
        Item item;
    };
    std::mutex m;
    std::condition_variable cv_work, cv_space, cv_done;
    std::deque<Slot> queue;
    std::map<std::uint64_t, std::string> ready;
    std::uint64_t next_seq = 0, next_out = 0;
    bool input_done = false;
    const std::uint64_t window = 2ull * workers + 2;

    auto threads = start_threads(workers + 1, [&](unsigned w) {
        if (w == workers) {  // the writer
            std::unique_lock lock(m);
            while (true) {
                cv_done.wait(lock, [&] { return ready.count(next_out) || (input_done && next_out == next_seq); });
                if (!ready.count(next_out)) break;
                auto node = ready.extract(next_out);
                const bool more = ready.count(next_out + 1) != 0;
                lock.unlock();
                sink(node.mapped(), more);
                lock.lock();
                ++next_out;
                cv_space.notify_all();
            }
            return;
        }
        std::unique_lock lock(m);
        while (true) {
            cv_work.wait(lock, [&] { return !queue.empty() || input_done; });
            if (queue.empty()) break;
            Slot slot = std::move(queue.front());
            queue.pop_front();
            lock.unlock();
            std::string out = work(slot.item, w);
            slot.item = Item{};  // free the input before waiting for the lock
            lock.lock();
            ready.emplace(slot.seq, std::move(out));
            cv_done.notify_all();
        }
    });

    while (!stop_requested()) {
        {
            std::unique_lock lock(m);
            cv_space.wait(lock, [&] { return next_seq - next_out < window; });
        }
        if (stop_requested()) break;
        Item item{};
        if (!produce(item)) break;
        std::lock_guard lock(m);
        queue.push_back({next_seq++, std::move(item)});
        cv_work.notify_one();
    }
    {
        std::lock_guard lock(m);
        input_done = true;
    }
    cv_work.notify_all();
    cv_done.notify_all();
    join_all(threads);
}

// Runs work(i) for i in [0, n) on `workers` threads and hands the results to sink(result,
// more_ready) in index order, a window at a time, so memory does not grow with n. On a stop
// request no new window starts: the output is an exact prefix.
template <class Work, class Sink>
bool ordered_indices(std::size_t n, unsigned workers, Work work, Sink sink) {
    const std::size_t window = 64 * static_cast<std::size_t>(workers);
    std::vector<std::string> results;
    for (std::size_t from = 0; from < n && !stop_requested(); from += window) {
        const std::size_t to = std::min(n, from + window);
        results.assign(to - from, std::string());
        std::atomic<std::size_t> next{from};
        auto threads = start_threads(workers, [&](unsigned) {
            for (std::size_t i; (i = next.fetch_add(1)) < to;) results[i - from] = work(i);
        });
        join_all(threads);
        for (std::size_t i = from; i < to; ++i) sink(results[i - from], i + 1 < to);
    }
    return true;
}


}  // namespace winnow::cli
