#!/usr/bin/env python3
"""WARC mode vs folder batch on the same pages (not a test: nothing here is asserted).

Builds a WARC (gzip per record, as crawlers write them) of every dev-corpus page, each as an
HTTP 200 response with a request and a metadata record around it, and the same pages as a
folder of .html files; then times `winnow --warc` (JSON Lines to /dev/null) and `winnow -i DIR
-o OUT` (--force) alternately, best of N runs each, and prints records/s side by side.

usage: bench/warc_throughput.py [--winnow build/tools/winnow] [--runs 3] [--jobs 2]
           [--no-site-profile] [--step N]
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tests"))
from warc_util import corpus_pages, gz, http, record, response  # noqa: E402


def timed(cmd, stdout=subprocess.DEVNULL):
    t0 = time.perf_counter()
    p = subprocess.run(cmd, stdout=stdout, stderr=subprocess.PIPE)
    if p.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)}: exit {p.returncode}\n{p.stderr.decode()[-500:]}")
    return time.perf_counter() - t0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--winnow", default=os.path.join(os.path.dirname(HERE), "build", "tools", "winnow"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--no-site-profile", action="store_true")
    ap.add_argument("--step", type=int, default=1, help="every STEP-th corpus page only (a quicker run)")
    a = ap.parse_args()
    pages = corpus_pages(step=a.step)
    if not pages:
        sys.exit("no dev corpora found (set WINNOW_SHARED_DIR)")
    tmp = tempfile.mkdtemp(prefix="winnow-warc-bench-")
    try:
        warc = os.path.join(tmp, "pages.warc.gz")
        folder = os.path.join(tmp, "pages")
        os.makedirs(folder)
        n = 0
        with open(warc, "wb") as f:
            for name, body in pages:
                uri = "https://bench.example/" + name
                f.write(gz(record("request", uri, n, b"GET / HTTP/1.1\r\n\r\n", "application/http; msgtype=request")))
                f.write(gz(response(uri, n + 1, http(body, "text/html"))))
                f.write(gz(record("metadata", uri, n + 2, b"fetchTimeMs: 1\r\n", "application/warc-fields")))
                n += 3
                with open(os.path.join(folder, name + ".html"), "wb") as p:
                    p.write(body)
        extra = ["--no-site-profile"] if a.no_site_profile else []
        print(f"winnow: {a.winnow}\npages: {len(pages)} ({sum(len(b) for _, b in pages) / 1e6:.1f} MB), "
              f"WARC {os.path.getsize(warc) / 1e6:.1f} MB gzip, -j {a.jobs}, "
              f"{'one pass' if extra else 'two passes (site profile)'}\n"
              f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
        best_w = best_f = float("inf")
        for _ in range(a.runs):
            best_w = min(best_w, timed([a.winnow, "--warc", "-q", "-j", str(a.jobs), *extra, warc]))
            out = os.path.join(tmp, "out")
            best_f = min(best_f, timed([a.winnow, "-i", folder, "-o", out, "--force", "-q", "-j", str(a.jobs), *extra]))
        print(f"warc   : {len(pages) / best_w:8.1f} records/s ({best_w:.2f} s)")
        print(f"folder : {len(pages) / best_f:8.1f} pages/s   ({best_f:.2f} s)")
        print(f"warc / folder: {best_f / best_w:.2f}")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
