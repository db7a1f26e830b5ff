// Page kinds of issue 18, tenth round (kinds10_util.hpp): a phpBB thread (de; the posts are the
// content), a news live blog (en; its timestamped entries are the content), a job posting (es) and
// a list page of numbered picks (en). Each as its system names its boxes and class-blind.
#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("de: phpBB thread, posts with profiles and signatures, board statistics after") {
    check({"de_phpbb", R"HTML(<!DOCTYPE html><html dir="ltr" lang="de"><head><meta charset="utf-8"><title>Kachelofen zieht nicht richtig nach Umbau - Ofenforum.example</title></head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr"><div id="wrap" class="wrap"><div id="page-header"><div class="headerbar" role="banner"><div class="inner"><div id="site-description" class="site-description"><h1>Ofenforum</h1><p>Das Forum rund um Kachelofen, Kamin und Holzheizung</p></div></div></div>
<div class="navbar" role="navigation"><ul id="nav-main" class="nav-main linklist"><li><a href="/faq.php">FAQ</a></li><li><a href="/ucp.php?mode=register">Registrieren</a></li><li><a href="/ucp.php?mode=login">Anmelden</a></li></ul><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist"><li class="breadcrumbs"><span class="crumb"><a href="/index.php">Foren-Übersicht</a></span><span class="crumb"><a href="/viewforum.php?f=3">Kachelöfen</a></span></li></ul></div></div>
<div id="page-body" class="page-body" role="main"><h2 class="topic-title"><a href="/viewtopic.php?t=5521">Kachelofen zieht nicht richtig nach Umbau</a></h2>
<div class="action-bar bar-top"><a href="/posting.php?mode=reply&amp;t=5521" class="button">Antworten</a><div class="pagination">3 Beiträge • Seite <strong>1</strong> von <strong>1</strong></div></div>
<div id="p40121" class="post has-profile bg2"><div class="inner"><dl class="postprofile" id="profile40121"><dt class="has-profile-rank"><a href="/memberlist.php?u=88" class="username">Holzwurm62</a></dt><dd class="profile-rank">Mitglied</dd><dd class="profile-posts"><strong>Beiträge:</strong> 41</dd><dd class="profile-joined"><strong>Registriert:</strong> 12.01.2021</dd></dl>
<div class="postbody"><div id="post_content40121"><h3 class="first"><a href="#p40121">Kachelofen zieht nicht richtig nach Umbau</a></h3><p class="author"><a href="#p40121">Beitrag</a> von <strong><a href="/memberlist.php?u=88" class="username">Holzwurm62</a></strong> » 3. Feb 2024, 18:22</p>
<div class="content">Hallo zusammen,<br><br>wir haben im Herbst unseren alten Kachelofen umsetzen lassen, weil das Wohnzimmer neu aufgeteilt wurde. Seitdem zieht er beim Anheizen sehr schlecht, der Rauch kommt zum Teil aus der Fülltür, sobald man sie öffnet.<br><br>Der Schornstein ist derselbe, nur das Verbindungsstück ist jetzt etwa einen Meter länger und hat einen Bogen mehr. Kann das schon der Grund sein?</div>
<div id="sig40121" class="signature">Grüße aus dem Bayerischen Wald – Holzwurm</div></div></div></div></div>
<div id="p40125" class="post has-profile bg1"><div class="inner"><dl class="postprofile" id="profile40125"><dt class="has-profile-rank"><a href="/memberlist.php?u=12" class="username">Ofensetzer_Kurt</a></dt><dd class="profile-rank">Moderator</dd><dd class="profile-posts"><strong>Beiträge:</strong> 5310</dd><dd class="profile-joined"><strong>Registriert:</strong> 02.05.2009</dd></dl>
<div class="postbody"><div id="post_content40125"><h3><a href="#p40125">Re: Kachelofen zieht nicht richtig nach Umbau</a></h3><p class="author"><a href="#p40125">Beitrag</a> von <strong><a href="/memberlist.php?u=12" class="username">Ofensetzer_Kurt</a></strong> » 3. Feb 2024, 20:05</p>
<div class="content">Ja, ein zusätzlicher Bogen kostet spürbar Zug, gerade bei einem kalten Schornstein. Versuch mal, vor dem Anheizen ein Stück Zeitung im Putztürchen des Schornsteins abzubrennen, damit die Luftsäule in Bewegung kommt.<br><br>Wenn das hilft, liegt es am Zug. Dann würde ich den Bogen durch zwei 45-Grad-Stücke ersetzen lassen und den Schornsteinfeger den Förderdruck messen lassen.</div>
<div id="sig40125" class="signature">Meister im Ofen- und Luftheizungsbauerhandwerk seit 1991</div></div></div></div></div>
<div id="p40130" class="post has-profile bg2"><div class="inner"><dl class="postprofile" id="profile40130"><dt class="has-profile-rank"><a href="/memberlist.php?u=88" class="username">Holzwurm62</a></dt><dd class="profile-rank">Mitglied</dd><dd class="profile-posts"><strong>Beiträge:</strong> 42</dd><dd class="profile-joined"><strong>Registriert:</strong> 12.01.2021</dd></dl>
<div class="postbody"><div id="post_content40130"><h3><a href="#p40130">Re: Kachelofen zieht nicht richtig nach Umbau</a></h3><p class="author"><a href="#p40130">Beitrag</a> von <strong><a href="/memberlist.php?u=88" class="username">Holzwurm62</a></strong> » 5. Feb 2024, 09:47</p>
<div class="content">Danke Kurt, der Trick mit der Zeitung hat sofort funktioniert. Der Schornsteinfeger kommt nächste Woche und misst nach, dann lassen wir das Verbindungsstück ändern.</div>
<div id="sig40130" class="signature">Grüße aus dem Bayerischen Wald – Holzwurm</div></div></div></div></div>
<div class="action-bar bar-bottom"><a href="/posting.php?mode=reply&amp;t=5521" class="button">Antworten</a><div class="pagination">3 Beiträge • Seite <strong>1</strong> von <strong>1</strong></div></div>
<div class="stat-block online-list"><h3>Wer ist online?</h3><p>Mitglieder in diesem Forum: 0 Mitglieder und 7 Gäste</p></div></div>
<div id="page-footer" class="page-footer" role="contentinfo"><div class="copyright">Powered by <a href="https://www.phpbb.com/">phpBB</a>® Forum Software © phpBB Limited<br>Deutsche Übersetzung durch phpBB.de</div><div class="footer-row"><a href="/ucp.php?mode=privacy">Datenschutz</a> | <a href="/ucp.php?mode=terms">Nutzungsbedingungen</a></div></div></div></body></html>)HTML",
           {"alten Kachelofen umsetzen lassen", "der Rauch kommt zum Teil aus der Fülltür", "ein zusätzlicher Bogen kostet spürbar Zug",
            "zwei 45-Grad-Stücke ersetzen lassen", "der Trick mit der Zeitung hat sofort funktioniert"},
           {"Das Forum rund um Kachelofen", "Grüße aus dem Bayerischen Wald", "Meister im Ofen- und Luftheizungsbauerhandwerk", "0 Mitglieder und 7 Gäste",
            "Powered by", "Nutzungsbedingungen"}});
}

