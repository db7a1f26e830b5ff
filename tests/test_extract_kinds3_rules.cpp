// Each mechanism the third round of page kinds (test_extract_kinds3.cpp) led to, on pages in
// other languages and markups than the pages that showed it, with the case it must leave alone.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;

namespace {

std::string body_text(const std::string& html) {
    winnow::Result r = winnow::clean(html);
    REQUIRE(r.ok());
    std::string out;
    winnow::test::all_block_text(r.document.body, out);
    return out;
}

// A thread of three posts, striped: the post's class names its kind first and its row after
// ("msg riga0", "msg riga1"). Italian, table cells inside each post, the title heading the
// posts' box.
std::string striped_thread(bool striped) {
    const char* rows[] = {"msg riga0", striped ? "msg riga1" : "msg riga0", "msg riga0"};
    const char* texts[] = {
        "Buongiorno a tutti, il mio forno a legna fa molto fumo in casa appena accendo il fuoco, soprattutto nelle giornate senza vento. La canna fumaria è alta sei metri.",
        "Di solito è un problema di tiraggio: prova a scaldare la canna con un foglio di giornale acceso prima di caricare la legna, e controlla che la serranda sia aperta del tutto.",
        "Grazie mille, era proprio la serranda chiusa a metà. Adesso il fumo esce tutto dal comignolo e il forno arriva a temperatura in mezz'ora."};
    const char* names[] = {"Peppe_71", "fornaio_bo", "Peppe_71"};
    std::string posts;
    for (int i = 0; i < 3; ++i)
        posts += std::string("<div class=\"") + rows[i] + "\"><table width=\"100%\"><tr><td class=\"autore\" width=\"140\"><b>" + names[i] +
                 "</b><br><span class=\"grado\">Utente</span></td><td class=\"testo\"><div class=\"data\">Inviato il 0" + std::to_string(i + 2) +
                 "/02/2024</div><div class=\"corpo\">" + texts[i] + "</div><div class=\"firma\">" +
                 (i == 1 ? "Il pane si fa con le mani e con la pazienza." : "Forno a legna autocostruito, 2019") + "</div></td></tr></table></div>";
    return html_page("it", "Forno a legna che fa fumo – Forum del Pane",
                     "<div class=\"testata\"><a href=\"/\">Forum del Pane</a> <a href=\"/regole\">Regole</a> <a href=\"/cerca\">Cerca</a></div>"
                     "<div class=\"discussione\"><h1 class=\"titolo\">Forno a legna che fa fumo</h1><div class=\"pagine\">Pagina 1 di 1</div>" +
                         posts +
                         "</div><div class=\"laterale\"><a href=\"/d/1\">Lievito madre: domande</a><br><a href=\"/d/2\">Farine per pizza</a></div>"
                         "<div class=\"piede\">Il forum è gestito da volontari appassionati di panificazione.</div>");
}

// A thread whose title heads another box than the posts' (a page header over a list of posts),
// each post five boxes deep and made of two cells of one kind (the writer's panel and the
// message): French, a list of posts.
std::string deep_thread() {
    const char* texts[] = {
        "Bonjour, ma pompe de piscine se met en sécurité après une dizaine de minutes, le moteur est brûlant. Elle a quatre ans et n'avait jamais posé de problème.",
        "Regarde d'abord le panier du préfiltre : s'il est plein de feuilles, la pompe force et chauffe. Vérifie aussi que le condensateur n'est pas gonflé.",
        "C'était le condensateur, gonflé comme tu disais. Remplacé pour douze euros, la pompe tourne depuis deux jours sans chauffer."};
    const char* names[] = {"Anne-So", "Piscinier33", "Anne-So"};
    std::string posts;
    for (int i = 0; i < 3; ++i)
        posts += std::string("<li class=\"entree entree--msg\"><div class=\"entree-in\"><div class=\"cellule cellule--auteur\"><img src=\"/av/") + std::to_string(i) +
                 ".png\" width=\"64\" height=\"64\" alt=\"\"><h4 class=\"pseudo\"><a href=\"/m/" + std::to_string(i) + "\">" + names[i] +
                 "</a></h4><div class=\"rang\">Membre</div></div><div class=\"cellule cellule--texte\"><div class=\"texte-main\"><div class=\"date\">le 1" +
                 std::to_string(i) + " mai 2024</div><div class=\"texte-corps\"><div class=\"texte-bloc\"><div class=\"bb\">" + texts[i] +
                 "</div></div></div><div class=\"actions\"><a href=\"#r\">Répondre</a></div></div></div></div></li>";
    return html_page("fr", "Pompe de piscine qui chauffe – Forum Piscine",
                     "<div class=\"haut\"><a href=\"/\">Forum Piscine</a></div><div class=\"corps\"><div class=\"entete\"><h1>Pompe de piscine qui chauffe</h1>"
                     "<div class=\"sous-titre\">Discussion dans « Filtration », lancée par Anne-So.</div></div><div class=\"liste\"><ol class=\"messages\">" +
                         posts +
                         "</ol></div><div class=\"cote\"><a href=\"/t/1\">Hivernage de la piscine</a><br><a href=\"/t/2\">Choisir un robot</a></div></div>"
                         "<div class=\"bas\">Forum Piscine est un site indépendant des fabricants.</div>");
}

}  // namespace

