// Work the garbage detectors skip where it cannot change their answer: the document's words
// (KnownWord) asked of a statement's or a record's shape alone.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "filters/evidence.hpp"
#include "filters/filters.hpp"

using namespace winnow::detail;

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
