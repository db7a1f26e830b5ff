// Page kinds of issue 18 (kinds10_util.hpp: each page as written and class-blind): a forum thread
// whose posts carry no class at all, as a markup rewrite or a bare board template leaves them. The
// thread opens under its title with three or more sibling boxes, each its writer's panel (name,
// rank, join date, message count, avatar) before the message: the posts are the text a reader
// copies, not the first post alone; each post's panel, date line, "Quote"/"Report" row and a
// signature the writer repeats are the thread's chrome. A news article under its author's card,
// its comments beside it in cards of the same shape, is no thread: the article holds more than the
// comments together and stays alone. Div soup (fr, en), HTML5 articles with <aside> panels (ru),
// list items (ja). Written from how boards mark pages up, not from any test data.

#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("fr: class-less div soup, three posts each a writer's panel before the message, quotes and signatures") {
    check({"k58_fr_forum_div", R"HTML(<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Ma chaudière se met en sécurité chaque nuit - Forum Bricolage</title></head>
<body>
<div><a href="/">Forum Bricolage</a> <a href="/forums">Forums</a> <a href="/membres">Membres</a> <a href="/connexion">Connexion</a></div>
<div>
<div><h1>Ma chaudière se met en sécurité chaque nuit</h1></div>
<div>
<div><div><a href="/m/paul">paul_d</a><div>Membre</div><div>Inscrit : mars 2019</div><div>Messages : 412</div></div>
<div><div>Posté le 3 janvier 2024 à 22:14</div>
<p>Depuis une semaine, ma chaudière à gaz se met en sécurité vers trois heures du matin et il faut la réarmer à la main. Le code affiché est E133, absence de flamme.</p>
<p>Le détendeur a été changé l'an dernier et la pression de gaz semble correcte. Quelqu'un a-t-il déjà eu ce problème ?</p>
<div>-- Paul, bricoleur du dimanche</div>
<div><a href="/p/1/citer">Citer</a> <a href="/p/1/signaler">Signaler</a></div></div></div>
<div><div><a href="/m/lucie">lucie.c</a><div>Modératrice</div><div>Inscrit : juin 2015</div><div>Messages : 8 903</div></div>
<div><div>Posté le 4 janvier 2024 à 08:02</div>
<blockquote><div>paul_d a écrit :</div>absence de flamme</blockquote>
<p>Le code E133 la nuit fait souvent penser à l'électrode d'ionisation encrassée : la flamme s'allume mais la carte ne la détecte pas. Un coup de papier de verre très fin suffit parfois.</p>
<div>-- Lucie, chauffagiste depuis 20 ans</div>
<div><a href="/p/2/citer">Citer</a> <a href="/p/2/signaler">Signaler</a></div></div></div>
<div><div><a href="/m/paul">paul_d</a><div>Membre</div><div>Inscrit : mars 2019</div><div>Messages : 412</div></div>
<div><div>Posté le 6 janvier 2024 à 19:47</div>
<p>Merci beaucoup, c'était bien l'électrode, elle était noire de suie. Après nettoyage la chaudière tourne depuis deux nuits sans se couper.</p>
<div>-- Paul, bricoleur du dimanche</div>
<div><a href="/p/3/citer">Citer</a> <a href="/p/3/signaler">Signaler</a></div></div></div>
</div>
</div>
<div><p>© 2024 Forum Bricolage · <a href="/cgu">CGU</a></p></div>
</body></html>)HTML",
           {"ma chaudière à gaz se met en sécurité", "Quelqu'un a-t-il déjà eu ce problème", "l'électrode d'ionisation encrassée", "elle était noire de suie"},
           {"Inscrit : mars 2019", "Messages : 8 903", "Signaler", "Posté le 4 janvier", "Paul, bricoleur du dimanche", "Forum Bricolage", "CGU"}});
}

