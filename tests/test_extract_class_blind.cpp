// Extraction that does not lean on class names (issue 18, round 23): pages whose class and id
// names are hashes, as a CSS toolchain writes them ("r2m9", "css-1x9k2a"), so no word in them says
// "comment", "sidebar" or "share". tools/class_blind.py measures the same on the dev corpora by
// hashing every class and id token of their pages. Each page here is recognised by its shape:
// a thread of reader posts by its entries (one kind of box each, a name and a date over the
// post's words) after the article's prose; share rows, related lists, author boxes and rails by
// their links and their place. German, Spanish, Polish, English and Japanese.
// WINNOW_FRESH_DUMP=DIR writes each page there (blind1.html ...), to run the CLI on them.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"

using namespace winnow;

namespace {

struct Blind {
    const char* name;
    std::string html;
    std::vector<std::string> in;   // key sentences of the main text
    std::vector<std::string> out;  // chrome
};

std::string page(const char* lang, const std::string& title, const std::string& body) {
    return std::string("<!doctype html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
           "</title></head><body><div class=\"a1b2\">" + body + "</div></body></html>\n";
}

// German: the article in its own box, and beside it, longer than it, a list of posts whose
// <li>s carry the template's per-post state after the type ("r2m9 c3k t6z q7v3": the post's
// number, its hour, odd or even), so no two posts have the same class string.
Blind de_thread_with_state_classes() {
    const char* who[] = {"Anna K.", "Bernd L.", "Claudia M.", "Dieter N.", "Eva O.", "Frank P.", "Gisela R."};
    const char* said[] = {
        "Endlich! Darauf haben wir seit Jahren gewartet, und die Kinder freuen sich schon sehr auf die Sonntage dort. Hoffentlich bleibt es dabei.",
        "Schön und gut, aber wer bezahlt am Ende die Heizung und den Strom für die zusätzlichen Stunden im Winter? Das sagt uns niemand.",
        "Die Ehrenamtlichen machen das großartig, ich war beim Kurs dabei und es hat wirklich viel Spaß gemacht. Ich kann es nur empfehlen.",
        "Ich hoffe, dass auch die Lesesäle im ersten Stock geöffnet sind und nicht nur die Ausleihe im Erdgeschoss. Sonst lohnt es sich kaum.",
        "In unserer Nachbarstadt gibt es das schon lange, und es funktioniert ohne Probleme mit dem Personal. Warum hat das hier so lange gedauert?",
        "Bitte auch an die Parkplätze denken, am Sonntag ist die Innenstadt sonst immer ganz schön voll. Vielleicht fährt ja ein Bus öfter.",
        "Eine sehr gute Nachricht für alle, die unter der Woche lange arbeiten müssen und kaum Zeit haben. Danke an alle, die mithelfen."};
    std::string posts;
    for (int i = 0; i < 14; ++i)
        posts += "<li class=\"r2m9 c" + std::to_string(i) + "k t" + std::to_string(i + 3) + "z" + (i % 2 == 0 ? " q7v3" : "") +
                 "\"><div class=\"n4h8\"><span class=\"n4h9\">" + who[i % 7] + "</span></div><div class=\"d5j2\">" +
                 std::to_string(i + 2) + ". März 2026 um " + std::to_string(10 + i % 9) + ":05</div><p>" + said[i % 7] +
                 "</p><div class=\"y6p1\"><a href=\"#r" + std::to_string(i) + "\">Antworten</a></div></li>";
    const std::string body = R"(<div class="x8kq2"><h1 class="x8kq3">Die Stadtbibliothek öffnet am Sonntag</h1>
<div class="x8kq4"><p>Die Stadtbibliothek wird ab dem kommenden Monat auch sonntags geöffnet sein, wie der Gemeinderat am Dienstag beschlossen hat.</p>
<p>Die zusätzlichen Stunden tragen ehrenamtliche Helferinnen und Helfer, die der Förderverein seit dem Frühjahr ausgebildet hat.</p></div></div>)"
                             "<div class=\"w3z7\"><h3>14 Kommentare</h3><ol>" + posts + "</ol></div>";
    return {"de thread, per-post state classes",
            page("de", "Die Stadtbibliothek öffnet am Sonntag", body),
            {"auch sonntags geöffnet sein", "seit dem Frühjahr ausgebildet hat"},
            {"14 Kommentare", "Darauf haben wir seit Jahren gewartet", "wer bezahlt am Ende die Heizung", "Danke an alle, die mithelfen"}};
}

// Spanish: the article's paragraphs loose in one box with its title, and in that same box,
// after them, a longer thread of dated posts (a <dl>, each <dt> a number, a name and a day).
Blind es_thread_in_the_article_box() {
    const char* who[] = {"María", "Jorge L.", "lucia88", "Pedro Gómez", "Carmen", "Raúl"};
    const char* said[] = {
        "Muy buena noticia para el barrio, llevábamos años pidiendo que arreglaran ese puente tan peligroso. Ya era hora de que alguien hiciera algo.",
        "Ojalá terminen las obras antes del verano, porque el desvío por la carretera vieja es un desastre total. Cada mañana pierdo media hora.",
        "Yo cruzo todos los días con la bicicleta y la verdad es que el carril nuevo me parece una gran idea. Espero que lo mantengan limpio.",
        "Me pregunto cuánto costará al final todo esto, siempre se acaba pagando el doble de lo previsto. Nadie explica de dónde sale el dinero.",
        "Gracias por la información, no sabía que también iban a poner iluminación en toda la orilla del río. Por la noche daba bastante miedo.",
        "A ver si esta vez cumplen los plazos, que con la última obra tardaron casi dos años en acabar. Yo no me lo creo hasta que lo vea."};
    std::string posts;
    for (int i = 0; i < 12; ++i)
        posts += "<dt class=\"\">" + std::to_string(i + 1) + ". " + who[i % 6] + " - " + std::to_string(i + 4) +
                 " de marzo de 2026</dt><dd class=\"\"><p>" + said[i % 6] + "</p></dd>";
    const std::string body = R"(<div class="m1x9"><h2>Comienzan las obras del nuevo puente peatonal</h2><em>4 de marzo de 2026</em>
<p>El ayuntamiento ha comenzado esta semana las obras del nuevo puente peatonal que unirá los dos barrios de la orilla del río.</p>
<p>Según los técnicos municipales, los trabajos durarán unos ocho meses y el tráfico se desviará por la carretera vieja.</p>
<div class="v8c2"><h2>Comentarios</h2><dl>)" + posts + "</dl></div></div>";
    return {"es thread in the article's box",
            page("es", "Comienzan las obras del nuevo puente peatonal", body),
            {"las obras del nuevo puente peatonal que unirá", "el tráfico se desviará por la carretera vieja"},
            {"llevábamos años pidiendo", "Cada mañana pierdo media hora", "Yo no me lo creo hasta que lo vea"}};
}

