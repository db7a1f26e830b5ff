#!/usr/bin/env python3
"""Two-pass batch cleaning keeps pass one's pages instead of parsing them again: its outputs
must be byte-identical to cleaning every page with the learned profile (the one-pass run with
--load-profile, which is what two passes mean), whatever the thread count, the memory kept
(--keep-memory 0 spills every page to the temporary file) and the mode (tree, JSON Lines or
WARC; a WARC read from standard input is read once).

Pages: every page of every dev corpus under shared/corpus/*/html (gzip'd HTML), and the
samples and a few made-up pages of two sites, so the test asserts something without the corpora.

usage: test_batch_two_pass.py PATH/TO/winnow
"""
import glob
import gzip
import json
import os
import sys

from batch_util import Checks, TempDir, run, sample_pages, tree_files, write
from warc_util import http, join, response

WINNOW = sys.argv[1]
HERE = os.path.dirname(os.path.abspath(__file__))
c = Checks("test_batch_two_pass")


def shared_corpora():
    d = os.path.dirname(os.path.dirname(HERE))
    for up in (d, os.path.dirname(d)):
        corpus = os.path.join(up, "shared", "corpus")
        if os.path.isdir(corpus):
            return sorted(glob.glob(os.path.join(corpus, "*", "html", "*.html.gz")))
    return []


def made_up_pages():
    out = []
    for host in ("one.example", "two.example"):
        for n in range(6):
            body = "".join(f"<p>Paragraph {k} of article {n} on {host}, with its own words {n * 7 + k}.</p>" for k in range(5))
            out.append((f"{host}/{n}.html",
                        (f"<html><head><link rel=canonical href='https://{host}/{n}'></head><body><article>"
                         f"<h1>Article {n}</h1>{body}<p>Follow {host} for more stories every week.</p>"
                         f"</article></body></html>").encode()))
    return out


def read_tree(root):
    out = {}
    for rel in tree_files(root):
        if rel.endswith(b".log"):
            continue
        with open(os.path.join(os.fsencode(root), rel), "rb") as f:
            out[rel] = f.read()
    return out


def same(a, b, what):
    c.check(set(a) == set(b), f"{what}: same output files ({len(a)} vs {len(b)})")
    differ = sorted(k for k in set(a) & set(b) if a[k] != b[k])
    c.check(not differ, f"{what}: byte-identical outputs (differ: {differ[:5]})")


