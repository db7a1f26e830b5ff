// Garbage filter, a pager's page numbers (filters/page_numbers.cpp): numbers counting up by one
// between marks, glued behind a sentence, after it or alone. Look-alikes stay: a table of
// contents, page references and counts in prose, a score, a date, a list of years.
#include <doctest/doctest.h>

#include <string>

#include "filter_test_util.hpp"
#include "filters/filters.hpp"

using namespace winnow;
using namespace winnow::detail;
using winnow::test::garbage_filtered;

namespace {
const std::string kNl = "De haven van het dorp is na twee jaar verbouwen weer open voor de vissers.";
const std::string kCs = "Přístav v obci se po dvou letech oprav znovu otevřel pro rybáře.";
const std::string kKo = "마을의 오래된 항구가 이 년 동안의 공사를 마치고 다시 문을 열었다.";
}  // namespace

TEST_CASE("page numbers between marks go: glued behind a sentence, after it, alone") {
    CHECK(garbage_filtered("De boten kwamen vroeg terug.← 1 2 3 4 … 9 →", kNl) == "De boten kwamen vroeg terug.");
    CHECK(garbage_filtered("Rybáři vyplouvají za úsvitu. ‹‹ 3 4 5 6 7 ››", kCs) == "Rybáři vyplouvají za úsvitu.");
    CHECK(garbage_filtered("배들은 새벽에 출항한다. 1 · 2 · 3 · 4 ▸", kKo) == "배들은 새벽에 출항한다.");
    CHECK(garbage_filtered("| 1 | 2 | 3 | 4 | 5 |", kNl) == "<removed>");
}

TEST_CASE("numbers in prose, tables of contents and scores stay") {
    for (const std::string& legit : {
             std::string("Hoofdstuk 1 begint op bladzijde 3, hoofdstuk 2 op 17 en hoofdstuk 3 op 42."),
             std::string("Zie de pagina's 12, 13 en 14 voor de kaarten van de haven."),
             std::string("Ajax won met 3 - 1 en PSV met 2 - 0 in de laatste ronde."),
             std::string("Uitslag: 1. Jansen 2. de Vries 3. Bakker"),
             std::string("In 2021, 2022 en 2023 kwamen er steeds meer bezoekers."),
             std::string("Tel mee: 1, 2, 3 en spring!"),
         })
        CHECK(garbage_filtered(legit, kNl) == legit);
}

TEST_CASE("a pager with marks among its numbers goes with the label words that frame it") {
    CHECK(garbage_filtered("Předchozí 1 2 3 … 9 Další", kCs) == "<removed>");
    CHECK(garbage_filtered("Rybáři vyplouvají za úsvitu. Předchozí 1 2 3 … 12 Další Večer se vracejí.", kCs) ==
          "Rybáři vyplouvají za úsvitu. Večer se vracejí.");
    CHECK(garbage_filtered("De boten kwamen vroeg terug. Vorige 4 · 5 · 6 · 7 Volgende", kNl) == "De boten kwamen vroeg terug.");
    CHECK(garbage_filtered("배들은 새벽에 출항한다. 이전 1 | 2 | 3 | 4 다음", kKo) == "배들은 새벽에 출항한다.");
    // Counting in prose keeps its words: the numbers are inside a sentence.
    const std::string legit = "Děti počítaly nahlas 1 2 3 … 10 a pak se rozběhly.";
    CHECK(garbage_filtered(legit, kCs) == legit);
}
