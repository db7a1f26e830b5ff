// Page kinds of issue 18, fifteenth round (kinds10_util.hpp: each page as written and class-blind):
// a question-and-answer page: the question's box under the title, a heading ("2 Answers"), then
// one box holding the answers, each a post of one kind (votes, body, share row, signature). The
// question and its answers with their code are the text a reader copies; the site's menus and
// footer are not. Without names, the two posts of one kind under the title (the question's box,
// the answers' box) read as a short thread whose second post is a box of posts after prose: the
// widening to both must keep the answers' box, which is the page's text, not a thread known by
// its shape. Div soup without classes (en, es), HTML5 articles and sections (ru), a Q&A engine's
// named markup with the heading inside the answers' box (de). Written from how such sites mark
// pages up, not from any test data.

#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("en: div soup, question box, an unlinked \"2 Answers\" heading, then a box of two answers with code") {
    check({"k15_en_qa_div", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>How do I reverse a linked list in place? - Code Answers</title></head>
<body>
<header><a href="/">Code Answers</a><nav><a href="/questions">Questions</a> <a href="/tags">Tags</a> <a href="/users">Users</a></nav></header>
<main>
<div><h1><a href="/q/881/reverse-linked-list">How do I reverse a linked list in place?</a></h1></div>
<div>
<div><div><button>▲</button><div>42</div><button>▼</button></div>
<div><p>I have a singly linked list and want to reverse it without allocating a new list. My attempt loses the rest of the list after the first node:</p>
<pre><code>node *prev = NULL;
while (head) { head-&gt;next = prev; prev = head; head = head-&gt;next; }</code></pre>
<p>What am I doing wrong?</p>
<div><a href="/questions/tagged/c">c</a> <a href="/questions/tagged/linked-list">linked-list</a></div>
<div><div><a href="/q/881/share">Share</a> <a href="/posts/881/edit">Improve this question</a> <a href="/posts/881/follow">Follow</a></div>
<div><span>asked 3 hours ago</span><div><a href="/users/17/mira">mira</a><div><span>1,234</span> <span>● 5</span> <span>● 12</span></div></div></div></div>
</div></div>
</div>
<h2>2 Answers</h2>
<div>
<div><div><button>▲</button><div>57</div><button>▼</button><div>✓ Accepted</div></div>
<div><p>You overwrite <code>head-&gt;next</code> before you have saved it, so the loop cannot move on. Keep the next node in a temporary first:</p>
<pre><code>node *prev = NULL;
while (head) { node *next = head-&gt;next; head-&gt;next = prev; prev = head; head = next; }
head = prev;</code></pre>
<p>Each node is visited once, so this runs in linear time and constant extra space.</p>
<div><div><a href="/a/882/share">Share</a> <a href="/posts/882/edit">Improve this answer</a> <a href="/posts/882/follow">Follow</a></div>
<div><span>answered 2 hours ago</span><div><a href="/users/58/tomas">tomas</a><div><span>18.5k</span> <span>● 3</span> <span>● 41</span></div></div></div></div>
</div></div>
<div><div><button>▲</button><div>9</div><button>▼</button></div>
<div><p>A recursive version is shorter, though it uses stack space proportional to the length of the list, which matters for very long lists.</p>
<div><div><a href="/a/883/share">Share</a> <a href="/posts/883/edit">Improve this answer</a> <a href="/posts/883/follow">Follow</a></div>
<div><span>answered 1 hour ago</span><div><a href="/users/77/ren">ren</a><div><span>312</span> <span>● 2</span></div></div></div></div>
</div></div>
</div>
</main>
<footer><p>© 2024 Code Answers · <a href="/legal">Legal</a></p></footer>
</body></html>)HTML",
           {"My attempt loses the rest of the list", "What am I doing wrong?", "You overwrite head->next before you have saved it", "node *next = head->next;", "runs in linear time and constant extra space", "A recursive version is shorter"},
           {"Improve this answer", "answered 2 hours ago", "18.5k", "Questions Tags", "Legal"}});
}

