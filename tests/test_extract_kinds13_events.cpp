// Page kinds of issue 18, thirteenth round (kinds10_util.hpp: each page as written and class-blind):
// event pages whose when line puts each clock time in an element of its own around a dash
// ("<span>8:30 pm</span> – <span>10:30 pm</span>", as an events plugin writes its schedule), and
// whose head stands beside the entry's box (the description one or two boxes further down), not
// beside the description (en events-plugin markup, de div soup, ja HTML5 <time>s, es table
// layout); and a news dateline of two stamps that is no span (ru). Written from how these
// systems mark pages up, not from any test data.

#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("en: events plugin page, the when line as two <span>s around a dash (5:00 am - 7:30 am) beside the entry's box") {
    check({"k13_en_event_spans", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Dawn Chorus Walk at Hollow Mere &#8211; Riverside Wildlife Group</title></head>
<body class="tribe_events-template-default single single-tribe_events">
<header class="site-header"><a class="site-title" href="/">Riverside Wildlife Group</a><nav class="main-navigation"><ul class="menu"><li><a href="/events/">Events</a></li><li><a href="/reserves/">Our Reserves</a></li><li><a href="/join/">Join</a></li></ul></nav></header>
<main id="tribe-events-pg-template" class="tribe-events-pg-template"><div class="tribe-events-before-html"></div><span class="tribe-events-ajax-loading"></span>
<div id="tribe-events-content" class="tribe-events-single">
<p class="tribe-events-back"><a href="/events/"> &laquo; All Events</a></p>
<div class="tribe-events-notices"><ul><li>This event has passed.</li></ul></div>
<h1 class="tribe-events-single-event-title">Dawn Chorus Walk at Hollow Mere</h1>
<div class="tribe-events-schedule tribe-clearfix">
<h2><span class="tribe-event-date-start">May 5 @ 5:00 am</span> - <span class="tribe-event-time">7:30 am</span></h2>
<span class="tribe-events-cost">£4</span>
</div>
<div id="tribe-events-header" class="tribe-events-single-event-header"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="/event/pond-survey/"><span>&laquo;</span> Pond Survey Training</a></li><li class="tribe-events-nav-next"><a href="/event/moth-night/">Moth Night <span>&raquo;</span></a></li></ul></nav></div>
<div id="post-812" class="post-812 tribe_events type-tribe_events status-publish hentry">
<div class="tribe-events-single-event-description tribe-events-content">
<p>Meet at the reserve gate before sunrise and listen as blackbirds, robins and wrens start the morning chorus, followed by blackcaps and chiffchaffs once the light comes up. Our leader will help you pick out each song and explain why birds sing hardest at dawn.</p>
<p>The route is a level two-kilometre loop on grass paths that can be wet. Binoculars are useful but not needed. A hot drink is served at the hide afterwards.</p>
</div>
<div class="tribe-events tribe-common"><div class="tribe-events-c-subscribe-dropdown__container"><div class="tribe-events-c-subscribe-dropdown"><div class="tribe-common-c-btn-border tribe-events-c-subscribe-dropdown__button"><button class="tribe-events-c-subscribe-dropdown__button-text">Add to calendar</button></div><div class="tribe-events-c-subscribe-dropdown__content"><ul class="tribe-events-c-subscribe-dropdown__list"><li><a href="https://www.google.com/calendar/event?action=TEMPLATE">Google Calendar</a></li><li><a href="webcal://example.org/?ical=1">iCalendar</a></li><li><a href="https://outlook.live.com/owa/">Outlook 365</a></li></ul></div></div></div></div>
<div class="tribe-events-single-section tribe-events-event-meta primary tribe-clearfix">
<div class="tribe-events-meta-group tribe-events-meta-group-details">
<h2 class="tribe-events-single-section-title"> Details </h2>
<dl>
<dt class="tribe-events-start-date-label"> Date: </dt>
<dd><abbr class="tribe-events-abbr tribe-events-start-date published dtstart" title="2024-05-05"> May 5 </abbr></dd>
<dt class="tribe-events-start-time-label"> Time: </dt>
<dd><div class="tribe-events-abbr tribe-events-start-time published dtstart" title="2024-05-05"> 5:00 am - 7:30 am </div></dd>
<dt class="tribe-events-event-cost-label"> Cost: </dt>
<dd class="tribe-events-event-cost"> £4 </dd>
<dt class="tribe-events-event-categories-label">Event Category:</dt> <dd class="tribe-events-event-categories"><a href="/events/category/walks/" rel="tag">Walks</a></dd>
</dl>
</div>
<div class="tribe-events-meta-group tribe-events-meta-group-venue">
<h2 class="tribe-events-single-section-title"> Venue </h2>
<dl>
<dt class="tribe-common-a11y-visual-hide">Venue</dt>
<dd class="tribe-venue"> Hollow Mere Nature Reserve </dd>
<dt class="tribe-common-a11y-visual-hide">Address:</dt>
<dd class="tribe-venue-location"><address class="tribe-events-address"><span class="tribe-address"><span class="tribe-street-address">Mere Lane</span><br><span class="tribe-locality">Little Haddon</span><span class="tribe-delimiter">,</span> <span class="tribe-postal-code">LH4 9QT</span></span></address> <a class="tribe-events-gmap" href="https://maps.google.com/maps?q=Mere+Lane" title="Click to view a Google Map" target="_blank" rel="noreferrer noopener">+ Google Map</a></dd>
</dl>
</div>
</div>
</div>
<div id="tribe-events-footer"><nav class="tribe-events-nav-pagination" aria-label="Event Navigation"><ul class="tribe-events-sub-nav"><li class="tribe-events-nav-previous"><a href="/event/pond-survey/"><span>&laquo;</span> Pond Survey Training</a></li><li class="tribe-events-nav-next"><a href="/event/moth-night/">Moth Night <span>&raquo;</span></a></li></ul></nav></div>
</div>
<div class="tribe-events-after-html"></div></main>
<footer class="site-footer"><p>Riverside Wildlife Group is a registered charity, no. 1098765 · <a href="/privacy/">Privacy</a></p></footer>
</body></html>)HTML",
           {"May 5 @ 5:00 am", "7:30 am", "Meet at the reserve gate before sunrise", "A hot drink is served at the hide afterwards"},
           {"Pond Survey Training", "Moth Night", "registered charity", "Outlook 365"}});
}

