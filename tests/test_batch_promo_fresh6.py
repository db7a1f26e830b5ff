#!/usr/bin/env python3
"""A site's promo box learned across a batch (round 6 of the fresh promo shapes): two sites of
8 pages each, English and Czech; on every page the site's box, a newsletter pitch without a
button that a page's own filters leave, stands in a different place (before the first
paragraph, between two, after the last) and its wording varies a little (a number, a day, a
word), so no two pages need share its exact fingerprint. Through the CLI's two passes the box
must go from all 8 pages of each site, the articles (sentences made from a small stock of
phrases, as a site's reports share its wording) must stay whole, and a paragraph that happens
to recur on 2 pages of a site (a statement quoted in two related stories) must stay on both.

usage: test_batch_promo_fresh6.py PATH/TO/winnow
"""
import os
import random
import sys

from batch_util import Checks, TempDir, run, tree_files, write

WINNOW = sys.argv[1]
c = Checks("test_batch_promo_fresh6")

SITES = {
    "harbourtimes.example": {
        "lang": "en",
        "subjects": "the council|the harbour master|a local baker|the ferry crew|two teachers|the fishing cooperative|"
                    "the lifeboat station|a retired engineer|the museum's curator|the parish".split("|"),
        "verbs": "repaired|painted|inspected|rebuilt|measured|photographed|moved|cleaned|surveyed|opened".split("|"),
        "objects": "the old breakwater|the north quay|a row of boat sheds|the lighthouse stairs|the fish market roof|"
                   "the tide gauge|the slipway|the coastguard cottage|the harbour wall|the net lofts".split("|"),
        "tails": "before the winter storms|after a month of delays|with money from a village fund|using timber from the "
                 "estate|in time for the regatta|despite the rising costs|with help from volunteers|for the first time in "
                 "decades".split("|"),
        # A pitch with no button (the page's own filters leave it): the topic word (twice), the
        # day and the count change from page to page.
        "box": lambda n, rng: (
            "<p>Liked this story about the {a}? The Harbour Times sends the week's {a} stories every {d} to {c} "
            "readers who care about the town.</p>"
        ).format(a=rng.choice(["harbour", "quay", "council"]),
                 d=["Friday", "Saturday", "Friday", "Sunday", "Friday", "Saturday", "Friday", "Sunday"][n],
                 c=f"{41 + n},{rng.randint(100, 999)}"),
        "marker": "readers who care about the town",
        "recurring": "In a statement the harbour board said the works would finish before the summer season and that "
                     "no further closures of the quay were planned this year.",
    },
    "zpravy-kraje.example": {
        "lang": "cs",
        "subjects": "obecní rada|správce přístavu|místní pekař|hasiči z obce|dva učitelé|zahrádkářský spolek|starosta|"
                    "bývalý inženýr|kurátorka muzea|farnost".split("|"),
        "verbs": "opravili|natřeli|zkontrolovali|přestavěli|změřili|vyfotografovali|přesunuli|vyčistili|zmapovali|"
                 "otevřeli".split("|"),
        "objects": "starou hráz|severní nábřeží|řadu lodních kůlen|schody rozhledny|střechu tržnice|vodočet|lávku přes "
                   "potok|hájovnu u lesa|zeď u kostela|staré sklepy".split("|"),
        "tails": "před zimními bouřemi|po měsíci zpoždění|z peněz obecního fondu|ze dřeva z místního lesa|včas před "
                 "poutí|navzdory rostoucím nákladům|s pomocí dobrovolníků|poprvé po desetiletích".split("|"),
        # The same kind of pitch: the topic, the day and the count change.
        "box": lambda n, rng: (
            "<p>Líbil se vám článek o {a}? Zprávy z kraje posílají každý {d} výběr toho nejlepšího všem {c} "
            "čtenářům, kterým na kraji záleží.</p>"
        ).format(a=rng.choice(["nábřeží", "obci", "tržnici"]),
                 d=["pátek", "čtvrtek", "pátek", "sobotu", "pátek", "čtvrtek", "pátek", "sobotu"][n],
                 c=f"{18 + n} {rng.randint(100, 999)}"),
        "marker": "kterým na kraji záleží",
        "recurring": "Krajský úřad v prohlášení uvedl, že práce na nábřeží skončí před letní sezónou a že další "
                     "uzavírky se letos neplánují.",
    },
}
PARAS = 7


def sentence(rng, site):
    s = SITES[site]
    return f"{rng.choice(s['subjects'])} {rng.choice(s['verbs'])} {rng.choice(s['objects'])} {rng.choice(s['tails'])}"


def article(site, n):
    rng = random.Random(f"{site}/{n}")
    paras = []
    for k in range(PARAS):
        text = ", ".join(sentence(rng, site) for _ in range(3)) + f" ({n}.{k})."
        paras.append(text[0].upper() + text[1:])
    if n in (2, 5):  # the same statement quoted in two related stories
        paras[3] = SITES[site]["recurring"]
    return paras


def page(site, n):
    s = SITES[site]
    rng = random.Random(f"box/{site}/{n}")
    box = s["box"](n, rng)
    blocks = [f"<p>{p}</p>" for p in article(site, n)]
    blocks.insert(n % (PARAS + 1), box)  # before the first paragraph, between two, after the last
    return (f"<!doctype html><html lang=\"{s['lang']}\"><head><meta charset=\"utf-8\"><title>Story {n}</title>"
            f"<link rel=canonical href='https://{site}/story/{n}'></head><body><main><article><h1>Story {n}</h1>"
            + "\n".join(blocks) + "</article></main></body></html>").encode()


def outputs(root):
    """(site, page number) -> output text."""
    out = {}
    for rel in tree_files(root):
        if not rel.endswith(b".xml"):
            continue
        with open(os.path.join(os.fsencode(root), rel), "rb") as f:
            data = f.read().decode()
        site = os.fsdecode(rel).split(os.sep)[0]
        out[(site, int(data.split("<title>Story ", 1)[1].split("<", 1)[0]))] = data
    return out


def main():
    with TempDir() as tmp:
        src = os.path.join(tmp, "in")
        for site in SITES:
            for n in range(8):
                write(os.path.join(src, site, f"story-{n}.html"), page(site, n))

        plain = outputs(_run(tmp, src, "plain", "--no-site-profile"))
        batch = outputs(_run(tmp, src, "batch"))
        c.check(len(plain) == 16 and len(batch) == 16, "16 outputs in each run")
        for site, s in SITES.items():
            kept_plain = sum(s["marker"] in plain.get((site, n), "") for n in range(8))
            gone = [n for n in range(8) if s["marker"] not in batch.get((site, n), s["marker"])]
            print(f"{site}: box on {kept_plain} of 8 pages without a profile; gone from {len(gone)} of 8 after two passes")
            c.check(kept_plain == 8, f"{site}: without a profile the box stays on every page (precondition)")
            c.check(len(gone) == 8, f"{site}: the site's box is gone from all 8 pages (gone from {gone})")
            for n in range(8):
                text = batch.get((site, n), "")
                for k, p in enumerate(article(site, n)):
                    c.check(p[:40] in text, f"{site} page {n} paragraph {k} kept")
            c.check(all(s["recurring"][:40] in batch.get((site, n), "") for n in (2, 5)),
                    f"{site}: the paragraph recurring on 2 pages stays on both")
    c.finish()


def _run(tmp, src, label, *extra):
    out = os.path.join(tmp, label)
    run(WINNOW, "-i", src, "-o", out, "-j", "2", "-q", *extra, check_rc=0)
    return out


if __name__ == "__main__":
    main()
