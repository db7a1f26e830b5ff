// A letter's character reference without its ';' inside a word (entity_residue.cpp): text escaped
// once more than it was decoded, the semicolon lost on the way ("mjalt&euml", "Gr&uumln",
// "&Eacutetudiant"). HTML decodes such legacy names itself; in text they are Unicode damage. The
// longest name of an accented Latin letter opening the run after '&' is read when a letter stands
// before the '&' or runs on after the name. Albanian, German, French, Spanish, Portuguese; English,
// Russian and Greek text whose ampersands are not letters' references
// ("AT&T", "R&D", "&copy2024", "&eth", a query string): these stay. Whole pages too (an HTML5
// article, div soup, a table layout), where the escaped "&amp;euml" reaches the text as "&euml".
// 24 of the 47 checks failed before the rule (the 6 repairs, the 18 pages).
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"
#include "unicode.hpp"

using winnow::UnicodeOptions;
using winnow::detail::normalize_text;
using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    const char* damaged;
    const char* repaired;
};

const Case kRepaired[] = {
    {"sq", "Ura e vjet&eumlr prej guri u rindërtua nga fshatarët.", "Ura e vjetër prej guri u rindërtua nga fshatarët."},
    {"sq", "Bleta prodhon mjalt&euml të mirë.", "Bleta prodhon mjaltë të mirë."},
    {"de", "Die Stra&szlige f&uumlhrt zum Gr&uumlnen Markt.", "Die Straße führt zum Grünen Markt."},
    {"fr", "Un &Eacutetudiant boit un caf&eacute au comptoir.", "Un Étudiant boit un café au comptoir."},
    {"es", "El ni&ntildeo come pi&ntildea en la ma&ntildeana.", "El niño come piña en la mañana."},
    {"pt", "A edi&ccedil&atildeo de ver&atildeo saiu ontem.", "A edição de verão saiu ontem."},
};

const char* const kKept[] = {
    "AT&T and R&D signed a deal, Q&A at noon.",                       // en: no letter's name
    "&copy2024 Newsroom, &eth and &Ouml alone, x&lt y.",              // a symbol, a short name, no word
    "Компания AT&T открыла офис, а R&D отдел переехал.",              // ru
    "Η εταιρεία AT&T και το τμήμα R&D μετακόμισαν.",                  // el
    "Results: ?a=1&not=2&sect=4 appear in the log.",                  // names that are not letters
};

}  // namespace

TEST_CASE("a letter's reference without its semicolon inside a word is the letter") {
    const UnicodeOptions opts{};
    for (const Case& c : kRepaired) {
        const std::string lang = c.lang;
        CAPTURE(lang);
        CHECK(normalize_text(c.damaged, opts) == c.repaired);
    }
    for (const char* k : kKept) {
        CAPTURE(k);
        CHECK(normalize_text(k, opts) == k);
    }
}

TEST_CASE("on whole pages the escaped reference reads as its letter") {
    for (const Case& c : kRepaired)
        for (int markup = 0; markup < 3; ++markup) {
            const std::string lang = c.lang;
            CAPTURE(lang);
            CAPTURE(markup);
            std::string text = c.damaged;
            for (std::size_t p = 0; (p = text.find('&', p)) != std::string::npos; p += 5) text.replace(p, 1, "&amp;");
            const std::string prose = std::string("<p>") + text +
                                      " The village gathered on the square for the opening of the bridge in the evening.</p>";
            std::string body;
            if (markup == 0) body = "<main><article><h1>Bridge</h1>" + prose + "</article></main>";
            else if (markup == 1) body = "<div><div><b>Bridge</b></div><div>" + prose + "</div></div>";
            else body = "<table><tr><td><h1>Bridge</h1>" + prose + "</td></tr></table>";
            const std::string out = text_of(html_page(c.lang, "Bridge", body));
            CHECK(has(out, c.repaired));
        }
}