// Polish: a share row of short links over the article, a related list of linked headlines and
// an author box (portrait, name, a line of bio, a short link) after it, a rail of links beside it:
// each known by its links and its place.
Blind pl_share_related_author_rail() {
    const std::string body = R"(<div class="k1"><a class="k2" href="/">Kurier</a><a class="k2" href="/region">Region</a><a class="k2" href="/sport">Sport</a><a class="k2" href="/kultura">Kultura</a></div>
<div class="p0q"><div class="p1q"><h1 class="p2q">Nowa kładka dla pieszych połączy oba brzegi rzeki</h1>
<div class="s7d"><a class="s8d" href="/s/fb">Udostępnij</a> <a class="s8d" href="/s/x">Wyślij</a> <a class="s8d" href="/s/mail">E-mail</a> <a class="s8d" href="/s/copy">Kopiuj link</a></div>
<p>Miasto rozpoczęło budowę kładki dla pieszych i rowerzystów, która połączy stare miasto z nowym osiedlem na drugim brzegu rzeki.</p>
<p>Kładka będzie miała sto osiemdziesiąt metrów długości, oświetlenie przez całą noc i windy dla osób na wózkach.</p>
<p>Prace mają potrwać do jesieni przyszłego roku, a koszt inwestycji wyniesie około czterdziestu milionów złotych.</p>
<div class="r4l"><h3>Czytaj także</h3><ul><li><a href="/a/1">Remont dworca potrwa dłużej, niż zakładano</a></li><li><a href="/a/2">Miasto kupi dwadzieścia elektrycznych autobusów</a></li><li><a href="/a/3">Nowe przejście podziemne przy rondzie otwarte</a></li><li><a href="/a/4">Ścieżka rowerowa wzdłuż rzeki prawie gotowa</a></li></ul></div>
<div class="u5t"><img src="/a/ewa.jpg" alt=""><b>Ewa Nowak</b><p>Dziennikarka działu miejskiego, pisze o komunikacji i inwestycjach.</p><a href="/autor/ewa">Profil autorki</a></div>
</div><div class="z9z"><h3>Najczęściej czytane</h3><a href="/a/5">Wielki pożar magazynu na obrzeżach miasta</a><a href="/a/6">Zmiany w rozkładzie tramwajów od poniedziałku</a><a href="/a/7">Festiwal nad rzeką przyciągnął tłumy</a></div></div>)";
    return {"pl share row, related list, author box, rail",
            page("pl", "Nowa kładka dla pieszych połączy oba brzegi rzeki", body),
            {"Miasto rozpoczęło budowę kładki", "windy dla osób na wózkach", "czterdziestu milionów złotych"},
            {"Kopiuj link", "Remont dworca potrwa dłużej", "Zmiany w rozkładzie tramwajów", "pisze o komunikacji", "Profil autorki"}};
}

