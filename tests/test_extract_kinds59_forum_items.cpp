// Page kinds of issue 18 (kinds10_util.hpp: each page as written and class-blind): a forum thread
// whose posts are list items. Each post is its paragraphs, not one list line: an item is built
// like a post even when extraction dropped its writer line and left one paragraph (list_layout).
// A signature under a single post goes without a second post to repeat it when it carries a
// signature's own marks: the mail delimiter ("-- Nina") or a row of three short fields parted by
// one mark ("Gwen · Riding since 2009 · Leeds"), in a box of its own at the post's end. A closing
// sentence of the post ("Thanks in advance!") and a field row inside the prose stay.
// <ol> of div soup items (en), HTML5 <li> with <header> (ru), <ul> with named classes (ja), div
// posts of a board (es, a variant: not a list). Written from how boards mark pages up, not from
// any test data.

#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("en: <ol> of posts, a writer line each, one post signed with a field row") {
    check({"k59_en_forum_ol", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bike chain keeps slipping on the smallest cog - Cycle Talk</title></head>
<body>
<div><a href="/">Cycle Talk</a> <a href="/forums">Forums</a> <a href="/members">Members</a> <a href="/login">Log in</a></div>
<div>
<h1>Bike chain keeps slipping on the smallest cog</h1>
<ol>
<li><div><a href="/m/gwen">gwen_r</a> <span>Posted 2 June 2024, 18:20</span></div>
<p>Since I replaced the chain last week it jumps every time I pedal hard in the highest gear. The other gears are fine. The cassette is about three years old.</p>
<p>Do I need a new cassette as well, or can the derailleur be adjusted?</p>
<div>Gwen · Riding since 2009 · Leeds</div></li>
<li><div><a href="/m/spokes">spokes</a> <span>Posted 2 June 2024, 19:02</span></div>
<p>A new chain on a worn cog almost always slips, and the smallest cog wears fastest because it has the fewest teeth. Replace the cassette; adjusting will not help.</p></li>
<li><div><a href="/m/gwen">gwen_r</a> <span>Posted 5 June 2024, 08:41</span></div>
<p>New cassette fitted this morning and the slipping has stopped completely. Thanks for saving me an afternoon of fiddling with the barrel adjuster.</p></li>
<li><div><a href="/m/mechmike">mechmike</a> <span>Posted 5 June 2024, 09:15</span></div>
<p>Glad it worked. Next time measure the chain every few months with a checker and you can keep the cassette going much longer.</p></li>
</ol>
</div>
<div><p>© 2024 Cycle Talk · <a href="/rules">Rules</a></p></div>
</body></html>)HTML",
           {"The cassette is about three years old.", "Do I need a new cassette as well", "the smallest cog wears fastest", "the slipping has stopped completely",
            "measure the chain every few months"},
           {"three years old. Do I need", "Riding since 2009", "Posted 2 June 2024", "Members", "Rules"}});
}

TEST_CASE("ru: HTML5 <li> posts with a <header> line, one post signed with the mail delimiter") {
    check({"k59_ru_forum_ul", R"HTML(<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Как отмыть чугунную сковороду от ржавчины — Кулинарный форум</title></head>
<body>
<header><a href="/">Кулинарный форум</a><nav><a href="/forums">Разделы</a> <a href="/login">Вход</a></nav></header>
<main>
<h1>Как отмыть чугунную сковороду от ржавчины</h1>
<ul>
<li><header><a href="/u/nina">Нина К.</a> <time>3 марта 2024, 12:10</time></header>
<p>Нашла на даче бабушкину чугунную сковороду, вся в рыжих пятнах ржавчины. Выбрасывать жалко, она ещё крепкая.</p>
<p>Можно ли её спасти и как потом ухаживать?</p>
<div>-- Нина, готовлю на чугуне с 1998 года</div></li>
<li><header><a href="/u/povar">Повар Саныч</a> <time>3 марта 2024, 13:45</time></header>
<p>Спасти можно. Отчистите ржавчину металлической губкой с содой, промойте, хорошо высушите на огне и прокалите с тонким слоем масла около часа в духовке.</p></li>
<li><header><a href="/u/olga">Ольга</a> <time>4 марта 2024, 09:02</time></header>
<p>Главное потом не оставлять её мокрой и не мыть в посудомоечной машине, иначе ржавчина вернётся через пару дней.</p></li>
</ul>
</main>
<footer><p>© 2024 Кулинарный форум · <a href="/rules">Правила</a></p></footer>
</body></html>)HTML",
           {"вся в рыжих пятнах ржавчины", "Можно ли её спасти", "Отчистите ржавчину металлической губкой", "не мыть в посудомоечной машине"},
           {"она ещё крепкая. Можно ли", "готовлю на чугуне с 1998 года", "Разделы", "Правила"}});
}

