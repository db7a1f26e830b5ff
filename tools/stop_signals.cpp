#include "stop_signals.hpp"

#include <unistd.h>

#include <csignal>

#include <array>
#include <atomic>
#include <cstring>

namespace winnow::cli {

namespace {
std::atomic<int> g_signal{0};
std::atomic<int> g_full_disk{0};
static_assert(std::atomic<int>::is_always_lock_free);
}  // namespace

// Temporary outputs being written, so that a second Ctrl-C, which exits at once, can remove
// them: unlink() is async-signal-safe, and a slot's path is complete before it is marked ready.
struct TempSlot {
    std::atomic<bool> taken{false};
    std::atomic<bool> ready{false};
    char path[4096] = {};
};

namespace {
std::array<TempSlot, 64> g_temp_slots;
static_assert(std::atomic<bool>::is_always_lock_free);

extern "C" void on_stop_signal(int sig) {
    if (g_signal.load() != 0) {  // a second Ctrl-C stops at once
        for (TempSlot& slot : g_temp_slots)
            if (slot.ready.load()) ::unlink(slot.path);
        _exit(128 + sig);
    }
    g_signal.store(sig);
}
}  // namespace

TempRegistration::TempRegistration(const std::string& path) {
    if (path.size() >= sizeof(TempSlot::path)) return;
    for (TempSlot& slot : g_temp_slots) {
        bool expected = false;
        if (!slot.taken.compare_exchange_strong(expected, true)) continue;
        std::memcpy(slot.path, path.c_str(), path.size() + 1);
        slot.ready.store(true);
        slot_ = &slot;
        return;
    }
}

TempRegistration::~TempRegistration() {
    if (!slot_) return;
    slot_->ready.store(false);
    slot_->taken.store(false);
}

void install_stop_handlers() {
    struct sigaction sa {};
    sa.sa_handler = on_stop_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: a read blocked on stdin returns EINTR
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
    // Past a file-size limit (ulimit -f) the kernel kills the writer with SIGXFSZ, mid-batch and
    // without a word; ignored, write() fails with EFBIG and that output is an error of its own,
    // as on a full disk: the others are written, the temporary file removed, the exit status 1.
    signal(SIGXFSZ, SIG_IGN);
}

bool stop_requested() {
    return g_signal.load(std::memory_order_relaxed) != 0 || g_full_disk.load(std::memory_order_relaxed) != 0;
}

void stop_for_full_disk(int err) {
    int none = 0;
    g_full_disk.compare_exchange_strong(none, err);
}

int full_disk_error() { return g_full_disk.load(); }
int stop_signal() { return g_signal.load(); }

BlockStopSignals::BlockStopSignals() {
    sigset_t s;
    sigemptyset(&s);
    sigaddset(&s, SIGINT);
    sigaddset(&s, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &s, &old);
}

BlockStopSignals::~BlockStopSignals() { pthread_sigmask(SIG_SETMASK, &old, nullptr); }

}  // namespace winnow::cli
