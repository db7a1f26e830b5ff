// Page kinds of issue 18, tenth round (kinds10_util.hpp): a Drupal news node (fr), a Blogger post
// (es), a press release with its contact box (de, zh), a news live blog (en, de). Each as its
// system names its boxes and class-blind.
#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("fr: Drupal news node, field blocks, related content view, region sidebar") {
    check({"fr_drupal", R"HTML(<!DOCTYPE html><html lang="fr" dir="ltr"><head><meta charset="utf-8"><title>La ligne de tram T3 prolongée jusqu'à la gare de Saint-Roch | Ville de Valmont</title></head>
<body class="path-node page-node-type-actualite">
<a href="#main-content" class="visually-hidden focusable skip-link">Aller au contenu principal</a>
<div class="dialog-off-canvas-main-canvas"><div class="layout-container">
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner"><div class="eu-cookie-compliance-message"><p>Ce site utilise des cookies pour mesurer l'audience et améliorer votre navigation.</p></div><button class="agree-button">J'accepte</button></div>
<header role="banner"><div class="region region-header"><div id="block-valmont-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo">Ville de Valmont</a></div></div>
<div class="region region-primary-menu"><nav role="navigation" id="block-valmont-main-menu" class="block block-menu navigation menu--main"><ul class="menu menu--level-1"><li class="menu-item"><a href="/mairie">Mairie</a></li><li class="menu-item"><a href="/demarches">Démarches</a></li><li class="menu-item"><a href="/actualites">Actualités</a></li><li class="menu-item"><a href="/agenda">Agenda</a></li></ul></nav></div></header>
<div class="region region-breadcrumb"><div id="block-valmont-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Accueil</a></li><li><a href="/actualites">Actualités</a></li><li>La ligne de tram T3 prolongée</li></ol></nav></div></div>
<main role="main"><a id="main-content" tabindex="-1"></a><div class="layout-content"><div class="region region-content">
<div id="block-valmont-content" class="block block-system block-system-main-block">
<article role="article" about="/actualites/tram-t3" class="node node--type-actualite node--view-mode-full">
<h1 class="page-title"><span class="field field--name-title field--type-string">La ligne de tram T3 prolongée jusqu'à la gare de Saint-Roch</span></h1>
<div class="node__meta"><span class="field field--name-uid">Service communication</span> <span class="field field--name-created">Publié le 4 mars 2024</span></div>
<div class="node__content">
<div class="field field--name-field-chapo field--type-text-long"><p>Après dix-huit mois de travaux, les premières rames desserviront les quatre nouvelles stations dès le lundi 11 mars.</p></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>Le prolongement de 2,4 kilomètres relie désormais le quartier des Tanneries à la gare de Saint-Roch, où les voyageurs pourront prendre directement les trains régionaux. Le temps de trajet entre l'hôtel de ville et la gare passe de vingt-cinq à onze minutes.</p>
<p>Les quatre nouvelles stations ont été dessinées par l'atelier Morel &amp; Fils, qui a choisi des abris en bois de mélèze et des quais plantés de tilleuls. Chaque station dispose d'un parc à vélos couvert de quarante places.</p>
<h2>Une inauguration festive</h2><p>Le samedi 9 mars, la ligne sera gratuite toute la journée. Des animations musicales sont prévues dans chaque station, et le maire coupera le ruban à 11 heures devant la gare.</p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Thématiques</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/12">Transports</a></div><div class="field__item"><a href="/taxonomy/term/18">Travaux</a></div></div></div>
</div></article></div>
<div class="views-element-container block block-views" id="block-views-block-actualites-related"><h2>À lire aussi</h2><div class="view view-actualites view-display-id-related"><div class="view-content"><div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/actualites/piscine">La piscine municipale rouvre après sa rénovation</a></span></div><div class="views-field views-field-created">28 février 2024</div></div><div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/actualites/budget">Budget 2024 : les grandes orientations votées</a></span></div><div class="views-field views-field-created">21 février 2024</div></div><div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/actualites/marche">Le marché du dimanche change d'emplacement</a></span></div><div class="views-field views-field-created">14 février 2024</div></div></div></div></div>
</div></div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second"><div class="block block-block-content"><h2>En un clic</h2><ul><li><a href="/etat-civil">État civil</a></li><li><a href="/urbanisme">Urbanisme</a></li><li><a href="/dechets">Collecte des déchets</a></li></ul></div><div class="block block-simplenews"><h2>Lettre d'information</h2><p>Recevez chaque semaine l'actualité de votre ville dans votre boîte mail.</p><form><input type="email"><input type="submit" value="S'abonner"></form></div></div></aside></main>
<footer role="contentinfo"><div class="region region-footer"><nav class="menu--footer"><ul class="menu"><li><a href="/mentions-legales">Mentions légales</a></li><li><a href="/accessibilite">Accessibilité : partiellement conforme</a></li><li><a href="/plan-du-site">Plan du site</a></li></ul></nav><p>Hôtel de ville, 1 place de la République, 38000 Valmont</p></div></footer>
</div></div></body></html>)HTML",
           {"Après dix-huit mois de travaux", "relie désormais le quartier des Tanneries", "de vingt-cinq à onze minutes", "abris en bois de mélèze",
            "Une inauguration festive", "le maire coupera le ruban"},
           {"Ce site utilise des cookies", "La piscine municipale rouvre", "Budget 2024", "Collecte des déchets", "Recevez chaque semaine",
            "Mentions légales", "Aller au contenu principal"}});
}