TEST_CASE("ru: HTML5 <article> posts with an <aside> panel, no class") {
    check({"k58_ru_forum_html5", R"HTML(<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Не заводится мотоблок после зимы — Форум садоводов</title></head>
<body>
<header><a href="/">Форум садоводов</a><nav><a href="/forums">Разделы</a> <a href="/users">Участники</a> <a href="/login">Вход</a></nav></header>
<main>
<h1>Не заводится мотоблок после зимы</h1>
<section>
<article><aside><a href="/u/ivan"><img src="/av/ivan.png" alt=""></a><a href="/u/ivan">Иван_П</a><div>Новичок</div><div>Регистрация: 05.2021</div><div>Сообщений: 38</div></aside>
<div><div>12.04.2024, 18:20</div>
<p>Мотоблок всю зиму простоял в сарае, бензин я не слил. Сейчас дёргаю стартер, свеча мокрая, но двигатель даже не схватывает.</p>
<p>Свечу уже поменял на новую. Что ещё проверить, прежде чем везти его в сервис?</p>
<div><a href="/p/11/quote">Цитировать</a> <a href="/p/11/report">Пожаловаться</a></div></div></article>
<article><aside><a href="/u/petrovich"><img src="/av/petr.png" alt=""></a><a href="/u/petrovich">Петрович</a><div>Мастер</div><div>Регистрация: 01.2012</div><div>Сообщений: 6 112</div></aside>
<div><div>12.04.2024, 19:05</div>
<blockquote><div>Иван_П писал(а):</div>бензин я не слил</blockquote>
<p>Вот и причина: за зиму бензин выдохся, а в карбюраторе остался лак. Слейте старое топливо из бака и поплавковой камеры и залейте свежее.</p>
<div><a href="/p/12/quote">Цитировать</a> <a href="/p/12/report">Пожаловаться</a></div></div></article>
<article><aside><a href="/u/ivan"><img src="/av/ivan.png" alt=""></a><a href="/u/ivan">Иван_П</a><div>Новичок</div><div>Регистрация: 05.2021</div><div>Сообщений: 39</div></aside>
<div><div>13.04.2024, 10:41</div>
<p>Слил бензин, продул жиклёры карбюратора, и мотоблок завёлся с третьего рывка. Спасибо за подсказку!</p>
<div><a href="/p/13/quote">Цитировать</a> <a href="/p/13/report">Пожаловаться</a></div></div></article>
</section>
</main>
<footer><p>© 2024 Форум садоводов · <a href="/rules">Правила</a></p></footer>
</body></html>)HTML",
           {"свеча мокрая, но двигатель даже не схватывает", "Что ещё проверить", "за зиму бензин выдохся", "мотоблок завёлся с третьего рывка"},
           {"Регистрация: 01.2012", "Сообщений: 6 112", "Пожаловаться", "12.04.2024, 19:05", "Участники", "Правила"}});
}

