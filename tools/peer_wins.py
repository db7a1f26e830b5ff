#!/usr/bin/env python3
"""Pages where a peer extractor clearly beats winnow: per corpus, every page whose best peer's F1
exceeds winnow's by MARGIN or more, with precision and recall of both (so "region too small" and
"region too wide" can be told apart at a glance).

usage: peer_wins.py PRED_DIR [--corpora A,B] [--margin 0.1] [--skip FILE] [--ids-only]

PRED_DIR holds CORPUS.json predictions ({id: {"articleBody": ...}}), e.g. the blind/ or normal/
directory of a class_blind.py --cache. Peers are ../shared/corpus/CORPUS/peers/*.json; the
"trafilatura" run with comments is left out on dragnet-dev, whose truth has no comments.
--skip FILE: lines "corpus id" (or "id") of pages whose truth is not worth chasing
(tools/peer_wins_skip.txt: the do-not-chase truths of issue 18, then pages whose only gap is where
the corpora's truths disagree with each other; '#' starts a comment).
"""
import argparse, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from worst_pages import SHARED, truth_of, peers_of  # noqa: E402
import score  # noqa: E402

CORPORA = ["cleaneval-dev", "cleanportal-dev", "dragnet-dev", "shb-dev"]


def prf(truth_text, pred_text):
    tp, fp, fn = score.tp_fp_fn(truth_text, pred_text)
    p, r = score.precision(tp, fp, fn), score.recall(tp, fp, fn)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pred_dir")
    ap.add_argument("--corpora", default=",".join(CORPORA))
    ap.add_argument("--margin", type=float, default=0.1)
    ap.add_argument("--skip")
    a = ap.parse_args()
    skip = set()
    if a.skip:
        for line in open(a.skip, encoding="utf-8"):
            parts = line.split("#", 1)[0].split()
            if parts:
                skip.add(tuple(parts) if len(parts) == 2 else ("*", parts[0]))
    total = 0
    for corpus in a.corpora.split(","):
        truth = truth_of(corpus)
        pred = score.load(os.path.join(a.pred_dir, corpus + ".json"))
        peers = peers_of(corpus)
        if corpus == "dragnet-dev":
            peers.pop("trafilatura", None)
        rows = []
        for i in sorted(truth):
            if (corpus, i) in skip or ("*", i) in skip:
                continue
            t = truth[i].get("articleBody", "")
            mine = prf(t, pred.get(i, {}).get("articleBody", ""))
            best = max((prf(t, p.get(i, {}).get("articleBody", "")) + (n,) for n, p in peers.items()),
                       key=lambda x: x[2])
            if best[2] - mine[2] >= a.margin:
                rows.append((best[2] - mine[2], i, mine, best))
        rows.sort(reverse=True)
        total += len(rows)
        print(f"== {corpus}: {len(rows)} pages where a peer leads by {a.margin}+")
        for gap, i, m, b in rows:
            print(f"  {i:<28} gap {gap:.3f}  winnow P {m[0]:.2f} R {m[1]:.2f} F {m[2]:.3f}"
                  f"  | {b[3]} P {b[0]:.2f} R {b[1]:.2f} F {b[2]:.3f}")
    print(f"total {total}")


if __name__ == "__main__":
    main()
