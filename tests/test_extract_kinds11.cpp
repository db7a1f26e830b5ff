// Page kinds of issue 18, eleventh round (kinds10_util.hpp: each page as written and class-blind):
// essays with pull quotes and a members' box (en Ghost, de), FAQ pages (fr <details>, es headings),
// official notices of numbered paragraphs (de, en), release notes (en). Written from how these
// systems mark pages up, not from any test data.

#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("en: Ghost essay, excerpt, pull quotes, members' signup card, comments, read-more cards") {
    check({"en_essay", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>The slow return of the night train</title><meta property="og:type" content="article"></head>
<body class="post-template tag-travel">
<div class="gh-viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Platform Nine</a></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-essays"><a href="/tag/essays/">Essays</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin">Sign in</a><a class="gh-head-button" href="#/portal/signup">Subscribe</a></div></div></header>
<main id="site-main" class="site-main"><article class="article post tag-travel">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/travel/">Travel</a></span></section>
<h1 class="article-title">The slow return of the night train</h1><p class="article-excerpt">Sleeper services are coming back across Europe. Whether they last depends on who pays for the tracks at three in the morning.</p>
<div class="article-byline"><div class="article-byline-content"><div class="article-byline-meta"><h4 class="author-name"><a href="/author/ruth/">Ruth Ellery</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-03-11">Mar 11, 2024</time><span class="byline-reading-time"><span class="bull">&bull;</span> 6 min read</span></div></div></div></div></header>
<section class="gh-content gh-canvas">
<p>The first time I took a sleeper, the attendant woke the whole carriage at the border by knocking on each door with a coin. Twenty years later the knock is gone, replaced by a text message, but the feeling of waking up in another country has not changed at all.</p>
<p>For most of the last two decades that feeling was disappearing. Operators cut their night services because the trains were expensive to staff and the cabins sat empty on weekdays, while cheap flights filled the same routes in an hour and a half.</p>
<blockquote class="kg-blockquote-alt">The train is not competing with the plane on speed. It is competing with a hotel night.</blockquote>
<p>What changed was not the trains but the arithmetic. Once a ticket is counted as both a journey and a bed, a sleeper from Vienna to Brussels stops looking slow and starts looking cheap, at least for travellers who were going to pay for a room anyway.</p>
<h2 id="who-pays">Who pays for the night</h2>
<p>The hard part is the track. Night trains run when maintenance crews want the lines closed, and every hour a sleeper spends on the network is an hour that engineers cannot spend replacing rails. Track access charges at night are often higher, not lower, than by day.</p>
<blockquote>Every sleeper timetable is a negotiation with the people who fix the rails.</blockquote>
<p>Several governments now subsidise those charges directly. Whether that support survives the next budget round will decide if the revival is a trend or an episode.</p>
<div class="kg-card kg-signup-card kg-width-wide"><div class="kg-signup-card-content"><h2 class="kg-signup-card-heading">Get the next essay by email</h2><p class="kg-signup-card-subheading">One long read a month, no tracking, unsubscribe any time.</p><form class="kg-signup-card-form" data-members-form="signup"><input class="kg-signup-card-input" type="email" placeholder="Your email"><button class="kg-signup-card-button" type="submit">Subscribe</button></form></div></div>
</section>
<section class="article-comments gh-canvas"><div class="gh-comments"><h3 class="gh-comments-title">4 comments</h3><div class="gh-comment"><div class="gh-comment-head"><span class="gh-comment-author">Marek</span> <time datetime="2024-03-12">Mar 12</time></div><p class="gh-comment-body">Took the Nightjet to Hamburg last month and the couchette was full of families, which says a lot.</p><button class="gh-comment-reply">Reply</button></div><div class="gh-comment"><div class="gh-comment-head"><span class="gh-comment-author">Ines</span> <time datetime="2024-03-13">Mar 13</time></div><p class="gh-comment-body">The track access point is the one nobody talks about, thank you for spelling it out.</p><button class="gh-comment-reply">Reply</button></div></div></section>
</article>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3><div class="post-card"><a class="post-card-image-link" href="/ferries/"><h3 class="post-card-title">What the ferry knows about patience</h3></a></div><div class="post-card"><a class="post-card-image-link" href="/stations/"><h3 class="post-card-title">Stations that were built to be left</h3></a></div><div class="post-card"><a class="post-card-image-link" href="/timetables/"><h3 class="post-card-title">A short history of the timetable</h3></a></div></div></aside>
</main>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Platform Nine</a> &copy; 2024</section><nav class="site-footer-nav"><a href="/privacy/">Privacy</a><a href="/rss/">RSS</a></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank">Powered by Ghost</a></div></div></footer></div>
<div class="cookie-notice"><p>We use a single cookie to remember that you are signed in.</p><button>OK</button></div>
</body></html>)HTML",
           {"attendant woke the whole carriage at the border", "It is competing with a hotel night", "What changed was not the trains but the arithmetic", "Who pays for the night", "negotiation with the people who fix the rails", "a trend or an episode"},
           {"Get the next essay by email", "One long read a month", "couchette was full of families", "spelling it out", "What the ferry knows about patience", "Powered by Ghost", "single cookie to remember", "Sign in"}});
}

