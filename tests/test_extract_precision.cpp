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
