#!/usr/bin/env python3
"""Pages/s of the winnow.dask job (learn profiles, clean, write JSON Lines) with 1 and with 2
local worker processes (one thread each) on the dev corpora, and the speed-up.

    PYTHONPATH=build/python /usr/bin/python3 bench/dask_throughput.py [--corpora DIR] [--shards N] [--rounds N]

The corpora are read from ../shared/corpus (shb-dev, dragnet-dev, cleaneval-dev, cleanportal-dev),
split into N folder shards (symlinks, round robin). Each round times the whole job on a fresh
output folder; the best round of each worker count is reported (the machine is shared).
"""
import argparse
import glob
import os
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default = next((p for p in (os.path.join(HERE, "..", "..", "shared", "corpus"),
                                os.path.join(HERE, "..", "..", "..", "shared", "corpus")) if os.path.isdir(p)), None)
    ap.add_argument("--corpora", default=default)
    ap.add_argument("--names", default="shb-dev,dragnet-dev,cleaneval-dev,cleanportal-dev")
    ap.add_argument("--shards", type=int, default=16)
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--workers", default="1,2")
    a = ap.parse_args()
    if not a.corpora:
        sys.exit("bench: no corpus folder (--corpora)")
    import winnow.dask
    from distributed import Client, LocalCluster

    files = []
    for name in a.names.split(","):
        files += sorted(glob.glob(os.path.join(a.corpora, name, "html", "*.html*")))
    if not files:
        sys.exit("bench: no pages found")
    mb = sum(os.path.getsize(f) for f in files) / 1e6
    with tempfile.TemporaryDirectory(prefix="winnow-dask-bench-") as tmp:
        shards = [os.path.join(tmp, "in", f"s{i:03d}") for i in range(a.shards)]
        for d in shards:
            os.makedirs(d)
        for i, f in enumerate(files):
            os.symlink(os.path.abspath(f), os.path.join(shards[i % a.shards], f"{i:05d}-{os.path.basename(f)}"))
        print(f"{len(files)} pages ({mb:.1f} MB gzip) in {a.shards} shards; {os.cpu_count()} cores; "
              f"each figure the best of {a.rounds} rounds")
        rate = {}
        for n in [int(x) for x in a.workers.split(",")]:
            with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, host="127.0.0.1",
                              dashboard_address=None) as cluster, Client(cluster) as client:
                best = None
                for r in range(a.rounds):
                    t0 = time.perf_counter()
                    counts = winnow.dask.run(shards, os.path.join(tmp, f"out-{n}-{r}"), client=client)
                    dt = time.perf_counter() - t0
                    assert counts["pages"] == len(files), counts
                    best = dt if best is None else min(best, dt)
            rate[n] = len(files) / best
            print(f"{n} worker{'s' if n > 1 else ' '}: {rate[n]:7.1f} pages/s  ({best:.2f} s, two passes)")
        if 1 in rate and 2 in rate:
            print(f"speed-up 2 workers / 1: {rate[2] / rate[1]:.2f}x")
            ctl = control(files[:60])
            print(f"control: the machine gives {ctl:.2f}x to 2 processes cleaning pages (no Dask) right now; "
                  f"Dask keeps {rate[2] / rate[1] / ctl:.0%} of it")


def control(files):
    """Speed-up of 2 plain processes over 1 on the same work: how much parallelism the shared
    machine gives at the moment, to read the Dask figure against."""
    import subprocess
    code = ("import gzip,sys,winnow\n"
            "c=winnow.Cleaner()\n"
            "pages=[gzip.open(f).read() if f.endswith('.gz') else open(f,'rb').read() for f in sys.argv[1:]]\n"
            "[c.clean(p) for p in pages]\n")
    def timed(n):
        t0 = time.perf_counter()
        procs = [subprocess.Popen([sys.executable, "-c", code, *files]) for _ in range(n)]
        for p in procs:
            p.wait()
        return time.perf_counter() - t0
    one = min(timed(1) for _ in range(2))
    two = min(timed(2) for _ in range(2))
    return 2 * one / two


if __name__ == "__main__":
    main()
