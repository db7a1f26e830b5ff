// Garbage filter, shapes of round 5 (tests/test_garbage_fresh5.cpp counts them on whole pages):
// a word with a joiner or combining marks keeps itself when debris is glued behind its
// sentence's stop, and a mark that opens markup after the stop ends the word as well.
#include <doctest/doctest.h>

#include <string>

#include "filter_test_util.hpp"

using namespace winnow;

namespace {
std::string clean_one(std::string text, std::string context) {
    return winnow::test::garbage_filtered(std::move(text), std::move(context));
}
const std::string kPersian = "ساختمان ایستگاه قطار قدیمی شهر پس از سال‌ها بی‌استفاده ماندن به کتابخانه تبدیل شده است.";
const std::string kHindi = "गाँव के पुराने स्टेशन की इमारत अब एक छोटे पुस्तकालय में बदल गई है।";
const std::string kCzech = "Obec koupila opuštěnou budovu pošty za symbolickou korunu a přestavěla ji na knihovnu.";
}  // namespace

TEST_CASE("debris glued behind a sentence's stop leaves the word whole, joiners and combining marks too") {
    // A zero-width non-joiner inside the last word (Persian), combining vowel signs (Hindi).
    const std::string fa = "کودکان روی نیمکت‌های چوبی قدیمی می‌نشینند و قصه می‌خوانند.";
    CHECK(clean_one(fa + "var q=window.__q||[];q.push([\"init\",77]);", kPersian) == fa);
    const std::string hi = "बच्चे रोज़ शाम को यहाँ किताबें पढ़ते हैं.";
    CHECK(clean_one(hi + "var q=window.__q||[];q.push([\"init\",77]);", kHindi) == hi);
    // A mark that opens a tag, a placeholder or markup after the stop ends the word.
    const std::string cs = "Knihovna je otevřena každý den kromě neděle.";
    CHECK(clean_one(cs + "{{ post.author_name }} {{ post.read_time }}", kCzech) == cs);
    CHECK(clean_one(fa + "#کتاب#کتابخوانی#ایستگاه#قطار#فرهنگ", kPersian) == fa);
}

namespace {
const std::string kSwahili = "Wakulima wa kijiji kimoja cha milimani wameanza kufuga nyuki ili kuongeza kipato chao.";
const std::string kJapanese = "駅から少し離れた商店街に、昭和のはじめから続く小さな銭湯がある。";
}  // namespace

TEST_CASE("three or more hashtags in a row, a segment of their own, go; one tag in a sentence stays") {
    const std::string sw = "Asali ya kwanza ilivunwa mwezi uliopita.";
    CHECK(clean_one(sw + " #nyuki #asali #kijiji #mavuno", kSwahili) == sw);
    CHECK(clean_one(sw + " #nyuki · #asali · #kijiji Wanunuzi walifurahi sana.", kSwahili) == sw + " Wanunuzi walifurahi sana.");
    const std::string ja = "常連客の多くは近所に住むお年寄りだ。";
    CHECK(clean_one(ja + "#銭湯 #商店街 #昭和レトロ", kJapanese) == ja);
    CHECK(clean_one("Obec koupila budovu pošty.#knihovna#posta#obec Knihovnice pořádá čtení.", kCzech) ==
          "Obec koupila budovu pošty. Knihovnice pořádá čtení.");
    for (const std::string& legit : {
             std::string("Fotky z jarmarku sdílejte pod značkou #jarmark2024 a nejlepší z nich vystavíme v čítárně."),
             std::string("Wanachama walipiga kura #1, #2 na #3 kwa mpangilio huo."),
             std::string("Hashtagy #knihovna, #posta a #obec používá obec na sociálních sítích od loňska."),
         })
        CHECK(clean_one(legit, legit.starts_with("W") ? kSwahili : kCzech) == legit);
}

TEST_CASE("numbered file names, a segment of their own, go; a file name the prose quotes stays") {
    const std::string cs = "Staré přepážky zůstaly zachovány.";
    CHECK(clean_one(cs + " DSC01234.jpg DSC01235.jpg Knihovnice pořádá čtení.", kCzech) == cs + " Knihovnice pořádá čtení.");
    CHECK(clean_one(cs + "P1020388.JPG", kCzech) == cs);
    const std::string ja = "壁には富士山の絵が飾られている。";
    CHECK(clean_one(ja + "IMG_20230614_181502.jpg 最近は若い人も訪れる。", kJapanese) == ja + " 最近は若い人も訪れる。");
    const std::string hi = "यहाँ बच्चे रोज़ शाम को किताबें पढ़ते हैं।";
    CHECK(clean_one(hi + " photo-1520x800.webp hero_final_v2@2x.png", kHindi) == hi);
    for (const std::string& legit : {
             std::string("Nejhezčí fotka má v archivu název IMG_2041.JPG a má přes osm megabajtů."),
             std::string("Data najdete v souboru sčítání2021.csv na webu obce."),
             std::string("Staré přepážky zůstaly zachovány. Verze 2.14.3 programu běží i na starých počítačích."),
             std::string("Picha bora iliitwa DSC01234.jpg na ilishinda tuzo ya kijiji."),
         })
        CHECK(clean_one(legit, legit.starts_with("P") ? kSwahili : kCzech) == legit);
}

