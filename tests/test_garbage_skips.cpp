// Work the garbage detectors skip where it cannot change their answer: the document's words
// (KnownWord) asked of a statement's or a record's shape alone; the finders of whole spans
// passed over on a paragraph without the tokens each needs (machine::TokenTotals), checked
// against every finder run (SpanScreens::off) on generated texts in several scripts and on
// the dev corpora's blocks and removed debris.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <winnow/winnow.hpp>

#include "corpus_util.hpp"
#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/garbage_tokens.hpp"
#include "filters/machine_tokens.hpp"
#include "garbage_screens_util.hpp"

using namespace winnow::detail;
using winnow::test::compare_screens;

namespace {

// Prose in several scripts and machine text of every kind the span finders read: logs,
// pagers, counters, tickers, records, file names, addresses, prompts, specs, hashtags.
const std::vector<std::string>& pieces() {
    static const std::vector<std::string> s = {
        "The council met on Tuesday, and the vote was close: 12 to 9.",
        "Le conseil s\u2019est r\u00E9uni le 3 mai \u00E0 18 h ; r\u00E9sultat : 12 voix contre 9.",
        "\u041C\u043E\u0441\u043A\u0432\u0430 \u2014 \u0441\u0442\u043E\u043B\u0438\u0446\u0430, 12 \u043C\u043B\u043D.",
        "\u6771\u4EAC\u306F2024\u5E7412\u67081\u65E5\u3001\u6674\u308C\u3067\u3057\u305F\u3002",
        "Nov 12 03:12:55 web01 sshd[4121]: Accepted key for deploy from 10.0.0.4",
        "198.51.100.42 - - [18/04/2017:05:39:31 +0200] \"GET /a HTTP/1.1\" 200 512 \"-\" \"curl/7\"",
        "2031-02-11 04:15:09 WARN pool.take() n=3 waited",
        "\u00AB 1 2 3 4 5 \u00BB",
        "Strona 2 z 14",
        "1.2k Likes \u00B7 45 Comments \u00B7 3 Shares",
        "BDO 1.25 +0.4% \u25B2 CEZ 980 -1.2% \u25BC",
        "host: db.internal port: 5432, user: app, mode: ro;",
        "End here. titel: Die Faehre slug: die-faehre draft: true",
        "DSC01234.jpg DSC01235.jpg IMG_2020.png",
        "10.0.0.1 10.0.0.2 db.internal:5432",
        "user@host:~/app$ ls -la /var/log",
        "%s %d %05.2f {0} {name}",
        "#travel #food #sun",
        "Visit us at 12:30:00, or call 555-0101; ver. 2.1.3 shipped.",
        "0x4D 0x5A 0x90 0x00 0x03",
        "numpy==1.26.4 pandas==2.2.1 requests>=2.31",
        "id;nume;judet 1;Ana;Cluj 2;Ion;Iasi",
        "Server: nginx/1.24.0 Location: https://a.example/b/ Cache-Control: no-store",
        "@@ -12,7 +12,8 @@ int main() {",
        "00000000 7f 45 4c 46 02 01 01 00 00 00 00 00 |.ELF........|",
    };
    return s;
}

std::vector<std::string> generated() {
    std::vector<std::string> out;
    const auto& s = pieces();
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = 0; j < s.size(); ++j) {
            const std::string whole = s[i] + (j % 2 ? "\n" : " ") + s[j];
            for (std::size_t cut = 0; cut <= whole.size(); cut += 9) {
                out.push_back(whole.substr(cut));
                out.push_back(whole.substr(0, cut));
            }
        }
    return out;
}

