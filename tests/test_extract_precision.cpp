// Chrome that rides along inside the article's container (issue 18), and the look-alikes that are
// the article's own text. A blog template's post footer ("This entry was posted in <a>News</a>.
// Bookmark the <a>permalink</a>.") is told by its links, which all point back at the post or its
// taxonomy, never by its words: the same shape in German or Spanish goes, and a closing
// paragraph that links to other pages (a roundup, sources, an earlier post) stays.
#include <doctest/doctest.h>

#include <string>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::text_of;

namespace {

// A blog post page: the post's address in its head, the article and `tail` in one box, then a comment thread and a sidebar.
std::string blog_page(const std::string& url, const std::string& title, const std::string& body, const std::string& tail) {
    return "<html><head><title>" + title + "</title><link rel=\"canonical\" href=\"" + url +
           "\"></head><body><div id=\"wrap\"><div class=\"hd\"><a href=\"/\">A small blog</a></div>"
           "<div class=\"x1\"><h2>" + title + "</h2><div class=\"x2\">" + body + tail + "</div>"
           "</div><div class=\"comments\"><h3>2 Responses</h3><ol><li><p>Anna, June 3, 2024: Thanks, lovely post! We "
           "were on the island in May and the ferry was just as calm.</p></li><li><p>Ben, June 4, 2024: I went "
           "there too last spring, and the fort museum was closed for repairs.</p></li></ol></div>"
           "<div class=\"x4\"><ul><li><a href=\"/about/\">About</a></li><li><a href=\"/archive/\">Archive</a></li></ul></div>"
           "</div></body></html>";
}

const std::string kEnglishBody =
    "<p>We took the early ferry to the island on Saturday, and the sea was calm enough for the children "
    "to stand at the rail the whole way across, watching the gulls follow the boat.</p>"
    "<p>The harbour town was quiet before noon. We bought bread and cheese at the market, walked up to the "
    "lighthouse, and ate on the rocks below it while the tide came in over the flat stones.</p>"
    "<p>In the afternoon we hired bicycles and rode along the dunes to the old fort, which is now a small "
    "museum about the island's fishermen and the storms of the last century.</p>";

}  // namespace

TEST_CASE("a post footer of template sentences whose links point back at the post goes (English, WordPress-like)") {
    const std::string url = "https://smallblog.example/2024/06/02/a-day-on-the-island/";
    const std::string out = text_of(blog_page(url, "A day on the island", kEnglishBody,
        "<p class=\"m7\"><small>This entry was posted on Sunday, June 2nd, 2024 at 9:14 pm and is filed under "
        "<a href=\"https://smallblog.example/category/travel/\" rel=\"category tag\">Travel</a>. You can follow any "
        "responses to this entry through the <a href=\"" + url + "feed/\">RSS 2.0</a> feed. You can "
        "<a href=\"#respond\">leave a response</a>, or <a href=\"" + url + "trackback/\" rel=\"trackback\">trackback</a> "
        "from your own site.</small></p>"));
    CHECK(has(out, "We took the early ferry to the island"));
    CHECK(has(out, "rode along the dunes to the old fort"));
    CHECK_FALSE(has(out, "This entry was posted"));
    CHECK_FALSE(has(out, "trackback from your own site"));
}