TEST_CASE("en: news live blog, timestamped entries newest first, key events box, related stories") {
    check({"en_liveblog", R"HTML(<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Storm Ciarla live: trains cancelled and ferries halted as gusts reach 90mph | The Northern Courier</title></head>
<body class="article-live"><div class="cookie-consent" id="sp_message_container"><p>We and our partners use cookies to personalise content and ads. You can change your choices at any time.</p><button>Yes, I'm happy</button></div>
<header class="site-header"><a class="logo" href="/">The Northern Courier</a><nav class="primary-nav"><a href="/news">News</a><a href="/sport">Sport</a><a href="/weather">Weather</a><a href="/opinion">Opinion</a></nav></header>
<main class="live-page"><div class="live-header"><span class="live-badge">LIVE</span><h1 class="headline">Storm Ciarla live: trains cancelled and ferries halted as gusts reach 90mph</h1><p class="standfirst">Amber wind warning in force across the north-west until 6pm; thousands of homes without power</p></div>
<div class="live-layout"><aside class="key-events"><h2>Key events</h2><ul><li><a href="#e5">3h ago: Ferry sailings suspended</a></li><li><a href="#e3">5h ago: Rail network closes lines</a></li></ul></aside>
<div class="live-blog-body">
<article class="live-entry" id="e6"><time class="entry-time" datetime="2024-01-21T14:32Z">14:32</time><h3 class="entry-title">Power cut to 28,000 homes</h3><div class="entry-body"><p>The electricity network operator says around 28,000 homes are without power, mostly in Cumbria and the Lancashire coast. Engineers are waiting for the wind to drop before they can climb poles safely.</p></div></article>
<article class="live-entry" id="e5"><time class="entry-time" datetime="2024-01-21T13:05Z">13:05</time><h3 class="entry-title">Ferry sailings suspended</h3><div class="entry-body"><p>All sailings between Heysham and the Isle of Man have been cancelled for the rest of the day. The operator says passengers booked today can travel on any sailing this week at no extra charge.</p></div></article>
<article class="live-entry" id="e4"><time class="entry-time" datetime="2024-01-21T12:18Z">12:18</time><div class="entry-body"><p>A reader in Morecambe sent us this picture of waves breaking over the promenade wall. Police have closed the seafront road and are asking people to stay away from the sea defences.</p></div></article>
<article class="live-entry" id="e3"><time class="entry-time" datetime="2024-01-21T11:02Z">11:02</time><h3 class="entry-title">Rail network closes lines</h3><div class="entry-body"><p>Network operators have closed the West Coast line north of Preston after trees fell on the tracks near Oxenholme. Replacement buses are not running because of the wind on the motorway.</p></div></article>
<div class="live-share"><a href="/share/x">Share on X</a> <a href="/share/fb">Share on Facebook</a></div>
</div>
<aside class="rail"><section class="most-read"><h2>Most read</h2><ol><li><a href="/news/1">Council tax to rise by 4.99% in Lancashire</a></li><li><a href="/news/2">Man rescued from flooded car on the A590</a></li><li><a href="/news/3">Why the northern lights may return tonight</a></li></ol></section></aside></div></main>
<footer class="site-footer"><p>© 2024 Northern Courier Media Ltd. All rights reserved.</p><a href="/terms">Terms</a> <a href="/contact">Contact us</a></footer></body></html>)HTML",
           {"around 28,000 homes are without power", "Power cut to 28,000 homes", "between Heysham and the Isle of Man have been cancelled",
            "waves breaking over the promenade wall", "closed the West Coast line north of Preston"},
           {"We and our partners use cookies", "Council tax to rise", "Man rescued from flooded car", "All rights reserved", "Share on Facebook"}});
}

