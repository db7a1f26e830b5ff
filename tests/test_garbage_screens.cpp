// The garbage detectors' cheap screens against the plain reading they stand for: a screen may
// only skip a text the plain reading would have found nothing in (filters/garbage_tokens.hpp's
// holds() for string_view::find, possible_marked_letters() for the decoded count of marked
// Latin letters, find_prompts' marks), on generated and hand-written texts in several scripts.
#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "filters/evidence.hpp"
#include "filters/filters.hpp"
#include "filters/garbage_tokens.hpp"
#include "filters/machine_tokens.hpp"

using namespace winnow::detail;

namespace {

// Prose and debris in several scripts and markups, with the bytes the screens look for.
const std::vector<std::string>& samples() {
    static const std::vector<std::string> s = {
        "",
        "The council met on Tuesday, and the vote was close.",
        "\u201CIt\u2019s fine,\u201D she said \u2014 twice\u2026 and left.",
        "Le conseil s\u2019est r\u00E9uni mardi ; \u00AB c\u2019\u00E9tait serr\u00E9 \u00BB, a-t-il dit.",
        "Rada zasedala v \u00FAter\u00FD a hlasov\u00E1n\u00ED bylo t\u011Bsn\u00E9: \u0159ekl \u017Ee ano.",
        "the council \u015EI\u00D1EL\u00C1Z\u00DC \u017D\u00C9MYCEDY karu \u017Einu\u015Fy \u00D1\u0104\u015EA agreed",
        "H\u00E0 N\u1ED9i v\u00E0 \u0110\u00E0 N\u1EB5ng l\u00E0 hai th\u00E0nh ph\u1ED1 l\u1EDBn.",
        "\u041C\u043E\u0441\u043A\u0432\u0430 \u2014 \u0441\u0442\u043E\u043B\u0438\u0446\u0430 \u0420\u043E\u0441\u0441\u0438\u0438.",
        "\u6771\u4EAC\u306F\u65E5\u672C\u306E\u9996\u90FD\u3067\u3059\u3002\u4EBA\u53E3\u306F\u591A\u3044\u3002",
        "x\u207F + y\u207F = z\u207F, \u2071 and \u2070 and \u2044 fractions",
        "5\u00A0km\u00B2 at 20\u00B0C \u00A9 2024 \u00AB\u00A0oui\u00A0\u00BB 1\u00BA 2\u00AA 3\u00B5m \u00BD \u00D7 \u00B7",
        "broken \xE2\x80 bytes \xE2\x81 and \xC3 stray \xA9\xA9 lead \xE2\x81\xAF end \xE2",
        "user@host:~/app$ ls -la /var/log",
        "root@box:/srv# systemctl restart nginx",
        "C:\\Users\\ana> dir /w",
        "PS> Get-Item ./x",
        "user@host:~/app % make all -j4",
        "total = 4 | count = 7 | a | b  =  c",
        "-rw-r--r-- 1 root root 4096 Jan 3 12:00 notes.txt drwxr-xr-x r-x",
        "src/main.c | 12 ++++++---- 2 files changed, 8 insertions(+), 4 deletions(-)",
        "name = \"web\" port = 80 host = \"a.example\"",
    };
    return s;
}

// Texts built from the samples' pieces glued and cut at every place, so needles straddle and
// touch the text's ends.
std::vector<std::string> generated() {
    std::vector<std::string> out;
    const auto& s = samples();
    for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = 0; j < s.size(); j += 3) {
            const std::string whole = s[i] + s[j];
            for (std::size_t cut = 0; cut <= whole.size(); cut += 5) {
                out.push_back(whole.substr(cut));
                out.push_back(whole.substr(0, cut));
            }
        }
    return out;
}

// Marked Latin letters as find_marked_runs counts them: decoded, Latin script, a letter, above ASCII.
std::size_t marked_letters(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t p = 0; p < text.size();) {
        if (static_cast<unsigned char>(text[p]) < 0x80) { ++p; continue; }
        const char32_t cp = next_code_point(text, p);
        n += script_of(cp) == script_latin && is_letter(cp);
    }
    return n;
}

}  // namespace

