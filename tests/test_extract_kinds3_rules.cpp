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
