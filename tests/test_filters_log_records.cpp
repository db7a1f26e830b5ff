// Garbage filter, lines of the two common server log formats (filters/machine_logs.cpp): a
// syslog line ("Mmm dd hh:mm:ss host tag[pid]: message") and an access-log line ("address - user
// [stamp zone] "request" status size ..."), glued behind a sentence, between two, or before a
// clause of a script without spaces. Look-alikes stay: a line quoted in a sentence, a time of day
// and an address in prose, a score and a date.
#include <doctest/doctest.h>

#include <string>

#include "filter_test_util.hpp"
#include "filters/filters.hpp"

using namespace winnow;
using namespace winnow::detail;
using winnow::test::garbage_filtered;

namespace {
const std::string kDe = "Die Stadt hat im Sommer den alten Fischmarkt nach langer Renovierung wieder eröffnet.";
const std::string kEs = "El pueblo costero recuperó este verano su antiguo mercado de pescado.";
const std::string kNl = "De haven van het dorp is na twee jaar verbouwen weer open voor de vissers.";
const std::string kZh = "老城区的菜市场经过两年的改造，终于在今年夏天重新开放了。";
const std::string kSv = "Hamnen i byn har öppnat igen efter två års renovering.";
}  // namespace

TEST_CASE("a syslog line goes whole: glued behind a sentence, between two, before a clause without spaces") {
    // Glued behind the sentence's full stop: the stop stays with the sentence.
    CHECK(garbage_filtered("Die Fähre fuhr um sieben ab.Feb 02 06:59:01 gw-3 named[812]: zone reloaded serial 2024020201", kDe) ==
          "Die Fähre fuhr um sieben ab.");
    // Between two sentences: the message ends at its last piece of machine shape.
    CHECK(garbage_filtered("El puerto abrió temprano. Apr  7 23:10:44 mail postfix/smtpd[1208]: connect from unknown[192.0.2.8] "
                           "Las barcas llegaron a mediodía con sardinas.",
                           kEs) == "El puerto abrió temprano. Las barcas llegaron a mediodía con sardinas.");
    // A kernel's line has no process id, but its seconds since boot in brackets.
    CHECK(garbage_filtered("De vissers kwamen vroeg terug. Sep 21 04:00:17 nas kernel: [  512.004] sda1: mounted", kNl) ==
          "De vissers kwamen vroeg terug.");
    // Before a Chinese clause glued to the message's last token: the clause stays.
    CHECK(garbage_filtered("市场每天早上六点开门。Oct 3 05:58:30 box-2 cron[77]: (admin) CMD (/opt/run.sh)摊主们已经在排队了。", kZh) ==
          "市场每天早上六点开门。摊主们已经在排队了。");
}

TEST_CASE("an access-log line goes whole, glued behind a sentence or after it") {
    CHECK(garbage_filtered("Der Markt öffnet früh.203.0.113.50 - jan [14/Jun/2023:08:15:02 +0200] \"GET /markt.html HTTP/1.1\" 200 8812",
                           kDe) == "Der Markt öffnet früh.");
    CHECK(garbage_filtered("Hamnen öppnade i maj. 198.51.100.7 - - [02/Jan/2025:23:59:59 -0500] \"HEAD / HTTP/1.0\" 304 - \"-\" "
                           "\"curl/8.4.0\"",
                           kSv) == "Hamnen öppnade i maj.");
}

TEST_CASE("log look-alikes stay: a quoted line, a time and an address in prose, a score") {
    for (const std::string& legit : {
             std::string("De regel \"Feb 02 06:59:01 gw-3 named[812]: zone reloaded\" verscheen elke nacht in het logboek."),
             std::string("La línea «Apr 7 23:10:44 mail postfix/smtpd[1208]: connect from unknown» se repetía cada noche."),
             std::string("Die Sirene heulte am Feb 02 06:59:01 Uhr zum ersten Mal: niemand wusste warum."),
             std::string("Servern 10.0.0.12 svarade inte [02/Jan/2025] efter uppdateringen, men kom tillbaka på kvällen."),
             std::string("Ajax won 3-1 on Sep 21 at 20:45:00 local time: the stadium was full."),
         })
        CHECK(garbage_filtered(legit, kNl) == legit);
}
