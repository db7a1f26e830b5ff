// The machine reader's token counts (filters/machine_token_stats.cpp): a plain word read whole at
// once (WordPath::whole) gets the record a reading character by character gives it, field by
// field, and the paragraph the same letters by script. Texts: prose in several languages and
// scripts with machine text glued into it (JSON, a style rule, key:value log lines, base64, lists
// of addresses, code, Cyrillic and CJK debris), the word shapes on the fast path's edges, and
// generated texts of edge bytes. The machine runs found over the two readings are the same.
#include <doctest/doctest.h>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/machine_tokens.hpp"

using namespace winnow::detail;
using namespace winnow::detail::machine;

namespace {

void check_same_reading(const std::string& text) {
    std::vector<TokenStats> whole, each;
    ScriptCounts whole_scripts, each_scripts;
    read_tokens(text, whole, whole_scripts, WordPath::whole);
    read_tokens(text, each, each_scripts, WordPath::by_character);
    REQUIRE_MESSAGE(whole.size() == each.size(), text);
    for (std::size_t k = 0; k < whole.size(); ++k) {
        const TokenStats& a = whole[k];
        const TokenStats& b = each[k];
        INFO(text.substr(b.b, b.e - b.b));
        CHECK(a.b == b.b);
        CHECK(a.e == b.e);
        CHECK(a.chars == b.chars);
        CHECK(a.letters == b.letters);
        CHECK(a.upper == b.upper);
        CHECK(a.lower == b.lower);
        CHECK(a.digits == b.digits);
        CHECK(a.hex_letters == b.hex_letters);
        CHECK(a.code == b.code);
        CHECK(a.slashes == b.slashes);
        CHECK(a.colons == b.colons);
        CHECK(a.dots == b.dots);
        CHECK(a.dashes == b.dashes);
        CHECK(a.quotes == b.quotes);
        CHECK(a.commas == b.commas);
        CHECK(a.symbols == b.symbols);
        CHECK(a.same_symbol == b.same_symbol);
        CHECK(a.tail_symbols == b.tail_symbols);
        CHECK(a.shapes == b.shapes);
        CHECK(a.letter_digit == b.letter_digit);
        CHECK(a.camel == b.camel);
        CHECK(a.non_latin == b.non_latin);
        CHECK(a.script == b.script);
        CHECK(a.mixed_scripts == b.mixed_scripts);
        CHECK(a.glued_script == b.glued_script);
        CHECK(a.ends_latin == b.ends_latin);
        CHECK(a.underscore_joint == b.underscore_joint);
        CHECK(a.url == b.url);
        CHECK(a.formula == b.formula);
        CHECK(a.sentence_end == b.sentence_end);
        CHECK(a.exclamation == b.exclamation);
        CHECK(a.angle == b.angle);
        CHECK(a.source_path == b.source_path);
    }
    CHECK(whole_scripts.letters == each_scripts.letters);
    CHECK(whole_scripts.used == each_scripts.used);
}

const std::vector<std::string>& fixtures() {
    static const std::vector<std::string> texts = {
        // Prose, several languages and scripts.
        "The council met on Tuesday, and the vote was close. It passed.",
        "Der Rat tagte am Dienstag, und die Abstimmung war knapp. Sie ging durch.",
        "Le conseil s'est réuni mardi, et le vote était serré. Voilà.",
        "El consejo se reunió el martes, y la votación fue reñida. ¡Bien!",
        "Совет собрался во вторник, и голосование было напряжённым. Итог.",
        "評議会は火曜日に開かれ、投票は接戦だった。結果は可決。",
        // Machine text glued into prose.
        "The reply was {\"id\":42,\"name\":\"x\",\"tags\":[\"a\",\"b\"]} and nothing else.",
        "Die Seite nutzt .nav > li{color:red;margin:0 4px} im Kopf, sagt er.",
        "Le journal dit level=warn ts=2024-05-01T10:22:03Z msg=timeout retry=3 puis rien.",
        "Se adjunta aGVsbG8gd29ybGQgdGhpcyBpcyBiYXNlNjQ= como prueba, dijo.",
        "Links: https://example.org/a http://example.net/b www.example.com/c FactCheck.org, done.",
        "Он написал for (int i=0;i<n;++i){sum+=a[i];} и ушёл домой.",
        "Ответ сервера: ошибка123 код404 стр.7 ключ=значение конец.",
        "記事の途中に}}]);色は{\"k\":1}と壊れた断片ＡＢＣ１２３が残っていた。",
        "src/app/main.rs:42 failed; see C:\\x\\y.cs and NaHCO3, Ca(OH)2 too.",
        "Mixed camelCase getElementById XMLHttpRequest and snake_case_name here.",
        // The fast path's edges.
        "www. www.example a. A. A A, a, word. Word. Word, word,, word.. Word.. x",
        "the end", "The", "a", "A", "word.", "Word,", "www.", "end.\"", "Ends. ", "  lead  spaces  ",
        "word\tword\nword\rword\fword\vword",
        "Aword ABword aWord wOrd abc1 Abc1 abc. abc, abc; abc: abc! abc? abc' abc\" abc)",
        "Fine ffff FFFF Abcdef fedcba A.B. e.g. i.e. etc. a.m. U.S.",
        "é word Éclair naïve café, Straße. Zoë.",
    };
    return texts;
}

}  // namespace

TEST_CASE("machine token reader: plain words read whole give the character reading's counts") {
    for (const std::string& t : fixtures()) check_same_reading(t);
    // A word longer than a counter holds: the whole reading saturates as the characters do.
    check_same_reading(std::string(70000, 'a') + " " + "B" + std::string(70000, 'c') + ".");
}

TEST_CASE("machine token reader: generated texts of edge bytes") {
    // Bytes on the fast path's edges: letters at the ends of the ranges, ',' '.', spaces, marks,
    // digits, and characters of several bytes.
    const std::vector<std::string> pieces = {"a", "f", "g", "z", "A", "F", "G", "Z", "@", "[", "`", "{", ",", ".",
                                             " ", " ", " ", "\n", "\t", "w", "ww", "www.", ":", "/", "_", "(", ")",
                                             "0", "9", "é", "É", "ж", "Ж", "語", "。", "★", "'", "\""};
    std::mt19937 rng(49);
    for (int round = 0; round < 400; ++round) {
        std::string t;
        const int len = static_cast<int>(rng() % 40);
        for (int k = 0; k < len; ++k) t += pieces[rng() % pieces.size()];
        check_same_reading(t);
    }
}

TEST_CASE("machine token reader: the runs found are the same with either reading") {
    // find_machine_runs reads whole words; the record of each is the character reading's (above),
    // so the runs are too. This holds the debris the filter must catch to being caught.
    const KnownWord none = [](std::string_view) { return 0; };
    std::vector<TextRange> runs;
    find_machine_runs("The reply was {\"id\":42,\"name\":\"x\",\"tags\":[\"a\",\"b\"]} and nothing else.", script_latin, none,
                      runs);
    CHECK_FALSE(runs.empty());
    runs.clear();
    find_machine_runs("The council met on Tuesday, and the vote was close. It passed.", script_latin, none, runs);
    CHECK(runs.empty());
}
