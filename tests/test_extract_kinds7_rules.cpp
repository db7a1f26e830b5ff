// Rules of the seventh round of page kinds (tests/test_extract_kinds7.cpp), each on pages of
// several languages and markups, with what they leave alone.
//
// - An author's profile after the article whose heading says more than the name ("About …",
//   "Über die Autorin: …", "Об авторе …") over a paragraph that opens with that name is the
//   writer's profile (extract_author_card.cpp): on main only a heading of the name alone was.
// - A box of an icon, a short title line and a sentence in elements of their own is a card, not
//   a captioned picture (caption_text.cpp): on main its text became the icon's caption, which
//   the text output leaves out.
// - A grid of such cards (three or more of one kind, no links) after a short lead is the page's
//   text with the lead (extract_card_grid.cpp): on main the hero won alone.
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

namespace {

using winnow::test::has;
using winnow::test::text_of;

}  // namespace

TEST_CASE("a writer's profile after the article, headed by a label and the name its paragraph opens with, goes; the article stays") {
    SUBCASE("de: <aside> of a portrait, an <h4> 'Über die Autorin: NAME' and a <p>") {
        const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Warum Hochbeete im Herbst befüllt werden | Gartenzeit</title></head><body><header><a href="/">Gartenzeit</a><nav><a href="/gemuese">Gemüse</a><a href="/balkon">Balkon</a></nav></header>
<main><div class="post"><h1>Warum Hochbeete im Herbst befüllt werden</h1>
<p>Wer sein Hochbeet im Oktober befüllt, gibt den groben Schichten den Winter Zeit, sich zu setzen und zu verrotten.</p>
<p>Im Frühjahr muss dann nur noch eine Handbreit Kompost nachgefüllt werden, bevor die ersten Salate gepflanzt werden.</p>
<aside class="autor"><img src="/a/ms.jpg"><h4>Über die Autorin: Maren Stolte</h4><p>Maren Stolte ist gelernte Gärtnerin und bewirtschaftet seit zwanzig Jahren einen Schrebergarten am Stadtrand von Hannover. Sie schreibt über Gemüseanbau ohne Chemie, über alte Sorten und über die kleinen Fehler, die jeder im ersten Gartenjahr macht, und gibt Kurse an der Volkshochschule.</p></aside>
</div></main><footer><a href="/impressum">Impressum</a> © Gartenzeit</footer></body></html>
)HTML");
        CHECK(has(out, "Wer sein Hochbeet im Oktober befüllt"));
        CHECK(has(out, "Im Frühjahr muss dann nur noch"));
        CHECK_FALSE(has(out, "ist gelernte Gärtnerin"));
        CHECK_FALSE(has(out, "Über die Autorin"));
    }
    SUBCASE("ru: div soup, a portrait, a line 'Об авторе NAME' and a text <div>") {
        const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Как выбрать палатку для первого похода — Тропа</title></head><body><div class="m"><a href="/">Тропа</a> <a href="/snaryazhenie">Снаряжение</a> <a href="/marshruty">Маршруты</a></div>
<div class="c"><div class="c1">Как выбрать палатку для первого похода</div>
<div class="c2">Для первого похода не нужна дорогая экспедиционная палатка. Важнее, чтобы она быстро ставилась и выдерживала дождь.</div>
<div class="c2">Посмотрите на вес, высоту водяного столба тента и на то, сколько входов у палатки: с двумя входами ночью не придётся перелезать через соседа.</div>
<div class="c3"><img src="/i/a.jpg"><div class="c4">Об авторе Андрей Соколов</div><div class="c5">Андрей Соколов — инструктор по пешему туризму из Екатеринбурга. Он водит группы по Уралу и Алтаю больше пятнадцати лет, испытывает снаряжение в любую погоду и рассказывает в этом блоге о том, что действительно пригодится новичкам в походе.</div></div></div>
<div class="f"><a href="/kontakty">Контакты</a> © Тропа</div></body></html>
)HTML");
        CHECK(has(out, "Для первого похода не нужна"));
        CHECK(has(out, "Посмотрите на вес"));
        CHECK_FALSE(has(out, "инструктор по пешему туризму"));
        CHECK_FALSE(has(out, "Об авторе"));
    }
}