TEST_CASE("a striped thread (the posts' class names their kind first, their row after) is one thread: every post stays, each signature goes") {
    for (const bool striped : {true, false}) {
        CAPTURE(striped);
        const std::string out = body_text(striped_thread(striped));
        CHECK(has(out, "il mio forno a legna fa molto fumo"));
        CHECK(has(out, "Di solito è un problema di tiraggio"));
        CHECK(has(out, "era proprio la serranda chiusa a metà"));
        // The named signature slot, shown by one writer's repeated line, goes in every post.
        CHECK_FALSE(has(out, "Forno a legna autocostruito"));
        CHECK_FALSE(has(out, "Il pane si fa con le mani"));
        CHECK_FALSE(has(out, "gestito da volontari"));
    }
}

TEST_CASE("posts deep in a list under a title that heads another box are the thread; the last short post is no author card") {
    const std::string out = body_text(deep_thread());
    CHECK(has(out, "ma pompe de piscine se met en sécurité"));
    CHECK(has(out, "Regarde d'abord le panier du préfiltre"));
    CHECK(has(out, "C'était le condensateur"));
    CHECK_FALSE(has(out, "Hivernage de la piscine"));
    CHECK_FALSE(has(out, "indépendant des fabricants"));
}

TEST_CASE("left alone: an article under its title, then teasers of one kind in a box the title does not head, is the article") {
    std::string teasers;
    const char* heads[] = {"Neuer Radweg an der Ems eröffnet", "Wochenmarkt zieht auf den Domplatz", "Hallenbad schließt für drei Monate"};
    for (int i = 0; i < 3; ++i)
        teasers += std::string("<div class=\"karte karte--") + std::to_string(i) + "\"><div class=\"karte-in\"><a href=\"/n/" + std::to_string(i) + "\">" + heads[i] +
                   "</a><div class=\"karte-text\">Ein kurzer Anriss der Meldung, damit man weiß, worum es geht, und weiterklickt.</div></div></div>";
    const std::string html = html_page(
        "de", "Stadtrat beschließt neuen Haushalt",
        "<div class=\"kopf\"><h1>Stadtrat beschließt neuen Haushalt</h1></div><div class=\"inhalt\"><div class=\"text\">"
        "<p>Der Stadtrat hat am Dienstagabend den Haushalt für das kommende Jahr mit großer Mehrheit beschlossen. Die größten Posten sind die Sanierung der Schulen und der Ausbau der Kitas.</p>"
        "<p>Die Opposition kritisierte die neuen Schulden, stimmte dem Plan für die Schulen aber zu. Der Kämmerer rechnet mit steigenden Einnahmen aus der Gewerbesteuer.</p></div>"
        "<div class=\"mehr\">" +
            teasers + "</div></div>");
    const std::string out = body_text(html);
    CHECK(has(out, "Der Stadtrat hat am Dienstagabend den Haushalt"));
    CHECK(has(out, "Die Opposition kritisierte die neuen Schulden"));
    CHECK_FALSE(has(out, "Ein kurzer Anriss der Meldung"));
}