TEST_CASE("a post footer goes in German and in Spanish, the permalink a relative address") {
    const std::string de_url = "https://wanderblog.example/2024/05/18/ein-tag-im-moor/";
    const std::string de = text_of(blog_page(de_url, "Ein Tag im Moor",
        "<p>Am Samstag sind wir früh aufgebrochen, um vor der Hitze im Moor zu sein, und haben das Auto am "
        "alten Torfwerk stehen lassen, wo der Bohlenweg beginnt.</p>"
        "<p>Der Weg führt drei Kilometer über das Wasser, vorbei an Wollgras und Sonnentau, bis zu einem "
        "Aussichtsturm, von dem man bei klarem Wetter bis zu den Hügeln im Süden sieht.</p>"
        "<p>Auf dem Rückweg haben wir im Dorfgasthof Pfannkuchen gegessen und den Kindern versprochen, im "
        "Herbst wiederzukommen, wenn die Kraniche über das Moor ziehen.</p>",
        "<div class=\"q9\">Dieser Eintrag wurde am 18. Mai 2024 veröffentlicht und ist unter "
        "<a href=\"/kategorie/ausfluege/\" rel=\"category tag\">Ausflüge</a> abgelegt. Setze ein Lesezeichen auf den "
        "<a href=\"/2024/05/18/ein-tag-im-moor/\" rel=\"bookmark\">Permalink</a>.</div>"));
    CHECK(has(de, "Am Samstag sind wir früh aufgebrochen"));
    CHECK(has(de, "wenn die Kraniche über das Moor ziehen"));
    CHECK_FALSE(has(de, "Dieser Eintrag wurde"));
    CHECK_FALSE(has(de, "Lesezeichen"));

    const std::string es_url = "https://cuadernodeviaje.example/2024/04/07/subida-al-faro/";
    const std::string es = text_of(blog_page(es_url, "Subida al faro",
        "<p>Salimos del pueblo a las ocho de la mañana, cuando todavía hacía fresco, y seguimos el camino "
        "de la costa entre pinos y pequeñas calas de agua muy clara.</p>"
        "<p>El faro está cerrado al público, pero desde la explanada se ve toda la bahía y, con suerte, "
        "algún delfín cerca de las rocas del cabo.</p>"
        "<p>Bajamos por el otro lado hasta la playa y comimos en un chiringuito donde nos recomendaron "
        "volver en septiembre, cuando hay menos gente.</p>",
        "<div class=\"z2\">Esta entrada fue publicada en <a href=\"/tema/excursiones/\" rel=\"tag\">excursiones</a> y "
        "etiquetada <a href=\"/tema/costa/\" rel=\"tag\">costa</a>. Guarda el <a href=\"" + es_url +
        "\">enlace permanente</a>. Sigue los comentarios con el <a href=\"" + es_url + "feed/\">RSS</a>.</div>"));
    CHECK(has(es, "Salimos del pueblo a las ocho"));
    CHECK(has(es, "cuando hay menos gente"));
    CHECK_FALSE(has(es, "Esta entrada fue publicada"));
    CHECK_FALSE(has(es, "enlace permanente"));
}

TEST_CASE("a closing paragraph that links to other pages is the article's (roundup, sources, an earlier post)") {
    const std::string url = "https://smallblog.example/2024/06/09/weekend-reading/";
    // A link roundup: the entries are other sites' pages.
    const std::string roundup = text_of(blog_page(url, "Weekend reading", kEnglishBody,
        "<p>More to read this weekend, if the rain keeps you in: a long piece on <a href=\"https://ferries.example/history\">"
        "island ferries</a>, a short answer to <a href=\"https://birds.example/gulls\">why gulls follow boats</a>, "
        "and all of <a href=\"https://smallblog.example/category/travel/\" rel=\"category tag\">our other trips</a>.</p>"));
    CHECK(has(roundup, "More to read this weekend"));
    CHECK(has(roundup, "why gulls follow boats"));

    // Sources and an earlier post of the same blog, beside a link to the post's own comments.
    const std::string sources = text_of(blog_page(url, "Weekend reading", kEnglishBody,
        "<p>Sources: the <a href=\"https://museum.example/fort\">fort museum's guide</a> and my "
        "<a href=\"https://smallblog.example/2023/08/14/first-visit/\">first visit last year</a>. "
        "Tell me about your own trips <a href=\"#comments\">in the comments</a>.</p>"));
    CHECK(has(sources, "fort museum's guide"));
    CHECK(has(sources, "Tell me about your own trips"));
}

TEST_CASE("a line of the post's own links followed by more of the article stays") {
    const std::string url = "https://smallblog.example/2024/06/16/two-parts/";
    const std::string out = text_of(blog_page(url, "Two parts",
        kEnglishBody +
            "<p>This post is filed under <a href=\"/category/travel/\" rel=\"category tag\">Travel</a>; its "
            "<a href=\"" + url + "\">address</a> stays the same when I add the second part.</p>"
            "<p>The second day began with rain, so we spent the morning in the fort museum reading about the "
            "great storm, and only went out to the beach when the sun came back after lunch.</p>",
        ""));
    CHECK(has(out, "its address stays the same"));
    CHECK(has(out, "The second day began with rain"));
}

