// What the article must not lose: its own prose under a class name of short chrome. A caption
// describes a picture in a sentence or two, a byline names an author; a paragraph of several
// sentences with no picture in it that a site styles with such a name (an intro in italics, an
// editor's note) is the article's text. Real captions stay out of the text, whatever their length.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"

using namespace winnow;

using winnow::test::has;
using winnow::test::text_of;

TEST_CASE("an intro paragraph of several sentences named like a caption is article text (English, blog)") {
    const std::string out = text_of(R"(<html><head><title>Day 4: up the river by boat | My travels</title></head><body>
<div class="content-main"><h3 class="title">Day 4: up the river by boat</h3>
<p class="caption">If you are wondering whether I will ever finish writing about this trip, the answer is yes. It just takes me a while! I kept notes every evening, so nothing is lost. For the start of the story, see the first post of the series, and please tell me if I got a place name wrong.</p>
<p>The boat left the pier at nine, and the captain told us the river was higher than usual for the season, after a week of rain in the hills.</p>
<p>We passed three villages, each with a small church and a landing stage, and stopped at the last one for lunch in a garden by the water.</p>
</div></body></html>)");
    CHECK(has(out, "the answer is yes"));
    CHECK(has(out, "please tell me if I got a place name wrong"));
    CHECK(has(out, "The boat left the pier at nine"));
}

TEST_CASE("an editor's note in a text box named like a byline is article text (German)") {
    const std::string out = text_of(R"(<html><head><title>Neue Brücke über den Kanal</title></head><body>
<div class="article"><h1>Neue Brücke über den Kanal</h1>
<div class="byline-note">Dieser Text erschien zuerst in unserer Samstagsausgabe. Wir haben ihn am Montag um die Antwort der Stadt ergänzt. Die Zahlen stammen aus dem Haushaltsplan des laufenden Jahres. Leserbriefe zu diesem Thema drucken wir in der nächsten Ausgabe.</div>
<p>Die Stadt baut im kommenden Jahr eine neue Brücke über den Kanal, die Fußgänger und Radfahrer nutzen sollen, und schließt damit eine Lücke im Wegenetz.</p>
<p>Die Kosten liegen nach Angaben der Verwaltung bei vier Millionen Euro, von denen das Land die Hälfte übernimmt, wie der Bürgermeister am Dienstag sagte.</p>
</div></body></html>)");
    CHECK(has(out, "Dieser Text erschien zuerst in unserer Samstagsausgabe."));
    CHECK(has(out, "Die Zahlen stammen aus dem Haushaltsplan"));
    CHECK(has(out, "eine neue Brücke über den Kanal"));
}

TEST_CASE("a long caption of one sentence, with abbreviations and a date, stays out (English)") {
    // "Co." and "Nov. 13" are not sentence ends: one sentence, a caption.
    const std::string out = text_of(R"(<html><head><title>Airline orders thirty new jets</title></head><body>
<div class="article-body"><h1>Airline orders thirty new jets</h1>
<div class="inline-image"><img src="jet.jpg" alt=""></div>
<div class="inline-image-caption">The prime minister, center, passes a Bigplane Co. 700-10 passenger aircraft, operated by the national airline, during the air show at the new airport outside the capital, on Monday, Nov. 13, 2017, in front of a crowd.</div>
<p>The national airline has agreed to buy thirty long-range jets, executives of both companies said on Wednesday at the air show, in a deal worth billions.</p>
<p>The order comes in addition to five sales earlier this week, and sets up the airline to replace its oldest planes over the next six years.</p>
</div></body></html>)");
    CHECK(has(out, "agreed to buy thirty long-range jets"));
    CHECK_FALSE(has(out, "passes a Bigplane Co."));
}

TEST_CASE("a caption box with its picture inside stays out however many sentences it has (French)") {
    const std::string out = text_of(R"(<html><head><title>Le port de pêche fête ses cent ans</title></head><body>
<div class="article"><h1>Le port de pêche fête ses cent ans</h1>
<div class="wp-caption"><img src="port.jpg" alt=""><p class="caption-text">Le port en 1925. Les bateaux à voile sont encore nombreux. Photo archives municipales. Collection privée.</p></div>
<p>Le petit port de pêche de la commune fête cette année ses cent ans, avec une exposition de photographies anciennes et une fête sur les quais.</p>
<p>Les pêcheurs, qui étaient plus de deux cents autrefois, ne sont plus qu'une trentaine, mais la criée reste ouverte tous les matins.</p>
</div></body></html>)");
    CHECK(has(out, "fête cette année ses cent ans"));
    CHECK_FALSE(has(out, "Les bateaux à voile sont encore nombreux"));
}

