// Page kinds nobody tuned extraction for, fifth round (issue 18): kinds the earlier rounds
// (tests/test_extract_kinds2.cpp, kinds3*.cpp, kinds4*.cpp) do not hold. A single job posting,
// an event page, a municipality's notice with a table, a podcast episode with show notes and a
// transcript, a code host's README page, an academic journal's abstract page, a product
// comparison table, a travel guide of short sections, a Ghost blog post with a subscribe card in
// the middle, a Jekyll blog post, a news article with an embedded post, a video and a gallery, a
// short Tumblr-like post, a Medium-like article, a help-centre article, a match report and a
// classified ad. In twelve languages (en, de, fr, es, pt, it, nl, pl, ru, ja, zh, ar); half in
// the class names their software writes, half in meaningless ones ("c1 c2").
// Written before looking at how winnow handles them, and not tuned after. A page passes when
// every paragraph, list item and table row of its main text is in the output (a part of each)
// and every piece of chrome (menus, cookie banners, share bars, sidebars, related lists,
// subscribe boxes, footers) is out.
//
// On main unchanged (59c2c23) 15 of 16 passed whole. The failure: the podcast episode loses its
// transcript (a box of speaker turns after the show notes, each turn a <div> of two <span>s
// and no loose text, so no turn counted as a paragraph and the box scored under the bar its
// siblings must reach to join the show notes) and keeps its sponsor line (a call to action
// just under the promo filter's language bar).
// Since a <div> whose text is a short sentence wrapped whole in inline elements (no link, not
// all bold) is a paragraph (tests/test_extract_kinds5_rules.cpp) the transcript stays; still 15
// of 16: the sponsor line is left (a call to action known by its words only, for the promo filter).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

