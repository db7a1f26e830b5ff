// A short news story and, at the page's end, the site's legal notice: one long run of text
// that lists the publisher's trademarks, commas between them, and ends in the copyright sign
// (issue 18, class-blind round 48). Class names are hashes, and the story's headline is not
// the one in the <title> (an edited word), so neither a name nor the title points at the
// story. The notice, a single block with more commas than the story's paragraphs, outscores
// it; but a block that ends the page and carries the copyright sign as a mark of its own is
// the site's notice, and the earlier box of paragraphs is the article.
// English, German, French; the notice as bare text in a box (markup 1), as one paragraph in a
// box (markup 2) or in a <footer> (markup 3).
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    const char* page_title;  // the <title>: another wording of the headline, and the site
    const char* headline;
    const char* dateline;
    std::string paras[5];
    std::string notice;  // the legal notice: trademarks listed with commas, the copyright sign
};

std::vector<Case> cases() {
    return {
        {"en", "League and union to resume talks Tuesday - Puckline - News", "League and union resume talks Tuesday",
         "Tuesday, 11.06.2012 / 4:05 PM / News",
         {"NEW YORK -- Negotiations between the league and the players' union resumed on Tuesday afternoon at an undisclosed place.",
          "In a briefing before the meeting, the union's director said the agenda would focus on the issues that divide them.",
          "The league's deputy said it would wait until the talks conclude before it speaks to the press again.",
          "Both men met privately for several hours on Saturday and said they wished to keep meeting this week.",
          "The two sides have been without an agreement since the middle of September."},
         "Puckline is the official web site of the league. The league, its shield, the word mark and image of the cup, the "
         "arena name and logo, the conference logos, the winter game name, the summer series, the rookie camp, the skills "
         "contest, the draft lottery and the awards night are registered trademarks, and Ice Time, Hot Off the Ice, Every "
         "Shift, Power Play, the network name and logo, the radio name and logo, the mobile name and logo and the tracker are "
         "trademarks of the league. All logos and marks depicted herein are the property of the league and the teams and may "
         "not be reproduced without the prior written consent of the league's enterprises. \xC2\xA9 Puckline 2012. All Rights "
         "Reserved. All team jerseys customized with players' names and numbers are officially licensed by the league and the "
         "union, and the resurfacing machine's word mark and shape are registered trademarks of its maker. \xC2\xA9 2012."},
        {"de", "Liga und Gewerkschaft verhandeln am Dienstag wieder - Eisbote - Nachrichten", "Liga und Spieler verhandeln wieder",
         "Dienstag, 06.11.2012 / 16:05 Uhr / Nachrichten",
         {"NEW YORK -- Die Verhandlungen zwischen der Liga und der Spielergewerkschaft wurden am Dienstagnachmittag an einem geheimen Ort fortgesetzt.",
          "Vor dem Treffen sagte der Direktor der Gewerkschaft, man werde über die Fragen sprechen, die beide Seiten trennen.",
          "Der Stellvertreter der Liga sagte, man werde erst nach dem Ende der Gespräche wieder mit der Presse reden.",
          "Beide trafen sich am Samstag mehrere Stunden lang und wollen sich auch in dieser Woche wieder treffen.",
          "Seit Mitte September gibt es zwischen beiden Seiten keinen gültigen Vertrag mehr."},
         "Eisbote ist die offizielle Website der Liga. Die Liga, ihr Wappen, die Wortmarke und das Bild des Pokals, der Name "
         "und das Logo der Arena, die Logos der Konferenzen, der Name des Winterspiels, die Sommerserie, das Nachwuchslager, "
         "der Technikwettbewerb, die Draft-Lotterie und die Preisnacht sind eingetragene Marken, und Eiszeit, Frisch vom Eis, "
         "Jede Schicht, Überzahl, Name und Logo des Senders, des Radios und der App sind Marken der Liga. Alle abgebildeten "
         "Logos und Marken sind Eigentum der Liga und der Vereine und dürfen ohne vorherige schriftliche Zustimmung nicht "
         "vervielfältigt werden. \xC2\xA9 Eisbote 2012. Alle Rechte vorbehalten. Alle Trikots mit Namen und Nummern der "
         "Spieler sind von der Liga und der Gewerkschaft lizenziert, und Wortmarke und Form der Eismaschine sind Marken ihres "
         "Herstellers. \xC2\xA9 2012."},
        {"fr", "La ligue et le syndicat reprennent mardi les discussions - Glacenet - Actualités",
         "La ligue et les joueurs reprennent les discussions", "Mardi 06.11.2012 / 16 h 05 / Actualités",
         {"NEW YORK -- Les négociations entre la ligue et le syndicat des joueurs ont repris mardi après-midi dans un lieu tenu secret.",
          "Avant la rencontre, le directeur du syndicat a dit que l'ordre du jour porterait sur les questions qui les divisent.",
          "Le commissaire adjoint de la ligue a indiqué qu'il attendrait la fin des discussions pour parler à la presse.",
          "Les deux hommes se sont vus plusieurs heures samedi et souhaitent se revoir dans la semaine.",
          "Les deux parties sont sans convention collective depuis la mi-septembre."},
         "Glacenet est le site officiel de la ligue. La ligue, son écusson, la marque verbale et l'image de la coupe, le nom "
         "et le logo de l'aréna, les logos des conférences, le nom du match d'hiver, la série d'été, le camp des recrues, le "
         "concours d'habiletés, la loterie du repêchage et la soirée des trophées sont des marques déposées, et Temps de glace, "
         "Chaque présence, Avantage numérique, le nom et le logo de la chaîne, de la radio et de l'application sont des marques "
         "de la ligue. Tous les logos et marques représentés ici appartiennent à la ligue et aux équipes et ne peuvent être "
         "reproduits sans le consentement écrit préalable de la ligue. \xC2\xA9 Glacenet 2012. Tous droits réservés. Les "
         "chandails portant le nom et le numéro des joueurs sont sous licence de la ligue et du syndicat, et la marque et la "
         "forme de la surfaceuse sont des marques de son fabricant. \xC2\xA9 2012."},
    };
}