TEST_CASE("ru: HTML5, the question an <article> in a <section>, \"2 ответа\" heading, the answers <article>s in a second <section>") {
    check({"k15_ru_qa_html5", R"HTML(<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Почему cron не видит переменные окружения? — Вопросы и ответы</title></head>
<body>
<header><a href="/">Вопросы и ответы</a><nav><a href="/questions">Вопросы</a> <a href="/tags">Метки</a> <a href="/users">Участники</a></nav></header>
<main>
<h1><a href="/q/5120/cron-env">Почему cron не видит переменные окружения?</a></h1>
<section>
<article><aside><button>▲</button><span>15</span><button>▼</button></aside>
<div><p>Скрипт отлично работает из терминала, но при запуске по расписанию падает с ошибкой: не находит переменную DATABASE_URL. В crontab записана такая строка:</p>
<pre><code>*/5 * * * * /home/app/sync.sh</code></pre>
<p>Где cron берёт окружение и как передать ему мои переменные?</p>
<footer><ul><li><a href="/q/5120/share">Поделиться</a></li><li><a href="/q/5120/edit">Улучшить вопрос</a></li><li><a href="/q/5120/follow">Отслеживать</a></li></ul>
<p><time datetime="2024-05-14T09:12">задан 14 мая в 9:12</time> <a href="/u/301/oleg">oleg</a> <span>2 415</span></p></footer></div>
</article>
</section>
<h2>2 ответа</h2>
<section>
<article><aside><button>▲</button><span>21</span><button>▼</button><span>✓</span></aside>
<div><p>Cron запускает задания с почти пустым окружением: ваш профиль оболочки он не читает, поэтому переменные из него до скрипта не доходят. Проще всего задать их прямо в начале crontab:</p>
<pre><code>DATABASE_URL=postgres://localhost/app
*/5 * * * * /home/app/sync.sh</code></pre>
<p>Другой путь — прочитать файл с переменными в самом скрипте, тогда он будет вести себя одинаково везде.</p>
<footer><ul><li><a href="/a/5121/share">Поделиться</a></li><li><a href="/a/5121/edit">Улучшить ответ</a></li></ul>
<p><time datetime="2024-05-14T09:40">ответ дан 14 мая в 9:40</time> <a href="/u/88/nadia">nadia</a> <span>31,2 тыс.</span></p></footer></div>
<ul><li>Спасибо, заработало после перезапуска службы. – <a href="/u/301/oleg">oleg</a> 14 мая в 10:02</li>
<li>Стоит добавить, что PATH там тоже урезан. – <a href="/u/17/ivan">ivan</a> 14 мая в 10:15</li></ul>
</article>
<article><aside><button>▲</button><span>4</span><button>▼</button></aside>
<div><p>Можно также запускать задание через оболочку входа, она прочитает профиль пользователя перед выполнением команды, хотя это и медленнее.</p>
<footer><ul><li><a href="/a/5124/share">Поделиться</a></li><li><a href="/a/5124/edit">Улучшить ответ</a></li></ul>
<p><time datetime="2024-05-14T11:03">ответ дан 14 мая в 11:03</time> <a href="/u/42/pavel">pavel</a> <span>977</span></p></footer></div>
</article>
</section>
</main>
<footer><p>© 2024 Вопросы и ответы · <a href="/legal">Правила</a></p></footer>
</body></html>)HTML",
           {"не находит переменную DATABASE_URL", "Где cron берёт окружение", "Cron запускает задания с почти пустым окружением", "DATABASE_URL=postgres://localhost/app", "прочитать файл с переменными в самом скрипте", "запускать задание через оболочку входа"},
           {"Улучшить ответ", "Поделиться", "Участники", "Правила"}});
}

