// Page kinds of issue 18, fifteenth round (kinds10_util.hpp: each page as written and class-blind):
// a documentation or how-to page sets notes, tips and warnings in its text as <aside>s (a short
// label line over a sentence or two) and code listings in <figure>s. An <aside> is a sidebar's
// tag and a small one in the region went as chrome; a <figure> kept only pictures and captions,
// so a listing in one was lost. A callout stands inside the article's box between blocks with
// text, holds prose, links to little, held no control and is labelled a word or two; a figure
// of a <pre> or <table> and no picture is those blocks. Starlight-like markup (ko, named and
// bare), MkDocs-like classes (de), HTML5 without classes (en), a table layout (ru); a news
// story's signup box (its form), related-links box and app promo (a phrase over a sentence)
// inside the text stay out (en). Written from how these pages are marked up, not from any test
// data.

#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("ko: Starlight-like page, note and caution <aside>s whose label the theme hides, a code listing in a <figure> with a copy button") {
    check({"k15_ko_docs_asides", R"HTML(<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>작업 예약하기 | 다람쥐 문서</title></head>
<body>
<header class="header"><a href="/" class="site-title">다람쥐 문서</a><div class="search"><button>검색</button></div></header>
<div class="page">
<nav class="sidebar" aria-label="주 메뉴"><ul class="top-level"><li><a href="/ko/start/">시작하기</a></li><li><a href="/ko/install/">설치</a></li><li><a href="/ko/jobs/" aria-current="page">작업 예약하기</a></li><li><a href="/ko/logs/">로그 보기</a></li><li><a href="/ko/faq/">자주 묻는 질문</a></li></ul></nav>
<div class="main-frame"><div class="right-sidebar"><nav aria-labelledby="starlight__on-this-page"><h2 id="starlight__on-this-page">이 페이지의 내용</h2><ul><li><a href="#_top">개요</a></li><li><a href="#cron">주기 지정</a></li><li><a href="#retry">재시도</a></li></ul></nav></div>
<main><div class="content-panel"><h1 id="_top">작업 예약하기</h1></div>
<div class="content-panel"><div class="sl-markdown-content">
<p>다람쥐는 정해진 시각에 스크립트를 실행하는 작업을 예약할 수 있습니다. 이 문서는 주기를 지정하는 방법과 실패한 작업을 다시 실행하는 방법을 설명합니다.</p>
<h2 id="cron">주기 지정</h2>
<p>각 작업은 설정 파일에 이름과 명령, 실행 주기를 적어서 만듭니다. 주기는 분 단위의 간격이나 요일과 시각으로 지정합니다.</p>
<div class="expressive-code"><figure class="frame"><pre><code>jobs:
  backup:
    command: ./backup.sh
    every: 30m</code></pre><div class="copy"><button title="복사">복사</button></div></figure></div>
<aside aria-label="참고" class="starlight-aside starlight-aside--note"><p class="starlight-aside__title" aria-hidden="true">참고</p><section class="starlight-aside__content"><p>간격이 1분보다 짧으면 작업이 겹쳐서 실행될 수 있으므로 설정을 불러올 때 오류로 처리됩니다.</p></section></aside>
<h2 id="retry">재시도</h2>
<p>작업이 실패하면 다람쥐는 로그에 종료 코드를 남기고 설정된 횟수만큼 다시 실행합니다.</p>
<aside aria-label="주의" class="starlight-aside starlight-aside--caution"><p class="starlight-aside__title" aria-hidden="true">주의</p><section class="starlight-aside__content"><p>재시도 횟수를 크게 잡으면 외부 서비스에 같은 요청을 여러 번 보내게 되니 주의하세요.</p></section></aside>
<p>재시도 사이의 대기 시간은 매번 두 배로 늘어납니다.</p>
</div></div>
<div class="content-panel"><footer class="sl-flex"><div class="meta"><a href="https://example.org/daramjwi/edit/main/docs/ko/jobs.md" class="sl-flex">페이지 편집하기</a><p>마지막 업데이트: 2024년 4월 9일</p></div>
<div class="pagination-links"><a href="/ko/install/" rel="prev"><span>이전<br><span class="link-title">설치</span></span></a><a href="/ko/logs/" rel="next"><span>다음<br><span class="link-title">로그 보기</span></span></a></div></footer></div>
</main></div></div>
</body></html>)HTML",
           {"실행 주기를 적어서 만듭니다", "command: ./backup.sh", "작업이 겹쳐서 실행될 수 있으므로", "같은 요청을 여러 번 보내게 되니", "매번 두 배로 늘어납니다"},
           {"자주 묻는 질문", "이 페이지의 내용", "복사", "페이지 편집하기", "로그 보기"}});
}