TEST_CASE("de: membership magazine essay, pull quote, members box, comments, related list, newsletter") {
    check({"de_essay", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Warum wir wieder Briefe schreiben | Randnotizen</title></head>
<body>
<div id="cmp-banner" class="consent"><p>Diese Website verwendet Cookies, um Ihnen ein besseres Leseerlebnis zu bieten.</p><button>Alle akzeptieren</button><button>Einstellungen</button></div>
<div class="topbar"><a class="logo" href="/">Randnotizen</a><ul class="menu"><li><a href="/essays">Essays</a></li><li><a href="/gespraeche">Gespräche</a></li><li><a href="/ueber">Über uns</a></li><li><a href="/mitglied">Mitglied werden</a></li></ul></div>
<div class="wrap"><div class="crumbs"><a href="/">Start</a> › <a href="/essays">Essays</a> › Warum wir wieder Briefe schreiben</div>
<div class="post"><h1 class="post-title">Warum wir wieder Briefe schreiben</h1><div class="meta">von <a href="/autor/lena">Lena Hartwig</a> · 4. Februar 2024 · 7 Minuten Lesezeit</div>
<div class="share"><a href="https://twitter.com/share">Teilen</a> <a href="https://facebook.com/share">Facebook</a> <a href="mailto:?">E-Mail</a></div>
<div class="post-body">
<p>Im vergangenen Herbst habe ich zum ersten Mal seit Jahren einen Brief mit der Hand geschrieben. Es war kein Liebesbrief und keine Beschwerde, sondern eine Antwort an eine alte Lehrerin, die mir zu meinem Geburtstag eine Karte geschickt hatte.</p>
<p>Ich brauchte für zwei Seiten fast eine Stunde. Nicht, weil mir die Worte fehlten, sondern weil ich jeden Satz zu Ende denken musste, bevor ich ihn aufschrieb. Eine Löschtaste gibt es auf Papier nicht.</p>
<div class="pullquote"><p>Ein Brief ist die einzige Nachricht, die nicht sofort eine Antwort verlangt.</p></div>
<p>Genau das scheint viele Menschen anzuziehen. Schreibwarenläden berichten von steigenden Umsätzen bei Briefpapier, und in mehreren Städten treffen sich Brieffreundschaftsrunden, die an die Zeit vor dem Internet erinnern.</p>
<h2>Die Langsamkeit als Geschenk</h2>
<p>Wer einen Brief bekommt, weiß, dass jemand sich Zeit genommen hat. Diese Zeit ist die eigentliche Botschaft, gleichgültig, was auf dem Papier steht. In einer Welt der Sofortnachrichten wird Warten wieder zu einer Form von Aufmerksamkeit.</p>
<p>Natürlich wird der Brief die E-Mail nicht ersetzen. Aber er erinnert daran, dass Kommunikation nicht nur schnell, sondern auch sorgfältig sein kann.</p>
</div>
<div class="members-box"><h3>Dieser Text ist frei lesbar, weil unsere Mitglieder ihn bezahlen.</h3><p>Werden Sie Mitglied ab 5 Euro im Monat und unterstützen Sie unabhängigen Journalismus.</p><a class="btn" href="/mitglied">Jetzt Mitglied werden</a></div>
<div class="tags"><a href="/tag/kultur">Kultur</a> <a href="/tag/schreiben">Schreiben</a></div>
<div class="comments"><h3>2 Kommentare</h3><div class="c"><b>Jürgen K.</b> <span>5. Februar 2024</span><p>Ich schreibe meiner Enkelin jeden Monat einen Brief, und sie antwortet tatsächlich mit Zeichnungen.</p></div><div class="c"><b>Petra</b> <span>6. Februar 2024</span><p>Schöner Text, nur die Portokosten machen das Vergnügen inzwischen etwas teuer.</p></div><form class="reply"><textarea></textarea><button>Kommentar abschicken</button></form></div>
</div>
<div class="related"><h3>Das könnte Sie auch interessieren</h3><ul><li><a href="/e/tagebuch">Das Tagebuch als Werkstatt</a></li><li><a href="/e/postkarten">Eine kurze Geschichte der Postkarte</a></li><li><a href="/e/fueller">Vom Füller zur Tastatur</a></li></ul></div>
<div class="newsletter"><h3>Newsletter</h3><p>Jeden Sonntag die besten Texte der Woche in Ihrem Postfach.</p><input type="email"><button>Anmelden</button></div>
</div>
<div class="footer"><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a> | © 2024 Randnotizen e.V.</div>
</body></html>)HTML",
           {"zum ersten Mal seit Jahren einen Brief", "Eine Löschtaste gibt es auf Papier nicht", "nicht sofort eine Antwort verlangt", "Die Langsamkeit als Geschenk", "nicht nur schnell, sondern auch sorgfältig"},
           {"verwendet Cookies", "Jetzt Mitglied werden", "unabhängigen Journalismus", "antwortet tatsächlich mit Zeichnungen", "Portokosten", "Das Tagebuch als Werkstatt", "die besten Texte der Woche", "Impressum"}});
}