TEST_CASE("es: job posting, description and requirements, an apply box and similar offers") {
    check({"es_job", R"HTML(<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Técnico/a de mantenimiento de aerogeneradores - Zaragoza | EmpleoNorte</title></head>
<body><div id="cookies-banner" class="cookies"><p>Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso.</p><a class="btn" href="#">Aceptar</a></div>
<header class="main-header"><a href="/" class="brand">EmpleoNorte</a><ul class="menu"><li><a href="/ofertas">Buscar ofertas</a></li><li><a href="/empresas">Empresas</a></li><li><a href="/cv">Sube tu CV</a></li><li><a href="/login">Acceder</a></li></ul></header>
<div class="container"><ul class="breadcrumb"><li><a href="/">Inicio</a></li><li><a href="/ofertas/aragon">Aragón</a></li><li>Técnico/a de mantenimiento</li></ul>
<div class="row"><div class="col-8 offer-detail"><h1 class="offer-title">Técnico/a de mantenimiento de aerogeneradores</h1><div class="offer-company"><a href="/empresa/eolica-ebro">Eólica del Ebro S.L.</a> · Zaragoza · Publicada hace 3 días</div>
<ul class="offer-summary"><li><span>Contrato:</span> Indefinido, jornada completa</li><li><span>Salario:</span> 28.000 – 32.000 € brutos/año</li><li><span>Experiencia:</span> Al menos 2 años</li></ul>
<div class="offer-description"><h2>Descripción del puesto</h2><p>Buscamos una persona para incorporarse a nuestro equipo de mantenimiento en los parques eólicos del valle del Ebro. Se encargará de las revisiones preventivas de los aerogeneradores y de resolver averías eléctricas y mecánicas en la góndola.</p>
<p>El trabajo se realiza en parejas y requiere desplazamientos diarios en vehículo de empresa desde nuestra base de Zaragoza. Ofrecemos formación certificada en trabajos en altura y rescate.</p>
<h2>Requisitos</h2><ul><li>Ciclo formativo de grado superior en electricidad, mecatrónica o similar</li><li>Permiso de conducir B</li><li>Ausencia de vértigo y buena condición física</li></ul></div>
<div class="offer-apply"><a class="btn btn-primary" href="/inscribirse/8812">Inscribirme en esta oferta</a><p>124 personas inscritas</p></div></div>
<div class="col-4 sidebar"><div class="similar-offers"><h3>Ofertas similares</h3><ul><li><a href="/oferta/8790"><strong>Electricista industrial</strong><span>Huesca · 26.000 €</span></a></li><li><a href="/oferta/8795"><strong>Técnico/a de placas solares</strong><span>Teruel · 24.000 €</span></a></li><li><a href="/oferta/8801"><strong>Mecánico/a de mantenimiento</strong><span>Zaragoza · 27.500 €</span></a></li></ul></div>
<div class="alert-box"><h3>Crea una alerta</h3><p>Recibe por correo las nuevas ofertas que encajen con tu búsqueda.</p><form><input type="email"><button>Crear alerta</button></form></div></div></div></div>
<footer class="main-footer"><p>© 2024 EmpleoNorte · <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Política de privacidad</a></p></footer></body></html>)HTML",
           {"incorporarse a nuestro equipo de mantenimiento", "resolver averías eléctricas y mecánicas", "formación certificada en trabajos en altura",
            "Ciclo formativo de grado superior", "Ausencia de vértigo"},
           {"Utilizamos cookies", "Electricista industrial", "Técnico/a de placas solares", "Recibe por correo las nuevas ofertas", "Política de privacidad",
            "124 personas inscritas"}});
}

