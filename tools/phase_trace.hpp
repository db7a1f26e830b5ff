// WINNOW_TRACE_PHASES=1: a batch prints on stderr where its time goes, to find what keeps a
// two-pass run from scaling with its threads: each serial phase (walk, profile merge, ...)
// with its wall and CPU time, and for each pass every worker's wall time per step (wait for
// the reading thread, clean, learn, keep, take, finish, render, hand to the writing thread)
// and how long it sat idle at the pass's end waiting for the slowest worker; the reading
// thread's (read) and the writing thread's (write) rows follow the workers'. Off (the
// default), every call is a test of one bool.
#pragma once
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace winnow::cli {

class PhaseTrace {
public:
    enum Step { read, wait, clean, learn, keep, take, finish, render, hand, write, kSteps };

    PhaseTrace();
    bool on() const { return on_; }
    // Ends the current phase (begun at the previous mark, or at process start) and prints it.
    void mark(std::string_view phase);
    // A pass on `workers` threads begins / ends (prints each worker's steps and idle tail);
    // io: rows `workers` and `workers` + 1 are the reading and the writing thread.
    void begin_pass(unsigned workers, bool io = false);
    void end_pass(std::string_view name);
    // On worker w: t = now() before a step, add(w, step, t) after it (wall and thread CPU).
    // The worker's last call is worker_done(w).
    struct Stamp {
        double wall = 0, cpu = 0;
    };
    Stamp now() const { return on_ ? Stamp{wall(), thread_cpu()} : Stamp{}; }
    void add(unsigned w, Step s, Stamp since) {
        if (!on_) return;
        workers_[w].steps[s] += wall() - since.wall;
        workers_[w].cpu_steps[s] += thread_cpu() - since.cpu;
    }
    void worker_done(unsigned w);

private:
    struct Worker {
        std::array<double, kSteps> steps{}, cpu_steps{};
        double done = 0, cpu = 0;
        std::uint64_t pad[8]{};   // apart from the next worker's: each writes its own only
    };
    static double wall();
    static double process_cpu();
    static double thread_cpu();

    bool on_ = false;
    double last_wall_ = 0, last_cpu_ = 0, pass_start_ = 0;
    std::vector<Worker> workers_;
    unsigned cleaning_ = 0;   // rows past these are the reading and writing threads
};

}  // namespace winnow::cli