TEST_CASE("fr: library FAQ, questions in <details>, cookie banner, sidebar opening hours, footer") {
    check({"fr_faq", R"HTML(<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Questions fréquentes – Médiathèque de Valbrune</title></head>
<body>
<div class="bandeau-cookies"><p>Nous utilisons des cookies de mesure d'audience. <a href="/cookies">En savoir plus</a></p><button>Accepter</button><button>Refuser</button></div>
<header class="entete"><a href="/" class="logo">Médiathèque de Valbrune</a><nav><ul><li><a href="/catalogue">Catalogue</a></li><li><a href="/agenda">Agenda</a></li><li><a href="/infos">Infos pratiques</a></li><li><a href="/faq">FAQ</a></li></ul></nav></header>
<main><nav class="fil-ariane"><a href="/">Accueil</a> &gt; <a href="/infos">Infos pratiques</a> &gt; Questions fréquentes</nav>
<h1>Questions fréquentes</h1>
<p class="chapo">Vous trouverez ici les réponses aux questions que l'on nous pose le plus souvent à l'accueil.</p>
<section class="faq">
<details><summary>Comment s'inscrire à la médiathèque ?</summary><div class="reponse"><p>L'inscription se fait à l'accueil sur présentation d'une pièce d'identité et d'un justificatif de domicile de moins de trois mois. Elle est gratuite pour les moins de dix-huit ans.</p></div></details>
<details><summary>Combien de documents puis-je emprunter ?</summary><div class="reponse"><p>Chaque carte permet d'emprunter quinze documents pour quatre semaines, dont trois DVD au maximum. Les nouveautés sont prêtées pour deux semaines seulement.</p></div></details>
<details><summary>Puis-je prolonger un prêt en ligne ?</summary><div class="reponse"><p>Oui, depuis votre compte lecteur, une fois par document, tant que personne ne l'a réservé. La prolongation ajoute quatre semaines à la date de retour.</p></div></details>
<details><summary>Que faire si j'ai perdu un livre ?</summary><div class="reponse"><p>Signalez-le au plus vite à l'accueil. Nous vous demanderons de remplacer l'ouvrage par un exemplaire identique ou d'en rembourser le prix public.</p></div></details>
</section>
<p class="aide">Vous n'avez pas trouvé votre réponse ? <a href="/contact">Écrivez-nous</a>.</p>
</main>
<aside class="encart"><h2>Horaires</h2><p>Mardi au samedi, 10 h – 18 h</p><h2>À ne pas manquer</h2><ul><li><a href="/agenda/conte">Heure du conte, mercredi 15 h</a></li><li><a href="/agenda/atelier">Atelier numérique, samedi 10 h</a></li></ul></aside>
<footer><ul><li><a href="/mentions">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li></ul><p>© Ville de Valbrune 2024</p></footer>
</body></html>)HTML",
           {"Comment s'inscrire à la médiathèque", "justificatif de domicile de moins de trois mois", "Combien de documents puis-je emprunter", "quinze documents pour quatre semaines", "remplacer l'ouvrage par un exemplaire identique"},
           {"cookies de mesure d'audience", "Mardi au samedi", "Heure du conte", "Mentions légales", "Atelier numérique"}});
}