namespace {

using Fresh = winnow::test::FreshPage;

std::string doc(const char* lang, const char* title, const std::string& body) {
    return std::string("<!DOCTYPE html>\n<html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
           "</title></head>\n<body>" + body + "</body></html>\n";
}

// 1. German, a job posting on an applicant-tracking system's career page (its own class names):
// a cookie banner, the posting's facts, three lists (tasks, profile, benefits), a contact
// person, other openings and a footer.
Fresh de_job_posting() {
    return {"de: a single job posting with lists of tasks, profile and benefits, a contact box and other openings",
            doc("de", "Mechatroniker (m/w/d) Instandhaltung – Karriere bei Hallberg Verpackungstechnik", R"HTML(
<div id="cookie-consent" class="cookie-banner"><p>Wir verwenden Cookies, um unsere Karriereseite für Sie zu verbessern. Weitere Informationen finden Sie in der Datenschutzerklärung.</p><button class="btn accept">Alle akzeptieren</button><button class="btn">Nur notwendige</button></div>
<header class="career-header"><a class="logo" href="/">Hallberg Verpackungstechnik</a><nav class="career-nav"><a href="/jobs">Alle Jobs</a><a href="/arbeiten-bei-uns">Arbeiten bei uns</a><a href="/ausbildung">Ausbildung</a><a href="/standorte">Standorte</a></nav></header>
<main class="job-page">
<section class="job-header"><h1 class="job-title">Mechatroniker (m/w/d) Instandhaltung</h1>
<ul class="job-facts"><li class="job-fact location">Bielefeld</li><li class="job-fact type">Vollzeit</li><li class="job-fact schedule">Schichtdienst</li><li class="job-fact start">ab sofort</li></ul>
<a class="btn btn-primary apply" href="/jobs/4711/apply">Jetzt bewerben</a></section>
<section class="job-description"><div class="job-intro"><p>Hallberg baut seit über sechzig Jahren Maschinen, die Lebensmittel, Kosmetik und Arzneien sicher verpacken. Für unser Werk in Bielefeld suchen wir Verstärkung für das Team der Instandhaltung, das rund um die Uhr dafür sorgt, dass unsere Fertigungslinien laufen.</p></div>
<h2 class="section-title">Deine Aufgaben</h2>
<ul class="job-list"><li>Du wartest und reparierst unsere Montage- und Prüfanlagen selbstständig und im Team.</li><li>Du suchst Fehler in Steuerungen, Antrieben und Pneumatik und behebst sie schnell.</li><li>Du planst vorbeugende Wartungen und dokumentierst sie in unserem Instandhaltungssystem.</li><li>Du bringst eigene Ideen ein, um Stillstände dauerhaft zu verringern.</li></ul>
<h2 class="section-title">Dein Profil</h2>
<ul class="job-list"><li>Eine abgeschlossene Ausbildung als Mechatroniker, Elektroniker oder Industriemechaniker.</li><li>Erfahrung mit speicherprogrammierbaren Steuerungen, idealerweise Siemens S7.</li><li>Bereitschaft zur Arbeit im Dreischichtbetrieb und zu gelegentlichen Rufbereitschaften.</li></ul>
<h2 class="section-title">Was wir bieten</h2>
<ul class="job-list"><li>Eine unbefristete Stelle in einem Familienunternehmen mit flachen Hierarchien.</li><li>Tarifliche Bezahlung, Schichtzulagen und ein Zuschuss zum Deutschlandticket.</li><li>Regelmäßige Schulungen bei Herstellern und in unserer eigenen Akademie.</li></ul>
</section>
<aside class="job-contact"><h3>Deine Ansprechpartnerin</h3><img src="/team/lena-vogt.jpg" alt="" width="96" height="96"><p class="contact-name">Lena Vogt</p><p class="contact-role">Recruiting</p><p class="contact-phone">Telefon 0521 44 91 203</p></aside>
<section class="similar-jobs"><h2>Weitere offene Stellen</h2><ul><li><a href="/jobs/4702">Elektroniker für Betriebstechnik (m/w/d)</a> <span>Bielefeld</span></li><li><a href="/jobs/4698">Servicetechniker im Außendienst (m/w/d)</a> <span>Deutschlandweit</span></li><li><a href="/jobs/4690">Ausbildung Industriekaufmann (m/w/d) 2025</a> <span>Bielefeld</span></li></ul></section>
</main>
<footer class="career-footer"><nav><a href="/impressum">Impressum</a><a href="/datenschutz">Datenschutz</a></nav><p>© 2024 Hallberg Verpackungstechnik GmbH · Ein Unternehmen der Hallberg Gruppe</p></footer>)HTML"),
            {"Hallberg baut seit über sechzig Jahren Maschinen", "Du wartest und reparierst unsere Montage", "Du suchst Fehler in Steuerungen",
             "Du planst vorbeugende Wartungen", "Du bringst eigene Ideen ein", "Eine abgeschlossene Ausbildung als Mechatroniker",
             "Erfahrung mit speicherprogrammierbaren Steuerungen", "Bereitschaft zur Arbeit im Dreischichtbetrieb",
             "Eine unbefristete Stelle in einem Familienunternehmen", "Tarifliche Bezahlung, Schichtzulagen", "Regelmäßige Schulungen bei Herstellern"},
            {"Wir verwenden Cookies", "Alle akzeptieren", "Elektroniker für Betriebstechnik", "Servicetechniker im Außendienst",
             "Ein Unternehmen der Hallberg Gruppe", "Arbeiten bei uns"},
            {}};
}

// 2. French, an event page of a cultural venue in meaningless class names: the event's facts,
// the description, the programme, prices, other events and a newsletter box.
Fresh fr_event_page() {
    return {"fr: an event page with its facts, a programme list, prices, other events and a newsletter box (meaningless classes)",
            doc("fr", "Quatuor Elysée – Beethoven et Dutilleux | La Grange aux Concerts", R"HTML(
<div class="q1"><div class="q2"><a href="/">La Grange aux Concerts</a></div><div class="q3"><a href="/agenda">Agenda</a> <a href="/saison">La saison</a> <a href="/lieu">Le lieu</a> <a href="/billetterie">Billetterie</a> <a href="/mecenat">Mécénat</a></div></div>
<div class="q4"><div class="q5"><a href="/">Accueil</a> › <a href="/agenda">Agenda</a> › <span>Quatuor Elysée</span></div>
<div class="q6"><div class="q7"><img src="/img/quatuor-elysee.jpg" alt="" width="1200" height="600"></div>
<div class="q8"><span class="q9">Musique de chambre</span><h1>Quatuor Elysée – Beethoven et Dutilleux</h1>
<div class="r1"><div class="r2">Samedi 16 novembre 2024</div><div class="r2">20 h 30 – durée 1 h 45 avec entracte</div><div class="r2">Grande salle</div></div>
<a class="r3" href="/billetterie/elysee">Réserver</a></div></div>
<div class="r4"><div class="r5"><p>Fondé il y a dix ans par quatre amis du conservatoire de Lyon, le Quatuor Elysée s'est imposé comme l'un des ensembles les plus attachants de sa génération. Il revient à la Grange avec un programme qui fait dialoguer le dernier Beethoven et le siècle qui l'a suivi.</p>
<p>En ouverture, le quatuor « Ainsi la nuit » de Henri Dutilleux, sept pièces enchaînées où le silence compte autant que les notes. Après l'entracte, le monumental quatuor en ut dièse mineur, que Schubert aurait voulu entendre avant de mourir.</p>
<p>Une rencontre avec les musiciens est proposée à 19 h 30 dans le foyer, ouverte à tous les spectateurs munis d'un billet.</p>
<h2>Programme</h2><ul class="r6"><li>Henri Dutilleux : « Ainsi la nuit », quatuor à cordes (1976)</li><li>Joseph Haydn : quatuor en sol majeur, opus 77 nº 1</li><li>Ludwig van Beethoven : quatuor nº 14 en ut dièse mineur, opus 131</li></ul>
<h2>Tarifs</h2><ul class="r6"><li>Plein tarif : 28 €</li><li>Tarif réduit (étudiants, demandeurs d'emploi) : 15 €</li><li>Moins de 12 ans : gratuit</li></ul></div>
<div class="r7"><div class="r8">Partager</div><a href="https://www.facebook.com/sharer">Facebook</a> <a href="https://twitter.com/intent/tweet">X</a> <a href="mailto:?subject=Quatuor">Courriel</a></div></div>
<div class="s1"><h2>Ces événements pourraient vous plaire</h2><div class="s2"><div class="s3"><a href="/agenda/trio-wanderer"><img src="/img/trio.jpg" alt="" width="300" height="200"><span class="s4">Trio Wanderer : Schubert</span></a><span class="s5">7 décembre 2024</span></div><div class="s3"><a href="/agenda/noel-baroque"><img src="/img/noel.jpg" alt="" width="300" height="200"><span class="s4">Un Noël baroque à Venise</span></a><span class="s5">21 décembre 2024</span></div><div class="s3"><a href="/agenda/jeune-public"><img src="/img/jeune.jpg" alt="" width="300" height="200"><span class="s4">Pierre et le loup en famille</span></a><span class="s5">11 janvier 2025</span></div></div></div></div>
<div class="t1"><h3>La lettre de la Grange</h3><p>Recevez chaque mois la programmation et les avant-premières réservées aux abonnés.</p><form><input type="email" placeholder="Votre adresse e-mail"><button>Je m'inscris</button></form></div>
<div class="t2"><div class="t3"><a href="/contact">Contact</a> <a href="/acces">Accès</a> <a href="/mentions-legales">Mentions légales</a></div><div class="t4">La Grange aux Concerts est subventionnée par la Région et le Département.</div></div>)HTML"),
            {"Fondé il y a dix ans par quatre amis du conservatoire", "En ouverture, le quatuor « Ainsi la nuit »", "Une rencontre avec les musiciens est proposée",
             "Henri Dutilleux : « Ainsi la nuit », quatuor à cordes", "Joseph Haydn : quatuor en sol majeur", "Ludwig van Beethoven : quatuor nº 14",
             "Plein tarif : 28 €", "Tarif réduit (étudiants", "Moins de 12 ans : gratuit"},
            {"Trio Wanderer : Schubert", "Un Noël baroque à Venise", "Recevez chaque mois la programmation", "est subventionnée par la Région",
             "Mentions légales"},
            {}};
}

// 3. Dutch, a municipality's notice on a government site (its own class names): a table of
// collection days per district, a feedback question, related links and a footer.
Fresh nl_government_notice() {
    return {"nl: a municipality's notice with a table of dates per district, a feedback question and related links",
            doc("nl", "Gewijzigde ophaaldagen afval rond de feestdagen | Gemeente Westerhaven", R"HTML(
<a class="skiplink" href="#content">Ga direct naar inhoud</a>
<header class="site-header"><div class="site-header__logo"><a href="/"><img src="/logo.svg" alt="Gemeente Westerhaven"></a></div><nav class="site-header__nav"><ul><li><a href="/wonen">Wonen en leven</a></li><li><a href="/afval">Afval</a></li><li><a href="/ondernemen">Ondernemen</a></li><li><a href="/bestuur">Bestuur en organisatie</a></li></ul></nav><form class="site-header__search"><input type="search" placeholder="Zoeken"></form></header>
<nav class="breadcrumb" aria-label="Kruimelpad"><ol><li><a href="/">Home</a></li><li><a href="/afval">Afval</a></li><li>Gewijzigde ophaaldagen</li></ol></nav>
<main id="content" class="main-content"><article class="content-page">
<h1 class="content-page__title">Gewijzigde ophaaldagen afval rond de feestdagen</h1>
<p class="content-page__meta">Bekendmaking · 2 december 2024</p>
<div class="content-page__body rich-text">
<p class="intro">Door Kerstmis en Nieuwjaar wordt het afval eind december en begin januari op andere dagen opgehaald dan u gewend bent. In de tabel ziet u per wijk wanneer de containers worden geleegd.</p>
<p>Zet uw container op de nieuwe ophaaldag vóór 7.30 uur aan de straat. Wordt uw container niet geleegd, meld dit dan uiterlijk de volgende werkdag via het afvalloket.</p>
<h2>Ophaaldagen per wijk</h2>
<table class="table"><thead><tr><th>Wijk</th><th>Normale ophaaldag</th><th>Nieuwe ophaaldag</th></tr></thead><tbody>
<tr><td>Centrum en Havenkwartier</td><td>woensdag 25 december</td><td>zaterdag 28 december</td></tr>
<tr><td>Noorderpolder</td><td>donderdag 26 december</td><td>vrijdag 27 december</td></tr>
<tr><td>Duinzicht en Molenbuurt</td><td>woensdag 1 januari</td><td>donderdag 2 januari</td></tr>
<tr><td>Buitengebied</td><td>donderdag 2 januari</td><td>vrijdag 3 januari</td></tr></tbody></table>
<h2>Kerstbomen</h2>
<p>Kerstbomen worden dit jaar op maandag 6 januari apart ingezameld. Leg de boom zonder versiering, pot of kruis naast uw container. Kinderen kunnen bomen ook inleveren bij de gemeentewerf en krijgen daarvoor een kleine beloning.</p>
</div>
<div class="share-page"><span>Deel deze pagina:</span> <a href="https://www.facebook.com/sharer">Facebook</a> <a href="https://www.linkedin.com/share">LinkedIn</a> <a href="https://wa.me/">WhatsApp</a></div>
<div class="feedback"><h2 class="feedback__title">Heeft deze informatie u geholpen?</h2><button>Ja</button><button>Nee</button></div>
</article>
<aside class="related-links"><h2>Meer over afval</h2><ul><li><a href="/afval/grofvuil">Grofvuil laten ophalen</a></li><li><a href="/afval/milieustraat">Openingstijden milieustraat</a></li><li><a href="/afval/afvalkalender">Afvalkalender downloaden</a></li></ul></aside></main>
<footer class="site-footer"><div class="site-footer__contact"><h2>Contact</h2><p>Bel 14 0599 of kom langs op het gemeentehuis, Markt 1. Het gemeentehuis is open van maandag tot en met vrijdag van 8.30 tot 17.00 uur.</p></div><ul class="site-footer__links"><li><a href="/privacy">Privacy</a></li><li><a href="/toegankelijkheid">Toegankelijkheid</a></li><li><a href="/cookies">Cookies</a></li></ul></footer>)HTML"),
            {"Door Kerstmis en Nieuwjaar wordt het afval", "Zet uw container op de nieuwe ophaaldag", "Centrum en Havenkwartier", "Noorderpolder",
             "Duinzicht en Molenbuurt", "Buitengebied", "Kerstbomen worden dit jaar op maandag 6 januari"},
            {"Ga direct naar inhoud", "Deel deze pagina", "Heeft deze informatie u geholpen", "Grofvuil laten ophalen", "Openingstijden milieustraat",
             "Bel 14 0599 of kom langs", "Toegankelijkheid"},
            {}};
}

// 4. English, a podcast episode page in meaningless class names: a player, subscribe links, show
// notes with chapters and links, a sponsor line, a transcript of speaker turns, more episodes.
Fresh en_podcast_episode() {
    return {"en: a podcast episode with show notes, chapters, a transcript of speaker turns, subscribe links and more episodes (meaningless classes)",
            doc("en", "Episode 112: Why bridges sing in the wind – The Load Path Podcast", R"HTML(
<div class="h1x"><a class="h2x" href="/">The Load Path</a><div class="h3x"><a href="/episodes">Episodes</a> <a href="/about">About</a> <a href="/newsletter">Newsletter</a> <a href="/support">Support the show</a></div></div>
<div class="b1"><div class="b2"><div class="b3">Episode 112 · 14 March 2024 · 48 min</div><h1 class="b4">Why bridges sing in the wind</h1>
<div class="b5"><audio controls src="/audio/112.mp3"></audio><div class="b6"><a href="/audio/112.mp3">Download MP3</a></div></div>
<div class="b7"><span>Listen on</span> <a href="https://podcasts.apple.com/">Apple Podcasts</a> <a href="https://open.spotify.com/">Spotify</a> <a href="/rss">RSS</a></div></div>
<div class="b8"><h2>Show notes</h2>
<p>On a gusty afternoon in 2020 a suspension bridge in the south of the country began to hum loudly enough to be heard a kilometre away. Our guest, wind engineer Dr. Amara Osei, explains how vortices shed by a deck can lock onto its natural frequency.</p>
<p>We talk about the famous collapse of 1940, why modern decks get fairings and perforated railings, and how wind tunnels still beat computer models when it comes to the last few percent.</p>
<h3>Chapters</h3><ul class="b9"><li>00:00 – A bridge that hums</li><li>06:40 – Vortex shedding explained with a garden hose</li><li>21:15 – What really happened in 1940</li><li>35:30 – Testing a deck section in the tunnel</li></ul>
<h3>Mentioned in this episode</h3><ul class="b9"><li><a href="https://example.org/osei-2019">Osei et al. (2019), Aeroelastic response of slender decks</a></li><li><a href="https://example.org/tunnel">The university's boundary-layer wind tunnel</a></li></ul>
<div class="c1"><b>This episode is supported by Gridline.</b> Try their structural design suite free for 30 days with the code LOADPATH.</div></div>
<div class="c2"><h2>Transcript</h2>
<div class="c3"><span class="c4">HOLLY:</span> <span class="c5">Amara, you were actually on that bridge the day it started humming. What did it sound like up there?</span></div>
<div class="c3"><span class="c4">AMARA:</span> <span class="c5">Like someone running a wet finger around the rim of a giant wine glass. It was a steady note, and it came and went with the gusts, which told us straight away it was aerodynamic.</span></div>
<div class="c3"><span class="c4">HOLLY:</span> <span class="c5">And the fix was surprisingly small, wasn't it?</span></div>
<div class="c3"><span class="c4">AMARA:</span> <span class="c5">Yes, a row of guide vanes under the deck edges. They break up the vortices before they can organise themselves, and the bridge has been quiet ever since.</span></div></div></div>
<div class="d1"><h2>More episodes</h2><div class="d2"><a href="/episodes/111">111: The tallest timber towers</a><span>52 min</span></div><div class="d2"><a href="/episodes/110">110: Concrete that heals its own cracks</a><span>44 min</span></div><div class="d2"><a href="/episodes/109">109: Listening to dams</a><span>39 min</span></div></div>
<div class="e1"><p>The Load Path is an independent show about the hidden engineering of everyday structures. Made in Leeds.</p><div><a href="/privacy">Privacy</a> · <a href="/contact">Contact</a></div></div>)HTML"),
            {"On a gusty afternoon in 2020 a suspension bridge", "We talk about the famous collapse of 1940", "A bridge that hums",
             "Vortex shedding explained with a garden hose", "What really happened in 1940", "Testing a deck section in the tunnel",
             "you were actually on that bridge the day", "Like someone running a wet finger around the rim", "And the fix was surprisingly small",
             "a row of guide vanes under the deck edges"},
            {"Apple Podcasts", "This episode is supported by Gridline", "The tallest timber towers", "Concrete that heals its own cracks",
             "is an independent show about the hidden engineering", "Support the show"},
            {}};
}

// 5. Chinese, a code host's repository page (its own class names): the repository header with
// counters, a file list with commit messages, the README (headings, paragraphs, a list, code),
// an "About" sidebar and a footer.
Fresh zh_readme_page() {
    return {"zh: a code host's repository page: file list, README with code blocks and lists, an About sidebar",
            doc("zh", "lanting/inkstone: 一个轻量的中文排版引擎", R"HTML(
<header class="AppHeader"><a class="AppHeader-logo" href="/">代码托管</a><nav class="AppHeader-globalBar"><a href="/explore">探索</a> <a href="/pricing">价格</a> <a href="/login">登录</a> <a href="/signup">注册</a></nav></header>
<main><div class="repohead"><div class="repohead-details"><a href="/lanting">lanting</a> / <strong><a href="/lanting/inkstone">inkstone</a></strong> <span class="Label">公开</span></div>
<ul class="pagehead-actions"><li><a class="btn-sm" href="/lanting/inkstone/watchers">关注 23</a></li><li><a class="btn-sm" href="/lanting/inkstone/forks">复刻 41</a></li><li><a class="btn-sm" href="/lanting/inkstone/stargazers">星标 1.2k</a></li></ul>
<nav class="UnderlineNav"><a class="UnderlineNav-item selected" href="/lanting/inkstone">代码</a><a class="UnderlineNav-item" href="/lanting/inkstone/issues">议题 18</a><a class="UnderlineNav-item" href="/lanting/inkstone/pulls">合并请求 3</a><a class="UnderlineNav-item" href="/lanting/inkstone/actions">操作</a></nav></div>
<div class="Layout"><div class="Layout-main">
<div class="Box file-navigation"><div class="Box-header">main · 5 个分支 · 12 个标签</div>
<div class="Box-row"><a class="js-navigation-open" href="/lanting/inkstone/tree/main/src">src</a><a class="commit-message" href="/commit/a1">修复竖排标点挤压的问题</a><span class="age">3 天前</span></div>
<div class="Box-row"><a class="js-navigation-open" href="/lanting/inkstone/tree/main/tests">tests</a><a class="commit-message" href="/commit/b2">为避头尾规则增加测试用例</a><span class="age">上周</span></div>
<div class="Box-row"><a class="js-navigation-open" href="/lanting/inkstone/blob/main/README.md">README.md</a><a class="commit-message" href="/commit/c3">更新安装说明</a><span class="age">2 个月前</span></div></div>
<div id="readme" class="Box md"><div class="Box-header"><h2 class="Box-title">README.md</h2></div>
<article class="markdown-body entry-content"><h1>墨石 Inkstone</h1>
<p>墨石是一个用 Rust 编写的轻量排版引擎，专门处理中文、日文的版式细节：标点挤压、避头尾、中西文间距和竖排。它不依赖浏览器，可以直接输出 PDF 或 SVG。</p>
<p>我们在为一家出版社制作电子书时发现，现有的工具对中文标点的处理总是差强人意，于是决定从头写一个。</p>
<h2>功能</h2><ul><li>按照《中文排版需求》处理行首行尾的标点禁则</li><li>中文与西文、数字之间自动加入四分之一空格</li><li>支持竖排，包括直排内横排的数字</li><li>字体回退链可以按字符范围配置</li></ul>
<h2>安装</h2><p>需要 Rust 1.75 或更高版本，然后运行：</p>
<div class="highlight highlight-source-shell"><pre>cargo install inkstone-cli</pre></div>
<h2>快速开始</h2><p>把一个 Markdown 文件排成 A5 大小的 PDF：</p>
<div class="highlight highlight-source-shell"><pre>inkstone build 文章.md --page a5 --output 文章.pdf</pre></div>
<h2>许可</h2><p>本项目以 MIT 与 Apache-2.0 双许可证发布，欢迎提交议题和合并请求。</p></article></div></div>
<div class="Layout-sidebar"><div class="BorderGrid-cell"><h2 class="h4">关于</h2><p class="f4">一个轻量的中文排版引擎</p><div class="topic-tags"><a class="topic-tag" href="/topics/typesetting">typesetting</a> <a class="topic-tag" href="/topics/cjk">cjk</a> <a class="topic-tag" href="/topics/rust">rust</a></div><ul><li>1.2k 星标</li><li>23 人关注</li><li>41 次复刻</li></ul></div>
<div class="BorderGrid-cell"><h2 class="h4">发布 12</h2><a href="/lanting/inkstone/releases/tag/v0.9.0">v0.9.0 最新版</a> <span>2024年2月1日</span></div>
<div class="BorderGrid-cell"><h2 class="h4">贡献者 9</h2><a href="/lanting">lanting</a> <a href="/mozhi">mozhi</a> <a href="/qinghe">qinghe</a></div></div></div></main>
<footer class="footer"><ul><li>© 2024 代码托管</li><li><a href="/terms">服务条款</a></li><li><a href="/privacy">隐私</a></li><li><a href="/status">状态</a></li><li><a href="/docs">文档</a></li></ul></footer>)HTML"),
            {"墨石是一个用 Rust 编写的轻量排版引擎", "我们在为一家出版社制作电子书时发现", "处理行首行尾的标点禁则", "中文与西文、数字之间自动加入四分之一空格",
             "支持竖排，包括直排内横排的数字", "字体回退链可以按字符范围配置", "cargo install inkstone-cli", "inkstone build 文章.md --page a5",
             "本项目以 MIT 与 Apache-2.0 双许可证发布"},
            {"修复竖排标点挤压的问题", "为避头尾规则增加测试用例", "复刻 41", "v0.9.0 最新版", "服务条款"},
            {}};
}

// 6. Portuguese, an academic journal's article page (an open journal system's class names):
// authors and affiliations, the abstract, keywords, a citation box, downloads and sidebar
// blocks of the journal.
Fresh pt_academic_abstract() {
    return {"pt: a journal's abstract page with authors, keywords, a citation box, downloads and the journal's sidebar blocks",
            doc("pt", "Uso de bicicletas partilhadas e qualidade do ar em Lisboa | Revista de Estudos Urbanos", R"HTML(
<header class="pkp_structure_head"><div class="pkp_site_name"><a href="/index.php/reu">Revista de Estudos Urbanos</a></div><nav class="pkp_navigation_primary_wrapper"><ul class="pkp_navigation_primary"><li><a href="/index.php/reu/issue/current">Atual</a></li><li><a href="/index.php/reu/issue/archive">Arquivos</a></li><li><a href="/index.php/reu/about/submissions">Submissões</a></li><li><a href="/index.php/reu/about">Sobre</a></li></ul></nav><nav class="pkp_navigation_user"><a href="/login">Entrar</a> <a href="/register">Cadastro</a></nav></header>
<div class="pkp_structure_content has_sidebar"><div class="pkp_structure_main" role="main">
<nav class="cmp_breadcrumbs"><ol><li><a href="/index.php/reu">Capa</a></li><li><a href="/index.php/reu/issue/archive">Arquivos</a></li><li><a href="/index.php/reu/issue/view/31">v. 12 n. 2 (2024)</a></li><li class="current">Artigos</li></ol></nav>
<article class="obj_article_details"><h1 class="page_title">Uso de bicicletas partilhadas e qualidade do ar em Lisboa: uma análise de séries temporais</h1>
<div class="row"><div class="main_entry">
<section class="item authors"><h2 class="pkp_screen_reader">Autores</h2><ul class="authors"><li><span class="name">Inês Carvalho</span><span class="affiliation">Universidade de Lisboa, Instituto de Geografia</span></li><li><span class="name">Rafael Monteiro</span><span class="affiliation">Universidade Nova de Lisboa</span></li></ul></section>
<section class="item doi"><span class="label">DOI:</span> <span class="value"><a href="https://doi.org/10.0000/reu.v12i2.4471">https://doi.org/10.0000/reu.v12i2.4471</a></span></section>
<section class="item keywords"><h2 class="label">Palavras-chave:</h2><span class="value">mobilidade ativa, bicicletas partilhadas, poluição atmosférica, dióxido de azoto</span></section>
<section class="item abstract"><h2 class="label">Resumo</h2>
<p>Este artigo analisa a relação entre a utilização do sistema de bicicletas partilhadas de Lisboa e as concentrações de dióxido de azoto registadas em doze estações de monitorização entre 2018 e 2023.</p>
<p>Recorrendo a modelos de séries temporais com controlo para a meteorologia e o tráfego automóvel, estimamos que cada aumento de dez por cento nas viagens de bicicleta num bairro se associa a uma redução média de 1,8 por cento nos níveis de poluição no mês seguinte.</p>
<p>Os resultados sugerem que a expansão da rede de estações para as zonas periféricas pode ter benefícios ambientais superiores aos previstos nos estudos de planeamento municipal.</p></section></div>
<div class="entry_details"><div class="item galleys"><h2 class="pkp_screen_reader">Downloads</h2><ul class="value galleys_links"><li><a class="obj_galley_link pdf" href="/index.php/reu/article/view/4471/3120">PDF</a></li></ul></div>
<div class="item published"><section class="sub_item"><h2 class="label">Publicado</h2><div class="value"><span>2024-06-28</span></div></section></div>
<div class="item citation"><section class="sub_item citation_display"><h2 class="label">Como Citar</h2><div class="value"><div class="csl-entry">Carvalho, I., &amp; Monteiro, R. (2024). Uso de bicicletas partilhadas e qualidade do ar em Lisboa. <i>Revista de Estudos Urbanos</i>, <i>12</i>(2), 45–67.</div></div><div class="citation_formats"><button class="cmp_button">Formatos de Citação</button><ul><li><a href="/cite/ris">RIS</a></li><li><a href="/cite/bibtex">BibTeX</a></li></ul></div></section></div>
<div class="item issue"><section class="sub_item"><h2 class="label">Edição</h2><div class="value"><a class="title" href="/index.php/reu/issue/view/31">v. 12 n. 2 (2024)</a></div></section><section class="sub_item"><h2 class="label">Seção</h2><div class="value">Artigos</div></section></div>
<div class="item copyright"><p>Copyright (c) 2024 Inês Carvalho, Rafael Monteiro. Este trabalho está licenciado sob uma licença Creative Commons Atribuição 4.0 Internacional.</p></div></div></div></article></div>
<div class="pkp_structure_sidebar left" role="complementary"><div class="pkp_block block_make_submission"><a class="block_make_submission_link" href="/about/submissions">Enviar Submissão</a></div>
<div class="pkp_block block_information"><h2 class="title">Informação</h2><div class="content"><ul><li><a href="/information/readers">Para Leitores</a></li><li><a href="/information/authors">Para Autores</a></li><li><a href="/information/librarians">Para Bibliotecários</a></li></ul></div></div>
<div class="pkp_block block_language"><h2 class="title">Idioma</h2><div class="content"><ul><li><a href="/setLocale/en">English</a></li><li><a href="/setLocale/es">Español</a></li></ul></div></div></div></div>
<footer class="pkp_structure_footer_wrapper"><div class="pkp_footer_content"><p>Revista de Estudos Urbanos · ISSN 2184-0000 · Centro de Estudos Geográficos</p></div><div class="pkp_brand_footer"><a href="/about/aboutThisPublishingSystem">Plataforma e fluxo de trabalho por OJS / PKP</a></div></footer>)HTML"),
            {"Este artigo analisa a relação entre a utilização do sistema", "Recorrendo a modelos de séries temporais",
             "Os resultados sugerem que a expansão da rede"},
            {"Enviar Submissão", "Para Bibliotecários", "Formatos de Citação", "ISSN 2184-0000", "Plataforma e fluxo de trabalho por OJS"},
            {}};
}

// 7. Italian, a product comparison in meaningless class names: an intro, a comparison table, a
// short section per product with pros and cons and an offer button, a sidebar and a footer.
Fresh it_product_comparison() {
    return {"it: a comparison of products with a table, a section per product with pros and cons, offer buttons and a sidebar (meaningless classes)",
            doc("it", "Migliori robot aspirapolvere 2024: il confronto | CasaTech", R"HTML(
<div class="x1"><div class="x2"><a href="/">CasaTech</a></div><div class="x3"><a href="/guide">Guide all'acquisto</a> <a href="/recensioni">Recensioni</a> <a href="/offerte">Offerte</a> <a href="/chi-siamo">Chi siamo</a></div></div>
<div class="x4"><div class="x5"><div class="x6"><a href="/">Home</a> » <a href="/guide">Guide all'acquisto</a></div>
<h1>Migliori robot aspirapolvere 2024: il confronto</h1><div class="x7">di Chiara Fontana · aggiornato il 12 marzo 2024</div>
<div class="x8">Questo articolo contiene link di affiliazione: se acquisti tramite questi link potremmo ricevere una commissione.</div>
<p>Abbiamo provato per sei settimane cinque robot aspirapolvere in un appartamento di novanta metri quadrati con parquet, tappeti e un gatto a pelo lungo. Li abbiamo misurati sulla stessa sporcizia e cronometrati sugli stessi percorsi.</p>
<p>Nessun robot sostituisce del tutto la scopa, ma i modelli migliori tengono il pavimento pulito per giorni, se si ha l'accortezza di liberare cavi e calzini prima di farli partire.</p>
<h2>La tabella di confronto</h2>
<table class="y1"><tr><th>Modello</th><th>Prezzo</th><th>Autonomia</th><th>Lavaggio</th><th>Voto</th></tr>
<tr><td>Roboclean S8</td><td>549 €</td><td>180 minuti</td><td>sì</td><td>9,1</td></tr>
<tr><td>Vortek One</td><td>329 €</td><td>120 minuti</td><td>no</td><td>8,4</td></tr>
<tr><td>Pulito Mini</td><td>199 €</td><td>90 minuti</td><td>no</td><td>7,2</td></tr></table>
<h2>Roboclean S8: il migliore in assoluto</h2>
<p>Il Roboclean S8 è l'unico che ha mappato tutta la casa al primo giro senza perdersi sotto il divano. Il panno vibrante toglie anche le impronte secche in cucina.</p>
<div class="y2"><div class="y3"><b>Pro</b><ul><li>Mappatura precisa e veloce</li><li>Lavaggio efficace</li></ul></div><div class="y3"><b>Contro</b><ul><li>Base ingombrante</li><li>App piena di notifiche</li></ul></div></div>
<a class="y4" href="/go/roboclean-s8" rel="sponsored nofollow">Vedi l'offerta su Amazon</a>
<h2>Vortek One: il rapporto qualità-prezzo</h2>
<p>Il Vortek One aspira quasi quanto il più caro e con il gatto in casa è quello che si intasa di meno, grazie alla spazzola in gomma senza setole.</p>
<a class="y4" href="/go/vortek-one" rel="sponsored nofollow">Vedi l'offerta su Amazon</a>
<h2>Pulito Mini: per chi spende poco</h2>
<p>Il Pulito Mini non ha una mappa e procede a caso, ma in un monolocale fa il suo lavoro ed è abbastanza silenzioso da usarlo mentre si lavora da casa.</p>
<a class="y4" href="/go/pulito-mini" rel="sponsored nofollow">Vedi l'offerta su Amazon</a>
<div class="y5">Condividi: <a href="https://www.facebook.com/sharer">Facebook</a> <a href="https://wa.me/">WhatsApp</a> <a href="https://t.me/share">Telegram</a></div></div>
<div class="z1"><div class="z2"><h3>I più letti</h3><ol><li><a href="/guide/friggitrice-ad-aria">Friggitrici ad aria: quale comprare</a></li><li><a href="/guide/purificatori">I purificatori d'aria che funzionano davvero</a></li><li><a href="/recensioni/termostato">Termostato smart: la nostra prova</a></li></ol></div>
<div class="z2"><h3>Iscriviti alla newsletter</h3><p>Ogni venerdì le migliori offerte tech selezionate dalla redazione.</p><form><input type="email"><button>Iscriviti</button></form></div></div></div>
<div class="z3"><p>CasaTech è una testata registrata presso il Tribunale di Bologna. P.IVA 01234567890.</p><a href="/privacy">Privacy</a> <a href="/cookie">Cookie</a></div>)HTML"),
            {"Abbiamo provato per sei settimane cinque robot", "Nessun robot sostituisce del tutto la scopa", "Roboclean S8", "Vortek One", "Pulito Mini",
             "180 minuti", "120 minuti", "90 minuti", "è l'unico che ha mappato tutta la casa", "Mappatura precisa e veloce", "Base ingombrante",
             "aspira quasi quanto il più caro", "non ha una mappa e procede a caso"},
            {"Vedi l'offerta su Amazon", "Friggitrici ad aria", "Ogni venerdì le migliori offerte", "testata registrata presso il Tribunale",
             "Guide all'acquisto"},
            {}};
}

// 8. Spanish, a travel guide on a blog theme (its own class names): a table of contents, short
// sections, a tip box, a hotel booking widget, an author box, related posts and comments.
Fresh es_travel_guide() {
    return {"es: a travel guide of short sections with a table of contents, a tip box, a booking widget, an author box and related posts",
            doc("es", "Qué ver en Cádiz en dos días: ruta completa – Mochila y Brújula", R"HTML(
<header class="site-header"><div class="site-branding"><a href="/" class="custom-logo-link">Mochila y Brújula</a></div><nav class="main-navigation"><ul class="menu"><li><a href="/destinos/espana/">España</a></li><li><a href="/destinos/europa/">Europa</a></li><li><a href="/consejos/">Consejos de viaje</a></li><li><a href="/sobre-nosotros/">Sobre nosotros</a></li></ul></nav></header>
<div class="site-content"><main class="content-area"><article class="post type-post hentry">
<header class="entry-header"><h1 class="entry-title">Qué ver en Cádiz en dos días</h1><div class="entry-meta"><span class="posted-on">8 de abril de 2024</span> · <span class="byline">Marta y Dani</span></div></header>
<div class="entry-content">
<p>Cádiz es una de las ciudades más antiguas de Europa y se recorre a pie en un par de días sin prisas. Te contamos la ruta que hicimos nosotros, con lo imprescindible y algún rincón menos conocido.</p>
<div id="ez-toc-container" class="ez-toc-v2_0 counter-hierarchy"><p class="ez-toc-title">Índice de contenidos</p><ul class="ez-toc-list"><li><a href="#catedral">La Catedral y el barrio del Pópulo</a></li><li><a href="#mercado">El Mercado Central</a></li><li><a href="#caleta">La playa de la Caleta</a></li><li><a href="#dormir">Dónde dormir</a></li></ul></div>
<h2 id="catedral">La Catedral y el barrio del Pópulo</h2>
<p>Empieza temprano en la plaza de la Catedral, antes de que lleguen los grupos. La subida a la torre de Poniente tiene rampas en lugar de escaleras y desde arriba se ve toda la ciudad rodeada de mar.</p>
<p>Justo detrás está el Pópulo, el barrio más viejo, con sus tres arcos medievales y el teatro romano, que se visita gratis.</p>
<h2 id="mercado">El Mercado Central</h2>
<p>Por la mañana el mercado está lleno de pescado recién llegado del puerto. En los puestos del exterior puedes tomar unas ortiguillas o un cartucho de pescaíto frito de pie, como hacen los gaditanos.</p>
<div class="wp-block-group consejo"><p><strong>Consejo:</strong> el mercado cierra por la tarde y los domingos, así que déjalo para el primer día.</p></div>
<h2 id="caleta">La playa de la Caleta</h2>
<p>Entre los castillos de San Sebastián y Santa Catalina, la Caleta es la playa de las barcas de pescadores y de las puestas de sol. Lleva algo de abrigo: al caer la tarde sopla el levante.</p>
<h2 id="dormir">Dónde dormir</h2>
<p>Nosotros nos alojamos en el casco antiguo, cerca de la plaza de las Flores, para poder ir a todas partes andando.</p>
<div class="booking-widget"><h4>Busca tu alojamiento en Cádiz</h4><form><input type="text" value="Cádiz"><input type="date"><button>Buscar hoteles</button></form><p class="disclaimer">Si reservas a través de este buscador nos llevamos una pequeña comisión sin coste para ti.</p></div>
</div>
<div class="author-box"><img src="/autores.jpg" alt="" width="80" height="80"><h4 class="author-title">Marta y Dani</h4><p>Somos una pareja de Valladolid que lleva diez años viajando con mochila y contándolo aquí.</p></div></article>
<div class="related-posts"><h3>También te puede interesar</h3><ul><li><a href="/jerez-un-dia/">Jerez de la Frontera en un día</a></li><li><a href="/pueblos-blancos/">Ruta por los pueblos blancos</a></li><li><a href="/tarifa/">Tarifa más allá del viento</a></li></ul></div>
<div id="comments" class="comments-area"><h3 class="comments-title">2 comentarios</h3><ol class="comment-list"><li class="comment"><div class="comment-author"><b>Lucía</b></div><div class="comment-metadata">10 de abril de 2024</div><div class="comment-content"><p>¡Qué buena guía! Nosotros añadiríamos una visita al castillo de Santa Catalina, que suele tener exposiciones gratuitas.</p></div></li><li class="comment"><div class="comment-author"><b>Javier</b></div><div class="comment-metadata">12 de abril de 2024</div><div class="comment-content"><p>El levante no perdona, totalmente de acuerdo con lo del abrigo al atardecer.</p></div></li></ol></div></main>
<aside class="widget-area"><section class="widget"><h3 class="widget-title">Síguenos</h3><p>Instagram · YouTube · Pinterest</p></section><section class="widget"><h3 class="widget-title">Seguro de viaje</h3><p>Viaja tranquilo con un 5 % de descuento en tu seguro por ser lector del blog.</p></section></aside></div>
<footer class="site-footer"><p>© 2024 Mochila y Brújula · Aviso legal · Política de cookies</p></footer>)HTML"),
            {"Cádiz es una de las ciudades más antiguas de Europa", "Empieza temprano en la plaza de la Catedral", "Justo detrás está el Pópulo",
             "Por la mañana el mercado está lleno de pescado", "el mercado cierra por la tarde y los domingos", "Entre los castillos de San Sebastián",
             "Nosotros nos alojamos en el casco antiguo"},
            {"Índice de contenidos", "Busca tu alojamiento en Cádiz", "nos llevamos una pequeña comisión", "Somos una pareja de Valladolid", "Jerez de la Frontera en un día", "Ruta por los pueblos blancos",
             "Nosotros añadiríamos una visita al castillo", "El levante no perdona", "Viaja tranquilo con un 5 % de descuento", "Política de cookies"},
            {}};
}

// 9. English, a Ghost blog post (the theme's own class names): a feature image with a caption, a
// signup card in the middle of the text, a bookmark card, a share bar, "read more" cards, the
// portal's subscribe button and a footer.
Fresh en_ghost_post() {
    return {"en: a Ghost post with a signup card in the middle, a captioned image, a blockquote, read-more cards and the portal's footer",
            doc("en", "What a year of tracking my reading taught me", R"HTML(
<div class="viewport"><header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand"><a class="gh-head-logo" href="/">Marginalia</a></div><nav class="gh-head-menu"><ul class="nav"><li class="nav-home"><a href="/">Home</a></li><li class="nav-archive"><a href="/archive/">Archive</a></li><li class="nav-about"><a href="/about/">About</a></li></ul></nav><div class="gh-head-actions"><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Sign in</a><a class="gh-head-button" href="#/portal/signup" data-portal="signup">Subscribe</a></div></div></header>
<div class="site-content"><main id="site-main" class="site-main">
<article class="article post tag-reading featured">
<header class="article-header gh-canvas"><section class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/reading/">Reading</a></span></section>
<h1 class="article-title">What a year of tracking my reading taught me</h1><p class="article-excerpt">A spreadsheet, 61 books and a few uncomfortable truths about my habits.</p>
<div class="article-byline"><div class="article-byline-content"><ul class="author-list"><li class="author-list-item"><a href="/author/nadia/" class="author-avatar"><img class="author-profile-image" src="/content/images/nadia.jpg" alt="Nadia Brooks"></a></li></ul><div class="article-byline-meta"><h4 class="author-name"><a href="/author/nadia/">Nadia Brooks</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="2024-01-07">Jan 7, 2024</time><span class="byline-reading-time"><span class="bull">•</span> 5 min read</span></div></div></div></div>
<figure class="article-image"><img src="/content/images/2024/01/shelf.jpg" alt=""><figcaption>The shelf at the end of the year, finished books on the left.</figcaption></figure></header>
<section class="gh-content gh-canvas">
<p>Last January I started logging every book I opened: the date I began, the date I finished or gave up, and one sentence about why. I expected to learn what I liked. Instead I learned mostly when I read.</p>
<p>The first surprise was how much of my reading happened in the first and last week of each month. Those were the weeks without deadlines at work, and the log made the pattern impossible to ignore.</p>
<h2 id="giving-up-is-fine">Giving up is fine</h2>
<p>I abandoned fourteen books, almost one in five. Writing down a reason each time made quitting feel like a decision rather than a failure, and I stopped carrying half-read novels from room to room for months.</p>
<div class="kg-card kg-signup-card kg-width-wide"><div class="kg-signup-card-content"><h2 class="kg-signup-card-heading">Get the next essay in your inbox</h2><p class="kg-signup-card-subheading">One letter a month about books and the habits around them. No spam.</p><form class="kg-signup-card-form" data-members-form="signup"><input class="kg-signup-card-input" type="email" placeholder="Your email"><button class="kg-signup-card-button">Subscribe</button></form></div></div>
<p>The second lesson was about format. Audiobooks made up a third of what I finished, nearly all of them listened to on the bike to work, and I remember them just as well as the ones I held in my hands.</p>
<blockquote>A log is not a goal. The moment I started counting towards a number, I began choosing shorter books.</blockquote>
<p>This year I am keeping the spreadsheet but dropping the yearly target. If the first months are anything to go by, I am reading fewer books and finishing more of them.</p>
</section></article>
<section class="article-comments gh-canvas"><div class="ghost-comments-root"><p>Join the discussion: become a member to comment.</p></div></section>
<aside class="read-more-wrap outer"><div class="read-more inner"><h3 class="read-more-title">Read more</h3><article class="post-card"><a class="post-card-image-link" href="/the-library-card/"><img class="post-card-image" src="/content/images/card.jpg" alt=""></a><div class="post-card-content"><a class="post-card-content-link" href="/the-library-card/"><header class="post-card-header"><h2 class="post-card-title">In praise of the library card</h2></header><div class="post-card-excerpt">Free books, quiet rooms and the best search engine ever built: a librarian.</div></a></div></article>
<article class="post-card"><a class="post-card-content-link" href="/slow-reading/"><header class="post-card-header"><h2 class="post-card-title">Slow reading, again</h2></header><div class="post-card-excerpt">Why I read the same short novel three times in one winter.</div></a></article></div></aside>
</main></div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/">Marginalia</a> © 2024</section><nav class="site-footer-nav"><ul class="nav"><li><a href="/privacy/">Privacy</a></li><li><a href="/contact/">Contact</a></li></ul></nav><div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div>)HTML"),
            {"Last January I started logging every book I opened", "The first surprise was how much of my reading happened",
             "I abandoned fourteen books, almost one in five", "The second lesson was about format", "A log is not a goal",
             "This year I am keeping the spreadsheet but dropping the yearly target"},
            {"Get the next essay in your inbox", "One letter a month about books", "Join the discussion", "In praise of the library card",
             "Why I read the same short novel three times", "Powered by Ghost"},
            {}};
}

// 10. Russian, a Jekyll blog post (the default theme's class names): code blocks with line
// highlighting, footnotes, a pager to the neighbouring posts, a comments placeholder and the
// theme's three-column footer.
Fresh ru_jekyll_post() {
    return {"ru: a Jekyll post with highlighted code, footnotes, a pager, a comments placeholder and the theme's footer",
            doc("ru", "Как я ускорил сборку сайта в четыре раза | Записки бэкендера", R"HTML(
<header class="site-header" role="banner"><div class="wrapper"><a class="site-title" rel="author" href="/">Записки бэкендера</a><nav class="site-nav"><div class="trigger"><a class="page-link" href="/about/">Обо мне</a><a class="page-link" href="/archive/">Архив</a><a class="page-link" href="/talks/">Доклады</a></div></nav></div></header>
<main class="page-content" aria-label="Content"><div class="wrapper">
<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
<header class="post-header"><h1 class="post-title p-name" itemprop="name headline">Как я ускорил сборку сайта в четыре раза</h1><p class="post-meta"><time class="dt-published" datetime="2024-02-11T10:00:00+03:00" itemprop="datePublished">11 февраля 2024</time> • <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Алексей Громов</span></span></p></header>
<div class="post-content e-content" itemprop="articleBody">
<p>Этот блог собирается генератором статических сайтов, и за пять лет в нём накопилось почти девятьсот записей. Полная сборка стала занимать больше двух минут, а при каждой правке опечатки это раздражает.</p>
<p>Сначала я включил профилирование, чтобы понять, на что уходит время. Оказалось, что больше половины сборки съедает подсветка синтаксиса в старых записях<sup id="fnref:1"><a href="#fn:1" class="footnote" rel="footnote">1</a></sup>.</p>
<div class="language-shell highlighter-rouge"><div class="highlight"><pre class="highlight"><code>bundle exec jekyll build --profile
</code></pre></div></div>
<h2 id="инкрементальная-сборка">Инкрементальная сборка</h2>
<p>Второй шаг — инкрементальная сборка. Она пересобирает только изменившиеся страницы, но ломается, если шаблоны ссылаются на списки всех записей, как у меня в боковой панели.</p>
<p>Я вынес список последних записей в отдельный файл данных, который обновляется раз в сутки, и инкрементальная сборка наконец заработала.</p>
<div class="language-yaml highlighter-rouge"><div class="highlight"><pre class="highlight"><code>incremental: true
exclude: [node_modules, vendor, drafts]
</code></pre></div></div>
<p>В итоге полная сборка занимает тридцать секунд, а правка одной записи — меньше трёх.</p>
<div class="footnotes" role="doc-endnotes"><ol><li id="fn:1"><p>Подсветка выполняется заново для каждого блока кода при каждой сборке, кэша у неё нет. <a href="#fnref:1" class="reversefootnote" role="doc-backlink">↩</a></p></li></ol></div>
</div>
<div class="post-nav"><a class="prev" href="/2024/01/postgres-vacuum/">← Когда VACUUM не помогает</a> <a class="next" href="/2024/03/go-generics/">Дженерики в Go год спустя →</a></div>
<div id="disqus_thread"></div><noscript>Пожалуйста, включите JavaScript, чтобы увидеть комментарии.</noscript>
<a class="u-url" href="/2024/02/faster-build/" hidden></a></article></div></main>
<footer class="site-footer h-card"><data class="u-url" href="/"></data><div class="wrapper"><h2 class="footer-heading">Записки бэкендера</h2><div class="footer-col-wrapper"><div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">Алексей Громов</li><li><a class="u-email" href="mailto:alexey@example.org">alexey@example.org</a></li></ul></div><div class="footer-col footer-col-2"><ul class="social-media-list"><li><a href="https://github.com/agromov">agromov</a></li><li><a href="/feed.xml">RSS</a></li></ul></div><div class="footer-col footer-col-3"><p>Пишу о базах данных, очередях и о том, как не разбудить дежурного ночью.</p></div></div></div></footer>)HTML"),
            {"Этот блог собирается генератором статических сайтов", "Сначала я включил профилирование", "bundle exec jekyll build --profile",
             "Второй шаг — инкрементальная сборка", "Я вынес список последних записей в отдельный файл", "incremental: true",
             "В итоге полная сборка занимает тридцать секунд"},
            {"Когда VACUUM не помогает", "Дженерики в Go год спустя", "включите JavaScript, чтобы увидеть комментарии",
             "Пишу о базах данных, очередях"},
            {}};
}

// 11. Arabic, a news article in meaningless class names: a breaking-news ticker, a lead photo, an
// embedded social post, an inline "read also" link, a video with a caption, a photo gallery,
// tags, a most-read box and a footer.
Fresh ar_news_embeds() {
    return {"ar: a news article with an embedded post, a video, a gallery, an inline read-also link, a ticker and a most-read box (meaningless classes)",
            doc("ar", "افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة | الساحل اليوم", R"HTML(
<div class="n1"><span class="n2">عاجل</span><div class="n3"><a href="/news/1">ارتفاع أسعار النفط في التعاملات المبكرة</a> · <a href="/news/2">منتخب الشباب يتأهل إلى نصف النهائي</a></div></div>
<div class="n4"><a class="n5" href="/">الساحل اليوم</a><div class="n6"><a href="/local">محليات</a> <a href="/economy">اقتصاد</a> <a href="/sport">رياضة</a> <a href="/culture">ثقافة</a> <a href="/opinion">آراء</a></div></div>
<div class="m1"><div class="m2"><h1>افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة</h1><div class="m3">كتب: سامي الحداد · 5 مايو 2024</div>
<div class="m4"><img src="/img/plant.jpg" alt="" width="1200" height="675"><div class="m5">ألواح شمسية تغطي سطح المحطة الجديدة جنوب المدينة.</div></div>
<div class="m6"><p>افتتحت الحكومة صباح اليوم محطة جديدة لتحلية مياه البحر تعمل بالكامل بالطاقة الشمسية، بطاقة إنتاجية تبلغ مئتي ألف متر مكعب يوميا، تكفي لتزويد نحو نصف مليون نسمة بمياه الشرب.</p>
<p>وقال وزير الطاقة في كلمة خلال حفل الافتتاح إن المحطة ستخفض استهلاك الوقود في قطاع المياه بنسبة الثلث، وإن تكلفة المتر المكعب أصبحت للمرة الأولى أقل من تكلفته في المحطات التي تعمل بالغاز.</p>
<div class="m7"><a href="/news/4410">اقرأ أيضا: خطة لزراعة مليون شجرة على طول الطريق الساحلي</a></div>
<p>وتعتمد المحطة على تقنية التناضح العكسي، وتخزن فائض الكهرباء في بطاريات كبيرة لتواصل العمل ليلا بنصف طاقتها. وأوضح مدير المشروع أن الأغشية المستخدمة صنعت محليا بالتعاون مع جامعة الساحل.</p>
<blockquote class="twitter-tweet"><p lang="ar" dir="ltr">اليوم نفتتح محطة تحلية تعمل بالشمس وحدها. خطوة كبيرة نحو أمن مائي مستدام لأبنائنا.</p>— وزارة الطاقة (@energy_ministry) <a href="https://twitter.com/energy_ministry/status/1">May 5, 2024</a></blockquote>
<p>ويرى خبراء أن التحدي الأكبر يبقى في التخلص من المياه شديدة الملوحة الناتجة عن التحلية، إذ تخطط الشركة المشغلة لاستخدامها في إنتاج الملح الصناعي بدلا من إعادتها إلى البحر.</p>
<div class="v1"><iframe src="https://www.youtube.com/embed/xyz" width="640" height="360"></iframe><div class="v2">فيديو: جولة داخل المحطة الجديدة</div></div>
<div class="g1"><div class="g2">صور من حفل الافتتاح</div><div class="g3"><img src="/img/g1.jpg" alt="" width="400" height="300"><span>الوزير يقص شريط الافتتاح</span></div><div class="g3"><img src="/img/g2.jpg" alt="" width="400" height="300"><span>خزانات المياه المحلاة</span></div><div class="g3"><img src="/img/g3.jpg" alt="" width="400" height="300"><span>غرفة التحكم الرئيسية</span></div></div>
<p>ومن المقرر أن تبدأ المرحلة الثانية من المشروع العام المقبل، لترتفع الطاقة الإنتاجية إلى ثلاثمئة وخمسين ألف متر مكعب يوميا.</p></div>
<div class="m8"><a href="/tag/water">مياه</a> <a href="/tag/solar">طاقة شمسية</a> <a href="/tag/infrastructure">بنية تحتية</a></div>
<div class="m9">شارك: <a href="https://www.facebook.com/sharer">فيسبوك</a> <a href="https://twitter.com/intent/tweet">إكس</a> <a href="https://wa.me/">واتساب</a></div></div>
<div class="k1"><div class="k2">الأكثر قراءة</div><ol><li><a href="/news/3">تعديلات جديدة على نظام القبول في الجامعات</a></li><li><a href="/news/5">موعد صرف الرواتب لشهر مايو</a></li><li><a href="/news/6">درجات الحرارة تتجاوز الأربعين نهاية الأسبوع</a></li></ol></div></div>
<div class="f1"><p>جميع الحقوق محفوظة لصحيفة الساحل اليوم 2024. يمنع نسخ المحتوى دون إذن مسبق.</p></div>)HTML"),
            {"افتتحت الحكومة صباح اليوم محطة جديدة لتحلية مياه البحر", "وقال وزير الطاقة في كلمة خلال حفل الافتتاح", "وتعتمد المحطة على تقنية التناضح العكسي",
             "ويرى خبراء أن التحدي الأكبر يبقى", "ومن المقرر أن تبدأ المرحلة الثانية من المشروع"},
            {"ارتفاع أسعار النفط في التعاملات المبكرة", "اقرأ أيضا: خطة لزراعة مليون شجرة", "تعديلات جديدة على نظام القبول", "موعد صرف الرواتب",
             "جميع الحقوق محفوظة"},
            {}};
}

// 12. Japanese, a short post on a microblogging theme in meaningless class names: a photo, three
// short paragraphs, tags, a note count, the notes (likes and reblogs), a sidebar and a pager.
Fresh ja_short_post() {
    return {"ja: a short microblog post with a photo, tags, a note count and the list of notes, a sidebar and a pager (meaningless classes)",
            doc("ja", "雨の日の古本屋 — 散歩と珈琲", R"HTML(
<div class="w1"><div class="w2"><a href="/"><img src="/avatar.png" alt="" width="64" height="64"></a><h1 class="w3"><a href="/">散歩と珈琲</a></h1><div class="w4">下町を歩いて、見つけたものを少しだけ。</div><div class="w5"><a href="/ask">質問箱</a> <a href="/archive">アーカイブ</a> <a href="/rss">RSS</a></div></div>
<div class="w6"><div class="p1"><div class="p2"><img src="/media/tumble_rain_books.jpg" alt="" width="540" height="720"></div>
<div class="p3"><p>雨が降ってきたので、駅の裏の古本屋に逃げ込んだ。棚の高さが天井まであって、梯子に乗らないと上の段の背表紙が読めない店だ。</p>
<p>店主のおじいさんは奥で将棋の本を読んでいて、こちらを一度も見なかった。昭和の旅行案内を二冊、合わせて五百円で買った。</p>
<p>帰りの電車でページをめくると、前の持ち主が行った宿の名前に鉛筆で丸がつけてあった。いつか同じ宿を探しに行ってみたい。</p></div>
<div class="p4"><a href="/tagged/古本">#古本</a> <a href="/tagged/雨">#雨</a> <a href="/tagged/散歩">#散歩</a></div>
<div class="p5"><a href="/post/7301/rain-books">2024年6月14日</a> · <a href="/post/7301/rain-books#notes">38 notes</a></div>
<div class="p6"><a href="/reblog/7301">リブログ</a> <a href="/like/7301">いいね</a></div>
<ol class="p7"><li class="p8"><a href="/u/kumo">kumo</a>さんがいいねしました</li><li class="p8"><a href="/u/tsubame">tsubame</a>さんが<a href="/u/sanpo">sanpo</a>さんからリブログしました</li><li class="p8"><a href="/u/hon_no_mushi">hon_no_mushi</a>さんがいいねしました</li><li class="p8"><a href="/u/kissa">kissa</a>さんがいいねしました</li></ol></div>
<div class="w7"><a href="/page/2">前の投稿 →</a></div></div>
<div class="w8"><div class="w9">最近の投稿</div><ul><li><a href="/post/7288">夕方の銭湯</a></li><li><a href="/post/7260">川沿いの紫陽花</a></li><li><a href="/post/7241">喫茶店のナポリタン</a></li></ul><div class="w9">リンク</div><ul><li><a href="https://example.org/">友人の写真ブログ</a></li></ul></div>
<div class="w10">テーマ: Minimal Notes · Powered by Tumblr</div></div>)HTML"),
            {"雨が降ってきたので、駅の裏の古本屋に逃げ込んだ", "店主のおじいさんは奥で将棋の本を読んでいて", "帰りの電車でページをめくると"},
            {"さんがいいねしました", "さんからリブログしました", "夕方の銭湯", "友人の写真ブログ", "下町を歩いて、見つけたものを少しだけ", "Powered by Tumblr"},
            {}};
}

// 13. Portuguese, an article on a publishing platform of hashed class names (Medium-like): a sign-in
// bar, the author line with a follow button, claps, paragraphs, a figure, the "written by" box,
// more from the author, recommendations and a footer.
Fresh pt_medium_article() {
    return {"pt: an article on a platform of hashed class names with a follow button, claps, a written-by box and recommendations",
            doc("pt", "O que aprendi ao migrar um monólito para filas de mensagens | by Beatriz Lopes | Jun, 2024", R"HTML(
<div class="ab ac"><div class="ad ae"><a class="af ag" href="/">Plataforma</a><div class="ah ai"><a class="aj ak" href="/new-story">Escrever</a><a class="aj ak" href="/m/signin">Entrar</a><a class="al am" href="/m/signup">Cadastre-se</a></div></div></div>
<div class="an ao"><article><div class="ap aq"><section><div class="ar as">
<h1 class="pw-post-title at au av aw">O que aprendi ao migrar um monólito para filas de mensagens</h1>
<div class="ax ay"><div class="az ba"><a href="/@beatriz.lopes"><img class="bb bc" src="/avatar/bl.png" alt="Beatriz Lopes" width="44" height="44"></a><div class="bd be"><a class="bf bg" href="/@beatriz.lopes">Beatriz Lopes</a> · <button class="bh bi">Seguir</button></div><div class="bj bk"><span>7 min de leitura</span> · <span>3 de jun. de 2024</span></div></div>
<div class="bl bm"><button class="bn bo">412</button><button class="bn bo">9</button><button class="bp bq">Salvar</button><button class="bp bq">Ouvir</button><button class="bp bq">Compartilhar</button></div></div>
<p class="pw-post-body-paragraph br bs bt bu bv">Durante três anos, o sistema de pedidos da nossa loja foi um único processo que fazia tudo: recebia o pagamento, reservava o estoque, emitia a nota fiscal e mandava o e-mail de confirmação. Funcionava, até a primeira Black Friday.</p>
<p class="pw-post-body-paragraph br bs bt bu bv">Naquela noite, uma lentidão no serviço de notas fiscais travou o processo inteiro, e clientes que já tinham pago ficaram sem confirmação. Foi aí que decidimos separar as etapas com uma fila de mensagens entre elas.</p>
<h2 class="bw bx by bz">Comece pelo que pode esperar</h2>
<p class="pw-post-body-paragraph br bs bt bu bv">A primeira etapa que tiramos do caminho foi o e-mail. Ninguém reclama se a confirmação chega trinta segundos depois, e isso nos deu uma maneira segura de aprender a operar a fila em produção.</p>
<figure class="ca cb"><img src="/img/fila.png" alt="" width="700" height="380"><figcaption class="cc cd">O fluxo de pedidos depois da migração, com três filas.</figcaption></figure>
<p class="pw-post-body-paragraph br bs bt bu bv">O erro mais caro foi não pensar em mensagens duplicadas desde o início. Toda etapa precisa poder receber a mesma mensagem duas vezes sem cobrar o cliente duas vezes, e isso exigiu mudanças no banco de dados.</p>
<p class="pw-post-body-paragraph br bs bt bu bv">Hoje, quando a emissão de notas fica lenta, os pedidos continuam entrando e a fila simplesmente cresce por alguns minutos. Foi a mudança de arquitetura que mais nos deu paz.</p>
</div></section></div></article>
<div class="ce cf"><div class="cg ch"><a href="/tag/arquitetura">Arquitetura De Software</a> <a href="/tag/microsservicos">Microsserviços</a></div><div class="ci cj"><button>412</button><button>9</button></div></div>
<div class="ck cl"><img src="/avatar/bl.png" alt="" width="72" height="72"><h2 class="cm cn"><a href="/@beatriz.lopes">Escrito por Beatriz Lopes</a></h2><div class="co cp">1,3 mil seguidores</div><p class="cq cr">Engenheira de software em São Paulo. Escrevo sobre sistemas distribuídos e sobre errar em produção.</p><button class="bh bi">Seguir</button></div>
<div class="cs ct"><h2 class="cu cv">Mais de Beatriz Lopes</h2><div class="cw cx"><a href="/p/1"><h3>Por que seus testes de integração são lentos</h3><p>E três maneiras de deixá-los mais rápidos sem perder confiança.</p></a></div><div class="cw cx"><a href="/p/2"><h3>Observabilidade para quem tem pouco tempo</h3><p>Comece pelos logs certos antes de comprar ferramentas.</p></a></div></div>
<div class="cs ct"><h2 class="cu cv">Recomendado pela Plataforma</h2><div class="cw cx"><a href="/p/3"><h3>Event sourcing sem dor</h3><p>Um guia prático para quem nunca usou.</p></a></div><div class="cw cx"><a href="/p/4"><h3>Kafka ou RabbitMQ em 2024?</h3><p>Comparamos os dois em um projeto real.</p></a></div></div></div>
<div class="cy cz"><a href="/help">Ajuda</a> <a href="/status">Status</a> <a href="/about">Sobre</a> <a href="/careers">Carreiras</a> <a href="/privacy">Privacidade</a> <a href="/terms">Termos</a></div>)HTML"),
            {"Durante três anos, o sistema de pedidos da nossa loja", "Naquela noite, uma lentidão no serviço de notas fiscais",
             "A primeira etapa que tiramos do caminho foi o e-mail", "O erro mais caro foi não pensar em mensagens duplicadas",
             "Hoje, quando a emissão de notas fica lenta"},
            {"1,3 mil seguidores", "Escrevo sobre sistemas distribuídos", "Por que seus testes de integração são lentos",
             "Observabilidade para quem tem pouco tempo", "Event sourcing sem dor", "Kafka ou RabbitMQ em 2024", "Cadastre-se"},
            {}};
}

// 14. French, a help-centre article (a support platform's class names): breadcrumbs, a search
// box, numbered steps, a note callout, a vote, "articles in this section", related articles and
// a request link.
Fresh fr_help_center() {
    return {"fr: a help-centre article with steps, a note callout, a vote, the section's articles, related articles and a request link",
            doc("fr", "Modifier l'adresse de facturation de votre abonnement – Centre d'aide Brindille", R"HTML(
<header class="header"><div class="logo"><a href="/hc/fr"><img src="/logo.png" alt="Centre d'aide Brindille"></a></div><nav class="user-nav"><a href="https://brindille.example/">Retour au site</a> <a class="submit-a-request" href="/hc/fr/requests/new">Envoyer une demande</a> <a class="login" href="/hc/fr/signin">Connexion</a></nav></header>
<main role="main"><div class="container-divider"></div><div class="container"><nav class="sub-nav"><ol class="breadcrumbs"><li><a href="/hc/fr">Centre d'aide Brindille</a></li><li><a href="/hc/fr/categories/1">Compte et facturation</a></li><li><a href="/hc/fr/sections/12">Paiements</a></li></ol><form role="search" class="search"><input type="search" placeholder="Rechercher"></form></nav>
<div class="article-container" id="article-container">
<aside class="article-sidebar"><section class="section-articles collapsible-sidebar"><h3 class="collapsible-sidebar-title sidenav-title">Articles de cette section</h3><ul><li><a href="/hc/fr/articles/101" class="sidenav-item">Quels moyens de paiement acceptez-vous ?</a></li><li><a href="/hc/fr/articles/102" class="sidenav-item current-article">Modifier l'adresse de facturation de votre abonnement</a></li><li><a href="/hc/fr/articles/103" class="sidenav-item">Télécharger une facture</a></li><li><a href="/hc/fr/articles/104" class="sidenav-item">Pourquoi mon paiement a-t-il été refusé ?</a></li></ul></section></aside>
<article class="article"><header class="article-header"><h1 title="Modifier l'adresse de facturation de votre abonnement" class="article-title">Modifier l'adresse de facturation de votre abonnement</h1>
<div class="article-author"><div class="article-meta"><a href="/hc/fr/profiles/7">Équipe support</a><ul class="meta-group"><li class="meta-data"><time datetime="2024-02-19T08:12:44Z">il y a 9 mois</time></li><li class="meta-data">Mise à jour</li></ul></div></div>
<a class="article-subscribe button" href="/hc/fr/articles/102/subscription">Suivre</a></header>
<section class="article-info"><div class="article-content"><div class="article-body">
<p>L'adresse de facturation figure sur chacune de vos factures. Si vous avez déménagé ou si vous souhaitez que les factures soient établies au nom de votre entreprise, vous pouvez la modifier vous-même à tout moment.</p>
<ol><li>Connectez-vous à votre espace client et ouvrez le menu <strong>Mon compte</strong>.</li><li>Dans l'onglet <strong>Facturation</strong>, cliquez sur <strong>Modifier</strong> à côté de l'adresse actuelle.</li><li>Saisissez la nouvelle adresse et, le cas échéant, votre numéro de TVA intracommunautaire.</li><li>Enregistrez : la nouvelle adresse s'applique dès la prochaine facture.</li></ol>
<div class="callout callout--note"><p><strong>À noter :</strong> les factures déjà émises ne peuvent pas être modifiées. Si vous avez besoin d'une facture rectificative, contactez-nous en indiquant son numéro.</p></div>
<p>Si le bouton <strong>Modifier</strong> n'apparaît pas, c'est que votre abonnement est géré par un administrateur de votre organisation : demandez-lui de faire la modification.</p>
</div></div>
<div class="article-votes"><span class="article-votes-question">Cet article vous a-t-il été utile ?</span><div class="article-votes-controls"><button class="button article-vote article-vote-up">Oui</button><button class="button article-vote article-vote-down">Non</button></div><small class="article-votes-count"><span class="article-vote-label">12 sur 15 ont trouvé cela utile</span></small></div>
<div class="article-more-questions">Vous avez d'autres questions ? <a href="/hc/fr/requests/new">Envoyer une demande</a></div>
<div class="article-relatives"><section class="related-articles"><h3 class="related-articles-title">Articles associés</h3><ul><li><a href="/hc/fr/articles/201">Changer de formule d'abonnement</a></li><li><a href="/hc/fr/articles/202">Ajouter un collaborateur à votre compte</a></li><li><a href="/hc/fr/articles/203">Résilier votre abonnement</a></li></ul></section></div></section></article></div></div></main>
<footer class="footer"><div class="footer-inner"><a href="/hc/fr">Centre d'aide Brindille</a><div class="footer-language-selector">Français ▾</div><p>Brindille SAS, 14 rue des Tanneurs, 67000 Strasbourg.</p></div></footer>)HTML"),
            {"L'adresse de facturation figure sur chacune de vos factures", "Connectez-vous à votre espace client", "Dans l'onglet",
             "Saisissez la nouvelle adresse", "la nouvelle adresse s'applique dès la prochaine facture", "les factures déjà émises ne peuvent pas être modifiées",
             "est géré par un administrateur de votre organisation"},
            {"Cet article vous a-t-il été utile", "12 sur 15 ont trouvé cela utile", "Vous avez d'autres questions", "Quels moyens de paiement acceptez-vous",
             "Télécharger une facture", "Changer de formule d'abonnement", "Résilier votre abonnement", "14 rue des Tanneurs"},
            {}};
}

// 15. German, a match report on a sports portal in meaningless class names: a score ticker, the
// result box, the report, the line-ups and goals, a league table beside it and further reports.
Fresh de_match_report() {
    return {"de: a match report with a score ticker, a result box, line-ups and goals, a league table beside it and further reports (meaningless classes)",
            doc("de", "Spätes Tor rettet Nordhafen den Punkt gegen Ostwald – Sportecho", R"HTML(
<div class="a0"><div class="a1"><span>Live</span> <a href="/spiel/1">Rotheim 2:1 Kallstadt</a> <a href="/spiel/2">Seeberg 0:0 Ulmbach</a> <a href="/spiel/3">Brinkow 1:3 Tessin</a></div></div>
<div class="a2"><a class="a3" href="/">Sportecho</a><div class="a4"><a href="/fussball">Fußball</a> <a href="/handball">Handball</a> <a href="/eishockey">Eishockey</a> <a href="/regional">Regionalsport</a> <a href="/ergebnisse">Ergebnisse</a></div></div>
<div class="b0"><div class="b1"><div class="b2"><a href="/fussball">Fußball</a> › <a href="/fussball/regionalliga">Regionalliga</a></div>
<div class="b3"><div class="b4"><span>SV Nordhafen</span> <b>2:2</b> <span>FC Ostwald</span></div><div class="b5">Regionalliga Nord, 24. Spieltag · Sa., 16.03.2024, 14:00 Uhr</div></div>
<h1>Spätes Tor rettet Nordhafen den Punkt gegen Ostwald</h1><div class="b6">Von Jens Harder · 16.03.2024, 17:48 Uhr</div>
<p class="b7">Lange sah es nach der dritten Heimniederlage in Folge aus, dann traf Kapitän Mirko Lindner in der Nachspielzeit per Kopf.</p>
<p>Vor 2.300 Zuschauern erwischte Ostwald den besseren Start. Nach einem Ballverlust im Mittelfeld schob Deniz Arslan in der elften Minute zur Führung ein, und Nordhafen fand bis zur Pause kaum ein Mittel gegen das frühe Pressing der Gäste.</p>
<p>Trainer Uwe Kamphaus stellte zur zweiten Hälfte auf eine Dreierkette um. Das zahlte sich aus: Nach einer Ecke glich Lukas Berger in der 56. Minute aus, doch nur acht Minuten später stellte Arslan mit seinem zweiten Treffer den alten Abstand wieder her.</p>
<p>In der Schlussphase warf Nordhafen alles nach vorn. In der zweiten Minute der Nachspielzeit köpfte Lindner eine Flanke von der rechten Seite unhaltbar ins lange Eck und ließ das Stadion doch noch jubeln.</p>
<p>„Wir haben uns diesen Punkt mit Moral verdient“, sagte Kamphaus nach dem Spiel. Nordhafen bleibt damit Zwölfter, Ostwald verpasst den Sprung auf einen Aufstiegsplatz.</p>
<div class="c0"><h2>Aufstellungen</h2><p><b>SV Nordhafen:</b> Petersen – Berger, Lindner, Ohlsen, Krämer – Yilmaz, Sander (46. Wolf) – Hansen, Brodersen, Feddersen – Jacobs</p><p><b>FC Ostwald:</b> Kühl – Maier, Schröter, Nowak, Lange – Arslan, Wendt, Pohl – Richter, Baumann (78. Engel), Şahin</p>
<h2>Tore</h2><p>0:1 Arslan (11.), 1:1 Berger (56.), 1:2 Arslan (64.), 2:2 Lindner (90.+2)</p></div>
<div class="c1">Teilen: <a href="https://www.facebook.com/sharer">Facebook</a> <a href="https://wa.me/">WhatsApp</a> <a href="mailto:">E-Mail</a></div>
<div class="c2"><h2>Weitere Spielberichte</h2><div class="c3"><a href="/bericht/1">Rotheim dreht das Spiel gegen Kallstadt in zehn Minuten</a></div><div class="c3"><a href="/bericht/2">Torloses Remis im Derby zwischen Seeberg und Ulmbach</a></div><div class="c3"><a href="/bericht/3">Tessin siegt deutlich in Brinkow</a></div></div></div>
<div class="d0"><h3>Tabelle Regionalliga Nord</h3><table class="d1"><tr><td>1.</td><td>Tessin</td><td>24</td><td>52</td></tr><tr><td>2.</td><td>Rotheim</td><td>24</td><td>49</td></tr><tr><td>3.</td><td>FC Ostwald</td><td>24</td><td>45</td></tr><tr><td>12.</td><td>SV Nordhafen</td><td>24</td><td>28</td></tr></table><a href="/tabelle">Zur kompletten Tabelle</a></div></div>
<div class="e0"><p>Sportecho ist ein Angebot der Nordverlag Mediengruppe. Alle Ergebnisse ohne Gewähr.</p><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a></div>)HTML"),
            {"Lange sah es nach der dritten Heimniederlage in Folge aus", "Vor 2.300 Zuschauern erwischte Ostwald den besseren Start",
             "Trainer Uwe Kamphaus stellte zur zweiten Hälfte", "In der Schlussphase warf Nordhafen alles nach vorn",
             "Wir haben uns diesen Punkt mit Moral verdient", "Petersen – Berger, Lindner", "Kühl – Maier, Schröter", "0:1 Arslan (11.)"},
            {"Rotheim 2:1 Kallstadt", "Rotheim dreht das Spiel gegen Kallstadt", "Torloses Remis im Derby", "Tabelle Regionalliga Nord",
             "Zur kompletten Tabelle", "Alle Ergebnisse ohne Gewähr"},
            {}};
}

// 16. Polish, a classified ad in meaningless class names: the price, a list of parameters, the
// description, the seller's box, the ad's id and view count, a report link, similar ads and a
// footer.
Fresh pl_classified_ad() {
    return {"pl: a classified ad with a price, parameters, a description, a seller box, the ad's id and views, and similar ads (meaningless classes)",
            doc("pl", "Rower trekkingowy Kross Trans 5.0, rama M - Poznań | Ogłoszenia Targ24", R"HTML(
<div class="u1"><a class="u2" href="/">Targ24</a><form class="u3"><input type="search" placeholder="Czego szukasz?"><button>Szukaj</button></form><div class="u4"><a href="/mojekonto">Twoje konto</a> <a class="u5" href="/nowe">Dodaj ogłoszenie</a></div></div>
<div class="u6"><a href="/">Strona główna</a> › <a href="/sport">Sport i hobby</a> › <a href="/sport/rowery">Rowery</a> › <a href="/sport/rowery/poznan">Poznań</a></div>
<div class="v0"><div class="v1"><div class="v2"><img src="/ad/1.jpg" alt="" width="800" height="600"><div class="v3">1 / 6</div></div>
<div class="v4"><span class="v5">Dodane 12 kwietnia 2024</span><h1 class="v6">Rower trekkingowy Kross Trans 5.0, rama M</h1><div class="v7">1 250 zł</div><div class="v8">do negocjacji</div></div>
<ul class="v9"><li>Prywatne</li><li>Stan: Używane</li><li>Rozmiar ramy: M (19 cali)</li><li>Rozmiar kół: 28 cali</li></ul>
<div class="w0"><h2>Opis</h2><div class="w1">Sprzedam rower trekkingowy kupiony w 2021 roku w salonie w Poznaniu. Przejechane około 3 tysięcy kilometrów, głównie dojazdy do pracy i weekendowe wycieczki nad Wartą.<br><br>Rower regularnie serwisowany, w zeszłym miesiącu wymieniony łańcuch i klocki hamulcowe. Ma bagażnik, błotniki, nóżkę i oświetlenie z prądnicy w piaście.<br><br>Drobne rysy na ramie przy suporcie, poza tym stan bardzo dobry. Odbiór osobisty na Jeżycach, możliwa jazda próbna.</div></div>
<div class="w2"><span>ID: 884512331</span> <span>Wyświetlenia: 412</span> <a href="/zglos/884512331">Zgłoś</a></div></div>
<div class="x0"><div class="x1"><img src="/u/avatar.png" alt="" width="48" height="48"><div class="x2">Tomasz</div><div class="x3">Na Targ24 od maja 2017</div><div class="x3">Zazwyczaj odpowiada w ciągu kilku godzin</div><button class="x4">Napisz wiadomość</button><button class="x4">Pokaż numer</button></div><div class="x5"><h3>Lokalizacja</h3><div>Poznań, Jeżyce</div></div><div class="x6">Bezpieczne transakcje: nigdy nie płać z góry osobom, których nie znasz.</div></div></div>
<div class="y0"><h2>Podobne ogłoszenia</h2><div class="y1"><a href="/o/1"><img src="/o/1.jpg" alt="" width="200" height="150"><span>Rower crossowy Merida, rama L</span><b>1 100 zł</b></a><a href="/o/2"><img src="/o/2.jpg" alt="" width="200" height="150"><span>Kross Trans 3.0 damski</span><b>900 zł</b></a><a href="/o/3"><img src="/o/3.jpg" alt="" width="200" height="150"><span>Trekking Romet Wagant 28</span><b>1 400 zł</b></a></div></div>
<div class="z0"><a href="/pomoc">Pomoc</a> <a href="/regulamin">Regulamin</a> <a href="/polityka-prywatnosci">Polityka prywatności</a><p>© 2024 Targ24 sp. z o.o.</p></div>)HTML"),
            {"Sprzedam rower trekkingowy kupiony w 2021 roku", "Rower regularnie serwisowany", "Drobne rysy na ramie przy suporcie", "Stan: Używane",
             "Rozmiar ramy: M (19 cali)", "Rozmiar kół: 28 cali"},
            {"Wyświetlenia: 412", "Na Targ24 od maja 2017", "Zazwyczaj odpowiada w ciągu", "Bezpieczne transakcje", "Rower crossowy Merida",
             "Kross Trans 3.0 damski", "Polityka prywatności", "Dodaj ogłoszenie"},
            {}};
}

std::vector<Fresh> kinds5_pages() {
    return {de_job_posting(),  fr_event_page(),     nl_government_notice(), en_podcast_episode(), zh_readme_page(),   pt_academic_abstract(),
            it_product_comparison(), es_travel_guide(), en_ghost_post(),     ru_jekyll_post(),     ar_news_embeds(),   ja_short_post(),
            pt_medium_article(), fr_help_center(),  de_match_report(),      pl_classified_ad()};
}

// The number of pages that pass whole. Only ever rises.
constexpr int kKinds5Floor = 15;

}  // namespace

TEST_CASE("page kinds of the fifth round (a job posting, an event, a notice with a table, a podcast episode, a README, an abstract, a comparison table, a travel guide, Ghost, Jekyll, embeds and a gallery, a short post, a Medium-like article, a help centre, a match report, a classified ad) in twelve languages: the main text is in and the chrome is out") {
    const auto all = kinds5_pages();
    winnow::test::PageTally t = winnow::test::tally_pages(all, "k5_");
    MESSAGE("fifth-round kinds passed whole: ", t.passed, " of ", all.size(), t.report);
    CHECK(t.passed >= kKinds5Floor);
}
