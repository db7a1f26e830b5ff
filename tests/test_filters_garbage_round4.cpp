// Garbage filter, shapes of round 4 (tests/test_garbage_fresh4.cpp counts them on whole pages):
// debris glued behind a sentence's end mark in another script keeps the mark and the word, and
// the label a cut identifier leaves behind goes with it.
#include <doctest/doctest.h>

#include <string>

#include "filter_test_util.hpp"

using namespace winnow;

namespace {
std::string clean_one(std::string text, std::string context) {
    return winnow::test::garbage_filtered(std::move(text), std::move(context));
}
const std::string kKorean = "오래된 시장 골목 끝에는 사십 년 넘게 같은 자리를 지켜 온 작은 수선집이 있다.";
const std::string kGreek = "Το πέτρινο σχολείο στην άκρη του χωριού έμεινε κλειστό για σχεδόν είκοσι χρόνια.";
const std::string kRussian = "В старом здании вокзала открылась городская библиотека, и туда ходят школьники.";
const std::string kItalian = "Dopo quasi sessant'anni di silenzio, il mulino ad acqua ha ripreso a macinare il grano.";
const std::string kTurkish = "Küçük bir kıyı kasabasında balıkçılar, avladıklarını aracısız satmak için kooperatif kurdu.";
const std::string kArabic = "تجوب حافلة قديمة محولة إلى مكتبة قرى الجبل مرة كل أسبوعين منذ ثلاث سنوات.";
const std::string kChinese = "在老城区一条窄巷里，有一家开了五十多年的修表铺。";
}  // namespace

TEST_CASE("debris glued behind a sentence's end mark, in another script, leaves the word and the mark") {
    CHECK(clean_one("할머니는 옷만 보면 누구의 것인지 기억한다.worker_threads=8 queue_size = 1024 enable_gzip=true", kKorean) ==
          "할머니는 옷만 보면 누구의 것인지 기억한다.");
    CHECK(clean_one("Οι γονείς έβαψαν μόνοι τους τις αίθουσες.var q=window.__q||[];q.push([\"init\",77]);", kGreek) ==
          "Οι γονείς έβαψαν μόνοι τους τις αίθουσες.");
    CHECK(clean_one("Читальный зал открыт до восьми вечера!cache_ttl=3600 retry_max=5 upstream_timeout=30s", kRussian) ==
          "Читальный зал открыт до восьми вечера!");
}

TEST_CASE("the label before a cut identifier goes with it, in any language") {
    const std::string it = "Le scuole della zona organizzano visite.";
    CHECK(clean_one(it + " trace-id 9e1d44a2-7c3b-4f6e-b0a1-2d5e8c7f9a33", kItalian) == it);
    CHECK(clean_one(it + " trace-id 9e1d44a2-7c3b-4f6e-b0a1-2d5e8c7f9a33 Il comune ha promesso di aiutarli.", kItalian) ==
          it + " Il comune ha promesso di aiutarli.");
    const std::string tr = "Fiyatlar her gün kara tahtaya yazılıyor.";
    CHECK(clean_one(tr + " İşlem kimliği: 5b7f0c1e-92ad-4e3b-8f60-a1c2d3e4f5a6", kTurkish) == tr);
    const std::string el = "Η δασκάλα ήρθε από την πρωτεύουσα.";
    CHECK(clean_one(el + " Αριθμός παραγγελίας: 7c1e9f02-3ab4-4d5e-9f10-a2b3c4d5e6f7", kGreek) == el);
    const std::string ar = "ينتظر الأطفال وصولها عند ساحة القرية.";
    CHECK(clean_one(ar + " رمز التتبع: 3f2a9c41-b7d8-4e6f-85a1-c2d3e4f5a6b7", kArabic) == ar);
    const std::string zh = "店主总是耐心地教他们。";
    CHECK(clean_one(zh + "请求编号: 8d4c2b1a-5e6f-4a3b-9c8d-7e6f5a4b3c2d", kChinese) == zh);
}

TEST_CASE("words before an identifier that are the sentence's own stay") {
    // Inside a sentence: no sentence end before the words, or a lower-case word after the value.
    const std::string it = "La richiesta porta l'identificativo 9e1d44a2-7c3b-4f6e-b0a1-2d5e8c7f9a33 nell'intestazione.";
    CHECK(clean_one(it, kItalian).find("La richiesta porta l'identificativo") == 0);
    const std::string tr = "Fiyatlar yazılıyor. Kimlik 5b7f0c1e-92ad-4e3b-8f60-a1c2d3e4f5a6 ile doğrulanıyor.";
    CHECK(clean_one(tr, kTurkish).find("Kimlik") != std::string::npos);
    // Four words before a colon are a clause, not a label.
    const std::string el = "Η δασκάλα ήρθε. Ο κωδικός του νέου σχολείου: 7c1e9f02-3ab4-4d5e-9f10-a2b3c4d5e6f7";
    CHECK(clean_one(el, kGreek).find("Ο κωδικός του νέου σχολείου") != std::string::npos);
    // A clause of a script written without spaces has no word to tell a label by, but for a colon.
    const std::string zh = "店主总是耐心地教他们。他们的编号8d4c2b1a-5e6f-4a3b-9c8d-7e6f5a4b3c2d很好记。";
    CHECK(clean_one(zh, kChinese).find("他们的编号") != std::string::npos);
}

