#include "phase_trace.hpp"

#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <utility>

namespace winnow::cli {

namespace {
double seconds(clockid_t clock) {
    timespec ts{};
    clock_gettime(clock, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// When the process started, on CLOCK_BOOTTIME (to a clock tick): /proc/self/stat field 22.
double process_start_boottime() {
    std::ifstream f("/proc/self/stat");
    std::string line;
    if (!std::getline(f, line)) return 0;
    const auto close = line.rfind(')');
    if (close == std::string::npos) return 0;
    std::istringstream rest(line.substr(close + 2));
    std::string field;
    for (int k = 3; k <= 22 && rest >> field; ++k)
        if (k == 22) return std::strtod(field.c_str(), nullptr) / static_cast<double>(sysconf(_SC_CLK_TCK));
    return 0;
}
// VmRSS and VmHWM (peak so far) in KiB: which phase sets a batch's peak.
std::pair<long, long> rss_kib() {
    std::ifstream f("/proc/self/status");
    std::string line;
    long rss = 0, hwm = 0;
    while (std::getline(f, line)) {
        if (line.starts_with("VmRSS:")) rss = std::strtol(line.c_str() + 6, nullptr, 10);
        else if (line.starts_with("VmHWM:")) hwm = std::strtol(line.c_str() + 6, nullptr, 10);
    }
    return {rss, hwm};
}
}  // namespace

double PhaseTrace::wall() { return seconds(CLOCK_MONOTONIC); }
double PhaseTrace::process_cpu() { return seconds(CLOCK_PROCESS_CPUTIME_ID); }
double PhaseTrace::thread_cpu() { return seconds(CLOCK_THREAD_CPUTIME_ID); }

PhaseTrace::PhaseTrace() {
    const char* env = std::getenv("WINNOW_TRACE_PHASES");
    on_ = env && *env && *env != '0';
    if (!on_) return;
    // The first phase, "start", runs from exec to here (loader, static init, option parsing).
    const double since_start = seconds(CLOCK_BOOTTIME) - process_start_boottime();
    last_wall_ = wall() - since_start;
    last_cpu_ = 0;
}

void PhaseTrace::mark(std::string_view phase) {
    if (!on_) return;
    const double w = wall(), c = process_cpu();
    const auto [rss, hwm] = rss_kib();
    std::fprintf(stderr, "winnow trace: %-16.*s wall %8.1f ms  CPU %8.1f ms  RSS %.2f MiB (peak %.2f)\n",
                 static_cast<int>(phase.size()), phase.data(), (w - last_wall_) * 1e3, (c - last_cpu_) * 1e3,
                 static_cast<double>(rss) / 1024, static_cast<double>(hwm) / 1024);
    last_wall_ = w;
    last_cpu_ = c;
}

void PhaseTrace::begin_pass(unsigned workers, bool io) {
    if (!on_) return;
    workers_.assign(workers + (io ? 2 : 0), Worker{});
    cleaning_ = workers;
    pass_start_ = wall();
}

void PhaseTrace::worker_done(unsigned w) {
    if (!on_) return;
    workers_[w].done = wall();
    workers_[w].cpu = thread_cpu();
}

void PhaseTrace::end_pass(std::string_view name) {
    if (!on_) return;
    const double end = wall();
    static constexpr const char* kNames[kSteps] = {"read", "wait", "clean", "learn", "keep", "take", "finish", "render", "hand", "write"};
    for (std::size_t w = 0; w < workers_.size(); ++w) {
        const Worker& k = workers_[w];
        std::string line;
        char part[64];
        for (int s = 0; s < kSteps; ++s) {
            if (k.steps[s] <= 0) continue;
            std::snprintf(part, sizeof part, " %s %.1f/%.1f", kNames[s], k.steps[s] * 1e3, k.cpu_steps[s] * 1e3);
            line += part;
        }
        if (k.done == 0) continue;   // a thread that never ran (the writer of pass one)
        const std::string who = w < cleaning_ ? "worker " + std::to_string(w) : w == cleaning_ ? "reader" : "writer";
        std::fprintf(stderr,
                     "winnow trace:   %.*s %s: busy %.1f ms (thread CPU %.1f), idle at the end %.1f ms; ms wall/CPU:%s\n",
                     static_cast<int>(name.size()), name.data(), who.c_str(), (k.done - pass_start_) * 1e3, k.cpu * 1e3,
                     (end - k.done) * 1e3, line.c_str());
    }
    mark(name);
}

}  // namespace winnow::cli