TEST_CASE("left alone: a portrait box in the article whose paragraph does not open with the name its line says") {
    const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The last ferryman of Loch Brae | North Letters</title></head><body><nav><a href="/">North Letters</a> <a href="/people">People</a></nav>
<main><div class="story"><h1>The last ferryman of Loch Brae</h1>
<p>For forty years the only way across Loch Brae without a two-hour drive was a wooden boat and the man who rowed it.</p>
<p>The council replaced the crossing with a bridge in the spring, and the boat now lies upturned on the shingle.</p>
<div class="profile"><img src="/p/rowan.jpg"><div class="pname">Meet Rowan Gillies</div><p>He first took the oars at fourteen, when his father's back gave out, and rowed every day the weather allowed until the bridge opened. He knew every rock under the water and never lost a passenger, though he once fished a minister out of the loch in January.</p></div>
<p>The village will hold a farewell for the boat in June.</p></div></main><footer><a href="/about">About</a> © North Letters</footer></body></html>
)HTML");
    CHECK(has(out, "He first took the oars at fourteen"));
    CHECK(has(out, "The village will hold a farewell"));
}

TEST_CASE("feature cards (an icon, a title line, a sentence, no links) after a hero's lead are the page's text, not captions") {
    SUBCASE("de: div soup, the icons loose in each card") {
        const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Praxis Dr. Weiland – Zahnmedizin in Lüneburg</title></head><body><div class="q1"><a href="/">Praxis Dr. Weiland</a> <a href="/team">Team</a> <a href="/leistungen">Leistungen</a> <a href="/kontakt">Kontakt</a></div>
<div class="q2"><div class="q3">Zahnmedizin mit Ruhe und Zeit</div><div class="q4">Wir nehmen uns für jede Behandlung die Zeit, die sie braucht, und erklären Ihnen jeden Schritt vorher in Ruhe.</div></div>
<div class="q5"><div class="q6"><img src="/i/a.svg"><div class="q7">Prophylaxe</div><div class="q8">Zweimal im Jahr entfernen unsere Fachkräfte Beläge und Verfärbungen gründlich und schonend.</div></div>
<div class="q6"><img src="/i/b.svg"><div class="q7">Angstpatienten</div><div class="q8">Auf Wunsch behandeln wir unter Lachgas oder in kurzer Vollnarkose mit einem erfahrenen Anästhesisten.</div></div>
<div class="q6"><img src="/i/c.svg"><div class="q7">Implantate</div><div class="q8">Fehlende Zähne ersetzen wir mit Titan- oder Keramikimplantaten, geplant am dreidimensionalen Röntgenbild.</div></div>
<div class="q6"><img src="/i/d.svg"><div class="q7">Kinderzahnheilkunde</div><div class="q8">Kleine Patienten lernen bei uns spielerisch das Zähneputzen und verlieren die Scheu vor dem Stuhl.</div></div></div>
<div class="q9"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> © 2024</div></body></html>
)HTML");
        CHECK(has(out, "Wir nehmen uns für jede Behandlung die Zeit"));
        CHECK(has(out, "Prophylaxe"));
        CHECK(has(out, "Zweimal im Jahr entfernen unsere Fachkräfte"));
        CHECK(has(out, "Kleine Patienten lernen bei uns spielerisch"));
        CHECK_FALSE(has(out, "Impressum"));
    }
    SUBCASE("ja: the sentences close on 。") {
        const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>みどり整骨院｜サービス紹介</title></head><body><div class="hd"><a href="/">みどり整骨院</a> <a href="/access">アクセス</a> <a href="/yoyaku">ご予約</a></div>
<div class="mv"><div class="mv-t">からだの痛みに、ていねいに向き合います</div><div class="mv-d">駅から徒歩三分の整骨院です。肩こりや腰痛、スポーツのけがまで、国家資格を持つ施術者が一人ひとりに合わせて施術します。</div></div>
<div class="sv"><div class="sv-i"><img src="/s/1.png"><div class="sv-n">骨盤矯正</div><div class="sv-x">産後の骨盤のゆがみを整え、腰痛や姿勢の悩みを根本から改善します。</div></div>
<div class="sv-i"><img src="/s/2.png"><div class="sv-n">スポーツ外傷</div><div class="sv-x">ねんざや肉離れなど、部活動や趣味のスポーツで起きたけがを早期回復へ導きます。</div></div>
<div class="sv-i"><img src="/s/3.png"><div class="sv-n">交通事故治療</div><div class="sv-x">むち打ちなどの症状に対応し、保険会社とのやり取りについてもご相談に応じます。</div></div></div>
<div class="ft"><a href="/privacy">個人情報保護方針</a> © みどり整骨院</div></body></html>
)HTML");
        CHECK(has(out, "駅から徒歩三分の整骨院です"));
        CHECK(has(out, "産後の骨盤のゆがみを整え"));
        CHECK(has(out, "むち打ちなどの症状に対応し"));
        CHECK_FALSE(has(out, "個人情報保護方針"));
    }
}

