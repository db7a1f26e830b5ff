// A short post cut into two titled sections from its first line: each title a line of its own
// (bold, or a heading) over a paragraph of prose. The second section announces something of
// the author's own (a free course, a workshop) and asks the reader to sign up, and its title is
// a few words opening on a call to action ("Discover …"): alone it has a box's shape, a title over a call to action (issue 18, round 48). When
// the article's text opens on a section title of the same form, every part of it is a section,
// and two sections are a series as three are: the second is the article's, not a box. English,
// French, German; the titles as bold paragraphs (markup 1), <h3> (markup 2), <p><b> with the
// paragraph in a <div> wrapper (markup 3).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Case {
    const char* lang;
    const char* title;
    const char* first_title;
    const char* first;
    const char* second_title;
    const char* second;
    const char* closing;
};

std::vector<Case> cases() {
    return {
        {"en", "Lisbon meetup and upcoming workshop", "Lisbon Meetup",
         "I am having a meet-up in Lisbon, probably on an evening sometime next week. I have done a few meet-ups before, in "
         "Porto and in Madrid, and I prefer to set up the details with the people who come, so if you live near the city and "
         "want to meet some like-minded readers, write me an email.",
         "Discover Faster Writing",
         "I am going to open my writing course again for the first time in over a year. Because I hate long sales campaigns, "
         "I would rather give out a free sample: starting next month I will run a free seven-day workshop. Sign up now to get "
         "the first lesson in your inbox and join hundreds of readers who already learned to write faster.",
         "If you want in, just sign up for my newsletter (it is free)."},
        {"fr", "Rencontre à Lyon et atelier à venir", "Rencontre à Lyon",
         "J'organise une rencontre à Lyon, sans doute un soir de la semaine prochaine. J'en ai déjà fait quelques-unes, à "
         "Marseille et à Bruxelles, et je préfère régler les détails avec ceux qui viennent : si vous habitez près de la ville "
         "et voulez rencontrer d'autres lecteurs, écrivez-moi.",
         "Découvrez l'atelier",
         "Je vais rouvrir mon cours d'écriture pour la première fois depuis plus d'un an. Comme je déteste les longues "
         "campagnes de vente, je préfère offrir un échantillon gratuit : dès le mois prochain, un atelier gratuit de sept "
         "jours. Inscrivez-vous maintenant pour recevoir la première leçon et rejoignez des centaines de lecteurs.",
         "Si cela vous intéresse, inscrivez-vous simplement à ma lettre d'information (c'est gratuit)."},
        {"de", "Treffen in Hamburg und kommender Workshop", "Treffen in Hamburg",
         "Ich veranstalte ein Treffen in Hamburg, wahrscheinlich an einem Abend in der nächsten Woche. Ich habe schon ein paar "
         "solcher Treffen gemacht, in Köln und in Wien, und bespreche die Einzelheiten lieber direkt: wer in der Nähe wohnt und "
         "andere Leser kennenlernen möchte, schreibt mir eine E-Mail.",
         "Jetzt neu: Schreibkurs",
         "Ich öffne meinen Schreibkurs zum ersten Mal seit über einem Jahr wieder. Weil ich lange Verkaufskampagnen hasse, "
         "gebe ich lieber eine kostenlose Probe: ab nächstem Monat gibt es einen kostenlosen Workshop über sieben Tage. Jetzt "
         "anmelden und die erste Lektion erhalten, wie schon Hunderte Leser vor Ihnen.",
         "Wenn Sie dabei sein wollen, melden Sie sich einfach für meinen Newsletter an (er ist kostenlos)."},
    };
}

std::string section_title(const char* t, int markup) {
    if (markup == 2) return std::string("<h3>") + t + "</h3>";
    if (markup == 3) return std::string("<p><b>") + t + "</b></p>";
    return std::string("<p><strong>") + t + "</strong></p>";
}

std::string page(const Case& c, int markup) {
    std::string b = "<div id=\"head\"><ul class=\"menu\">";
    for (const char* item : {"Blog", "My Books", "Contact", "Archives"})
        b += std::string("<li><a href=\"/") + item + "\">" + item + "</a></li>";
    b += "</ul></div><div id=\"main\"><div class=\"post\"><h2>" + std::string(c.title) + "</h2><div class=\"entry\">";
    b += section_title(c.first_title, markup) + "<p>" + c.first + "</p>";
    b += section_title(c.second_title, markup) + (markup == 3 ? "<div><p>" : "<p>") + c.second + (markup == 3 ? "</p></div>" : "</p>");
    b += "<p><a href=\"/newsletter/\">" + std::string(c.closing) + "</a></p>";
    b += "</div></div></div><div id=\"foot\"><p>© 2012 A blog about learning</p></div>";
    return html_page(c.lang, c.title, b);
}

}  // namespace

TEST_CASE("promo: the second of two titled sections that make up the whole article stays") {
    for (const auto& c : cases())
        for (int markup : {1, 2, 3}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            const std::string out = text_of(page(c, markup));
            CHECK(has(out, std::string(c.first).substr(0, 50)));
            CHECK(has(out, c.second_title));
            CHECK(has(out, std::string(c.second).substr(0, 50)));
        }
}
