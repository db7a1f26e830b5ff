#!/usr/bin/env python3
"""Leave-one-corpus-out report for a tuned value: which variant the other three corpora pick,
and what it scores on the fourth.

usage: loco.py NAME=PATH [NAME=PATH ...] [--cache DIR]

Each variant is a winnow binary built with one value of the thing tuned (a threshold, a
weight), or a folder of cached predictions written by worst_pages.py --cache. For each of the
four dev corpora in turn, the variant with the best mean F1 over the other three is chosen and
its F1 on the held-out corpus is printed beside every variant's F1 there, so the figure says
what the tuning does on pages it was not tuned on. A tie (the other three cannot tell the
variants apart) goes to the first variant listed: list the untuned default first. Binaries' predictions are cached under
--cache/NAME (default /tmp/winnow-loco) and reused.
"""
import argparse, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import worst_pages as wp  # noqa: E402


def predictions(name, path, cache):
    if os.path.isdir(path):
        return {c: json.load(open(os.path.join(path, c + ".json"), encoding="utf-8")) for c in wp.CORPORA}
    out = {}
    for c in wp.CORPORA:
        f = os.path.join(cache, name, c + ".json")
        if not os.path.isfile(f):
            os.makedirs(os.path.dirname(f), exist_ok=True)
            json.dump(wp.predict(path, c), open(f, "w", encoding="utf-8"), ensure_ascii=False)
        out[c] = json.load(open(f, encoding="utf-8"))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("variants", nargs="+")
    ap.add_argument("--cache", default="/tmp/winnow-loco")
    a = ap.parse_args()
    truth = {c: wp.truth_of(c) for c in wp.CORPORA}
    f1 = {}
    for v in a.variants:
        name, path = v.split("=", 1)
        preds = predictions(name, path, a.cache)
        f1[name] = {c: wp.corpus_f1(truth[c], preds[c]) for c in wp.CORPORA}
    names = list(f1)
    print("variant".ljust(14) + "".join(c.ljust(17) for c in wp.CORPORA) + "mean")
    for n in names:
        print(n.ljust(14) + "".join(f"{f1[n][c]:.4f}".ljust(17) for c in wp.CORPORA) +
              f"{sum(f1[n].values()) / len(wp.CORPORA):.4f}")
    print("leave one corpus out (tuned on the other three, measured on the held-out one):")
    for held in wp.CORPORA:
        rest = [c for c in wp.CORPORA if c != held]
        tuned = {n: round(sum(f1[n][c] for c in rest), 6) for n in names}
        pick = max(names, key=lambda n: tuned[n])  # first listed wins a tie: list the default first
        tie = sum(t == tuned[pick] for t in tuned.values()) > 1
        print(f"  {held:<16} picks {pick:<10} F1 {f1[pick][held]:.4f}{' (tie)' if tie else '      '}  (" +
              ", ".join(f"{n} {f1[n][held]:.4f}" for n in names) + ")")


if __name__ == "__main__":
    main()
