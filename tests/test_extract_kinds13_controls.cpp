// Page kinds of issue 18, thirteenth round (kinds10_util.hpp: each page as written and class-blind):
// a form control's label left without its control. The prune stage removes <select> and <input>;
// the short line that named one (a Q&A page's "Sorted by:" over its answers) stayed behind and
// says nothing alone (en, de div soup, ru HTML5, ja full-width colon). A sentence closed by a
// colon before a list is no such label. Written from how these systems mark pages up, not from
// any test data.

#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("en: Q&A page, \"Sorted by:\" over a <select> in the answers' header; a sentence closed by a colon before a list stays") {
    check({"k13_en_sort_label", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>How do I stop my cast iron pan from rusting? - Home Cooking Answers</title></head>
<body class="question-page">
<header class="top-bar"><a class="logo" href="/">Home Cooking Answers</a><ol class="top-nav"><li><a href="/questions">Questions</a></li><li><a href="/tags">Tags</a></li></ol></header>
<div id="content">
<div id="question-header"><h1><a href="/q/4410">How do I stop my cast iron pan from rusting?</a></h1></div>
<div id="mainbar">
<div class="question"><div class="postcell"><div class="s-prose js-post-body"><p>I wash my cast iron pan with water after cooking and dry it with a towel, but every few days orange spots appear on the bottom. What am I doing wrong, and can the pan still be used?</p></div></div></div>
<div id="answers"><div id="answers-header"><h2>2 Answers</h2><div class="answers-sort">Sorted by: <select id="answer-sort"><option>Highest score (default)</option><option>Date modified (newest first)</option></select></div></div>
<div class="answer"><div class="answercell"><div class="s-prose js-post-body"><p>A towel never gets the pan fully dry. After washing, put it back on the burner for a minute or two until every trace of water has gone, then wipe a few drops of oil over the inside while it is still warm.</p><p>The rust you have now is only on the surface. Scrub it off with steel wool, rinse, dry on the heat and season the pan again in the oven. You will need:</p><ul><li>a pad of steel wool</li><li>a few drops of vegetable oil</li></ul></div></div></div>
<div class="answer"><div class="answercell"><div class="s-prose js-post-body"><p>Also store it somewhere dry with the lid off. A closed cupboard above the kettle keeps steam on the metal for hours.</p></div></div></div>
</div></div></div>
<footer class="site-footer"><p>Site design © 2024 Home Cooking Answers · <a href="/legal">Legal</a></p></footer>
</body></html>)HTML",
           {"orange spots appear on the bottom", "A towel never gets the pan fully dry", "season the pan again in the oven. You will need:", "a pad of steel wool", "A closed cupboard above the kettle"},
           {"Sorted by:", "Highest score", "Site design"}});
}

TEST_CASE("de: div soup without classes, \"Sortieren nach:\" and its <select> between the question and the answers") {
    check({"k13_de_sort_label", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Warum tropft mein Wasserhahn nach dem Dichtungswechsel? – Heimwerker-Fragen</title></head>
<body>
<div><a href="/">Heimwerker-Fragen</a> <a href="/fragen">Alle Fragen</a> <a href="/anmelden">Anmelden</a></div>
<div>
<h1>Warum tropft mein Wasserhahn nach dem Dichtungswechsel?</h1>
<div><p>Ich habe am Wochenende die Dichtung in unserem alten Küchenwasserhahn getauscht, weil er ständig getropft hat. Jetzt tropft er genauso wie vorher, nur etwas langsamer. Habe ich die falsche Dichtung gekauft?</p></div>
<div><div><b>2 Antworten</b></div><div>Sortieren nach: <select><option>Bewertung</option><option>Datum</option></select></div></div>
<div><p>Wahrscheinlich ist nicht die Dichtung schuld, sondern der Ventilsitz darunter. Wenn der Sitz Riefen oder Kalkablagerungen hat, drückt auch eine neue Dichtung nicht sauber dagegen.</p><p>Mit einem Ventilsitzfräser aus dem Baumarkt lässt sich der Sitz in ein paar Minuten nachschleifen. Danach sollte der Hahn wieder dicht sein.</p></div>
<div><p>Prüf auch, ob du die Dichtung mit der richtigen Seite nach unten eingesetzt hast. Bei manchen Modellen ist sie nicht symmetrisch.</p></div>
</div>
<div><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></div>
</body></html>)HTML",
           {"Habe ich die falsche Dichtung gekauft?", "sondern der Ventilsitz darunter", "Bei manchen Modellen ist sie nicht symmetrisch"},
           {"Sortieren nach:", "Impressum"}});
}

