// The page's title when its <h1> is the site's (a blog's name, a news section) and the post's
// headline a lower heading: the heading that says another part of the <title> than the <h1>,
// after the <h1> and above the article's prose, is the title (metadata_title_part.cpp), and
// the article is chosen under it, not a sidebar's blurb set first by the template. Several
// languages and markups; negatives where the <h1> is the headline and a box's heading says the
// site's part of the <title> (a short <h1> beside a longer part was taken for the site's name).
#include <doctest/doctest.h>

#include <string>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"

using winnow::test::has;

namespace {

winnow::Document cleaned(const std::string& html) {
    winnow::Result r = winnow::clean(html);
    REQUIRE(r.ok());
    return r.document;
}

std::string page(const char* lang, const char* title, const std::string& body) {
    return std::string("<!DOCTYPE html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
           "</title></head><body>" + body + "</body></html>";
}

}  // namespace

TEST_CASE("a blog's name in a linked h1, the post's title in an h3, the profile set first (English, div soup)") {
    const winnow::Document d = cleaned(page("en", "Notes From a Small Harbour Town: Ferry returns after winter repairs", R"(
<div id="header"><h1 class="title"><a href="/">Notes From a Small Harbour Town</a></h1>
<div class="description"><p>I have written about boats, harbours, ferries and the people who work on them for more than twenty years, first for a weekly paper, then for a radio station, and now here, where I keep notes on the town, its tides, its boats and its long winters by the sea.</p></div></div>
<div id="side"><h2>Archive</h2><ul><li><a href="/2024/">2024</a> (12)</li><li><a href="/2023/">2023</a> (40)</li></ul></div>
<div id="main"><div class="post"><h3 class="post-title">Ferry returns after winter repairs</h3>
<div class="post-body">The small ferry that crosses the harbour is running again, after two months in the dry dock at the yard.<br><br>Its owners say the hull was repainted, and the engine, which had failed twice in autumn, was replaced with a new one.<br><br>The first crossing left at seven this morning, with a dozen passengers and two bicycles on board.</div></div></div>)"));
    CHECK(d.meta.title == "Ferry returns after winter repairs");
    const std::string out = winnow::to_text(d);
    CHECK(has(out, "running again, after two months"));
    CHECK_FALSE(has(out, "for more than twenty years"));
}

TEST_CASE("a blog's name in an unlinked h1 of five words, the post in an h2 of an HTML5 article (German)") {
    const winnow::Document d = cleaned(page("de", "Aus dem Alltag eines Stadtgärtners | Die Tomaten sind endlich reif geworden", R"(
<header><h1>Aus dem Alltag eines Stadtgärtners</h1><p>Ein Blog über Beete, Balkone und Brachflächen in der Stadt.</p></header>
<main><article><h2>Die Tomaten sind endlich reif geworden</h2>
<p>Nach einem kühlen Frühsommer sind die Tomaten im Hinterhof endlich reif, zwei Wochen später als im letzten Jahr.</p>
<p>Die Sorte mit den kleinen gelben Früchten hat am meisten getragen, die großen Fleischtomaten dagegen kaum.</p></article></main>
<aside><h2>Über mich</h2><p>Ich gärtnere seit zehn Jahren auf Dächern und in Höfen.</p></aside>)"));
    CHECK(d.meta.title == "Die Tomaten sind endlich reif geworden");
    CHECK(has(winnow::to_text(d), "endlich reif, zwei Wochen später"));
}

TEST_CASE("a news page's section in the h1, the headline in an h2, the <title> of three parts (French)") {
    const winnow::Document d = cleaned(page("fr", "Les bibliothèques de la ville ouvrent le dimanche - Culture et loisirs - Le Petit Courrier", R"(
<div class="rubrique"><h1>Culture et loisirs</h1></div>
<div class="contenu"><h2>Les bibliothèques de la ville ouvrent le dimanche</h2>
<div class="texte"><p>À partir du mois prochain, les trois bibliothèques municipales seront ouvertes le dimanche après-midi.</p>
<p>La mairie a recruté quatre agents pour assurer ces nouvelles heures d'ouverture, a-t-elle annoncé lundi.</p></div></div>)"));
    CHECK(d.meta.title == "Les bibliothèques de la ville ouvrent le dimanche");
}

TEST_CASE("a blog's name in the h1, the post in an h2, a dash between them in the <title> (Russian)") {
    const winnow::Document d = cleaned(page("ru", "Заметки на полях старого города — Новый мост через реку открыт для пешеходов", R"(
<div class="head"><h1>Заметки на полях старого города</h1></div>
<div class="post"><h2>Новый мост через реку открыт для пешеходов</h2>
<div class="text"><p>В субботу открыли новый пешеходный мост через реку, который строили почти два года.</p>
<p>По мосту можно дойти от вокзала до старого рынка за десять минут.</p></div></div>)"));
    CHECK(d.meta.title == "Новый мост через реку открыт для пешеходов");
}

TEST_CASE("a blog's name in the h1, the post in an h2, no spaces to count words by (Japanese)") {
    const winnow::Document d = cleaned(page("ja", "山田の写真日記: 京都の紅葉を見に行きました", R"(
<div id="blog-title"><h1>山田の写真日記</h1></div>
<div class="entry"><h2 class="entry-title">京都の紅葉を見に行きました</h2>
<div class="entry-body"><p>先週末、京都の寺を三つ回って紅葉を見てきました。朝早く出かけたので、まだ人が少なく、ゆっくり写真を撮ることができました。</p>
<p>午後は雨が降り始めたので、喫茶店で休んでから帰りました。</p></div></div>)"));
    CHECK(d.meta.title == "京都の紅葉を見に行きました");
}

TEST_CASE("negative: the h1 is the headline, a sidebar after the article is headed by the longer site name") {
    const winnow::Document d = cleaned(page("en", "Ferry returns to the harbour after repairs | Harbour Town Gazette and Weekly Shipping News for All", R"(
<div id="main"><h1>Ferry returns to the harbour after repairs</h1>
<p>The small ferry that crosses the harbour is running again, after two months in the dry dock at the yard.</p>
<p>Its owners say the hull was repainted, and the engine, which had failed twice in autumn, was replaced.</p></div>
<div id="side"><h2>Harbour Town Gazette and Weekly Shipping News for All</h2><p>Your weekly paper.</p></div>)"));
    CHECK(d.meta.title == "Ferry returns to the harbour after repairs");
}

TEST_CASE("negative: the h1 is the headline, the site's name heads a column set before it (German)") {
    const winnow::Document d = cleaned(page("de", "Die kleine Fähre fährt wieder über den Hafen | Hafenblatt für die Stadt und das ganze Land am Meer", R"(
<div id="links"><h3>Hafenblatt für die Stadt und das ganze Land am Meer</h3><p>Ihre Zeitung am Hafen.</p></div>
<div id="haupt"><h1>Die kleine Fähre fährt wieder über den Hafen</h1>
<p>Nach zwei Monaten in der Werft fährt die kleine Fähre wieder über den Hafen, teilten die Betreiber am Montag mit.</p>
<p>Der Rumpf wurde neu gestrichen und der Motor ersetzt.</p></div>)"));
    CHECK(d.meta.title == "Die kleine Fähre fährt wieder über den Hafen");
}

TEST_CASE("negative: a short h1 headline, the longer site name heading a sidebar after the article (English, HTML5)") {
    const winnow::Document d = cleaned(page("en", "Ferry is back | The Harbour Town Gazette Online", R"(
<main><article><h1>Ferry is back</h1>
<p>The small ferry that crosses the harbour is running again, after two months in the dry dock at the yard.</p>
<p>Its owners say the hull was repainted, and the engine, which had failed twice in autumn, was replaced.</p></article></main>
<aside><h2>The Harbour Town Gazette Online</h2><p>Your weekly paper.</p></aside>)"));
    CHECK(d.meta.title == "Ferry is back");
}

TEST_CASE("negative: a short h1 headline, the site's name heading a column set before it (Spanish, div soup)") {
    const winnow::Document d = cleaned(page("es", "Vuelve el ferry | El Diario del Puerto y la Comarca", R"(
<div class="col-izq"><h3>El Diario del Puerto y la Comarca</h3><p>Su periódico local.</p></div>
<div class="col-der"><h1>Vuelve el ferry</h1>
<p>El pequeño ferry que cruza el puerto vuelve a funcionar tras dos meses en el dique seco del astillero.</p>
<p>Sus dueños dicen que el casco fue pintado y que el motor, que falló dos veces en otoño, fue sustituido.</p></div>)"));
    CHECK(d.meta.title == "Vuelve el ferry");
}
