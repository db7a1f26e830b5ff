// Page kinds of issue 18, twelfth round: Joomla articles whose article-info list opens with the
// writer's credit in the page's language ("Scritto da", "Geschrieben von", "Автор:", "Written
// by") marked itemprop="author", then category, date and hits (it, de, ru, en; as written and
// class-blind). The credit is a byline whatever its words: it closes on the author's name the
// metadata found. Written from how Joomla marks pages up, not from any test data.

#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("it: Joomla article, article-info list with an itemprop author credit, category, date, hits") {
    check({"k12_it_joomla", R"HTML(<!DOCTYPE html><html lang="it-it"><head><meta charset="utf-8"><title>Riapre il sentiero delle cascate dopo la frana</title><meta name="generator" content="Joomla! - Open Source Content Management"></head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title">Pro Loco Valsenna</span></a></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list"><li class="item-101"><a href="/">Home</a></li><li class="item-112 current active"><a href="/notizie">Notizie</a></li><li class="item-113"><a href="/eventi">Eventi</a></li><li class="item-114"><a href="/contatti">Contatti</a></li></ul></nav>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="it-IT">
<div class="page-header"><h2 itemprop="headline">Riapre il sentiero delle cascate dopo la frana</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Dettagli</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Scritto da <span itemprop="name">Marco Bellini</span></dd>
<dd class="category-name">Categoria: <a href="/notizie" itemprop="genre">Notizie</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="2024-04-18T09:12:00+02:00" itemprop="datePublished">Pubblicato: 18 Aprile 2024</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:412">Visite: 412</dd></dl>
<div itemprop="articleBody">
<p>Dopo sette mesi di lavori il sentiero che dal paese sale alle cascate del Rio Freddo è di nuovo percorribile. La frana dello scorso settembre aveva trascinato a valle un tratto di circa quaranta metri insieme alla passerella di legno.</p>
<p>Il nuovo tracciato passa più in alto, lontano dal versante instabile, ed è protetto da una rete paramassi. I volontari della Pro Loco hanno posato i gradini in pietra e ripristinato la segnaletica lungo tutto il percorso.</p>
<p>L'inaugurazione è prevista per domenica 28 aprile alle 10, con partenza dalla piazza della chiesa. Il percorso richiede circa un'ora e mezza ed è adatto anche alle famiglie.</p>
</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" href="/notizie/festa" rel="prev">&lt; Prec</a></li><li class="next"><a class="hasTooltip" href="/notizie/mercato" rel="next">Succ &gt;</a></li></ul>
</div></main>
<div id="aside" class="span3"><div class="moduletable"><h3>Ultime notizie</h3><ul class="latestnews mod-list"><li><a href="/notizie/festa">Festa di primavera: il programma</a></li><li><a href="/notizie/mercato">Torna il mercato contadino</a></li></ul></div></div></div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><p class="pull-right"><a href="#top" id="back-top">Torna su</a></p><p>&copy; 2024 Pro Loco Valsenna</p></div></footer>
</body></html>)HTML",
           {"Dopo sette mesi di lavori il sentiero", "protetto da una rete paramassi", "partenza dalla piazza della chiesa"},
           {"Scritto da", "Visite: 412", "Festa di primavera", "Torna su", "Categoria:"}});
}

TEST_CASE("de: Joomla article, \"Geschrieben von\" credit, category, date, hits, pager, latest news") {
    check({"k12_de_joomla", R"HTML(<!DOCTYPE html><html lang="de-de"><head><meta charset="utf-8"><title>Neue Bänke für den Stadtpark</title><meta name="generator" content="Joomla! - Open Source Content Management"></head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title">Heimatverein Lindenau</span></a></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list"><li class="item-101"><a href="/">Home</a></li><li class="item-112 current active"><a href="/news">Aktuelles</a></li><li class="item-114"><a href="/contact">Kontakt</a></li></ul></nav>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">Neue Bänke für den Stadtpark</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Geschrieben von <span itemprop="name">Anna Körber</span></dd>
<dd class="category-name">Kategorie: <a href="/news" itemprop="genre">Aktuelles</a></dd>
<dd class="published"><time datetime="2024-04-18T09:12:00+02:00" itemprop="datePublished">Veröffentlicht: 18. April 2024</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:412">Zugriffe: 412</dd></dl>
<div itemprop="articleBody">
<p>Nach monatelanger Diskussion im Ortsbeirat stehen im Stadtpark seit dieser Woche zwölf neue Sitzbänke aus heimischem Eichenholz. Die alten Bänke waren so morsch, dass zwei von ihnen im Winter gesperrt werden mussten.</p>
<p>Die neuen Bänke haben Armlehnen und eine höhere Sitzfläche, damit ältere Menschen leichter aufstehen können. Gebaut wurden sie von einer Schreinerei aus dem Nachbarort, bezahlt aus dem Bürgerhaushalt.</p>
<p>Der Heimatverein lädt am Samstag um 15 Uhr zu einem kleinen Fest am Teich ein, bei dem die Bänke offiziell übergeben werden.</p>
</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" href="/news/a" rel="prev">&lt; Prev</a></li><li class="next"><a class="hasTooltip" href="/news/b" rel="next">Next &gt;</a></li></ul>
</div></main>
<div id="aside" class="span3"><div class="moduletable"><h3>Neueste Beiträge</h3><ul class="latestnews mod-list"><li><a href="/news/a">Frühjahrsputz am Bach</a></li><li><a href="/news/b">Jahreshauptversammlung 2024</a></li></ul></div></div></div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><p class="pull-right"><a href="#top" id="back-top">Nach oben</a></p><p>&copy; 2024 Heimatverein Lindenau</p></div></footer>
</body></html>)HTML",
           {"zwölf neue Sitzbänke aus heimischem Eichenholz", "eine höhere Sitzfläche", "zu einem kleinen Fest am Teich"},
           {"Geschrieben von", "Zugriffe: 412", "Kategorie:", "Frühjahrsputz am Bach", "Nach oben"}});
}

