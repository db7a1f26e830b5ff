// Unicode noncharacters (U+FDD0-FDEF, U+xFFFE/xFFFF) inside the text are dropped, not made
// U+FFFD (the HTML parser's mark for them): the word they sat in comes out whole. A U+FFFD from
// bytes that could not be read stays. Fixtures written for this test: en de ru ja el, in an
// HTML5 article, div soup, a table cell, and plain text.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "noise_page_util.hpp"

using namespace winnow;

namespace {

struct Case {
    const char* damaged;  // the paragraph with a noncharacter in it
    const char* clean;    // the same without it
};

// One noncharacter of each kind: U+FDD0, U+FDEF, U+FFFE, U+FFFF, U+1FFFE, U+10FFFF, U+5FFFF.
const std::vector<Case> kCases{
    {"The old lighthouse keeper wrote\xEF\xB7\x90 his log every evening by candle light.",
     "The old lighthouse keeper wrote his log every evening by candle light."},
    {"Der alte Leucht\xEF\xBF\xBFturmwärter schrieb jeden Abend sein Logbuch bei Kerzenlicht.",
     "Der alte Leuchtturmwärter schrieb jeden Abend sein Logbuch bei Kerzenlicht."},
    {"Старый смотритель маяка каждый вечер пи\xEF\xBF\xBEсал свой журнал при свече.",
     "Старый смотритель маяка каждый вечер писал свой журнал при свече."},
    {"灯台守の老人は毎晩ろうそくの明かりで日誌を\xF0\x9F\xBF\xBE書いていました。",
     "灯台守の老人は毎晩ろうそくの明かりで日誌を書いていました。"},
    {"Ο γέρος φαροφύλακας έγραφε\xEF\xB7\xAF κάθε βράδυ το ημερολόγιό του\xF4\x8F\xBF\xBF στο φως του κεριού.",
     "Ο γέρος φαροφύλακας έγραφε κάθε βράδυ το ημερολόγιό του στο φως του κεριού."},
    {"Every morning the\xF1\xBF\xBF\xBF ferry left the harbour before the fishing boats did.",
     "Every morning the ferry left the harbour before the fishing boats did."},
};

const std::string kOther = "The island had no road, only a path along the cliffs to the village and the old chapel.";

}  // namespace

TEST_CASE("a noncharacter in a word is dropped, in every markup and in text") {
    for (const auto& c : kCases) {
        for (int markup = 0; markup < test::kNoiseMarkups; ++markup) {
            const std::string out =
                test::cleaned_text(test::bare_page(markup, "<p>" + kOther + "</p><p>" + c.damaged + "</p>"));
            CAPTURE(markup);
            CAPTURE(out);
            CHECK(out.find(c.clean) != std::string::npos);
            CHECK(out.find("\xEF\xBF\xBD") == std::string::npos);
        }
        const std::string text = test::cleaned_text(kOther + "\n\n" + c.damaged + "\n");
        CAPTURE(text);
        CHECK(text.find(c.clean) != std::string::npos);
    }
}

TEST_CASE("a noncharacter written as a reference is the parser's, and U+FFFD from bad bytes stays") {
    // Characters next to a noncharacter's bytes are kept: U+FDCF, U+FDF0, U+FFFD, U+1FFFD.
    const std::string kept = "Signs \xEF\xB7\x8F \xEF\xB7\xB0 and \xF0\x9F\xBF\xBD stay.";
    const std::string out = test::cleaned_text(test::bare_page(0, "<p>" + kOther + "</p><p>" + kept + "</p>"));
    CAPTURE(out);
    CHECK(out.find(kept) != std::string::npos);
    // A byte that is not UTF-8 in a UTF-8 page is still marked.
    const std::string bad = test::cleaned_text(
        "<!doctype html><html><head><meta charset=\"utf-8\"></head><body><article><p>" + kOther +
        "</p><p>Here a byte \xC3\x28 was lost and the replacement character marks it where it was.</p></article></body></html>");
    CAPTURE(bad);
    CHECK(bad.find("was lost") != std::string::npos);
}
