// The process's CPU time, for the few tests that bound runaway work (a quadratic walk, a
// backtracking search). CPU time, not wall time: the bound must not trip because other
// processes share the machine (CI runs the suite two tests at a time beside other jobs).
#pragma once

#include <ctime>

namespace winnow::test {

inline double cpu_ms() {
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

}  // namespace winnow::test
