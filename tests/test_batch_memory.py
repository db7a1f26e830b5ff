#!/usr/bin/env python3
"""A batch's memory must not grow with the number of pages beyond what it keeps by choice: with
--keep-memory 0 every page pass one keeps goes to the spill file, and the list of pages to the
page-list file, so a tree of many pages (long names, two passes, two threads) peaks close to a
tree of few. Before the page list left memory, each page cost about 250 bytes here (its name and
its store entry); with the walk's name table left resident and one site profile per worker, 68;
now about 50 (8 for the page list, 32 for the store entry; the weights by which the walk orders
the pages largest first are freed before pass one). The bar, 75, fails if a page's name (over 80
bytes here) comes back into memory, or a second index as big as the first (40 bytes a page).

The allocator's peak spreads by about 200 KiB from one run to the next. Over 12,000 pages that
was 17 bytes a page, and one CI run measured 75 (locally 36-62); over 30,000 pages, each size
run three times and the middle peak kept, it is 48-55.

Also: every page is written, and neither temporary file is left in the output folder.

usage: test_batch_memory.py PATH/TO/winnow
"""
import os
import re
import subprocess
import sys

from batch_util import Checks, TempDir, write

WINNOW = sys.argv[1]
c = Checks("test_batch_memory")

# Small pages in several languages and markups: the cost measured is the per-page index, not
# the pages themselves.
PAGES = [
    "<html><head><title>Notes</title></head><body><article><h1>Field notes</h1>"
    "<p>The river rose overnight, and the ferry waited until noon before crossing.</p></article></body></html>",
    "<html lang=de><body><main><h2>Bericht</h2><p>Der Zug kam mit zwanzig Minuten Verspätung an, "
    "weil ein Baum auf den Gleisen lag.</p></main></body></html>",
    "<!DOCTYPE html><html lang=ja><body><div id=content><p>朝から雨が降り続き、午後には川の水位が上がった。</p>"
    "<p>住民は高台へ避難した。</p></div></body></html>",
    "<html lang=ru><body><section><p>Вечером в библиотеке прошла встреча с автором новой книги.</p>"
    "<ul><li>первая глава</li><li>вторая глава</li></ul></section></body></html>",
    "Plain text page\n\nA short paragraph of plain text, with a second sentence to make it one.\n",
]
NAME_PAD = "a-rather-long-file-name-as-crawlers-write-them-with-ids-and-dates-2024-05-17"


def make_tree(root, n):
    os.makedirs(os.path.join(root, "src"))
    for k, page in enumerate(PAGES):
        write(os.path.join(root, "src", f"p{k}" + (".txt" if page.startswith("Plain") else ".html")), page.encode())
    for i in range(n):
        sub = os.path.join(root, "in", f"d{i // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        k = i % len(PAGES)
        ext = ".txt" if PAGES[k].startswith("Plain") else ".html"
        os.symlink(os.path.join(root, "src", f"p{k}{ext}"), os.path.join(sub, f"{i:07d}-{NAME_PAD}{ext}"))


def peak_rss_kib(args):
    """Peak RSS of one winnow run: the kernel's high-water mark (VmHWM) as the run's own phase
    trace prints it at its last step, after every page is written. Polling /proc from here could
    miss the peak of a short run (it ends between two looks), and ru_maxrss of a child counts the
    Python process it was forked from."""
    env = dict(os.environ, WINNOW_TRACE_PHASES="1")
    proc = subprocess.run([WINNOW, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    peaks = re.findall(r"winnow trace: end .*\(peak ([0-9.]+)\)", proc.stderr.decode(errors="replace"))
    c.check(len(peaks) == 1, f"one end-of-run trace line, found {len(peaks)}")
    return (float(peaks[0]) * 1024 if peaks else 0), proc.returncode


# Each size runs three times into fresh output folders and keeps its middle peak: the allocator's
# peak spreads by about 200 KiB from one run to the next (thread arenas, timing), either way.
RUNS = 3
LARGE = 30000
results = {}
for n in (200, LARGE):
    with TempDir() as tmp:
        make_tree(tmp, n)
        peaks = []
        for run in range(RUNS):
            out = os.path.join(tmp, f"out{run}")
            rss, rc = peak_rss_kib(["-i", os.path.join(tmp, "in"), "-o", out, "-j", "2", "-q", "--keep-memory", "0"])
            c.check(rc == 0, f"{n} pages: exit {rc}")
            written = sum(len([f for f in files if f.endswith((".xml"))]) for _, _, files in os.walk(out))
            c.check(written == n, f"{n} pages: {written} outputs")
            left = [f for f in os.listdir(out) if f.startswith(".winnow")]
            c.check(not left, f"{n} pages: temporary files left in the output folder: {left}")
            peaks.append(rss)
        results[n] = sorted(peaks)[len(peaks) // 2]
        print(f"{n:6d} pages: peak RSS {results[n] / 1024:.2f} MiB (runs: {', '.join(f'{p / 1024:.2f}' for p in peaks)})")

per_page = (results[LARGE] - results[200]) * 1024 / (LARGE - 200)
print(f"growth: {per_page:.0f} bytes a page")
c.check(per_page < 75, f"peak RSS grows {per_page:.0f} bytes a page (wanted < 75)")
c.finish()