TEST_CASE("de: div soup without classes, date and clock times in <span>s under the <h1>, the description in a box one level down") {
    check({"k13_de_event_spans", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Lesung: Die Fähre im Nebel – Literaturhaus Uferstadt</title></head>
<body>
<div><a href="/">Literaturhaus Uferstadt</a> <a href="/programm">Programm</a> <a href="/verein">Verein</a> <a href="/kontakt">Kontakt</a></div>
<div>
<div><a href="/programm">« Zurück zum Programm</a></div>
<h1>Lesung: Die Fähre im Nebel</h1>
<div><span>Freitag, 8. November 2024</span> · <span>19:30</span> – <span>21:30 Uhr</span> · <span>Saal im Erdgeschoss</span></div>
<div>
<div><p>Die Autorin liest aus ihrem neuen Roman über eine Fährfrau, die an einem Novemberabend einen Fremden ans andere Ufer bringt und dabei mehr über ihr eigenes Leben erfährt, als ihr lieb ist.</p><p>Im Anschluss spricht sie mit dem Publikum über das Schreiben auf dem Land. Der Eintritt kostet acht Euro, ermäßigt fünf Euro; Karten gibt es an der Abendkasse.</p></div>
<div><a href="/ics/412">In den Kalender eintragen</a></div>
</div>
<div><div><a href="/programm/vortrag-hafen">« Vortrag: Der alte Hafen</a></div><div><a href="/programm/kinderkino">Kinderkino im Advent »</a></div></div>
</div>
<div><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · © 2024 Literaturhaus Uferstadt e.V.</div>
</body></html>)HTML",
           {"Freitag, 8. November 2024", "19:30 – 21:30 Uhr", "einen Fremden ans andere Ufer bringt", "Karten gibt es an der Abendkasse"},
           {"Kinderkino im Advent", "Impressum"}});
}

