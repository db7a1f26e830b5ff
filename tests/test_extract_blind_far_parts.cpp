// A post under its headline whose body is a table of short linked items (a week's review: a day
// per row), beside a sidebar of event boxes of loose prose that outscore it (issue 18,
// class-blind round 49). Class and id names are hashes. The best box is far from the title, so
// the choice moves to the post under the title; the sidebar's other boxes score like the far
// winner, above the post, and were taken for the article's other parts: the widening climbed to
// the whole page. A far box holding less text than the block under the title is no part of it.
// English, German, French, Spanish; nested <div>s (markup 1), <main>, <article> and <section>s
// (markup 2).
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

namespace {

struct Row {
    const char* day;
    const char* plain;
    const char* link;
};

struct Case {
    const char* lang;
    const char* title;
    const char* intro;
    Row rows[4];
    const char* outro;
    const char* events[3];
};

std::vector<Case> cases() {
    return {
        {"en", "Week in review: what changed in our storage service", "Let's take a quick look at what happened here last week:",
         {{"Monday, October 29", "The storage gateway is now generally available, and it now supports", "cached volumes"},
          {"Wednesday, October 31", "We released a cost comparison calculator for", "web applications"},
          {"Thursday, November 1", "We released a new instance type and reduced the price for", "existing instances"},
          {"Friday, November 2", "The marketplace added a virtual router, a firewall and a set of", "network tools"}},
         "Stay tuned for next week! In the meantime, follow me and subscribe to the feed.",
         {"This session will use real world case studies to help introduce how gaming companies can use the cloud to stay "
          "flexible, agile and ahead of the curve. Customer speakers include three studios.",
          "You are interested in running your web app in the cloud, but you don't know which services will best meet your "
          "needs. Through a series of 7 questions you will learn which products are right for you.",
          "This webinar will show how operations teams run enterprise applications in the cloud, how they monitor them, and "
          "how they keep costs under control while they grow."}},
        {"de", "Wochenrückblick: Was sich bei unserem Speicherdienst geändert hat", "Ein kurzer Blick darauf, was hier letzte Woche geschah:",
         {{"Montag, 29. Oktober", "Das Speicher-Gateway ist jetzt allgemein verfügbar und unterstützt nun", "zwischengespeicherte Volumes"},
          {"Mittwoch, 31. Oktober", "Wir haben einen Kostenrechner veröffentlicht für", "unsere Webanwendungen"},
          {"Donnerstag, 1. November", "Wir haben einen neuen Instanztyp eingeführt und den Preis gesenkt für", "bestehende Instanzen"},
          {"Freitag, 2. November", "Der Marktplatz bietet jetzt einen virtuellen Router, eine Firewall und eine Reihe von", "Netzwerkwerkzeugen"}},
         "Bleiben Sie dran für nächste Woche! Bis dahin folgen Sie mir und abonnieren Sie den Feed.",
         {"Diese Veranstaltung zeigt anhand echter Fallstudien, wie Spielefirmen die Cloud nutzen, um flexibel und schnell zu "
          "bleiben und der Konkurrenz voraus zu sein. Es sprechen Kunden aus drei Studios.",
          "Sie möchten Ihre Webanwendung in der Cloud betreiben, wissen aber nicht, welche Dienste am besten passen. In sieben "
          "Fragen erfahren Sie, welche Produkte für Sie die richtigen sind.",
          "Dieses Webinar zeigt, wie Betriebsteams Unternehmensanwendungen in der Cloud betreiben, wie sie diese überwachen und "
          "wie sie die Kosten im Griff behalten, während sie wachsen."}},
        {"fr", "La semaine en bref : ce qui a changé dans notre service de stockage", "Un rapide coup d'œil sur ce qui s'est passé ici la semaine dernière :",
         {{"Lundi 29 octobre", "La passerelle de stockage est désormais disponible pour tous et prend en charge", "les volumes en cache"},
          {"Mercredi 31 octobre", "Nous avons publié un calculateur de coûts pour", "les applications web"},
          {"Jeudi 1er novembre", "Nous avons lancé un nouveau type d'instance et réduit le prix pour", "les instances existantes"},
          {"Vendredi 2 novembre", "La place de marché propose un routeur virtuel, un pare-feu et une série", "d'outils réseau"}},
         "Restez à l'écoute pour la semaine prochaine ! En attendant, suivez-moi et abonnez-vous au flux.",
         {"Cette session s'appuie sur des études de cas réelles pour montrer comment les studios de jeux utilisent le cloud pour "
          "rester souples, rapides et en avance. Trois studios clients y prendront la parole.",
          "Vous voulez faire tourner votre application web dans le cloud, mais vous ne savez pas quels services vous conviennent. "
          "En sept questions, vous saurez quels produits choisir.",
          "Ce webinaire montre comment les équipes d'exploitation gèrent des applications d'entreprise dans le cloud, comment "
          "elles les surveillent et comment elles maîtrisent leurs coûts."}},
        {"es", "Resumen de la semana: qué cambió en nuestro servicio de almacenamiento", "Un vistazo rápido a lo que pasó aquí la semana pasada:",
         {{"Lunes, 29 de octubre", "La pasarela de almacenamiento ya está disponible para todos y ahora admite", "volúmenes en caché"},
          {"Miércoles, 31 de octubre", "Publicamos una calculadora de costes para", "aplicaciones web"},
          {"Jueves, 1 de noviembre", "Lanzamos un nuevo tipo de instancia y bajamos el precio de", "las instancias existentes"},
          {"Viernes, 2 de noviembre", "El mercado añadió un router virtual, un cortafuegos y un conjunto de", "herramientas de red"}},
         "¡Atentos a la próxima semana! Mientras tanto, sígueme y suscríbete al canal.",
         {"Esta sesión usará casos reales para mostrar cómo los estudios de videojuegos usan la nube para mantenerse flexibles, "
          "ágiles y por delante de la competencia. Hablarán clientes de tres estudios.",
          "Quiere ejecutar su aplicación web en la nube, pero no sabe qué servicios se ajustan mejor a sus necesidades. Con siete "
          "preguntas sabrá qué productos le convienen.",
          "Este seminario muestra cómo los equipos de operaciones gestionan aplicaciones empresariales en la nube, cómo las "
          "vigilan y cómo controlan los costes mientras crecen."}},
    };
}

std::string page(const Case& c, int markup) {
    const std::string box = markup == 2 ? "section" : "div", post = markup == 2 ? "article" : "div", column = markup == 2 ? "main" : "div";
    std::string b = "<div class=\"a1x\"><a href=\"/\">Home</a> <a href=\"/blog\">Blog</a> <a href=\"/about\">About</a></div><div class=\"p0q\">";
    b += "<" + column + " class=\"w9k2\"><p class=\"n3p8\"><a href=\"/2012/10/prev.html\">&laquo; Previous</a> | <a href=\"/\">Main</a> | "
         "<a href=\"/2012/11/next.html\">Next &raquo;</a></p>";
    b += "<" + post + " class=\"e5t1\"><h3 class=\"h8y2\">" + c.title + "</h3><div class=\"i7q3\"><p>" + c.intro + "</p><table>";
    int n = 0;
    for (const Row& r : c.rows)
        b += std::string("<tr><td>") + r.day + "<br></td><td><ul><li>" + r.plain + " <a href=\"/x/" + std::to_string(n++) + "\">" + r.link +
             "</a>.</li></ul></td></tr>";
    b += std::string("</table><p><a href=\"/follow\">") + c.outro + "</a></p><p>-- <a href=\"/me\">Jeff</a>;</p></div>" +
         "<div class=\"f6u0\">2012-11-05 | <a href=\"/p\">#</a></div></" + post + ">";
    b += "<div class=\"k2r9\"><h3>&#9998;</h3><p class=\"z1v\">: | </p></div></" + column + ">";
    b += "<div class=\"s3l8\"><h2>&#9776;</h2><ul>";
    for (int i = 0; i < 12; ++i) b += "<li><a href=\"/m/" + std::to_string(i) + "\">2012/" + std::to_string(i + 1) + "</a></li>";
    b += "</ul>";
    for (int i = 0; i < 5; ++i)
        b += "<div style=\"text-align:center\"><a href=\"/v/" + std::to_string(i) + "\">Speaker " + std::to_string(i) + " - Talk</a><br><a href=\"/v/" +
             std::to_string(i) + "\"><img src=\"/t/" + std::to_string(i) + ".png\"></a></div>";
    b += "<h2>&#9733;</h2>";
    for (const char* e : c.events)
        b += "<" + box + " style=\"text-align:center\"><h3><strong>" + std::string(e).substr(0, 12) + "</strong><br>[Online]</h3>" + e +
             "<br><a href=\"/reg\">&rarr;</a><br></" + box + ">";
    b += "</div><div class=\"f1o2\"><ul>";
    for (int i = 0; i < 30; ++i) b += "<li><a href=\"/r/" + std::to_string(i) + "\">Recent post number " + std::to_string(i) + " about the service</a></li>";
    b += "</ul></div></div>";
    return html_page(c.lang, c.title, b);
}

}  // namespace

TEST_CASE("class-blind: the sidebar's boxes that outscore the post under the title are no parts of it") {
    for (const auto& c : cases())
        for (int markup : {1, 2}) {
            CAPTURE(std::string(c.lang));
            CAPTURE(markup);
            const std::string out = text_of(page(c, markup));
            CHECK(has(out, c.rows[0].plain));
            CHECK(has(out, c.rows[3].plain));
            for (const char* e : c.events) CHECK_FALSE(has(out, std::string(e).substr(20, 40)));
            CHECK_FALSE(has(out, "Recent post number 7"));
        }
}