TEST_CASE("es: div soup, vote arrows as links, an accepted answer with comments under it, \"2 respuestas\" between the boxes") {
    check({"k15_es_qa_div", R"HTML(<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>¿Cómo ordenar un diccionario por sus valores? - Preguntas de programación</title></head>
<body>
<div><a href="/">Preguntas de programación</a> <a href="/preguntas">Preguntas</a> <a href="/etiquetas">Etiquetas</a> <a href="/usuarios">Usuarios</a></div>
<div>
<div><h1><a href="/p/7730/ordenar-diccionario">¿Cómo ordenar un diccionario por sus valores?</a></h1></div>
<div>
<div><div><a href="/p/7730/votar-arriba">▲</a><div>23</div><a href="/p/7730/votar-abajo">▼</a></div>
<div><p>Tengo un diccionario con nombres y puntuaciones y necesito recorrerlo de la puntuación más alta a la más baja. Al hacer un bucle sobre él solo obtengo las claves en el orden de inserción.</p>
<pre><code>puntos = {"ana": 7, "luis": 12, "eva": 9}</code></pre>
<p>¿Hay una forma sencilla de hacerlo sin escribir mi propio algoritmo de ordenación?</p>
<div><a href="/etiquetas/python">python</a> <a href="/etiquetas/diccionario">diccionario</a></div>
<div><div><a href="/p/7730/compartir">Compartir</a> <a href="/p/7730/editar">Mejorar esta pregunta</a> <a href="/p/7730/seguir">Seguir</a></div>
<div><span>preguntada hace 5 horas</span><div><a href="/u/12/marta">marta</a><div><span>3.402</span> <span>● 4</span> <span>● 19</span></div></div></div></div>
</div></div>
</div>
<h2>2 respuestas</h2>
<div>
<div><div><a href="/r/7731/votar-arriba">▲</a><div>31</div><a href="/r/7731/votar-abajo">▼</a><div>✓ Aceptada</div></div>
<div><p>Usa la función sorted con una clave que lea el valor de cada par; con reverse obtienes el orden descendente:</p>
<pre><code>for nombre, p in sorted(puntos.items(), key=lambda kv: kv[1], reverse=True):
    print(nombre, p)</code></pre>
<p>Si necesitas conservar el resultado como diccionario, pásalo a dict, que mantiene el orden de inserción desde la versión 3.7.</p>
<div><div><a href="/r/7731/compartir">Compartir</a> <a href="/r/7731/editar">Mejorar esta respuesta</a> <a href="/r/7731/seguir">Seguir</a></div>
<div><span>respondida hace 4 horas</span><div><a href="/u/80/jorge">jorge</a><div><span>27,1 mil</span> <span>● 5</span> <span>● 60</span></div></div></div></div>
<div><div>Perfecto, justo lo que buscaba. – <a href="/u/12/marta">marta</a> hace 3 horas</div>
<div>Con itemgetter(1) queda algo más rápido. – <a href="/u/44/pablo">pablo</a> hace 2 horas</div></div>
</div></div>
<div><div><a href="/r/7735/votar-arriba">▲</a><div>6</div><a href="/r/7735/votar-abajo">▼</a></div>
<div><p>Otra opción es el módulo collections: la clase Counter ofrece el método most_common, que devuelve los pares ya ordenados por su valor de mayor a menor.</p>
<div><div><a href="/r/7735/compartir">Compartir</a> <a href="/r/7735/editar">Mejorar esta respuesta</a> <a href="/r/7735/seguir">Seguir</a></div>
<div><span>respondida hace 2 horas</span><div><a href="/u/51/lucia">lucia</a><div><span>845</span> <span>● 2</span></div></div></div></div>
</div></div>
</div>
</div>
<div><p>© 2024 Preguntas de programación · <a href="/legal">Aviso legal</a></p></div>
</body></html>)HTML",
           {"Tengo un diccionario con nombres y puntuaciones", "sin escribir mi propio algoritmo", "Usa la función sorted con una clave", "key=lambda kv: kv[1], reverse=True", "mantiene el orden de inserción", "la clase Counter ofrece el método most_common"},
           {"Mejorar esta respuesta", "Compartir", "Etiquetas", "Aviso legal"}});
}