TEST_CASE("ko: the same page bare (no class, id or aria attribute): the asides' labels show") {
    check({"k15_ko_docs_asides_bare", R"HTML(<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>작업 예약하기 | 다람쥐 문서</title></head>
<body>
<header><a href="/">다람쥐 문서</a><div><button>검색</button></div></header>
<div>
<nav><ul><li><a href="/ko/start/">시작하기</a></li><li><a href="/ko/install/">설치</a></li><li><a href="/ko/jobs/">작업 예약하기</a></li><li><a href="/ko/logs/">로그 보기</a></li><li><a href="/ko/faq/">자주 묻는 질문</a></li></ul></nav>
<div><div><nav><h2>이 페이지의 내용</h2><ul><li><a href="#_top">개요</a></li><li><a href="#cron">주기 지정</a></li><li><a href="#retry">재시도</a></li></ul></nav></div>
<main><div><h1>작업 예약하기</h1></div>
<div><div>
<p>다람쥐는 정해진 시각에 스크립트를 실행하는 작업을 예약할 수 있습니다. 이 문서는 주기를 지정하는 방법과 실패한 작업을 다시 실행하는 방법을 설명합니다.</p>
<h2>주기 지정</h2>
<p>각 작업은 설정 파일에 이름과 명령, 실행 주기를 적어서 만듭니다. 주기는 분 단위의 간격이나 요일과 시각으로 지정합니다.</p>
<div><figure><pre><code>jobs:
  backup:
    command: ./backup.sh
    every: 30m</code></pre><div><button>복사</button></div></figure></div>
<aside><p>참고</p><section><p>간격이 1분보다 짧으면 작업이 겹쳐서 실행될 수 있으므로 설정을 불러올 때 오류로 처리됩니다.</p></section></aside>
<h2>재시도</h2>
<p>작업이 실패하면 다람쥐는 로그에 종료 코드를 남기고 설정된 횟수만큼 다시 실행합니다.</p>
<aside><p>주의</p><section><p>재시도 횟수를 크게 잡으면 외부 서비스에 같은 요청을 여러 번 보내게 되니 주의하세요.</p></section></aside>
<p>재시도 사이의 대기 시간은 매번 두 배로 늘어납니다.</p>
</div></div>
<div><footer><div><a href="https://example.org/daramjwi/edit/main/docs/ko/jobs.md">페이지 편집하기</a><p>마지막 업데이트: 2024년 4월 9일</p></div>
<div><a href="/ko/install/"><span>이전<br><span>설치</span></span></a><a href="/ko/logs/"><span>다음<br><span>로그 보기</span></span></a></div></footer></div>
</main></div></div>
</body></html>)HTML",
           {"실행 주기를 적어서 만듭니다", "command: ./backup.sh", "작업이 겹쳐서 실행될 수 있으므로", "같은 요청을 여러 번 보내게 되니", "매번 두 배로 늘어납니다"},
           {"자주 묻는 질문", "이 페이지의 내용", "페이지 편집하기"}});
}