TEST_CASE("ja: HTML5 <article>, two <time>s joined by a wave dash (18:30〜20:30) between the <h1> and the entry") {
    check({"k13_ja_event_spans", R"HTML(<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>夏休み 星空観察会 | あおば科学館</title></head>
<body>
<header><a href="/">あおば科学館</a><nav><a href="/events/">イベント</a> <a href="/exhibits/">展示</a> <a href="/access/">アクセス</a></nav></header>
<main><article class="event">
<h1 class="event-title">夏休み 星空観察会</h1>
<p class="event-when"><time datetime="2024-08-03T18:30">2024年8月3日（土）18:30</time>〜<time datetime="2024-08-03T20:30">20:30</time></p>
<div class="event-entry">
<div class="event-body"><p>屋上の天体望遠鏡で、夏の大三角や土星の環を観察します。当館の学芸員が星座の見つけ方や望遠鏡の使い方をわかりやすく説明します。</p><p>雨天・曇天の場合はプラネタリウムでの解説に変更します。小学生以下のお子さんは保護者の方と一緒にご参加ください。</p></div>
<ul class="share"><li><a href="https://twitter.com/share">ポスト</a></li><li><a href="https://www.facebook.com/sharer">シェア</a></li></ul>
</div>
</article></main>
<footer><p>© あおば科学館 <a href="/privacy/">プライバシーポリシー</a></p></footer>
</body></html>)HTML",
           {"2024年8月3日（土）18:30〜20:30", "夏の大三角や土星の環を観察します", "保護者の方と一緒にご参加ください"},
           {"プライバシーポリシー", "イベント"}});
}

TEST_CASE("es: table layout, the hours in two <font>s around a hyphen in a row of their own between the title's row and the text's") {
    check({"k13_es_event_spans", R"HTML(<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Taller de encuadernación artesanal - Biblioteca Municipal</title></head>
<body>
<table width="100%"><tr><td><a href="/">Biblioteca Municipal</a> | <a href="/agenda">Agenda</a> | <a href="/socios">Hazte socio</a></td></tr></table>
<table width="760">
<tr><td><h1>Taller de encuadernación artesanal</h1></td></tr>
<tr><td><b>Sábado 12 de octubre de 2024</b>, de <font color="#663300">10:00</font> - <font color="#663300">13:30</font> h</td></tr>
<tr><td><div><p>Aprende a coser y encuadernar tu propio cuaderno con técnicas tradicionales: plegado de pliegos, costura a la greca y tapas de cartón forradas con papel decorado.</p><p>Todos los materiales están incluidos. Plazas limitadas a doce personas; la inscripción se hace en el mostrador de préstamo o por teléfono.</p></div>
<div><a href="/agenda">Volver a la agenda</a></div></td></tr>
</table>
<table width="100%"><tr><td>© 2024 Biblioteca Municipal · <a href="/aviso-legal">Aviso legal</a></td></tr></table>
</body></html>)HTML",
           {"Sábado 12 de octubre de 2024, de 10:00 - 13:30 h", "costura a la greca", "la inscripción se hace en el mostrador"},
           {"Aviso legal", "Hazte socio"}});
}

TEST_CASE("ru: news story, a dateline of two stamps joined by a dash and a word (10:15 – обновлено 12:40) is no span: it stays out") {
    check({"k13_ru_news_stamps", R"HTML(<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>В городе открыли новый пешеходный мост через реку — Городские новости</title></head>
<body>
<header><a href="/">Городские новости</a><nav><a href="/city/">Город</a> <a href="/sport/">Спорт</a> <a href="/culture/">Культура</a></nav></header>
<main><article>
<h1>В городе открыли новый пешеходный мост через реку</h1>
<div><span>12 марта 2024</span> · <span>Опубликовано 10:15</span> – <span>обновлено 12:40</span></div>
<div>
<div><p>Новый пешеходный мост соединил набережную и парк на другом берегу реки. Его длина составляет сто восемьдесят метров, а ширина позволяет разъехаться двум велосипедистам и коляскам.</p><p>Строительство заняло полтора года. По словам городских властей, мост будет освещаться до полуночи, а зимой его настил будут очищать от снега в первую очередь.</p></div>
<div><a href="https://vk.com/share.php">Поделиться ВКонтакте</a> <a href="https://t.me/share">Telegram</a></div>
</div>
</article></main>
<footer><p>© 2024 Городские новости <a href="/about/">О редакции</a></p></footer>
</body></html>)HTML",
           {"Новый пешеходный мост соединил набережную", "очищать от снега в первую очередь"},
           {"обновлено 12:40", "Поделиться ВКонтакте", "О редакции"}});
}
