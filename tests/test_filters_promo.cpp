// Promo boxes whose way out (a link line, a button, a form) extraction dropped as chrome: the
// drop is recorded (a boilerplate removal with its source line) and counts as the box's link,
// so the box's remaining text goes too; in several languages, scripts and markups. And what
// must stay although a link line was dropped beside it.
#include <doctest/doctest.h>

#include <string>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

// One block a line, as most pages are written (the drops are placed by source line).
const char* kLead =
    "<p>The regional archive opened its reading room again this week after a renovation that took almost two years "
    "and cost more than the council had planned.</p>\n"
    "<p>Visitors can now consult the collection of parish registers, maps and letters without booking weeks ahead, "
    "and a new scanner lets them order copies on the spot.</p>\n";
const char* kTail =
    "<p>The archivists hope that schools will use the room for projects on local history, and they plan open "
    "evenings for families in the autumn.</p>\n";

std::string page(const std::string& middle) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Archive</title></head><body><main>\n"
           "<article><h1>The archive reopens</h1>\n" +
           std::string(kLead) + middle + "\n" + kTail + "</article></main></body></html>";
}

Document cleaned_doc(const std::string& input) {
    const Result r = clean(input);
    REQUIRE(r.ok());
    return r.document;
}

std::string cleaned(const std::string& input) { return winnow::test::squeeze(to_text(cleaned_doc(input))); }

}  // namespace

TEST_CASE("a box whose link line or button extraction dropped goes with it, in any script and markup") {
    struct Case {
        const char* box;
        const char* word;  // a word of the box's text
    };
    const Case cases[] = {
        // Ukrainian, link paragraph after the text inside a div
        {"<div><p>Отримуйте найкращі статті щотижня на свою пошту безкоштовно.</p>"
         "<p><a href=\"https://lysty.example/pidpys\">Підписатися</a></p></div>",
         "безкоштовно"},
        // Japanese, a small form with a button
        {"<div><p>毎週の特集記事をメールでお届けします。登録は一分で終わります。</p>"
         "<form action=\"https://tokushu.example/touroku\"><input type=\"email\"><button>登録する</button></form></div>",
         "特集記事"},
        // Thai, a lone button
        {"<div><p>รับข่าวสารล่าสุดทุกสัปดาห์ส่งตรงถึงกล่องจดหมายของคุณฟรี</p><button>สมัครเลย</button></div>",
         "ข่าวสารล่าสุด"},
        // Greek, a titled section with a one-link list
        {"<section><h3>Μην το χάσετε</h3><p>Γραφτείτε στο εβδομαδιαίο δελτίο μας και διαβάστε πρώτοι τα νέα άρθρα.</p>"
         "<ul><li><a href=\"https://deltio.example/\">Εγγραφή</a></li></ul></section>",
         "εβδομαδιαίο"},
        // Hindi, a titled div, its link paragraph dropped
        {"<div><h4>न्यूज़लेटर</h4><p>हर हफ्ते नई कहानियाँ सीधे अपने इनबॉक्स में पाएँ।</p>"
         "<p><a href=\"https://patrika.example/judiye\">अभी जुड़ें</a></p></div>",
         "इनबॉक्स"},
    };
    for (const Case& c : cases) {
        const std::string input = page(c.box);
        const Document d = cleaned_doc(input);
        const std::string out = winnow::test::squeeze(to_text(d));
        CHECK_MESSAGE(out.find(c.word) == std::string::npos, std::string(c.box));
        CHECK_MESSAGE(out.find("parish registers") != std::string::npos, std::string(c.box));
        CHECK_MESSAGE(out.find("families in the autumn") != std::string::npos, std::string(c.box));
        // The drop itself is on record, with the line it stood on.
        bool recorded = false;
        for (const Removal& r : d.removed) recorded = recorded || (r.reason == RemovalReason::boilerplate && r.source_line == 5);
        CHECK_MESSAGE(recorded, std::string(c.box));
    }
}

TEST_CASE("minified markup places no drop: a box with no way out of its own is judged without one") {
    // All on one line: which block the dropped link followed is unknown, so nothing is credited
    // with it (the Ukrainian box has no other cue and stays; a foreign quotation would too).
    std::string flat = page("<div><p>Отримуйте найкращі статті щотижня на свою пошту безкоштовно.</p>"
                            "<p><a href=\"https://lysty.example/pidpys\">Підписатися</a></p></div>");
    std::erase(flat, '\n');
    CHECK(cleaned(flat).find("безкоштовно") != std::string::npos);
}