TEST_CASE("es: WordPress FAQ page, questions as headings, share bar, recent posts and signup widgets") {
    check({"es_faq", R"HTML(<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Preguntas frecuentes sobre envíos | Cafetera Norte</title></head>
<body>
<div id="cookie-law-info-bar"><span>Usamos cookies propias y de terceros para mejorar tu experiencia. <a href="/politica-cookies">Leer más</a> <a class="cli_action_button" href="#">Aceptar</a></span></div>
<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Cafetera Norte</a></p></div><nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/tienda">Tienda</a></li><li><a href="/origenes">Orígenes</a></li><li><a href="/blog">Blog</a></li><li><a href="/ayuda">Ayuda</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-88" class="post-88 page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">Preguntas frecuentes sobre envíos</h1></header>
<div class="entry-content">
<h3>¿Cuánto tarda en llegar mi pedido?</h3>
<p>Los pedidos a la península salen del tostadero en un plazo de 24 horas laborables y llegan en dos o tres días. A Baleares y Canarias el plazo es de cuatro a seis días.</p>
<h3>¿Tostáis el café después de recibir el pedido?</h3>
<p>Tostamos tres veces por semana en lotes pequeños, de modo que el café que recibes nunca tiene más de cinco días desde el tueste cuando sale de nuestro almacén.</p>
<h3>¿Puedo cambiar la molienda después de comprar?</h3>
<p>Si el pedido aún no ha salido, escríbenos indicando el número y lo cambiamos sin coste. Una vez enviado no podemos aceptar devoluciones de café molido por motivos de higiene.</p>
<h3>¿Cuánto cuesta el envío?</h3>
<p>El envío es gratuito a partir de 35 euros. Por debajo de esa cantidad cuesta 3,90 euros a la península y 6,50 euros a las islas.</p>
</div></article>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Compartir:</h3><ul><li><a class="share-twitter" href="?share=twitter">Twitter</a></li><li><a class="share-facebook" href="?share=facebook">Facebook</a></li><li><a class="share-whatsapp" href="?share=whatsapp">WhatsApp</a></li></ul></div>
</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Entradas recientes</h2><ul><li><a href="/blog/etiopia">Nuestro viaje a Etiopía</a></li><li><a href="/blog/prensa">Cómo usar la prensa francesa</a></li><li><a href="/blog/agua">El agua importa más de lo que crees</a></li></ul></section><section class="widget"><h2 class="widget-title">Suscríbete</h2><p>Recibe un 10 % de descuento en tu primer pedido.</p><form><input type="email"><button>Quiero el descuento</button></form></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">© 2024 Cafetera Norte S.L. · <a href="/aviso-legal">Aviso legal</a> · <a href="/privacidad">Privacidad</a></div></footer></div>
</body></html>)HTML",
           {"¿Cuánto tarda en llegar mi pedido?", "llegan en dos o tres días", "nunca tiene más de cinco días desde el tueste", "por motivos de higiene", "El envío es gratuito a partir de 35 euros"},
           {"Usamos cookies propias", "Compartir:", "Nuestro viaje a Etiopía", "Quiero el descuento", "Aviso legal"}});
}