TEST_CASE("holds finds a needle by its rare byte just as find does") {
    const std::vector<std::pair<std::string_view, std::size_t>> needles = {{" | ", 1}, {" = ", 1}, {"rw", 1}, {"r-x", 1}};
    std::size_t found = 0, missed = 0;
    for (const std::string& t : generated())
        for (const auto& [needle, anchor] : needles) {
            const bool plain = t.find(needle) != std::string::npos;
            CHECK(garbage_tokens::holds(t, needle, anchor) == plain);
            (plain ? found : missed) += 1;
        }
    CHECK(found > 100);  // both answers are exercised
    CHECK(missed > 100);
    CHECK(garbage_tokens::holds("a | b", " | ", 1));
    CHECK_FALSE(garbage_tokens::holds("| b", " | ", 1));  // the anchor at the text's start
    CHECK_FALSE(garbage_tokens::holds("a |", " | ", 1));  // the needle cut by the text's end
    CHECK(garbage_tokens::holds("-rw-", "rw", 1));
}

TEST_CASE("possible_marked_letters never counts fewer than the marked letters") {
    std::size_t screened = 0, read = 0;
    for (const std::string& t : generated()) {
        const std::size_t plain = marked_letters(t);
        CHECK(garbage_tokens::possible_marked_letters(t) >= plain);
        (garbage_tokens::possible_marked_letters(t) < 6 ? screened : read) += 1;
    }
    CHECK(screened > 100);
    CHECK(read > 100);
    // Quotes, dashes and ellipses alone are no letters: English prose is screened out.
    CHECK(garbage_tokens::possible_marked_letters("\u201CA\u201D \u2018b\u2019 \u2014 \u2013 \u2026 \u2022 \u2032") == 0);
    // A superscript letter (U+2071, U+207F) stands just past the punctuation: counted.
    CHECK(garbage_tokens::possible_marked_letters("\u2071\u207F") == 2);
    // The Latin-1 signs are no letters, but for the ordinals and the micro sign.
    CHECK(garbage_tokens::possible_marked_letters("\u00A0\u00A9\u00B0\u00AB\u00BB\u00B7\u00BD") == 0);
    CHECK(garbage_tokens::possible_marked_letters("\u00AA\u00B5\u00BA\u00C9") == 4);
    // Debris of marked syllables is still found behind the screen.
    std::vector<TextRange> out;
    const std::string debris = "The council met and ZYX \u015EI\u00D1EL\u00C1Z\u00DC \u017D\u00C9MYCEDY karu \u017Einu\u015Fy \u00D1\u0104\u015EA "
                               "\u0150\u0158\u00C6\u0143 agreed on the budget for the coming year after a long debate in the hall.";
    garbage_tokens::find_marked_runs(debris, nullptr, out);
    CHECK(!out.empty());
}

TEST_CASE("the prompt screen keeps every prompt mark, glued or alone") {
    auto prompts = [](std::string_view text) {
        std::vector<machine::TokenStats> toks;
        machine::ScriptCounts scripts;
        machine::read_tokens(text, toks, scripts);
        machine::TokenSpans spans;
        machine::find_prompts(text, toks, spans);
        return spans.size();
    };
    for (const char* line : {"user@host:~/app$ ls -la /var/log", "root@box:/srv# tail -n 20 /var/log/syslog",
                             "user@host:~/app % make -j4 CC=clang", "C:\\Users\\ana> dir /w", "user@host: $ ls -la /tmp",
                             "\u0432\u043E\u0442 user@host:~ > cat /etc/hosts"})
        CHECK_MESSAGE(prompts(line) == 1, line);
    CHECK(prompts("The user at the host ran a listing of the log folder.") == 0);
}