TEST_CASE("de: MkDocs-like page, Hinweis and Warnung as <aside> callouts after a code block and a paragraph") {
    check({"k15_de_docs_callouts", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Den Zwischenspeicher einrichten - Fernwood</title></head>
<body>
<header class="md-header"><nav class="md-header__inner"><a href="/" class="md-header__button md-logo">Fernwood</a><div class="md-header__title">Den Zwischenspeicher einrichten</div><div class="md-search"><input placeholder="Suchen"></div></nav></header>
<div class="md-container"><main class="md-main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary"><div class="md-sidebar__scrollwrap"><nav class="md-nav md-nav--primary"><label class="md-nav__title">Fernwood</label><ul class="md-nav__list">
<li class="md-nav__item"><a href="../installation/" class="md-nav__link">Installation</a></li>
<li class="md-nav__item"><a href="../schnellstart/" class="md-nav__link">Schnellstart</a></li>
<li class="md-nav__item md-nav__item--active"><a href="./" class="md-nav__link md-nav__link--active">Den Zwischenspeicher einrichten</a></li>
<li class="md-nav__item"><a href="../protokolle/" class="md-nav__link">Protokolle</a></li>
<li class="md-nav__item"><a href="../api/" class="md-nav__link">API-Referenz</a></li>
<li class="md-nav__item"><a href="../aenderungen/" class="md-nav__link">Änderungen</a></li></ul></nav></div></div>
<div class="md-sidebar md-sidebar--secondary"><div class="md-sidebar__scrollwrap"><nav class="md-nav md-nav--secondary"><label class="md-nav__title">Auf dieser Seite</label><ul class="md-nav__list">
<li class="md-nav__item"><a href="#backend-wahlen" class="md-nav__link">Backend wählen</a></li>
<li class="md-nav__item"><a href="#ablauf" class="md-nav__link">Ablauf</a></li></ul></nav></div></div>
<div class="md-content"><article class="md-content__inner md-typeset">
<h1 id="den-zwischenspeicher-einrichten">Den Zwischenspeicher einrichten</h1>
<p>Fernwood legt die Ergebnisse aufwendiger Abfragen in einem Zwischenspeicher ab, damit wiederholte Anfragen ohne Zugriff auf die Datenbank beantwortet werden. Diese Seite erklärt, wie man ein Backend wählt und wie lange Einträge gültig bleiben.</p>
<h2 id="backend-wahlen">Backend wählen<a class="headerlink" href="#backend-wahlen" title="Permanent link">¶</a></h2>
<p>Das Backend wird in der Einstellungsdatei gewählt. Das Speicher-Backend ist am schnellsten, geht aber beim Neustart verloren; das Platten-Backend übersteht Neustarts, liest dafür langsamer.</p>
<div class="highlight"><pre><span></span><button class="md-clipboard md-icon" title="In die Zwischenablage kopieren">Kopieren</button><code>CACHE = {
    "backend": "disk",
    "path": "/var/cache/fernwood",
}
</code></pre></div>
<aside class="callout callout-note"><p class="callout-title">Hinweis</p><div class="callout-body"><p>Das Platten-Backend braucht ein Verzeichnis, in das der Serverprozess schreiben darf; es wird nicht automatisch angelegt.</p></div></aside>
<h2 id="ablauf">Ablauf<a class="headerlink" href="#ablauf" title="Permanent link">¶</a></h2>
<p>Jeder Eintrag trägt eine Lebensdauer in Sekunden. Ist sie abgelaufen, wird der Eintrag beim nächsten Lesen verworfen und der Wert neu aus der Datenbank berechnet.</p>
<aside class="callout callout-warning"><p class="callout-title">Warnung</p><div class="callout-body"><p>Eine Lebensdauer von null schaltet den Ablauf ganz ab, sodass veraltete Werte so lange ausgeliefert werden können, wie der Prozess läuft.</p></div></aside>
<p>Für die meisten Seiten ist eine Lebensdauer zwischen fünf und dreißig Minuten ein vernünftiger Anfang.</p>
</article></div></div></main>
<footer class="md-footer"><div class="md-source-file"><a href="https://example.org/fernwood/edit/main/docs/cache.md">Diese Seite bearbeiten</a></div><nav class="md-footer__inner md-grid"><a href="../schnellstart/" class="md-footer__link md-footer__link--prev"><div class="md-footer__title"><span class="md-footer__direction">Zurück</span><div class="md-ellipsis">Schnellstart</div></div></a><a href="../protokolle/" class="md-footer__link md-footer__link--next"><div class="md-footer__title"><span class="md-footer__direction">Weiter</span><div class="md-ellipsis">Protokolle</div></div></a></nav>
<div class="md-footer-meta"><div class="md-copyright">Erstellt mit <a href="https://example.org/mkdocs">MkDocs</a></div></div></footer>
</div></body></html>)HTML",
           {"Das Backend wird in der Einstellungsdatei gewählt", "\"path\": \"/var/cache/fernwood\"", "es wird nicht automatisch angelegt", "veraltete Werte so lange ausgeliefert werden", "zwischen fünf und dreißig Minuten"},
           {"API-Referenz", "Auf dieser Seite", "Kopieren", "Diese Seite bearbeiten", "Erstellt mit"}});
}

