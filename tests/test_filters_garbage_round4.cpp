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