TEST_CASE("en: list page of numbered picks, each a heading, a picture and a paragraph, affiliate buttons") {
    check({"en_list", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The 5 best walking boots for wet winters, tested | Trailhead Reviews</title></head>
<body class="single-post"><header class="header"><a href="/" class="logo">Trailhead Reviews</a><nav class="nav"><a href="/boots">Boots</a><a href="/jackets">Jackets</a><a href="/tents">Tents</a><a href="/deals">Deals</a></nav></header>
<div class="newsletter-bar"><p>Get our best gear picks every week. <a href="/subscribe">Subscribe</a></p></div>
<main class="main"><article class="post"><h1 class="post-title">The 5 best walking boots for wet winters, tested</h1><div class="post-meta">By <a href="/author/ruth">Ruth Okafor</a> · Updated 12 December 2024</div>
<p class="disclosure"><em>We may earn a commission when you buy through links on this page.</em></p>
<div class="post-content"><p>We walked more than 300 miles through the Peak District bogs and Lake District becks this autumn to find boots that stay dry when the path turns into a stream. Each pair was worn for at least forty miles before we judged it.</p>
<h2>1. Fellrunner GTX Mid</h2><figure><img src="/img/fellrunner.jpg" alt=""></figure><p>The best all-rounder: a waterproof membrane that never leaked in three weeks of rain, a stiff enough sole for scree, and a roomy toe box that suited wide feet. Our tester's only complaint was the slow-drying suede.</p><p><a class="affiliate-button" href="https://shop.example/fellrunner" rel="sponsored nofollow">£165 at Outdoor Shop</a></p>
<h2>2. Bracken Trail Leather</h2><figure><img src="/img/bracken.jpg" alt=""></figure><p>A traditional full-grain leather boot that needs breaking in, then rewards you with years of service. It is heavy, but no other pair kept our feet as warm on frozen ground.</p><p><a class="affiliate-button" href="https://shop.example/bracken" rel="sponsored nofollow">£189 at Boot Barn</a></p>
<h2>3. Skiddaw Lite</h2><figure><img src="/img/skiddaw.jpg" alt=""></figure><p>The lightest boot here at 780 grams a pair. It feels like a trail shoe on long days, though the thin sole let us feel every sharp stone on the rocky descents.</p><p><a class="affiliate-button" href="https://shop.example/skiddaw" rel="sponsored nofollow">£130 at Outdoor Shop</a></p>
<h2>How we tested</h2><p>Every boot was worn by two testers with different foot shapes, and we soaked each pair in a stream for ten minutes at the end of a walk to check the seams.</p></div>
<div class="share-bar"><span>Share:</span><a href="/s/fb">Facebook</a><a href="/s/x">X</a><a href="/s/pin">Pinterest</a></div></article>
<section class="related-posts"><h3>You might also like</h3><div class="related-card"><a href="/best-waterproof-jackets"><h4>The best waterproof jackets of 2024</h4></a><p>Seven shells tested in real Lakeland rain.</p></div><div class="related-card"><a href="/best-walking-socks"><h4>Best walking socks for blister-free miles</h4></a><p>Merino, synthetic or both?</p></div><div class="related-card"><a href="/gaiters-guide"><h4>Do you really need gaiters?</h4></a><p>Our guide to keeping mud out.</p></div></section></main>
<footer class="footer"><p>Trailhead Reviews is reader-supported. © 2024 Trailhead Media</p></footer></body></html>)HTML",
           {"We walked more than 300 miles", "1. Fellrunner GTX Mid", "a waterproof membrane that never leaked", "2. Bracken Trail Leather",
            "no other pair kept our feet as warm", "The lightest boot here at 780 grams", "soaked each pair in a stream"},
           {"Get our best gear picks every week", "The best waterproof jackets of 2024", "Best walking socks", "Trailhead Reviews is reader-supported"}});
}
