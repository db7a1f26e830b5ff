#!/usr/bin/env python3
"""How winnow fares on templates it has never seen: every dev corpus scored as it is and after
meaning-preserving rewrites of each page's markup, one rewrite at a time and all together.

usage: perturb_eval.py WINNOW [--rewriter PATH] [--rewrites A,B] [--corpora A,B] [--cache DIR]
                       [--normal DIR] [--min-loss X] [--top N] [--write DIR]

The rewrites are done by bench/perturb_html (Gumbo, as winnow parses; the page is written back
from its own bytes, so its charset stays): see that file for what each does.
  roundtrip  parse and write back only: the control, what re-serialisation alone costs
  tags       article/main/section/aside/nav/header/footer/figure renamed to div
  noattr     class and id removed (class_blind.py hashes them; here they are gone)
  deeper     every block wrapped in one more <div>
  shallower  single-block-child <div>s unwrapped (a chain loses every other level)
  nometa     JSON-LD, og:/article:/twitter: meta, itemprop/itemscope/itemtype removed
  order      siblings that follow the content's ancestors moved before them (sidebars, navigation
             and footers first); the content is located with the truth, and is not reordered
  all        tags,noattr,deeper,nometa,order together
Each page is run as quick.py runs it (bytes on stdin, --format text) and scored with the shared
scorer. Printed: per corpus and rewrite the F1 and its drop against the unperturbed pages, the
macro; then per rewrite every page whose F1 falls by --min-loss (0.1) or more against the
unperturbed output ("rt" marks a page the roundtrip control loses too: blame the re-serialisation).
--cache DIR keeps predictions (DIR/DIGEST/REWRITE/CORPUS.json, DIGEST from the bytes of winnow and
the rewriter), so one DIR serves any number of binaries. --normal DIR reads the unperturbed
predictions from DIR/CORPUS.json (e.g. class_blind.py's CACHE/DIGEST/normal of the same binary)
instead of running them again.
--write DIR also writes the rewritten pages (DIR/REWRITE/CORPUS/ID.html).
"""
import argparse, gzip, json, os, subprocess, sys, tempfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import worst_pages as wp  # noqa: E402
from worst_pages import score  # noqa: E402

REWRITES = ["roundtrip", "tags", "noattr", "deeper", "shallower", "nometa", "order", "all"]
ALL = "tags,noattr,deeper,nometa,order"


def rewrite(rewriter, kinds, data, truth_text):
    """The page after the rewrite (bytes); the truth is handed over only for "order"."""
    if "order" not in kinds.split(","):
        return subprocess.run([rewriter, kinds], input=data, capture_output=True, timeout=60).stdout
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt") as f:
        f.write(truth_text)
        f.flush()
        return subprocess.run([rewriter, kinds, f.name], input=data, capture_output=True, timeout=60).stdout


def predict(binary, corpus, kinds, rewriter, truth, write):
    html = os.path.join(wp.SHARED, "corpus", corpus, "html")
    names = sorted(n for n in os.listdir(html) if n.endswith(".html.gz"))

    def one(n):
        page = n[: -len(".html.gz")]
        data = gzip.open(os.path.join(html, n)).read()
        if kinds:
            data = rewrite(rewriter, kinds, data, truth.get(page, {}).get("articleBody", ""))
            if write:
                with open(os.path.join(write, page + ".html"), "wb") as f:
                    f.write(data)
        try:
            r = subprocess.run([binary, "--format", "text"], input=data, capture_output=True, timeout=60)
            return page, r.stdout.decode("utf-8", "replace")
        except subprocess.TimeoutExpired:
            return page, ""

    with ThreadPoolExecutor(2) as ex:
        return {i: {"articleBody": t} for i, t in ex.map(one, names)}