TEST_CASE("es: Blogger post, post-body, blog pager, comments, sidebar widgets") {
    check({"es_blogger", R"HTML(<!DOCTYPE html><html class="v2" dir="ltr" lang="es"><head><meta charset="UTF-8"><title>Cuaderno de campo: Subida al Mulhacén en invierno</title></head>
<body class="loading variant-indie_light"><div class="navbar section" id="navbar"><div class="widget Navbar" id="Navbar1"></div></div>
<div class="outer-wrapper"><header class="header-outer"><div class="section" id="header"><div class="widget Header" id="Header1"><div class="header-inner"><h1 class="title"><a href="https://cuadernodecampo.example/">Cuaderno de campo</a></h1><p class="description">Rutas, montañas y libretas de un geólogo jubilado</p></div></div></div></header>
<div class="main-outer"><div class="columns fauxcolumns"><div class="main-inner"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>sábado, 20 de enero de 2024</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template" itemscope itemtype="http://schema.org/BlogPosting">
<a name="8812345"></a><h3 class="post-title entry-title" itemprop="name">Subida al Mulhacén en invierno</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-8812345" itemprop="description articleBody">Salimos del aparcamiento de la Hoya del Portillo antes del amanecer, con la linterna frontal y seis grados bajo cero. El camino hasta el refugio de Poqueira estaba cubierto de nieve dura, y nos pusimos los crampones mucho antes de lo que esperábamos.<br><br>A partir de los tres mil metros el viento del norte soplaba con fuerza y la cresta se volvió lenta y exigente. Tardamos casi dos horas en recorrer el último kilómetro, parándonos cada pocos pasos para recuperar el aliento.<br><br><div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.example/img/cumbre.jpg"><img src="https://blogger.example/img/cumbre-s400.jpg" border="0"></a></div><br>En la cumbre, el vértice geodésico estaba forrado de hielo y apenas pudimos quedarnos diez minutos. Desde arriba se veía el mar al sur y, al norte, toda la vega de Granada todavía en sombra.<br><br>Lección aprendida: en invierno el Mulhacén no es una excursión sino una ascensión, y conviene llevar piolet aunque la previsión sea buena.<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Publicado por <span class="fn"><a href="https://blogger.example/profile/1">Andrés Vílchez</a></span></span> <span class="post-timestamp">en <a class="timestamp-link" href="#"><abbr class="published">9:41</abbr></a></span> <span class="post-comment-link"><a class="comment-link" href="#comments">3 comentarios</a></span></div>
<div class="post-share-buttons goog-inline-block"><a class="goog-inline-block share-button sb-email" href="#">Enviar por correo electrónico</a><a class="goog-inline-block share-button sb-blog" href="#">Escribe un blog</a><a class="goog-inline-block share-button sb-twitter" href="#">Compartir en X</a><a class="goog-inline-block share-button sb-facebook" href="#">Compartir con Facebook</a></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Etiquetas: <a href="/search/label/Sierra%20Nevada" rel="tag">Sierra Nevada</a>, <a href="/search/label/invierno" rel="tag">invierno</a></span></div></div></div>
<div class="comments" id="comments"><a name="comments"></a><h4>3 comentarios:</h4><div class="comments-content"><div class="comment-thread"><ol>
<li class="comment" id="c1"><div class="comment-block"><div class="comment-header"><cite class="user"><a href="/p/2">Lucía</a></cite><span class="datetime secondary-text"><a href="#c1">20 de enero de 2024, 12:15</a></span></div><p class="comment-content">Qué envidia, yo lo intenté en febrero y tuve que darme la vuelta en el collado por el viento.</p><span class="comment-actions secondary-text"><a class="comment-reply">Responder</a></span></div></li>
<li class="comment" id="c2"><div class="comment-block"><div class="comment-header"><cite class="user">Anónimo</cite><span class="datetime secondary-text"><a href="#c2">21 de enero de 2024, 8:02</a></span></div><p class="comment-content">¿Dormisteis en el refugio o hicisteis la subida en el día desde Capileira?</p><span class="comment-actions secondary-text"><a class="comment-reply">Responder</a></span></div></li>
<li class="comment" id="c3"><div class="comment-block"><div class="comment-header"><cite class="user"><a href="/p/3">Paco Montes</a></cite><span class="datetime secondary-text"><a href="#c3">22 de enero de 2024, 19:47</a></span></div><p class="comment-content">Muy buena crónica, las fotos de la vega en sombra son espectaculares de verdad.</p><span class="comment-actions secondary-text"><a class="comment-reply">Responder</a></span></div></li></ol></div></div>
<p class="comment-footer"><a href="https://blogger.example/comment/post">Publicar un comentario</a></p></div>
</div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/2024/02/">Entrada más reciente</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/2024/01/">Entrada antigua</a></span><a class="home-link" href="/">Página Principal</a></div>
<div class="post-feeds"><div class="feed-links">Suscribirse a: <a class="feed-link" href="/feeds/posts/default">Enviar comentarios (Atom)</a></div></div>
</div></div></div></div>
<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile" id="Profile1"><h2>Datos personales</h2><div class="widget-content"><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link" href="/p/1">Andrés Vílchez</a></dt><dd class="profile-textblock">Geólogo jubilado. Granadino de nacimiento y de montaña por vocación.</dd></dl></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Archivo del blog</h2><div class="widget-content"><ul class="hierarchy"><li class="archivedate"><a class="post-count-link" href="/2024/">2024</a> <span class="post-count">(4)</span></li><li class="archivedate"><a class="post-count-link" href="/2023/">2023</a> <span class="post-count">(31)</span></li></ul></div></div>
<div class="widget PopularPosts" id="PopularPosts1"><h2>Entradas populares</h2><div class="widget-content popular-posts"><ul><li><div class="item-title"><a href="/2023/08/veleta.html">Travesía del Veleta a la Alcazaba por los tresmiles</a></div></li><li><div class="item-title"><a href="/2023/05/cahorros.html">Los Cahorros de Monachil con niños</a></div></li></ul></div></div></div></div>
</div></div></div>
<footer class="footer-outer"><div class="section" id="footer-1"><div class="widget Attribution" id="Attribution1"><div class="widget-content">Tema Sencillo. Con la tecnología de <a href="https://www.blogger.example">Blogger</a>.</div></div></div></footer></div>
</body></html>)HTML",
           {"Hoya del Portillo antes del amanecer", "nos pusimos los crampones", "A partir de los tres mil metros", "el vértice geodésico estaba forrado de hielo",
            "conviene llevar piolet"},
           {"Qué envidia", "Dormisteis en el refugio", "Muy buena crónica", "Travesía del Veleta", "Geólogo jubilado", "Entrada más reciente",
            "Con la tecnología de", "Compartir con Facebook"}});
}

