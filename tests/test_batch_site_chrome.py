#!/usr/bin/env python3
"""Site boilerplate across a batch: 30 pages of one synthetic site share a header line, a
footer, a newsletter box and a "related" list inside the article, which extraction alone keeps.
After the two-pass batch none of them remain and no article text is lost; the result is the
same with -j1, -j2 and another file order; a profile learned on two halves, merged and loaded
gives the same outputs.

usage: test_batch_site_chrome.py PATH/TO/winnow
"""
import os
import random
import sys

from batch_util import Checks, TempDir, run, tree_files, write

WINNOW = sys.argv[1]
c = Checks("test_batch_site_chrome")
HOST = "daily.example"
VOCAB = ("harbour council budget school river bridge mayor festival library tram winter storm "
         "museum market theatre housing election court hospital teacher garden station concert "
         "farmer bakery stadium orchestra ferry tunnel vineyard").split()
CHROME = {
    "header": "The Daily Example: independent local reporting since 1998",
    "newsletter": "Get our free morning newsletter with the five stories you need, every weekday.",
    "related": "Related: council approves the new harbour budget after a long debate",
    "footer": "Daily Example Media Group, 12 Harbour Road. Reprints and permissions on request.",
}


def article(n):
    rng = random.Random(n)
    paras = [" ".join(rng.choice(VOCAB) for _ in range(30)) + f" page{n}para{k}." for k in range(5)]
    return paras


def page(n):
    body = "".join(f"<p>{p}</p>" for p in article(n))
    return (f"<!doctype html><html><head><title>Story {n}</title>"
            f"<link rel=canonical href='https://{HOST}/story/{n}'></head><body><article>"
            f"<p class=kicker>{CHROME['header']}</p><h1>Story {n}</h1>{body}"
            f"<div class=box><p>{CHROME['newsletter']}</p></div>"
            f"<ul><li>{CHROME['related']} (<a href='/story/{n + 100}'>more</a>)</li></ul>"
            f"<p>{CHROME['footer']}</p></article></body></html>").encode()


def make_tree(root, names):
    for n in range(30):
        write(os.path.join(root, names(n)), page(n))


def outputs_by_page(root):
    """Page number -> output bytes, whatever the file was called."""
    out = {}
    for rel in tree_files(root):
        if not rel.endswith(b".xml"):
            continue
        with open(os.path.join(os.fsencode(root), rel), "rb") as f:
            data = f.read()
        n = int(data.split(b"<title>Story ", 1)[1].split(b"<", 1)[0])
        out[n] = data
    return out


# Chrome is looked for by its first 40 characters: inline markup (a link moved onto the
# last word by the residue filter) may split the rest in the XML.
def main():
    with TempDir() as tmp:
        src = os.path.join(tmp, "in")
        make_tree(src, lambda n: f"story-{n:02d}.html")
        shuffled = os.path.join(tmp, "in-shuffled")
        perm = list(range(30))
        random.Random(7).shuffle(perm)
        make_tree(shuffled, lambda n: f"{perm[n]:02d}-x.html")

        # Extraction alone keeps the chrome (it sits inside the article).
        plain = os.path.join(tmp, "plain")
        run(WINNOW, "-i", src, "-o", plain, "--no-site-profile", "-q", check_rc=0)
        po = outputs_by_page(plain)
        c.check(len(po) == 30, "30 outputs without a profile")
        for name, text in CHROME.items():
            c.check(sum(text[:40].encode() in x for x in po.values()) >= 25,
                    f"without a profile the {name} survives extraction (precondition)")

        runs = {}
        for label, tree, jobs in (("j1", src, "1"), ("j2", src, "2"), ("shuffled", shuffled, "2")):
            out = os.path.join(tmp, "out-" + label)
            prof = os.path.join(tmp, label + ".prof")
            run(WINNOW, "-i", tree, "-o", out, "-j", jobs, "-q", "--save-profile", prof, check_rc=0)
            runs[label] = outputs_by_page(out)
            with open(prof, "rb") as f:
                runs[label + "-profile"] = f.read()
        o = runs["j1"]
        c.check(len(o) == 30, "30 outputs with the profile")
        for name, text in CHROME.items():
            c.check(not any(text[:40].encode() in x for x in o.values()), f"the {name} is gone after two passes")
        for n in range(30):
            for k, p in enumerate(article(n)):
                c.check(p.encode() in o[n], f"page {n} paragraph {k} kept")
        c.check(runs["j1"] == runs["j2"], "-j1 and -j2 give the same outputs")
        c.check(runs["j1"] == runs["shuffled"], "another file order gives the same outputs")
        c.check(runs["j1-profile"] == runs["j2-profile"] == runs["shuffled-profile"],
                "the profile is the same whatever the order and thread count")

        # Two halves learned apart, merged (the reduce step), loaded: same outputs.
        halves = []
        for h, part in (("a", range(0, 15)), ("b", range(15, 30))):
            d = os.path.join(tmp, "half-" + h)
            for n in part:
                write(os.path.join(d, f"{n:02d}.html"), page(n))
            prof = os.path.join(tmp, h + ".prof")
            run(WINNOW, "-i", d, "-o", d + "-out", "--learn-only", "-q", "--save-profile", prof, check_rc=0)
            halves.append(prof)
        merged = os.path.join(tmp, "merged.prof")
        run(WINNOW, "--merge-profiles", merged, *halves, check_rc=0)
        with open(merged, "rb") as f:
            c.check(f.read() == runs["j1-profile"], "halves merged = profile of the whole")
        loaded = os.path.join(tmp, "loaded")
        run(WINNOW, "-i", src, "-o", loaded, "-q", "--load-profile", merged, check_rc=0)
        c.check(outputs_by_page(loaded) == o, "loading the merged profile gives the same outputs")
    c.finish()


if __name__ == "__main__":
    main()
