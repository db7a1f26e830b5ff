"""The driver the batch promo tests share: sites of 8 pages each, a site's promo box placed
somewhere else on every page, the CLI run once without a site profile and once with its two
passes; the box must stay on every page in the first run (the page's own filters leave it) and
go from every page in the second, while each article stays whole and a paragraph recurring on
two pages of a site (pages 2 and 5) stays on both. A test gives its sites (each with "lang",
"box" (page number, rng) -> HTML, "marker" or "markers", "recurring") and its article builder;
spaced_article builds one from a site's phrase stock for scripts written with spaces."""
import os
import random

from batch_util import TempDir, run, tree_files, write

PAGES = 8
RECURRING_ON = (2, 5)


def spaced_article(sites, site, n, paras=7):
    """Page n's paragraphs: sentences of the site's subjects, verbs, objects and tails (a site's
    reports share its wording), the statement recurring on two pages in place of paragraph 3."""
    s = sites[site]
    rng = random.Random(f"{site}/{n}")

    def sentence():
        return f"{rng.choice(s['subjects'])} {rng.choice(s['verbs'])} {rng.choice(s['objects'])} {rng.choice(s['tails'])}"

    out = []
    for k in range(paras):
        text = ", ".join(sentence() for _ in range(3)) + f" ({n}.{k})."
        out.append(text[0].upper() + text[1:])
    if n in RECURRING_ON:  # the same statement quoted in two related stories
        out[3] = s["recurring"]
    return out


def page(site, spec, n, paras):
    """Page n of a site: the article's paragraphs with the site's box at a place that moves."""
    box = spec["box"](n, random.Random(f"box/{site}/{n}"))
    blocks = [f"<p>{p}</p>" for p in paras]
    blocks.insert(n % (len(paras) + 1), box)  # before the first paragraph, between two, after the last
    return (f"<!doctype html><html lang=\"{spec['lang']}\"><head><meta charset=\"utf-8\"><title>Story {n}</title>"
            f"<link rel=canonical href='https://{site}/story/{n}'></head><body><main><article><h1>Story {n}</h1>"
            + "\n".join(blocks) + "</article></main></body></html>").encode()


def outputs(root):
    """(site, page number) -> output XML."""
    out = {}
    for rel in tree_files(root):
        if not rel.endswith(b".xml"):
            continue
        with open(os.path.join(os.fsencode(root), rel), "rb") as f:
            data = f.read().decode()
        site = os.fsdecode(rel).split(os.sep)[0]
        out[(site, int(data.split("<title>Story ", 1)[1].split("<", 1)[0]))] = data
    return out


def _run(winnow, tmp, src, label, *extra):
    out = os.path.join(tmp, label)
    run(winnow, "-i", src, "-o", out, "-j", "2", "-q", *extra, check_rc=0)
    return out


def check_sites(c, winnow, sites, article, box_stays_without_profile=True):
    """Runs the batch both ways and records every check in c (batch_util.Checks). Each marker
    of a site's box must go from every page after two passes; with box_stays_without_profile,
    it must also stay on every page without a profile (the page's own filters leave it)."""
    with TempDir() as tmp:
        src = os.path.join(tmp, "in")
        for site, spec in sites.items():
            for n in range(PAGES):
                write(os.path.join(src, site, f"story-{n}.html"), page(site, spec, n, article(site, n)))

        plain = outputs(_run(winnow, tmp, src, "plain", "--no-site-profile"))
        batch = outputs(_run(winnow, tmp, src, "batch"))
        total = PAGES * len(sites)
        c.check(len(plain) == total and len(batch) == total, f"{total} outputs in each run")
        for site, s in sites.items():
            for m in s.get("markers", [s.get("marker")]):
                kept_plain = sum(m in plain.get((site, n), "") for n in range(PAGES))
                gone = [n for n in range(PAGES) if m not in batch.get((site, n), m)]
                print(f"{site}: '{m}' on {kept_plain} of {PAGES} pages without a profile; "
                      f"gone from {len(gone)} of {PAGES} after two passes")
                if box_stays_without_profile:
                    c.check(kept_plain == PAGES, f"{site}: without a profile '{m}' stays on every page (precondition)")
                c.check(len(gone) == PAGES, f"{site}: '{m}' is gone from all {PAGES} pages (gone from {gone})")
            for n in range(PAGES):
                text = batch.get((site, n), "")
                for k, p in enumerate(article(site, n)):
                    c.check(p[:40] in text, f"{site} page {n} paragraph {k} kept")
            c.check(all(s["recurring"][:40] in batch.get((site, n), "") for n in RECURRING_ON),
                    f"{site}: the paragraph recurring on 2 pages stays on both")
    c.finish()
