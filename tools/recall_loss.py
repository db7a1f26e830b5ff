#!/usr/bin/env python3
"""Which stage loses article text: lost truth words tallied by stage and reason, per dev corpus.

usage: recall_loss.py WINNOW [--corpora A,B] [--cache DIR] [--top N] [--pages CAUSE]

For every page of the four dev corpora, the truth's 4-token shingles (the scorer's unit) that
winnow's text output lacks are looked up in what winnow says happened to the page's text:
  - the extract stage's trace (WINNOW_TRACE_LOSS=1, see lib/src/extract_loss_trace.cpp): each
    run of the page's text as pruned (prune:TAG), dropped as chrome inside the region
    (drop:TAG), a comment thread (thread:TAG), outside the chosen region (outside), or kept;
  - for text the region kept, --report's removals name the noise filter (filter:REASON);
    kept text removed by nobody is lost later (region: blocks or the text emitter; captions
    apart);
  - a shingle the output has, but fewer times than the truth, is the truth's repetition;
  - a shingle of the page's title (metadata; the text output leaves it out) is "title";
  - a shingle found nowhere in the page's body text is "no stage" (the truth has text the
    body does not: the <title>, text across an element boundary the trace splits, markup).
Columns: lost shingles, and the recall points they cost (the scorer averages recall per page, so
a page's 1 - recall is shared among its causes by their shingles). --pages CAUSE lists the pages
losing most to one cause. Predictions are cached like worst_pages.py's (--cache DIR).
"""
import argparse, gzip, json, os, subprocess, sys
from collections import Counter, defaultdict
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import worst_pages as wp  # noqa: E402
score = wp.score

N = 4


def trace(binary, corpus, name):
    """(shingle -> cause of the page's text, shingle -> filter reason) for one page."""
    data = gzip.open(os.path.join(wp.SHARED, "corpus", corpus, "html", name + ".html.gz")).read()
    env = dict(os.environ, WINNOW_TRACE_LOSS="1")
    r = subprocess.run([binary, "--format", "json", "--report"], input=data, capture_output=True, timeout=60, env=env)
    toks, causes = [], []
    for line in r.stderr.decode("utf-8", "replace").splitlines():
        parts = line.split("\t", 2)
        if len(parts) != 3 or parts[0] != "loss":
            continue
        t = score.tokens(parts[2])
        toks += t
        causes += [parts[1]] * len(t)
    where = {}
    for i in range(max(0, len(toks) - N + 1)):
        # A shingle across a boundary goes to the cause that removed part of it, if any.
        cs = [c for c in causes[i:i + N] if not c.startswith("region")] or causes[i:i + N]
        where.setdefault(tuple(toks[i:i + N]), cs[0])
    removed = {}
    try:
        doc = json.loads(r.stdout.decode("utf-8", "replace"))
        # The title is metadata: the text output leaves it out, some truths open with it.
        t = score.tokens(doc.get("meta", {}).get("title", ""))
        for i in range(max(1, len(t) - N + 1)):
            removed[tuple(t[i:i + N])] = "title (metadata, not in the text)"
        for rm in doc.get("removed", []):
            t = score.tokens(rm.get("text", ""))
            for i in range(max(1, len(t) - N + 1)):
                removed.setdefault(tuple(t[i:i + N]), "filter:" + rm.get("reason", "?"))
    except json.JSONDecodeError:
        pass
    return where, removed


def page_losses(binary, corpus, name, truth_text, pred_text):
    a, b = score.shingles(truth_text), score.shingles(pred_text)
    lost = a - b
    total = sum(a.values())
    if not lost or not total:
        return name, Counter(), total
    where, removed = trace(binary, corpus, name)
    out = Counter()
    for sh, k in lost.items():
        c = where.get(sh)
        if b[sh]:
            c = "repeated in truth (output has it fewer times)"
        elif removed.get(sh, "").startswith("title"):
            c = removed[sh]
        elif c is None:
            # Across a boundary of removed text (a filter cut a span): still the filter's.
            c = removed.get(sh, "no stage (not in body text)")
        elif c.startswith("region"):
            c = removed.get(sh, c + " (lost after extract)")
        out[c] += k
    return name, out, total


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--corpora", default=",".join(wp.CORPORA))
    ap.add_argument("--cache")
    ap.add_argument("--top", type=int, default=14)
    ap.add_argument("--pages", help="list the pages losing most to this cause (prefix match)")
    a = ap.parse_args()
    for corpus in a.corpora.split(","):
        truth = wp.truth_of(corpus)
        cached = a.cache and os.path.join(a.cache, corpus + ".json")
        if cached and os.path.isfile(cached):
            pred = score.load(cached)
        else:
            pred = wp.predict(a.binary, corpus)
            if cached:
                os.makedirs(a.cache, exist_ok=True)
                json.dump(pred, open(cached, "w", encoding="utf-8"), ensure_ascii=False)
        ids = sorted(truth)
        with ThreadPoolExecutor(2) as ex:
            rows = list(ex.map(lambda i: page_losses(a.binary, corpus, i, truth[i].get("articleBody", ""),
                                                     pred.get(i, {}).get("articleBody", "")), ids))
        pages = sum(1 for _, _, t in rows if t)
        words, points, by_page = Counter(), Counter(), defaultdict(list)
        for name, out, total in rows:
            for c, k in out.items():
                words[c] += k
                points[c] += k / total / pages * 100
                by_page[c].append((k / total, k, name))
        m = score.score(truth, pred, ids)
        print(f"== {corpus}: recall {m['recall']:.3f} (lost {100 * (1 - m['recall']):.2f} points), "
              f"{sum(words.values())} truth shingles lost on {pages} pages")
        print(f"  {'cause':<48}{'shingles':>9}{'share':>8}{'recall pts':>11}")
        tw = max(1, sum(words.values()))
        for c, k in words.most_common(a.top):
            print(f"  {c:<48}{k:>9}{100 * k / tw:>7.1f}%{points[c]:>11.2f}")
        rest = words.most_common()[a.top:]
        if rest:
            print(f"  {'(%d more causes)' % len(rest):<48}{sum(k for _, k in rest):>9}")
        if a.pages:
            for c in sorted(by_page):
                if c.startswith(a.pages):
                    for share, k, name in sorted(by_page[c], reverse=True)[:a.top]:
                        print(f"    {c:<30} {name:<44} {k:>5} shingles, {100 * share:.0f}% of its truth")


if __name__ == "__main__":
    main()
