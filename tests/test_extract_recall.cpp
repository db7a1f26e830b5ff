// What the article must not lose: its own prose under a class name of short chrome. A caption
// describes a picture in a sentence or two, a byline names an author; a paragraph of several
// sentences with no picture in it that a site styles with such a name (an intro in italics, an
// editor's note) is the article's text. Real captions stay out of the text, whatever their length.
#include <doctest/doctest.h>

#include <string>
#include <string_view>

#include <winnow/winnow.hpp>

using namespace winnow;

namespace {

std::string text_of(const std::string& html) {
    Result r = clean(html);
    REQUIRE(r.ok());
    return to_text(r.document);
}

bool has(const std::string& hay, std::string_view needle) { return hay.find(needle) != std::string::npos; }

}  // namespace

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