TEST_CASE("ru: Joomla article, \"Автор:\" credit, category, date, hits, pager, latest news") {
    check({"k12_ru_joomla", R"HTML(<!DOCTYPE html><html lang="ru-ru"><head><meta charset="utf-8"><title>В библиотеке открылся зал настольных игр</title><meta name="generator" content="Joomla! - Open Source Content Management"></head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title">Библиотека Заречья</span></a></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list"><li class="item-101"><a href="/">Home</a></li><li class="item-112 current active"><a href="/news">Новости</a></li><li class="item-114"><a href="/contact">Kontakt</a></li></ul></nav>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">В библиотеке открылся зал настольных игр</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Подробности</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Автор: <span itemprop="name">Ирина Соколова</span></dd>
<dd class="category-name">Категория: <a href="/news" itemprop="genre">Новости</a></dd>
<dd class="published"><time datetime="2024-04-18T09:12:00+02:00" itemprop="datePublished">Опубликовано: 18 апреля 2024</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:412">Просмотров: 412</dd></dl>
<div itemprop="articleBody">
<p>В районной библиотеке на первом этаже открылся зал настольных игр. Его обустроили в бывшем читальном зале периодики, который почти пустовал последние годы.</p>
<p>В зале больше сотни игр для детей и взрослых, от шахмат до современных стратегий. Брать игры домой нельзя, но играть на месте можно бесплатно в любое время работы библиотеки.</p>
<p>По пятницам вечером волонтёры клуба проводят турниры и объясняют правила новичкам.</p>
</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" href="/news/a" rel="prev">&lt; Prev</a></li><li class="next"><a class="hasTooltip" href="/news/b" rel="next">Next &gt;</a></li></ul>
</div></main>
<div id="aside" class="span3"><div class="moduletable"><h3>Последние новости</h3><ul class="latestnews mod-list"><li><a href="/news/a">Летнее чтение для детей</a></li><li><a href="/news/b">Новые поступления марта</a></li></ul></div></div></div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><p class="pull-right"><a href="#top" id="back-top">Наверх</a></p><p>&copy; 2024 Библиотека Заречья</p></div></footer>
</body></html>)HTML",
           {"открылся зал настольных игр", "от шахмат до современных стратегий", "волонтёры клуба проводят турниры"},
           {"Автор:", "Просмотров: 412", "Категория:", "Летнее чтение для детей", "Наверх"}});
}

TEST_CASE("en: Joomla article, \"Written by\" credit, category, date, hits, pager, latest news") {
    check({"k12_en_joomla", R"HTML(<!DOCTYPE html><html lang="en-gb"><head><meta charset="utf-8"><title>Footpath to the falls reopens after the landslip</title><meta name="generator" content="Joomla! - Open Source Content Management"></head>
<body class="site com_content view-article no-layout no-task itemid-112">
<div class="body" id="top"><div class="container">
<header class="header" role="banner"><div class="header-inner clearfix"><a class="brand pull-left" href="/"><span class="site-title">Valley Footpaths Society</span></a></div></header>
<nav class="navigation" role="navigation"><ul class="nav menu nav-pills mod-list"><li class="item-101"><a href="/">Home</a></li><li class="item-112 current active"><a href="/news">News</a></li><li class="item-114"><a href="/contact">Kontakt</a></li></ul></nav>
<div class="row-fluid"><main id="content" role="main" class="span9">
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">Footpath to the falls reopens after the landslip</h2></div>
<dl class="article-info muted"><dt class="article-info-term">Details</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Written by <span itemprop="name">Mark Bell</span></dd>
<dd class="category-name">Category: <a href="/news" itemprop="genre">News</a></dd>
<dd class="published"><time datetime="2024-04-18T09:12:00+02:00" itemprop="datePublished">Published: 18 April 2024</time></dd>
<dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:412">Hits: 412</dd></dl>
<div itemprop="articleBody">
<p>After seven months of work the footpath from the village up to the falls is open again. Last September the landslip carried a forty-metre stretch of the path down the slope, together with the wooden footbridge.</p>
<p>The new line runs higher up, away from the unstable bank, and is protected by a rockfall net. Volunteers laid the stone steps and put the waymarks back along the whole route.</p>
<p>The path will be opened officially on Sunday 28 April at 10am, starting from the church square. The walk takes about an hour and a half and suits families.</p>
</div>
<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" href="/news/a" rel="prev">&lt; Prev</a></li><li class="next"><a class="hasTooltip" href="/news/b" rel="next">Next &gt;</a></li></ul>
</div></main>
<div id="aside" class="span3"><div class="moduletable"><h3>Latest news</h3><ul class="latestnews mod-list"><li><a href="/news/a">Spring fair: the programme</a></li><li><a href="/news/b">The farmers market is back</a></li></ul></div></div></div>
</div></div>
<footer class="footer" role="contentinfo"><div class="container"><p class="pull-right"><a href="#top" id="back-top">Back to top</a></p><p>&copy; 2024 Valley Footpaths Society</p></div></footer>
</body></html>)HTML",
           {"After seven months of work the footpath", "protected by a rockfall net", "starting from the church square"},
           {"Written by", "Hits: 412", "Category:", "Spring fair: the programme", "Back to top"}});
}
