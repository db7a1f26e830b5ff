#!/usr/bin/env python3
"""How much of a page's own prose winnow's output holds: a check that needs no truth.

usage: prose_coverage.py WINNOW [--corpora A,B] [--top N] [--min-words N] [--cache DIR]

For each page of the dev corpora (default: the four scored ones and dates-dev), the page's prose
paragraphs are found in the raw HTML independently of winnow: the text of a <p>, <li>, <td>,
<blockquote>, <dd> or <pre>-free <div> leaf of 150+ characters with two sentence ends and under a
third of its characters in links, outside script, style, nav, header, footer, aside and form.
WINNOW --format text runs on each page (page on stdin) and the page's coverage is the share of the
prose's 4-token shingles (tokens are Unicode word runs, as the shared scorer's) found in the output.
A page with much prose and low coverage is a candidate for the wrong block or a missing fallback;
it is a heuristic (a page's longest paragraphs can be a comment thread or a footer's blurb), so read
the pages it lists before believing it. On the scored corpora the script prints how well coverage
tracks the real F1 (Spearman's rank correlation) so its lists on unscored pages can be weighed.
--cache DIR reuses or keeps winnow's outputs (DIR/CORPUS.json, the format of worst_pages.py).
"""
import argparse, gzip, json, os, re, sys, unicodedata
from html.parser import HTMLParser

HERE = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(HERE, "..", "..", "shared"))
if not os.path.isdir(SHARED):
    SHARED = "/work/shared"
SCORED = ["cleaneval-dev", "cleanportal-dev", "dragnet-dev", "shb-dev"]
CORPORA = SCORED + ["dates-dev"]
sys.path.insert(0, os.path.join(SHARED, "eval"))
import score  # noqa: E402

sys.path.insert(0, HERE)
from worst_pages import predict  # noqa: E402  (winnow --format text on every page of a corpus)

SKIP = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "template", "svg", "select"}
BLOCK = {"p", "li", "td", "th", "blockquote", "dd", "div", "article", "section", "main", "h1", "h2", "h3",
         "h4", "h5", "h6", "ul", "ol", "table", "tr", "dl", "dt", "pre", "figure", "figcaption", "body"}
VOID = {"br", "img", "hr", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}
SENTENCE_END = re.compile(r"[.!?。！？](?:\s|$)")
WORD = re.compile(r"\w+", re.UNICODE)


class ProseFinder(HTMLParser):
    """Collects the text of block leaves: each block's own text up to the next block tag."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.skip = 0          # depth inside SKIP elements
        self.link = 0          # depth inside <a>
        self.stack = []        # open tags (for SKIP depth bookkeeping)
        self.text, self.linked = [], 0
        self.paragraphs = []

    def flush(self):
        t = " ".join("".join(self.text).split())
        if len(t) >= 150 and len(SENTENCE_END.findall(t + " ")) >= 2 and self.linked * 3 < len(t):
            self.paragraphs.append(t)
        self.text, self.linked = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if tag == "br":
                self.text.append(" ")
            return
        if tag in BLOCK:
            self.flush()
        self.stack.append(tag)
        if tag in SKIP:
            self.skip += 1
        if tag == "a":
            self.link += 1

    def handle_endtag(self, tag):
        if tag not in self.stack:
            return
        while self.stack:
            t = self.stack.pop()
            if t in SKIP:
                self.skip -= 1
            if t == "a":
                self.link = max(0, self.link - 1)
            if t == tag:
                break
        if tag in BLOCK:
            self.flush()

    def handle_data(self, data):
        if self.skip:
            return
        self.text.append(data)
        if self.link:
            self.linked += len(data.strip())


def page_text(raw):
    head = raw[:4096].decode("ascii", "replace")
    m = re.search(r"charset=[\"']?([\w-]+)", head, re.I)
    for enc in ([m.group(1)] if m else []) + ["utf-8"]:
        try:
            return raw.decode(enc)
        except (LookupError, UnicodeDecodeError):
            pass
    return raw.decode("windows-1252", "replace")


def page_prose(raw):
    finder = ProseFinder()
    try:
        finder.feed(page_text(raw))
        finder.close()
    except Exception:  # html.parser gives up on some malformed markup; keep what it found
        pass
    finder.flush()
    return finder.paragraphs


INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))


def shingles(text, n=4):
    # Soft hyphens and zero-width characters part no words (winnow drops them; a page's
    # hyphenated prose would otherwise match nothing).
    toks = WORD.findall(unicodedata.normalize("NFC", text.translate(INVISIBLE)).lower())
    return {tuple(toks[i:i + n]) for i in range(max(0, len(toks) - n + 1))}


def body(entry):
    """A page's text in a predictions or truth file: {"articleBody": …} or the bare text (caches)."""
    return entry if isinstance(entry, str) else (entry or {}).get("articleBody", "") or ""


