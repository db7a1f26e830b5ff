// A short blog post, and after it, in a box beside the post's, the comment area: a "Comments /
// Add your comment" stub and a legend of the badges commenters wear, each entry a name, a
// sentence about it and a "More about badges" link, every entry's link going to the same
// address (issue 18, class-blind round 48). Class and id names are hashes, so no name calls
// the box a comment area or hidden. Entries that all lead to one same address are a legend or
// a widget repeated by the template, never parts of the article: such a box does not join it.
// English, French, German; the entries as paragraphs in boxes (markup 1), as a definition list
// (markup 2) or as list items (markup 3).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Entry {
    const char* name;
    const char* sentence;
};

struct Case {
    const char* lang;
    const char* title;
    std::string paras[5];
    const char* comments;
    const char* add;
    const char* more;
    const char* request;
    const char* rule;  // what every entry says after its own sentence
    std::vector<Entry> entries;
};

std::vector<Case> cases() {
    return {
        {"en", "About this column",
         {"This column answers the questions readers send us about how the newsroom works, from the way we choose stories "
          "to the way we correct our mistakes when we get something wrong.",
          "Every week an editor picks a few of the letters and asks the people who did the work to explain their choices, "
          "in plain words and with the documents that show how a story came together.",
          "Send your questions through the form on this page; we read all of them, and we answer the ones that many of you ask.",
          "This week a reader asked why some stories carry the names of two reporters while others carry none at all, and "
          "whether an unsigned story was written by a machine; the answer is that shared bylines mark shared work.",
          "Short items built from agency copy and our own notes are left unsigned by long habit, and each of them is still "
          "read by an editor before it goes out, exactly like the longest investigation we publish in the paper."},
         "Comments", "Add your comment", "More about badges", "Request a badge",
         "Our editors award this badge to readers whose comments stand out, and they may take it back at any time.",
         {{"Super Fan", "Super fans consistently post smart, timely comments about local sports and the teams they follow."},
          {"Culture Critic", "Culture critics consistently offer thoughtful, timely comments on the arts, lifestyle and entertainment."},
          {"Fact Finder", "Fact finders contribute questions, information and facts to the fact checking desk of the paper."},
          {"City Watcher", "City watchers consistently post thoughtful, timely comments on events, communities and trends in the city."},
          {"Forum Member", "Forum members consistently offer thoughtful, timely comments on politics and on international affairs."},
          {"Weather Watcher", "Weather watchers consistently offer thoughtful, timely comments on the climate and the forecasts."},
          {"World Watcher", "World watchers consistently offer thoughtful, timely comments on what happens in other countries."},
          {"Contributor", "This commenter is a contributor: not staff, but may write articles or columns, or be a source quoted in a story."}}},
        {"fr", "À propos de cette rubrique",
         {"Cette rubrique répond aux questions que les lecteurs nous envoient sur le fonctionnement de la rédaction, du choix "
          "des sujets à la façon dont nous corrigeons nos erreurs quand nous nous trompons.",
          "Chaque semaine, un rédacteur choisit quelques lettres et demande à ceux qui ont fait le travail d'expliquer leurs "
          "choix, avec des mots simples et les documents qui montrent comment un article s'est construit.",
          "Envoyez vos questions par le formulaire de cette page, nous les lisons toutes et répondons à celles que beaucoup posent.",
          "Cette semaine, une lectrice demande pourquoi certains articles portent la signature de deux journalistes et "
          "d'autres aucune, et si un texte non signé a été écrit par une machine ; une double signature marque un travail commun.",
          "Les brèves tirées des dépêches d'agence et de nos notes restent non signées par habitude, et chacune est pourtant "
          "relue par un rédacteur avant sa publication, exactement comme la plus longue de nos enquêtes."},
         "Commentaires", "Ajouter un commentaire", "En savoir plus sur les badges", "Demander un badge",
         "Nos rédacteurs attribuent ce badge aux lecteurs dont les commentaires se distinguent et peuvent le retirer à tout moment.",
         {{"Grand supporter", "Les grands supporters publient régulièrement des commentaires avisés sur le sport local et ses équipes."},
          {"Critique culturel", "Les critiques culturels commentent avec pertinence les arts, les modes de vie et les spectacles."},
          {"Vérificateur", "Les vérificateurs apportent des questions, des informations et des faits au service de vérification."},
          {"Observateur de la ville", "Les observateurs de la ville commentent les événements, les quartiers et les tendances locales."},
          {"Membre du forum", "Les membres du forum commentent avec pertinence la politique et les affaires internationales du moment."},
          {"Observateur météo", "Les observateurs météo commentent avec pertinence le climat et les prévisions de la semaine à venir."},
          {"Observateur du monde", "Les observateurs du monde commentent avec pertinence ce qui se passe dans les autres pays."},
          {"Contributeur", "Ce commentateur est un contributeur : il n'est pas salarié, mais il peut écrire des articles ou être cité."}}},
        {"de", "Über diese Rubrik",
         {"Diese Rubrik beantwortet die Fragen, die uns Leserinnen und Leser über die Arbeit der Redaktion schicken, von der "
          "Auswahl der Themen bis zur Korrektur unserer Fehler, wenn wir uns einmal irren.",
          "Jede Woche wählt eine Redakteurin einige Briefe aus und bittet die Beteiligten, ihre Entscheidungen zu erklären, "
          "in einfachen Worten und mit den Unterlagen, die zeigen, wie ein Artikel entstanden ist.",
          "Schicken Sie Ihre Fragen über das Formular auf dieser Seite; wir lesen alle und beantworten jene, die viele stellen.",
          "Diese Woche fragte ein Leser, warum manche Artikel die Namen von zwei Autoren tragen und andere gar keinen, und ob "
          "ein Text ohne Namen von einer Maschine geschrieben wurde; zwei Namen stehen für gemeinsame Arbeit.",
          "Kurze Meldungen aus Agenturtexten und eigenen Notizen bleiben aus alter Gewohnheit ohne Namen, und doch liest jede "
          "davon ein Redakteur vor der Veröffentlichung, genau wie unsere längste Recherche."},
         "Kommentare", "Kommentar schreiben", "Mehr über Abzeichen", "Abzeichen beantragen",
         "Die Redaktion vergibt dieses Abzeichen an Leser mit herausragenden Kommentaren und kann es jederzeit wieder entziehen.",
         {{"Superfan", "Superfans schreiben regelmäßig kluge, aktuelle Kommentare über den Sport der Region und seine Vereine."},
          {"Kulturkenner", "Kulturkenner kommentieren regelmäßig und klug die Kunst, den Lebensstil und die Unterhaltung."},
          {"Faktenprüfer", "Faktenprüfer tragen Fragen, Informationen und Fakten zum Prüfteam der Zeitung bei."},
          {"Stadtbeobachter", "Stadtbeobachter kommentieren regelmäßig Ereignisse, Viertel und Entwicklungen in der Stadt."},
          {"Forumsmitglied", "Forumsmitglieder kommentieren regelmäßig und klug die Politik und das Geschehen in der Welt."},
          {"Wetterbeobachter", "Wetterbeobachter kommentieren regelmäßig und klug das Klima und die Vorhersagen der Woche."},
          {"Weltbeobachter", "Weltbeobachter kommentieren regelmäßig und klug, was in anderen Ländern geschieht."},
          {"Gastautor", "Dieser Kommentator ist Gastautor: nicht angestellt, schreibt aber Artikel oder wird als Quelle zitiert."}}},
    };
}

