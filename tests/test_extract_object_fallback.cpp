// A plugin's <object> shows its children when the plugin cannot run (HTML's fallback content),
// and no browser runs Flash any more: a video's caption of prose set there is what a reader
// sees, and stays with the article; a one-line notice in the same place does not make the
// object text. English, German and Portuguese; classic and nested <object> markup.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

using winnow::test::has;
using winnow::test::html_page;
using winnow::test::text_of;

TEST_CASE("a video's caption in its <object> fallback stays with the article") {
    SUBCASE("en, nested objects (the classic Flash embed)") {
        const std::string t = text_of(html_page("en", "Council votes on the river path", R"HTML(<div class="nav"><a href="/">Home</a> <a href="/local">Local</a></div>
<div class="post"><h1>Council votes on the river path</h1>
<p>The council voted on Tuesday night to finish the path along the river by next summer, after three years of delays and two failed tenders.</p>
<object width="620" height="362" classid="clsid:D27CDB6E-AE6D-11cf-96B8-444553540000"><param name="movie" value="/v/81.swf"><object data="/v/81.swf" type="application/x-shockwave-flash" width="620" height="362">
<div class="player"><img src="/v/81.jpg"><div class="status"><p>This video cannot be played on your device.</p></div><p>The mayor and two residents walk the unfinished stretch below the old mill and explain why the path matters to the families who live along the water.</p></div>
</object></object>
<p>Work on the last section starts in March, and the bridge over the canal will be closed for six weeks while its railings are replaced.</p></div>
<div class="ft">© 2024 Riverside News</div>)HTML"));
        CHECK(has(t, "The council voted on Tuesday night"));
        CHECK(has(t, "The mayor and two residents walk the unfinished stretch"));
        CHECK(has(t, "Work on the last section starts in March"));
        CHECK_FALSE(has(t, "cannot be played on your device"));  // the player's notice beside the caption
    }
    SUBCASE("de, a notice only: the object goes") {
        const std::string t = text_of(html_page("de", "Neue Buslinie ab Montag", R"HTML(<div class="post"><h1>Neue Buslinie ab Montag</h1>
<p>Ab Montag fährt die neue Linie 14 alle zwanzig Minuten vom Bahnhof bis zum Klinikum, auch am Wochenende und an Feiertagen.</p>
<object data="/v/14.swf" type="application/x-shockwave-flash"><p>Für dieses Video wird Flash benötigt.</p></object>
<p>Die Haltestellen am Marktplatz und an der Schule werden dafür verlegt und barrierefrei ausgebaut.</p></div>)HTML"));
        CHECK(has(t, "Ab Montag fährt die neue Linie 14"));
        CHECK(has(t, "Die Haltestellen am Marktplatz"));
        CHECK_FALSE(has(t, "Flash benötigt"));
    }
    SUBCASE("pt, one object with its caption in a <div>") {
        const std::string t = text_of(html_page("pt", "A feira volta ao centro", R"HTML(<article><h1>A feira volta ao centro</h1>
<p>Depois de dois anos no estacionamento do estádio, a feira de sábado volta à praça central com mais de cem bancas de produtores da região.</p>
<object data="/v/feira.mp4" type="video/mp4" width="640" height="360"><div class="legenda"><p>Os feirantes montam as bancas antes do amanhecer e contam o que mudou desde que a feira saiu da praça, há dois anos, por causa das obras.</p></div></object>
<p>A prefeitura promete reforçar a limpeza e o policiamento nas manhãs de sábado.</p></article>)HTML"));
        CHECK(has(t, "Os feirantes montam as bancas antes do amanhecer"));
        CHECK(has(t, "A prefeitura promete reforçar a limpeza"));
    }
}
