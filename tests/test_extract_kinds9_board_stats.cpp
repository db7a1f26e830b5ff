// A forum thread's page closes with the board's statistics: who is reading the thread ("1 member
// and 14 guests", "87 utilisateurs en ligne"), the board's totals of posts, threads and members,
// its newest member. Set after the box of posts, beside it rather than in it, they escaped the
// furniture test of the posts' own box (extract_thread_tail.cpp) and came out as the page's last
// lines: on 4888d52 the French page (HTML5 articles, the statistics a section gathered beside the
// posts) and the English one (hashed div soup, the statistics in the posts' column) kept them.
// They go by shape (extract_board_stats.cpp): after a thread of posts, boxes of no sentence with a
// number every 50 characters. The Russian page passed already and stands here so it stays; left
// alone: a moderators' note of figures in sentences after the posts. The French page also kept
// the <time> opening its second and third messages (the first went at the region's edge): a
// date line of its own opening two or more posts' messages in one slot is the posts' stamp, in
// boxes as in a board's rows (extract_post_stamps.cpp).
#include <doctest/doctest.h>

#include <string>

#include "extract_test_util.hpp"

namespace {

using winnow::test::has;
using winnow::test::text_of;

}  // namespace

TEST_CASE("fr: a thread of <article> posts, then a section of who is online and the board's totals") {
    const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Fuite au niveau du groupe de sécurité du chauffe-eau – Forum Bricolage Maison</title></head>
<body><header><a href="/">Forum Bricolage Maison</a><nav><a href="/forums">Forums</a><a href="/search">Rechercher</a><a href="/login">Connexion</a><a href="/register">Inscription</a></nav></header>
<main><nav class="crumbs"><a href="/">Accueil</a> › <a href="/f/plomberie">Plomberie</a></nav>
<h1>Fuite au niveau du groupe de sécurité du chauffe-eau</h1>
<div class="posts">
<article class="post" id="p1"><div class="author"><a href="/u/12">Jérôme_73</a><span class="rank">Membre</span><span class="stats">Messages : 41</span></div><div class="content"><time datetime="2024-11-02T18:20">2 nov. 2024, 18:20</time><p>Bonjour à tous, depuis une semaine mon groupe de sécurité goutte en permanence, même quand personne ne tire d'eau chaude. Le chauffe-eau a huit ans, la pression du réseau est de 4,5 bars d'après le manomètre. Faut-il changer le groupe ou ajouter un réducteur de pression ?</p></div></article>
<article class="post" id="p2"><div class="author"><a href="/u/5">PlombierRetraité</a><span class="rank">Expert</span><span class="stats">Messages : 3 204</span></div><div class="content"><time datetime="2024-11-02T19:05">2 nov. 2024, 19:05</time><p>À 4,5 bars, le groupe de sécurité s'ouvre normalement un peu à chaque chauffe, c'est l'eau qui se dilate. Mais s'il goutte en continu, c'est que le clapet est entartré. Manœuvrez la molette deux ou trois fois pour chasser le calcaire, et posez un réducteur réglé à 3 bars en amont.</p></div></article>
<article class="post" id="p3"><div class="author"><a href="/u/12">Jérôme_73</a><span class="rank">Membre</span><span class="stats">Messages : 41</span></div><div class="content"><time datetime="2024-11-04T08:40">4 nov. 2024, 08:40</time><p>Merci, j'ai manœuvré la molette et la fuite a nettement diminué. J'ai commandé un réducteur de pression, je le poserai ce week-end et je vous dirai si le problème est réglé pour de bon.</p></div></article>
</div>
<section class="board-stats"><h2>Qui est en ligne ?</h2><p>Au total, il y a 87 utilisateurs en ligne : 6 inscrits, 0 invisible et 81 invités</p><p>Record du nombre d'utilisateurs en ligne : 1 204, le 12 janv. 2023</p><h2>Statistiques</h2><p>Messages : 412 880 • Sujets : 39 211 • Membres : 18 644 • Notre membre le plus récent : <a href="/u/9981">lucie.b</a></p></section>
</main><footer><p>© 2024 Forum Bricolage Maison. <a href="/cgu">CGU</a></p></footer></body></html>)HTML");
    CHECK(has(out, "mon groupe de sécurité goutte en permanence"));
    CHECK(has(out, "le clapet est entartré"));
    CHECK(has(out, "la fuite a nettement diminué"));
    CHECK_FALSE(has(out, "utilisateurs en ligne"));
    CHECK_FALSE(has(out, "412 880"));
    CHECK_FALSE(has(out, "lucie.b"));
    // Each message opens with its <time>: the post's stamp, the later ones as the first's.
    CHECK_FALSE(has(out, "2 nov. 2024, 19:05"));
    CHECK_FALSE(has(out, "4 nov. 2024, 08:40"));
}