// Texts of the dev corpora's pages as remove_garbage sees them: the blocks kept and the debris
// it cut (up to `most` pages of each corpus named).
std::vector<std::string> dev_texts(std::size_t most) {
    std::vector<std::string> out;
    std::function<void(const std::vector<winnow::Block>&)> walk = [&](const std::vector<winnow::Block>& blocks) {
        for (const auto& b : blocks) {
            if (!b.text.empty()) out.push_back(b.text);
            walk(b.children);
        }
    };
    for (const char* corpus : {"cleaneval-dev", "dragnet-dev", "cleanportal-dev", "shb-dev"}) {
        const auto pages = winnow::test::corpus_pages(corpus);
        for (std::size_t i = 0; i < pages.size() && i < most; ++i) {
            const winnow::Result r = winnow::clean(winnow::test::read_page(pages[i]));
            if (!r.ok()) continue;
            walk(r.document.body);
            for (const auto& removed : r.document.removed) out.push_back(removed.text);
        }
    }
    return out;
}


}  // namespace

TEST_CASE("the document's words are asked of a statement's or a record's shape alone") {
    int asked = 0;
    const KnownWord counting = [&](std::string_view) {
        ++asked;
        return 0;
    };
    // Capitals, labels and an operator in prose, one at a time: no statement, no record.
    for (const char* prose : {
             "The NASA and ESA teams met in PARIS on Monday, and the USA sent a letter.",
             "Note: the vote is close. Result: a tie, and the council will meet again.",
             "Die EU und die UNO (mit 12 Staaten) stimmten zu, und x = 4 war die Antwort.",
             "Les \u00E9quipes de la NASA et du CNES ont travaill\u00E9 ensemble : r\u00E9sultat, un succ\u00E8s.",
             "\u041A\u043E\u043C\u0430\u043D\u0434\u044B NASA \u0438 ESA \u0432\u0441\u0442\u0440\u0435\u0442\u0438\u043B\u0438\u0441\u044C "
             "\u0432 \u041F\u0430\u0440\u0438\u0436\u0435.",
         }) {
        asked = 0;
        const auto runs = find_garbage_runs(prose, script_latin, counting);
        CHECK_MESSAGE(runs.empty(), prose);
        CHECK_MESSAGE(asked == 0, prose);
    }
    // A statement asks; its names unknown, it goes; known to the prose, it stays.
    const std::string query = "Mit SELECT name, ort FROM kunden WHERE ort = 'Bonn' liest man alle Kunden aus.";
    asked = 0;
    CHECK_FALSE(find_garbage_runs(query, script_latin, counting).empty());
    CHECK(asked > 0);
    const KnownWord all_known = [](std::string_view) { return 5; };
    CHECK(find_garbage_runs(query, script_latin, all_known).empty());
    // The same for lower-case keywords read by their operands ...
    const std::string operands = "Dann lief update kunden set ort_id=4 where name='x'; und alles war gut.";
    asked = 0;
    CHECK_FALSE(find_garbage_runs(operands, script_latin, counting).empty());
    CHECK(asked > 0);
    // ... and for a record's fields flattened into a line.
    const std::string record = "Der Text endet hier. titel: Die Faehre slug: die-faehre draft: true Danach geht es weiter.";
    asked = 0;
    CHECK_FALSE(find_garbage_runs(record, script_latin, counting).empty());
    CHECK(asked > 0);
}

TEST_CASE("the span finders' screens by token totals find what every finder run finds") {
    const auto texts = generated();
    CHECK(compare_screens(texts) > 200);  // the finders find, so the comparison can fail
    // Each screened finder still finds its own shape behind its screen.
    const KnownWord none = [](std::string_view) { return 0; };
    for (const char* machine_text : {"Nov 12 03:12:55 web01 sshd[4121]: Accepted key for deploy from 10.0.0.4",
                                     "\u00AB 1 2 3 4 5 \u00BB", "1.2k Likes \u00B7 45 Comments \u00B7 3 Shares",
                                     "BDO 1.25 +0.4% \u25B2 CEZ 980 -1.2% \u25BC", "host: db.internal port: 5432, user: app, mode: ro;",
                                     "DSC01234.jpg DSC01235.jpg IMG_2020.png"})
        CHECK_MESSAGE(!find_garbage_runs(machine_text, script_latin, none).empty(), std::string(machine_text));
    // The totals count tokens, not characters.
    std::vector<machine::TokenStats> toks;
    machine::ScriptCounts scripts;
    machine::read_tokens("a1 22:33 12:30:00 10.0.0.1 x.y2", toks, scripts);
    const machine::TokenTotals totals = machine::totals_of(toks);
    CHECK(totals.digits == 5);
    CHECK(totals.colons == 2);
    CHECK(totals.stamp);
    CHECK(totals.dotted_number);
    CHECK(totals.file_name);
}