def outputs(binary, corpus, cache):
    path = cache and os.path.join(cache, corpus + ".json")
    if path and os.path.isfile(path):
        return score.load(path)
    pred = predict(binary, corpus)
    if path:
        os.makedirs(cache, exist_ok=True)
        json.dump(pred, open(path, "w", encoding="utf-8"), ensure_ascii=False)
    return pred


def ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    r = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            r[order[k]] = (i + j) / 2
        i = j + 1
    return r


def spearman(xs, ys):
    if len(xs) < 3:
        return float("nan")
    rx, ry = ranks(xs), ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else float("nan")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("binary")
    ap.add_argument("--corpora", default=",".join(CORPORA))
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--min-words", type=int, default=300, help="prose words a listed page has at least")
    ap.add_argument("--cache")
    a = ap.parse_args()
    for corpus in a.corpora.split(","):
        html = os.path.join(SHARED, "corpus", corpus, "html")
        pred = outputs(a.binary, corpus, a.cache)
        rows = []
        for n in sorted(os.listdir(html)):
            if not n.endswith(".html.gz"):
                continue
            pid = n[: -len(".html.gz")]
            prose = page_prose(gzip.open(os.path.join(html, n)).read())
            words = sum(len(WORD.findall(p.translate(INVISIBLE))) for p in prose)
            want = set().union(*(shingles(p) for p in prose)) if prose else set()
            out = body(pred.get(pid))
            cov = len(want & shingles(out)) / len(want) if want else float("nan")
            rows.append((pid, words, cov, len(WORD.findall(out))))
        with_prose = [r for r in rows if r[1] >= a.min_words]
        low = sorted((r for r in with_prose if r[2] < 0.3), key=lambda r: (r[2], -r[1]))
        empty = [r for r in with_prose if r[3] < 20]
        mean = sum(r[2] for r in with_prose) / len(with_prose) if with_prose else float("nan")
        print(f"== {corpus}: {len(rows)} pages, {len(with_prose)} with {a.min_words}+ prose words; "
              f"mean coverage {mean:.3f}; coverage < 0.3: {len(low)}; output under 20 words: {len(empty)}")
        if corpus in SCORED:
            truth = score.load(os.path.join(SHARED, "corpus", corpus, "truth.json"))
            xs, ys = [], []
            for pid, words, cov, _ in rows:
                if pid in truth and words:
                    t = body(truth[pid])
                    tp, fp, fn = score.tp_fp_fn(t, body(pred.get(pid)))
                    xs.append(cov)
                    ys.append(score.recall(tp, fp, fn))
            print(f"   coverage vs the truth's recall over {len(xs)} pages: Spearman {spearman(xs, ys):.3f}")
        for pid, words, cov, out_words in low[: a.top]:
            print(f"   {pid:40s} coverage {cov:.3f}  prose words {words:5d}  output words {out_words:5d}")


if __name__ == "__main__":
    main()