TEST_CASE("en: hashed div soup, the posts' box then a box of the thread's readers and the board's totals in one column") {
    const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sourdough starter smells like nail polish - The Bread Board</title></head>
<body><div class="a1b2"><a href="/">The Bread Board</a> <a href="/forums">Forums</a> <a href="/members">Members</a> <a href="/login">Log in</a></div>
<div class="c3d4"><div class="e5f6"><a href="/">Home</a> &gt; <a href="/f/sourdough">Sourdough</a></div>
<h1 class="g7h8">Sourdough starter smells like nail polish</h1>
<div class="k9m0"><div class="p1q2"><div class="r3s4"><a href="/u/baker_jo">baker_jo</a><div>Joined: Mar 2023</div><div>Posts: 57</div></div><div class="t5u6"><div class="v7w8">Nov 9, 2024 at 8:12 AM</div><div class="x9y0">My starter is three weeks old and lately it smells strongly of acetone an hour after feeding. It still doubles, but the bread comes out dense and sour. I feed it once a day with equal weights of flour and water. What am I doing wrong?</div></div></div>
<div class="p1q2"><div class="r3s4"><a href="/u/crumbshot">crumbshot</a><div>Joined: Jan 2019</div><div>Posts: 2,318</div></div><div class="t5u6"><div class="v7w8">Nov 9, 2024 at 9:40 AM</div><div class="x9y0">The acetone smell means it is hungry. Once a day is not enough at room temperature for a young starter. Try feeding twice a day at a ratio of one part starter to five parts flour and water, and keep it somewhere around 24 degrees.</div></div></div>
<div class="p1q2"><div class="r3s4"><a href="/u/baker_jo">baker_jo</a><div>Joined: Mar 2023</div><div>Posts: 57</div></div><div class="t5u6"><div class="v7w8">Nov 11, 2024 at 6:05 PM</div><div class="x9y0">Two days of feeding twice and the smell is gone. It now peaks after about six hours and my last loaf finally had an open crumb. Thanks a lot!</div></div></div></div>
<div class="z1z2"><div class="z3z4">Users browsing this thread: 1 member and 14 guests</div><div class="z3z4">Total posts: 98,412 · Threads: 7,305 · Members: 4,117 · Newest member: <a href="/u/4117">rye_rae</a></div></div></div>
<div class="f0f0">© 2024 The Bread Board · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></div></body></html>)HTML");
    CHECK(has(out, "smells strongly of acetone"));
    CHECK(has(out, "The acetone smell means it is hungry"));
    CHECK(has(out, "my last loaf finally had an open crumb"));
    CHECK_FALSE(has(out, "Users browsing this thread"));
    CHECK_FALSE(has(out, "98,412"));
}

