// The rest of the third round of page kinds (test_extract_kinds3.cpp): what an article page or a
// thread leaves after its text (a CMS's teaser rows under the article, the chrome after a
// thread's last post) and the counter beside its date, each on a page in another language and
// markup than the page that showed it, with the case it must leave alone.
#include <doctest/doctest.h>

#include <string>

#include "extract_lines.hpp"
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

namespace {

// A Dutch forum thread: three posts as <article class="bericht ...">, each a writer's panel and
// the message, in a <section> under the thread's title; after the last post, `tail`.
std::string dutch_thread(const std::string& tail) {
    const char* names[] = {"Fietsfreak", "Wielrenner_Ad", "Fietsfreak"};
    const char* texts[] = {
        "Hoi allemaal, mijn achterderailleur schakelt niet meer goed naar het kleinste tandwiel sinds ik een nieuwe kabel heb gemonteerd. De ketting blijft steeds hangen op het tweede blad.",
        "Waarschijnlijk staat de kabelspanning te hoog. Draai de stelschroef bij het schakelhendel een halve slag terug en kijk of de ketting dan wel netjes naar beneden loopt.",
        "Dat was het inderdaad, een halve slag terug en alles schakelt weer soepel. Bedankt voor de snelle hulp!"};
    std::string posts;
    for (int i = 0; i < 3; ++i)
        posts += std::string("<article class=\"bericht") + (i % 2 ? " even" : "") + "\"><div class=\"bericht-auteur\"><img src=\"/av/" +
                 std::to_string(i) + ".png\" width=\"48\" height=\"48\" alt=\"\"><a href=\"/lid/" + std::to_string(i) + "\">" + names[i] +
                 "</a><span class=\"lid-sinds\">Lid sinds 2019</span></div><div class=\"bericht-tekst\"><div class=\"bericht-datum\">3 maart 2024 om 1" +
                 std::to_string(i) + ":20</div><p>" + texts[i] + "</p></div></article>";
    return html_page("nl", "Derailleur schakelt niet naar kleinste tandwiel - Fietsforum",
                     "<div class=\"kop\"><a href=\"/\">Fietsforum</a> <a href=\"/zoeken\">Zoeken</a> <a href=\"/registreren\">Registreren</a></div>"
                     "<section class=\"draad\"><h1>Derailleur schakelt niet naar kleinste tandwiel</h1>" +
                         posts + tail + "</section><div class=\"voet\">Fietsforum is een initiatief van vrijwilligers uit Utrecht.</div>");
}

// A Spanish question page: the question, then the answers as list items of one kind in a box
// headed by their count; after the last answer, `tail`.
std::string spanish_answers(const std::string& tail) {
    const char* texts[] = {
        "El error aparece porque la variable se declara dentro del bucle y se vuelve a crear en cada vuelta. Declárala fuera del bucle y asígnale el valor inicial una sola vez.",
        "Otra opción es usar una comprensión de listas, que evita el problema y además resulta más corta y fácil de leer para quien revise el código después."};
    std::string answers;
    for (int i = 0; i < 2; ++i)
        answers += std::string("<li class=\"respuesta") + (i == 0 ? " aceptada" : "") + "\"><div class=\"votos\">" + std::to_string(12 - 9 * i) +
                   "</div><div class=\"cuerpo\"><p>" + texts[i] + "</p><div class=\"firma\">respondida por <a href=\"/u/" + std::to_string(i) +
                   "\">usuario" + std::to_string(i) + "</a></div></div></li>";
    return html_page("es", "¿Por qué mi lista se vacía en cada vuelta del bucle? - Preguntas de Python",
                     "<div class=\"cabecera\"><a href=\"/\">Preguntas de Python</a> <a href=\"/etiquetas\">Etiquetas</a></div>"
                     "<div class=\"principal\"><h1>¿Por qué mi lista se vacía en cada vuelta del bucle?</h1>"
                     "<div class=\"pregunta\"><p>Tengo un bucle que recorre un archivo de texto y guarda cada línea en una lista, pero al terminar la lista "
                     "solo contiene la última línea. No entiendo qué estoy haciendo mal.</p></div>"
                     "<div class=\"respuestas\"><h2>2 respuestas</h2><ul class=\"lista-respuestas\">" +
                         answers + tail + "</ul></div></div><div class=\"pie\">Contenido bajo licencia libre.</div>");
}

}  // namespace