TEST_CASE("an editor's note named like a caption, ended by ideographic full stops, is article text (Japanese)") {
    const std::string out = text_of(R"(<html><head><title>駅前に新しい図書館が開館</title></head><body>
<div class="article"><h1>駅前に新しい図書館が開館</h1>
<p class="lead-caption">この記事は土曜版に掲載したものです。月曜日に市の回答を加えました。数字は今年度の予算案によるものです。読者の皆さまのご意見をお待ちしています。ご意見は編集部までお寄せください。記事の内容は掲載時点のものであり、その後に状況が変わっている場合があります。写真や図表の無断転載はご遠慮ください。引用する場合は出典を明記してください。訂正がある場合は、この欄でお知らせします。今後とも本紙をよろしくお願いいたします。</p>
<p>駅前に新しい市立図書館が開館し、初日から多くの市民が訪れた。館内には子ども向けの読書室や自習室が設けられ、夜九時まで利用できる。市によると、開館初日の来館者は三千人を超えたという。</p>
<p>図書館の建設費は約二十億円で、その半分は国の補助金でまかなわれた。市長は記念式典で、市民の学びの場として長く親しまれる施設にしたいと述べた。</p>
<p>新しい図書館の蔵書は約三十万冊で、旧館の二倍にあたる。外国語の本や雑誌も多くそろえ、駅を利用する通勤客や学生にも使いやすいよう、平日は朝八時から開館する。館長は、本を借りるだけでなく、人が集まり、話し合える場所にしたいと話している。</p>
</div></body></html>)");
    CHECK(has(out, "月曜日に市の回答を加えました。"));
    CHECK(has(out, "駅前に新しい市立図書館が開館し"));
}

// The other side of the region's edge: a line of the page's tags or categories, links marked
// rel="tag" under a short label in any language, is an index, not the article's text.
TEST_CASE("a line of rel=tag links under a label is left out, in any language; a sentence linking a tag stays") {
    const std::string en = text_of(R"(<html><head><title>City council approves the new bus lanes</title></head><body>
<div class="post"><div class="entry-content"><h1>City council approves the new bus lanes</h1>
<p>The city council approved four new bus lanes on Tuesday, after a debate that lasted most of the evening and drew a large crowd of residents.</p>
<p>Work on the first lane starts in March, and the others follow over the summer, the transport committee said. We wrote about <a href="/tag/buses" rel="tag">buses</a> last week, when the plan was first shown to the public.</p>
<div class="post-meta"><span class="categories">Filed under: <a href="/c/council" rel="category tag">Council</a></span></div></div></div>
</body></html>)");
    CHECK(has(en, "approved four new bus lanes"));
    CHECK(has(en, "We wrote about buses last week"));
    CHECK_FALSE(has(en, "Filed under"));

    const std::string de = text_of(R"(<html><head><title>Neue Radwege in der Innenstadt</title></head><body>
<article><div class="text"><h1>Neue Radwege in der Innenstadt</h1>
<p>Die Stadt hat am Dienstag beschlossen, in der Innenstadt vier neue Radwege zu bauen, nachdem der Rat bis spät in den Abend darüber beraten hatte.</p>
<p>Die Arbeiten am ersten Weg beginnen im März, die übrigen folgen im Sommer, teilte der Verkehrsausschuss mit, der die Pläne schon im Herbst vorgestellt hatte.</p>
<div class="info">Weitere Artikel zum Schlagwort <a href="/t/rad" rel="tag">Radverkehr</a></div>
</div></article></body></html>)");
    CHECK(has(de, "vier neue Radwege zu bauen"));
    CHECK_FALSE(has(de, "Schlagwörter"));
    CHECK_FALSE(has(de, "Weitere Artikel"));

    const std::string es = text_of(R"(<html><head><title>Abre la nueva biblioteca del barrio</title></head><body>
<div class="nota"><h1>Abre la nueva biblioteca del barrio</h1>
<p>La nueva biblioteca del barrio abrió sus puertas el lunes, con una sala infantil, un aula de estudio y un horario que llega hasta las nueve de la noche.</p>
<p>El ayuntamiento invirtió dos millones de euros en la obra, la mitad de ellos aportados por la comunidad autónoma, según explicó la alcaldesa en la inauguración.</p>
<p>Publicado en la sección <a href="/e/barrios" rel="tag">Barrios</a></p>
</div></body></html>)");
    CHECK(has(es, "abrió sus puertas el lunes"));
    CHECK_FALSE(has(es, "Publicado en la sección"));
}