TEST_CASE("de: municipal notice, numbered paragraphs, legal remedy, signature, downloads, sidebar") {
    check({"de_notice", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Allgemeinverfügung zur Sperrung des Uferwegs - Stadt Hollfeld</title></head>
<body>
<div class="cookie-hinweis" role="dialog"><p>Diese Seite verwendet nur technisch notwendige Cookies.</p><a href="/datenschutz">Datenschutzerklärung</a><button>Verstanden</button></div>
<div id="kopf"><a href="/" id="logo">Stadt Hollfeld</a><ul id="hauptnavigation"><li><a href="/rathaus">Rathaus &amp; Politik</a></li><li><a href="/buergerservice">Bürgerservice</a></li><li><a href="/wirtschaft">Wirtschaft</a></li><li><a href="/freizeit">Freizeit</a></li></ul><form id="suche"><input type="text" value="Suchbegriff"><input type="submit" value="Suchen"></form></div>
<div id="pfad">Sie sind hier: <a href="/">Startseite</a> / <a href="/rathaus">Rathaus &amp; Politik</a> / <a href="/rathaus/bekanntmachungen">Amtliche Bekanntmachungen</a></div>
<div id="inhalt"><div class="artikel">
<h1>Allgemeinverfügung zur Sperrung des Uferwegs zwischen Mühlsteg und Kläranlage</h1>
<p class="datum">Veröffentlicht am 14.05.2024</p>
<p>Die Stadt Hollfeld erlässt als örtlich zuständige Straßenverkehrsbehörde folgende Allgemeinverfügung:</p>
<ol class="ziffern">
<li>Der Uferweg zwischen dem Mühlsteg und der Zufahrt zur Kläranlage wird vom 3. Juni 2024 bis einschließlich 30. August 2024 für den Fuß- und Radverkehr gesperrt.</li>
<li>Die Sperrung ist erforderlich, weil die Ufermauer auf einer Länge von 140 Metern abgetragen und neu errichtet wird. Während der Arbeiten ist der Weg durch Baufahrzeuge und Absturzkanten gefährdet.</li>
<li>Eine Umleitung ist über die Brunnengasse und den Schulweg ausgeschildert. Anlieger der Grundstücke Uferweg 2 bis 12 erreichen ihre Grundstücke weiterhin von der Brunnengasse aus.</li>
<li>Die sofortige Vollziehung dieser Verfügung wird angeordnet, da die Sicherheit der Verkehrsteilnehmer ein Abwarten bis zur Bestandskraft nicht zulässt.</li>
</ol>
<h2>Rechtsbehelfsbelehrung</h2>
<p>Gegen diese Allgemeinverfügung kann innerhalb eines Monats nach ihrer Bekanntgabe Klage beim Verwaltungsgericht Bayreuth erhoben werden. Die Klage hat wegen der angeordneten sofortigen Vollziehung keine aufschiebende Wirkung.</p>
<p>Hollfeld, 13. Mai 2024<br>gez. Andrea Wunder, Erste Bürgermeisterin</p>
<div class="downloads"><h3>Downloads</h3><ul><li><a href="/media/lageplan.pdf">Lageplan der Sperrung (PDF, 412 KB)</a></li></ul></div>
</div>
<div class="seitenfunktionen"><a href="javascript:print()">Seite drucken</a> | <a href="mailto:?">Seite empfehlen</a> | <a href="#kopf">Nach oben</a></div>
</div>
<div id="rechts"><div class="box"><h3>Kontakt</h3><p>Ordnungsamt<br>Marktplatz 1<br>Telefon 09274 980-31</p></div><div class="box"><h3>Weitere Bekanntmachungen</h3><ul><li><a href="/b/1">Haushaltssatzung 2024</a></li><li><a href="/b/2">Sitzung des Bauausschusses am 21. Mai</a></li><li><a href="/b/3">Öffentliche Zustellung Az. 33-117</a></li></ul></div></div>
<div id="fuss"><a href="/impressum">Impressum</a> · <a href="/barrierefreiheit">Barrierefreiheit</a> · <a href="/datenschutz">Datenschutz</a> · © Stadt Hollfeld</div>
</body></html>)HTML",
           {"folgende Allgemeinverfügung", "bis einschließlich 30. August 2024", "auf einer Länge von 140 Metern", "über die Brunnengasse und den Schulweg", "Rechtsbehelfsbelehrung", "Klage beim Verwaltungsgericht Bayreuth"},
           {"technisch notwendige Cookies", "Rathaus & Politik", "Haushaltssatzung 2024", "Seite drucken", "Telefon 09274", "Barrierefreiheit"}});
}

