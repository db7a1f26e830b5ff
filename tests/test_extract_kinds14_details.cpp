// Page kinds of issue 18, fourteenth round (kinds10_util.hpp: each page as written and class-blind):
// an event page's details after its description — a section of one to three groups, each a
// heading ("Details", "Venue", "Organizer") over short label–value pairs (a <dl>, a table of
// <th>/<td> rows, or rows of a label element beside its value), a category or map link among
// them — is where and when the event is: a reader copying the event copies it. An events plugin's
// markup (en), div soup without classes (de), HTML5 sections (ja), a table layout (es); a list of
// other events after the description (linked headlines) stays out. Written from how these
// systems mark pages up, not from any test data.

#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("en: events plugin page, Details / Venue / Organizer <dl>s after the description and a calendar row") {
    check({"k14_en_event_details", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Bat Walk on the Old Canal &#8211; Greenway Trust</title></head>
<body class="single single-event">
<header class="site-header"><a class="site-title" href="/">Greenway Trust</a><nav class="main-navigation"><ul class="menu"><li><a href="/events/">Events</a></li><li><a href="/volunteer/">Volunteer</a></li><li><a href="/donate/">Donate</a></li></ul></nav></header>
<main id="primary" class="site-main">
<div id="event-content" class="event-single">
<p class="event-back"><a href="/events/">&laquo; All Events</a></p>
<h1 class="event-title">Bat Walk on the Old Canal</h1>
<div id="post-4410" class="post-4410 event type-event status-publish hentry">
<div class="event-description entry-content">
<p>Join our bat expert for an evening stroll along the towpath as the light fades. Using bat detectors we will listen for pipistrelles hunting over the water and, with luck, the rarer Daubenton's bats skimming insects from the surface.</p>
<p>The walk is about three kilometres on a flat, surfaced path. Bring a torch and warm clothes; detectors are provided. Children are welcome with an adult.</p>
</div>
<div class="event-subscribe"><a class="button" href="/events/bat-walk/ical/">Add to calendar</a> <a class="button" href="https://calendar.example.com/render?action=TEMPLATE">Google Calendar</a></div>
<div class="event-meta primary">
<div class="event-meta-group event-meta-group-details">
<h2 class="event-meta-title">Details</h2>
<dl>
<dt>Date:</dt><dd><abbr class="dtstart" title="2024-08-23">August 23</abbr></dd>
<dt>Time:</dt><dd>8:30 pm - 10:00 pm</dd>
<dt>Cost:</dt><dd>£6 (members free)</dd>
<dt>Event Category:</dt><dd><a href="/events/category/wildlife/" rel="tag">Wildlife walks</a></dd>
</dl>
</div>
<div class="event-meta-group event-meta-group-venue">
<h2 class="event-meta-title">Venue</h2>
<dl>
<dt>Venue:</dt><dd>Lock Keeper's Cottage</dd>
<dt>Address:</dt><dd>Towpath Lane, Millbridge MB3 7RP</dd>
<dt>Map:</dt><dd><a href="https://maps.example.com/?q=Towpath+Lane">+ Map</a></dd>
</dl>
</div>
<div class="event-meta-group event-meta-group-organizer">
<h2 class="event-meta-title">Organizer</h2>
<dl>
<dt>Name:</dt><dd>Greenway Trust Wildlife Team</dd>
<dt>Phone:</dt><dd>01632 960 114</dd>
<dt>Email:</dt><dd><a href="mailto:wildlife@example.org">wildlife@example.org</a></dd>
</dl>
</div>
</div>
</div>
<nav class="event-pager"><a href="/event/pond-dipping/">&laquo; Pond Dipping Morning</a> <a href="/event/hedge-laying/">Hedge Laying Day &raquo;</a></nav>
</div>
</main>
<footer class="site-footer"><p>&copy; 2024 Greenway Trust, charity no. 1123456 · <a href="/privacy/">Privacy</a></p></footer>
</body></html>)HTML",
           {"pipistrelles hunting over the water", "detectors are provided", "Lock Keeper's Cottage", "Towpath Lane, Millbridge MB3 7RP",
            "8:30 pm - 10:00 pm", "Greenway Trust Wildlife Team"},
           {"Pond Dipping Morning", "Hedge Laying Day", "charity no. 1123456", "Volunteer"}});
}

