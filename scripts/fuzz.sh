#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan+UBSan, build-fuzz/) and runs each for SECONDS
# (default 60) from the seeds in fuzz/seeds/ and samples/, keeping the grown corpus in
# build-fuzz/corpus/. With --fresh (CI) the corpus starts empty each time, so a run does not
# depend on what earlier runs on this machine found. A finding fails the script; copy the
# reproducer libFuzzer names into tests/data/fuzz-regressions/<target>/ once it is fixed.
set -euo pipefail
cd "$(dirname "$0")/.."
fresh=0
if [ "${1:-}" = "--fresh" ]; then fresh=1; shift; fi
seconds=${1:-60}
if ! command -v clang++ >/dev/null; then
  echo "fuzz: clang++ not found (scripts/bootstrap.sh installs it)" >&2
  exit 1
fi
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWINNOW_BUILD_FUZZERS=ON \
  -DWINNOW_SANITIZE=ON -DWINNOW_BUILD_TESTS=OFF -DWINNOW_BUILD_TOOLS=OFF -DWINNOW_BUILD_BENCH=OFF \
  -DWINNOW_BUILD_EXAMPLES=OFF >/dev/null
cmake --build build-fuzz -j2 --target fuzz_clean fuzz_unicode fuzz_warc fuzz_text_runs

run() {
  local target=$1 seeds=$2; shift 2
  local corpus=build-fuzz/corpus/$target artifacts=build-fuzz/artifacts/$target/
  [ "$fresh" = 1 ] && corpus=build-fuzz/corpus-ci/$target && rm -rf "$corpus"
  mkdir -p "$corpus" "$artifacts"
  echo "fuzz: $target for ${seconds}s"
  # -timeout: any single input over 10 s is a finding (clean_case also checks its budget).
  if ! "build-fuzz/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
       -print_final_stats=1 -artifact_prefix="$artifacts" "$@" "$corpus" $seeds \
       > "build-fuzz/$target.log" 2>&1; then
    tail -60 "build-fuzz/$target.log" >&2
    echo "fuzz: $target found a problem; reproducer in $artifacts" >&2
    return 1
  fi
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build-fuzz/$target.log" | sed "s/^/fuzz: $target /"
}
# Whole-pipeline inputs are capped at 4 KiB: hostile structure shows at that size, and the
# big samples would otherwise slow every execution (tests/test_hostile.cpp covers size).
run fuzz_clean "fuzz/seeds/clean samples" -max_len=4096
run fuzz_unicode "fuzz/seeds/unicode"
run fuzz_warc "fuzz/seeds/warc" -max_len=16384
# Text placeholders: the same DOM with and without them, seeded with the pages of clean.
run fuzz_text_runs "fuzz/seeds/clean samples" -max_len=16384