TEST_CASE("de: Q&A engine markup, the \"2 Antworten\" heading in a header box inside the answers' box") {
    check({"k15_de_qa_engine", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Warum friert mein Sauerteig nicht richtig ein? - Backfragen</title></head>
<body class="question-page">
<header class="top-bar"><a class="logo" href="/">Backfragen</a><nav class="top-nav"><a href="/fragen">Fragen</a> <a href="/themen">Themen</a> <a href="/mitglieder">Mitglieder</a></nav></header>
<div id="content" class="container">
<div id="question-header"><h1 class="question-title"><a href="/f/310/sauerteig-einfrieren" class="question-hyperlink">Warum friert mein Sauerteig nicht richtig ein?</a></h1></div>
<div class="question" id="question">
<div class="post-layout"><div class="votecell"><div class="vote"><button class="vote-up">▲</button><div class="vote-count">12</div><button class="vote-down">▼</button></div></div>
<div class="postcell"><div class="s-prose js-post-body"><p>Ich habe einen Teil meines Roggensauerteigs eingefroren, um ihn im Urlaub nicht füttern zu müssen. Nach dem Auftauen ist er zwar flüssig geworden, treibt aber kaum noch.</p>
<p>Stirbt die Hefe beim Einfrieren ab, oder habe ich beim Auftauen etwas falsch gemacht?</p></div>
<div class="post-taglist"><a class="post-tag" href="/themen/sauerteig">sauerteig</a> <a class="post-tag" href="/themen/einfrieren">einfrieren</a></div>
<div class="post-menu"><a href="/f/310/teilen">Teilen</a> <a href="/f/310/bearbeiten">Frage verbessern</a> <a href="/f/310/folgen">Folgen</a></div>
<div class="post-signature owner"><div class="user-action-time">gefragt vor 2 Tagen</div><div class="user-details"><a href="/m/91/greta">greta</a><div class="-flair"><span class="reputation-score">1.208</span> <span class="badge2">● 3</span></div></div></div>
</div></div>
</div>
<div id="answers">
<div id="answers-header"><h2 class="answers-count">2 Antworten</h2></div>
<div id="answer-311" class="answer accepted-answer">
<div class="post-layout"><div class="votecell"><div class="vote"><button class="vote-up">▲</button><div class="vote-count">18</div><button class="vote-down">▼</button></div></div>
<div class="answercell"><div class="s-prose js-post-body"><p>Einfrieren schwächt die Hefen und Milchsäurebakterien, tötet aber nicht alle. Nach dem Auftauen braucht der Teig zwei oder drei Fütterungen im Abstand von zwölf Stunden, bevor er wieder kräftig treibt.</p>
<p>Besser übersteht er die Pause getrocknet: dünn auf Backpapier gestrichen und zerbröselt hält er sich monatelang.</p></div>
<div class="post-menu"><a href="/a/311/teilen">Teilen</a> <a href="/a/311/bearbeiten">Antwort verbessern</a> <a href="/a/311/folgen">Folgen</a></div>
<div class="post-signature"><div class="user-action-time">beantwortet vor 2 Tagen</div><div class="user-details"><a href="/m/14/karl">karl</a><div class="-flair"><span class="reputation-score">24,6k</span> <span class="badge1">● 2</span></div></div></div>
</div></div>
<div class="comments"><ul class="comments-list"><li class="comment">Danke, nach drei Fütterungen ging er wieder auf. – <a class="comment-user" href="/m/91/greta">greta</a> <span class="comment-date">vor 1 Tag</span></li></ul></div>
</div>
<div id="answer-315" class="answer">
<div class="post-layout"><div class="votecell"><div class="vote"><button class="vote-up">▲</button><div class="vote-count">5</div><button class="vote-down">▼</button></div></div>
<div class="answercell"><div class="s-prose js-post-body"><p>Für eine Woche reicht auch der Kühlschrank völlig aus, wenn man den Teig vorher noch einmal füttert und fest verschließt.</p></div>
<div class="post-menu"><a href="/a/315/teilen">Teilen</a> <a href="/a/315/bearbeiten">Antwort verbessern</a></div>
<div class="post-signature"><div class="user-action-time">beantwortet gestern</div><div class="user-details"><a href="/m/77/ina">ina</a><div class="-flair"><span class="reputation-score">530</span></div></div></div>
</div></div>
</div>
</div>
</div>
<footer class="site-footer"><p>© 2024 Backfragen · <a href="/impressum">Impressum</a></p></footer>
</body></html>)HTML",
           {"Roggensauerteigs eingefroren", "Stirbt die Hefe beim Einfrieren ab", "tötet aber nicht alle", "getrocknet: dünn auf Backpapier", "Für eine Woche reicht auch der Kühlschrank"},
           {"Antwort verbessern", "Frage verbessern", "Mitglieder", "Impressum"}});
}

