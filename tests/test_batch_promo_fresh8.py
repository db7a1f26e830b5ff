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
import sys

from batch_promo_sites import check_sites, spaced_article
from batch_util import Checks

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
        "box": lambda n, rng: (
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
        "box": lambda n, rng: (
            "<h3>Το δελτίο</h3>\n"
            "<p>Κάθε Σάββατο στο email σας οι ιστορίες της εβδομάδας από τα χωριά του νομού. <a href=\"https://"
            f"deltio.example/gr?utm_campaign=story-{n}\">Εγγραφή</a></p>"),
        "markers": ["Το δελτίο", "οι ιστορίες της εβδομάδας"],
        "recurring": "Σε ανακοίνωσή της η περιφέρεια ανέφερε ότι οι εργασίες στο γεφύρι θα ολοκληρωθούν πριν από το "
                     "καλοκαίρι και ότι δεν σχεδιάζεται άλλο κλείσιμο του δρόμου φέτος.",
    },
}


def article(site, n):
    return spaced_article(SITES, site, n)


if __name__ == "__main__":
    # The box's title may go without a profile (a short heading), so no precondition on it.
    check_sites(c, WINNOW, SITES, article, box_stays_without_profile=False)