TEST_CASE("the hard-token detectors' screens by the block's token census find what every detector run finds") {
    // Each screened detector still marks its own shape behind its screen, alone in its block and
    // after prose in other scripts (the census counts tokens, whichever script they are in).
    const KnownWord none = [](std::string_view) { return 0; };
    for (const char* machine_text : {"0x4D 0x5A 0x90 0x00 0x03", "numpy==1.26.4 pandas==2.2.1 requests>=2.31",
                                     "id;nume;judet 1;Ana;Cluj 2;Ion;Iasi",
                                     "Server: nginx/1.24.0 Location: https://a.example/b/ Cache-Control: no-store",
                                     "@@ -12,7 +12,8 @@ int main() {",
                                     "00000000 7f 45 4c 46 02 01 01 00 00 00 00 00 |.ELF........|",
                                     // Command lines: the census's non-plain ASCII tokens, two at the least.
                                     "RUN apt-get install -y curl && rm -rf /var/lib/apt/lists/*",
                                     "make build && ./deploy.sh", "pip install -r requirements.txt --upgrade"})
        for (const char* lead : {"", "Das Treffen endete sp\u00E4t. ", "\u0412\u0441\u0442\u0440\u0435\u0447\u0430 \u0437\u0430\u043A\u043E\u043D\u0447\u0438\u043B\u0430\u0441\u044C. "}) {
            const std::string text = std::string(lead) + machine_text;
            garbage_tokens::RunBuffers screened, plain;
            plain.machine.screens = machine::SpanScreens::off;
            const auto a = find_garbage_runs(text, script_latin, none, nullptr, screened);
            CHECK_MESSAGE(!a.empty(), text);
            CHECK_MESSAGE(winnow::test::same_ranges(a, find_garbage_runs(text, script_latin, none, nullptr, plain)), text);
        }
    // The census counts tokens by their marks: "a1" a digit, "x:" a colon, "1,2;3" a separator.
    garbage_tokens::RunBuffers buffers;
    const KnownWord none2 = [](std::string_view) { return 0; };
    (void)find_garbage_runs("a1 b22 x: 1,2;3 plain", script_latin, none2, nullptr, buffers);
    CHECK(buffers.census.digit == 3);
    CHECK(buffers.census.colon == 1);
    CHECK(buffers.census.separator == 1);
    CHECK(buffers.census.command_args == 0);
    // Options, operators, paths and file names count; a multi-byte character, a web address, a
    // number with a fraction, "e.g." do not.
    (void)find_garbage_runs("Stra\u00DFe/Weg -v --all && ./a /usr/lib setup.py https://a.example/b/c 3.14 e.g. x9 word",
                            script_latin, none2, nullptr, buffers);
    CHECK(buffers.census.command_args == 6);
}

TEST_CASE("the screens find what every finder run finds on the dev corpora's texts") {
    const auto texts = dev_texts(60);
    if (texts.empty()) return;  // the shared corpora are absent
    CHECK(compare_screens(texts) > 10);
}