TEST_CASE("de: the same page with no class or id at all: the heading's box and two answers in the answers' box") {
    check({"k15_de_qa_bare", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Warum friert mein Sauerteig nicht richtig ein? - Backfragen</title></head>
<body>
<header><a href="/">Backfragen</a><nav><a href="/fragen">Fragen</a> <a href="/themen">Themen</a> <a href="/mitglieder">Mitglieder</a></nav></header>
<div>
<div><h1><a href="/f/310/sauerteig-einfrieren">Warum friert mein Sauerteig nicht richtig ein?</a></h1></div>
<div>
<div><div><div><button>▲</button><div>12</div><button>▼</button></div></div>
<div><div><p>Ich habe einen Teil meines Roggensauerteigs eingefroren, um ihn im Urlaub nicht füttern zu müssen. Nach dem Auftauen ist er zwar flüssig geworden, treibt aber kaum noch.</p>
<p>Stirbt die Hefe beim Einfrieren ab, oder habe ich beim Auftauen etwas falsch gemacht?</p></div>
<div><a href="/themen/sauerteig">sauerteig</a> <a href="/themen/einfrieren">einfrieren</a></div>
<div><a href="/f/310/teilen">Teilen</a> <a href="/f/310/bearbeiten">Frage verbessern</a> <a href="/f/310/folgen">Folgen</a></div>
<div><div>gefragt vor 2 Tagen</div><div><a href="/m/91/greta">greta</a><div><span>1.208</span> <span>● 3</span></div></div></div>
</div></div>
</div>
<div>
<div><h2>2 Antworten</h2></div>
<div>
<div><div><div><button>▲</button><div>18</div><button>▼</button></div></div>
<div><div><p>Einfrieren schwächt die Hefen und Milchsäurebakterien, tötet aber nicht alle. Nach dem Auftauen braucht der Teig zwei oder drei Fütterungen im Abstand von zwölf Stunden, bevor er wieder kräftig treibt.</p>
<p>Besser übersteht er die Pause getrocknet: dünn auf Backpapier gestrichen und zerbröselt hält er sich monatelang.</p></div>
<div><a href="/a/311/teilen">Teilen</a> <a href="/a/311/bearbeiten">Antwort verbessern</a> <a href="/a/311/folgen">Folgen</a></div>
<div><div>beantwortet vor 2 Tagen</div><div><a href="/m/14/karl">karl</a><div><span>24,6k</span> <span>● 2</span></div></div></div>
</div></div>
<div><ul><li>Danke, nach drei Fütterungen ging er wieder auf. – <a href="/m/91/greta">greta</a> <span>vor 1 Tag</span></li></ul></div>
</div>
<div>
<div><div><div><button>▲</button><div>5</div><button>▼</button></div></div>
<div><div><p>Für eine Woche reicht auch der Kühlschrank völlig aus, wenn man den Teig vorher noch einmal füttert und fest verschließt.</p></div>
<div><a href="/a/315/teilen">Teilen</a> <a href="/a/315/bearbeiten">Antwort verbessern</a></div>
<div><div>beantwortet gestern</div><div><a href="/m/77/ina">ina</a><div><span>530</span></div></div></div>
</div></div>
</div>
</div>
</div>
<footer><p>© 2024 Backfragen · <a href="/impressum">Impressum</a></p></footer>
</body></html>)HTML",
           {"Roggensauerteigs eingefroren", "Stirbt die Hefe beim Einfrieren ab", "tötet aber nicht alle", "getrocknet: dünn auf Backpapier", "Für eine Woche reicht auch der Kühlschrank"},
           {"Antwort verbessern", "Frage verbessern", "Mitglieder", "Impressum"}});
}

// Negatives: a news article and its comment thread are laid out as a question and its answers
// are (the article's box under the title, a count heading, a box of posts of one kind), and with
// class names gone nothing else tells them apart but the posts' shape. Comments may carry likes
// between two controls; the article never carries that control, so the thread is no answers'
// box and stays out, whatever the heading's noun ("38 comments", "3 Antworten", "3件の回答").