TEST_CASE("de: press release with a contact box and a boilerplate 'about' paragraph, newsroom chrome") {
    check({"de_press", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Pressemitteilung: Stadtwerke Lindenau bauen größten Batteriespeicher der Region</title></head>
<body><div class="cc-window cc-banner"><span class="cc-message">Diese Website verwendet Cookies, um Ihnen ein optimales Nutzererlebnis zu bieten.</span><a class="cc-btn cc-allow">Alle akzeptieren</a><a class="cc-btn cc-deny">Nur notwendige</a></div>
<header class="page-header"><div class="container"><a class="navbar-brand" href="/">Stadtwerke Lindenau</a><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/strom">Strom</a></li><li class="nav-item"><a class="nav-link" href="/gas">Gas</a></li><li class="nav-item"><a class="nav-link" href="/waerme">Wärme</a></li><li class="nav-item"><a class="nav-link" href="/unternehmen">Unternehmen</a></li><li class="nav-item active"><a class="nav-link" href="/presse">Presse</a></li></ul></div></header>
<div class="container"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Start</a></li><li class="breadcrumb-item"><a href="/unternehmen">Unternehmen</a></li><li class="breadcrumb-item"><a href="/presse">Presse</a></li></ol>
<div class="row"><div class="col-md-8 news-detail"><div class="article" itemscope itemtype="http://schema.org/Article">
<div class="news-list-date"><time datetime="2024-05-22">22.05.2024</time> · Pressemitteilung</div>
<div class="header"><h1 itemprop="headline">Stadtwerke Lindenau bauen größten Batteriespeicher der Region</h1></div>
<div class="teaser-text" itemprop="description"><p><strong>Lindenau, 22. Mai 2024</strong> – Die Stadtwerke Lindenau errichten am ehemaligen Kraftwerksstandort Nord einen Batteriespeicher mit einer Kapazität von 40 Megawattstunden.</p></div>
<div class="news-text-wrap" itemprop="articleBody"><p>Der Speicher soll überschüssigen Strom aus Wind- und Solaranlagen aufnehmen und in den Abendstunden wieder ins Netz abgeben. Damit lassen sich rechnerisch rund 4.000 Haushalte einen Abend lang versorgen.</p>
<p>„Mit dem Speicher machen wir unser Netz fit für die nächsten zwanzig Jahre“, sagt Geschäftsführerin Dr. Ulrike Sander. „Jede Kilowattstunde Sonnenstrom, die wir heute abregeln müssen, können wir künftig nutzen.“</p>
<p>Die Bauarbeiten beginnen im Juli, die Inbetriebnahme ist für das Frühjahr 2025 geplant. Die Investition von 18 Millionen Euro wird zu einem Drittel aus Landesmitteln gefördert.</p>
<h3>Über die Stadtwerke Lindenau</h3><p>Die Stadtwerke Lindenau GmbH versorgen rund 62.000 Kundinnen und Kunden mit Strom, Gas, Wärme und Trinkwasser. Das Unternehmen beschäftigt 410 Mitarbeitende und gehört zu 100 Prozent der Stadt Lindenau.</p></div>
<div class="news-related-wrap"><div class="news-related news-related-files"><h4>Downloads</h4><ul><li><a href="/fileadmin/pm-speicher.pdf">Pressemitteilung als PDF (212 KB)</a></li><li><a href="/fileadmin/visualisierung.jpg">Visualisierung Batteriespeicher (JPG, 3,1 MB)</a></li></ul></div></div>
<div class="social-share"><a href="/share/x">X</a> <a href="/share/li">LinkedIn</a> <a href="/share/mail">E-Mail</a></div>
<div class="news-backlink-wrap"><a href="/presse">Zurück zur Übersicht</a></div></div></div>
<div class="col-md-4 sidebar"><div class="contact-box card"><div class="card-body"><h3 class="card-title">Pressekontakt</h3><p>Martin Albers<br>Leiter Unternehmenskommunikation<br>Telefon: 03421 566-120<br><a href="mailto:presse@sw-lindenau.example">presse@sw-lindenau.example</a></p></div></div>
<div class="card"><div class="card-body"><h3 class="card-title">Weitere Meldungen</h3><ul class="list-unstyled"><li><a href="/presse/fernwaerme">Fernwärmenetz wächst um 12 Kilometer</a></li><li><a href="/presse/tarif">Neuer Ökostromtarif ab Juli</a></li><li><a href="/presse/azubi">Zwölf neue Auszubildende starten</a></li></ul></div></div></div></div></div>
<footer class="page-footer"><div class="container"><p>Stadtwerke Lindenau GmbH · Am Wasserturm 3 · 04600 Lindenau</p><ul><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/barrierefreiheit">Barrierefreiheit</a></li></ul></div></footer>
</body></html>)HTML",
           {"Batteriespeicher mit einer Kapazität von 40 Megawattstunden", "rund 4.000 Haushalte", "Mit dem Speicher machen wir unser Netz fit",
            "Inbetriebnahme ist für das Frühjahr 2025", "versorgen rund 62.000 Kundinnen und Kunden"},
           {"Diese Website verwendet Cookies", "Fernwärmenetz wächst", "Neuer Ökostromtarif", "Am Wasserturm 3", "Zurück zur Übersicht"}});
}

