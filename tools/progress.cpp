#include "progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace winnow::cli {

std::string format_duration(double s) {
    if (s < 0) s = 0;
    const auto total = static_cast<long long>(s + 0.5);
    char buf[32];
    if (total >= 3600)
        std::snprintf(buf, sizeof buf, "%lld:%02lld:%02lld", total / 3600, total / 60 % 60, total % 60);
    else
        std::snprintf(buf, sizeof buf, "%lld:%02lld", total / 60, total % 60);
    return buf;
}

Progress::Mode Progress::choose(bool quiet) {
    if (quiet) return Mode::none;
    return isatty(STDERR_FILENO) ? Mode::bar : Mode::lines;
}

Progress::Progress(Mode mode, double interval_seconds)
    : mode_(mode), interval_(interval_seconds > 0 ? interval_seconds : (mode == Mode::bar ? 0.25 : 5.0)) {
    t0_ = std::chrono::steady_clock::now();
}

Progress::~Progress() { stop(); }

double Progress::elapsed_seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0_).count();
}

double Progress::run_seconds() const {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - run_t0_).count();
}

void Progress::start(std::string phase, std::uint64_t total, const BatchCounters* counters) {
    stop();
    std::lock_guard lock(mutex_);
    phase_ = std::move(phase);
    total_ = total;
    counters_ = counters;
    t0_ = std::chrono::steady_clock::now();
    stopping_ = false;
    if (mode_ != Mode::none) thread_ = std::thread([this] { run(); });
}

void Progress::stop() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    cv_.notify_all();
    if (thread_.joinable()) thread_.join();
    std::lock_guard lock(mutex_);
    if (bar_shown_) {
        std::fputs("\r\033[K", stderr);
        std::fflush(stderr);
        bar_shown_ = false;
    }
}

void Progress::message(const std::string& line) {
    std::lock_guard lock(mutex_);
    if (bar_shown_) std::fputs("\r\033[K", stderr);
    std::fwrite(line.data(), 1, line.size(), stderr);
    std::fputc('\n', stderr);
    if (bar_shown_) draw(false);
    std::fflush(stderr);
}

void Progress::run() {
    std::unique_lock lock(mutex_);
    while (!cv_.wait_for(lock, interval_, [this] { return stopping_; })) draw(false);
}

// Caller holds mutex_.
void Progress::draw(bool) {
    if (!counters_ || mode_ == Mode::none) return;
    const double t = elapsed_seconds();
    const std::uint64_t done = counters_->done.load();
    const std::uint64_t failed = counters_->failed.load();
    const double mb = static_cast<double>(counters_->bytes.load()) / 1e6;
    const double pps = t > 0 ? static_cast<double>(done) / t : 0;
    const double mbps = t > 0 ? mb / t : 0;
    std::string eta = "?";
    if (total_ && done && done <= total_) eta = format_duration(static_cast<double>(total_ - done) / pps);
    char line[256];
    if (mode_ == Mode::bar) {
        char bar[26] = {};
        const int width = 24;
        const int filled = total_ ? static_cast<int>(width * static_cast<double>(done) / static_cast<double>(total_)) : 0;
        for (int i = 0; i < width; ++i) bar[i] = i < filled ? '#' : '.';
        if (total_)
            std::snprintf(line, sizeof line, "\r\033[K%s [%s] %llu/%llu  %.1f pages/s  %.2f MB/s  %llu errors  ETA %s",
                          phase_.c_str(), bar, static_cast<unsigned long long>(done),
                          static_cast<unsigned long long>(total_), pps, mbps,
                          static_cast<unsigned long long>(failed), eta.c_str());
        else
            std::snprintf(line, sizeof line, "\r\033[K%s %llu  %.1f pages/s  %.2f MB/s  %llu errors", phase_.c_str(),
                          static_cast<unsigned long long>(done), pps, mbps, static_cast<unsigned long long>(failed));
        std::fputs(line, stderr);
        bar_shown_ = true;
    } else {
        if (total_)
            std::snprintf(line, sizeof line, "winnow: %s %llu/%llu pages, %.1f pages/s, %.2f MB/s, %llu errors, ETA %s\n",
                          phase_.c_str(), static_cast<unsigned long long>(done),
                          static_cast<unsigned long long>(total_), pps, mbps,
                          static_cast<unsigned long long>(failed), eta.c_str());
        else
            std::snprintf(line, sizeof line, "winnow: %s %llu pages, %.1f pages/s, %.2f MB/s, %llu errors\n",
                          phase_.c_str(), static_cast<unsigned long long>(done), pps, mbps,
                          static_cast<unsigned long long>(failed));
        std::fputs(line, stderr);
    }
    std::fflush(stderr);
}

}  // namespace winnow::cli
