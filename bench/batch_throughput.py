#!/usr/bin/env python3
"""Batch-mode benchmark for the winnow CLI (not a test: nothing here is asserted).

1. Throughput, as whole processes on the same folder, from one run: Gumbo parse-only
   (build/bench/gumbo_parse_tree: read, inflate, parse, one page after another), then winnow
   with -j 1 and -j 2 (each --force, -q) for the default two-pass mode (site profile learned;
   pass one keeps each page for pass two) and for --no-site-profile. Measured in PAIRED,
   INTERLEAVED rounds (each round runs all five back to back, in an order rotating from round
   to round): a shared machine drifts by 16-30% from one run to the next, which best-of-N over
   consecutive runs of one configuration turned into the ratios. Prints pages/s and user+sys
   CPU time (of that child alone) per configuration, and each ratio (vs Gumbo parse-only,
   -j2/-j1) as the median of the per-round ratios with its min-max spread.
2. Where a loaded machine hides the scaling (--trace-rounds, default 3): the default two-pass
   batch at -j 1 and -j 2 again with WINNOW_TRACE_PHASES=1, and from its per-thread CPU rows
   (workers, reading and writing threads) the wall time a quiet machine with --cores cores would
   take: per pass the longer of its busiest thread's CPU time and all its threads' CPU time over
   the cores. Wall time on a shared machine is the machine's load more than the program's; CPU
   time per thread is not (waits on locks are not in it: the estimate is a floor).
3. Memory: peak RSS (the child's, as /usr/bin/time reports it: see run_peak) for a tree of P1 and P2
   pages made of symlinks to the corpus pages, repeated (the P1 pages are the first P1 a batch
   over the P2-page tree takes: its largest), with the default --keep-memory
   (pages kept in memory up to 256 MiB) and with --keep-memory 0 (all spilled to the
   temporary file).

usage: bench/batch_throughput.py [--winnow build/tools/winnow] [--gumbo build/bench/gumbo_parse_tree]
           [--corpus /work/shared/corpus/shb-dev/html] [--runs 5] [--rss 100,10000] [--jobs 2]
           [--rss-order weight|peak] [--skip-rss] [--skip-throughput] [--trace-rounds 3] [--cores N]
Run it when the machine is quiet: other processes skew the -j2 figure first.
"""
import argparse
import glob
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def run_child(cmd, with_sys=False):
    """Runs cmd to its end; returns (wall seconds, user+sys CPU seconds, peak RSS KiB, exit status),
    all of this child alone (os.wait4: not the sum over every child this script started); with_sys
    adds its system CPU seconds at the end."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if with_sys:
        return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, proc.returncode, ru.ru_stime
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss, proc.returncode


def run_peak(cmd, tmp):
    """run_child for the RSS checks: the peak RSS comes from /usr/bin/time, whose child is forked
    from a small process. A child forked from this script starts as a copy of it, and Linux keeps
    that copy's peak in the child's ru_maxrss across exec (and in getrusage inside it): every
    figure was at least this script's own RSS (/bin/true measured 15.0 MiB)."""
    if not os.path.exists("/usr/bin/time"):
        return run_child(cmd)
    out = os.path.join(tmp, "peak.txt")
    wall, cpu, _, rc = run_child(["/usr/bin/time", "-f", "%M", "-o", out, *cmd])
    with open(out) as f:
        rss = int(f.read().split()[-1])
    return wall, cpu, rss, rc


