// Stopping a batch run: the first SIGINT/SIGTERM asks the workers to finish what they hold,
// a second one exits at once after removing the temporary outputs in flight. Worker threads
// never receive the signals, so only the main thread's reads are interrupted.
#pragma once
#include <pthread.h>
#include <signal.h>

#include <string>
#include <thread>
#include <vector>

namespace winnow::cli {

void install_stop_handlers();
bool stop_requested();
int stop_signal();   // the signal that asked to stop (0: none)

// An output write that failed for want of space (ENOSPC, EDQUOT) stops the batch as a first
// signal does: every later page would fail the same way, so none is attempted. The error
// (errno) of the first such write; 0 while the disk had room.
void stop_for_full_disk(int err);
int full_disk_error();

// Registers a temporary path for its lifetime, for the second signal to remove (no slot
// free, e.g. with -j over 64: not registered).
class TempRegistration {
public:
    explicit TempRegistration(const std::string& path);
    ~TempRegistration();
    TempRegistration(const TempRegistration&) = delete;
    TempRegistration& operator=(const TempRegistration&) = delete;

private:
    struct TempSlot* slot_ = nullptr;
};

// While alive, SIGINT/SIGTERM are blocked in this thread, so threads started meanwhile
// never see them.
struct BlockStopSignals {
    sigset_t old{};
    BlockStopSignals();
    ~BlockStopSignals();
};

template <class F>
std::vector<std::thread> start_threads(unsigned n, F f) {
    BlockStopSignals block;
    std::vector<std::thread> threads;
    for (unsigned i = 0; i < n; ++i) threads.emplace_back(f, i);
    return threads;
}

inline void join_all(std::vector<std::thread>& threads) {
    for (auto& t : threads) t.join();
    threads.clear();
}

}  // namespace winnow::cli
