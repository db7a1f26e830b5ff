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