TEST_CASE("article text beside a dropped link line stays: further reading, a quotation, a warning, a how-to step") {
    const char* keep[][2] = {
        // A lead-in to the article's own reading list (the list is dropped as a link list).
        {"<p>For readers who want to go further, the archive recommends these guides to the parish registers:</p>\n"
         "<ul><li><a href=\"https://guides.example/a\">Reading old hands</a></li>"
         "<li><a href=\"https://guides.example/b\">Parish records explained</a></li></ul>",
         "recommends these guides"},
        // A short quotation in another language of the article's script, its source a link line.
        {"<blockquote><p>Nie wszystko złoto, co się świeci, ale stare mapy błyszczą najjaśniej.</p></blockquote>\n"
         "<p><a href=\"https://cytaty.example/mapy\">źródło</a></p>",
         "stare mapy"},
        // A one-line emphasized warning of the article, a link to the manual after it.
        {"<p><strong>Warning: the reading room closes an hour early on the first Monday of each month.</strong></p>\n"
         "<p><a href=\"https://archive.example/hours\">Opening hours</a></p>",
         "closes an hour early"},
        // A credit line in another language of the article's script, set in italics, with the
        // source's link line dropped: in the article's own script a dropped link is a cue, not
        // the strong way out a box there needs.
        {"<p><em>Bildnachweis: Stadtarchiv Kempten, Sammlung Hofmann</em></p>\n"
         "<p><a href=\"https://stadtarchiv.example/hofmann\">Zur Sammlung</a></p>",
         "Bildnachweis"},
        // A how-to step addressing the reader, with a button-like link to the tool it names.
        {"<p>To order copies from home, download the archive's ordering form, fill in the register numbers and "
         "send it back to the archive by mail.</p>\n"
         "<p><a href=\"https://archive.example/form.pdf\">Download the form</a></p>",
         "fill in the register numbers"},
        // The same step in German.
        {"<p>Laden Sie das Bestellformular des Archivs herunter, tragen Sie die Nummern der Register ein und "
         "schicken Sie es per Post an das Archiv zurück.</p>\n"
         "<p><a href=\"https://archiv.example/formular.pdf\">Formular herunterladen</a></p>",
         "tragen Sie die Nummern"},
    };
    for (const auto& k : keep) CHECK_MESSAGE(cleaned(page(k[0])).find(k[1]) != std::string::npos, std::string(k[0]));
}

TEST_CASE("a box in a script the filters have no table for is foreign; a title over the next box is that box's") {
    // Ethiopic and Cherokee letters are letters of no listed script: foreign to an English article.
    // Their link lines are dropped as chrome: in the article's own script that is only a cue.
    for (const char* box : {"<div><p>ለዜና መጽሔታችን ዛሬ ይመዝገቡ እና በየሳምንቱ ዜና ያግኙ።</p>"
                            "<p><a href=\"https://zena.example/\">ይመዝገቡ</a></p></div>",
                            "<div><p>ᏣᎳᎩ ᎦᏬᏂᎯᏍᏗ ᎠᏕᎶᏆᏍᏗ ᎪᏪᎵ ᏧᏬᏪᎳᏅᎯ ᎤᎾᏙᏢᏒ.</p>"
                            "<p><a href=\"https://tsalagi.example/\">ᎯᎠ</a></p></div>"}) {
        const std::string out = cleaned(page(box));
        CHECK_MESSAGE(out.find("https") == std::string::npos, std::string(box));
        CHECK_MESSAGE(out.find("ዜና") == std::string::npos, std::string(box));
        CHECK_MESSAGE(out.find("ᎪᏪᎵ") == std::string::npos, std::string(box));
        CHECK(out.find("parish registers") != std::string::npos);
    }
    // A Greek quotation with no way out stays; the Cyrillic box right after it goes whole,
    // its one-word title with it (not taken as the tail of the quotation's run).
    const std::string two = "<blockquote><p>Τα γράμματα του λιμανιού μένουν η καλύτερη πηγή για την πόλη.</p></blockquote>\n"
                            "<div><h2>Розсилка</h2><p><em>Отримуйте найкращі статті щотижня безкоштовно!</em></p>\n"
                            "<p><a href=\"https://lysty.example/\">Підписатися</a></p></div>";
    const std::string out = cleaned(page(two));
    CHECK(out.find("η καλύτερη πηγή") != std::string::npos);
    CHECK(out.find("Розсилка") == std::string::npos);
    CHECK(out.find("безкоштовно") == std::string::npos);
}
