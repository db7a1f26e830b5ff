// The rest of the third round of page kinds (test_extract_kinds3.cpp): what an article page or a
// thread leaves after its text (a CMS's teaser rows under the article, the chrome after a
// thread's last post) and the counter beside its date, each on a page in another language and
// markup than the page that showed it, with the case it must leave alone.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

// Three teaser rows of one shape: a paragraph that is all link (the headline), a summary, a
// paragraph that is one link to the same story ("read on"). French, in list items.
std::string teaser_rows() {
    const char* titles[] = {"Le marché couvert rouvre après trois ans de travaux", "La piscine municipale change ses horaires d'été",
                            "Un nouveau sentier balisé entre les deux villages"};
    const char* summaries[] = {"Les commerçants retrouvent leurs étals sous la halle rénovée dès samedi matin.",
                               "Les bassins ouvriront désormais dès sept heures en semaine pour les nageurs matinaux.",
                               "Douze kilomètres de chemins creux relient désormais l'église à l'ancien moulin."};
    std::string rows;
    for (int i = 0; i < 3; ++i)
        rows += std::string("<li class=\"carte\"><p class=\"carte-titre\"><a href=\"/actu/") + std::to_string(40 + i) + "\">" + titles[i] +
                "</a></p><p class=\"carte-resume\">" + summaries[i] + "</p><p class=\"carte-suite\"><a href=\"/actu/" + std::to_string(40 + i) +
                "\">Lire la suite</a></p></li>";
    return rows;
}

}  // namespace

TEST_CASE("teaser rows after an article's prose go whole, summaries too (their headlines went as link lines); on a list page they are the text") {
    const std::string article = html_page(
        "fr", "Le conseil vote le budget de l'école – La Gazette du Val",
        "<div class=\"bandeau\"><a href=\"/\">La Gazette du Val</a></div><div class=\"page\"><div class=\"article\">"
        "<h1>Le conseil vote le budget de l'école</h1>"
        "<p>Le conseil municipal a voté mardi soir le budget de rénovation de l'école primaire, après deux heures de débat. Les travaux commenceront "
        "pendant les vacances d'été et devraient durer jusqu'à la Toussaint.</p>"
        "<p>La toiture sera refaite en priorité, puis les fenêtres des quatre classes du rez-de-chaussée seront remplacées. Le département prend en "
        "charge un tiers de la dépense.</p>"
        "<p>L'opposition a salué le projet mais regrette que la cantine ne soit pas concernée cette année.</p>"
        "<div class=\"bloc\"><h2>Dans la même rubrique</h2><ul class=\"cartes\">" +
            teaser_rows() + "</ul></div></div></div><div class=\"pied\">Tous droits réservés, La Gazette du Val.</div>");
    const std::string text = text_of(article);
    CHECK(has(text, "Le conseil municipal a voté mardi soir"));
    CHECK(has(text, "la cantine ne soit pas concernée"));
    CHECK_FALSE(has(text, "Les commerçants retrouvent leurs étals"));
    CHECK_FALSE(has(text, "dès sept heures en semaine"));
    CHECK_FALSE(has(text, "Douze kilomètres de chemins creux"));
    CHECK_FALSE(has(text, "Dans la même rubrique"));

    // The same rows under a section's title with no article before them: the page is the list.
    const std::string list = html_page("fr", "Actualités – La Gazette du Val",
                                       "<div class=\"bandeau\"><a href=\"/\">La Gazette du Val</a></div><div class=\"page\"><h1>Actualités</h1>"
                                       "<ul class=\"cartes\">" +
                                           teaser_rows() + "</ul></div><div class=\"pied\">Tous droits réservés, La Gazette du Val.</div>");
    const std::string listed = text_of(list);
    CHECK(has(listed, "Les commerçants retrouvent leurs étals"));
    CHECK(has(listed, "Douze kilomètres de chemins creux"));
    CHECK(has(listed, "Un nouveau sentier balisé entre les deux villages"));
}
