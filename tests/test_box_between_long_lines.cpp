// A box pasted three or more times between the paragraphs of an article whose sentences are few
// words but long ones (Finnish, Hungarian, German compounds: ten words, ninety letters) goes: a
// neighbour is a line of verse only when it is short in words and in characters. A refrain
// between the short lines of a poem stays. Fixtures written for this test: fi hu de el en;
// HTML5 article, div soup without class names, a table layout.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "noise_page_util.hpp"

using namespace winnow;

namespace {

struct Case {
    const char* lang;
    std::vector<std::string> paras;  // few words, many letters
    std::string box;
};

const std::vector<Case> kCases{
    {"fi",
     {"Kun saaren ainoa kauppa suljettiin, kyläläiset perustivat osuuskunnan ja avasivat sen uudelleen.",
      "Kaupan hyllyt rakennettiin talkoilla, ja tavarat tuodaan mantereelta yhteysaluksella kahdesti viikossa.",
      "Kassalla vuorottelee kymmenen vapaaehtoista, joista vanhin on jo yli kahdeksankymmenen.",
      "Kesällä asiakkaita on moninkertaisesti, kun mökkiläiset ja purjehtijat saapuvat saarelle.",
      "Osuuskunta on myös järjestänyt kaupan yhteyteen pienen postin ja lainakirjaston."},
     "Tilaa uutiskirjeemme ja saat parhaat jutut sähköpostiisi"},
    {"hu",
     {"Amikor a falu egyetlen boltja bezárt, a lakosok szövetkezetet alapítottak és újranyitották.",
      "A polcokat társadalmi munkában építették, az árut hetente kétszer szállítják a szárazföldről.",
      "A pénztárban tíz önkéntes váltja egymást, a legidősebb közülük már elmúlt nyolcvanéves.",
      "Nyáron a vásárlók száma megsokszorozódik, amikor a nyaralótulajdonosok megérkeznek.",
      "A szövetkezet a bolt mellett kis postahivatalt és kölcsönkönyvtárat is berendezett."},
     "Iratkozzon fel hírlevelünkre, és a legjobb cikkeket elküldjük"},
    {"de",
     {"Als der einzige Dorfladen schloss, gründeten die Inselbewohner eine Einkaufsgenossenschaft.",
      "Die Ladenregale entstanden in Gemeinschaftsarbeit, Lebensmittellieferungen kommen zweimal wöchentlich.",
      "An der Ladenkasse wechseln sich zehn Ehrenamtliche ab, die älteste ist über achtzig.",
      "Im Sommer vervielfacht sich die Kundschaft, wenn Ferienhausbesitzer und Segler ankommen.",
      "Die Genossenschaft betreibt neben dem Laden eine Poststelle und eine Leihbücherei."},
     "Abonnieren Sie unseren Newsletter und verpassen Sie nichts"},
    {"el",
     {"Όταν έκλεισε το μοναδικό μαγαζί του νησιού, οι κάτοικοι ίδρυσαν συνεταιρισμό και το ξανάνοιξαν.",
      "Τα ράφια κατασκευάστηκαν εθελοντικά, και τα εμπορεύματα μεταφέρονται δύο φορές εβδομαδιαίως.",
      "Στο ταμείο εναλλάσσονται δέκα εθελοντές, ο γηραιότερος από τους οποίους είναι ογδοντάχρονος.",
      "Το καλοκαίρι οι πελάτες πολλαπλασιάζονται, όταν καταφθάνουν παραθεριστές και ιστιοπλόοι.",
      "Ο συνεταιρισμός λειτουργεί επίσης ταχυδρομείο και δανειστική βιβλιοθήκη δίπλα στο κατάστημα."},
     "Εγγραφείτε στο ενημερωτικό μας δελτίο για τα καλύτερα άρθρα"},
    {"en",
     {"Unexpectedly, neighbourhood volunteers rebuilt the lighthouse's deteriorating foundations themselves.",
      "Restoration carpenters painstakingly reconstructed the weatherboarding using reclaimed timber.",
      "Afterwards, schoolchildren photographed everything, documenting the extraordinary transformation.",
      "Meanwhile, conservationists catalogued seabirds nesting underneath the reconstructed walkway.",
      "Ultimately, municipal administrators guaranteed permanent maintenance funding for the lighthouse."},
     "Subscribe to our newsletter and never miss a story"},
};

}  // namespace

TEST_CASE("a box pasted between paragraphs of few but long words goes; the paragraphs stay") {
    for (const auto& c : kCases)
        for (int markup = 0; markup < test::kNoiseMarkups; ++markup)
            for (int copies = 3; copies <= 4; ++copies) {
                std::string body;
                for (int i = 0; i < 5; ++i) {
                    body += "<p>" + c.paras[i] + "</p>";
                    if (i < copies) body += "<p>" + c.box + "</p>";
                }
                const std::string out = test::cleaned_text(test::noise_page(c.lang, markup, body));
                CAPTURE(std::string(c.lang));
                CAPTURE(markup);
                CAPTURE(copies);
                CAPTURE(out);
                CHECK(out.find(c.box) == std::string::npos);
                for (const auto& p : c.paras) CHECK(out.find(p) != std::string::npos);
            }
}

TEST_CASE("a refrain between the short lines of a poem stays") {
    const std::vector<std::vector<std::string>> stanzas{
        {"The tide comes in,", "the gulls come down,", "the boats come home", "to the harbour town."},
        {"The nets are dried,", "the sails are mended,", "the lamps are lit", "and the day is ended."},
        {"The wind turns west,", "the stars are showing,", "the children sleep", "and the tide is going."}};
    const std::string refrain = "Sing low, sing slow, the sea will know";
    for (int markup = 0; markup < test::kNoiseMarkups; ++markup) {
        std::string body;
        for (const auto& lines : stanzas) {
            for (const auto& l : lines) body += "<p>" + l + "</p>";
            body += "<p>" + refrain + "</p>";
        }
        const std::string out = test::cleaned_text(test::noise_page(kCases.back().lang, markup, body));
        CAPTURE(markup);
        CAPTURE(out);
        CHECK(out.find(refrain) != std::string::npos);
    }
}
