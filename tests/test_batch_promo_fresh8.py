#!/usr/bin/env python3
"""A site's promo said once per page, the same on every page of the site, learned across a batch
(round 8 of the fresh promo shapes): two sites of 8 pages each, Indonesian and Greek; on every
page the site's box is two blocks, a short title line (bold, or a small heading) over a sentence
with a link whose tracking query names the page, and it stands in a different place (before the
first paragraph, between two, after the last). A title line alone is too short for any one
page's filters and its fingerprint is only a few words; the two blocks together recur on every
page. Through the CLI's two passes both blocks must go from all 8 pages of each site, the
articles (sentences made from a small stock of phrases) must stay whole, and a paragraph that
recurs on 2 pages of a site must stay on both.

usage: test_batch_promo_fresh8.py PATH/TO/winnow
"""
import os
import random
import sys

from batch_util import Checks, TempDir, run, tree_files, write

WINNOW = sys.argv[1]
c = Checks("test_batch_promo_fresh8")

SITES = {
    "kabar-lereng.example": {
        "lang": "id",
        "subjects": "kepala desa|para petani kopi|seorang guru|pemuda karang taruna|bidan desa|koperasi susu|dua relawan|"
                    "pengurus masjid|tukang kayu setempat|pensiunan insinyur".split("|"),
        "verbs": "memperbaiki|mengecat ulang|memeriksa|membangun kembali|mengukur|memotret|memindahkan|membersihkan|"
                 "memetakan|membuka".split("|"),
        "objects": "jembatan gantung|saluran irigasi|balai desa|pasar pagi|jalan setapak ke air terjun|gudang pupuk|"
                   "lapangan bola|sumur tua|pagar sekolah|tempat pembibitan".split("|"),
        "tails": "sebelum musim hujan|setelah tertunda sebulan|dengan dana desa|memakai bambu dari hutan adat|"
                 "menjelang panen raya|meski biaya naik|bersama para relawan|untuk pertama kalinya dalam puluhan "
                 "tahun".split("|"),
        "box": lambda n: (
            "<p><strong>Kabar Lereng</strong></p>\n"
            "<p>Dapatkan ringkasan berita desa setiap pagi langsung di ponsel Anda. <a href=\"https://wa.example/"
            f"kabarlereng?utm_campaign=story-{n}\">Gabung saluran</a></p>"),
        "markers": ["Kabar Lereng", "ringkasan berita desa setiap pagi"],
        "recurring": "Dalam pernyataannya, pemerintah kabupaten menyatakan perbaikan jembatan akan selesai sebelum "
                     "musim tanam dan tidak ada penutupan jalan lagi tahun ini.",
    },
    "nea-tou-choriou.example": {
        "lang": "el",
        "subjects": "το κοινοτικό συμβούλιο|οι ελαιοπαραγωγοί|ένας δάσκαλος|ο σύλλογος νέων|η γιατρός του χωριού|"
                    "ο συνεταιρισμός|δύο εθελοντές|ο παπάς της ενορίας|ένας ντόπιος μαραγκός|ένας συνταξιούχος "
                    "μηχανικός".split("|"),
        "verbs": "επισκεύασαν|έβαψαν|έλεγξαν|ξαναέχτισαν|μέτρησαν|φωτογράφισαν|μετέφεραν|καθάρισαν|χαρτογράφησαν|"
                 "άνοιξαν".split("|"),
        "objects": "το πέτρινο γεφύρι|το αυλάκι του νερού|το κοινοτικό κατάστημα|την πλατεία|το μονοπάτι προς τον "
                   "καταρράκτη|την αποθήκη του συνεταιρισμού|το γήπεδο|την παλιά βρύση|τον φράχτη του σχολείου|το "
                   "φυτώριο".split("|"),
        "tails": "πριν από τις χειμωνιάτικες βροχές|μετά από έναν μήνα καθυστέρηση|με χρήματα της κοινότητας|με ξύλο από "
                 "το δάσος|λίγο πριν από το πανηγύρι|παρά το αυξημένο κόστος|με τη βοήθεια εθελοντών|για πρώτη φορά "
                 "μετά από δεκαετίες".split("|"),
        "box": lambda n: (
            "<h3>Το δελτίο</h3>\n"
            "<p>Κάθε Σάββατο στο email σας οι ιστορίες της εβδομάδας από τα χωριά του νομού. <a href=\"https://"
            f"deltio.example/gr?utm_campaign=story-{n}\">Εγγραφή</a></p>"),
        "markers": ["Το δελτίο", "οι ιστορίες της εβδομάδας"],
        "recurring": "Σε ανακοίνωσή της η περιφέρεια ανέφερε ότι οι εργασίες στο γεφύρι θα ολοκληρωθούν πριν από το "
                     "καλοκαίρι και ότι δεν σχεδιάζεται άλλο κλείσιμο του δρόμου φέτος.",
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
    blocks = [f"<p>{p}</p>" for p in article(site, n)]
    blocks.insert(n % (PARAS + 1), s["box"](n))  # before the first paragraph, between two, after the last
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
            for m in s["markers"]:
                kept_plain = sum(m in plain.get((site, n), "") for n in range(8))
                gone = [n for n in range(8) if m not in batch.get((site, n), m)]
                print(f"{site}: '{m}' on {kept_plain} of 8 pages without a profile; gone from {len(gone)} of 8 "
                      "after two passes")
                c.check(len(gone) == 8, f"{site}: '{m}' is gone from all 8 pages (gone from {gone})")
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