def median(xs):
    xs = sorted(xs)
    n = len(xs)
    return xs[n // 2] if n % 2 else (xs[n // 2 - 1] + xs[n // 2]) / 2


def spread(xs):
    return f"{median(xs):.2f}x (min-max {min(xs):.2f}-{max(xs):.2f})"


def throughput(a, tmp, tree, n_pages):
    """Paired, interleaved rounds: each round runs every configuration once, back to back, in an
    order that rotates from round to round, so that drift of a shared machine (other processes,
    CPU frequency, page cache) falls on every configuration alike. Each ratio is the median of
    the per-round ratios, with their spread."""
    outs = os.path.join(tmp, "outs")
    os.makedirs(outs)
    configs = []
    if os.path.exists(a.gumbo):
        configs.append(("Gumbo parse-only", 1, [a.gumbo, tree]))
    else:
        print(f"no {a.gumbo}: build the bench targets for the Gumbo control")
    for label, extra in (("two passes (site profile)", []), ("--no-site-profile", ["--no-site-profile"])):
        for jobs in (1, 2):
            configs.append((label, jobs, [a.winnow, "-i", tree, "-o", None, "-j", str(jobs), "--force", "-q", *extra]))
    walls = {k: [] for k in range(len(configs))}
    cpus = {k: [] for k in range(len(configs))}
    syss = {k: [] for k in range(len(configs))}
    for r in range(a.runs):
        order = [(r + k) % len(configs) for k in range(len(configs))]
        for k in order:
            # Every run writes a new tree (same work each time), none deleted until the end.
            cmd = [os.path.join(outs, f"r{r}-c{k}") if x is None else x for x in configs[k][2]]
            wall, cpu, _, rc, sys_cpu = run_child(cmd, with_sys=True)
            if rc != 0:
                print(f"warning: {configs[k][0]} -j {configs[k][1]} exited {rc}")
            walls[k].append(wall)
            cpus[k].append(cpu)
            syss[k].append(sys_cpu)
    shutil.rmtree(outs, ignore_errors=True)
    gumbo = 0 if configs and configs[0][0].startswith("Gumbo") else None
    print(f"{a.runs} paired rounds, order rotating; wall and user+sys CPU are medians over the rounds")
    for k, (label, jobs, _) in enumerate(configs):
        wall, cpu = median(walls[k]), median(cpus[k])
        line = (f"{label:28s} -j {jobs}: {n_pages / wall:7.1f} pages/s  (wall {wall:.3f} s, "
                f"CPU {cpu:.3f} s of which system {median(syss[k]):.3f} s = {cpu / wall:.2f} cores)")
        if gumbo is not None and k != gumbo:
            line += ", vs Gumbo parse-only " + spread([g / w for g, w in zip(walls[gumbo], walls[k])])
            line += f"; by CPU time {median([g / c for g, c in zip(cpus[gumbo], cpus[k])]):.2f}x"
        print(line)
    for label in ("two passes (site profile)", "--no-site-profile"):
        k1 = next(k for k, c in enumerate(configs) if c[0] == label and c[1] == 1)
        k2 = next(k for k, c in enumerate(configs) if c[0] == label and c[1] == 2)
        print(f"{label:28s} ratio -j2/-j1: wall {spread([w1 / w2 for w1, w2 in zip(walls[k1], walls[k2])])}, "
              f"CPU -j2/-j1 {median([c2 / c1 for c1, c2 in zip(cpus[k1], cpus[k2])]):.2f}")


TRACE_ROW = re.compile(r"winnow trace:   (pass one|pass two) (worker \d+|reader|writer): busy [\d.]+ ms \(thread CPU ([\d.]+)\)")


def quiet_estimate(a, tmp, tree, n_pages):
    """Per-thread CPU of traced runs -> (critical path, all threads' CPU, quiet-machine wall floor)."""
    outs = os.path.join(tmp, "trace-outs")
    os.makedirs(outs)
    est = {}
    for r in range(a.trace_rounds):
        for jobs in (1, 2):
            env = dict(os.environ, WINNOW_TRACE_PHASES="1")
            proc = subprocess.run([a.winnow, "-i", tree, "-o", os.path.join(outs, f"r{r}-j{jobs}"), "-j", str(jobs),
                                   "--force", "-q"], env=env, capture_output=True, text=True)
            passes = {}
            for m in TRACE_ROW.finditer(proc.stderr):
                passes.setdefault(m.group(1), []).append(float(m.group(3)) / 1e3)
            crit = sum(max(v) for v in passes.values())
            total = sum(sum(v) for v in passes.values())
            floor = sum(max(max(v), sum(v) / a.cores) for v in passes.values())
            est.setdefault(jobs, []).append((crit, total, floor))
    shutil.rmtree(outs, ignore_errors=True)
    print(f"{a.trace_rounds} traced rounds (two passes), medians; quiet-machine wall floor on {a.cores} cores:")
    for jobs, rows in est.items():
        crit, total, floor = (median([x[k] for x in rows]) for k in range(3))
        print(f"  -j {jobs}: busiest thread {crit:.3f} s of {total:.3f} s all threads' CPU; wall floor {floor:.3f} s "
              f"({n_pages / floor:.1f} pages/s)")
    if 1 in est and 2 in est:
        print(f"  ratio -j2/-j1 on a quiet machine (floors): {median([x[2] for x in est[1]]) / median([x[2] for x in est[2]]):.2f}x")


def default_corpus():
    """The nearest shared/corpus in a folder above this checkout: beside the main checkout
    (/work/main -> /work/shared/corpus) and from a worktree nested deeper (/work/wt/NAME) alike;
    the old default, fixed at the checkout's parent, found nothing from a worktree."""
    d = os.path.dirname(HERE)
    while True:
        candidate = os.path.join(d, "shared", "corpus")
        if os.path.isdir(candidate):
            return candidate
        up = os.path.dirname(d)
        if up == d:
            sys.exit("no shared/corpus above the checkout: pass --corpus")
        d = up


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
    ap.add_argument("--corpus", default=None,
                    help="a folder of pages; the default takes every dev corpus in the nearest shared/corpus "
                         "above the checkout (a worktree's too)")
    ap.add_argument("--runs", type=int, default=5, help="paired rounds (each runs every configuration once)")
    ap.add_argument("--repeat", type=int, default=8,
                    help="throughput tree = the corpus this many times (88 pages clean in under half a "
                         "second: too short to time, and the last big page decides the -j2 tail)")
    ap.add_argument("--jobs", type=int, default=2, help="threads for the RSS runs")
    ap.add_argument("--rss", nargs="?", default="100,10000", const="100,10000",
                    help="page counts of the RSS trees (bare --rss: 100,10000)")
    ap.add_argument("--rss-order", choices=("weight", "peak"), default="weight",
                    help="which pages the small RSS tree holds: the large tree's largest (weight, as the "
                         "batch orders them) or those with the highest peak RSS alone (peak: one winnow "
                         "process per corpus page first)")
    ap.add_argument("--skip-rss", action="store_true")
    ap.add_argument("--skip-throughput", action="store_true")
    ap.add_argument("--trace-rounds", type=int, default=3, help="traced -j1/-j2 rounds for the quiet-machine estimate (0: none)")
    ap.add_argument("--cores", type=int, default=os.cpu_count() or 1, help="cores of the quiet machine estimated")
    a = ap.parse_args()
    if a.corpus is None:
        a.corpus = default_corpus()
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
            throughput(a, tmp, tree, n_pages)
            if a.trace_rounds > 0:
                quiet_estimate(a, tmp, tree, n_pages)
        if not a.skip_rss:
            sizes = [int(x) for x in a.rss.split(",")]
            trees = hungriest_first(a, tmp, pages, sizes) if a.rss_order == "peak" else largest_first(pages, sizes)
            print(f"RSS trees: the first pages of the {max(sizes)}-page tree, "
                  f"{'highest single-page peak' if a.rss_order == 'peak' else 'largest'} first")
            for keep in ([], ["--keep-memory", "0"]):
                rss_run(a, tmp, pages, sizes, keep, trees)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def largest_first(pages, sizes):
    """For each count n in sizes, the pages of a tree of n pages: the first n that a batch over
    the corpus repeated max(sizes) times takes (largest first; a gzip'd page weighs 4x its size,
    as the walk weighs it). So the small tree meets the same biggest pages as the large one, and
    the peaks differ only by what grows with the number of pages (the corpus's first pages by
    name were all small: 100 of them peaked at 15 MiB, 10,000 of every corpus at 40 MiB)."""
    weight = {p: os.path.getsize(p) * (4 if p.endswith(".gz") else 1) for p in pages}
    n_max = max(sizes)
    order = sorted((pages[i % len(pages)] for i in range(n_max)), key=lambda p: -weight[p])
    return {n: order[:n] for n in sizes}


def hungriest_first(a, tmp, pages, sizes):
    """Like largest_first, but the order is each page's own peak RSS (winnow on that page alone,
    one process each): memory is not proportional to bytes (on the dev corpora the page with the
    highest peak, 20 MiB, is not among the 15 largest, whose copies fill a 100-page tree), so
    with largest_first the small tree lacks the pages that set the large tree's peak and the
    ratio measures the page mix, not growth with the number of pages."""
    peak = {}
    for p in pages:
        _, _, rss, _ = run_peak([a.winnow, "-q", p], tmp)
        peak[p] = rss
    n_max = max(sizes)
    order = sorted((pages[i % len(pages)] for i in range(n_max)), key=lambda p: -peak[p])
    top = max(pages, key=lambda p: peak[p])
    print(f"single-page peaks: highest {peak[top] / 1024:.1f} MiB ({os.path.basename(top)}), "
          f"median {median(list(peak.values())) / 1024:.1f} MiB")
    return {n: order[:n] for n in sizes}


def rss_run(a, tmp, pages, sizes, keep, trees):
    results = {}
    for n in sizes:
        src = os.path.join(tmp, f"tree{n}")
        symlink_tree(src, trees[n], n)
        out = os.path.join(tmp, f"out{n}")
        dt, cpu, rss, rc = run_peak([a.winnow, "-i", src, "-o", out, "-j", str(a.jobs), "-q", *keep], tmp)
        results[n] = rss
        print(f"peak RSS, {n:6d} pages (-j {a.jobs}, two passes {' '.join(keep) or 'default --keep-memory'}): {rss / 1024:7.1f} MiB  "
              f"(exit {rc}, {dt:.1f} s, CPU {cpu:.1f} s, {n / dt:.1f} pages/s)")
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(src, ignore_errors=True)
    if len(sizes) >= 2:
        lo, hi = results[sizes[0]], results[sizes[-1]]
        print(f"peak RSS ratio {sizes[-1]} / {sizes[0]} pages: {hi / lo:.2f} ({(hi / lo - 1) * 100:+.0f}%)")


if __name__ == "__main__":
    main()
