#!/usr/bin/env python3
"""Runs winnow over a corpus folder and writes a predictions JSON for the article-body scorer.

usage: corpus_predict.py WINNOW INPUT OUT.json [--args "--format text"] [-j N]

INPUT is a folder of ID.html or ID.html.gz files, or a JSON file {"ID": {"articleBody": "..."}}
whose texts are fed as they are (e.g. noise-dev/noised-text.json with --args "--input text
--format text"). OUT.json is {"ID": {"articleBody": "..."}}, the
format of the public article-extraction benchmark's scorer. Pages winnow fails on are listed
on stderr and scored as empty.
"""
import argparse
import gzip
import json
import os
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor


def page_ids(html_dir):
    for name in sorted(os.listdir(html_dir)):
        for ext in (".html.gz", ".html", ".htm"):
            if name.endswith(ext):
                yield name[: -len(ext)], os.path.join(html_dir, name)
                break


def json_items(path):
    with open(path, encoding="utf-8") as f:
        for page_id, rec in sorted(json.load(f).items()):
            yield page_id, rec["articleBody"].encode("utf-8")


def run_one(binary, args, item):
    page_id, source = item
    if isinstance(source, bytes):
        data = source
    else:
        data = gzip.open(source).read() if source.endswith(".gz") else open(source, "rb").read()
    try:
        r = subprocess.run([binary, *args], input=data, capture_output=True, timeout=120)
    except subprocess.TimeoutExpired:
        return page_id, "", "timeout"
    err = r.stderr.decode("utf-8", "replace").strip() if r.returncode else ""
    return page_id, r.stdout.decode("utf-8", "replace"), err


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("winnow")
    ap.add_argument("html_dir")
    ap.add_argument("out")
    ap.add_argument("--args", default="--format text")
    ap.add_argument("-j", type=int, default=os.cpu_count() or 2)
    a = ap.parse_args()
    items = list(json_items(a.html_dir) if a.html_dir.endswith(".json") else page_ids(a.html_dir))
    if not items:
        sys.exit(f"corpus_predict: no pages in {a.html_dir}")
    with ThreadPoolExecutor(a.j) as ex:
        results = list(ex.map(lambda it: run_one(a.winnow, a.args.split(), it), items))
    failed = [(i, e) for i, _, e in results if e]
    for i, e in failed:
        print(f"corpus_predict: {i}: {e}", file=sys.stderr)
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump({i: {"articleBody": t} for i, t, _ in results}, f, ensure_ascii=False)
    print(f"corpus_predict: {len(results)} pages, {len(failed)} failed -> {a.out}", file=sys.stderr)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
