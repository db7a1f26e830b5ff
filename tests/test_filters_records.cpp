// Garbage filter, machine text of three shapes (filters/machine_records.cpp): `name: value`
// records, network addresses, shell prompts with a command line. The debris goes, the prose
// around it stays; spec lines, interviews, how-tos naming a command, an address discussed in a
// report, times, scores, verses and ratios stay whole.
#include <doctest/doctest.h>

#include <string>
#include <utility>

#include "filter_test_util.hpp"
#include "filters/filters.hpp"

using namespace winnow;
using namespace winnow::detail;
using winnow::test::garbage_filtered;
using winnow::test::para;

namespace {
const std::string kEn = "The harbour town reopened its old fish market this summer after a decade of repairs.";
const std::string kFr = "Le village compte trois boulangeries et une petite école primaire.";
const std::string kDe = "Die Stadt hat im Sommer den alten Fischmarkt nach langer Renovierung wieder eröffnet.";
const std::string kRu = "Городские власти обещали выделить деньги на ремонт старого рынка.";
const std::string kEs = "El pueblo costero recuperó este verano su antiguo mercado de pescado.";
}  // namespace

TEST_CASE("a record of name: value pairs goes, inside a sentence, glued to a word, or as its own paragraph") {
    CHECK(garbage_filtered("Le marché ouvre à l'aube retry_count: 3, maxAge: 600; log.level: debug et ferme avant midi.", kFr) ==
          "Le marché ouvre à l'aube et ferme avant midi.");
    CHECK(garbage_filtered("Der Markt öffnet früh zuvy: 91376, beko: 'on' und schließt mittags.", kDe) ==
          "Der Markt öffnet früh und schließt mittags.");
    // Glued behind a word of another alphabet and behind a comma: the word stays.
    CHECK(garbage_filtered("Власти обещали выделитьtimeout: 30; mode: fast деньги на ремонт.", kRu) == "Власти обещали выделить деньги на ремонт.");
    CHECK(garbage_filtered("Llegan las barcas con sardinas,seboi: 91376, zesmay: 94567 y pulpo.", kEs) == "Llegan las barcas con sardinas, y pulpo.");
    CHECK(garbage_filtered("vinibo: vufly, hiritu: 45996, il: 45457", kEn) == "<removed>");
}

TEST_CASE("record look-alikes stay: spec lines, interview answers, a label and its sentence, names the prose uses") {
    for (const std::string& legit : {
             std::string("Weight: 2 kg, Colour: red, Size: medium — the jacket packs into its own pocket."),
             std::string("Gewicht: 2 kg, Farbe: rot; das Zelt passt in jeden Rucksack."),
             std::string("Poids : 2 kg, couleur : rouge, une veste légère pour la pluie."),
             std::string("Name: Maria Lopez, age: 34, she has run the bakery for ten years."),
             std::string("Q: Why did you leave? A: The town had changed, and so had I."),
             std::string("Вопрос: почему вы уехали? Ответ: город изменился."),
             std::string("The rule was simple: arrive early, leave late."),
         })
        CHECK_MESSAGE(garbage_filtered(legit, kEn) == legit, legit);
    // A list of fields a how-to explains in its own words stays.
    const std::string context = "Set the timeout and the retries before you start; the timeout is in seconds, the retries a count.";
    const std::string howto = "A working start is timeout: 30, retries: 5 for a slow line.";
    CHECK(garbage_filtered(howto, context) == howto);
}

TEST_CASE("addresses in a row, glued to a word, or alone in their block go") {
    CHECK(garbage_filtered("Les anciens restent prudents 73.214.42.170:8257, 79.203.242.137:2297 ad:05:12:38:7c:d0 malgré tout.", kFr) ==
          "Les anciens restent prudents malgré tout.");
    CHECK(garbage_filtered("Власти обещали выделить143.94.5.164:25196 деньги на ремонт.", kRu) == "Власти обещали выделить деньги на ремонт.");
    CHECK(garbage_filtered("Der Markt öffnet 2001:db8:85a3::8a2e:370:7334 fe80::1ff:fe23:4567:890a früh.", kDe) == "Der Markt öffnet früh.");
    CHECK(garbage_filtered("127.53.129.60", kEn) == "<removed>");
    CHECK(garbage_filtered("02:8b:3f:cb:ea:73", kEn) == "<removed>");
}

TEST_CASE("address look-alikes stay: an address a report discusses, a list of them in prose, times, scores, verses, ratios") {
    for (const std::string& legit : {
             std::string("Investigators traced the attack to a server at 185.220.101.4, which had been rented a week earlier."),
             std::string("The attackers used 10.0.0.12, 10.0.0.17 and 10.0.0.31 inside the hospital network."),
             std::string("Los atacantes usaron el servidor 203.0.113.9:8443 durante tres días."),
             std::string("Die Angreifer nutzten die Adresse 2001:db8::1 für ihre Befehle."),
             std::string("The meeting starts at 10:30:15 and the final ended 2:1 after extra time."),
             std::string("John 3:16 is quoted on the banner; mix the concrete 1:2:3 by volume."),
             std::string("Le match s'est terminé 3:1, la reprise est à 14:45."),
         })
        CHECK_MESSAGE(garbage_filtered(legit, kEn) == legit, legit);
}

TEST_CASE("a shell prompt with its command line goes; a how-to naming a command stays") {
    CHECK(garbage_filtered("Власти обещали выделитьvera@kuege:~/ropi# lmnulu -k -f --bb=699 деньги на ремонт.", kRu) ==
          "Власти обещали выделить деньги на ремонт.");
    CHECK(garbage_filtered("Llegan las barcas con sardinas, pulpo y kufo@type:~/ke# s -p los primeros boquerones.", kEs) ==
          "Llegan las barcas con sardinas, pulpo y los primeros boquerones.");
    CHECK(garbage_filtered("Le marché ouvre PS C:\\Users\\ana> robocopy C:\\data D:\\copy /mir à l'aube.", kFr) == "Le marché ouvre à l'aube.");
    for (const std::string& legit : {
             std::string("To refresh the lists, run sudo apt update -y and then reboot the machine."),
             std::string("Ouvrez un terminal et tapez ls -la pour voir les fichiers cachés."),
             std::string("Write to maria@example.org: she answers every letter."),
             std::string("Im Handbuch steht: C:\\Programme ist der Standardordner."),
         })
        CHECK_MESSAGE(garbage_filtered(legit, kEn) == legit, legit);
}
