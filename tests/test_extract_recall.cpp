// What the article must not lose: its own prose under a class name of short chrome. A caption
// describes a picture in a sentence or two, a byline names an author; a paragraph of several
// sentences with no picture in it that a site styles with such a name (an intro in italics, an
// editor's note) is the article's text. Real captions stay out of the text, whatever their length.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

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

// A short post: a share row, pictures, one paragraph of prose with its links, a list of related
// posts, all in one box dense with links, and a longer comment thread beside it in the region.
// The box's density is its links'; its paragraph is the article.
namespace {

struct ShortPost {
    std::string title, share, prose, related_label;
    std::vector<std::string> related;
    std::string filed;
    std::vector<std::string> comments;
};

std::string short_post_page(const ShortPost& p) {
    std::string h = "<html><head><title>" + p.title + "</title></head><body>\n<div id=\"content\"><div class=\"post\"><h1>" +
                    p.title + "</h1>\n<div class=\"entry\">\n<div class=\"share\">" + p.share + "</div>\n" +
                    "<p><a href=\"/i/1.jpg\"><img src=\"1.jpg\"></a></p><p><a href=\"/i/2.jpg\"><img src=\"2.jpg\"></a></p>\n<p>" +
                    p.prose + "</p>\n<p>" + p.related_label + "</p><ul>\n";
    for (std::size_t i = 0; i < p.related.size(); ++i)
        h += "<li><a href=\"/p/" + std::to_string(i) + "\">" + p.related[i] + "</a></li>\n";
    h += "</ul></div>\n<div class=\"entry-utility\">" + p.filed + "</div></div>\n<div class=\"comments\">\n";
    for (std::size_t i = 0; i < p.comments.size(); ++i)
        h += "<div class=\"comment\"><p>User" + std::to_string(i) + ", 3.5.2012 10:" + std::to_string(10 + i) + "</p><p>" +
             p.comments[i] + "</p></div>\n";
    return h + "</div></div></body></html>";
}

}  // namespace

TEST_CASE("a short post's one paragraph among its links is article text, its link list is not (English, German)") {
    ShortPost en{"More test shots from the new zoom lens",
                 "<a href=\"/s/1\">Share</a> <a href=\"/s/2\">Tweet</a> <a href=\"/s/3\">Pin</a>",
                 "After the <a href=\"/first\">first set of pictures</a> from the new <a href=\"/lens\">zoom lens</a> last "
                 "week, here are a few more that readers sent me from their summer holidays by the sea:",
                 "Related posts:",
                 {"The first sample pictures taken with the new zoom lens",
                  "A wide angle lens for the small camera is coming in spring",
                  "Sample pictures from the new compact camera at night",
                  "Which lens to take on a walking holiday in the mountains",
                  "The new flash unit was shown at the fair this weekend"},
                 "This entry was posted in <a href=\"/c/l\">Lenses</a> and tagged <a href=\"/t/z\">zoom</a>. Bookmark the "
                 "<a href=\"/p\">permalink</a>. Trackbacks are closed, but you can post a comment.",
                 {}};
    for (int i = 0; i < 12; ++i)
        en.comments.push_back("Thank you for posting these, I was waiting to see how the lens does at the long end, and it "
                              "seems fine to me, better than the reviews said, at least in good light.");
    const std::string out_en = text_of(short_post_page(en));
    CHECK(has(out_en, "here are a few more that readers sent me"));
    CHECK_FALSE(has(out_en, "Which lens to take on a walking holiday"));
    CHECK_FALSE(has(out_en, "Thank you for posting these"));

    ShortPost de{"Neue Bilder vom Stadtfest am Hafen",
                 "<a href=\"/s/1\">Teilen</a> <a href=\"/s/2\">Twittern</a> <a href=\"/s/3\">Merken</a>",
                 "Nach den <a href=\"/erste\">ersten Bildern</a> vom <a href=\"/fest\">Stadtfest</a> am Samstag haben uns "
                 "Leserinnen und Leser noch viele weitere Fotos vom Feuerwerk über dem Hafen geschickt:",
                 "Ähnliche Beiträge:",
                 {"Die ersten Bilder vom Stadtfest am Hafen am Samstagabend",
                  "Wo man am Sonntag in der Innenstadt noch parken kann",
                  "Das Programm des Stadtfests für alle drei Tage im Überblick",
                  "Neue Buslinie fährt ab Montag bis zum Hafen und zurück",
                  "Der Wetterbericht für das lange Wochenende an der Küste"},
                 "Dieser Beitrag wurde unter <a href=\"/k/s\">Stadt</a> abgelegt und mit <a href=\"/t/f\">Fest</a> "
                 "verschlagwortet. Setze ein Lesezeichen auf den <a href=\"/p\">Permalink</a>.",
                 {}};
    for (int i = 0; i < 12; ++i)
        de.comments.push_back("Vielen Dank für die schönen Bilder, wir waren selbst am Hafen und das Feuerwerk war in "
                              "diesem Jahr wirklich besonders schön, nur die Musik war etwas zu laut.");
    const std::string out_de = text_of(short_post_page(de));
    CHECK(has(out_de, "noch viele weitere Fotos vom Feuerwerk"));
    CHECK_FALSE(has(out_de, "Wo man am Sonntag in der Innenstadt"));
    CHECK_FALSE(has(out_de, "Vielen Dank für die schönen Bilder"));
}

