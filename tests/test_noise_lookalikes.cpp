// Legitimate look-alikes of noise stay, through the whole pipeline, on HTML and text input:
// a refrain, repeated "Update:" labels, interview speakers, repeated table headers, code,
// footnote markers with their notes, a foreign quotation with numbers, math, chemical
// formulas, product codes, emoji in a chat transcript.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "text_util.hpp"

using namespace winnow;

namespace {

const char* kLead =
    "<p>The regional archive opened its reading room again this week after a renovation that took almost two years "
    "and cost more than the council had planned.</p>"
    "<p>Visitors can now consult the collection of parish registers, maps and letters without booking weeks ahead, "
    "and a new scanner lets them order copies on the spot.</p>";
const char* kTail =
    "<p>The archivists hope that schools will use the room for projects on local history, and they plan open "
    "evenings for families in the autumn.</p>";

std::string page(const std::string& middle) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Archive</title></head><body><main>"
           "<article><h1>The archive reopens</h1>" +
           std::string(kLead) + middle + kTail + "</article></main></body></html>";
}

// The same page written one block a line, as most pages are: a link line extraction drops is
// placed by its line, after the block before it (see dropped_actions.hpp).
std::string lined_page(const std::string& middle) {
    std::string lead(kLead);
    lead.insert(lead.find("</p><p>") + 4, "\n");
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Archive</title></head><body><main>\n"
           "<article><h1>The archive reopens</h1>\n" + lead + "\n" + middle + "\n" + kTail + "\n</article></main></body></html>";
}

std::string cleaned(const std::string& input) {
    const Result r = clean(input);
    REQUIRE(r.ok());
    return winnow::test::squeeze(r.document.meta.subtitle + " " + to_text(r.document));
}

