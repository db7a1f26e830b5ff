// Progress on stderr for batch runs: a one-line bar redrawn in place when stderr is a
// terminal, plain periodic lines when it is not (logs, CI), nothing with --quiet.
#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

namespace winnow::cli {

// Counters shared by the workers; only atomics, so memory stays flat however long the run.
struct BatchCounters {
    std::atomic<std::uint64_t> done{0};        // pages finished (ok, failed or skipped)
    std::atomic<std::uint64_t> ok{0};
    std::atomic<std::uint64_t> failed{0};
    std::atomic<std::uint64_t> skipped{0};     // outputs already up to date
    std::atomic<std::uint64_t> warnings{0};    // pages with warnings (e.g. no article found)
    std::atomic<std::uint64_t> bytes{0};       // input bytes read (after gunzip)
};

class Progress {
public:
    enum class Mode { none, bar, lines };
    // Mode::bar when stderr is a terminal, Mode::lines otherwise; none when quiet.
    static Mode choose(bool quiet);

    Progress(Mode mode, double interval_seconds);
    ~Progress();

    // Starts a phase ("learning", "cleaning") over total pages (0: unknown, as with a stream).
    void start(std::string phase, std::uint64_t total, const BatchCounters* counters);
    // Stops the ticker and clears the bar.
    void stop();
    // Writes a message line on stderr without garbling the bar.
    void message(const std::string& line);

    double elapsed_seconds() const;   // since the current phase started
    double run_seconds() const;       // since this Progress was made: the whole run, every pass

private:
    void run();
    void draw(bool final);

    Mode mode_;
    std::chrono::duration<double> interval_;
    std::string phase_;
    std::uint64_t total_ = 0;
    const BatchCounters* counters_ = nullptr;
    std::chrono::steady_clock::time_point t0_;
    std::chrono::steady_clock::time_point run_t0_ = std::chrono::steady_clock::now();
    std::mutex mutex_;
    std::condition_variable cv_;
    bool stopping_ = false;
    bool bar_shown_ = false;
    std::thread thread_;
};

std::string format_duration(double seconds);

}  // namespace winnow::cli