TEST_CASE("a box of links whose unlinked text is two teasers' summaries stays out (Spanish)") {
    ShortPost es{"Fotos nuevas del mercado del puerto",
                 "<a href=\"/s/1\">Compartir</a> <a href=\"/s/2\">Tuitear</a>",
                 "<a href=\"/n/1\">El mercado del puerto abre los domingos</a> desde este mes, con puestos de fruta, "
                 "pescado y flores, según el ayuntamiento.</p><p><a href=\"/n/2\">La feria del libro vuelve a la plaza "
                 "mayor</a> con más de cien casetas y firmas de autores durante diez días de junio.",
                 "Más noticias:",
                 {"El tiempo para el fin de semana en la costa y el interior",
                  "Cortes de tráfico en el centro por las obras del tranvía",
                  "La piscina municipal abre el sábado con horario de verano",
                  "Los precios del alquiler siguen subiendo en todos los barrios",
                  "El equipo de baloncesto gana el último partido de la liga"},
                 "Publicado en <a href=\"/c/c\">Ciudad</a> el 3 de mayo. Guarda el <a href=\"/p\">enlace permanente</a>. "
                 "Los comentarios están cerrados, pero puedes dejar una respuesta.",
                 {}};
    for (int i = 0; i < 12; ++i)
        es.comments.push_back("Gracias por las fotos, estuvimos en el mercado el domingo por la mañana y había mucha "
                              "gente, pero los puestos de fruta tenían muy buenos precios esta vez.");
    const std::string out = text_of(short_post_page(es));
    CHECK_FALSE(has(out, "El mercado del puerto abre los domingos"));
    CHECK_FALSE(has(out, "Cortes de tráfico en el centro"));
}

TEST_CASE("a paragraph that says a sentence of its own before the links it lists is article text; a label over links is not (French)") {
    const std::string out = text_of(R"(<html><head><title>Le vélo en ville, dix ans après</title></head><body>
<div class="article"><h1>Le vélo en ville, dix ans après</h1>
<p>Il y a dix ans, la ville ouvrait ses premières pistes cyclables le long des quais, et beaucoup d'habitants doutaient que quelqu'un les utilise un jour.</p>
<p>Aujourd'hui, près d'un trajet sur cinq se fait à vélo, selon les comptages de la mairie, et les pistes ne suffisent plus aux heures de pointe.</p>
<p>J'écris sur les transports de la ville dans ce carnet depuis bientôt dix ans, et mes conclusions n'ont guère changé depuis le début : <a href="/a/1">Pourquoi les pistes le long des quais ont changé nos trajets quotidiens</a> – <a href="/a/2">Ce que les comptages de vélos disent vraiment de la circulation</a> – <a href="/a/3">Les rues fermées aux voitures le dimanche, une expérience à prolonger</a> – <a href="/a/4">Le stationnement des vélos devant les gares reste trop rare</a></p>
<p>Lire aussi : <a href="/b/1">La nouvelle ligne de tramway ouvrira au printemps prochain</a> – <a href="/b/2">Les bus de nuit circuleront aussi le dimanche dès janvier</a> – <a href="/b/3">Le prix du ticket de métro augmente de dix centimes</a></p>
<p>La mairie promet de doubler le nombre de places de stationnement pour vélos devant les gares d'ici la fin de l'année prochaine.</p>
</div></body></html>)");
    CHECK(has(out, "mes conclusions n'ont guère changé depuis le début"));
    CHECK(has(out, "près d'un trajet sur cinq"));
    CHECK_FALSE(has(out, "Lire aussi"));
    CHECK_FALSE(has(out, "Les bus de nuit circuleront"));
}

TEST_CASE("a dated log line in a <pre> of a tutorial is the article's example, not a dateline (English, Spanish)") {
    const std::string en = text_of(R"(<html><head><title>Counting errors in server logs</title></head><body>
<article><h1>Counting errors in server logs</h1>
<p>Most servers write one line per event, and a few lines of Python are enough to count the errors among them.</p>
<p>Each line starts with the time of the event and its level, followed by a short message:</p>
<pre>2024-06-18 07:03:41 ERROR disk full on /var/lib</pre>
<p>The script reads the file line by line and keeps only the lines that carry a level word.</p>
</article></body></html>)");
    CHECK(has(en, "2024-06-18 07:03:41 ERROR disk full on /var/lib"));
    const std::string es = text_of(R"(<html><head><title>Leer los registros del servidor</title></head><body>
<article><h1>Leer los registros del servidor</h1>
<p>Cada servidor escribe una línea por evento, y basta un programa corto para contar los errores.</p>
<p>Una línea típica empieza con la fecha y la hora, como esta:</p>
<pre><code>12 marzo 2024 09:15 WARN cola llena</code></pre>
<p>El programa lee el archivo línea por línea y cuenta los niveles al final.</p>
</article></body></html>)");
    CHECK(has(es, "12 marzo 2024 09:15 WARN cola llena"));
}