TEST_CASE("MarkedLetters counts as the plain decoding does, eight ASCII bytes at a time or one") {
    for (const std::string& t : generated()) {
        std::size_t plain_letters = 0;
        for (std::size_t p = 0; p < t.size();) {
            const bool ascii = static_cast<unsigned char>(t[p]) < 0x80;
            const char32_t cp = next_code_point(t, p);
            plain_letters += ascii ? garbage_tokens::is_alpha(static_cast<char>(cp)) : script_of(cp) == script_latin && is_letter(cp);
        }
        MarkedLetters m;
        m.count(t);
        CHECK(m.letters == plain_letters);
        std::size_t marked = 0;
        for (const auto& c : m.counts) marked += c.second;
        CHECK(marked == marked_letters(t));
    }
}

TEST_CASE("mark_error_traces marks the same tokens with its digit-token screens as without") {
    using namespace garbage_tokens;
    // Log lines and numbered messages (what the screens skip) beside prose in several scripts.
    std::vector<std::string> texts = {
        "2024-03-05T10:00:00Z INFO worker.poll: queue=7 drained",
        "2024-03-05 10:00:00,118 WARN io.pool: retry",
        "Msg 208, Level 16, State 1, Line 3 Invalid object name 'dbo.x'.",
        "Nachricht 208, Ebene 16, Status 1, Zeile 3 Ung\u00FCltiger Objektname 'dbo.x'.",
        "Msg 208, Level 16, State 1 Invalid object name 'dbo.x'.",
        "ERROR:  duplicate key value DETAIL:  Key (id)=(7) already exists.",
        "FEHLER:  doppelter Schl\u00FCsselwert ORA-00942: Tabelle existiert nicht ORA-06512: bei Zeile 7",
        "NOTE: the museum closes early. UPDATE: UPDATE: \u0437\u0430\u043A\u0440\u044B\u0442\u043E",
        "at Object.<anonymous> (/app/index.js:10:15) NaN undefined",
        "Warning: Undefined index in /var/www/app/single.php on line 42",
        "track('page', 'UA-123'); \u041C\u043E\u0441\u043A\u0432\u0430 2010-09-03 18:08:46",
    };
    for (const std::string& s : samples()) texts.push_back(s);
    std::vector<std::string> all;
    for (std::size_t i = 0; i < texts.size(); ++i)
        for (std::size_t j = 0; j < texts.size(); j += 2) {
            const std::string whole = texts[i] + " " + texts[j];
            for (std::size_t cut = 0; cut <= whole.size(); cut += 7) {
                all.push_back(whole.substr(cut));
                all.push_back(whole.substr(0, cut));
            }
        }
    const auto tokens = [](std::string_view text) {
        std::vector<Tok> toks;
        for (std::size_t p = 0; p < text.size();) {
            while (p < text.size() && is_space(text[p])) ++p;
            Tok t;
            t.b = static_cast<std::uint32_t>(p);
            for (; p < text.size() && !is_space(text[p]); ++p) t.marks |= marks_of(text[p]);
            t.e = static_cast<std::uint32_t>(p);
            if (t.e > t.b) toks.push_back(t);
        }
        return toks;
    };
    std::size_t hard = 0;
    for (const std::string& t : all) {
        std::vector<Tok> screened = tokens(t), plain = screened, counted = screened;
        // The census as read_garbage_tokens counts it: the same digit tokens, not counted again.
        TokenCensus census;
        for (const Tok& tok : counted) census.digit += (tok.marks & m_digit) != 0;
        mark_error_traces(t, screened, TraceScreens::on);
        mark_error_traces(t, plain, TraceScreens::off);
        mark_error_traces(t, counted, TraceScreens::on, &census);
        REQUIRE(screened.size() == plain.size());
        for (std::size_t k = 0; k < plain.size(); ++k) {
            CHECK_MESSAGE((screened[k].cls == plain[k].cls && screened[k].cut == plain[k].cut), t);
            CHECK_MESSAGE((counted[k].cls == plain[k].cls && counted[k].cut == plain[k].cut), t);
            hard += plain[k].cls == Cls::hard;
        }
    }
    CHECK(hard > 0);
    // The numbered message and the log line are found with the screens on.
    for (std::size_t i : {0u, 2u, 3u}) {
        std::vector<Tok> toks = tokens(texts[i]);
        mark_error_traces(texts[i], toks);
        CHECK_MESSAGE(toks.front().cls == Cls::hard, texts[i]);
    }
}