TEST_CASE("zh: press release, a contact block after the text, newsroom sidebar and footer") {
    check({"zh_press", R"HTML(<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>星河科技发布新一代低功耗物联网芯片_新闻中心_星河科技</title></head>
<body><div class="top-nav"><div class="w1200"><a href="/" class="logo">星河科技</a><ul class="nav"><li><a href="/">首页</a></li><li><a href="/products">产品中心</a></li><li><a href="/solutions">解决方案</a></li><li class="on"><a href="/news">新闻中心</a></li><li><a href="/about">关于我们</a></li><li><a href="/contact">联系我们</a></li></ul></div></div>
<div class="w1200 clearfix"><div class="crumbs">当前位置：<a href="/">首页</a> &gt; <a href="/news">新闻中心</a> &gt; 公司新闻</div>
<div class="news-left fl"><div class="news-detail"><h1 class="news-title">星河科技发布新一代低功耗物联网芯片</h1><div class="news-info"><span>发布时间：2024-06-18</span><span>来源：星河科技</span><span>浏览次数：1268</span></div>
<div class="news-content"><p>6月18日，星河科技在深圳举行新品发布会，正式推出新一代低功耗物联网芯片“星河X2”。该芯片采用22纳米工艺，待机功耗比上一代产品降低百分之六十，可使用一节纽扣电池连续工作五年以上。</p>
<p>星河X2集成了蓝牙5.3和窄带物联网两种通信模块，主要面向智能水表、燃气表和农业传感器等场景。公司首席技术官李明表示，新芯片的研发历时三年，已获得二十余项发明专利。</p>
<p>据介绍，星河X2将于今年第三季度开始量产，首批订单已超过二百万片。公司计划在杭州新建一条封装测试产线，以满足不断增长的市场需求。</p>
<div class="contact"><p><strong>媒体联系人：</strong>王晓燕</p><p>电话：0755-8888 6666</p><p>邮箱：<a href="mailto:pr@xinghe.example">pr@xinghe.example</a></p></div></div>
<div class="share-box">分享到：<a href="#" class="bds_weixin">微信</a><a href="#" class="bds_tsina">微博</a><a href="#" class="bds_qzone">QQ空间</a></div>
<div class="prev-next"><p>上一篇：<a href="/news/101.html">星河科技荣获国家级专精特新“小巨人”企业称号</a></p><p>下一篇：<a href="/news/103.html">星河科技与华南农业大学签署战略合作协议</a></p></div></div></div>
<div class="news-right fr"><div class="hot-news"><h3>热门新闻</h3><ul><li><a href="/news/88.html">星河科技2023年度员工大会圆满召开</a></li><li><a href="/news/91.html">智能水表解决方案在五省推广应用</a></li><li><a href="/news/95.html">星河科技参加慕尼黑电子展</a></li></ul></div>
<div class="contact-side"><h3>联系我们</h3><p>地址：深圳市南山区科技园北区</p><p>热线：400-800-1234</p></div></div></div>
<div class="footer"><div class="w1200"><p>版权所有 © 2024 深圳星河科技有限公司　粤ICP备12345678号</p><p><a href="/privacy">隐私政策</a> | <a href="/sitemap">网站地图</a></p></div></div>
</body></html>)HTML",
           {"正式推出新一代低功耗物联网芯片", "待机功耗比上一代产品降低百分之六十", "集成了蓝牙5.3和窄带物联网两种通信模块", "首批订单已超过二百万片",
            "媒体联系人"},
           {"星河科技2023年度员工大会", "智能水表解决方案在五省推广应用", "粤ICP备12345678号", "分享到", "上一篇", "深圳市南山区科技园北区"}});
}