TEST_CASE("de: div soup without classes, Details and Veranstaltungsort as headed rows of a label <span> beside its value") {
    check({"k14_de_event_details", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Orgelkonzert zum Advent – Kulturkreis Talheim</title></head>
<body>
<div><a href="/">Kulturkreis Talheim</a> <a href="/termine">Termine</a> <a href="/mitglied">Mitglied werden</a> <a href="/kontakt">Kontakt</a></div>
<div>
<h1>Orgelkonzert zum Advent</h1>
<div>
<div><p>Zum zweiten Advent spielt die Kantorin Werke von Bach, Buxtehude und Pachelbel auf der frisch restaurierten Orgel der Dorfkirche. Zwischen den Stücken erzählt sie, wie das Instrument im vergangenen Sommer Pfeife für Pfeife gereinigt wurde.</p><p>Nach dem Konzert gibt es im Gemeindehaus Glühwein und Gebäck. Der Erlös kommt der Kirchenmusik zugute.</p></div>
<div><a href="/termine/412.ics">In den Kalender</a></div>
<div>
<div><h3>Details</h3>
<div><div><span>Datum:</span> <span>Sonntag, 8. Dezember 2024</span></div><div><span>Beginn:</span> <span>17:00 Uhr</span></div><div><span>Eintritt:</span> <span>frei, Spenden erbeten</span></div><div><span>Kategorie:</span> <span><a href="/termine/musik">Musik</a></span></div></div>
</div>
<div><h3>Veranstaltungsort</h3>
<div><div><span>Ort:</span> <span>Dorfkirche St. Martin</span></div><div><span>Adresse:</span> <span>Kirchgasse 3, 74388 Talheim</span></div></div>
</div>
</div>
</div>
<div><h3>Weitere Termine</h3><div><a href="/termine/410">Lesung: Winter im Weinberg</a></div><div><a href="/termine/415">Neujahrskonzert der Blaskapelle</a></div></div>
</div>
<div><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · © 2024 Kulturkreis Talheim e.V.</div>
</body></html>)HTML",
           {"frisch restaurierten Orgel der Dorfkirche", "Glühwein und Gebäck", "Sonntag, 8. Dezember 2024", "Dorfkirche St. Martin",
            "Kirchgasse 3, 74388 Talheim"},
           {"Winter im Weinberg", "Neujahrskonzert der Blaskapelle", "Mitglied werden", "Impressum"}});
}

TEST_CASE("ja: HTML5 sections, 詳細 and 会場 <dl>s after the description, a share row between") {
    check({"k14_ja_event_details", R"HTML(<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>親子で楽しむ星空観察会 | みなと科学館</title></head>
<body>
<header><a href="/">みなと科学館</a><nav><ul><li><a href="/events/">イベント</a></li><li><a href="/exhibits/">展示</a></li><li><a href="/access/">アクセス</a></li></ul></nav></header>
<main>
<h1>親子で楽しむ星空観察会</h1>
<div>
<section><p>科学館の屋上で、大型望遠鏡を使って土星の輪や月のクレーターを観察します。解説員が星座の見つけ方や星の一生について、子どもにもわかりやすくお話しします。</p><p>雨天や曇天の場合は、プラネタリウムでの星空解説に変更となります。防寒着をご用意ください。</p></section>
<div><a href="https://twitter.example.com/share">ポスト</a> <a href="https://line.example.com/share">LINEで送る</a></div>
<div>
<section><h2>詳細</h2><dl><dt>日時</dt><dd>2024年11月16日（土）18:00〜19:30</dd><dt>対象</dt><dd>小学生以上とその保護者</dd><dt>定員</dt><dd>30名（先着順）</dd><dt>参加費</dt><dd>無料</dd></dl></section>
<section><h2>会場</h2><dl><dt>場所</dt><dd>みなと科学館 屋上天体観測室</dd><dt>住所</dt><dd>港区海岸通り1-2-3</dd><dt>地図</dt><dd><a href="/access/">アクセスマップ</a></dd></dl></section>
</div>
</div>
<aside><h2>関連イベント</h2><ul><li><a href="/events/101">化石発掘体験</a></li><li><a href="/events/102">ロボット工作教室</a></li></ul></aside>
</main>
<footer><p>© 2024 みなと科学館 <a href="/privacy/">プライバシーポリシー</a></p></footer>
</body></html>)HTML",
           {"土星の輪や月のクレーターを観察します", "防寒着をご用意ください", "2024年11月16日（土）18:00〜19:30", "みなと科学館 屋上天体観測室",
            "港区海岸通り1-2-3"},
           {"化石発掘体験", "ロボット工作教室", "LINEで送る", "プライバシーポリシー"}});
}