TEST_CASE("ru: HTML5 <section> of answers, \"Сортировка:\" in a <p> with its <select>") {
    check({"k13_ru_sort_label", R"HTML(<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Почему тесто для пельменей рвётся при лепке? — Вопросы о кулинарии</title></head>
<body>
<header><a href="/">Вопросы о кулинарии</a><nav><a href="/questions/">Вопросы</a> <a href="/tags/">Метки</a></nav></header>
<main>
<article><h1>Почему тесто для пельменей рвётся при лепке?</h1>
<p>Замешиваю тесто на воде и муке, как учила бабушка, но при лепке оно рвётся по краям, и пельмени разваливаются при варке. Что я делаю не так?</p></article>
<section><div><h2>Ответы (2)</h2><p>Сортировка: <select><option>по рейтингу</option><option>по дате</option></select></p></div>
<article><p>Скорее всего, тесто слишком крутое и не успело отдохнуть. Добавьте в него одно яйцо и немного растительного масла, а после замеса оставьте под миской минут на сорок, чтобы клейковина расслабилась.</p><p>Раскатывайте тонко, но не до прозрачности, и подсыпайте муку только на стол, а не в само тесто.</p></article>
<article><p>Ещё попробуйте заварное тесто: часть муки заварите кипятком. Оно гораздо пластичнее и почти не рвётся.</p></article>
</section>
</main>
<footer><p>© 2024 Вопросы о кулинарии · <a href="/rules/">Правила</a></p></footer>
</body></html>)HTML",
           {"при лепке оно рвётся по краям", "чтобы клейковина расслабилась", "Оно гораздо пластичнее и почти не рвётся"},
           {"Сортировка:", "по рейтингу", "Правила"}});
}

TEST_CASE("ja: answers' header with a full-width colon (並び替え：) before its <select>") {
    check({"k13_ja_sort_label", R"HTML(<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>観葉植物の葉先が茶色くなるのはなぜですか？ - 園芸Q&amp;A</title></head>
<body>
<div class="header"><a href="/" class="logo">園芸Q&amp;A</a><ul class="nav"><li><a href="/questions/">質問一覧</a></li><li><a href="/login/">ログイン</a></li></ul></div>
<div class="main">
<div class="question"><h1 class="question-title">観葉植物の葉先が茶色くなるのはなぜですか？</h1>
<div class="question-body"><p>リビングでパキラを育てていますが、最近いくつかの葉の先が茶色く枯れてきました。水やりは土が乾いてからしているつもりです。原因と対策を教えてください。</p></div></div>
<div class="answers"><div class="answers-head"><h2>回答 2件</h2><div class="answers-order">並び替え：<select><option>評価順</option><option>新着順</option></select></div></div>
<div class="answer"><div class="answer-body"><p>葉先だけが茶色くなるのは、空気の乾燥が原因のことが多いです。エアコンの風が直接当たる場所に置いていないか確認してください。</p><p>霧吹きで葉に水をかける葉水を一日一回すると、かなり改善します。枯れた部分は葉の形に沿ってはさみで切り取って大丈夫です。</p></div></div>
<div class="answer"><div class="answer-body"><p>肥料のあげすぎでも同じ症状が出ます。最近肥料を増やしていないか見直してみてください。</p></div></div>
</div></div>
<div class="footer">© 園芸Q&amp;A <a href="/terms/">利用規約</a></div>
</body></html>)HTML",
           {"原因と対策を教えてください", "エアコンの風が直接当たる場所", "最近肥料を増やしていないか見直してみてください"},
           {"並び替え", "評価順", "利用規約"}});
}
