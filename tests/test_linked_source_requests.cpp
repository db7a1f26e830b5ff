// A wiki's request for a source, a bracketed link glued after a sentence ("…the harbour[zdroj?]."),
// is link residue: a label of one or two words closing on a question mark, however often the
// page says it, or one of two lower-case words said nowhere else. A label in Greek or Hebrew is measured in characters, not bytes, so a
// two-word one ("[χρειάζεται παραπομπή]", 43 bytes) is read like a Latin one. A bracketed
// question of several words stays. Fixtures written for this test: en cs fi uk el he; HTML5
// article, div soup without class names, a table layout.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include <winnow/winnow.hpp>

#include "noise_page_util.hpp"

using namespace winnow;

namespace {

struct Case {
    const char* lang;
    const char* label;
    std::vector<std::string> paras;  // "%N" marks where the label goes (twice a page)
};

const std::vector<Case> kCases{
    {"en", "[source?]",
     {"The ferry across the bay was replaced by a bridge in the seventies, yet a small boat still carries walkers%N.",
      "Its captain has worked on the water for thirty years and knows every sandbank between the two towns.",
      "On summer weekends the boat makes twelve crossings, and a queue forms on the old stone jetty%N.",
      "The town council pays for the fuel, while the tickets cover the captain's wage and the repairs."}},
    {"cs", "[zdroj?]",
     {"Stará lávka přes řeku byla stržena povodní, ale obec ji během jediného léta postavila znovu%N.",
      "Na stavbě pracovali dobrovolníci z celého údolí a dřevo darovali místní lesníci a truhláři.",
      "Při slavnostním otevření přešlo lávku několik stovek lidí a hrála dechová hudba%N.",
      "Starosta slíbil, že obec bude lávku každé jaro kontrolovat a natírat novou barvou."}},
    {"fi", "[lähde?]",
     {"Kun saaren ainoa kauppa suljettiin, kyläläiset perustivat osuuskunnan ja avasivat sen uudelleen%N.",
      "Kaupan hyllyt rakennettiin talkoilla, ja tavarat tuodaan mantereelta kahdesti viikossa.",
      "Kesällä asiakkaita on moninkertaisesti, kun mökkiläiset ja purjehtijat saapuvat saarelle%N.",
      "Osuuskunta on myös järjestänyt kaupan yhteyteen pienen postin ja lainakirjaston."}},
    {"uk", "[джерело?]",
     {"На запасній колії маленької станції стоїть старий вагон, який став сільською бібліотекою%N.",
      "Вагон подарувала залізниця, а місцеві столяри зробили всередині полиці та довгий стіл.",
      "Щосуботи тут збираються діти, щоб послухати казки, які читає колишня вчителька%N.",
      "Взимку громада планує провести у вагон опалення, щоб бібліотека працювала цілий рік."}},
    {"el", "[χρειάζεται παραπομπή]",
     {"Σε ένα μικρό νησί του Αιγαίου, οι κάτοικοι αποφάσισαν να φυτέψουν ξανά τους ελαιώνες%N.",
      "Την πρωτοβουλία ανέλαβε ένας συνεταιρισμός αγροτών με τη βοήθεια φοιτητών από την Αθήνα.",
      "Φέτος φυτεύτηκαν περισσότερα από δύο χιλιάδες δέντρα σε εγκαταλελειμμένα χωράφια%N.",
      "Ο συνεταιρισμός ελπίζει ότι σε δέκα χρόνια το νησί θα παράγει ξανά το δικό του λάδι."}},
    {"he", "[דרוש מקור]",
     {"בתחנת האוטובוס שליד בית הספר בשכונה הוצב ארון עץ קטן מלא בספרים%N.",
      "את הארון בנה שכן שפרש לגמלאות, והילדים צבעו אותו בצבעים עזים.",
      "העירייה החליטה להציב ארונות דומים בעוד חמש תחנות ברחבי העיר%N.",
      "השכן כבר עובד על ארון נוסף, הפעם עם גג שיגן על הספרים מפני הגשם."}},
};

// A label asking with "?" goes in twice; a plain two-word label once (said twice, its words are
// the text's: said_once).
std::string page(const Case& c, int markup, const std::string& mark) {
    std::string body;
    const bool twice = std::string_view(c.label).find('?') != std::string_view::npos;
    int used = 0;
    for (const auto& p : c.paras) {
        const bool has = p.find("%N") != std::string::npos;
        body += "<p>" + test::with_mark(p, has && (twice || used == 0) ? mark : "") + "</p>";
        used += has;
    }
    return test::noise_page(c.lang, markup, body);
}

}  // namespace

TEST_CASE("a request for a source, linked and glued, goes every time; the sentences stay") {
    for (const auto& c : kCases)
        for (int markup = 0; markup < test::kNoiseMarkups; ++markup) {
            const std::string mark = std::string("<sup class=\"noprint\"><a href=\"/wiki/Help:Sources\">") + c.label + "</a></sup>";
            const std::string out = test::cleaned_text(page(c, markup, mark));
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            CAPTURE(out);
            CHECK(out.find(c.label) == std::string::npos);
            for (const auto& p : c.paras) CHECK(out.find(test::with_mark(p, "")) != std::string::npos);
        }
}

TEST_CASE("a bracketed question of several words is the sentence's: it stays") {
    const Case& c = kCases.front();
    const std::string mark = "<a href=\"/talk/12\">[but who paid for it?]</a>";
    const std::string out = test::cleaned_text(page(c, 0, mark));
    CAPTURE(out);
    CHECK(out.find("[but who paid for it?]") != std::string::npos);
}
