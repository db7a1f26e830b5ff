// A long block holding many debris runs is cleaned run by run as a short one is: each run's
// start inside the token it is glued to (after a sentence's last word) is found among all the
// block's detector starts, and the cuts and the space tidying are done in one pass over the
// block. Sentences in German, Greek and Russian with debris glued behind them, repeated
// hundreds of times in one paragraph between sentences of prose, come out without the debris.
#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

#include "filter_test_util.hpp"

using namespace winnow;

namespace {

struct Piece {
    std::string text, clean, context;
};

const std::vector<Piece> kPieces = {
    {"Die Fähre fährt stündlich.utm_source=brief&utm_medium=mail&utm_campaign=mai", "Die Fähre fährt stündlich.",
     "Seit hundert Jahren verbindet eine kleine Fähre die beiden Dörfer am Fluss."},
    {"Η γέφυρα άνοιξε ξανά τον Μάιο.\"]},ערכים התחלתיים: 6:ab - 0.38820417 בשימוש", "Η γέφυρα άνοιξε ξανά τον Μάιο.",
     "Η παλιά γέφυρα του χωριού επισκευάστηκε από τους κατοίκους μέσα σε δύο χρόνια."},
    {"Деньги ушли на ремонт крыши..\"]}的初始值: 3:qe - 0.55102938 已使用", "Деньги ушли на ремонт крыши.",
     "Жители дома превратили крышу в сад, где растут яблони и смородина."},
};

}  // namespace

TEST_CASE("a paragraph of many sentences with glued debris is cleaned as each sentence alone") {
    for (const Piece& p : kPieces) {
        REQUIRE(test::garbage_filtered(p.text, p.context) == p.clean);  // alone
        for (const int copies : {2, 50, 400}) {
            std::string text, clean;
            for (int k = 0; k < copies; ++k) {
                // (A sentence of prose between: debris parted by one short sentence alone is one run.)
                text += (k ? " " : "") + p.context + " " + p.text;
                clean += (k ? " " : "") + p.context + " " + p.clean;
            }
            CHECK(test::garbage_filtered(text, p.context) == clean);
        }
    }
}