namespace {
const std::string kPolish = "Od wiosny na dachu ratusza stoją cztery ule, o które dbają urzędnicy i emeryci.";
const std::string kIndonesian = "Setiap pagi sebuah perahu kayu menjemput anak-anak dari desa-desa di tepi sungai.";
const std::string kFrench = "Fermé au public depuis trente ans, le vieux phare de la pointe a rouvert ses portes.";
}  // namespace

TEST_CASE("a pager framed by label words instead of marks goes, in any script") {
    const std::string ko = "할머니는 그런 손님에게 단추 다는 법을 가르쳐 준다.";
    CHECK(clean_one(ko + " 이전 1 2 3 4 5 다음", kKorean) == ko);
    const std::string pl0 = "Ule stoją na dachu.";
    CHECK(clean_one(pl0 + " Wstecz 1 2 3 4 5 Dalej Miód zebrano w lipcu.", kPolish) == pl0 + " Miód zebrano w lipcu.");
    CHECK(clean_one("上一页 1 2 3 4 下一页", kChinese) == "<removed>");
    const std::string pl = "Pierwszy miód zebrano w lipcu.";
    CHECK(clean_one(pl + " Poprzednia 1 2 3 4 Następna", kPolish) == pl);
    const std::string id = "Perahu itu dibeli oleh para orang tua.";
    CHECK(clean_one(id + " Halaman 1 2 3 Berikutnya", kIndonesian) == id);
}

TEST_CASE("numbers counting up inside a sentence stay") {
    for (const std::string s : {std::string("Dzieci liczyły głośno 1 2 3 4 i dopiero wtedy otwierały ul."),
                                std::string("Perahu berangkat. Urutan 1 2 3 dipakai untuk giliran duduk.")}) {
        CHECK(clean_one(s, kPolish) == s);
    }
    const std::string ko = "아이들은 1 2 3 4 하고 숫자를 세며 줄을 섰다.";
    CHECK(clean_one(ko, kKorean) == ko);
}

TEST_CASE("a share or reaction bar's counts and labels go, in any language") {
    const std::string fr = "Les enfants cherchent les bateaux de pêche.";
    CHECK(clean_one(fr + " 2,3k partages · 148 commentaires · 9k vues", kFrench) == fr);
    CHECK(clean_one(fr + " 2,3k partages · 148 commentaires · 9k vues Au sommet, la vue s'étend.", kFrench) ==
          fr + " Au sommet, la vue s'étend.");
    const std::string ko = "할머니는 옷만 보면 누구의 것인지 기억한다.";
    CHECK(clean_one(ko + " 좋아요 2.3천 · 댓글 41 · 공유 18", kKorean) == ko);
    const std::string el = "Ο ψαράς έφτιαξε βιβλιοθήκες από ξύλα.";
    CHECK(clean_one(el + " 1,4χιλ. κοινοποιήσεις · 52 σχόλια · 3,1χιλ. προβολές", kGreek) == el);
    const std::string id = "Perahu itu dibeli oleh para orang tua.";
    CHECK(clean_one(id + " 1,2rb suka 86 komentar 14 dibagikan", kIndonesian) == id);
    const std::string pl = "Pierwszy miód zebrano w lipcu.";
    CHECK(clean_one(pl + " ❤️ 312 😂 45 😮 12 😢 3", kPolish) == pl);
}

TEST_CASE("counts in prose and a standings line stay") {
    for (const std::string s : {std::string("Film obejrzało 12 tysięcy osób, skomentowało 300, a udostępniło 45."),
                                std::string("Pierwszy miód zebrano w lipcu. Aquile 26 Falchi 23 Orsi 19"),
                                std::string("Ule liczymy tak: 666 = Pisces 333 = Aquarius 222 = Capricorn 111 = Sagittarius"),
                                std::string("12 ramek · 3 ule · 2 pszczelarzy"),
                                std::string("Zebrano 250 g wosku, 2 ramki i 120 ml miodu.")}) {
        CHECK(clean_one(s, kPolish) == s);
    }
    const std::string ko = "할머니의 영상은 이틀 만에 조회수 120만 회를 넘겼고 댓글은 3천 개가 달렸다.";
    CHECK(clean_one(ko, kKorean) == ko);
}

TEST_CASE("config lines go from their first name: a name joined by '_' is no prose word glued to them") {
    const std::string pl = "Remont trwał dwa lata i kosztował mniej, niż zakładano.";
    CHECK(clean_one(pl + " cache_ttl=3600 retry_max = 5 upstream_timeout=30s", kPolish) == pl);
    const std::string ja = "上映する作品は、村の人たちの希望を聞きながら毎月選んでいる。";
    CHECK(clean_one(ja + " listen_port=8443 max_clients = 256 log_level=debug", "山あいの村に、古い蔵を改装した小さな映画館がある。") == ja);
    // The prose uses the first part as a word of its own: the name still goes whole.
    const std::string id = "Cache halaman dihapus setiap malam agar cache tidak penuh.";
    CHECK(clean_one(id + " cache_size=512 evict_policy = lru flush_every=60s", kIndonesian + " Cache itu kecil.") == id);
    // One name in a sentence stays.
    const std::string s = "Ustaw opcję cache_ttl w pliku, a pamięć podręczna wygaśnie po godzinie.";
    CHECK(clean_one(s, kPolish) == s);
    // Inside a sentence a script's global glued by '_' leaves the word it is glued to.
    const std::string glued = clean_one("Miód sprzedano po wyższej cenie_zq.push(['rq.ab', 'cd', 41]); niż rok temu.", kPolish);
    CHECK(glued.find("wyższej cenie") != std::string::npos);
    CHECK(glued.find("push") == std::string::npos);
}