TEST_CASE("a live blog's updates (each under a heading, stamped with a clock time alone) are the page's text, however short its intro") {
    // Dutch, the page an <article> with a <header>, each update an <article> of its own.
    const std::string html = html_page("nl", "Hoogwater langs de Waal", R"(<div class="kop"><a href="/" class="logo">Maas en Waal Dagblad</a><a href="/regio">Regio</a><a href="/sport">Sport</a></div><div class="pagina"><article class="artikel artikel--live"><header class="artikel__kop"><span class="artikel__label">Live</span><h1 class="artikel__titel">Hoogwater langs de Waal: het laatste nieuws</h1><p class="artikel__intro">Na dagen van regen staan uiterwaarden, kades en enkele straten in de regio onder water. We houden u hier de hele dag op de hoogte.</p><div class="artikel__meta">Bijgewerkt op 05-01-2024, 17:20</div></header><div class="live"><div class="live__laden"><button>Nieuwe berichten</button></div>
<article class="lv-item"><div class="lv-item__tijd"><time datetime="2024-01-05T17:20:00+01:00">17:20 uur</time></div><h2 class="lv-item__kop">Dijk bij Wamel blijft onder toezicht</h2><div class="lv-item__tekst"><p>De dijk bij Wamel blijft de hele nacht onder toezicht van het waterschap. Er zijn geen nieuwe lekkages gevonden, maar de grond is verzadigd.</p></div><div class="lv-item__deel"><a href="#deel">Delen</a></div></article>
<article class="lv-item"><div class="lv-item__tijd"><time datetime="2024-01-05T15:05:00+01:00">15:05 uur</time></div><h2 class="lv-item__kop">Opvang in sporthal De Kamp</h2><div class="lv-item__tekst"><p>Voor bewoners van de ondergelopen straten is sporthal De Kamp ingericht als opvang. Tot nu toe hebben er zestig mensen geslapen.</p></div><div class="lv-item__deel"><a href="#deel">Delen</a></div></article>
<article class="lv-item"><div class="lv-item__tijd"><time datetime="2024-01-05T11:45:00+01:00">11:45 uur</time></div><h2 class="lv-item__kop">Pont tussen Heerewaarden en Rossum uit de vaart</h2><div class="lv-item__tekst"><p>Door de hoge waterstand vaart de pont tussen Heerewaarden en Rossum voorlopig niet. Er rijdt een pendelbus via de brug bij Zaltbommel.</p></div><div class="lv-item__deel"><a href="#deel">Delen</a></div></article>
<article class="lv-item"><div class="lv-item__tijd"><time datetime="2024-01-05T08:30:00+01:00">08:30 uur</time></div><h2 class="lv-item__kop">Burgemeester roept noodverordening uit</h2><div class="lv-item__tekst"><p>De burgemeester heeft vanochtend een noodverordening afgekondigd. Daardoor mogen de uiterwaarden niet meer worden betreden.</p></div><div class="lv-item__deel"><a href="#deel">Delen</a></div></article></div>
<div class="meer"><h2 class="meer__titel">Meer over dit onderwerp</h2><ul><li><a href="/r/1">Kaart: de waterstanden in de regio</a></li><li><a href="/r/2">Wie betaalt de schade bij hoogwater?</a></li></ul></div><div class="brief"><p class="brief__tekst">De ochtendbrief van het Dagblad: elke werkdag om zes uur het belangrijkste nieuws uit de regio.</p><form><input type="email"><button>Aanmelden</button></form></div></article></div><div class="voet"><p>Niets uit deze uitgave mag worden verveelvoudigd zonder toestemming van de uitgever.</p></div>)");
    const std::string out = body_text(html);
    CHECK(has(out, "staan uiterwaarden, kades en enkele straten"));
    CHECK(has(out, "De dijk bij Wamel blijft de hele nacht"));
    CHECK(has(out, "sporthal De Kamp ingericht als opvang"));
    CHECK(has(out, "vaart de pont tussen Heerewaarden en Rossum voorlopig niet"));
    CHECK(has(out, "De burgemeester heeft vanochtend een noodverordening"));
    CHECK_FALSE(has(out, "Wie betaalt de schade bij hoogwater"));
    CHECK_FALSE(has(out, "zonder toestemming van de uitgever"));
}

TEST_CASE("left alone: readers' posts under titles of their own that carry their day are a thread after the article") {
    // English, a story, then readers' posts each with a title, a name and a day.
    const std::string html = html_page("en", "Old cinema to become a community hall", R"(<div class="top"><a href="/">Eastfield Gazette</a> <a href="/news">News</a></div><main><article class="story"><header><h1>Old cinema to become a community hall</h1><p class="standfirst">The council has agreed to buy the Regal on Mill Street and turn it into a hall for clubs, concerts and markets.</p></header><div class="story-body"><p>The building has stood empty since 2004. The council will pay for the roof and the heating, while a trust of local volunteers will run the hall and book the events.</p><p>Work is due to start in the autumn, and the first concerts are planned for next spring.</p></div></article><section class="talk"><h2>Your say</h2>
<article class="cm"><h3 class="cm-title">Great news</h3><div class="cm-meta"><b>Reader 0</b> <time>3 March 2024 at 18:05</time></div><div class="cm-body"><p>About time the old cinema got a use again. My parents had their first date there, I will certainly go to the opening night.</p></div><a href="#r0">Reply</a></article>
<article class="cm"><h3 class="cm-title">Parking?</h3><div class="cm-meta"><b>Reader 1</b> <time>3 March 2024 at 19:40</time></div><div class="cm-body"><p>Does anyone know where people are supposed to park? The street is already full every evening and the car park closes at eight.</p></div><a href="#r1">Reply</a></article>
<article class="cm"><h3 class="cm-title">Not convinced</h3><div class="cm-meta"><b>Reader 2</b> <time>4 March 2024 at 08:15</time></div><div class="cm-body"><p>A community hall sounds nice but who is going to pay for the heating in winter? The council has cut every other budget this year.</p></div><a href="#r2">Reply</a></article>
<article class="cm"><h3 class="cm-title">Finally</h3><div class="cm-meta"><b>Reader 3</b> <time>4 March 2024 at 09:02</time></div><div class="cm-body"><p>Twenty years of talk and now it is actually happening. Well done to the volunteers who kept pushing for this all that time.</p></div><a href="#r3">Reply</a></article></section></main><div class="foot">Eastfield Gazette is published by Eastfield Media Ltd.</div>)");
    const std::string out = body_text(html);
    CHECK(has(out, "The building has stood empty since 2004"));
    CHECK(has(out, "the first concerts are planned for next spring"));
    CHECK_FALSE(has(out, "My parents had their first date there"));
    CHECK_FALSE(has(out, "where people are supposed to park"));
    CHECK_FALSE(has(out, "published by Eastfield Media"));
}