TEST_CASE("read_tokens' link and formula flags, asked only where the counts allow, are the plain readings") {
    std::vector<std::string> texts = generated();
    for (const char* t : {"See www.example.org, FactCheck.org. and pic.example.com/AbCd or doi:10.1000/182 (10.1234/abc).",
                          "mailto:ana@example.org https://x.example/a?b=c example.co.uk/path",
                          "H2O, NaHCO3; Ca(OH)2. C\u2086H\u2081\u2082O\u2086 and H\u2082SO\u2084 but NASA, Mg, CO, A4.",
                          "\u0416\u0435\u043B\u0435\u0437\u043E Fe\u2082O\u2083 \u2014 \u00E9t\u00E9 \u00C9t\u00E9.fr O\u2082."})
        texts.push_back(t);
    for (const std::string& t : dev_texts(10)) texts.push_back(t);
    std::size_t urls = 0, formulas = 0;
    std::vector<machine::TokenStats> toks;
    for (const std::string& t : texts) {
        toks.clear();
        machine::ScriptCounts scripts;
        machine::read_tokens(t, toks, scripts);
        for (const machine::TokenStats& s : toks) {
            const std::string_view w = std::string_view(t).substr(s.b, s.e - s.b);
            const bool url = s.dots + s.colons + s.slashes > 0 && machine::is_url(w);
            CHECK_MESSAGE(s.url == url, std::string(w));
            CHECK_MESSAGE(s.formula == machine::is_formula(w), std::string(w));
            urls += url;
            formulas += s.formula;
        }
    }
    CHECK(urls > 10);
    CHECK(formulas > 10);
}

TEST_CASE("config_shaped screens a long line by its first bytes just as the whole reading decides") {
    using garbage_tokens::ConfigScreen;
    std::vector<std::string> lines = generated();
    // Keys and values around the screen's edge: a ':' or '=' at byte 38 to 44 of long lines.
    const std::string pad = "server_name_with_a_rather_long_key_part";  // 39 bytes
    for (std::size_t cut = 30; cut <= pad.size(); ++cut)
        for (const char* tail : {": value", "= value", " = \"x\"", " = 42", ":", "=1", ": [a, b]"}) {
            const std::string key = pad.substr(0, cut);
            lines.push_back(key + tail + " and some more words to make the line long enough");
            lines.push_back(key + "x" + tail + " and some more words to make the line long enough");
            lines.push_back(key + "xx" + tail);
        }
    for (const char* line : {"BEGIN:VCARD and a long tail of words after the content line's value here",
                             "DTSTART;TZID=Europe/Paris:20240101T090000 and more words after it, past forty bytes",
                             "ABCDEFGHIJKLMNOPQRSTUVWXYZABCDEFGHIJKLMNOPQRSTUVWXYZ:value of a long capital name",
                             "Content-Type: text/html; charset=utf-8 and a long tail of words, past forty bytes",
                             "[section_name_of_a_machine]", "API_TOKEN: 1234 and a long tail of words, past forty bytes",
                             "Der Bürgermeister eröffnete die Brücke am Sonntag: viele Gäste kamen und blieben lange.",
                             "\u6771\u4EAC\u306F\u65E5\u672C\u306E\u9996\u90FD\u3067\u3059\u3002\u4EBA\u53E3\u306F\u591A\u3044\u3002key: v"})
        lines.push_back(line);
    for (const std::string& t : dev_texts(10)) lines.push_back(t);
    std::size_t shaped = 0;
    for (const std::string& line : lines) {
        const bool plain = garbage_tokens::config_shaped(line, ConfigScreen::off);
        CHECK_MESSAGE(garbage_tokens::config_shaped(line) == plain, line);
        shaped += plain;
    }
    CHECK(shaped > 100);
}

TEST_CASE("an ASCII byte is its own code point, a letter just when is_alpha (has_sentence reads ASCII so)") {
    for (int c = 0; c < 0x80; ++c) {
        const std::string one(1, static_cast<char>(c));
        std::size_t p = 0;
        CHECK(next_code_point(one, p) == static_cast<char32_t>(c));
        CHECK(p == 1);
        CHECK(is_letter(static_cast<char32_t>(c)) == garbage_tokens::is_alpha(static_cast<char>(c)));
    }
}