std::size_t occurrences(const std::string& hay, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t p = hay.find(needle); p != std::string::npos; p = hay.find(needle, p + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("a refrain between the lines of a song stays, every time") {
    std::string song;
    for (const char* verse : {"Down by the harbour the lanterns are low", "Nobody waits where the cold rivers go",
                              "Bajo la luna camina el pastor", "Lleva en la mano una vieja canción"}) {
        song += "<p>" + std::string(verse) + "</p>";
        song += "<p>Sing me the morning, sing me the tide</p>";
    }
    const std::string out = cleaned(page(song));
    CHECK(occurrences(out, "Sing me the morning, sing me the tide") == 4);
    CHECK(out.find("Bajo la luna camina el pastor") != std::string::npos);
}

TEST_CASE("a refrain sung twice at the end of a song, back to back, stays with every copy") {
    struct Song {
        std::string lead, refrain, tail;
        std::vector<std::string> verses;
    };
    const std::vector<Song> songs{
        {kLead, "Sing me the morning, sing me the tide", kTail,
         {"Down by the harbour the lanterns are low", "Nobody waits where the cold rivers go",
          "Over the water the gulls call my name"}},
        {"<p>El archivo regional abri\u00f3 de nuevo su sala de lectura esta semana despu\u00e9s de una reforma que "
         "dur\u00f3 casi dos a\u00f1os y cost\u00f3 m\u00e1s de lo previsto.</p><p>Los visitantes pueden consultar "
         "ahora los registros parroquiales, los mapas y las cartas sin reservar con semanas de antelaci\u00f3n.</p>",
         "Canta la noche, canta la mar",
         "<p>Los archiveros esperan que las escuelas usen la sala para proyectos de historia local durante el "
         "oto\u00f1o.</p>",
         {"Bajo la luna camina el pastor", "Lleva en la mano una vieja canci\u00f3n", "Nadie lo espera al final del camino"}}};
    for (const Song& s : songs) {
        std::string html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>Archive</title></head><body><main>"
                           "<article><h1>The archive reopens</h1>" + s.lead;
        for (const auto& verse : s.verses) html += "<p>" + verse + "</p><p>" + s.refrain + "</p>";
        html += "<p>" + s.refrain + "</p>" + s.tail + "</article></main></body></html>";
        CHECK_MESSAGE(occurrences(cleaned(html), s.refrain) == 4, s.refrain);
    }
}

TEST_CASE("a quotation pasted once between paragraphs and twice back to back after a short line goes, every copy") {
    // Copies standing one after another are one place in the text: they do not make the
    // short line before them a verse of a poem.
    for (const char* quote : {"\u0411\u0443\u0434\u0443\u0449\u0435\u0435 \u0437\u0430 \u0442\u0435\u043c\u0438, "
                              "\u043a\u0442\u043e \u0447\u0438\u0442\u0430\u0435\u0442 \u043a\u0430\u0436\u0434\u044b\u0439 "
                              "\u0434\u0435\u043d\u044c \u0438 \u043d\u0435 \u0431\u043e\u0438\u0442\u0441\u044f "
                              "\u043d\u043e\u0432\u043e\u0433\u043e.",
                              "Przysz\u0142o\u015b\u0107 nale\u017cy do tych, kt\u00f3rzy czytaj\u0105 codziennie i "
                              "nie boj\u0105 si\u0119 nowego.",
                              "Read every day and never be afraid of anything new."}) {
        const std::string box = "<blockquote><p>" + std::string(quote) + "</p></blockquote>";
        // At the article's end, nothing after the last copies.
        const std::string html =
            "<!doctype html><html><head><meta charset=\"utf-8\"><title>Archive</title></head><body><main><article>"
            "<h1>The archive reopens</h1>" + std::string(kLead) + box +
            "<p>Researchers from three universities have already asked for access to the letters of the harbour "
            "company, which were thought lost.</p><p>Ref 12</p>" + box + box + "</article></main></body></html>";
        const std::string out = cleaned(html);
        CHECK_MESSAGE(out.find(quote) == std::string::npos, std::string(quote));
        CHECK(out.find("harbour company") != std::string::npos);
    }
}

TEST_CASE("repeated labels that introduce different text stay: updates, interview turns") {
    const std::string updates =
        "<p><strong>Update:</strong></p><p>The reading room will also open on Saturday mornings from next month.</p>"
        "<p><strong>Update:</strong></p><p>The council confirmed that entry stays free for students and pensioners.</p>"
        "<p><strong>Aktualisierung:</strong></p><p>Der Lesesaal bleibt am Feiertag geschlossen, teilte das Archiv mit.</p>"
        "<p><strong>Aktualisierung:</strong></p><p>Ab Oktober gibt es zusätzlich Führungen für Schulklassen.</p>";
    const std::string out = cleaned(page(updates));
    CHECK(occurrences(out, "Update:") == 2);
    CHECK(occurrences(out, "Aktualisierung:") == 2);

    std::string interview;
    const char* turns[][2] = {
        {"MARTA KOWALSKA", "We found letters that nobody had read since the war, tied with string in a box of maps."},
        {"JONAS EBERT", "How did you decide which of them to scan first, with so little time and money?"},
        {"MARTA KOWALSKA", "We asked the readers: the families came with names, and we followed their questions."},
        {"JONAS EBERT", "Will the originals stay in the building once the scanning work is finished?"},
        {"MARTA KOWALSKA", "Yes, in the new climate room in the basement, which keeps them dry all year."},
    };
    for (const auto& t : turns) interview += "<p><b>" + std::string(t[0]) + "</b></p><p>" + t[1] + "</p>";
    const std::string out2 = cleaned(page(interview));
    CHECK(occurrences(out2, "MARTA KOWALSKA") == 3);
    CHECK(occurrences(out2, "JONAS EBERT") == 2);
}

TEST_CASE("tables with repeated header rows and code blocks stay") {
    const std::string tables =
        "<table><tr><th>Year</th><th>Visitors</th></tr><tr><td>2019</td><td>4,210</td></tr>"
        "<tr><th>Year</th><th>Visitors</th></tr><tr><td>2023</td><td>5,870</td></tr></table>"
        "<p>The second table counts the letters scanned in each of the last two years of the project.</p>"
        "<table><tr><th>Year</th><th>Visitors</th></tr><tr><td>2020</td><td>1,050</td></tr></table>"
        "<pre><code>for (int i = 0; i &lt; n; ++i) { crc = (crc &gt;&gt; 8) ^ table[(crc ^ buf[i]) &amp; 0xFF]; }\n"
        "SELECT id, title FROM letters WHERE year = 1921;</code></pre>";
    const std::string out = cleaned(page(tables));
    CHECK(occurrences(out, "Year Visitors") == 3);
    CHECK(out.find("crc = (crc >> 8) ^ table[(crc ^ buf[i]) & 0xFF];") != std::string::npos);
    CHECK(out.find("SELECT id, title FROM letters WHERE year = 1921;") != std::string::npos);
}

TEST_CASE("footnote markers with their notes, a foreign quotation with numbers, math and formulas stay") {
    const std::string middle =
        "<p>The oldest register dates from 1642[1] and the newest map from 1988.[2]</p>"
        "<p>A Greek visitor wrote in the book: «Το 2023 διαβάσαμε 1.200 επιστολές σε 14 ημέρες».</p>"
        "<p>The humidity model is h(t) = 0.6 + 0.1·sin(2πt/365), and the room holds x² + y² ≤ 25 m² of shelving.</p>"
        "<p>Old ink contains FeSO₄ and C₇H₆O₅, which slowly turn the paper brown.</p>"
        "<p>[1] Parish of St Anne, first volume.</p><p>[2] Survey of the harbour, second edition.</p>";
    const std::string out = cleaned(page(middle));
    CHECK(out.find("1642[1]") != std::string::npos);
    CHECK(out.find("1988.[2]") != std::string::npos);
    CHECK(out.find("«Το 2023 διαβάσαμε 1.200 επιστολές σε 14 ημέρες»") != std::string::npos);
    CHECK(out.find("h(t) = 0.6 + 0.1·sin(2πt/365)") != std::string::npos);
    CHECK(out.find("x² + y² ≤ 25 m²") != std::string::npos);
    CHECK(out.find("FeSO₄ and C₇H₆O₅") != std::string::npos);
}

TEST_CASE("product codes in a review and emoji in a chat transcript stay") {
    const std::string middle =
        "<p>The archive tested two scanners: the KX-4200B and the DS-780N v2, with firmware 3.1.4-rc2.</p>"
        "<p>The KX-4200B was faster, but the DS-780N v2 handled the fragile letters with more care.</p>"
        "<p>[10:42] anna: the room looks amazing 😍😍</p><p>[10:43] piotr: see you there at 5 🎉</p>";
    const std::string out = cleaned(page(middle));
    CHECK(out.find("the KX-4200B and the DS-780N v2, with firmware 3.1.4-rc2.") != std::string::npos);
    CHECK(out.find("anna: the room looks amazing 😍😍") != std::string::npos);
    CHECK(out.find("piotr: see you there at 5 🎉") != std::string::npos);
}

TEST_CASE("a short line pasted between paragraphs again and again goes, every copy, in any language") {
    for (const char* line : {"Dalszy ciąg artykułu poniżej", "Статья продолжается ниже", "記事は下に続きます",
                             "Makale aşağıda devam ediyor"}) {
        const std::string box = "<p>" + std::string(line) + "</p>";
        const std::string html = page(box + "<p>Researchers from three universities have already asked for access to the "
                                            "letters of the harbour company, which were thought lost.</p>" +
                                      box + "<p>The staff also restored a set of glass negatives showing the town before "
                                            "the great fire of the last century.</p>" + box);
        const std::string out = cleaned(html);
        CHECK_MESSAGE(out.find(line) == std::string::npos, line);
        CHECK(out.find("glass negatives") != std::string::npos);
        // The same as plain text.
        std::string text = "The archive reopens\n\nThe regional archive opened its reading room again this week after a "
                           "renovation that took almost two years.\n\n";
        for (int i = 0; i < 3; ++i)
            text += std::string(line) + "\n\nParagraph " + std::to_string(i) +
                    " of the story tells how the letters of the harbour company were found in a cellar.\n\n";
        CHECK_MESSAGE(cleaned(text).find(line) == std::string::npos, line);
    }
}

TEST_CASE("a box in another script with a way out goes between paragraphs; a foreign quotation stays") {
    const std::string boxes =
        "<p><b>Подпишитесь на нашу рассылку</b> <a href=\"https://letters.example/join\">Подписаться</a></p>"
        "<p>Researchers from three universities have already asked for access to the letters of the harbour "
        "company, which were thought lost for decades.</p>"
        "<table><tr><td>今すぐ無料で登録してください</td><td><a href=\"https://app.example/\">登録</a></td></tr></table>"
        "<blockquote><p>Γράμματα από το λιμάνι, 1921–1938: 412 επιστολές, 37 χάρτες.</p></blockquote>";
    const std::string out = cleaned(page(boxes));
    CHECK(out.find("рассылку") == std::string::npos);
    CHECK(out.find("無料") == std::string::npos);
    CHECK(out.find("Γράμματα από το λιμάνι, 1921–1938: 412 επιστολές, 37 χάρτες.") != std::string::npos);
    CHECK(out.find("harbour company") != std::string::npos);
}

TEST_CASE("section titles listed together again, and a section printed twice, stay") {
    // Two section titles, each opening its prose, listed again together at the foot.
    const std::string titles =
        "<h3>Die erste Saison</h3><p>Im ersten Jahr kamen mehr Besucher als erwartet, und die Stadt verlängerte "
        "die Öffnungszeiten bis in den späten Abend.</p>"
        "<h3>Первый урок</h3><p>Первый урок в читальном зале прошёл для школьников из соседнего района, и учителя "
        "попросили ещё три занятия.</p>"
        "<h3>Die erste Saison</h3><h3>Первый урок</h3>";
    const std::string out = cleaned(page(titles));
    CHECK(occurrences(out, "Die erste Saison") == 2);
    CHECK(occurrences(out, "Первый урок") == 3);  // (once more in its prose)
    // A section title and the paragraph under it, printed twice on the page.
    const std::string section =
        "<h3>Ferry photographs</h3><p>The archive also received a donation of three hundred photographs from "
        "a family that ran the ferry between the islands for four generations, with notes on every picture.</p>";
    const std::string twice = cleaned(page(section + section));
    CHECK(occurrences(twice, "Ferry photographs") == 2);
}

TEST_CASE("a sentence pasted between the paragraphs again and again goes in any language; the article's own restated prose stays") {
    for (const char* line : {"Zapisz się już dziś i odbierz pierwszy numer naszego kwartalnika całkowicie bez żadnych opłat ani zobowiązań.",
                             "Bugün kaydolun ve yeni derginin ilk sayısını hiçbir ücret ödemeden hemen e-posta kutunuza almaya başlayın.",
                             "Daftar sekarang juga dan dapatkan edisi pertama secara cuma-cuma langsung di kotak surat Anda.",
                             "ลงทะเบียนวันนี้เพื่อรับฉบับแรกฟรีทันทีโดยไม่มีค่าใช้จ่ายใดๆทั้งสิ้น."}) {
        const std::string box = "<p>" + std::string(line) + "</p>";
        const std::string html = page(box + "<p>Researchers from three universities have already asked for access to the "
                                            "letters of the harbour company, which were thought lost.</p>" +
                                      box + "<p>The staff also restored a set of glass negatives showing the town before "
                                            "the great fire of the last century.</p>" + box);
        const std::string out = cleaned(html);
        CHECK_MESSAGE(out.find(line) == std::string::npos, line);
        CHECK(out.find("glass negatives") != std::string::npos);
        std::string text = "The archive reopens\n\nThe regional archive opened its reading room again this week after a "
                           "renovation that took almost two years.\n\n";
        for (int i = 0; i < 2; ++i)
            text += std::string(line) + "\n\nParagraph " + std::to_string(i) +
                    " of the story tells how the letters of the harbour company were found in a cellar.\n\n";
        CHECK_MESSAGE(cleaned(text).find(line) == std::string::npos, line);
    }
    // A paragraph of the article said again further down (a summary, a key sentence): it shares
    // the article's words, so it stays, both times.
    const std::string key = "<p>The renovation of the reading room cost more than the council had planned, and the "
                            "archive opened again with a new scanner for copies.</p>";
    const std::string out = cleaned(page(key + "<p>Researchers from three universities have already asked for access to "
                                               "the letters of the harbour company, which were thought lost.</p>" + key));
    CHECK(occurrences(out, "a new scanner for copies") == 2);
}

TEST_CASE("a box in the article's script but another language goes on a link and one more cue; quotations and references stay") {
    for (const char* box : {"<p><strong>Zapisz się na nasz biuletyn i odbieraj wiadomości co tydzień!</strong> "
                            "<a href=\"https://biuletyn.example/zapis\">Zapisz</a></p>",
                            "<h4>Bülten</h4><p>Haftalık bültenimize abone olun, haberleri kaçırmayın. "
                            "<a href=\"https://bulten.example/abone\">Abone ol</a></p>",
                            "<p><em>Unduh aplikasi kami sekarang juga secara gratis. "
                            "<a href=\"https://aplikasi.example/\">Unduh</a></em></p>"}) {
        const std::string out = cleaned(page(box));
        CHECK_MESSAGE(out.find("https") == std::string::npos, box);
        CHECK_MESSAGE(out.find("wiadomości") == std::string::npos, box);
        CHECK_MESSAGE(out.find("kaçırmayın") == std::string::npos, box);
        CHECK_MESSAGE(out.find("gratis") == std::string::npos, box);
        CHECK(out.find("parish registers") != std::string::npos);
    }
    // A quotation in another language in italics, and a linked reference to a source: one cue
    // each, and they stay.
    const std::string quote = "<p><em>Nie wszystko złoto, co się świeci, ale stare mapy błyszczą najjaśniej.</em></p>";
    CHECK(cleaned(page(quote)).find("stare mapy błyszczą najjaśniej") != std::string::npos);
    const std::string ref = "<p>Katalog zbiorów kartograficznych województwa, tom drugi, wydanie "
                            "<a href=\"https://archiwum.example/katalog\">archiwum</a> 1998</p>";
    CHECK(cleaned(page(ref)).find("Katalog zbiorów kartograficznych") != std::string::npos);
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
    for (const auto& k : keep) CHECK_MESSAGE(cleaned(lined_page(k[0])).find(k[1]) != std::string::npos, std::string(k[0]));
}

TEST_CASE("a source after a quotation in the article's script stays: set after a dash, or after the closing quote") {
    // A link closing a block counts as a box's button only right after a sentence's end; an
    // attribution stands after a dash or a quotation mark. In Italian, Polish and French.
    const char* keep[][2] = {
        {"<p><em>Le carte antiche raccontano la città meglio di qualsiasi cronaca.</em> — "
         "<a href=\"https://fonte.example/a\">Archivio Rossi</a></p>", "raccontano la città"},
        {"<p>„Stare mapy mówią o mieście więcej niż kroniki.” "
         "<a href=\"https://zrodlo.example/b\">Kowalski</a></p>", "mówią o mieście"},
        {"<p><i>« Les registres paroissiaux sont la mémoire du village. »</i> "
         "<a href=\"https://source.example/c\">Dupont</a></p>", "mémoire du village"},
    };
    for (const auto& k : keep) CHECK_MESSAGE(cleaned(page(k[0])).find(k[1]) != std::string::npos, std::string(k[0]));
}

TEST_CASE("a titled quotation in the article's script with its source's link line dropped stays") {
    // Title, text and a link line after them is a box's shape; without an exclamation, emphasis
    // or a button besides, it is a quotation with its source (Czech, Spanish, Indonesian).
    const char* keep[][2] = {
        {"<h4>Z kroniky</h4>\n<p>Roku tisícího osmistého byla fara opravena a kostel dostal nové varhany.</p>\n"
         "<p><a href=\"https://kronika.example/fara\">Zdroj</a></p>", "dostal nové varhany"},
        {"<h4>Del diario</h4>\n<p>Aquel invierno el río se heló por completo y los molinos callaron durante semanas.</p>\n"
         "<p><a href=\"https://diario.example/rio\">Fuente</a></p>", "molinos callaron"},
        {"<h4>Catatan lama</h4>\n<p>Pada musim itu panen padi gagal karena hujan turun terlalu lama di lembah.</p>\n"
         "<p><a href=\"https://catatan.example/panen\">Sumber</a></p>", "panen padi gagal"},
    };
    for (const auto& k : keep) CHECK_MESSAGE(cleaned(lined_page(k[0])).find(k[1]) != std::string::npos, std::string(k[0]));
}

TEST_CASE("text input: the article's own lines under a rule after a box stay; a quoted address in the prose stays") {
    // A box closed by a rule, then the article's next lines with no blank line between them
    // (a paragraph broken by the page's layout); and the article's own source, an address on a
    // line of its own after a paragraph. In Turkish and Czech.
    const std::string lead =
        "Kasaba\n\nKaradeniz kıyısındaki küçük kasabada çay üreticileri bu yıl hasadı geç başlattı ve fiyatlar yükseldi.\n\n"
        "Kooperatif başkanı, elle toplanan yaprakların daha yüksek fiyata satıldığını ve üreticilerin memnun olduğunu söyledi.\n\n";
    // (The box, in Polish, is pasted twice: a copy elsewhere is its strong way out.)
    const std::string box = "+--------------------+\n| Dołącz do nas już dziś i wygraj nagrody!\n+--------------------+\n";
    const std::string boxed = lead + box + "\n" + box +
        "Genç işçilerin çoğu şehirden yaz tatili için dönen\n\n"
        "Yağmurlu geçen ilkbahar nedeniyle hasat iki hafta gecikti, ancak yaprakların kalitesi çok iyi oldu.\n";
    const std::string out = winnow::test::squeeze(to_text(clean(boxed).document));
    CHECK(out.find("Genç işçilerin çoğu") != std::string::npos);
    CHECK(out.find("nagrody") == std::string::npos);
    CHECK(out.find("hasat iki hafta") != std::string::npos);
    const std::string source =
        "Archiv\n\nMěstský archiv znovu otevřel badatelnu po rekonstrukci, která trvala téměř dva roky a stála více peněz.\n\n"
        "Návštěvníci mohou nyní studovat matriky, mapy a dopisy bez dlouhého objednávání a kopie si objednají na místě.\n"
        "https://archiv.example/badatelna\n\n"
        "Archiváři doufají, že školy využijí badatelnu pro projekty o místní historii a chystají večery pro rodiny.\n";
    const std::string kept = winnow::test::squeeze(to_text(clean(source).document));
    CHECK(kept.find("matriky, mapy a dopisy") != std::string::npos);
    CHECK(kept.find("večery pro rodiny") != std::string::npos);
}

TEST_CASE("look-alikes of records, addresses and prompts stay through the pipeline: specs, interviews, a how-to, a report") {
    // A product's spec lines, an interview's labelled answers, a how-to naming a command line,
    // a report on an attack naming its server, times, scores, a verse and a ratio; in English,
    // German, French, Spanish and Polish. HTML and the same as text.
    const std::vector<std::string> lines{
        "Weight: 2 kg, Colour: red, Size: medium: the jacket packs into its own chest pocket.",
        "Gewicht: 1,4 kg; Farbe: grün; Material: Baumwolle, und der Rucksack hält jeden Regen ab.",
        "Nom : Claire Martin, métier : archiviste, elle travaille ici depuis vingt ans.",
        "To refresh the package lists, run sudo apt update and then apt upgrade -y before you reboot.",
        "Los investigadores rastrearon el ataque hasta el servidor 185.220.101.4, alquilado una semana antes.",
        "Atak trwał od 10:30 do 14:15, a mecz skończył się wynikiem 2:1; na transparencie cytat J 3:16, beton 1:2:3.",
    };
    std::string html,
        text = "The archive reopens\n\nThe regional archive opened its reading room again this week after a renovation that took "
               "almost two years and cost more than the council had planned.\n\n";
    for (const std::string& l : lines) html += "<p>" + l + "</p>", text += l + "\n\n";
    const std::string out = cleaned(page(html));
    const std::string out_text = winnow::test::squeeze(to_text(clean(text).document));
    for (const std::string& l : lines) {
        CHECK_MESSAGE(out.find(l) != std::string::npos, l);
        CHECK_MESSAGE(out_text.find(l) != std::string::npos, l);
    }
}

TEST_CASE("text input: the tail of a sentence after a line of debris is no title of the box after it") {
    // A paragraph wrapped over lines, a line of debris between two of them, a box in another
    // script right after: the tail ("… said.") opens lower-case and ends the sentence.
    struct Case {
        std::vector<std::string> prose;  // four paragraphs; the box stands before the third
        std::string head, tail;
    };
    const std::vector<Case> cases{
        {{"Kasabadaki kooperatif bu yıl çay yapraklarını elle toplamaya karar verdi ve üreticiler yeni bir depo kurdu.",
          "Genç çiftçiler eski bahçeleri yeniden düzenledi, yaşlılar ise onlara budama ve kurutma yöntemlerini öğretti.",
          "Belediye sonbaharda meydanda bir festival düzenlemeyi ve ziyaretçilere fabrikaları gezdirmeyi planlıyor.",
          "Vadideki köylerde kış aylarında turistlerin sayısı azalıyor, fakat pazar kurulduğu günlerde otobüsler doluyor "
          "ve lokantalar gece geç saatlere kadar açık kalıyor."},
         "Kooperatif başkanı, elle toplanan yaprakların daha yüksek fiyata satıldığını ve siparişlerin son iki yılda",
         "arttığını söylüyor."},
        {{"В небольшом северном городе этой осенью открыли библиотеку в здании бывшей пожарной части у реки.",
          "Жители сами собирали книги по квартирам, а студенты техникума сделали стеллажи из старых досок.",
          "Городские власти обещали выделить деньги на отопление, но решение примут только в декабре.",
          "Летом рядом с библиотекой разбили небольшой сад, где дети поливают цветы, а пенсионеры играют в шахматы "
          "под старыми липами до самого вечера."},
         "Зимой здесь планируют проводить встречи с писателями и уроки для пожилых людей, которые хотят",
         "научиться пользоваться компьютером."},
        {{"W małym mieście nad rzeką otwarto w tym roku bibliotekę w dawnym budynku straży pożarnej.",
          "Mieszkańcy sami zbierali książki, a uczniowie technikum zrobili regały ze starych desek.",
          "Władze miasta obiecały pieniądze na ogrzewanie, ale decyzja zapadnie dopiero w grudniu.",
          "Latem obok biblioteki założono ogród, w którym dzieci podlewają kwiaty, a emeryci grają w szachy pod "
          "starymi lipami aż do wieczora."},
         "Zimą planowane są spotkania z pisarzami i lekcje dla starszych osób, które chcą",
         "nauczyć się obsługi komputera."}};
    for (const Case& c : cases) {
        const std::string text = "Report\n\n" + c.prose[0] + "\n\n" + c.prose[1] + "\n\n" + c.head +
                                 "\nbebacacy: 45013, rasamv: souhfo_pbo, vikybu: yfngo.p, bpizic: 42033\n" + c.tail +
                                 "\n\n\u0BB2\u0BC6\u0BAF\u0BBF \u0BB0\u0BC7\u0B9F\u0BC2\u0BB2\u0BC7\n"
                                 "\u0BA8\u0BBE\u0BB1\u0BC7 \u0B95\u0BBE\u0BAA\u0BBF\u0B95\u0BBE \u0B9A\u0BBE\u0BB3\u0BC7 "
                                 "\u0B95\u0BBE\u0BA9\u0BC7\u0BA9\u0BBF\u0BA8\u0BBF!\n"
                                 "\u0BB3\u0BC1\u0BAF\u0BC0 \u0B9A\u0BC1\u0BB1\u0BC0 \u2192 https://box.example/go\n\n" +
                                 c.prose[2] + "\n\n" + c.prose[3] + "\n";
        const std::string out = cleaned(text);
        CHECK_MESSAGE(out.find(c.tail) != std::string::npos, c.tail);
        CHECK_MESSAGE(out.find("\u0B95\u0BBE\u0BAA\u0BBF\u0B95\u0BBE") == std::string::npos, c.tail);
    }
}

TEST_CASE("text input: a line in words foreign to the article, an exclamation and an address after an arrow, goes") {
    // The exclamation is the box's cue even with the address written after it; a quotation in
    // another language with its source's address after an arrow has no such cue and stays.
    const std::string lead =
        "The archive reopens\n\nThe regional archive opened its reading room again this week after a renovation that "
        "took almost two years and cost more than the council had planned.\n\nVisitors can now consult the collection "
        "of parish registers, maps and letters without booking weeks ahead, and a new scanner lets them order copies "
        "on the spot.\n\n";
    const std::string tail =
        "\n\nThe archivists hope that schools will use the room for projects on local history, and they plan open "
        "evenings for families in the autumn.\n";
    for (const char* box : {"\u2022 Vadu kelimo tosavi rupena gilo datomu! \u2192 https://box.example/go",
                            "\u2022 Jetzt gleich anmelden und einen Rabatt sichern! \u2192 https://rabatt.example/de",
                            "\u2022 Zapisz si\u0119 dzi\u015b i odbierz prezent! \u2192 https://prezent.example/pl"}) {
        const std::string out = cleaned(lead + box + tail);
        CHECK_MESSAGE(out.find("https://") == std::string::npos, std::string(box));
        CHECK(out.find("parish registers") != std::string::npos);
    }
    const std::string quote = "\u201ENie ma r\u00f3\u017cy bez kolc\u00f3w, mawia\u0142a zawsze babcia.\u201D \u2192 https://cytaty.example/roza";
    CHECK(cleaned(lead + quote + tail).find("mawia\u0142a zawsze babcia") != std::string::npos);
}

TEST_CASE("a titled box in the article's script whose dropped link row names its title again goes") {
    // Title, text, and a row of links extraction dropped, one of them the title again: a
    // teaser linking to itself (Polish, Indonesian, Czech). A titled quotation whose link line
    // names its source stays (see the test above).
    const char* boxes[][2] = {
        {"<div><h5>Nowy kurs wieczorowy</h5>\n<p>Poznaj podstawy rysunku w cztery tygodnie razem z malarzami.</p>\n"
         "<p><a href=\"https://kurs.example/a\">Zapisy</a> \u00b7 <a href=\"https://kurs.example/b\">Nowy kurs wieczorowy</a></p></div>",
         "podstawy rysunku"},
        {"<div><h5>Kelas memasak baru</h5>\n<p>Pelajari resep nenek bersama koki terkenal setiap akhir pekan.</p>\n"
         "<p><a href=\"https://kelas.example/a\">Daftar</a> \u00b7 <a href=\"https://kelas.example/b\">Kelas memasak baru</a></p></div>",
         "resep nenek"},
        {"<div><h5>Nov\u00fd ve\u010dern\u00ed kurz</h5>\n<p>Nau\u010dte se z\u00e1klady kresby za \u010dty\u0159i t\u00fddny s mal\u00ed\u0159i.</p>\n"
         "<p><a href=\"https://kurz.example/a\">P\u0159ihl\u00e1\u0161ky</a> \u00b7 <a href=\"https://kurz.example/b\">Nov\u00fd ve\u010dern\u00ed kurz</a></p></div>",
         "kresby"},
    };
    for (const auto& b : boxes) {
        const std::string out = cleaned(lined_page(b[0]));
        CHECK_MESSAGE(out.find(b[1]) == std::string::npos, std::string(b[0]));
        CHECK(out.find("parish registers") != std::string::npos);
    }
}

namespace {

// The article's lead and tail around one paragraph, as plain text: one paragraph a block.
std::string text_page(const std::string& middle) {
    return "The archive reopens\n\nThe regional archive opened its reading room again this week after a renovation that "
           "took almost two years and cost more than the council had planned.\n\nVisitors can now consult the collection "
           "of parish registers, maps and letters without booking weeks ahead, and a new scanner lets them order copies "
           "on the spot.\n\n" + middle + "\n\nThe archivists hope that schools will use the room for projects on local "
           "history, and they plan open evenings for families in the autumn.\n";
}

// Every whitespace-separated word of `para` is in `out` (markup aside).
std::string missing_words(const std::string& out, const std::string& para) {
    std::string missing, word;
    for (std::size_t p = 0; p <= para.size(); ++p) {
        if (p < para.size() && para[p] != ' ') { word += para[p]; continue; }
        if (!word.empty() && out.find(word) == std::string::npos) missing += word + " ";
        word.clear();
    }
    return missing;
}

}  // namespace

TEST_CASE("notations that look like debris stay in prose, HTML and text: chess, grades, scores, formulas, citations, codes") {
    const char* paras[] = {
        // chess in English and German figurines (S = knight, L = bishop), castling with zeros
        "The game opened quietly with 1.e4 e5 2.Nf3 Nc6 3.Bb5 a6 4.Ba4 Nf6 5.O-O Be7, and only after 12.Nxe5 Qxe5 did the champion take risks.",
        "Die Partie begann mit 1.e4 e5 2.Sf3 Sc6 3.Lb5 a6 4.La4 Sf6 5.0-0 Le7, und erst nach 12.Sxe5 Dxe5 wurde es scharf.",
        "La partida empez\u00f3 con 1.d4 Cf6 2.c4 e6 3.Cc3 Ab4 4.e3 0-0 5.Ad3 d5 y las blancas nunca encontraron un plan claro.",
        // climbing grades, French, UIAA and Yosemite
        "On the south face she climbed Red Corner (6a+), Long Crack (7b/7b+) and the overhang at 8a, then a 5.10d crack.",
        "Die Route f\u00fchrt \u00fcber 6a, 6b+, 6c/6c+ und 7a bis zum Ausstieg; im alten UIAA-Grad ist das etwa VI+ bis VIII-.",
        // score lists and a cricket card in prose
        "Results on Saturday: Arsenal 2\u20131 Chelsea, Leeds 0\u20130 Everton, Fulham 3\u20132 Brentford, Wolves 1\u20134 Villa.",
        "V\u00fdsledky soboty: Sparta 2:1 Slavia, Plze\u0148 0:0 Ban\u00edk, Jablonec 3:2 Zl\u00edn, Olomouc 1:4 Liberec.",
        "Australia made 312/7 in their 50 overs and India replied with 289 all out in 48.3 overs; Smith 104 (118), Kohli 87 (95).",
        // chemistry and isotopes
        "Water (H\u2082O) and carbon dioxide (CO\u2082) form, the \u00b9\u2074C isotope decays, and Ca(OH)2 + CO2 \u2192 CaCO3 + H2O sets the mortar.",
        // Bible and legal citations, German and English
        "Der Pfarrer zitierte Joh 3,16 und R\u00f6m 8,28; das Gericht st\u00fctzte sich auf \u00a7 823 Abs. 1 BGB und Art. 2 Abs. 1 GG.",
        "The preacher quoted John 3:16 and 1 Cor 13:4\u20137, while the judge cited 42 U.S.C. \u00a7 1983 and Fed. R. Civ. P. 12(b)(6).",
        // versions, ISBNs, an account number, keyboard shortcuts
        "This release replaces v2.3.1-rc2 and v2.3.0; users of 1.9.x should read the notes for 2.0.0-beta.3 first.",
        "The book (ISBN 978-3-16-148410-0, also ISBN 0-306-40615-2) appeared in a second edition last year.",
        "Donations are welcome on account IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX, reference \u201cArchive 2026\u201d.",
        "Press Ctrl+Shift+T to reopen a closed tab, Cmd+Option+I on a Mac to open the inspector, or Alt+F4 to quit.",
    };
    for (const char* p : paras) {
        CHECK_MESSAGE(missing_words(cleaned(page(std::string("<p>") + p + "</p>")), p).empty(), "html: ", p);
        CHECK_MESSAGE(missing_words(cleaned(text_page(p)), p).empty(), "text: ", p);
    }
}

TEST_CASE("a sentence in another language of the same alphabet stays inside English prose, quoted or not") {
    // Czech in „…“ (closed by a high mark), Slovak in ‚…‘, and Czech, Vietnamese, Polish and
    // Turkish sentences with no quotation marks at all: words, no counters, no separators.
    const char* paras[] = {
        "When the mayor stepped to the microphone she said, in Czech, \u201eD\u011bkuji v\u0161em, kte\u0159\u00ed p\u0159i\u0161li, a "
        "slibuji, \u017ee p\u0159\u00ed\u0161t\u00ed rok bude knihovna otev\u0159en\u00e1 ka\u017ed\u00fd den\u201c, and the hall applauded.",
        "The Slovak poster said \u201a\u010eakujeme, \u017ee \u010d\u00edtate n\u00e1\u0161 \u010dasopis ka\u017ed\u00fd t\u00fd\u017ede\u0148\u2018 "
        "and showed a lighthouse.",
        "When the mayor stepped to the microphone she said in Czech: D\u011bkuji v\u0161em, kte\u0159\u00ed p\u0159i\u0161li, a slibuji, "
        "\u017ee p\u0159\u00ed\u0161t\u00ed rok bude knihovna otev\u0159en\u00e1 ka\u017ed\u00fd den. The hall applauded.",
        "Our guide told us, in Vietnamese, that Ng\u01b0\u1eddi d\u00e2n \u1edf \u0111\u00e2y th\u01b0\u1eddng d\u1eady r\u1ea5t s\u1edbm "
        "\u0111\u1ec3 \u0111i ch\u1ee3 v\u00e0 u\u1ed1ng c\u00e0 ph\u00ea tr\u01b0\u1edbc khi l\u00e0m vi\u1ec7c, which we believed at once.",
        "The Polish caption, Dzi\u0119kujemy wszystkim uczestnikom za wsp\u00f3ln\u0105 zabaw\u0119 i \u017cyczymy mi\u0142ego "
        "wieczoru, was printed under the photograph.",
        "In Turkish the phrase is \u00d6\u011frenciler i\u00e7in \u00fccretsiz giri\u015f her g\u00fcn saat d\u00f6rtten sonra "
        "ge\u00e7erlidir, as the sign by the gate explains.",
    };
    for (const char* p : paras) {
        CHECK_MESSAGE(missing_words(cleaned(page(std::string("<p>") + p + "</p>")), p).empty(), "html: ", p);
        CHECK_MESSAGE(missing_words(cleaned(text_page(p)), p).empty(), "text: ", p);
    }
}

TEST_CASE("a tutorial sentence keeps its regular expression or shell one-liner in code") {
    const char* paras[][2] = {
        {"<p>To count the addresses in a log, run <code>grep -Eo '([0-9]{1,3}\\.){3}[0-9]{1,3}' access.log | sort | uniq -c</code> and read the counts.</p>",
         "grep -Eo '([0-9]{1,3}\\.){3}[0-9]{1,3}' access.log | sort | uniq -c"},
        {"<p>The pattern <code>^[A-Z]{2}\\d{2}[A-Z0-9]{1,30}$</code> matches most account numbers, and <code>sed -i 's/foo/bar/g' *.txt</code> edits in place.</p>",
         "^[A-Z]{2}\\d{2}[A-Z0-9]{1,30}$"},
        {"<p>Pour trouver les vieux fichiers, tapez <code>find . -name '*.log' -mtime +7 -exec rm {} \\;</code> dans le terminal.</p>",
         "find . -name '*.log' -mtime +7 -exec rm {} \\;"},
    };
    for (const auto& p : paras) CHECK_MESSAGE(missing_words(cleaned(page(p[0])), p[1]).empty(), p[0]);
}
