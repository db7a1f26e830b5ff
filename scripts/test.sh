#!/usr/bin/env bash
# Builds winnow and runs every test (the second README command; .ci/run calls this).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DWINNOW_BUILD_TESTS=ON >/dev/null
cmake --build build -j2
ctest --test-dir build --output-on-failure -j2

# The same suite under AddressSanitizer + UndefinedBehaviorSanitizer.
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWINNOW_SANITIZE=ON -DWINNOW_BUILD_TESTS=ON \
  -DWINNOW_BUILD_BENCH=OFF -DWINNOW_BUILD_EXAMPLES=OFF >/dev/null
cmake --build build-asan -j2
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure -j2

# Short fuzz runs of the libFuzzer targets (clang, ASan+UBSan).
bash scripts/fuzz.sh --fresh "${WINNOW_FUZZ_SECONDS:-60}"
