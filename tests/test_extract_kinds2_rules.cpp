// Each mechanism the second round of page kinds (test_extract_kinds2.cpp) led to, on pages in
// other languages and markups than the pages that showed it, with the case it must leave alone.
#include <doctest/doctest.h>

#include <array>
#include <memory>
#include <string>
#include <vector>

#include "extract_lines.hpp"
#include "extract_test_util.hpp"
#include "extract_title.hpp"
#include "parse_html.hpp"

using winnow::test::block_text_of;
using winnow::test::has;
using winnow::test::html_page;

namespace {

// A <div> soup unlike the suites' (other hashes), a short article, then readers' comments: an
// avatar, a name, a stamp and the text each.
std::string soup_with_comments(const std::string& article, const char* heading, const char* reply,
                               const std::vector<std::array<const char*, 3>>& posts) {
    std::string h = "<div class=\"qq0\"><a href=\"/\">Home</a><a href=\"/n\">News</a></div><div class=\"zt4\">" + article +
                    "</div><div class=\"ww9\"><div class=\"ww9h\">" + heading + "</div>";
    int k = 0;
    for (const auto& p : posts)
        h += std::string("<div class=\"yc1\"><div class=\"yc1m\"><img src=\"/u/") + std::to_string(++k) +
             ".png\" width=\"24\" height=\"24\" alt=\"\"><span class=\"yc1n\">" + p[0] + "</span><span class=\"yc1d\">" + p[1] +
             "</span></div><div class=\"yc1t\">" + p[2] + "</div><a class=\"yc1r\" href=\"#c" + std::to_string(k) + "\">" + reply + "</a></div>";
    return h + "</div>";
}

}  // namespace

TEST_CASE("posts of a thread, each a portrait, a name, a short text and a reply link, are entries of a list, not author cards; one such card after an article goes") {
    // Spanish: a neighbours' board, four posts, the last two short (at the region's end, where a
    // writer's card stands).
    const std::string thread = soup_with_comments("<h1>¿Alguien sabe si abre la piscina el lunes?</h1>", "Respuestas", "Responder",
        {{{"Carmen", "01/06/2024 18:20", "Mis hijos quieren ir el lunes por la tarde, pero en la web del ayuntamiento no dice nada del horario de verano."}},
         {{"Luis R.", "01/06/2024 19:02", "Abre el lunes a las once, lo pusieron ayer en el tablón de la entrada del polideportivo."}},
         {{"Pepa", "01/06/2024 20:15", "Confirmo, y el bono de verano ya se puede comprar."}},
         {{"Carmen", "02/06/2024 09:30", "¡Gracias a los dos! Allí estaremos."}}});
    const std::string posts = block_text_of(html_page("es", "¿Alguien sabe si abre la piscina el lunes?", thread));
    CHECK(has(posts, "no dice nada del horario de verano"));
    CHECK(has(posts, "Abre el lunes a las once"));
    CHECK(has(posts, "el bono de verano ya se puede comprar"));
    CHECK(has(posts, "Allí estaremos"));

    // Left alone: German, one writer's card after the article (a portrait, the name, a link).
    const std::string article = R"(<div class="zt4"><h1>Der Wochenmarkt zieht auf den Kirchplatz</h1>
<p>Ab dem ersten Juli findet der Wochenmarkt nicht mehr auf dem Parkplatz am Rathaus statt, sondern auf dem Kirchplatz. Die Händler hatten sich seit Jahren mehr Schatten gewünscht.</p>
<p>Der Markt bleibt bei seinen Zeiten: mittwochs und samstags von sieben bis dreizehn Uhr. Parkplätze gibt es hinter der Sparkasse.</p>
<div class="au7"><img src="/p/lena.jpg" width="64" height="64" alt=""><div class="au7n">Lena Vogt-Hansen</div><a href="/autoren/lena-vogt">Alle Beiträge</a></div></div>)";
    const std::string out = block_text_of(html_page("de", "Der Wochenmarkt zieht auf den Kirchplatz", article));
    CHECK(has(out, "Die Händler hatten sich seit Jahren mehr Schatten gewünscht"));
    CHECK(has(out, "Parkplätze gibt es hinter der Sparkasse"));
    CHECK_FALSE(has(out, "Lena Vogt"));
}
