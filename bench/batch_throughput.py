#!/usr/bin/env python3
"""Batch-mode benchmark for the winnow CLI (not a test: nothing here is asserted).

1. Throughput, as whole processes on the same folder, from one run: Gumbo parse-only
   (build/bench/gumbo_parse_tree: read, inflate, parse, one page after another), then winnow
   with -j 1 and -j 2 (each --force, -q, best of N runs) for the default two-pass mode (site
   profile learned; pass one keeps each page for pass two) and for --no-site-profile; prints
   pages/s, each run's speed relative to Gumbo parse-only, and the -j2/-j1 ratio.
2. Memory: peak RSS (/usr/bin/time -v, else getrusage of the child) for a tree of P1 and P2
   pages made of symlinks to the corpus pages, repeated, with the default --keep-memory
   (pages kept in memory up to 256 MiB) and with --keep-memory 0 (all spilled to the
   temporary file).

usage: bench/batch_throughput.py [--winnow build/tools/winnow] [--gumbo build/bench/gumbo_parse_tree]
           [--corpus /work/shared/corpus/shb-dev/html] [--runs 3] [--rss 100,10000] [--jobs 2]
           [--skip-rss] [--skip-throughput]
Run it when the machine is quiet: other processes skew the -j2 figure first.
"""
import argparse
import glob
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def clean_tree(winnow, src, out, jobs, extra):
    t0 = time.perf_counter()
    subprocess.run([winnow, "-i", src, "-o", out, "-j", str(jobs), "--force", "-q", *extra],
                   check=False, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def timed(cmd):
    t0 = time.perf_counter()
    subprocess.run(cmd, check=False, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def peak_rss_kb(cmd):
    """Peak RSS of cmd in KiB."""
    if os.path.exists("/usr/bin/time"):
        p = subprocess.run(["/usr/bin/time", "-v", *cmd], capture_output=True, text=True)
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", p.stderr)
        if m:
            return int(m.group(1)), p.returncode
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    p = subprocess.run(cmd, capture_output=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(after, before), p.returncode  # ru_maxrss of children is a maximum over all of them


def symlink_tree(root, pages, n):
    os.makedirs(root, exist_ok=True)
    for i in range(n):
        sub = os.path.join(root, f"d{i // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        src = pages[i % len(pages)]
        os.symlink(src, os.path.join(sub, f"{i:06d}-{os.path.basename(src)}"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--winnow", default=os.path.join(os.path.dirname(HERE), "build", "tools", "winnow"))
    ap.add_argument("--gumbo", default=os.path.join(os.path.dirname(HERE), "build", "bench", "gumbo_parse_tree"))
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(os.path.dirname(HERE)), "shared", "corpus"),
                    help="a folder of pages; the default takes every dev corpus next to the project")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--repeat", type=int, default=8,
                    help="throughput tree = the corpus this many times (88 pages clean in under half a "
                         "second: too short to time, and the last big page decides the -j2 tail)")
    ap.add_argument("--jobs", type=int, default=2, help="threads for the RSS runs")
    ap.add_argument("--rss", nargs="?", default="100,10000", const="100,10000",
                    help="page counts of the RSS trees (bare --rss: 100,10000)")
    ap.add_argument("--skip-rss", action="store_true")
    ap.add_argument("--skip-throughput", action="store_true")
    a = ap.parse_args()
    pages = sorted(p for p in glob.glob(os.path.join(a.corpus, "**", "*.htm*"), recursive=True) if os.path.isfile(p))
    if not pages:
        sys.exit(f"no pages under {a.corpus}")
    tmp = tempfile.mkdtemp(prefix="winnow-bench-")
    try:
        print(f"winnow: {a.winnow}\ncorpus: {a.corpus} ({len(pages)} pages)\ncores: {os.cpu_count()}, "
              f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        if not a.skip_throughput:
            tree = os.path.join(tmp, "throughput")
            n_pages = len(pages) * a.repeat
            symlink_tree(tree, pages, n_pages)
            print(f"throughput tree: the corpus {a.repeat}x ({n_pages} pages)")
            gumbo = None
            if os.path.exists(a.gumbo):
                best = min(timed([a.gumbo, tree]) for _ in range(a.runs))
                gumbo = n_pages / best
                print(f"{'Gumbo parse-only':28s} -j 1: {gumbo:7.1f} pages/s  (best of {a.runs}: {best:.3f} s)")
            else:
                print(f"no {a.gumbo}: build the bench targets for the Gumbo control")
            for label, extra in (("two passes (site profile)", []), ("--no-site-profile", ["--no-site-profile"])):
                rates = {}
                for jobs in (1, 2):
                    best = min(clean_tree(a.winnow, tree, os.path.join(tmp, "out"), jobs, extra)
                               for _ in range(a.runs))
                    rates[jobs] = n_pages / best
                    vs = f", {rates[jobs] / gumbo:.2f}x Gumbo parse-only" if gumbo else ""
                    print(f"{label:28s} -j {jobs}: {rates[jobs]:7.1f} pages/s  (best of {a.runs}: {best:.3f} s{vs})")
                print(f"{label:28s} ratio -j2/-j1: {rates[2] / rates[1]:.2f}x")
                shutil.rmtree(os.path.join(tmp, "out"), ignore_errors=True)
        if not a.skip_rss:
            sizes = [int(x) for x in a.rss.split(",")]
            for keep in ([], ["--keep-memory", "0"]):
                rss_run(a, tmp, pages, sizes, keep)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def rss_run(a, tmp, pages, sizes, keep):
    results = {}
    for n in sizes:
        src = os.path.join(tmp, f"tree{n}")
        symlink_tree(src, pages, n)
        out = os.path.join(tmp, f"out{n}")
        t0 = time.perf_counter()
        rss, rc = peak_rss_kb([a.winnow, "-i", src, "-o", out, "-j", str(a.jobs), "-q", *keep])
        dt = time.perf_counter() - t0
        results[n] = rss
        print(f"peak RSS, {n:6d} pages (-j {a.jobs}, two passes {' '.join(keep) or 'default --keep-memory'}): {rss / 1024:7.1f} MiB  "
              f"(exit {rc}, {dt:.1f} s, {n / dt:.1f} pages/s)")
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(src, ignore_errors=True)
    if len(sizes) >= 2:
        lo, hi = results[sizes[0]], results[sizes[-1]]
        print(f"peak RSS ratio {sizes[-1]} / {sizes[0]} pages: {hi / lo:.2f} ({(hi / lo - 1) * 100:+.0f}%)")


if __name__ == "__main__":
    main()