std::string legend(const Case& c, int markup) {
    const std::string more = std::string("<a href=\"http://example.org/help/badges.html\">") + c.more + "</a>";
    const std::string request = std::string("<a href=\"http://example.org/help/badges.html\">") + c.request + "</a>";
    std::string b = markup == 2 ? "<dl class=\"w2k8pd\">" : markup == 3 ? "<ul class=\"w2k8pd\">" : "<div class=\"w2k8pd\">";
    for (const Entry& e : c.entries) {
        if (markup == 1)
            b += std::string("<div class=\"h7c3nz\"><p class=\"t5b9qm\">") + e.name + "</p><p>" + e.sentence + " " + c.rule +
                 "</p><p class=\"m4x6rf\">" + more + " | " + request + "</p></div>";
        else if (markup == 2)
            b += std::string("<dt>") + e.name + "</dt><dd>" + e.sentence + " " + c.rule + " " + more + "</dd>";
        else
            b += std::string("<li><strong>") + e.name + "</strong><p>" + e.sentence + " " + c.rule + "</p>" + more + "</li>";
    }
    b += markup == 2 ? "</dl>" : markup == 3 ? "</ul>" : "</div>";
    return b;
}

std::string page(const Case& c, int markup) {
    std::string b = "<div class=\"a8v2m1\"><ul class=\"n4c7qe\">";
    for (const char* item : {"Politics", "Climate", "Economy", "Health", "Justice", "World"})
        b += std::string("<li><a href=\"/s/") + item + "\">" + item + "</a></li>";
    b += "</ul></div><div class=\"p0d5ka\"><div class=\"k2r8vb\"><h1 class=\"e6y1qa\">" + std::string(c.title) +
         "</h1><div class=\"x8t0y9\">";
    for (const auto& p : c.paras) b += "<p>" + p + "</p>";
    b += "</div><div class=\"g4d1hm\"><div class=\"f9s2lc\"><p class=\"r3v7nd\">" + std::string(c.comments) +
         "</p><span class=\"y5q0zt\">" + c.add + "</span></div>" + legend(c, markup) + "</div></div><div class=\"z1k5oc\"><p>© 2011 The Daily Paper</p></div>";
    return html_page(c.lang, c.title, b);
}

}  // namespace

TEST_CASE("class-blind: a legend whose entries all link to one address does not join the article") {
    for (const auto& c : cases())
        for (int markup : {1, 2, 3}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            const std::string out = text_of(page(c, markup));
            for (const auto& p : c.paras) CHECK(has(out, p.substr(0, 60)));
            for (const Entry& e : c.entries) CHECK_FALSE(has(out, std::string(e.sentence).substr(0, 40)));
            CHECK_FALSE(has(out, c.add));
        }
}