TEST_CASE("a hex dump line whose bytes all start with a digit goes when its printable column has one character per byte") {
    const std::string uk = "Найдовше доводиться чекати, поки дерево висохне.";
    const std::string kUkrainian = "У старому водяному млині на околиці містечка вже десять років працює майстерня бандур.";
    CHECK(clean_one(uk + " 00000000  7f 45 4c 46 02 01 01 00  00 00 00 00 00 00 00 00  |.ELF............|", kUkrainian) == uk);
    CHECK(clean_one("00000010  02 00 3e 00 01 00 00 00  40 10 40 00 00 00 00 00  |..>.....@.@.....|", kCzech) == "<removed>");
    // A row of two-digit numbers with a bar-framed word after it is a table's, not a dump's.
    for (const std::string& legit : {
             std::string("Výsledky losování: 04 12 19 23 31 42 07 |bonus|"),
             std::string("Tabulka ročníku 2023: 12 09 01 02 29 24 |ok|"),
         })
        CHECK(clean_one(legit, kCzech) == legit);
}

TEST_CASE("a share bar with labels of several words parted by separators, or a count's unit apart, goes; a recipe line stays") {
    const std::string kVietnamese = "Từ bốn giờ sáng, hàng trăm chiếc ghe chở trái cây đã neo kín một khúc sông rộng.";
    const std::string kUkrainian = "У старому водяному млині на околиці містечка вже десять років працює майстерня бандур.";
    const std::string vi = "Bà kể rằng ngày trước chợ đông gấp đôi.";
    CHECK(clean_one(vi + " 1,2N lượt thích · 86 bình luận · 14 lượt chia sẻ", kVietnamese) == vi);
    CHECK(clean_one(vi + " 3,4N lượt xem · 120 bình luận · 9 lượt chia sẻ Nhiều thương lái mua qua điện thoại.", kVietnamese) ==
          vi + " Nhiều thương lái mua qua điện thoại.");
    const std::string uk = "Учні приходять до майстерні після школи.";
    CHECK(clean_one(uk + " 2,4 тис. переглядів 37 коментарів 12 поширень", kUkrainian) == uk);
    const std::string cs = "Knihovnice pořádá čtení pro seniory.";
    CHECK(clean_one(cs + " 1,8 tis. zobrazení · 24 komentářů · 6 sdílení", kCzech) == cs);
    for (const std::string& legit : {
             std::string("Knihovnice pořádá čtení pro seniory. 1,5 kg mouky · 2 vejce · 3 lžíce cukru"),
             std::string("Knihovnice pořádá čtení pro seniory. 3 lidé čekali 5 dní a 2 odešli domů"),
             std::string("Bà kể rằng ngày trước chợ đông gấp đôi. 12 ghe bưởi · 30 ghe xoài · 8 ghe dừa"),
         })
        CHECK(clean_one(legit, legit.starts_with("B") ? kVietnamese : kCzech) == legit);
}

TEST_CASE("format specs of an unfilled template go: three close together, or two filling a short segment of their own") {
    const std::string kTurkish = "Küçük bir kıyı kasabasında balıkçılar, avladıklarını aracısız satmak için kooperatif kurdu.";
    const std::string tr = "Fiyatlar her gün kara tahtaya yazılıyor.";
    CHECK(clean_one(tr + " %s tarafından %d dakika önce paylaşıldı", kTurkish) == tr);
    CHECK(clean_one(tr + " %s tarafından %d dakika önce paylaşıldı Kooperatif eğitim veriyor.", kTurkish) ==
          tr + " Kooperatif eğitim veriyor.");
    const std::string fa = "کودکان روی نیمکت‌های چوبی قدیمی می‌نشینند.";
    CHECK(clean_one(fa + " %s نظر · %d بازدید", kPersian) == fa);
    const std::string cs = "Knihovnice pořádá čtení pro seniory.";
    const std::string three = clean_one(cs + " Zobrazeno %d z %d položek (%.1f %%) {0} Počet čtenářů stoupl.", kCzech);
    CHECK(three.find('%') == std::string::npos);
    CHECK(three.find("{0}") == std::string::npos);
    CHECK(three.starts_with(cs));
    CHECK(three.ends_with(" Počet čtenářů stoupl."));
    for (const std::string& legit : {
             std::string("Značka %s se nahradí textem, zatímco %d se nahradí celým číslem."),
             std::string("Použijte %d pro celá čísla, %s pro řetězce a %.2f pro desetinná čísla."),
             std::string("Sleva 20 % platí jen do neděle, pak 10 %."),
             std::string("Knihovnice pořádá čtení. Výraz {0} v šabloně nahradí jméno čtenáře."),
         })
        CHECK(clean_one(legit, kCzech) == legit);
}