TEST_CASE("possible_marked_letters passes ASCII over eight bytes at a time and counts as byte by byte") {
    // The count read one byte at a time: lead bytes of two or more, but the Latin-1 signs' and
    // the general punctuation's.
    const auto plain = [](std::string_view text) {
        std::size_t n = 0;
        for (std::size_t p = 0; p < text.size(); ++p) {
            const auto c = static_cast<unsigned char>(text[p]);
            if (c < 0xC0) continue;
            const auto at = [&](std::size_t k) { return p + k < text.size() ? static_cast<unsigned char>(text[p + k]) : 0; };
            if (c == 0xC2 && p + 1 < text.size() && at(1) >= 0x80 && at(1) <= 0xBF && at(1) != 0xAA && at(1) != 0xB5 && at(1) != 0xBA) continue;
            if (c == 0xE2 && p + 1 < text.size() && (at(1) == 0x80 || (at(1) == 0x81 && p + 2 < text.size() && at(2) < 0xB0))) continue;
            ++n;
        }
        return n;
    };
    std::vector<std::string> texts = generated();
    for (const char* t : {"\u00E9", "abcdefg\u00E9", "abcdefgh\u00E9", "abcdefghi\u00E9xyz\u00C9t\u00E9 r\u00E9sum\u00E9",
                          "\u00AB\u00A0oui\u00A0\u00BB \u2014 \u201Cquoted\u201D \u2071\u207F \u00AA\u00B5\u00BA",
                          "stray \xC3 and \xE2\x80 and \xE2\x81 ends \xC2"})
        texts.push_back(t);
    for (const std::string& t : dev_texts(10)) texts.push_back(t);
    std::size_t counted = 0;
    for (const std::string& t : texts)
        for (std::size_t from : {0u, 1u, 3u, 7u}) {  // every alignment of the eight-byte steps
            const std::string_view v = std::string_view(t).substr(std::min<std::size_t>(from, t.size()));
            CHECK(garbage_tokens::possible_marked_letters(v) == plain(v));
            counted += plain(v) > 0;
        }
    CHECK(counted > 100);
}

// Statements with lower-case keywords and the prose around them: the operand reader's screens
// (a token's counts telling a plain word, a paragraph with fewer than two tokens that may open
// a piece) against every token read whole.
TEST_CASE("the operand statements' screens by token counts mark what every token read whole marks") {
    const std::vector<std::string> parts = {
        "Dann lief update kunden set ort_id=4 where name='x'; und alles war gut.",
        "run select a.b, c from t where c>=10 and d='y';",
        "insert into t (a, b) values (7, 'x');",
        "the points (1, 2) and (3, 4) lie on the line.",
        "She didn't say 'yes' (or 'no'), and it's over.",
        "It's 'quoted' and `ls` was typed; e.g. the U.S. office, v2 and iPhone.",
        "x = 4 and y < 9 in the equation, col >= 40 then.",
        "L'\u00E9t\u00E9 (d\u00E9j\u00E0 chaud) n'est pas fini ; c'est 'bon'.",
        "\u0417\u0430\u043F\u0440\u043E\u0441 update t set a_b=4 where c='x'; \u0432\u044B\u043F\u043E\u043B\u043D\u0435\u043D.",
        "\u6771\u4EAC\u3067 set max_conn=20 where id=3; \u3092\u5B9F\u884C\u3057\u305F\u3002",
        "see https://example.org/a?id=7&b=2 and www.example.org.",
        "((a, b)) ('x', 'y') (Lyon, Nice) (see above).",
    };
    std::vector<std::string> texts;
    for (std::size_t i = 0; i < parts.size(); ++i)
        for (std::size_t j = 0; j < parts.size(); ++j) {
            const std::string whole = parts[i] + (j % 3 == 0 ? "\n" : " ") + parts[j];
            for (std::size_t cut = 0; cut <= whole.size(); cut += 7) {
                texts.push_back(whole.substr(cut));
                texts.push_back(whole.substr(0, cut));
            }
        }
    for (const std::string& t : generated()) texts.push_back(t);
    for (const std::string& t : dev_texts(40)) texts.push_back(t);
    const KnownWord none = [](std::string_view) { return 0; };
    std::vector<machine::TokenStats> toks;
    std::vector<std::uint8_t> screened, plain;
    std::size_t marked = 0;
    for (const std::string& t : texts) {
        toks.clear();
        machine::ScriptCounts scripts;
        machine::read_tokens(t, toks, scripts);
        screened.assign(toks.size(), 0);
        plain.assign(toks.size(), 0);
        machine::mark_operand_statements(t, toks, screened, none, machine::SpanScreens::on);
        machine::mark_operand_statements(t, toks, plain, none, machine::SpanScreens::off);
        CHECK_MESSAGE(screened == plain, t);
        marked += std::any_of(plain.begin(), plain.end(), [](std::uint8_t s) { return s != 0; });
    }
    CHECK(marked > 100);  // statements are marked, so the comparison can fail
}

