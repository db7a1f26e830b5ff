#!/usr/bin/env python3
"""SIGINT/SIGTERM in the middle of a batch: no partial output, and a re-run finishes the rest.

usage: test_batch_interrupt.py PATH/TO/winnow
The signal is sent once the first outputs exist; if a run ever finishes before the signal
lands, the tree is made four times larger and the run repeated (no timing assumptions).
"""
import json
import os
import signal
import subprocess
import sys
import time

from batch_util import Checks, TempDir, parse_xml, run, sample_pages, temp_files, tree_files, write

WINNOW = sys.argv[1]
PAGES = sample_pages()
c = Checks("test_batch_interrupt")


def interrupted_tree_run(tmp, sig):
    src = os.path.join(tmp, "in")
    out = os.path.join(tmp, "out")
    count = 0
    for attempt in range(4):
        target = 400 * 4 ** attempt
        while count < target:
            name, data = PAGES[count % len(PAGES)]
            write(os.path.join(src, f"d{count % 7}", f"{count:06d}-{name}"), data)
            count += 1
        if os.path.isdir(out):
            for rel in tree_files(out):
                os.unlink(os.path.join(os.fsencode(out), rel))
        proc = subprocess.Popen([WINNOW, "-i", src, "-o", out, "-j", "2", "--no-site-profile"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        while proc.poll() is None:
            done = [p for p in tree_files(out) if p.endswith(b".xml")] if os.path.isdir(out) else []
            if len(done) >= 3:
                proc.send_signal(sig)
                break
            time.sleep(0.002)
        stdout, stderr = proc.communicate(timeout=120)
        if proc.returncode == 0:
            continue  # finished before the signal landed: try a bigger tree
        return src, out, count, proc.returncode, stderr
    raise AssertionError("could not interrupt a batch mid-way")


def test_tree(sig):
    with TempDir() as tmp:
        src, out, total, rc, stderr = interrupted_tree_run(tmp, sig)
        c.check(rc == 128 + sig, f"signal {sig}: exit {128 + sig} (got {rc})")
        c.check(b"interrupted" in stderr, "interruption reported on stderr")
        done = sorted(p for p in tree_files(out) if p.endswith(b".xml"))
        c.check(0 < len(done) < total, f"stopped mid-batch ({len(done)} of {total})")
        c.check(not temp_files(out), "no temporary files left")
        bad = []
        for rel in done:
            try:
                parse_xml(os.path.join(os.fsencode(out), rel))
            except Exception:  # noqa: BLE001
                bad.append(rel)
        c.check(not bad, f"every output present is complete XML ({bad[:3]})")
        mtimes = {rel: os.stat(os.path.join(os.fsencode(out), rel)).st_mtime_ns for rel in done}

        p = run(WINNOW, "-i", src, "-o", out, "-j", "2", "--no-site-profile")
        c.check(p.returncode == 0, f"re-run: exit 0 ({p.stderr[-300:]!r})")
        outs = [x for x in tree_files(out) if x.endswith(b".xml")]
        c.check(len(outs) == total, f"re-run completes the rest ({len(outs)} of {total})")
        c.check(f"{len(done)} up to date".encode() in p.stderr, "re-run skips the outputs already done")
        c.check(all(os.stat(os.path.join(os.fsencode(out), rel)).st_mtime_ns == m for rel, m in mtimes.items()),
                "outputs from the first run untouched")
        # The finished tree equals an uninterrupted run.
        full = os.path.join(tmp, "full")
        run(WINNOW, "-i", src, "-o", full, "-j", "2", "--no-site-profile", "-q", check_rc=0)
        same = all(open(os.path.join(os.fsencode(out), r), "rb").read() == open(os.path.join(os.fsencode(full), r), "rb").read()
                   for r in outs)
        c.check(same, "interrupted + re-run gives the same outputs as one run")


def test_jsonl_stream():
    """SIGTERM while waiting on a pipe that stays open: stops, output is a prefix."""
    name, data = PAGES[0]
    rec = json.dumps({"url": "https://a.example/x", "html": data.decode("utf-8", "replace")}).encode() + b"\n"
    proc = subprocess.Popen([WINNOW, "--jsonl", "-j", "2", "--no-site-profile", "-f", "text"],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdin.write(rec * 3)
    proc.stdin.flush()
    # Records are flushed as soon as they are done: wait for the three output lines.
    got = b""
    while got.count(b"\n") < 3:
        chunk = proc.stdout.read1(65536)
        if not chunk:
            break
        got += chunk
    c.check(got.count(b"\n") == 3, "jsonl: records come out while the input is still open")
    proc.send_signal(signal.SIGTERM)
    rest, stderr = proc.communicate(timeout=60)
    proc.stdin.close()
    c.check(proc.returncode == 128 + signal.SIGTERM, f"jsonl: SIGTERM while reading stdin stops (exit {proc.returncode})")
    c.check(rest == b"", "jsonl: nothing after the records done")
    c.check(all("text" in json.loads(l) for l in got.splitlines()), "jsonl: records complete")


def test_second_interrupt():
    """A second Ctrl-C exits at once, and still leaves no temporary file behind."""
    name, data = PAGES[0]
    rec = json.dumps({"url": "https://a.example/x", "html": data.decode("utf-8", "replace")}).encode() + b"\n"
    with TempDir() as tmp:
        out = os.path.join(tmp, "out.jsonl")
        proc = subprocess.Popen([WINNOW, "--jsonl", "-o", out, "-j", "2", "--no-site-profile", "-f", "text", "-q"],
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        proc.stdin.write(rec * 3)
        proc.stdin.flush()
        deadline = time.time() + 30
        while not [n for n in os.listdir(tmp) if "winnow-tmp" in n] and time.time() < deadline:
            time.sleep(0.002)
        c.check(bool([n for n in os.listdir(tmp) if "winnow-tmp" in n]), "jsonl -o: writes to a temporary file")
        os.kill(proc.pid, signal.SIGINT)
        os.kill(proc.pid, signal.SIGINT)
        proc.communicate(timeout=60)
        proc.stdin.close()
        c.check(proc.returncode == 128 + signal.SIGINT, f"two Ctrl-C: exit 130 (got {proc.returncode})")
        left = [n for n in os.listdir(tmp) if "winnow-tmp" in n]
        c.check(not left, f"two Ctrl-C: no temporary file left ({left})")
        c.check(not os.path.exists(out), "two Ctrl-C: the output file was not written")


test_tree(signal.SIGINT)
test_tree(signal.SIGTERM)
test_jsonl_stream()
for _ in range(5):
    test_second_interrupt()
c.finish()