TEST_CASE("en: a news article, \"38 Comments\" between its box and a thread of liked comments, div soup") {
    check({"k58_en_news_comments", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves the new river crossing - Valley Post</title></head>
<body>
<div><a href="/">Valley Post</a> <a href="/news">News</a> <a href="/sport">Sport</a> <a href="/opinion">Opinion</a></div>
<div>
<div><h1>Council approves the new river crossing</h1></div>
<div>
<div><p>By <a href="/staff/ellis">Dana Ellis</a> · March 4, 2024</p>
<p>The county council voted seven to two on Tuesday night to build a second bridge over the river, ending a debate that has run for more than a decade.</p>
<p>The crossing will carry two lanes of traffic and a separate path for cyclists and walkers, and is expected to take three years to complete.</p>
<p>Opponents argued that the money would be better spent repairing the roads that already exist, several of which flood every winter.</p>
<p>Work on the foundations is due to start in the autumn, once the final design has been approved by the state's transport office.</p></div>
</div>
<h2>38 Comments</h2>
<div>
<div><div><a href="/u/riverfan">riverfan</a> <span>March 4, 2024 at 9:12 pm</span></div>
<p>About time. I have been stuck in the queue for the old bridge every morning for years and nobody seemed to care at all.</p>
<div><button>▲</button><span>24</span><button>▼</button> <a href="#reply-1">Reply</a></div></div>
<div><div><a href="/u/mkelly">mkelly</a> <span>March 4, 2024 at 9:40 pm</span></div>
<p>Three years means five in practice. Remember how long the bypass took, and that one did not even cross any water.</p>
<div><button>▲</button><span>17</span><button>▼</button> <a href="#reply-2">Reply</a></div></div>
<div><div><a href="/u/oldtown">oldtown</a> <span>March 5, 2024 at 7:03 am</span></div>
<p>The roads on the east side flood every single winter and this council spends its money on a bridge instead of drains.</p>
<div><button>▲</button><span>9</span><button>▼</button> <a href="#reply-3">Reply</a></div></div>
<div><div><a href="/u/cyclist22">cyclist22</a> <span>March 5, 2024 at 8:15 am</span></div>
<p>Glad to see a separate path for bikes, the old bridge is terrifying to ride across when the lorries come past you.</p>
<div><button>▲</button><span>31</span><button>▼</button> <a href="#reply-4">Reply</a></div></div>
</div>
</div>
<div><p>© 2024 Valley Post · <a href="/privacy">Privacy</a></p></div>
</body></html>)HTML",
           {"voted seven to two on Tuesday night", "a separate path for cyclists and walkers", "better spent repairing the roads", "Work on the foundations is due to start"},
           {"stuck in the queue for the old bridge", "Three years means five in practice", "spends its money on a bridge instead of drains", "the old bridge is terrifying", "Privacy"}});
}