// Teasers with long summaries after the article: each entry links its story again (picture,
// headline, "read more"), so the box goes whatever its words and however long the summaries; a
// digest whose entries are the page's content, and an article whose section headings link their
// subject once, keep their text.
namespace {

std::string teaser_entry(const std::string& href, const std::string& headline, const std::string& summary, const std::string& more) {
    return "<div class=\"e1\"><a href=\"" + href + "\"><img src=\"" + href + ".jpg\" alt=\"\"></a><h4><a href=\"" + href + "\">" +
           headline + "</a></h4><p>" + summary + " <a href=\"" + href + "\">" + more + "</a></p></div>";
}

std::string news_page(const std::string& title, const std::string& article, const std::string& after) {
    return "<html><head><title>" + title + "</title></head><body><div class=\"w1\"><div class=\"w2\"><h1>" + title +
           "</h1><div class=\"w3\">" + article + "</div>" + after + "</div><div class=\"w4\"><a href=\"/\">Home</a></div>"
           "</div></body></html>";
}

const std::string kHarbourArticle =
    "<p>The harbour board voted on Tuesday to rebuild the old fish quay, which has been closed since a storm "
    "damaged its piles two winters ago, and to open it to small ferries as well as fishing boats.</p>"
    "<p>Work is due to start in the spring and take eighteen months. The board expects the port's own reserves "
    "to cover half of the cost, and has asked the regional government for the rest.</p>"
    "<p>Fishermen who have been landing their catch at the ferry terminal since the closure welcomed the "
    "decision, though several said they would have preferred a quicker repair of the old structure.</p>"
    "<p>The ferry company said it would add a second morning crossing once the quay reopens, which would let "
    "day visitors reach the islands before nine o'clock in the summer months.</p>"
    "<p>The old quay was built in stone in the last century and lengthened in concrete in the nineteen-sixties, "
    "when the fleet was three times its present size and the fish market stood on the quay itself.</p>"
    "<p>Engineers who surveyed it last year found that the concrete section could not be saved, while the "
    "stone part needs new foundations but can keep its walls, its steps and its iron mooring rings.</p>"
    "<p>The board will hold a public meeting next month to show the plans, and residents may send comments in "
    "writing until the end of June, the chairwoman said after the vote.</p>";

}  // namespace

TEST_CASE("a box of related stories with long summaries after the article goes (English, Spanish)") {
    const std::string en = text_of(news_page("Harbour board votes to rebuild the fish quay", kHarbourArticle,
        "<div class=\"r1\"><h4>More stories</h4>" +
            teaser_entry("/2024/05/ferry-fares", "Ferry fares to rise by four percent in June",
                         "The ferry company says higher fuel costs and the new safety rules leave it no choice, and "
                         "islanders' groups have asked the regional government to step in before the summer season, when "
                         "the boats carry three times as many passengers as in winter and most of them are day visitors.",
                         "Read more") +
            teaser_entry("/2024/04/lighthouse-museum", "Lighthouse keeper's cottage opens as a museum",
                         "Volunteers spent two winters restoring the cottage, its lamp room and the small garden, and "
                         "the museum will be open every weekend from Easter until the end of October, with the lamp room "
                         "shown by the last keeper's grandson, who still lives in the village below the headland.",
                         "Read more") +
            "</div>"));
    CHECK(has(en, "The harbour board voted on Tuesday"));
    CHECK(has(en, "add a second morning crossing"));
    CHECK_FALSE(has(en, "Ferry fares to rise"));
    CHECK_FALSE(has(en, "Volunteers spent two winters restoring"));

    const std::string es = text_of(news_page("El puerto reconstruirá el muelle de pescadores",
        "<p>La junta del puerto aprobó el martes reconstruir el antiguo muelle de pescadores, cerrado desde que un "
        "temporal dañó sus pilotes hace dos inviernos, y abrirlo también a pequeños transbordadores.</p>"
        "<p>Las obras empezarán en primavera y durarán dieciocho meses. La junta espera cubrir la mitad del coste "
        "con sus propias reservas y ha pedido el resto al gobierno regional.</p>"
        "<p>Los pescadores, que desde el cierre descargan en la terminal de transbordadores, celebraron la "
        "decisión, aunque varios dijeron que habrían preferido una reparación más rápida.</p>"
        "<p>El viejo muelle se construyó en piedra el siglo pasado y se alargó con hormigón en los años sesenta, "
        "cuando la flota triplicaba su tamaño actual y la lonja estaba sobre el propio muelle.</p>"
        "<p>Los ingenieros que lo revisaron el año pasado concluyeron que el tramo de hormigón no puede salvarse, "
        "mientras que el de piedra necesita cimientos nuevos pero conservará sus muros y sus escaleras.</p>"
        "<p>La junta presentará los planos en una reunión pública el mes que viene, y los vecinos podrán enviar "
        "sus observaciones por escrito hasta finales de junio, según dijo la presidenta tras la votación.</p>",
        "<section class=\"k4\"><h3>Te puede interesar</h3>" +
            teaser_entry("/2024/05/tarifas", "Las tarifas del transbordador subirán un cuatro por ciento",
                         "La naviera atribuye la subida al precio del combustible y a las nuevas normas de seguridad, y "
                         "las asociaciones de vecinos de las islas piden al gobierno regional que intervenga antes del verano, "
                         "cuando los barcos llevan tres veces más pasajeros que en invierno.",
                         "Seguir leyendo") +
            teaser_entry("/2024/04/faro", "La casa del farero abre como museo",
                         "Los voluntarios dedicaron dos inviernos a restaurar la casa, la linterna y el pequeño jardín, "
                         "y el museo abrirá todos los fines de semana de Semana Santa a octubre, con visitas a la linterna "
                         "guiadas por el nieto del último farero, que vive todavía en el pueblo.",
                         "Seguir leyendo") +
            "</section>"));
    CHECK(has(es, "La junta del puerto aprobó el martes"));
    CHECK(has(es, "una reparación más rápida"));
    CHECK_FALSE(has(es, "Las tarifas del transbordador"));
    CHECK_FALSE(has(es, "Los voluntarios dedicaron dos inviernos"));
}

