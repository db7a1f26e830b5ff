// UTF-8 text read as cp850, the DOS code page of Western Europe, which the repair lacked:
// cp437 has the same letters at 80-A8, but where UTF-8's continuation bytes A9 and B5-BE fall
// ("é" is C3 A9, "ö" is C3 B6) cp850 has accented capitals and signs and cp437 box corners, so
// "caf\u251C\u00AE" and "\u251C\u00C2" stayed; Cyrillic and Greek read as cp850 ("\u00F0\u00FB\u00F0\u00A9") likewise.
// Fixtures written for this test (fr pt ru is whole sentences damaged, de sv every other word, is whole),
// damaged with Python's cp850 codec, not the library's table. Text written right with cp850's
// letters (Icelandic \u00F0 \u00FE \u00FD, Danish \u00C6 \u00D8, Portuguese \u00E3 \u00F5, box drawing, \u00A9 \u00AE \u00A2 \u00A5) stays
// byte-identical.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "noise_page_util.hpp"
#include "text_repair_util.hpp"
#include "unicode.hpp"

using winnow::UnicodeOptions;
using winnow::detail::normalize_text;

namespace {

const std::vector<winnow::test::NamedRepair> kRepairs{
    {"fr cp850", "Le caf\u251C\u00AE du port a rouvert apr\u251C\u00BFs l'\u251C\u00AEt\u251C\u00AE, et les p\u251C\u00ACcheurs y prennent leur th\u251C\u00AE \u251C\u00E1 l'aube.",
     "Le caf\u00E9 du port a rouvert apr\u00E8s l'\u00E9t\u00E9, et les p\u00EAcheurs y prennent leur th\u00E9 \u00E0 l'aube."},
    {"de cp850", "Die Br\u00FCcke \u251C\u255Dber den Fluss wird im M\u00E4rz er\u251C\u00C2ffnet, sagte die B\u00FCrgermeisterin gestern.",
     "Die Br\u00FCcke \u00FCber den Fluss wird im M\u00E4rz er\u00F6ffnet, sagte die B\u00FCrgermeisterin gestern."},
    {"pt cp850", "A associa\u251C\u00BA\u251C\u00FAo de moradores decidiu em reuni\u251C\u00FAo que a pra\u251C\u00BAa ganhar\u251C\u00ED bancos novos.",
     "A associa\u00E7\u00E3o de moradores decidiu em reuni\u00E3o que a pra\u00E7a ganhar\u00E1 bancos novos."},
    {"is cp850", "\u251C\u00ECb\u251C\u2551arnir ger\u251C\u2591u upp g\u251C\u00C2mlu bryggjuna og h\u251C\u00AEldu st\u251C\u2502ra veislu \u251C\u00ED laugardaginn.",
     "\u00CDb\u00FAarnir ger\u00F0u upp g\u00F6mlu bryggjuna og h\u00E9ldu st\u00F3ra veislu \u00E1 laugardaginn."},
    {"sv cp850", "F\u251C\u00C2r\u251C\u00F1ldrarna byggde en ny lekplats bakom skolan under tv\u251C\u00D1 helger i maj.",
     "F\u00F6r\u00E4ldrarna byggde en ny lekplats bakom skolan under tv\u00E5 helger i maj."},
    {"ru cp850", "\u00F0\u00FB\u00F0\u00A9\u00D0\u00E9\u00F0\u00C1\u00F0\u2557\u00F0\u00A9 \u00F0\u2524\u00F0\u00C1\u00D0\u00C7\u00F0\u00C1\u00F0\u2593\u00F0\u00A2\u00F0\u00A9 \u00D0\u00FC\u00F0\u2591\u00F0\u255D\u00F0\u00A9 \u00F0\u00A5\u00D0\u00E9\u00D0\u00C7\u00F0\u00C1\u00F0\u255D\u00F0\u00A5\u00F0\u00A2\u00D0\u00E9\u00F0\u00A9\u00D0\u00C7\u00F0\u00A5\u00F0\u2593\u00F0\u2591\u00F0\u2557\u00F0\u00A9 \u00D0\u00FC\u00D0\u00E9\u00F0\u2591\u00D0\u00C7\u00D0\u00EF\u00F0\u2563 \u00F0\u255D\u00F0\u00A5\u00D0\u00FC\u00D0\u00E9 \u00D0\u00E7\u00F0\u00C1\u00D0\u00C7\u00F0\u00C1\u00F0\u00C0 \u00D0\u00C7\u00F0\u00C1\u00F0\u2551\u00D0\u00E2 \u00D0\u00EC\u00D0\u00E9\u00F0\u00A5\u00F0\u2563 \u00F0\u2593\u00F0\u00C1\u00D0\u00FC\u00F0\u00A2\u00F0\u00A5\u00F0\u2563.",
     "\u0416\u0438\u0442\u0435\u043B\u0438 \u0434\u0435\u0440\u0435\u0432\u043D\u0438 \u0441\u0430\u043C\u0438 \u043E\u0442\u0440\u0435\u043C\u043E\u043D\u0442\u0438\u0440\u043E\u0432\u0430\u043B\u0438 \u0441\u0442\u0430\u0440\u044B\u0439 \u043C\u043E\u0441\u0442 \u0447\u0435\u0440\u0435\u0437 \u0440\u0435\u043A\u0443 \u044D\u0442\u043E\u0439 \u0432\u0435\u0441\u043D\u043E\u0439."},
};

const std::vector<const char*> kGenuine{
    "\u00DE\u00F3r\u00F0ur og Gu\u00F0r\u00FAn f\u00F3ru me\u00F0 b\u00F6rnin a\u00F0 \u00DEingv\u00F6llum \u00E1 laugardaginn.",
    "S\u00F8ren k\u00F8bte to billeter til f\u00E6rgen fra \u00C6r\u00F8, og de kostede 120 kr. hver.",
    "As irm\u00E3s p\u00F5em as m\u00E3os \u00E0 obra: a na\u00E7\u00E3o inteira viu a transmiss\u00E3o.",
    "Tabellen ser s\u00E5dan ud: \u2502 Navn \u2502 \u00C6r\u00F8 \u2502 L\u00E6s\u00F8 \u2502 med \u2591 for tomme felter og \u2588 for fulde.",
    "Le logo \u00A9 2024 et la marque \u00AE appartiennent \u00E0 l'association, au prix de 12 \u00A2 ou 3 \u00A5.",
    "\u00D0\u043E\u0440\u043E\u0433\u043E\u0439 \u2014 no; the letters \u00F0, \u00FE and \u00FD are Icelandic: vi\u00F0, \u00FE\u00FA, \u00FDmis.",
};

}  // namespace

TEST_CASE("text read as cp850 is repaired") {
    winnow::test::check_text_repairs(kRepairs);
}

TEST_CASE("text read as cp850 is repaired in every markup") {
    for (const auto& r : kRepairs) {
        CAPTURE(std::string(r.name));
        winnow::test::check_repaired_in_pages({r.damaged, r.clean});
    }
}

TEST_CASE("text written right with cp850's letters stays byte-identical") {
    for (const char* g : kGenuine) {
        CAPTURE(std::string(g));
        CHECK(normalize_text(g, UnicodeOptions{}) == g);
        winnow::test::check_repaired_in_pages({g, g});
    }
}