TEST_CASE("ja: list items as posts, a panel box before each message, no class") {
    check({"k58_ja_forum_list", R"HTML(<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>ベランダのミニトマトが割れてしまう - 家庭菜園掲示板</title></head>
<body>
<div><a href="/">家庭菜園掲示板</a> <a href="/boards">掲示板一覧</a> <a href="/members">メンバー</a> <a href="/login">ログイン</a></div>
<div>
<div><h1>ベランダのミニトマトが割れてしまう</h1></div>
<ul>
<li><div><a href="/m/hana"><img src="/av/hana.png" alt=""></a><div><a href="/m/hana">はなこ</a></div><div>一般会員</div><div>登録: 2022年4月</div><div>投稿: 57</div></div>
<div><div>2024年7月2日 21:14</div>
<p>ベランダでミニトマトを育てていますが、赤くなる前に実がいくつも割れてしまいます。水やりは毎朝たっぷりしています。</p>
<p>雨が続いた後に特に多い気がするのですが、何か防ぐ方法はありますか。</p>
<div><a href="/p/21/quote">引用</a> <a href="/p/21/report">通報</a></div></div></li>
<li><div><a href="/m/tanaka"><img src="/av/tanaka.png" alt=""></a><div><a href="/m/tanaka">田中農園</a></div><div>ベテラン</div><div>登録: 2013年9月</div><div>投稿: 4,820</div></div>
<div><div>2024年7月3日 7:02</div>
<p>実割れは土の水分が急に増えたときに起きます。毎朝たっぷりではなく、土の表面が乾いてから与えるようにすると減りますよ。</p>
<p>雨の日はプランターを軒下に移すのも効果があります。</p>
<div><a href="/p/22/quote">引用</a> <a href="/p/22/report">通報</a></div></div></li>
<li><div><a href="/m/hana"><img src="/av/hana.png" alt=""></a><div><a href="/m/hana">はなこ</a></div><div>一般会員</div><div>登録: 2022年4月</div><div>投稿: 58</div></div>
<div><div>2024年7月9日 20:30</div>
<p>水やりを控えめにして軒下に移したら、この一週間は一つも割れていません。ありがとうございました。</p>
<div><a href="/p/23/quote">引用</a> <a href="/p/23/report">通報</a></div></div></li>
</ul>
</div>
<div><p>© 2024 家庭菜園掲示板 · <a href="/terms">利用規約</a></p></div>
</body></html>)HTML",
           {"赤くなる前に実がいくつも割れてしまいます", "何か防ぐ方法はありますか", "土の表面が乾いてから与える", "この一週間は一つも割れていません"},
           {"登録: 2013年9月", "投稿: 4,820", "通報", "2024年7月3日 7:02", "掲示板一覧", "利用規約"}});
}

TEST_CASE("en negative: a news article under its author's card, three comments beside it in cards of the same shape") {
    check({"k58_en_news_cards", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves the new river crossing - Valley Post</title></head>
<body>
<div><a href="/">Valley Post</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></div>
<div>
<div><h1>Council approves the new river crossing</h1></div>
<div>
<div><div><a href="/staff/ellis"><img src="/i/ellis.jpg" alt=""></a><div><a href="/staff/ellis">Dana Ellis</a></div><div>Local affairs reporter</div><div>March 4, 2024</div></div>
<div><p>The county council voted seven to two on Tuesday night to build a second bridge over the river, ending a debate that has run for more than a decade.</p>
<p>The crossing will carry two lanes of traffic and a separate path for cyclists and walkers, and is expected to take three years to complete.</p>
<p>Opponents argued that the money would be better spent repairing the roads that already exist, several of which flood every winter.</p>
<p>Work on the foundations is due to start in the autumn, once the final design has been approved by the state's transport office.</p></div></div>
<div><div><a href="/u/riverfan"><img src="/a/1.png" alt=""></a><div><a href="/u/riverfan">riverfan</a></div><div>Reader</div><div>March 4, 2024</div></div>
<div><p>About time. I have been stuck in the queue for the old bridge every morning for years and nobody seemed to care at all.</p></div></div>
<div><div><a href="/u/mkelly"><img src="/a/2.png" alt=""></a><div><a href="/u/mkelly">mkelly</a></div><div>Reader</div><div>March 4, 2024</div></div>
<div><p>Three years means five in practice. Remember how long the bypass took, and that one did not even cross any water.</p></div></div>
<div><div><a href="/u/oldtown"><img src="/a/3.png" alt=""></a><div><a href="/u/oldtown">oldtown</a></div><div>Reader</div><div>March 5, 2024</div></div>
<div><p>The roads on the east side flood every single winter and this council spends its money on a bridge instead of drains.</p></div></div>
</div>
</div>
<div><p>© 2024 Valley Post · <a href="/privacy">Privacy</a></p></div>
</body></html>)HTML",
           {"voted seven to two on Tuesday night", "a separate path for cyclists and walkers", "better spent repairing the roads", "Work on the foundations is due to start"},
           {"stuck in the queue for the old bridge", "Three years means five in practice", "spends its money on a bridge instead of drains", "Privacy"}});
}