TEST_CASE("en: HTML5 how-to without classes, Tip and Warning <aside>s in the article, a contents <aside> beside it") {
    check({"k15_en_howto_asides", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rotating log files with logrotate | Admin Handbook</title></head>
<body>
<header><a href="/">Admin Handbook</a><nav><ul><li><a href="/guides/">Guides</a></li><li><a href="/reference/">Reference</a></li><li><a href="/about/">About</a></li></ul></nav></header>
<div>
<nav><h2>Guides</h2><ul><li><a href="/guides/users/">Managing users</a></li><li><a href="/guides/disks/">Adding a disk</a></li><li><a href="/guides/logrotate/">Rotating log files</a></li><li><a href="/guides/backups/">Nightly backups</a></li><li><a href="/guides/firewall/">A basic firewall</a></li></ul></nav>
<main>
<article>
<h1>Rotating log files with logrotate</h1>
<p>Services that write logs forever will eventually fill the disk. logrotate renames the current log on a schedule, compresses old ones and deletes those past a given age.</p>
<h2>A rule for one service</h2>
<p>Each rule names the files it applies to and says how often to rotate them and how many old copies to keep.</p>
<pre><code>/var/log/shop/*.log {
    weekly
    rotate 8
    compress
    missingok
}</code></pre>
<aside><p><strong>Tip</strong></p><p>Run logrotate with the debug flag first: it prints what it would do without touching any file.</p></aside>
<h2>Signalling the service</h2>
<p>Some services keep writing to the renamed file until they reopen their logs. A postrotate script can send them the signal that makes them do so.</p>
<aside><p><strong>Warning</strong></p><p>The copytruncate option avoids the signal but can lose the lines written while the copy is made.</p></aside>
<p>With the rule in place, the daily cron job picks it up on its next run.</p>
</article>
<nav><a href="/guides/disks/">← Adding a disk</a> <a href="/guides/backups/">Nightly backups →</a></nav>
</main>
<aside><h2>On this page</h2><ul><li><a href="#rule">A rule for one service</a></li><li><a href="#signal">Signalling the service</a></li></ul></aside>
</div>
<footer><p><a href="https://example.org/handbook/edit/guides/logrotate.md">Edit this page</a> · © 2024 Admin Handbook</p></footer>
</body></html>)HTML",
           {"compresses old ones and deletes those past a given age", "rotate 8", "Run logrotate with the debug flag first", "can lose the lines written while the copy is made", "picks it up on its next run"},
           {"Managing users", "On this page", "Edit this page", "Nightly backups →"}});
}

TEST_CASE("ru: table layout, a listing in a <figure> with its caption, Примечание and Важно <aside>s") {
    check({"k15_ru_docs_table", R"HTML(<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Резервное копирование базы | Справочник администратора</title></head>
<body>
<table width="100%"><tr><td colspan="2"><a href="/">Справочник администратора</a> | <a href="/guides/">Руководства</a> | <a href="/about/">О проекте</a></td></tr>
<tr><td width="200" valign="top"><b>Разделы</b><br><a href="/guides/users/">Пользователи</a><br><a href="/guides/disks/">Диски</a><br><a href="/guides/backup/">Резервное копирование</a><br><a href="/guides/network/">Сеть</a><br><a href="/guides/mail/">Почта</a></td>
<td valign="top">
<h1>Резервное копирование базы</h1>
<p>Копию базы данных стоит снимать каждую ночь, пока нагрузка на сервер минимальна. Ниже описано, как сделать дамп и где его хранить.</p>
<h2>Снятие дампа</h2>
<p>Утилита pg_dump сохраняет базу в один сжатый файл, который потом можно восстановить на любом сервере той же или более новой версии.</p>
<figure><pre><code>pg_dump -Fc shop &gt; /backup/shop-$(date +%F).dump</code></pre><figcaption>Дамп в сжатом формате</figcaption></figure>
<aside><b>Примечание</b><p>Пользователь, от имени которого запускается дамп, должен иметь право чтения всех таблиц базы.</p></aside>
<h2>Хранение копий</h2>
<p>Храните копии на другом диске или сервере: копия на том же диске пропадёт вместе с ним.</p>
<aside><b>Важно</b><p>Раз в месяц проверяйте, что копия действительно восстанавливается, иначе о её порче вы узнаете слишком поздно.</p></aside>
<p>Старые копии удаляйте по расписанию, оставляя последние тридцать.</p>
<p><a href="/guides/disks/">← Диски</a> | <a href="/guides/network/">Сеть →</a></p>
</td></tr>
<tr><td colspan="2"><a href="https://example.org/edit/backup">Править эту страницу</a> · © 2024</td></tr></table>
</body></html>)HTML",
           {"сохраняет базу в один сжатый файл", "pg_dump -Fc shop", "должен иметь право чтения всех таблиц", "о её порче вы узнаете слишком поздно", "оставляя последние тридцать"},
           {"Пользователи", "Править эту страницу", "О проекте"}});
}

TEST_CASE("en: news story, a newsletter signup <aside> (a form), a related-links <aside> and an app promo <aside> inside the text stay out") {
    check({"k15_en_news_asides", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves new cycle lanes for the harbour road | Northbay Courier</title></head>
<body>
<header><a href="/">Northbay Courier</a><nav><a href="/news/">News</a> <a href="/sport/">Sport</a> <a href="/opinion/">Opinion</a></nav></header>
<main><article>
<h1>Council approves new cycle lanes for the harbour road</h1>
<p>The city council voted on Tuesday to build protected cycle lanes along the full length of the harbour road, ending a dispute that has run for three years.</p>
<p>Work will start in the spring and close one traffic lane at a time, so that buses can keep to their routes throughout the works.</p>
<aside><p><strong>Morning Briefing</strong></p><p>Get the day's local news in your inbox every morning before eight.</p><form action="/subscribe"><input type="email" placeholder="Your email"><button>Sign up</button></form></aside>
<p>Shop owners on the road had asked for loading bays to stay, and the final plan keeps six of them between the new lanes and the pavement.</p>
<aside><p><strong>Related</strong></p><ul><li><a href="/news/harbour-bus-route">Harbour bus route to change in May</a></li><li><a href="/news/parking-fees">Parking fees rise in the centre.</a></li></ul></aside>
<aside><h4>Follow us on the go</h4><p>Download the Courier app for breaking news alerts wherever you are.</p></aside>
<p>The council expects the lanes to open before the end of next summer.</p>
</article></main>
<footer><p>© 2024 Northbay Courier</p></footer>
</body></html>)HTML",
           {"protected cycle lanes along the full length", "keeps six of them between the new lanes", "open before the end of next summer"},
           {"Morning Briefing", "in your inbox every morning", "Harbour bus route to change", "Parking fees rise", "Download the Courier app"}});
}