TEST_CASE("after a thread's last post, its furniture goes: an online count under a heading, a heading pointing to other questions") {
    const std::string forum = text_of(dutch_thread("<div class=\"draad-voet\"><h4>Wie is er online?</h4><p>Leden in dit forum: Kettingman, Tourfiets en 3 gasten</p></div>"));
    CHECK(has(forum, "mijn achterderailleur schakelt niet meer goed"));
    CHECK(has(forum, "Draai de stelschroef bij het schakelhendel"));
    CHECK(has(forum, "alles schakelt weer soepel"));
    CHECK_FALSE(has(forum, "Kettingman, Tourfiets en 3 gasten"));
    CHECK_FALSE(has(forum, "Wie is er online"));

    const std::string qa = text_of(spanish_answers(
        "<li><h3>¿No es la respuesta que buscas? Consulta otras preguntas con la etiqueta <a href=\"/etiquetas/python\">python</a>.</h3></li>"));
    CHECK(has(qa, "la variable se declara dentro del bucle"));
    CHECK(has(qa, "una comprensión de listas"));
    CHECK_FALSE(has(qa, "No es la respuesta que buscas"));
}

TEST_CASE("left alone after a thread's last post: a box with a sentence, and a short box of the posts' own kind") {
    const std::string closing = text_of(dutch_thread(
        "<div class=\"draad-slot\"><p>Deze vraag is opgelost en daarom gesloten door de moderator van het forum.</p></div>"));
    CHECK(has(closing, "Deze vraag is opgelost en daarom gesloten"));

    // A fourth post of the thread's kind, a few words only: one of the posts.
    const std::string short_post = text_of(dutch_thread(
        "<article class=\"bericht even\"><div class=\"bericht-auteur\"><a href=\"/lid/9\">Kettingman</a></div><div class=\"bericht-tekst\"><p>Mooi "
        "zo, succes ermee</p></div></article>"));
    CHECK(has(short_post, "Mooi zo, succes ermee"));
}

namespace {

// An Italian club's news item: the headline, an info list under it (`info`), three paragraphs,
// then `facts` after the text.
std::string italian_item(const std::string& info, const std::string& facts) {
    return html_page("it", "Festa di primavera al circolo - Circolo Bocciofilo Val Trebbia",
                     "<div class=\"testata\"><a href=\"/\">Circolo Bocciofilo Val Trebbia</a> <a href=\"/gare\">Gare</a> <a href=\"/contatti\">Contatti</a></div>"
                     "<div class=\"contenuto\"><h1>Festa di primavera al circolo</h1>" +
                         info +
                         "<p>Domenica scorsa più di cento soci e amici hanno partecipato alla festa di primavera, con il torneo a coppie sui campi nuovi e il "
                         "pranzo sotto il pergolato.</p>"
                         "<p>Il torneo è stato vinto dalla coppia Bersani e Molinari, che in finale hanno battuto i campioni dell'anno scorso per tredici a "
                         "nove dopo una partita lunghissima.</p>"
                         "<p>Il presidente ha ringraziato i volontari della cucina e ha annunciato che i lavori di copertura dei campi inizieranno in "
                         "autunno.</p>" +
                         facts + "</div><div class=\"piede\">Circolo Bocciofilo Val Trebbia, via del Ponte 4.</div>");
}

}  // namespace

TEST_CASE("a label and a count alone beside the page's date in its info box is a hit counter: it goes with the date") {
    const std::string list = text_of(italian_item("<ul class=\"dettagli\"><li>Pubblicato il 14 aprile 2024</li><li>Letture: 1.204</li></ul>", ""));
    CHECK(has(list, "più di cento soci e amici"));
    CHECK(has(list, "i lavori di copertura dei campi"));
    CHECK_FALSE(has(list, "Letture"));
    CHECK_FALSE(has(list, "1.204"));

    // Russian words in <div>s of a box, the count before its word.
    const std::string boxes = text_of(italian_item(
        "<div><div>Опубликовано 14 апреля 2024</div><div>Рубрика: новости клуба</div><div>318 просмотров</div></div>", ""));
    CHECK(has(boxes, "più di cento soci e amici"));
    CHECK_FALSE(has(boxes, "318 просмотров"));
}

TEST_CASE("left alone: a label and a count beside a date in the middle of the text (a box of its facts), and a year") {
    const std::string middle = text_of(italian_item(
        "",
        "<div class=\"scheda\"><p>14 aprile 2024</p><p>Iscritti: 48</p></div><p>Il prossimo torneo si giocherà a giugno sui campi nuovi, con le "
        "iscrizioni aperte fino alla fine di maggio. Le coppie potranno allenarsi tutti i giorni dalle nove di mattina, mentre il bar "
        "resterà aperto anche il lunedì per tutta la durata del torneo.</p>"));
    CHECK(has(middle, "Iscritti: 48"));
    CHECK(has(middle, "Il prossimo torneo si giocherà a giugno"));

    CHECK(winnow::detail::is_labelled_count("Letture: 1.204"));
    CHECK(winnow::detail::is_labelled_count("318 lecturas"));
    CHECK(winnow::detail::is_labelled_count("Просмотров: 318"));
    CHECK_FALSE(winnow::detail::is_labelled_count("Stagione 2024"));  // a year: a name's
    CHECK_FALSE(winnow::detail::is_labelled_count("Seite 3 von 12"));
    CHECK_FALSE(winnow::detail::is_labelled_count("Prezzo: 12,50 euro"));
}
