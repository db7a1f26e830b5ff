#!/usr/bin/env python3
"""A site's promo said once per page, learned across a batch (round 9 of the fresh promo shapes):
two sites of 8 pages each, Portuguese and Czech. The Portuguese site's box is a "gift this
article" line whose count of gifts left changes from page to page, with a link whose query names
the page; the Czech site's is a survey invitation under a short heading whose days left change
from page to page. Each stands in a different place on every page (before the first paragraph,
between two, after the last). Through the CLI's two passes the box must go from all 8 pages of
each site, the articles (sentences made from a small stock of phrases) must stay whole, and a
paragraph that recurs on 2 pages of a site must stay on both.

usage: test_batch_promo_fresh9.py PATH/TO/winnow
"""
import sys

from batch_promo_sites import check_sites, spaced_article
from batch_util import Checks

WINNOW = sys.argv[1]
c = Checks("test_batch_promo_fresh9")

SITES = {
    "jornal-da-serra.example": {
        "lang": "pt",
        "subjects": "o presidente da junta|os agricultores da serra|uma professora|a associação juvenil|o médico da "
                    "aldeia|a cooperativa de leite|dois voluntários|o padre da paróquia|um carpinteiro local|um "
                    "engenheiro reformado".split("|"),
        "verbs": "repararam|pintaram|inspecionaram|reconstruíram|mediram|fotografaram|mudaram|limparam|mapearam|"
                 "abriram".split("|"),
        "objects": "a ponte de pedra|o canal de rega|o centro de dia|o mercado semanal|o caminho para a cascata|o "
                   "armazém de adubo|o campo de futebol|o poço antigo|o muro da escola|o viveiro de árvores".split("|"),
        "tails": "antes das chuvas de inverno|depois de um mês de atraso|com fundos da freguesia|com madeira do "
                 "baldio|pouco antes da festa|apesar do custo mais alto|com a ajuda de voluntários|pela primeira vez "
                 "em décadas".split("|"),
        "box": lambda n, rng: (
            f"<p>🎁 Ofereça este artigo a quem quiser: ainda tem {10 - n} de 10 ofertas este mês. <a "
            f"href=\"https://jornal-da-serra.example/oferecer?artigo={n}\">Oferecer</a></p>"),
        "markers": ["Ofereça este artigo"],
        "recurring": "Em comunicado, a câmara municipal afirmou que as obras na ponte terminam antes do verão e que "
                     "não haverá mais cortes de estrada este ano.",
    },
    "horacke-listy.example": {
        "lang": "cs",
        "subjects": "starosta obce|místní zemědělci|jedna učitelka|spolek mladých|obvodní lékařka|mlékárenské "
                    "družstvo|dva dobrovolníci|farář|místní truhlář|inženýr v důchodu".split("|"),
        "verbs": "opravili|natřeli|zkontrolovali|znovu postavili|zaměřili|vyfotografovali|přestěhovali|vyčistili|"
                 "zmapovali|otevřeli".split("|"),
        "objects": "kamenný most|zavlažovací kanál|kulturní dům|týdenní trh|stezku k vodopádu|sklad hnojiv|fotbalové "
                   "hřiště|starou studnu|plot u školy|lesní školku".split("|"),
        "tails": "před zimními dešti|po měsíčním zpoždění|z peněz obce|ze dřeva z obecního lesa|těsně před poutí|"
                 "navzdory vyšším nákladům|s pomocí dobrovolníků|poprvé po desítkách let".split("|"),
        "box": lambda n, rng: (
            "<h4>Anketa pro čtenáře</h4>\n"
            f"<p>Jak se vám čte náš nový web? Do konce ankety zbývá {n + 2} dní, vyplnění zabere tři minuty. <a "
            f"href=\"https://anketa.example/cz/horacke?src=clanek-{n}\">Vyplnit anketu</a></p>"),
        "markers": ["Jak se vám čte náš nový web"],
        "recurring": "V tiskové zprávě kraj uvedl, že práce na mostě skončí před létem a že letos už žádná další "
                     "uzavírka silnice nebude.",
    },
}


def article(site, n):
    return spaced_article(SITES, site, n)


if __name__ == "__main__":
    # (The page's own filters may take a box on some pages already: no precondition.)
    check_sites(c, WINNOW, SITES, article, box_stays_without_profile=False)