TEST_CASE("en: council traffic order notice, numbered paragraphs in <p>, cookie banner, related, feedback") {
    check({"en_notice", R"HTML(<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>Notice of intention to make a traffic order: Harbour Road - Eastmere District Council</title></head>
<body class="govuk-template__body">
<div class="govuk-cookie-banner" role="region"><div class="govuk-cookie-banner__message"><h2 class="govuk-cookie-banner__heading">Cookies on Eastmere District Council</h2><p class="govuk-body">We'd like to set additional cookies to understand how you use the site.</p><button class="govuk-button">Accept additional cookies</button><button class="govuk-button">Reject additional cookies</button></div></div>
<a href="#main-content" class="govuk-skip-link">Skip to main content</a>
<header class="govuk-header"><div class="govuk-header__container"><a href="/" class="govuk-header__link">Eastmere District Council</a><nav class="govuk-header__navigation"><ul class="govuk-header__navigation-list"><li><a class="govuk-header__link" href="/bins">Bins and recycling</a></li><li><a class="govuk-header__link" href="/council-tax">Council tax</a></li><li><a class="govuk-header__link" href="/planning">Planning</a></li><li><a class="govuk-header__link" href="/roads">Roads and travel</a></li></ul></nav></div></header>
<div class="govuk-width-container"><div class="govuk-breadcrumbs"><ol class="govuk-breadcrumbs__list"><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/">Home</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/roads">Roads and travel</a></li><li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="/roads/notices">Public notices</a></li></ol></div>
<main class="govuk-main-wrapper" id="main-content"><div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">
<h1 class="govuk-heading-l">Notice of intention to make a traffic order: Harbour Road</h1>
<p class="govuk-body-s">Published 2 April 2024</p>
<p class="govuk-body">The Eastmere District Council (Harbour Road, Eastmere) (Prohibition of Waiting) Order 2024</p>
<p class="govuk-body">1. Notice is given that the Council proposes to make an order under sections 1, 2 and 4 of the Road Traffic Regulation Act 1984.</p>
<p class="govuk-body">2. The effect of the order will be to prohibit waiting at any time on both sides of Harbour Road between its junction with Quay Street and a point 45 metres east of that junction.</p>
<p class="govuk-body">3. The order is proposed because vehicles parked near the junction block the view of drivers leaving Quay Street and delay buses turning into the harbour car park.</p>
<p class="govuk-body">4. Copies of the draft order, a plan and a statement of the Council's reasons may be inspected at the Town Hall during normal opening hours until 30 April 2024.</p>
<p class="govuk-body">5. Objections must be made in writing, stating the grounds on which they are made, and sent to the Head of Highways at the Town Hall by 30 April 2024.</p>
<p class="govuk-body">Dated 2 April 2024<br>Helen Marsh, Head of Legal Services</p>
</div><div class="govuk-grid-column-one-third"><aside class="app-related-items" role="complementary"><h2 class="govuk-heading-m">Related content</h2><ul class="govuk-list"><li><a class="govuk-link" href="/roads/parking-permits">Apply for a parking permit</a></li><li><a class="govuk-link" href="/roads/report-a-pothole">Report a pothole</a></li></ul></aside></div></div>
<div class="feedback"><h2 class="govuk-heading-s">Is this page useful?</h2><a href="/feedback?yes">Yes</a> <a href="/feedback?no">No</a> <a href="/feedback/problem">Report a problem with this page</a></div></main></div>
<footer class="govuk-footer"><div class="govuk-width-container"><ul class="govuk-footer__inline-list"><li><a class="govuk-footer__link" href="/accessibility">Accessibility statement</a></li><li><a class="govuk-footer__link" href="/privacy">Privacy notice</a></li><li><a class="govuk-footer__link" href="/contact">Contact us</a></li></ul><span class="govuk-footer__licence-description">All content is available under the Open Government Licence v3.0, except where otherwise stated</span></div></footer>
</body></html>)HTML",
           {"Prohibition of Waiting", "Road Traffic Regulation Act 1984", "a point 45 metres east of that junction", "block the view of drivers", "inspected at the Town Hall", "Objections must be made in writing"},
           {"additional cookies", "Skip to main content", "Bins and recycling", "Apply for a parking permit", "Is this page useful?", "Open Government Licence"}});
}

