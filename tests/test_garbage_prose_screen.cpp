// The plain-prose screen of find_garbage_runs (filters/prose_screen.cpp): which blocks it lets
// pass unread, and that passing them changes no run. Each text is read with the screen on and
// with every detector run (SpanScreens::off, which also turns the screen off): the same runs.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/garbage_tokens.hpp"
#include "filters/machine_tokens.hpp"
#include "garbage_screens_util.hpp"

using namespace winnow::detail;
using winnow::test::compare_screens;

TEST_CASE("plain prose in Latin-script languages passes the screen") {
    using garbage_tokens::plain_prose;
    for (const char* prose : {
             "The council met on Tuesday, and the vote was close.",
             "\"It's fine,\" she said. I don't know! Was it well-known? Yes.",
             "Der Rat tagte am Dienstag, und die Abstimmung war knapp.",
             "Le conseil s'est reuni mardi, et le vote etait serre.",
             "Rada zasedala v utery a hlasovani bylo tesne.",
             "A\tcity\nand a river, 'quoted' words...",
             "The vote (a close one) passed (again).",
             ""}) {
        CHECK_MESSAGE(plain_prose(prose), prose);
    }
    // Anything else is read: digits, other marks, letters above ASCII, capitals inside a word,
    // the tokens a detector of plain letters could take (a MAC address's hex pairs, path data's
    // move, a serializer's empty values).
    for (const char* other : {
             "The council met on 12 May.",
             "Note: the vote was close.",
             "It (the vote; again) was close.",
             "a list (apples, pears) of fruit",
             "closed twice))",
             "f() called",
             "a = b",
             "the NASA team",
             "the iPhone case",
             "caf\u00E9 au lait",
             "\u201Cquoted\u201D words",
             "de-ad-be-ef-ca-fe",
             "m-all l-all",
             "null undefined",
             "the user_id field",
             "see #tags and $vars",
             "- a list item",
             "end.(next"}) {
        CHECK_MESSAGE(!plain_prose(other), other);
    }
}

TEST_CASE("a block the screen passes has no run with every detector run") {
    // Prose that passes, and the shapes of plain letters closest to a detector's: tokens glued
    // by hyphens, quoted words in a row (literals), capitals opening every word (titles),
    // words that name code ("function", "at", "select", "from"), commas and stops piled up.
    const std::vector<std::string> pieces = {
        "The council met on Tuesday, and the vote was close.",
        "select name from users where id is known and order by name",
        "at least the function of the module is clear, isn't it?",
        "'ls' 'cd' 'rm' \"make\" 'all'",
        "Home Page News Local Sports Weather Today",
        "ab-cd-ef-ab-cd ab-cd-ef-ab-cd",
        "rw-r r-x rwx-rw drwxr-xr-x total",
        "well-known, long-term, state-of-the-art.,.,.,",
        "word,,, word,.,., word\"',\"', word!?!?",
        "Mm m-c mc-c m-z",
        "Der Rat tagte am Dienstag, und die Abstimmung war knapp.",
        "Ma-ma ma-ma ma-ma ma-ma",
        "(see) (above) (and) 'x') 'y') (Paris) (the end.) (word!)",
        "at (Foo) at (bar baz) at (qux) (Main) (java)",
    };
    std::vector<std::string> texts;
    for (const std::string& a : pieces)
        for (const std::string& b : pieces) texts.push_back(a + " " + b), texts.push_back(a + "\n" + b);
    std::size_t passed = 0;
    for (const std::string& t : texts) passed += garbage_tokens::plain_prose(t);
    CHECK(passed * 2 > texts.size());
    compare_screens(texts);
    // Tokens refused by the screen that a detector does take: the runs are found.
    CHECK(compare_screens({"The address de-ad-be-ef-ca-fe failed.", "m-all m-all m-all m-all", "a null undefined b",
                   "add (apples, 'pears') and (plums, 'figs') to the list"}) >= 3);
}

TEST_CASE("a plain word alone among other tokens: classify says neutral, scan_word's marks are its bytes'") {
    using namespace garbage_tokens;
    const KnownWord none = [](std::string_view) { return 0; };
    // Plain words in several languages' spellings, and tokens next to them that are not.
    const std::vector<std::string> plain = {"word", "Word,", "it's", "(see", "above)", "\"Quoted\"", "well-known.",
                                            "I", "A.", "end!?", "don't,", "Vote')", "naive", "Strasse", "rue,"};
    const std::vector<std::string> other = {"2019",        "Smith's2",     "NASA",        "iPhone",  "caf\u00E9",
                                            "f()",         "a=b",          "x:",          "[debug]", "end.(next",
                                            "null",        "undefined",    "m-all",       "(word,",  "de-ad-be-ef-ca-fe",
                                            "closed))",    "\u201Cword\u201D", "user_id",  "#tag",    "--"};
    for (const std::string& t : plain) {
        CHECK_MESSAGE(plain_token(t), t);
        std::uint32_t cut = 0;
        CHECK_MESSAGE(classify(t, script_latin, cut, none) == Cls::neutral, t);
    }
    for (const std::string& t : other) CHECK_MESSAGE(!plain_token(t), t);
    // A word's Marks as the byte loop notes them, for every token, plain or not.
    for (const auto* list : {&plain, &other})
        for (const std::string& t : *list) {
            std::uint8_t marks = 0;
            for (const char c : t) marks |= marks_of(c);
            const WordScan w = scan_word(t + " tail", 0);
            CHECK_MESSAGE(w.marks == marks, t);
            CHECK_MESSAGE(w.end == t.size(), t);
        }
}

TEST_CASE("blocks mixing plain words with debris and machine text: the same runs with every token classified") {
    // Only some tokens are plain here: the screen by block passes one of these blocks, and the
    // reader's plain path meets plain words next to the tokens that start runs.
    const std::vector<std::string> pieces = {
        "The council met on Tuesday, and the vote was close.",
        "Warning: include(x.php) failed in /var/www/site/index.php on line 42",
        "[debug] fooWidget took 0.53s (54 nodes) and then the page loaded.",
        "at least the function (see above) is clear, isn't it? {{author}} wrote",
        "var total=sum(4); the total is known",
        "Home Page News | Local Sports | Weather Today 2019",
        "Der Rat tagte am Dienstag.\u00A0Die Abstimmung war knapp, 12:30 Uhr.",
        "word. .\"}x and more words (quoted) here",
        "select name from users where id = 4 and order by name;",
        "Smith's account of it (1999) was well-known, long-term, state-of-the-art.",
    };
    std::vector<std::string> texts;
    for (const std::string& a : pieces)
        for (const std::string& b : pieces) texts.push_back(a + " " + b);
    std::size_t passed = 0;  // (the first piece twice alone)
    for (const std::string& t : texts) passed += garbage_tokens::plain_prose(t);
    CHECK(passed == 1);
    CHECK(compare_screens(texts) >= 10);
}