TEST_CASE("ja: named <ul> of posts, a bar-parted signature under one post, a closing sentence under another") {
    check({"k59_ja_forum_named", R"HTML(<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>メダカの水が白く濁る - アクアリウム掲示板</title></head>
<body>
<div class="hd"><a href="/">アクアリウム掲示板</a> <a href="/boards">掲示板一覧</a> <a href="/login">ログイン</a></div>
<div class="thread">
<h1 class="thread-title">メダカの水が白く濁る</h1>
<ul class="posts">
<li class="post"><div class="post-meta"><a href="/u/sakura">さくら</a> <span>2024/06/01 20:11</span></div>
<p class="post-text">先週から屋外のメダカの鉢の水が白く濁るようになりました。餌は一日二回、少なめにあげています。</p>
<p class="post-text">水を半分替えても三日ほどでまた濁ってしまいます。</p>
<div class="post-extra">よろしくお願いします。</div></li>
<li class="post"><div class="post-meta"><a href="/u/kawa">川村</a> <span>2024/06/01 21:40</span></div>
<p class="post-text">白い濁りはバクテリアが増えすぎているサインです。水換えを一度やめて、餌を二日に一回に減らしてみてください。</p>
<div class="post-extra">川村 | メダカ歴十年 | 埼玉</div></li>
<li class="post"><div class="post-meta"><a href="/u/sakura">さくら</a> <span>2024/06/05 07:30</span></div>
<p class="post-text">餌を減らしたら四日目には水が澄んできました。ありがとうございました。</p></li>
</ul>
</div>
<div class="ft"><p>© 2024 アクアリウム掲示板 · <a href="/terms">利用規約</a></p></div>
</body></html>)HTML",
           {"鉢の水が白く濁るようになりました", "三日ほどでまた濁ってしまいます", "よろしくお願いします。", "バクテリアが増えすぎているサイン", "四日目には水が澄んできました"},
           {"メダカ歴十年", "2024/06/01 21:40", "掲示板一覧", "利用規約"}});
}

TEST_CASE("es: div posts of a board (not a list), one signed with a field row, one ending in a plain line") {
    check({"k59_es_forum_div", R"HTML(<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>La Vespa no arranca en frío - Foro Clásicas</title></head>
<body>
<div><a href="/">Foro Clásicas</a> <a href="/foros">Foros</a> <a href="/entrar">Entrar</a></div>
<div>
<h1>La Vespa no arranca en frío</h1>
<div>
<div><div><a href="/u/jorge">jorge_v</a> <span>12/01/2024 09:14</span></div>
<p>Mi Vespa de 1978 arranca a la primera cuando está caliente, pero por las mañanas necesito más de veinte patadas.</p>
<p>El carburador está limpio y la bujía es nueva. ¿Qué más puedo revisar?</p>
<div>Jorge | Valencia | Vespa 150 Sprint</div></div>
<div><div><a href="/u/luis">Luis M.</a> <span>12/01/2024 11:02</span></div>
<p>Mira el estárter: si el cable está flojo, la palanca se mueve pero la válvula no llega a cerrar del todo y la mezcla sale pobre.</p>
<div>Yo tuve el mismo problema el invierno pasado</div></div>
<div><div><a href="/u/jorge">jorge_v</a> <span>14/01/2024 19:30</span></div>
<p>Era el cable del estárter. Lo he tensado y ahora arranca a la segunda patada aunque haga frío.</p></div>
</div>
</div>
<div><p>© 2024 Foro Clásicas · <a href="/aviso-legal">Aviso legal</a></p></div>
</body></html>)HTML",
           {"necesito más de veinte patadas", "¿Qué más puedo revisar?", "Mira el estárter", "Yo tuve el mismo problema el invierno pasado", "Era el cable del estárter"},
           {"Vespa 150 Sprint", "12/01/2024 11:02", "Aviso legal"}});
}