std::string page(const Case& c, int markup) {
    std::string b = "<div class=\"q7x2kd\"><ul class=\"m3p0zq\">";
    for (const char* item : {"Headlines", "Prospects", "Scores", "Standings", "Video", "Tickets"})
        b += std::string("<li><a href=\"/s/") + item + "\">" + item + "</a></li>";
    b += "</ul></div><div class=\"w8c1vt\"><div class=\"r4n6ya\"><div class=\"k2f9eh\"><h1>" + std::string(c.headline) +
         "</h1><div class=\"v5t3ub\">" + c.dateline + "</div><div class=\"z9l4wm\">";
    for (const auto& p : c.paras) b += "<p>" + p + "</p>";
    b += "</div><div class=\"y2u8ke\"><a href=\"#print\">Print</a></div></div></div>";
    b += "<div class=\"h6d0rs\"><a href=\"/s/a\">Top story one</a><a href=\"/s/b\">Top story two</a></div></div>";
    if (markup == 1) b += "<div class=\"c1o9pv\"><div class=\"e7g3jn\">" + c.notice + "</div></div>";
    else if (markup == 2) b += "<div class=\"c1o9pv\"><p>" + c.notice + "</p></div>";
    else b += "<footer class=\"c1o9pv\"><p>" + c.notice + "</p></footer>";
    return html_page(c.lang, c.page_title, b);
}

}  // namespace

TEST_CASE("class-blind: a legal notice that ends the page yields to the story's paragraphs") {
    for (const auto& c : cases())
        for (int markup : {1, 2, 3}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            const std::string out = text_of(page(c, markup));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 60)));
            CHECK_FALSE(has(out, c.notice.substr(0, 40)));
            CHECK_FALSE(has(out, "\xC2\xA9"));
        }
}
