// Promo boxes whose way out (a link line, a button, a form) extraction dropped as chrome: the
// drop is recorded (a boilerplate removal with its source line) and counts as the box's link,
// so the box's remaining text goes too; in several languages, scripts and markups. (What must
// stay although a link line was dropped beside it: tests/test_noise_lookalikes.cpp.)
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

TEST_CASE("minified markup places a drop in document order: a box there goes as it does one block a line") {
    // All on one line, every block starts on line 1: the dropped link is placed after the block
    // before it in document order (dropped_actions.hpp), so the box is read as it is when written
    // one block a line. (Placed by line it stood nowhere, and the box stayed.)
    const std::string box = "<div><p>Отримуйте найкращі статті щотижня на свою пошту безкоштовно.</p>"
                            "<p><a href=\"https://lysty.example/pidpys\">Підписатися</a></p></div>";
    std::string flat = page(box);
    std::erase(flat, '\n');
    const std::string lined = cleaned(page(box)), out = cleaned(flat);
    CHECK(lined.find("безкоштовно") == std::string::npos);
    CHECK(out.find("безкоштовно") == std::string::npos);
    CHECK(out.find("parish registers") != std::string::npos);
    CHECK(out.find("families in the autumn") != std::string::npos);
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

TEST_CASE("a box in the article's script but another language: a button closing its text, or a dropped form, is its way out") {
    // A short link set right after the box's last sentence (or its line break) is a button: with
    // the link itself that makes the two cues a box in the article's own script needs.
    const char* boxes[][2] = {
        {"<ul><li>Odbieraj najnowsze wiadomości prosto na skrzynkę co tydzień! "
         "<a href=\"https://biuletyn.example/zapis\">Zapisz się</a></li></ul>", "skrzynkę"},
        {"<dl><dt>Bülten</dt><dd>Her hafta en yeni yazılar posta kutunuzda olsun. "
         "<a href=\"https://bulten.example/abone\">Abone ol</a></dd></dl>", "yazılar"},
        {"<p><i>Dapatkan kabar terbaru setiap minggu langsung di kotak masuk Anda.</i><br>"
         "<a href=\"https://kabar.example/daftar\">Daftar sekarang</a></p>", "kotak masuk"},
        {"<p><small>Nhận tin mới nhất mỗi tuần qua hộp thư của bạn.</small> "
         "<a href=\"https://tin.example/dangky\">Đăng ký</a></p>", "hộp thư"},
    };
    for (const auto& b : boxes) {
        const std::string out = cleaned(page(b[0]));
        CHECK_MESSAGE(out.find(b[1]) == std::string::npos, std::string(b[0]));
        CHECK_MESSAGE(out.find("parish registers") != std::string::npos, std::string(b[0]));
        CHECK_MESSAGE(out.find("families in the autumn") != std::string::npos, std::string(b[0]));
    }
    // A form extraction dropped after the box is its way out even after the article's last
    // paragraph (no credit or quotation ends in a form); in Spanish and Czech.
    for (const char* box : {"<div><p>Recibe cada semana las mejores historias en tu correo!</p>"
                            "<form action=\"https://boletin.example/alta\"><input type=\"email\"><button>Alta</button></form></div>",
                            "<div><p>Každý týden nejlepší články přímo do vaší schránky!</p>"
                            "<form action=\"https://zpravy.example/\"><input type=\"email\"><button>Odebírat</button></form></div>"}) {
        const std::string input = page(std::string(kTail) + "\n" + box);
        const std::string out = cleaned(input);
        CHECK_MESSAGE(out.find("semana las mejores") == std::string::npos, box);
        CHECK_MESSAGE(out.find("nejlepší články") == std::string::npos, box);
        CHECK_MESSAGE(out.find("families in the autumn") != std::string::npos, box);
    }
}

namespace {

// A plain-text article, paragraphs set apart by blank lines.
std::string text_page(const std::string& middle, const std::string& glued = "") {
    return "The archive reopens\n\n"
           "The regional archive opened its reading room again this week after a renovation that took almost two years "
           "and cost more than the council had planned.\n\n"
           "Visitors can now consult the collection of parish registers, maps and letters without booking weeks ahead, "
           "and a new scanner lets them order copies on the spot" + glued + ".\n\n" + middle +
           "\n\nThe archivists hope that schools will use the room for projects on local history, and they plan open "
           "evenings for families in the autumn.\n";
}

}  // namespace

TEST_CASE("text input: a box in the article's script framed as title, text and a bracketed or arrowed button line goes") {
    const char* boxes[][2] = {
        {"Bülten\nHer hafta en yeni yazılar posta kutunuzda olsun!\n[Abone ol]", "yazılar"},
        {"Newsletter\nOdbieraj najnowsze wiadomości prosto na skrzynkę co tydzień!\nZapisz się →", "skrzynkę"},
        // One line: a title, the text, and the written address after its last sentence.
        {"Kabar: Dapatkan kabar terbaru setiap minggu langsung di kotak masuk Anda! https://kabar.example/daftar",
         "kotak masuk"},
    };
    for (const auto& b : boxes) {
        const std::string out = cleaned(text_page(b[0]));
        CHECK_MESSAGE(out.find(b[1]) == std::string::npos, std::string(b[0]));
        CHECK_MESSAGE(out.find("parish registers") != std::string::npos, std::string(b[0]));
        CHECK_MESSAGE(out.find("families in the autumn") != std::string::npos, std::string(b[0]));
    }
    // A label in Thai glued into the prose does not make the Thai box the article's vocabulary
    // (Thai is compared letter by letter; the prose's words count only in its own script).
    const std::string thai = cleaned(text_page("รับข่าวสารล่าสุดทุกสัปดาห์ส่งตรงถึงกล่องจดหมายของคุณ\n[สมัครสมาชิก]",
                                               " [ข่าวสาร ล่าสุด]"));
    CHECK(thai.find("กล่องจดหมาย") == std::string::npos);
    CHECK(thai.find("parish registers") != std::string::npos);
}

TEST_CASE("text input: a quotation in the article's script with its title and author line stays") {
    // No frame around the last line and no sentence ended before the address: a quotation and a
    // reference, in German, Spanish and Italian.
    const char* keep[][2] = {
        {"Der Erlkönig\nWer reitet so spät durch Nacht und Wind? Es ist der Vater mit seinem Kind!\nGoethe", "reitet so spät"},
        {"Fuente del mapa: Archivo Histórico Provincial, fondo del catastro, legajo 14 https://archivo.example/catastro",
         "fondo del catastro"},
        {"Canto notturno\nChe fai tu, luna, in ciel? dimmi, che fai, silenziosa luna!\n— Leopardi", "silenziosa luna"},
    };
    for (const auto& k : keep) CHECK_MESSAGE(cleaned(text_page(k[0])).find(k[1]) != std::string::npos, std::string(k[0]));
}

TEST_CASE("a dropped button is a box's way out and its action; one link line pasted again counts once") {
    // After the article's last paragraph, in the article's script, no other cue: the button
    // extraction dropped is enough (Turkish, Portuguese).
    for (const char* box : {"<div><p>Haftalık yazılarımız her pazartesi posta kutunuzda olacak.</p><button>Katıl</button></div>",
                            "<div><p>As melhores histórias da semana chegam ao seu correio eletrônico.</p><button>Assinar</button></div>"}) {
        const std::string out = cleaned(page(std::string(kTail) + "\n" + box));
        CHECK_MESSAGE(out.find("yazılarımız") == std::string::npos, box);
        CHECK_MESSAGE(out.find("correio eletrônico") == std::string::npos, box);
        CHECK_MESSAGE(out.find("families in the autumn") != std::string::npos, box);
    }
    // The same link line dropped after four paragraphs is one box pasted four times, not the
    // article's own list of links: the box with a form at the end still goes.
    const std::string pasted = "<p><a href=\"https://promo.example/x\">Тримайте руку на пульсі новин щодня!</a></p>\n";
    std::string middle;
    for (int i = 0; i < 3; ++i)
        middle += "<p>The reading room holds maps, registers and letters from twelve parishes, catalogued number " +
                  std::to_string(i + 1) + " by the volunteers over the winter months.</p>\n" + pasted;
    middle += "<div><p>Recibe cada semana las mejores historias en tu correo.</p>"
              "<form action=\"https://boletin.example/alta\"><input type=\"email\"><button>Alta</button></form></div>";
    const std::string out = cleaned(page(pasted + middle));
    CHECK(out.find("mejores historias") == std::string::npos);
    CHECK(out.find("twelve parishes") != std::string::npos);
}

TEST_CASE("a titled box in the article's script whose link line was dropped goes with one more cue") {
    // Title, text, a dropped link line, and an exclamation or emphasis (Croatian, Malay, Vietnamese).
    const char* boxes[][2] = {
        {"<div><h5>Bilten</h5><p>Najbolje priče tjedna stižu ravno u vaš sandučić!</p>\n"
         "<p><a href=\"https://bilten.example/\">Prijava</a></p></div>", "sandučić"},
        {"<div><h5>Berita mingguan</h5><p><em>Cerita terbaik minggu ini terus ke peti masuk anda.</em></p>\n"
         "<p><a href=\"https://berita.example/\">Langgan</a></p></div>", "peti masuk"},
        {"<div><h5>Bản tin</h5><p>Những bài viết hay nhất mỗi tuần gửi thẳng vào hộp thư!</p>\n"
         "<p><a href=\"https://bantin.example/\">Đăng ký</a></p></div>", "hộp thư"},
    };
    for (const auto& b : boxes) {
        const std::string out = cleaned(page(b[0]));
        CHECK_MESSAGE(out.find(b[1]) == std::string::npos, std::string(b[0]));
        CHECK_MESSAGE(out.find("parish registers") != std::string::npos, std::string(b[0]));
    }
}

TEST_CASE("text input: a box's frame lines (rules, a lone address) belong to it; a rule under its text closes it") {
    // Boxes in another script drawn with rules or ending in an address on a line of its own
    // (Greek, Georgian, Hebrew, Armenian).
    const char* boxes[][2] = {
        {"#### Ενημέρωση ####\nΚάθε εβδομάδα τα καλύτερα άρθρα στο ταχυδρομείο σας.\n-> https://deltio.example/", "ταχυδρομείο"},
        {"~~~~~~~~~~\nსიახლეები\n~~~~~~~~~~\nყოველ კვირას საუკეთესო სტატიები თქვენს ფოსტაში.\nhttps://siakhle.example/",
         "ფოსტაში"},
        {"+--------------------+\n| עלון\n| הכתבות הטובות של השבוע ישר לתיבת הדואר שלכם\n| https://alon.example/\n"
         "+--------------------+", "לתיבת"},
        {"Ամեն շաբաթ լավագույն հոդվածները ձեր փոստարկղում։\n----------\nԳրանցվել: https://lur.example/", "փոստարկղում"},
    };
    for (const auto& b : boxes) {
        const std::string out = cleaned(text_page(b[0]));
        CHECK_MESSAGE(out.find(b[1]) == std::string::npos, std::string(b[0]));
        CHECK_MESSAGE(out.find("https") == std::string::npos, std::string(b[0]));
        CHECK_MESSAGE(out.find("parish registers") != std::string::npos, std::string(b[0]));
        CHECK_MESSAGE(out.find("families in the autumn") != std::string::npos, std::string(b[0]));
    }
}

TEST_CASE("a box in the article's script whose dropped link line is framed as a button goes; an unframed source line keeps it") {
    // A one-paragraph box in another language, no title, no exclamation, no emphasis: a link line
    // after it framed as a button ("Label »", "[Label]", "→ Label") that extraction dropped is its
    // way out and its action (Polish, Turkish, Indonesian).
    const char* boxes[][2] = {
        {"<div><p>Najlepsze teksty tygodnia czekają w skrzynce każdego czwartku rano.</p>\n"
         "<p><a href=\"https://teksty.example/zapis\">Zapisz się</a> »</p></div>", "skrzynce"},
        {"<div><p>Haftanın en iyi yazıları her perşembe sabahı posta kutunuzda.</p>\n"
         "<p>[<a href=\"https://yazilar.example/abone\">Abone ol</a>]</p></div>", "perşembe"},
        {"<div><p>Cerita pilihan minggu ini dikirim setiap kamis pagi ke kotak masuk.</p>\n"
         "<p>→ <a href=\"https://cerita.example/daftar\">Daftar</a></p></div>", "kotak masuk"},
    };
    for (const auto& b : boxes) {
        const std::string out = cleaned(page(b[0]));
        CHECK_MESSAGE(out.find(b[1]) == std::string::npos, std::string(b[0]));
        CHECK_MESSAGE(out.find("parish registers") != std::string::npos, std::string(b[0]));
        CHECK_MESSAGE(out.find("families in the autumn") != std::string::npos, std::string(b[0]));
    }
    // The same paragraphs with a plain link line under them (a source, a credit) stay: a dropped
    // link line in the article's own script is no way out by itself.
    const char* quotes[][2] = {
        {"<div><p>Najlepsze teksty tygodnia czekają w skrzynce każdego czwartku rano.</p>\n"
         "<p><a href=\"https://teksty.example/archiwum\">Gazeta Lokalna</a></p></div>", "skrzynce"},
        {"<div><p>Haftanın en iyi yazıları her perşembe sabahı posta kutunuzda.</p>\n"
         "<p><a href=\"https://yazilar.example/arsiv\">Yerel Gazete</a></p></div>", "perşembe"},
    };
    for (const auto& q : quotes) {
        const std::string out = cleaned(page(q[0]));
        CHECK_MESSAGE(out.find(q[1]) != std::string::npos, std::string(q[0]));
    }
}

TEST_CASE("text input: a box in the article's script but in letters its prose never writes goes with a framed button line") {
    // No title, no exclamation, no link: the text's marked letters are none the article uses
    // (Czech, Icelandic, Vietnamese in an English article) and a framed button line follows.
    const char* boxes[][2] = {
        {"Přihlaste se k odběru novinek, každý týden nové články přímo do schránky.\n[Odebírat]", "schránky"},
        {"Fáðu nýjustu fréttirnar í pósthólfið þitt í hverri viku.\n[Skrá mig]", "pósthólfið"},
        {"Nhận những bài viết mới nhất mỗi tuần qua hộp thư của bạn.\nĐăng ký →", "hộp thư"},
    };
    for (const auto& b : boxes) {
        const std::string out = cleaned(text_page(b[0]));
        CHECK_MESSAGE(out.find(b[1]) == std::string::npos, std::string(b[0]));
        CHECK_MESSAGE(out.find("parish registers") != std::string::npos, std::string(b[0]));
        CHECK_MESSAGE(out.find("families in the autumn") != std::string::npos, std::string(b[0]));
    }
    // The same letters in a quotation under its title with its author's line stay (Vietnamese,
    // Icelandic): an unframed last line is no button.
    const char* keep[][2] = {
        {"Quê hương\nQuê hương là chùm khế ngọt, cho con trèo hái mỗi ngày.\n— Đỗ Trung Quân", "chùm khế ngọt"},
        {"Vorið\nNú andar suðrið sæla vindum þýðum, á sjónum allar bárur smáar rísa.\n— Jónas", "sjónum allar"},
    };
    for (const auto& k : keep) CHECK_MESSAGE(cleaned(text_page(k[0])).find(k[1]) != std::string::npos, std::string(k[0]));
}

TEST_CASE("a box in another script pasted twice back to back is one box: its copies do not make it too long") {
    // Title and text in a script written without spaces count a word per two characters; two
    // copies in a row would pass a box's length, one does not (Thai, Japanese, Korean in text).
    const char* boxes[][2] = {
        {"ข่าวสารประจำสัปดาห์\nรับบทความใหม่ล่าสุดทุกสัปดาห์ส่งตรงถึงกล่องจดหมายของคุณได้ฟรีไม่มีค่าใช้จ่ายใดๆ!",
         "กล่องจดหมาย"},
        {"週刊ニュースレター\n毎週の新しい記事をあなたのメールボックスへ無料でお届けします。今すぐ登録してください!",
         "メールボックス"},
        {"주간 소식지\n매주 새로운 기사를 받은편지함으로 무료로 보내 드립니다 지금 바로 등록하시고 혜택을 받으세요!", "받은편지함으로"},
    };
    for (const auto& b : boxes) {
        const std::string box = std::string(b[0]) + "\n\n" + b[0];
        const std::string out = cleaned(text_page(box));
        CHECK_MESSAGE(out.find(b[1]) == std::string::npos, box);
        CHECK_MESSAGE(out.find("parish registers") != std::string::npos, box);
        CHECK_MESSAGE(out.find("families in the autumn") != std::string::npos, box);
    }
}

TEST_CASE("text input: a framed button line ends a box; the head of a paragraph split by debris after it stays") {
    // Icelandic and Vietnamese boxes in an English article; the next paragraph's first line stands
    // alone because a line of script debris cut it from the rest of its sentence.
    for (const char* box : {"Fréttabréf\nFáðu nýjustu fréttirnar í pósthólfið þitt í hverri viku!\n[Skrá mig]",
                            "Bản tin\nNhận những bài viết mới nhất mỗi tuần qua hộp thư của bạn!\n[Đăng ký]"}) {
        const std::string middle = std::string(box) +
                                   "\n\nVolunteers traced fourteen\nv=>k.qz.run()if(!w){m=p||{}}var t=r.s(4);\n"
                                   "boundary stones on those maps before spring.";
        const std::string out = cleaned(text_page(middle));
        CHECK_MESSAGE(out.find("Skrá mig") == std::string::npos, box);
        CHECK_MESSAGE(out.find("Đăng ký") == std::string::npos, box);
        CHECK_MESSAGE(out.find("Volunteers traced fourteen") != std::string::npos, box);
        CHECK_MESSAGE(out.find("boundary stones") != std::string::npos, box);
    }
}

TEST_CASE("text input: a short line closing on a written-out address, or opened by a pictograph, is a box; prose like it stays") {
    // Plain text has no link markup and no bold: an address written out closing a short line is
    // its link and its button, a pictograph or arrow opening it sets it off, and the same address
    // (with a changing number in the text) is a call to action said again. In English, Spanish,
    // Russian and German.
    const std::string lead =
        "El río vuelve\n\nCinco años después de que se derribara la vieja presa del molino, el río que pasa por el pueblo "
        "baja limpio otra vez y los salmones han vuelto a desovar en la grava.\n\n"
        "Los voluntarios del club de pesca contaron más de doscientos nidos el otoño pasado, cuatro veces más que en el "
        "primer recuento, y las nutrias se han visto cerca de la pasarela.\n\n";
    const std::string tail =
        "Los biólogos advierten que la recuperación es frágil: un verano seco o un vertido de la depuradora podría "
        "deshacer en una semana lo que costó años.\n";
    struct Case {
        std::string text, gone;
    };
    const Case boxes[] = {
        {lead + "👉 ¿Te ha gustado? Únete al club por dos euros al mes → https://socios.example/alta\n\n" + tail, "dos euros"},
        {lead + "Únete a 12.000 lectores que reciben nuestras notas del viernes: https://notas.example/\n\n" + tail +
             "\nÚnete a 12.500 lectores que reciben nuestras notas del viernes: https://notas.example/\n",
         "notas del viernes"},
        {"Библиотека\n\nВ посёлке на берегу озера открылась библиотека, которую жители сами устроили в здании старой школы, "
         "закрытой десять лет назад.\n\n★ Подпишитесь на наш канал и получайте лучшие материалы недели: https://kanal.example/\n\n"
         "Книги принесли соседи и прислали из городских библиотек, а полки сделал местный плотник из досок сарая.\n",
         "лучшие материалы"},
    };
    for (const Case& c : boxes) {
        const std::string out = winnow::test::squeeze(to_text(clean(c.text).document));
        CHECK_MESSAGE(out.find(c.gone) == std::string::npos, c.text);
        CHECK_MESSAGE(out.find("desovar en la grava") + out.find("старой школы") != 2 * std::string::npos, c.text);
    }
    // Look-alikes: a long paragraph closing on its source's address; a line of prose opened by
    // a pictograph; the article's own invitation to comment; a "read on" line pointing at the
    // series' next part. In English and German.
    const std::string en_lead =
        "The river comes back\n\nFive years after the old mill dam was taken down, the river below the town runs clear again "
        "and the salmon have returned to spawn in the gravel beds.\n\n"
        "Volunteers from the angling club counted more than two hundred nests last autumn, four times as many as in the "
        "first survey, and otters have been seen near the footbridge.\n\n";
    const std::vector<std::string> keeps{
        "Readers who want to check the figures can download the full survey, with the nest counts for every reach of the "
        "river since the first year, from the archive of the club at https://club.example/survey",
        "🌧 Rain is expected again on Sunday, so the next count will move to the following weekend.",
        "Tell us in the comments what you think about the new willow hedges along the banks!",
        "Read on: how the farmers gave their fields, part two of this series https://river.example/series/2",
        "Wer die Zahlen prüfen will, findet die Zählung aller Nester seit dem ersten Jahr im Archiv des Vereins unter "
        "https://verein.example/zaehlung",
    };
    for (const std::string& k : keeps) {
        const std::string out = winnow::test::squeeze(to_text(clean(en_lead + k + "\n\nBiologists warn that the recovery is fragile.\n").document));
        CHECK_MESSAGE(out.find(winnow::test::squeeze(k).substr(0, 30)) != std::string::npos, k);
    }
}

TEST_CASE("a call to action appended to the article's own list or table as its one linked item goes; lists of links stay") {
    // The odd item out by shape: a link as a whole at the list's edge among plain items, and it
    // reads as a call to action. In English, French and Russian; a list and a table.
    const std::vector<std::pair<std::string, std::string>> gone{
        {"<ul><li>Nets for counting the young fish</li><li>A boat for the survey of the lower reach</li>"
         "<li>Waders for the volunteers</li><li><a href=\"https://letters.example/join\">Get our free weekly letter on "
         "rivers and wildlife</a></li></ul>",
         "weekly letter"},
        {"<ol><li><a href=\"https://lettre.example/\">Recevez notre lettre gratuite chaque vendredi matin</a></li>"
         "<li>Ouvrir les vannes au printemps</li><li>Compter les nids en automne</li><li>Planter les saules</li></ol>",
         "lettre gratuite"},
        {"<table><tr><th>Месяц</th><th>Гнёзда</th></tr><tr><td>Октябрь</td><td>120</td></tr><tr><td>Ноябрь</td><td>95</td></tr>"
         "<tr><td colspan=\"2\"><a href=\"https://rassylka.example/\">Подпишитесь на нашу бесплатную рассылку о природе</a>"
         "</td></tr></table>",
         "бесплатную рассылку"},
    };
    for (const auto& [box, word] : gone) {
        const std::string out = cleaned(page(box));
        CHECK_MESSAGE(out.find(word) == std::string::npos, box);
        CHECK_MESSAGE(out.find("parish registers") != std::string::npos, box);
    }
    // Look-alikes: a review's list of product links (every item linked); a further-reading list;
    // the only link in the middle of a list; a plain last item addressing the reader; a link to
    // the article's own data with no offer in it.
    const std::vector<std::pair<std::string, std::string>> kept{
        {"<ul><li><a href=\"https://shop.example/a\">The light tent</a> for two weighs 1.4 kg and stays dry</li>"
         "<li><a href=\"https://shop.example/b\">The family tent</a> sleeps six and packs small</li>"
         "<li>For the budget, <a href=\"https://shop.example/c\">get the bigger tent for families</a></li></ul>",
         "bigger tent for families"},
        {"<ul><li>Maps of the parish from 1820</li><li><a href=\"https://archive.example/letters\">Join the volunteers who "
         "transcribe the letters</a></li><li>Registers of births and burials</li></ul>",
         "transcribe the letters"},
        {"<ul><li>Maps of the parish from 1820</li><li>Registers of births and burials</li>"
         "<li>Subscribe to nothing: just come in and ask for the key at the desk</li></ul>",
         "ask for the key"},
        {"<ul><li>Maps of the parish from 1820</li><li>Registers of births and burials</li>"
         "<li><a href=\"https://archive.example/catalogue.csv\">Download the whole catalogue as a spreadsheet</a></li></ul>",
         "whole catalogue"},
    };
    for (const auto& [list, words] : kept) CHECK_MESSAGE(cleaned(page(list)).find(words) != std::string::npos, list);
}

TEST_CASE("a how-to's step headed in the imperative over a paragraph of prose is the article's section, not a box (English, German, Spanish)") {
    // Three or more sections at one heading level, each over a paragraph of prose: a unit that is
    // one more of them is a step of the article, whatever its heading says. Each page's step
    // reads as a call to action (an action verb heading a linked paragraph).
    const std::vector<std::pair<std::string, std::string>> steps{
        {R"PAGE(<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Five ways to grow your network</title></head><body><main><article>
<h1>Five ways to grow your network</h1>
<p>Most people meet new colleagues by chance, at a conference or through a friend, and never follow up on what could have become a lasting working relationship.</p>
<h3>Start small</h3>
<p>Pick two or three people you already know a little and write to them about something they published or said, so that the first message is about their work and not about you.</p>
<h3>Join groups</h3>
<p>Pick a few very specific groups where the right people gather and spend time in them, answering questions and sharing what you know. Here is <a href="https://groups.example/list">a list of groups</a> that you can adapt with your own search.</p>
<h3>Follow up</h3>
<p>After a first conversation, send a short note within a week that names one thing you talked about and one thing you could do for the other person, however small it is.</p>
<h3>Introduce people</h3>
<p>Make a list of ten people who have you in common but do not know each other yet, and introduce them this month, with a sentence on why each should meet the other.</p>
<p>None of this takes more than an hour a week, and after a year the difference is plain to see in the people who answer when you write.</p>
</article></main></body></html>)PAGE", "Pick a few very specific groups"},
        {R"PAGE(<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Fünf Wege zu einem besseren Netzwerk</title></head><body><main><article>
<h1>Fünf Wege zu einem besseren Netzwerk</h1>
<p>Die meisten Menschen lernen neue Kollegen zufällig kennen, auf einer Tagung oder über Freunde, und melden sich danach nie wieder bei ihnen.</p>
<h3>Klein anfangen</h3>
<p>Suchen Sie sich zwei oder drei Menschen aus, die Sie schon ein wenig kennen, und schreiben Sie ihnen zu etwas, das sie veröffentlicht haben, damit es in der ersten Nachricht um deren Arbeit geht.</p>
<h3>Jetzt Gruppen beitreten</h3>
<p>Wählen Sie einige sehr genaue Gruppen, in denen sich die richtigen Leute treffen, und verbringen Sie dort Zeit mit Antworten und Hinweisen. Hier finden Sie <a href="https://gruppen.example/liste">eine Liste von Gruppen</a>, die Sie mit Ihrer eigenen Suche anpassen können.</p>
<h3>Nachfassen</h3>
<p>Schicken Sie nach einem ersten Gespräch innerhalb einer Woche eine kurze Nachricht, die eine Sache aus dem Gespräch nennt und eine, die Sie für die andere Person tun können.</p>
<h3>Menschen vorstellen</h3>
<p>Schreiben Sie zehn Menschen auf, die Sie gemeinsam haben, die einander aber noch nicht kennen, und stellen Sie sie diesen Monat einander vor, mit einem Satz dazu, warum.</p>
<p>Nichts davon kostet mehr als eine Stunde in der Woche, und nach einem Jahr sieht man den Unterschied an den Menschen, die antworten.</p>
</article></main></body></html>)PAGE", "Gruppen, in denen sich die richtigen Leute treffen"},
        {R"PAGE(<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Cinco maneras de ampliar tu red</title></head><body><main><article>
<h1>Cinco maneras de ampliar tu red</h1>
<p>La mayoría de la gente conoce a nuevos colegas por casualidad, en un congreso o a través de un amigo, y nunca vuelve a escribirles después.</p>
<h3>Empieza por poco</h3>
<p>Elige a dos o tres personas que ya conoces un poco y escríbeles sobre algo que publicaron o dijeron, para que el primer mensaje trate de su trabajo y no de ti.</p>
<h3>Únete a grupos</h3>
<p>Elige unos pocos grupos muy concretos donde se reúne la gente adecuada y pasa tiempo en ellos, respondiendo preguntas y compartiendo lo que sabes. Aquí tienes <a href="https://grupos.example/lista">una lista de grupos</a> que puedes adaptar con tu propia búsqueda.</p>
<h3>Haz seguimiento</h3>
<p>Después de una primera conversación, envía una nota breve en menos de una semana que mencione una cosa de la que hablasteis y otra que podrías hacer por la otra persona.</p>
<h3>Presenta a la gente</h3>
<p>Haz una lista de diez personas que te tienen en común pero que aún no se conocen, y preséntalas este mes, con una frase sobre por qué deberían conocerse.</p>
<p>Nada de esto lleva más de una hora a la semana, y al cabo de un año la diferencia se nota en la gente que responde cuando escribes.</p>
</article></main></body></html>)PAGE", "grupos muy concretos"},
    };
    for (const auto& [html, words] : steps) CHECK_MESSAGE(cleaned(html).find(words) != std::string::npos, words);
    // The same article with a newsletter box between two steps: its heading is at the steps'
    // level, but its text is no paragraph of prose, so it is a box and goes.
    const std::string out = cleaned(R"PAGE(<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Five ways to grow your network</title></head><body><main><article>
<h1>Five ways to grow your network</h1>
<p>Most people meet new colleagues by chance, at a conference or through a friend, and never follow up on what could have become a lasting working relationship.</p>
<h3>Start small</h3>
<p>Pick two or three people you already know a little and write to them about something they published or said, so that the first message is about their work and not about you.</p>
<h3>Join groups</h3>
<p>Pick a few very specific groups where the right people gather and spend time in them, answering questions and sharing what you know. Here is <a href="https://groups.example/list">a list of groups</a> that you can adapt with your own search.</p>
<h3>Sign up for our newsletter</h3>
<p>Get our best advice on careers every Friday, free in your inbox.</p>
<p><a href="https://letter.example/signup">Sign up now</a></p>
<h3>Follow up</h3>
<p>After a first conversation, send a short note within a week that names one thing you talked about and one thing you could do for the other person, however small it is.</p>
<h3>Introduce people</h3>
<p>Make a list of ten people who have you in common but do not know each other yet, and introduce them this month, with a sentence on why each should meet the other.</p>
<p>None of this takes more than an hour a week, and after a year the difference is plain to see in the people who answer when you write.</p>
</article></main></body></html>)PAGE");
    CHECK(out.find("best advice on careers") == std::string::npos);
    CHECK(out.find("Pick a few very specific groups") != std::string::npos);
    CHECK(out.find("introduce them this month") != std::string::npos);
}

TEST_CASE("short paragraphs in words foreign to the article, each closing on a link to one target, go however their wording changes") {
    // English, Czech, Greek: the pitch changes, the target stays.
    const char* boxes[][3] = {
        {"<p>Good journalism costs money, and ours is free to read. <a href=\"https://give.example/now\">Chip in</a></p>",
         "<p>Readers like you keep this newsroom going. <a href=\"https://give.example/now\">Give today</a>.</p>",
         "Good journalism costs money"},
        {"<p>Nezávislá žurnalistika potřebuje vaši podporu. <a href=\"https://dar.example/cz\">Přispějte</a></p>",
         "<p>Každá koruna pomáhá naší redakci. <a href=\"https://dar.example/cz\">Podpořte nás</a></p>",
         "Nezávislá žurnalistika"},
        {"<p>Η ανεξάρτητη δημοσιογραφία χρειάζεται τη στήριξή σας. <a href=\"https://dorea.example/gr\">Στηρίξτε μας</a></p>",
         "<p>Κάθε ευρώ μετράει για τη σύνταξή μας. <a href=\"https://dorea.example/gr\">Κάντε δωρεά</a></p>",
         "ανεξάρτητη δημοσιογραφία"}};
    for (const auto& b : boxes) {
        const std::string out = cleaned(page(std::string(b[0]) + "\n<p>The reading room has twelve desks, each with a lamp and a "
                                             "socket, and the staff bring the boxes from the stacks within ten minutes.</p>\n" + b[1]));
        CHECK_MESSAGE(out.find(b[2]) == std::string::npos, b[2]);
        CHECK(out.find("twelve desks") != std::string::npos);
        CHECK(out.find("parish registers") != std::string::npos);
    }
    // Plain text: the address written out is the link.
    const Result r = clean("Archive\n\nThe regional archive opened its reading room again this week after a renovation that "
                           "took almost two years and cost more than the council had planned.\n\n"
                           "Independent reporting needs you: https://give.example/now\n\n"
                           "Visitors can now consult the collection of parish registers, maps and letters without booking "
                           "weeks ahead, and a new scanner lets them order copies on the spot.\n\n"
                           "Three dollars a month keeps us going: https://give.example/now\n\n"
                           "The archivists hope that schools will use the room for projects on local history.\n",
                           Options{.input = InputKind::text});
    REQUIRE(r.ok());
    const std::string text = to_text(r.document);
    CHECK(text.find("Independent reporting") == std::string::npos);
    CHECK(text.find("Three dollars") == std::string::npos);
    CHECK(text.find("parish registers") != std::string::npos);
}

TEST_CASE("paragraphs closing on links to one target stay when they are the article's: its own words, a credit, a quoted post") {
    // A review: each product's short paragraph closes on the shop's page, in the review's words.
    const std::string review = cleaned(page(
        "<p>The reading room lamps come from one maker; the brass desk lamp costs forty dollars at "
        "<a href=\"https://shop.example/lamps\">the archive's shop</a>.</p>\n"
        "<p>The scanner prints copies of maps and letters in colour or grey, on the spot, for visitors without booking.</p>\n"
        "<p>The archive's shop sells the reading room lamps and copies of the maps, as prints on paper or on "
        "<a href=\"https://shop.example/lamps\">linen from the shop</a>.</p>"));
    CHECK(review.find("brass desk lamp") != std::string::npos);
    CHECK(review.find("as prints on paper") != std::string::npos);
    // Picture credits: every one closes on the same linked name, set after a dash.
    const std::string credits = cleaned(page(
        "<p>The new reading room, photographed from the gallery — <a href=\"https://photos.example/\">Studio Lindqvist</a></p>\n"
        "<p>The scanner prints copies of maps and letters in colour or grey, on the spot, for visitors without booking.</p>\n"
        "<p>The stacks after the renovation, seen from the stairs — <a href=\"https://photos.example/\">Studio Lindqvist</a></p>"));
    CHECK(credits.find("photographed from the gallery") != std::string::npos);
    CHECK(credits.find("seen from the stairs") != std::string::npos);
    // Posts quoted in the article, each closing on the same tag.
    const std::string posts = cleaned(page(
        "<blockquote><p>Finally got my great-grandmother's letters scanned today, what a morning "
        "<a href=\"https://social.example/tag/archive\">#archive</a></p><p>— a visitor</p></blockquote>\n"
        "<p>The scanner prints copies of maps and letters in colour or grey, on the spot, for visitors without booking.</p>\n"
        "<blockquote><p>Best reading room in the region, lovely staff and quiet desks "
        "<a href=\"https://social.example/tag/archive\">#archive</a></p><p>— another visitor</p></blockquote>"));
    CHECK(posts.find("great-grandmother") != std::string::npos);
    CHECK(posts.find("lovely staff") != std::string::npos);
}

TEST_CASE("a short pitch in words foreign to the article with a button of its own goes, whatever its words; the article's own link lines stay") {
    const char* tail_para = "<p>The reading room has twelve desks, each with a lamp and a socket, and the staff bring the boxes "
                            "from the stacks within ten minutes.</p>";
    // A button or a form that extraction drops as chrome (Spanish, Polish, Japanese), a link set
    // in bold as a whole (English, Polish; a plain link line is a source's, see above).
    const char* boxes[][2] = {
        {"<p>Independent reporting costs money. Back us with any amount today.</p><p><b><a href=\"https://fund.example/\">I'm in</a></b></p>",
         "Independent reporting costs"},
        {"<p>Niezależne dziennikarstwo kosztuje. Wesprzyj nas dowolną kwotą już dziś.</p><p><strong><a href=\"https://wsparcie.example/\">Wspieram</a></strong></p>",
         "dowolną kwotą"},
        {"<div><p>El periodismo independiente cuesta dinero. Apóyanos hoy con lo que puedas.</p><button>Quiero ayudar</button></div>",
         "periodismo independiente"},
        {"<div><p>Niezależne dziennikarstwo kosztuje. Wesprzyj nas dowolną kwotą już dziś.</p>"
         "<form action=\"https://wsparcie.example/\"><input type=\"number\"><button>Wspieram</button></form></div>",
         "Niezależne dziennikarstwo"},
        {"<div><p>この記事は有料会員限定です。</p><form action=\"https://members.example/\"><button>登録</button></form></div>",
         "有料会員限定"}};
    for (const auto& b : boxes) {
        const std::string out = cleaned(page(std::string(b[0]) + "\n" + tail_para));
        CHECK_MESSAGE(out.find(b[1]) == std::string::npos, std::string(b[1]));
        CHECK(out.find("twelve desks") != std::string::npos);
        CHECK(out.find("parish registers") != std::string::npos);
    }
    // The article's own short paragraph over a link line, in its words; a label over a list.
    const std::string own = cleaned(page(
        "<p>The council's report on the renovation of the archive is online.</p>\n"
        "<p><a href=\"https://council.example/archive-report.pdf\">Renovation report</a></p>\n" + std::string(tail_para) +
        "\n<p>For a first visit you will need:</p><ul><li>a reader's card</li><li>a pencil, since pens are not allowed</li>"
        "<li>an idea of the parish you are looking for</li></ul>"));
    CHECK(own.find("report on the renovation") != std::string::npos);
    CHECK(own.find("you will need") != std::string::npos);
    CHECK(own.find("a reader's card") != std::string::npos);
}

TEST_CASE("text input: a short box over a form drawn in brackets or an arrowed address goes; an article about a newsletter stays") {
    const auto clean_text = [](const std::string& s) {
        const Result r = clean(s, Options{.input = InputKind::text});
        REQUIRE(r.ok());
        return winnow::test::squeeze(to_text(r.document));
    };
    const std::string lead =
        "Archive\n\nThe regional archive opened its reading room again this week after a renovation that took almost "
        "two years and cost more than the council had planned.\n\n";
    const std::string tail =
        "\n\nVisitors can now consult the collection of parish registers, maps and letters without booking weeks "
        "ahead, and a new scanner lets them order copies on the spot.\n";
    // French, German, Japanese.
    const char* boxes[][2] = {{"La lettre du marché, chaque vendredi\n[ Votre e-mail ] [ S'inscrire ]", "La lettre du marché"},
                              {"Wir suchen Verstärkung für unsere Redaktion in Teilzeit.\nZur Bewerbung → https://jobs.example/redaktion",
                               "Verstärkung"},
                              {"【求人】編集スタッフ募集（週三日から）\n応募はこちら → https://recruit.example/apply", "編集スタッフ"}};
    for (const auto& b : boxes) {
        const std::string out = clean_text(lead + b[0] + tail);
        CHECK_MESSAGE(out.find(b[1]) == std::string::npos, std::string(b[1]));
        CHECK(out.find("parish registers") != std::string::npos);
        CHECK(out.find("reading room again") != std::string::npos);
    }
    // An article about a newsletter: its short paragraphs speak of subscribing, with no button.
    const std::string news = clean_text(
        "The village letter\n\nFor forty years the village letter has been printed in the school's basement and carried "
        "to every house by children on bicycles, and this winter it went online for the first time.\n\n"
        "Subscribe, the editors say, is a word they never used.\n\n"
        "The letter has four hundred readers now, most of them in the village, some in the cities where the young "
        "people moved, and the editors answer every letter they get by hand.\n");
    CHECK(news.find("a word they never used") != std::string::npos);
    CHECK(news.find("four hundred readers") != std::string::npos);
}

TEST_CASE("a line between the article's paragraphs that is a box by shape goes: an embed's label, fields parted by bars; specs stay") {
    const char* tail_para = "<p>The reading room has twelve desks, each with a lamp and a socket, and the staff bring the boxes "
                            "from the stacks within ten minutes.</p>";
    // Polish and Korean embed labels; an event line in Spanish.
    const char* lines[][2] = {
        {"<p>▶ Posłuchaj: <a href=\"https://audio.example/odc-42\">Rozmowy o mieście, odcinek 42</a> (38 min)</p>", "Rozmowy o mieście"},
        {"<p>🎧 <a href=\"https://audio.example/ep-7\">지역 기록관 이야기 7화</a></p>", "기록관 이야기"},
        {"<p>Encuentro con archiveros | sábado 12 de abril, 18:00 | Biblioteca Municipal | Entrada libre</p>", "Encuentro con archiveros"}};
    for (const auto& l : lines) {
        const std::string out = cleaned(page(std::string(l[0]) + "\n" + tail_para));
        CHECK_MESSAGE(out.find(l[1]) == std::string::npos, std::string(l[1]));
        CHECK(out.find("twelve desks") != std::string::npos);
        CHECK(out.find("parish registers") != std::string::npos);
    }
    // A spec line of keyed fields, a paragraph opening on an emoji without a link, stay.
    const std::string out = cleaned(page(
        "<p>Scanner: A3 flatbed | Resolution: 600 dpi | Price per copy: 20 cents | Queue: none</p>\n" + std::string(tail_para) +
        "\n<p>⭐ The volunteers who sorted the letters during the renovation were thanked at the opening by the mayor.</p>"));
    CHECK(out.find("Resolution: 600 dpi") != std::string::npos);
    CHECK(out.find("volunteers who sorted") != std::string::npos);
    // Text input: the event line between paragraphs goes.
    const Result r = clean("Archive\n\nThe regional archive opened its reading room again this week after a renovation that "
                           "took almost two years and cost more than the council had planned.\n\n"
                           "Open evening | Friday 12 May, 19:00 | Reading room | Free entry\n\n"
                           "Visitors can now consult the collection of parish registers, maps and letters without booking "
                           "weeks ahead, and a new scanner lets them order copies on the spot.\n",
                           Options{.input = InputKind::text});
    REQUIRE(r.ok());
    CHECK(to_text(r.document).find("Open evening") == std::string::npos);
    CHECK(to_text(r.document).find("parish registers") != std::string::npos);
}