def cached(path, make):
    if not path:
        return make()
    if not os.path.isfile(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
        preds = make()
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump(preds, f, ensure_ascii=False)
        os.replace(path + ".tmp", path)
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--rewriter", help="perturb_html (default: ../bench/perturb_html beside WINNOW)")
    ap.add_argument("--rewrites", default=",".join(REWRITES))
    ap.add_argument("--corpora", default=",".join(["shb-dev", "dragnet-dev", "cleaneval-dev", "cleanportal-dev"]))
    ap.add_argument("--cache")
    ap.add_argument("--normal")
    ap.add_argument("--min-loss", type=float, default=0.1)
    ap.add_argument("--top", type=int, default=0, help="at most N losing pages per rewrite (0: all)")
    ap.add_argument("--write")
    a = ap.parse_args()
    rewriter = a.rewriter or os.path.join(os.path.dirname(os.path.abspath(a.binary)), "..", "bench", "perturb_html")
    if not os.path.isfile(rewriter):
        sys.exit(f"perturb_eval: no rewriter at {rewriter} (build bench/perturb_html or pass --rewriter)")
    rewrites = a.rewrites.split(",")
    corpora = a.corpora.split(",")
    key = wp.binary_key(a.binary, rewriter) if a.cache else None
    f1 = {}        # (corpus, rewrite) -> corpus F1; rewrite "normal" is the unperturbed page
    page = {}      # (corpus, rewrite, id) -> page F1
    sizes = {}     # (corpus, id) -> truth words
    for corpus in corpora:
        truth = score.load(os.path.join(wp.SHARED, "corpus", corpus, "truth.json"))
        ids = sorted(truth)
        for kind in ["normal"] + rewrites:
            kinds = "" if kind == "normal" else (ALL if kind == "all" else kind)
            if kind == "normal" and a.normal:
                with open(os.path.join(a.normal, corpus + ".json"), encoding="utf-8") as f:
                    preds = json.load(f)
            else:
                write = None
                if a.write and kinds:
                    write = os.path.join(a.write, kind, corpus)
                    os.makedirs(write, exist_ok=True)
                path = os.path.join(a.cache, key, kind, corpus + ".json") if a.cache else None
                preds = cached(path, lambda: predict(a.binary, corpus, kinds, rewriter, truth, write))
            f1[corpus, kind] = score.score(truth, preds, ids)["f1"]
            for i in ids:
                t = truth[i].get("articleBody", "")
                page[corpus, kind, i] = wp.page_f1(t, preds.get(i, {}).get("articleBody", ""))
                sizes[corpus, i] = len(score.tokens(t))
        print(f"{corpus:<16} normal {f1[corpus, 'normal']:.5f}  " +
              "  ".join(f"{k} {f1[corpus, k]:.5f} ({f1[corpus, k] - f1[corpus, 'normal']:+.5f})" for k in rewrites),
              flush=True)
    if len(corpora) > 1:
        macro = {k: sum(f1[c, k] for c in corpora) / len(corpora) for k in ["normal"] + rewrites}
        print(f"{'macro':<16} normal {macro['normal']:.5f}  " +
              "  ".join(f"{k} {macro[k]:.5f} ({macro[k] - macro['normal']:+.5f})" for k in rewrites))
    for kind in rewrites:
        losers = []
        for (corpus, k, i), value in page.items():
            if k != kind:
                continue
            drop = page[corpus, "normal", i] - value
            if drop >= a.min_loss:
                rt = "roundtrip" in rewrites and page[corpus, "normal", i] - page[corpus, "roundtrip", i] >= a.min_loss
                losers.append((drop, corpus, i, page[corpus, "normal", i], value, rt))
        losers.sort(reverse=True)
        gains = sum(1 for (c, k, i), v in page.items() if k == kind and v - page[c, "normal", i] >= a.min_loss)
        print(f"{kind}: {len(losers)} pages lose {a.min_loss}+ ({gains} gain {a.min_loss}+)")
        for drop, corpus, i, before, after, rt in losers[: a.top or None]:
            print(f"  {corpus:<16} {i:<28} {before:.3f} -> {after:.3f}  ({-drop:+.3f})  truth {sizes[corpus, i]}"
                  + ("  rt" if rt and kind != "roundtrip" else ""))


if __name__ == "__main__":
    main()