TEST_CASE("find_format_specs reads the tokens holding a '%' or '{' wherever they stand, the first or after others") {
    const auto spans_of = [](std::string_view text) {
        std::vector<machine::TokenStats> toks;
        machine::ScriptCounts scripts;
        machine::read_tokens(text, toks, scripts);
        machine::TokenSpans spans;
        machine::find_format_specs(text, toks, spans);
        return spans;
    };
    // Specs as the block's first token, after prose in other scripts, after a long stretch
    // without a mark, and glued behind a stop.
    for (const char* text : {"%s %d %05.2f", "{0} {name} {1}", "Der Wert fehlt. %s %d %05.2f",
                             "\u041E\u0448\u0438\u0431\u043A\u0430. {0} {name} {1}",
                             "a long sentence of plain words without any mark at all goes on and on. %s %d %05.2f"}) {
        const auto spans = spans_of(text);
        CHECK_MESSAGE(spans.size() == 1, text);
    }
    // One spec in prose is prose's: a share, a brace aside.
    for (const char* text : {"Half of them, 50% or so, came {as expected}.", "Plain prose without marks.", ""})
        CHECK_MESSAGE(spans_of(text).empty(), text);
}

TEST_CASE("plain Latin words score nothing, and the tokens beside them still score as before") {
    const KnownWord none = [](std::string_view) { return 0; };
    // Prose of plain words (one capital at most, accents, dashes, quotes, stops): no run.
    for (const char* prose : {"The river rose, and the town slept \u2014 \"quietly\" \u2014 until dawn.",
                              "L'\u00E9t\u00E9 fut long; les for\u00EAts br\u00FBlaient \u00E0 l'ouest.",
                              "Die Stra\u00DFe war nass, \u00FCberall standen Pf\u00FCtzen.",
                              "Well-known writers wrote it, didn't they?"})
        CHECK_MESSAGE(find_garbage_runs(prose, script_latin, none).empty(), std::string(prose));
    // A blob and identifiers among such words are still found (their counts leave the fast path).
    for (const char* machine_text : {"The key was mahVobQ8joNSnarDk2Lq9 and nothing else.",
                                     "Dann kam user_id=42 AND session_key='x9' zur\u00FCck."})
        CHECK_MESSAGE(!find_garbage_runs(machine_text, script_latin, none).empty(), std::string(machine_text));
}

TEST_CASE("find_prompts reads the tokens at a prompt's mark wherever it stands: in the token, alone after it") {
    const auto spans_of = [](std::string_view text) {
        std::vector<machine::TokenStats> toks;
        machine::ScriptCounts scripts;
        machine::read_tokens(text, toks, scripts);
        machine::TokenSpans spans;
        machine::find_prompts(text, toks, spans);
        return spans;
    };
    // The block's first token, the mark alone after the prompt, after prose in other scripts and
    // after a long stretch without a mark.
    for (const char* text : {"user@host:~/app$ ls -la /var/log", "user@host:~ $ tail -n 20 /var/log/syslog",
                             "Dann tippen Sie: root@box:/srv# tail -n 5 /var/log/app.log",
                             "\u0417\u0430\u0442\u0435\u043C: user@host:~/app$ ls -la /var/log",
                             "a long sentence of plain words without any mark at all goes on and on: user@host:~/app$ ls -la /tmp"}) {
        CHECK_MESSAGE(spans_of(text).size() == 1, std::string(text));
    }
    // Marks of prose: a share, a tag, a comparison.
    for (const char* text : {"Half of them, 50% or so, came.", "We love #travel and more > less.", "Plain prose.", ""})
        CHECK_MESSAGE(spans_of(text).empty(), std::string(text));
}