TEST_CASE("es: table layout, Detalles and Lugar as headed tables of <th>/<td> rows after the description") {
    check({"k14_es_event_details", R"HTML(<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Ruta guiada por el casco antiguo - Ayuntamiento de Valdeoro</title></head>
<body>
<table width="100%"><tr><td><a href="/">Ayuntamiento de Valdeoro</a> | <a href="/agenda">Agenda</a> | <a href="/turismo">Turismo</a> | <a href="/sede">Sede electrónica</a></td></tr></table>
<table width="780"><tr><td>
<h1>Ruta guiada por el casco antiguo</h1>
<div><p>Un guía local recorrerá con los participantes las calles medievales de la villa, desde la muralla hasta la plaza porticada, contando la historia de sus palacios, conventos y antiguos oficios.</p><p>La ruta dura unas dos horas y no es apta para carritos por las escaleras del barrio alto. Se recomienda calzado cómodo.</p></div>
<div><a href="/agenda/ruta.ics">Añadir al calendario</a></div>
<div>
<div><h4>Detalles</h4><table><tr><th>Fecha:</th><td>sábado, 19 de octubre de 2024</td></tr><tr><th>Hora:</th><td>11:00 - 13:00</td></tr><tr><th>Precio:</th><td>gratuito, con inscripción</td></tr></table></div>
<div><h4>Lugar</h4><table><tr><th>Punto de encuentro:</th><td>Puerta de la Villa</td></tr><tr><th>Dirección:</th><td>Plaza Mayor, 1, Valdeoro</td></tr></table></div>
</div>
<div><b>Otras actividades:</b> <a href="/agenda/concierto">Concierto de la banda municipal</a> · <a href="/agenda/mercado">Mercado medieval</a></div>
</td></tr></table>
<table width="100%"><tr><td>© 2024 Ayuntamiento de Valdeoro · <a href="/aviso-legal">Aviso legal</a></td></tr></table>
</body></html>)HTML",
           {"las calles medievales de la villa", "Se recomienda calzado cómodo", "sábado, 19 de octubre de 2024", "Puerta de la Villa",
            "Plaza Mayor, 1, Valdeoro"},
           {"Concierto de la banda municipal", "Mercado medieval", "Sede electrónica", "Aviso legal"}});
}

TEST_CASE("ru: HTML5 news story, a headed box of label–value rows after it whose values are links (rubric, tags, author page) stays out") {
    check({"k14_ru_news_taxonomy", R"HTML(<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>На набережной высадили двести лип — Вести Приречья</title></head>
<body>
<header><a href="/">Вести Приречья</a><nav><a href="/city/">Город</a> <a href="/nature/">Природа</a> <a href="/sport/">Спорт</a></nav></header>
<main>
<h1>На набережной высадили двести лип</h1>
<div>
<section><p>В субботу волонтёры и сотрудники парка высадили на набережной двести молодых лип. Саженцы привезли из областного питомника, каждому дереву уже около восьми лет.</p><p>Уход за деревьями первые три года возьмёт на себя подрядчик, а жители смогут следить за посадками через городской портал.</p></section>
<div><a href="https://vk.example.com/share">Поделиться</a> <a href="https://t.example.com/share">Telegram</a></div>
<div><h3>Информация</h3><div><div><span>Рубрика:</span> <a href="/nature/">Природа</a></div><div><span>Теги:</span> <a href="/tag/parki/">парки</a>, <a href="/tag/volontery/">волонтёры</a></div><div><span>Автор:</span> <a href="/authors/ivanova/">Мария Иванова</a></div></div></div>
</div>
</main>
<footer><p>© 2024 Вести Приречья <a href="/about/">О редакции</a></p></footer>
</body></html>)HTML",
           {"высадили на набережной двести молодых лип", "следить за посадками через городской портал"},
           {"Рубрика:", "парки,", "Мария Иванова", "О редакции"}});
}