with TempDir() as tmp:
    src = os.path.join(tmp, "in")
    for name, data in sample_pages():
        write(os.path.join(src, "samples", name), data)
    for name, data in made_up_pages():
        write(os.path.join(src, "sites", name), data)
    corpus = shared_corpora()
    # XML over every page; JSON and JSON Lines over the samples, the made-up sites and one corpus.
    small = os.path.join(tmp, "small")
    for name, data in sample_pages():
        write(os.path.join(small, "samples", name), data)
    for name, data in made_up_pages():
        write(os.path.join(small, "sites", name), data)
    for path in corpus:
        rel = os.path.relpath(path, os.path.dirname(os.path.dirname(os.path.dirname(path))))
        data = open(path, "rb").read()
        write(os.path.join(src, "corpus", rel.replace("/html/", "/")), data)
        if rel.startswith("shb-dev/"):
            write(os.path.join(small, "corpus", rel.replace("/html/", "/")), data)
    print(f"{len(corpus)} dev-corpus pages")
    profile = os.path.join(tmp, "site.profile")
    all_pages = src

    for fmt in ("xml", "json"):
        src = all_pages if fmt == "xml" else small
        # The reference: one pass with the profile that two passes learn.
        ref_dir = os.path.join(tmp, f"ref-{fmt}")
        run(WINNOW, "-q", "-i", src, "-o", os.path.join(tmp, f"learn-{fmt}"), "--save-profile", profile,
            "-f", fmt, "--report", "-j", "2", check_rc=0)
        learned = read_tree(os.path.join(tmp, f"learn-{fmt}"))
        run(WINNOW, "-q", "-i", src, "-o", ref_dir, "--load-profile", profile, "-f", fmt, "--report", "-j", "2",
            check_rc=0)
        ref = read_tree(ref_dir)
        c.check(len(ref) >= 10, f"{fmt}: reference outputs written ({len(ref)})")
        same(learned, ref, f"tree {fmt} -j2 (kept in memory)")
        spill_dir = os.path.join(tmp, f"spill-{fmt}")
        run(WINNOW, "-q", "-i", src, "-o", spill_dir, "-f", fmt, "--report", "-j", "1", "--keep-memory", "0", check_rc=0)
        same(read_tree(spill_dir), ref, f"tree {fmt} -j1 --keep-memory 0 (all spilled)")
        c.check(not [p for p in os.listdir(spill_dir) if p.startswith(".winnow-spill")],
                f"tree {fmt}: no spill file left behind")

    # JSON Lines: the same records through both runs, standard input and a file.
    lines = []
    for root, _, files in os.walk(small):
        for n in sorted(files):
            data = open(os.path.join(root, n), "rb").read()
            if n.endswith(".gz"):
                data = gzip.decompress(data)
            lines.append(json.dumps({"id": n, "url": "https://" + os.path.basename(root) + "/" + n,
                                     "html": data.decode("utf-8", "replace")}))
    lines.insert(len(lines) // 2, "not a record")
    jsonl = ("\n".join(lines) + "\n").encode()
    two = run(WINNOW, "-q", "--jsonl", "-f", "json", "--report", "--save-profile", profile, "-j", "2", stdin=jsonl)
    # The profile learned from the records (their urls name other hosts) is the one to compare with.
    ref = run(WINNOW, "-q", "--jsonl", "-f", "json", "--report", "--load-profile", profile, "-j", "2", stdin=jsonl)
    c.check(two.returncode == ref.returncode == 1, f"jsonl: the bad line fails the run ({two.returncode}, {ref.returncode})")
    c.check(len(ref.stdout.splitlines()) == len(lines), "jsonl: one output record per input line")
    c.check(two.stdout == ref.stdout, "jsonl -j2: byte-identical to one pass with the learned profile")
    out = os.path.join(tmp, "out.jsonl")
    inp = os.path.join(tmp, "in.jsonl")
    write(inp, jsonl)
    run(WINNOW, "-q", "--jsonl", "-f", "json", "--report", "-j", "1", "--keep-memory", "0", inp, "-o", out)
    c.check(open(out, "rb").read() == ref.stdout, "jsonl -j1 --keep-memory 0: byte-identical")
    c.check(not [p for p in os.listdir(tmp) if p.startswith(".winnow-spill")], "jsonl: no spill file left behind")

    # WARC: the same pages as response records (and a damaged record), with and without two passes.
    pages = []
    for root, _, files in os.walk(small):
        for n in sorted(files):
            data = open(os.path.join(root, n), "rb").read()
            pages.append(("https://" + os.path.basename(root) + "/" + n, gzip.decompress(data) if n.endswith(".gz") else data))
    recs = [response(u, k, http(body, "text/html; charset=utf-8")) for k, (u, body) in enumerate(pages)]
    recs.insert(len(recs) // 2, b"junk that is not a record\r\n")
    warc = os.path.join(tmp, "pages.warc.gz")
    write(warc, join(recs, True))
    two = run(WINNOW, "--warc", "-f", "json", "--report", "--save-profile", profile, "-j", "2", warc)
    ref = run(WINNOW, "--warc", "-f", "json", "--report", "--load-profile", profile, "-j", "2", warc)
    c.check(two.returncode == ref.returncode == 1, f"warc: the damaged record fails the run ({two.returncode}, {ref.returncode})")
    c.check(len(ref.stdout.splitlines()) == len(pages), f"warc: one output record per page ({len(ref.stdout.splitlines())})")
    c.check(two.stdout == ref.stdout, "warc -j2: byte-identical to one pass with the learned profile")
    c.check(two.stderr.count(b"not a WARC record header") == ref.stderr.count(b"not a WARC record header") == 1,
            "warc: the damaged record is reported once")
    one = run(WINNOW, "-q", "--warc", "-f", "json", "--report", "-j", "1", "--keep-memory", "0", "-", stdin=open(warc, "rb").read())
    c.check(one.stdout == ref.stdout, "warc from standard input -j1 --keep-memory 0: byte-identical")
    out_two, out_ref = os.path.join(tmp, "warc-two"), os.path.join(tmp, "warc-ref")
    run(WINNOW, "-q", "--warc", "-o", out_two, "--keep-memory", "0", warc)
    run(WINNOW, "-q", "--warc", "-o", out_ref, "--load-profile", profile, warc)
    same(read_tree(out_two), read_tree(out_ref), "warc -o DIR --keep-memory 0")
    c.check(not [p for p in os.listdir(out_two) if p.startswith(".winnow-")], "warc: no spill file left behind")

c.finish()