// English look-alike that stays: a forum thread whose posts open right under the title, each
// post's <div> carrying its own state classes after the type. The posts are the page.
Blind en_forum_posts_stay() {
    const char* who[] = {"harbourcat", "Tom B.", "lena_k", "Mr Pike"};
    const char* said[] = {
        "Has anyone tried the new night bus from the harbour? I am wondering whether it really runs every thirty minutes after midnight.",
        "I took it last Friday. It left on time and was about half full, mostly people coming back from the theatre district.",
        "It is great, but the stop by the ferry terminal has no shelter, so waiting in the rain at two in the morning is no fun.",
        "The council said the trial will be extended to the whole week if enough people use it, so keep riding it, everyone."};
    std::string posts;
    for (int i = 0; i < 4; ++i)
        posts += "<div class=\"f3p p" + std::to_string(i) + "x" + (i == 0 ? " f3o" : "") + "\"><div class=\"f4n\">" + who[i] +
                 "</div><div class=\"f4d\">March " + std::to_string(i + 3) + ", 2026 at 1" + std::to_string(i) +
                 ":20 pm</div><p>" + said[i] + "</p></div>";
    return {"en forum posts stay",
            page("en", "Night bus from the harbour: worth it?", "<h1>Night bus from the harbour: worth it?</h1><div class=\"f2t\">" + posts + "</div>"),
            {"Has anyone tried the new night bus", "mostly people coming back from the theatre", "the stop by the ferry terminal has no shelter",
             "keep riding it, everyone"},
            {}};
}

}  // namespace

TEST_CASE("a thread's posts are one kind by their first class token, whatever per-post state classes follow it; forum posts under the title stay") {
    const std::vector<Blind> pages = {de_thread_with_state_classes(), en_forum_posts_stay()};
    const test::PageTally t = test::tally_pages(pages, "blind_kind");
    INFO(t.report);
    CHECK(t.passed == static_cast<int>(pages.size()));
}

TEST_CASE("a thread of dated posts after the title's prose, in the one box that holds both, is no part of the article") {
    const std::vector<Blind> pages = {es_thread_in_the_article_box()};
    const test::PageTally t = test::tally_pages(pages, "blind_box");
    INFO(t.report);
    CHECK(t.passed == static_cast<int>(pages.size()));
}

TEST_CASE("a share row, a related list, an author box and a rail with hashed names go by their shape") {
    const std::vector<Blind> pages = {pl_share_related_author_rail()};
    const test::PageTally t = test::tally_pages(pages, "blind_shape");
    INFO(t.report);
    CHECK(t.passed == static_cast<int>(pages.size()));
}