TEST_CASE("left alone: a picture over a caption sentence and its credit line stays a captioned picture") {
    const std::string html = R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Floods close the river road | Valley Times</title></head><body><nav><a href="/">Valley Times</a> <a href="/news">News</a></nav>
<div class="story"><h1>Floods close the river road</h1>
<p>The river road between Millbrook and Ashford was closed on Tuesday after two days of rain pushed the water over its banks at three places.</p>
<div class="media"><img src="/p/flood.jpg"><div class="cap">A van waits at the closed bridge in Millbrook on Tuesday morning.</div><div class="credit">Photo: Sam Ortega</div></div>
<p>The county expects to reopen the road on Friday once engineers have checked the embankment near the old mill, where the water undercut the verge.</p>
<p>Drivers are asked to use the hill road through Kemble, which adds about fifteen minutes to the journey.</p></div>
<footer><a href="/about">About us</a> © Valley Times</footer></body></html>
)HTML";
    const std::string out = text_of(html);
    CHECK(has(out, "The county expects to reopen the road"));
    CHECK_FALSE(has(out, "A van waits at the closed bridge"));  // a caption: the text output leaves it out
    CHECK(has(winnow::test::block_text_of(html), "A van waits at the closed bridge"));
}

TEST_CASE("left alone: teasers of linked headlines over a sentence after a short lead stay out") {
    const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour Arts Festival</title></head><body><nav><a href="/">Harbour Arts</a> <a href="/programme">Programme</a></nav>
<div class="top"><div class="top-t">Harbour Arts Festival</div><div class="top-d">Ten days of music, theatre and open studios along the old harbour, from the 4th to the 14th of July.</div></div>
<div class="news"><div class="n"><a href="/n/1">Programme announced for this summer</a><div>Forty artists from twelve countries will perform on four stages this year.</div></div>
<div class="n"><a href="/n/2">Volunteers wanted for the festival week</a><div>Help us with tickets, stages and information points and get a free pass.</div></div>
<div class="n"><a href="/n/3">New venue opens in the old fish market</a><div>The restored hall will host the late-night concerts for the first time.</div></div></div>
<div class="f"><a href="/contact">Contact</a> © 2024</div></body></html>
)HTML");
    CHECK(has(out, "Ten days of music, theatre and open studios"));
    CHECK_FALSE(has(out, "Forty artists from twelve countries"));
    CHECK_FALSE(has(out, "The restored hall will host"));
}