TEST_CASE("a digest whose entries are the page's content keeps them (German)") {
    // The entries are the page: they are its core, not a box after it.
    const std::string de = text_of(news_page("Die Woche im Hafen: unsere Berichte",
        "<p>Jeden Freitag fassen wir die wichtigsten Berichte der Woche aus dem Hafen und von den Inseln zusammen, "
        "für alle, die unter der Woche keine Zeit zum Lesen hatten.</p>" +
            teaser_entry("/2024/05/faehrpreise", "Fährpreise steigen im Juni um vier Prozent",
                         "Die Reederei nennt höhere Treibstoffkosten und neue Sicherheitsregeln als Grund, und die "
                         "Inselvereine haben die Landesregierung gebeten, vor der Sommersaison einzugreifen.",
                         "Weiterlesen") +
            teaser_entry("/2024/04/leuchtturm", "Das Haus des Leuchtturmwärters wird Museum",
                         "Freiwillige haben zwei Winter lang das Haus, den Lampenraum und den kleinen Garten "
                         "restauriert; das Museum ist von Ostern bis Ende Oktober an jedem Wochenende geöffnet.",
                         "Weiterlesen") +
            teaser_entry("/2024/04/kai", "Hafenbehörde prüft Neubau des Fischerkais",
                         "Seit ein Sturm die Pfähle des alten Kais beschädigt hat, landen die Fischer ihren Fang am "
                         "Fähranleger an; ein Gutachten soll bis zum Sommer zeigen, ob sich eine Reparatur lohnt.",
                         "Weiterlesen"),
        ""));
    CHECK(has(de, "Fährpreise steigen im Juni"));
    CHECK(has(de, "Freiwillige haben zwei Winter lang"));
    CHECK(has(de, "ein Gutachten soll bis zum Sommer zeigen"));
}

TEST_CASE("sections whose headings link their subject once stay, after the article too (English)") {
    // A guide's further sections: each heading links the place it names, no other link of the
    // section goes there again.
    const std::string out = text_of(news_page("Harbour board votes to rebuild the fish quay", kHarbourArticle,
        "<div class=\"g2\"><h4><a href=\"https://ferries.example/timetable\">The ferry timetable this summer</a></h4>"
        "<p>Crossings leave every two hours from seven in the morning, and the last boat back from the islands "
        "sails at half past eight in the evening on weekdays and at ten on Saturdays, so a day on the islands "
        "can end with dinner in the harbour town before the last crossing home.</p>"
        "<h4><a href=\"https://museum.example/\">The lighthouse museum opening hours</a></h4>"
        "<p>The museum is open on weekends from Easter until the end of October, and on weekday afternoons in "
        "July and August, with guided visits of the lamp room at eleven and at three, led by volunteers who "
        "restored the cottage over two winters and know every story of its keepers.</p></div>"));
    CHECK(has(out, "The harbour board voted on Tuesday"));
    CHECK(has(out, "Crossings leave every two hours"));
    CHECK(has(out, "guided visits of the lamp room"));
}
