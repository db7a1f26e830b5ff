#!/usr/bin/env python3
"""Pages where winnow does worst against the best peer, on every dev corpus at once.

usage: worst_pages.py WINNOW [--corpora A,B] [--top N] [--cache DIR] [--env NAME=VALUE ...]

Runs WINNOW --format text on each page of ../shared/corpus/{shb,dragnet,cleaneval,cleanportal}-dev,
scores every page with the shared scorer's metric (4-token shingles), and prints per corpus:
the corpus F1, the pages with the largest gap to the best peer on that page (winnow F1, best
peer F1, truth words, output words), and every page whose truth has 50+ words but whose output
is empty (the issue's acceptance: never nothing when the page has prose).
--cache DIR keeps the predictions (DIR/CORPUS.json) so loco.py and later runs can reuse them.
"""
import argparse, gzip, hashlib, json, os, subprocess, sys
from concurrent.futures import ThreadPoolExecutor

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "..", "shared"))
if not os.path.isdir(SHARED):
    SHARED = "/work/shared"
CORPORA = ["cleaneval-dev", "cleanportal-dev", "dragnet-dev", "shb-dev"]
sys.path.insert(0, os.path.join(SHARED, "eval"))
import score  # noqa: E402


def predict(binary, corpus, env=None):
    html = os.path.join(SHARED, "corpus", corpus, "html")
    names = sorted(n for n in os.listdir(html) if n.endswith(".html.gz"))
    full_env = dict(os.environ, **(env or {}))

    def one(n):
        data = gzip.open(os.path.join(html, n)).read()
        r = subprocess.run([binary, "--format", "text"], input=data, capture_output=True, timeout=60, env=full_env)
        return n[: -len(".html.gz")], r.stdout.decode("utf-8", "replace")

    with ThreadPoolExecutor(2) as ex:
        return {i: {"articleBody": t} for i, t in ex.map(one, names)}


def binary_key(*paths):
    """A short digest of the files' contents: cached outputs are filed under it, so a cache dir
    reused with another binary (same name, rebuilt) runs afresh instead of answering stale."""
    h = hashlib.sha256()
    for path in paths:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()[:16]


def page_f1(truth_text, pred_text):
    tp, fp, fn = score.tp_fp_fn(truth_text, pred_text)
    p, r = score.precision(tp, fp, fn), score.recall(tp, fp, fn)
    return 2 * p * r / (p + r) if p + r else 0.0


def truth_of(corpus):
    return score.load(os.path.join(SHARED, "corpus", corpus, "truth.json"))


def peers_of(corpus):
    d = os.path.join(SHARED, "corpus", corpus, "peers")
    return {n[:-5]: score.load(os.path.join(d, n)) for n in sorted(os.listdir(d)) if n.endswith(".json")}


def corpus_f1(truth, pred):
    return score.score(truth, pred, sorted(truth))["f1"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--corpora", default=",".join(CORPORA))
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--cache")
    ap.add_argument("--env", action="append", default=[])
    a = ap.parse_args()
    env = dict(e.split("=", 1) for e in a.env)
    for corpus in a.corpora.split(","):
        truth, peers = truth_of(corpus), peers_of(corpus)
        cached = a.cache and os.path.join(a.cache, corpus + ".json")
        if cached and os.path.isfile(cached):
            pred = score.load(cached)
        else:
            pred = predict(a.binary, corpus, env)
            if cached:
                os.makedirs(a.cache, exist_ok=True)
                json.dump(pred, open(cached, "w", encoding="utf-8"), ensure_ascii=False)
        rows = []
        for i in sorted(truth):
            t = truth[i].get("articleBody", "")
            w = pred.get(i, {}).get("articleBody", "")
            mine = page_f1(t, w)
            best = max(((page_f1(t, p.get(i, {}).get("articleBody", "")), n) for n, p in peers.items()), default=(0, "-"))
            rows.append((best[0] - mine, i, mine, best, len(score.tokens(t)), len(score.tokens(w))))
        print(f"== {corpus}: F1 {corpus_f1(truth, pred):.3f}  pages {len(truth)}")
        for gap, i, mine, best, tw, ow in sorted(rows, reverse=True)[: a.top]:
            print(f"  {gap:+.3f}  {i:<40} winnow {mine:.3f}  {best[1]} {best[0]:.3f}  truth {tw} words, output {ow}")
        empty = [r for r in rows if r[4] >= 50 and r[5] == 0]
        print(f"  empty output with 50+ truth words: {len(empty)}" + "".join(f"\n    {r[1]}" for r in empty))


if __name__ == "__main__":
    main()