namespace {
// The blocks a text page's lines leave after the garbage filter, one a line.
std::string garbage_lines(const std::string& lines) {
    Document d = winnow::test::doc_from_lines(lines, false);
    detail::remove_garbage(d, NoiseOptions{});
    return winnow::test::joined(d);
}
}  // namespace

TEST_CASE("markup source in text input goes: a front matter between fences, link reference definitions") {
    const std::string sw = "Wakulima wa kijiji kimoja wameanza kufuga nyuki ili kuongeza kipato chao.\n";
    const std::string sw2 = "Asali ya kwanza ilivunwa mwezi uliopita na kuuzwa katika soko la wilaya.\n";
    CHECK(garbage_lines(sw + "---\nkichwa: \"Mizinga ya nyuki\"\nmwandishi: Amani Mwakyusa\nlebo:\n- nyuki\n- asali\n---\n" + sw2) == sw + sw2);
    const std::string el = "Οι γονείς έβαψαν μόνοι τους τις αίθουσες και επισκεύασαν τα παλιά θρανία.\n";
    CHECK(garbage_lines(el + "+++\nslug = x\n+++\n---\nσελίδα: σχολείο\nγλώσσα: el\n---\n") == el + "+++\nslug = x\n+++\n");
    const std::string vi = "Từ bốn giờ sáng, hàng trăm chiếc ghe chở trái cây đã neo kín một khúc sông rộng.\n"
                           "Bà Tư đã bán bưởi ở đây hơn ba mươi năm và quen mặt gần hết bạn hàng.\n";
    CHECK(garbage_lines(vi) == vi);
    CHECK(garbage_lines(vi + "[^1]: https://vidu.vn/tai-lieu/cho-noi.pdf\n[anh-bia]: /static/img/cho_noi_01.jpg \"Chợ nổi\"\n") == vi);
    // Prose between two rules with labels that are words with a capital, a footnote without a
    // link, a rule alone: the author's.
    for (const std::string& legit : {
             std::string("Knihovna v budově staré pošty.\n---\nZdroj: ČTK\nFoto: Jan Novák\n---\n"),
             std::string("Knihovna v budově staré pošty.\n[1]: Novák, J.: Dějiny venkovských knihoven. Praha 2011.\n"),
             std::string("Knihovna v budově staré pošty.\n---\nDalší část článku následuje po přestávce.\n"),
             std::string("Knihovna v budově staré pošty.\n---\npoznámka: čtení začíná v šest\n"),
         })
        CHECK(garbage_lines(legit) == legit);
}

TEST_CASE("a quote ticker, a segment of its own, goes; share prices in prose and a standings line stay") {
    const std::string kTagalog = "Tuwing Sabado, isang bangkang puno ng libro ang umiikot sa maliliit na isla ng lalawigan.";
    const std::string tl = "Naghihintay ang mga bata sa pantalan.";
    CHECK(clean_one(tl + " BDO ▲ 142.50 +1.2% · ALI ▼ 31.05 −0.6% · JFC ▲ 255.00 +0.3%", kTagalog) == tl);
    const std::string cs = "Staré přepážky zůstaly zachovány.";
    CHECK(clean_one(cs + " ČEZ 985,50 ▲ +1,2 % | KB 812,00 ▼ −0,4 % | EUR/CZK 25,31 Knihovnice pořádá čtení.", kCzech) ==
          cs + " Knihovnice pořádá čtení.");
    CHECK(clean_one("DAX 18.204 +0,8 % · CAC 7.512 −0,2 % · FTSE 8.101 +0,1 %", kCzech) == "<removed>");
    for (const std::string& legit : {
             std::string("Akcie ČEZ během dne vzrostly o 1,2 % na 985,50 Kč a KB ztratila 0,4 %."),
             std::string("Staré přepážky zůstaly zachovány. ARS 29 +18 · LIV 27 +15 · MCI 26 +20"),
             std::string("Staré přepážky zůstaly zachovány. ODS a ANO získaly +3 a −2 mandáty."),
         })
        CHECK(clean_one(legit, kCzech) == legit);
}