TEST_CASE("de: a blog post, \"3 Antworten\" over a box of reader replies in HTML5 articles") {
    check({"k58_de_blog_replies", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Wir haben den Balkon begrünt - Gartenbuch</title></head>
<body>
<header><a href="/">Gartenbuch</a><nav><a href="/beete">Beete</a> <a href="/balkon">Balkon</a> <a href="/kontakt">Kontakt</a></nav></header>
<main>
<h1>Wir haben den Balkon begrünt</h1>
<section>
<div><p>Im Frühjahr haben wir beschlossen, den kahlen Balkon im dritten Stock in einen kleinen Garten zu verwandeln, mit Kräutern, Tomaten und einer Kletterbohne.</p>
<p>Das größte Problem war der Wind: Die ersten Setzlinge knickten schon nach zwei Tagen um, bis wir ein Gitter aus Weidenruten an das Geländer gebunden haben.</p>
<p>Gegossen wird jetzt mit einem Tropfschlauch aus einem Regenfass, das wir unter das Fallrohr der Dachrinne gestellt haben.</p></div>
</section>
<h2>3 Antworten</h2>
<section>
<article><header><a href="/u/hanna">Hanna</a> <time datetime="2024-06-02">2. Juni 2024</time></header>
<p>Tolle Idee mit den Weidenruten! Bei uns hat der Wind im letzten Sommer die ganze Tomatenpflanze vom Balkon geweht.</p>
<footer><button>▲</button><span>5</span><button>▼</button> <a href="#antwort-1">Antworten</a></footer></article>
<article><header><a href="/u/jens">Jens</a> <time datetime="2024-06-03">3. Juni 2024</time></header>
<p>Wie groß ist denn euer Regenfass? Reicht das im August wirklich für alle Töpfe, wenn es wochenlang nicht regnet?</p>
<footer><button>▲</button><span>2</span><button>▼</button> <a href="#antwort-2">Antworten</a></footer></article>
<article><header><a href="/u/mia">Mia</a> <time datetime="2024-06-04">4. Juni 2024</time></header>
<p>Kletterbohnen sind auf dem Balkon wunderbar, sie spenden im Hochsommer sogar ein bisschen Schatten für den Sitzplatz.</p>
<footer><button>▲</button><span>7</span><button>▼</button> <a href="#antwort-3">Antworten</a></footer></article>
</section>
</main>
<footer><p>© 2024 Gartenbuch · <a href="/impressum">Impressum</a></p></footer>
</body></html>)HTML",
           {"den kahlen Balkon im dritten Stock", "ein Gitter aus Weidenruten", "mit einem Tropfschlauch aus einem Regenfass"},
           {"die ganze Tomatenpflanze vom Balkon geweht", "Wie groß ist denn euer Regenfass", "ein bisschen Schatten für den Sitzplatz", "Impressum"}});
}

TEST_CASE("ja: a news article, \"3件の回答\" in a header box opening the readers' box, div soup") {
    check({"k58_ja_news_readers", R"HTML(<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>市が新しい図書館の建設を決定 - 港町ニュース</title></head>
<body>
<div><a href="/">港町ニュース</a> <a href="/local">地域</a> <a href="/economy">経済</a> <a href="/sports">スポーツ</a></div>
<div>
<div><h1>市が新しい図書館の建設を決定</h1></div>
<div>
<div><p>市議会は十二日、駅前の旧庁舎跡地に新しい中央図書館を建設する計画を賛成多数で可決した。開館は三年後の春を予定している。</p>
<p>新しい図書館には約四十万冊の蔵書を収め、子ども向けの読書室や学習スペースのほか、地域の歴史資料を展示するコーナーも設ける。</p>
<p>一方で、建設費が当初の見込みより大きく膨らんだことから、一部の議員は計画の見直しを求めていた。</p></div>
</div>
<div>
<div><h2>3件の回答</h2></div>
<div>
<div><div><a href="/u/yamada">山田</a> <span>2024年3月12日 21:05</span></div>
<div><p>子どもが自習できる場所が増えるのはうれしいです。今の図書館はいつも満席で座れません。</p></div>
<div><button>▲</button><span>14</span><button>▼</button> <a href="#r1">返信</a></div></div>
<div><div><a href="/u/sato">佐藤</a> <span>2024年3月12日 22:30</span></div>
<div><p>建設費がここまで膨らむなら、まず既存の分館の改修を優先すべきだったと思います。</p></div>
<div><button>▲</button><span>8</span><button>▼</button> <a href="#r2">返信</a></div></div>
<div><div><a href="/u/kimura">木村</a> <span>2024年3月13日 7:48</span></div>
<div><p>駅前なら通勤の帰りにも寄れるので便利になりますね。開館が楽しみです。</p></div>
<div><button>▲</button><span>21</span><button>▼</button> <a href="#r3">返信</a></div></div>
</div>
</div>
</div>
<div><p>© 2024 港町ニュース · <a href="/privacy">プライバシー</a></p></div>
</body></html>)HTML",
           {"新しい中央図書館を建設する計画", "約四十万冊の蔵書を収め", "一部の議員は計画の見直しを求めていた"},
           {"いつも満席で座れません", "既存の分館の改修を優先", "開館が楽しみです", "プライバシー"}});
}
