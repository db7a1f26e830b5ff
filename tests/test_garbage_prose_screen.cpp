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
