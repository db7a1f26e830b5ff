#!/usr/bin/env python3
"""Which pages two winnow binaries treat differently, on every dev corpus at once.

usage: compare_binaries.py OLD NEW [--corpora A,B] [--wide] [--top N] [--cache DIR]

Runs both binaries as quick.py does (page bytes on stdin, --format text) on each page of the dev
corpora, prints per corpus both F1 figures and every page whose output differs, with its F1 under
each binary (the biggest changes first). --wide also runs the dates-dev pages (no article truth:
only the count of changed outputs and their ids). --cache DIR keeps OLD's outputs
(DIR/DIGEST/CORPUS.json, DIGEST from OLD's bytes) so the baseline runs once per binary.
"""
import argparse, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import worst_pages as wp  # noqa: E402
from worst_pages import score  # noqa: E402


def run_all(binary, corpus):
    """Page id -> winnow's text output (worst_pages.predict: --format text on every page)."""
    return {i: p["articleBody"] for i, p in wp.predict(binary, corpus).items()}


def cached_run(binary, corpus, cache):
    path = cache and os.path.join(cache, wp.binary_key(binary), corpus + ".json")
    if path and os.path.isfile(path):
        return json.load(open(path, encoding="utf-8"))
    out = run_all(binary, corpus)
    if path:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        json.dump(out, open(path, "w", encoding="utf-8"), ensure_ascii=False)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("old")
    ap.add_argument("new")
    ap.add_argument("--corpora", default=",".join(wp.CORPORA))
    ap.add_argument("--wide", action="store_true")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--cache")
    a = ap.parse_args()
    changed_total = pages_total = 0
    for corpus in a.corpora.split(","):
        old, new = cached_run(a.old, corpus, a.cache), run_all(a.new, corpus)
        truth = wp.truth_of(corpus)
        wrap = lambda d: {i: {"articleBody": t} for i, t in d.items()}
        rows = []
        for i in sorted(truth):
            if old.get(i) != new.get(i):
                t = truth[i].get("articleBody", "")
                rows.append((wp.page_f1(t, new.get(i, "")) - wp.page_f1(t, old.get(i, "")), i,
                             wp.page_f1(t, old.get(i, "")), wp.page_f1(t, new.get(i, ""))))
        changed_total += len(rows)
        pages_total += len(truth)
        better = sum(r[0] > 0 for r in rows)
        worse = sum(r[0] < 0 for r in rows)
        print(f"== {corpus}: F1 {wp.corpus_f1(truth, wrap(old)):.5f} -> {wp.corpus_f1(truth, wrap(new)):.5f}"
              f"  changed {len(rows)} (better {better}, worse {worse})")
        for d, i, f_old, f_new in sorted(rows, key=lambda r: -abs(r[0]))[: a.top]:
            print(f"  {d:+.3f}  {i:<40} {f_old:.3f} -> {f_new:.3f}")
    if a.wide:
        old, new = cached_run(a.old, "dates-dev", a.cache), run_all(a.new, "dates-dev")
        diff = sorted(i for i in old if old[i] != new.get(i))
        changed_total += len(diff)
        pages_total += len(old)
        print(f"== dates-dev (no article truth): changed {len(diff)}" + "".join(f"\n  {i}" for i in diff[: a.top]))
    print(f"changed {changed_total} of {pages_total} pages")


if __name__ == "__main__":
    main()
