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
import sys

from batch_promo_sites import check_sites, spaced_article
from batch_util import Checks

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


def article(site, n):
    return spaced_article(SITES, site, n)


if __name__ == "__main__":
    check_sites(c, WINNOW, SITES, article)