TEST_CASE("en: SaaS release notes, New/Improved/Fixed lists, version sidebar, feedback, footer") {
    check({"en_changelog", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Release notes – Ledgerly 4.2</title></head>
<body>
<div class="announcement">Ledgerly 5 beta is here. <a href="/beta">Try it</a></div>
<header class="site-nav"><a href="/" class="brand">Ledgerly</a><ul><li><a href="/features">Features</a></li><li><a href="/pricing">Pricing</a></li><li><a href="/docs">Docs</a></li><li><a href="/changelog">Changelog</a></li></ul><a class="btn-primary" href="/signup">Start free trial</a></header>
<div class="docs-layout"><nav class="sidebar"><h4>Changelog</h4><ul><li><a href="/changelog/4-2" class="active">4.2</a></li><li><a href="/changelog/4-1">4.1</a></li><li><a href="/changelog/4-0">4.0</a></li><li><a href="/changelog/3-9">3.9</a></li></ul></nav>
<main class="content"><h1>Ledgerly 4.2</h1><p class="release-date">Released June 18, 2024</p>
<p>This release brings bank rules that match on more than one field, faster reconciliation for accounts with many transactions, and a long list of fixes reported by our users.</p>
<h2>New</h2><ul>
<li><strong>Multi-field bank rules.</strong> A rule can now require both the payee and the amount range to match before it categorises a transaction.</li>
<li><strong>Recurring invoice previews.</strong> You can see the next three invoices a schedule will create before saving it.</li>
<li><strong>CSV import mapping</strong> remembers the columns you chose for each bank.</li></ul>
<h2>Improved</h2><ul>
<li>Reconciliation of accounts with more than 10,000 transactions is about four times faster.</li>
<li>The VAT return screen shows which transactions changed since the last submission.</li></ul>
<h2>Fixed</h2><ul>
<li>Credit notes in a foreign currency were rounded twice when applied to an invoice.</li>
<li>Deleting a contact with archived invoices no longer fails silently.</li>
<li>Dates in exported PDFs now follow the organisation's locale.</li></ul>
<div class="page-feedback"><p>Was this page helpful?</p><button>👍</button><button>👎</button></div>
<div class="prev-next"><a href="/changelog/4-1" class="prev">← Ledgerly 4.1</a></div>
</main></div>
<footer class="site-footer"><div class="cols"><div><h5>Product</h5><ul><li><a href="/features">Features</a></li><li><a href="/integrations">Integrations</a></li></ul></div><div><h5>Company</h5><ul><li><a href="/about">About</a></li><li><a href="/careers">Careers</a></li></ul></div></div><p>© 2024 Ledgerly Ltd. All rights reserved.</p></footer>
</body></html>)HTML",
           {"bank rules that match on more than one field", "Multi-field bank rules.", "next three invoices a schedule will create", "about four times faster", "rounded twice when applied", "follow the organisation's locale"},
           {"5 beta is here", "Start free trial", "Was this page helpful?", "Careers", "All rights reserved"}});
}