TEST_CASE("ru: posts in a section, then a box of who is reading and the board's totals") {
    const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Не заводится мотоблок после зимы — Форум сельхозтехники</title></head>
<body><div class="hd"><a href="/">Форум сельхозтехники</a> <a href="/forum">Форум</a> <a href="/rules">Правила</a> <a href="/login">Вход</a></div>
<div class="wrap"><h1>Не заводится мотоблок после зимы</h1>
<section class="topic"><div class="msg"><div class="who"><a href="/u/31">Петрович</a><span>Сообщений: 212</span></div><div class="txt"><p>Мотоблок простоял всю зиму в холодном сарае, бензин из бака я не слил. Теперь двигатель схватывает на пару секунд и глохнет. Свечу поменял, искра хорошая. Что ещё проверить, прежде чем везти в сервис?</p></div></div>
<div class="msg"><div class="who"><a href="/u/7">Механик_Сергей</a><span>Сообщений: 4 871</span></div><div class="txt"><p>Скорее всего, забился жиклёр карбюратора: старый бензин за зиму выдыхается и оставляет смолы. Слейте топливо, снимите поплавковую камеру и продуйте жиклёр, а бак заправьте свежим бензином.</p></div></div>
<div class="msg"><div class="who"><a href="/u/31">Петрович</a><span>Сообщений: 212</span></div><div class="txt"><p>Разобрал карбюратор, жиклёр и правда был забит. После чистки мотоблок завёлся с первого рывка и работает ровно. Спасибо за подсказку!</p></div></div></section>
<div class="bstat"><h3>Кто сейчас на форуме</h3><div>Сейчас эту тему просматривают: 2 участника и 23 гостя</div><div>Всего сообщений: 184 302 · Тем: 12 944 · Участников: 9 517</div></div></div>
<div class="ft">© 2024 Форум сельхозтехники</div></body></html>)HTML");
    CHECK(has(out, "Мотоблок простоял всю зиму"));
    CHECK(has(out, "забился жиклёр карбюратора"));
    CHECK(has(out, "Спасибо за подсказку"));
    CHECK_FALSE(has(out, "просматривают"));
    CHECK_FALSE(has(out, "184 302"));
}

TEST_CASE("left alone: a note of figures in sentences after a thread's posts stays") {
    const std::string out = text_of(R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Sourdough starter smells like nail polish - The Bread Board</title></head>
<body><div class="a1b2"><a href="/">The Bread Board</a> <a href="/forums">Forums</a> <a href="/members">Members</a> <a href="/login">Log in</a></div>
<div class="c3d4"><div class="e5f6"><a href="/">Home</a> &gt; <a href="/f/sourdough">Sourdough</a></div>
<h1 class="g7h8">Sourdough starter smells like nail polish</h1>
<div class="k9m0"><div class="p1q2"><div class="r3s4"><a href="/u/baker_jo">baker_jo</a><div>Joined: Mar 2023</div><div>Posts: 57</div></div><div class="t5u6"><div class="v7w8">Nov 9, 2024 at 8:12 AM</div><div class="x9y0">My starter is three weeks old and lately it smells strongly of acetone an hour after feeding. It still doubles, but the bread comes out dense and sour. I feed it once a day with equal weights of flour and water. What am I doing wrong?</div></div></div>
<div class="p1q2"><div class="r3s4"><a href="/u/crumbshot">crumbshot</a><div>Joined: Jan 2019</div><div>Posts: 2,318</div></div><div class="t5u6"><div class="v7w8">Nov 9, 2024 at 9:40 AM</div><div class="x9y0">The acetone smell means it is hungry. Once a day is not enough at room temperature for a young starter. Try feeding twice a day at a ratio of one part starter to five parts flour and water, and keep it somewhere around 24 degrees.</div></div></div>
<div class="p1q2"><div class="r3s4"><a href="/u/baker_jo">baker_jo</a><div>Joined: Mar 2023</div><div>Posts: 57</div></div><div class="t5u6"><div class="v7w8">Nov 11, 2024 at 6:05 PM</div><div class="x9y0">Two days of feeding twice and the smell is gone. It now peaks after about six hours and my last loaf finally had an open crumb. Thanks a lot!</div></div></div></div>
<div class="z1z2"><div class="z3z4">Update from the moderators: we measured 12 starters over 3 weeks. Feeding twice a day cut the acetone smell in 11 of them within 2 days.</div></div></div>
<div class="f0f0">© 2024 The Bread Board · <a href="/terms">Terms</a> · <a href="/privacy">Privacy</a></div></body></html>)HTML");
    CHECK(has(out, "The acetone smell means it is hungry"));
    CHECK(has(out, "we measured 12 starters over 3 weeks"));
}
