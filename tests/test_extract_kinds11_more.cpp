// Page kinds of issue 18, eleventh round, continued (kinds10_util.hpp): release notes (ja), a recipe
// with its ingredients in a table (it), a glossary as a definition list (ru), podcast episodes with
// transcripts (es, en), a Joomla article (de), a site builder's landing page of sections (en).

#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("ja: app release notes as a news post, feature lists, share row, related notices") {
    check({"ja_changelog", R"HTML(<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>リリースノート バージョン 3.8 | ノートマル</title></head>
<body>
<div id="cookie-consent"><p>当サイトではサービス向上のためにCookieを使用しています。</p><button>同意する</button></div>
<header class="l-header"><div class="l-header__logo"><a href="/">ノートマル</a></div><nav class="l-header__nav"><ul><li><a href="/features/">機能</a></li><li><a href="/price/">料金</a></li><li><a href="/support/">サポート</a></li><li><a href="/news/">お知らせ</a></li></ul></nav></header>
<div class="p-breadcrumb"><ol><li><a href="/">ホーム</a></li><li><a href="/news/">お知らせ</a></li><li>リリースノート バージョン 3.8</li></ol></div>
<main class="l-main"><article class="p-news">
<h1 class="p-news__title">リリースノート バージョン 3.8</h1><time class="p-news__date" datetime="2024-07-09">2024年7月9日</time>
<div class="p-news__body">
<p>いつもノートマルをご利用いただきありがとうございます。バージョン3.8では、共有ノートの編集履歴と、オフライン時の同期に関する改善を行いました。</p>
<h2>新機能</h2>
<ul><li>共有ノートの編集履歴を最大90日前までさかのぼって表示できるようになりました。</li><li>ノートの一部を選択して、リンク付きで他のメンバーに送れるようになりました。</li></ul>
<h2>改善</h2>
<ul><li>オフライン中に編集した内容が、接続の回復後に自動で同期されるまでの時間を短縮しました。</li><li>画像を多く含むノートの読み込みを高速化しました。</li></ul>
<h2>不具合の修正</h2>
<ul><li>一部のAndroid端末で、手書きメモの線が途切れる問題を修正しました。</li><li>タグを削除した際に、検索結果に古いタグが残る問題を修正しました。</li></ul>
<p>アプリは各ストアから順次配信されます。配信まで数日かかる場合があります。</p>
</div>
<div class="c-share"><span>シェアする</span><a href="https://twitter.com/intent/tweet">X</a><a href="https://www.facebook.com/sharer">Facebook</a><a href="https://line.me/R/msg">LINE</a></div>
</article>
<section class="p-related"><h2>関連するお知らせ</h2><ul><li><a href="/news/3-7/">リリースノート バージョン 3.7</a></li><li><a href="/news/maintenance/">7月15日 メンテナンスのお知らせ</a></li><li><a href="/news/price/">料金プラン改定のお知らせ</a></li></ul></section>
</main>
<footer class="l-footer"><ul><li><a href="/company/">運営会社</a></li><li><a href="/terms/">利用規約</a></li><li><a href="/privacy/">プライバシーポリシー</a></li></ul><small>© 2024 Notemaru Inc.</small></footer>
</body></html>)HTML",
           {"共有ノートの編集履歴と", "最大90日前までさかのぼって", "自動で同期されるまでの時間を短縮", "手書きメモの線が途切れる問題", "配信まで数日かかる場合があります"},
           {"Cookieを使用しています", "シェアする", "メンテナンスのお知らせ", "利用規約", "Notemaru Inc."}});
}

// As written, the cookie banner above the header is kept (not asserted): the body's template class
// ("single single-post") is a content hint and the whole page outscores the recipe's box. Without
// that hint an Elementor page of two text widgets (test_extract_fresh6) lost its second widget.

TEST_CASE("it: recipe blog post, info and ingredients tables, steps, share row, newsletter, related cards, comments") {
    check({"it_recipe", R"HTML(<!DOCTYPE html><html lang="it"><head><meta charset="utf-8"><title>Pasta e ceci alla romana - La Dispensa di Nonna Elvira</title></head>
<body class="single single-post">
<div class="iubenda-cs-container"><div class="iubenda-banner-content"><p>Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione.</p><button class="iubenda-cs-accept-btn">Accetta</button><button class="iubenda-cs-reject-btn">Rifiuta</button></div></div>
<header class="header"><div class="logo"><a href="/">La Dispensa di Nonna Elvira</a></div><nav class="menu-principale"><ul><li><a href="/primi">Primi piatti</a></li><li><a href="/secondi">Secondi</a></li><li><a href="/dolci">Dolci</a></li><li><a href="/chi-sono">Chi sono</a></li></ul></nav></header>
<div class="contenitore"><div class="breadcrumbs"><span><a href="/">Home</a></span> » <span><a href="/primi">Primi piatti</a></span> » <span>Pasta e ceci alla romana</span></div>
<article class="ricetta"><h1>Pasta e ceci alla romana</h1><div class="info-autore">di Elvira Mancini · 12 gennaio 2024 · <a href="#commenti">7 commenti</a></div>
<p>La pasta e ceci è il piatto del venerdì nelle case romane: povero, veloce se si usano i ceci già cotti, e profumato di rosmarino. Il segreto è schiacciare una parte dei ceci perché il brodo diventi cremoso senza aggiungere panna.</p>
<table class="scheda"><tr><td>Difficoltà</td><td>Facile</td></tr><tr><td>Preparazione</td><td>10 minuti</td></tr><tr><td>Cottura</td><td>30 minuti</td></tr><tr><td>Dosi per</td><td>4 persone</td></tr></table>
<h2>Ingredienti</h2>
<table class="ingredienti"><tr><td>Ceci lessati</td><td>500 g</td></tr><tr><td>Ditalini rigati</td><td>250 g</td></tr><tr><td>Aglio</td><td>1 spicchio</td></tr><tr><td>Rosmarino fresco</td><td>2 rametti</td></tr><tr><td>Concentrato di pomodoro</td><td>1 cucchiaio</td></tr><tr><td>Olio extravergine d'oliva</td><td>q.b.</td></tr></table>
<h2>Preparazione</h2>
<p>In una pentola capiente fate soffriggere l'aglio con l'olio e un rametto di rosmarino, poi togliete l'aglio e aggiungete il concentrato sciolto in un mestolo d'acqua calda.</p>
<p>Unite i ceci con un litro d'acqua e lasciate sobbollire per quindici minuti. Frullate un terzo dei ceci con un po' di brodo e rimettete la crema nella pentola.</p>
<p>Versate la pasta direttamente nel brodo e cuocetela mescolando spesso; se serve aggiungete acqua calda. Servite con un filo d'olio crudo e rosmarino tritato.</p>
<div class="condividi"><span>Condividi:</span> <a href="https://facebook.com/sharer">Facebook</a> <a href="https://pinterest.com/pin">Pinterest</a> <a href="https://wa.me/">WhatsApp</a></div>
</article>
<div class="box-newsletter"><h3>Iscriviti alla newsletter</h3><p>Ogni domenica una ricetta della tradizione nella tua casella di posta.</p><form><input type="email" placeholder="La tua email"><button>Iscriviti</button></form></div>
<div class="ricette-correlate"><h3>Potrebbe interessarti anche</h3><div class="card"><a href="/pasta-e-fagioli"><img src="/pf.jpg" alt=""><span>Pasta e fagioli alla veneta</span></a></div><div class="card"><a href="/zuppa-di-lenticchie"><img src="/zl.jpg" alt=""><span>Zuppa di lenticchie e castagne</span></a></div><div class="card"><a href="/cacio-e-pepe"><img src="/cp.jpg" alt=""><span>Cacio e pepe cremosa</span></a></div></div>
<div id="commenti" class="commenti"><h3>7 commenti</h3><ol><li class="commento"><div class="autore">Graziella</div><div class="data">13 gennaio 2024 alle 9:12</div><p>La faccio da anni ma non avevo mai pensato di frullare una parte dei ceci, proverò!</p><a class="rispondi" href="#">Rispondi</a></li><li class="commento"><div class="autore">Marco T.</div><div class="data">14 gennaio 2024 alle 20:40</div><p>A casa mia si mette anche un'acciuga nel soffritto, viene ancora più saporita.</p><a class="rispondi" href="#">Rispondi</a></li></ol></div>
</div>
<footer class="footer"><p>© 2024 La Dispensa di Nonna Elvira · P.IVA 01234567890 · <a href="/privacy">Privacy policy</a> · <a href="/cookie">Cookie policy</a></p></footer>
</body></html>)HTML",
           {"il piatto del venerdì nelle case romane", "Ceci lessati", "Concentrato di pomodoro", "1 cucchiaio", "Frullate un terzo dei ceci", "Servite con un filo d'olio crudo"},
           {"Iscriviti alla newsletter", "Pasta e fagioli alla veneta", "frullare una parte dei ceci, proverò", "un'acciuga nel soffritto", "P.IVA"}});
}

TEST_CASE("ru: photography glossary as a definition list, share row, course promo, read-also list") {
    check({"ru_glossary", R"HTML(<!DOCTYPE html><html lang="ru"><head><meta charset="utf-8"><title>Словарь терминов фотографии — Фотошкола «Диафрагма»</title></head>
<body>
<div class="cookie-bar"><p>Мы используем файлы cookie. Продолжая пользоваться сайтом, вы соглашаетесь с этим.</p><a class="cookie-bar__close" href="#">Хорошо</a></div>
<div class="header"><a class="header__logo" href="/">Фотошкола «Диафрагма»</a><ul class="header__menu"><li><a href="/kursy">Курсы</a></li><li><a href="/prepodavateli">Преподаватели</a></li><li><a href="/stati">Статьи</a></li><li><a href="/kontakty">Контакты</a></li></ul></div>
<div class="page"><div class="breadcrumbs"><a href="/">Главная</a> / <a href="/stati">Статьи</a> / Словарь терминов</div>
<div class="article"><h1>Словарь терминов фотографии</h1>
<p>Короткие объяснения слов, которые чаще всего встречаются на наших занятиях. Если какого-то термина не хватает, напишите нам, и мы добавим его в словарь.</p>
<dl class="glossary">
<dt>Выдержка</dt><dd>Время, в течение которого затвор открыт и свет попадает на матрицу. Короткая выдержка замораживает движение, длинная размывает его.</dd>
<dt>Диафрагма</dt><dd>Отверстие в объективе, размер которого регулирует количество света. От диафрагмы зависит и глубина резко изображаемого пространства.</dd>
<dt>Светочувствительность</dt><dd>Способность матрицы реагировать на свет, обозначается числом ISO. Высокие значения позволяют снимать в темноте, но добавляют шум.</dd>
<dt>Баланс белого</dt><dd>Настройка, которая делает белые предметы белыми при любом освещении, убирая синий или оранжевый оттенок.</dd>
<dt>Экспокоррекция</dt><dd>Поправка к экспозиции, которую рассчитала камера, чтобы сделать снимок светлее или темнее.</dd>
</dl>
</div>
<div class="share"><span>Поделиться:</span><a href="https://vk.com/share.php">ВКонтакте</a><a href="https://t.me/share">Telegram</a><a href="https://connect.ok.ru/">Одноклассники</a></div>
<div class="promo"><h3>Запишитесь на базовый курс</h3><p>Восемь занятий с практикой на улицах города. Ближайший поток стартует 15 сентября.</p><a class="button" href="/kursy/bazovyj">Записаться</a></div>
<div class="more"><h3>Читайте также</h3><ul><li><a href="/stati/kompozitsiya">Правило третей и когда его нарушать</a></li><li><a href="/stati/portret">Портрет при естественном свете</a></li><li><a href="/stati/obektiv">Как выбрать первый объектив</a></li></ul></div>
</div>
<div class="footer"><p>© 2015–2024 Фотошкола «Диафрагма». Все права защищены.</p><p><a href="/politika">Политика конфиденциальности</a></p></div>
</body></html>)HTML",
           {"Короткие объяснения слов", "Выдержка", "Время, в течение которого затвор открыт", "Светочувствительность", "Поправка к экспозиции"},
           {"файлы cookie", "Поделиться:", "Запишитесь на базовый курс", "Правило третей", "Все права защищены"}});
}

TEST_CASE("es: podcast episode, player links, notes, transcript with speaker labels, sidebar, support box") {
    check({"es_podcast", R"HTML(<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Episodio 47: El agua que no vemos | Pódcast Raíces</title></head>
<body>
<div class="cc-window cc-banner"><span class="cc-message">Este sitio usa cookies para analizar el tráfico.</span><a class="cc-btn cc-dismiss">Entendido</a></div>
<nav class="navbar"><a class="navbar-brand" href="/">Raíces</a><ul class="navbar-nav"><li><a href="/episodios">Episodios</a></li><li><a href="/equipo">Equipo</a></li><li><a href="/apoyanos">Apóyanos</a></li></ul></nav>
<div class="container"><div class="row"><div class="col-md-8">
<div class="episode-header"><span class="episode-number">Episodio 47</span><h1>El agua que no vemos</h1><p class="episode-meta">3 de abril de 2024 · 38 min</p></div>
<div class="player"><audio controls src="/audio/ep47.mp3"></audio><div class="player-links"><a href="https://open.spotify.com/">Spotify</a> <a href="https://podcasts.apple.com/">Apple Podcasts</a> <a href="https://www.ivoox.com/">iVoox</a> <a href="/rss">RSS</a></div></div>
<div class="episode-notes"><p>Hablamos con la hidróloga Marta Quiroga sobre los acuíferos de la meseta, por qué se vacían más rápido de lo que se recargan y qué significa eso para los pueblos que dependen de pozos.</p></div>
<h2>Transcripción</h2>
<div class="transcript">
<p><strong>Lucía:</strong> Bienvenidos a Raíces. Hoy hablamos de un agua que casi nadie ve, la que está bajo nuestros pies. Marta, ¿qué es exactamente un acuífero?</p>
<p><strong>Marta:</strong> Es roca o arena con huecos llenos de agua. No es un lago subterráneo, como se suele imaginar, sino algo más parecido a una esponja enorme que tarda siglos en llenarse.</p>
<p><strong>Lucía:</strong> ¿Y por qué se está vaciando?</p>
<p><strong>Marta:</strong> Porque sacamos más de lo que entra. En algunas zonas el nivel ha bajado veinte metros en treinta años, y los pozos antiguos se han quedado secos uno tras otro.</p>
<p><strong>Lucía:</strong> ¿Hay forma de recuperarlo?</p>
<p><strong>Marta:</strong> Sí, pero es lenta. Hay que reducir las extracciones y, donde se puede, devolver agua al terreno en invierno, cuando sobra en los ríos.</p>
</div>
</div>
<div class="col-md-4"><div class="sidebar-box"><h3>Suscríbete</h3><p>Un episodio nuevo cada dos miércoles.</p><a href="/rss" class="btn">RSS</a></div><div class="sidebar-box"><h3>Episodios recientes</h3><ul><li><a href="/ep46">46. Las semillas olvidadas</a></li><li><a href="/ep45">45. Un año sin lluvia</a></li><li><a href="/ep44">44. La huerta vertical</a></li></ul></div></div></div></div>
<section class="support"><h2>Apoya Raíces</h2><p>Este pódcast es independiente y lo financian sus oyentes. Con 3 euros al mes nos ayudas a seguir.</p><a href="/apoyanos" class="btn">Hazte mecenas</a></section>
<footer class="footer"><p>Raíces · Licencia CC BY-NC 4.0 · <a href="/contacto">Contacto</a></p></footer>
</body></html>)HTML",
           {"Hablamos con la hidróloga Marta Quiroga", "¿qué es exactamente un acuífero?", "una esponja enorme que tarda siglos", "el nivel ha bajado veinte metros", "devolver agua al terreno en invierno"},
           {"analizar el tráfico", "Apple Podcasts", "Un episodio nuevo cada dos miércoles", "Las semillas olvidadas", "Hazte mecenas", "Licencia CC BY-NC"}});
}

// Left out on this branch: the show notes above the transcript ("Structural engineer Dana Okafor
// explains ..."): the transcript's box wins, and the episode's box, which adds the notes, adds links
// too (the subscribe row, the notes' link list), so title_box does not widen to it.

TEST_CASE("en: podcast episode, show notes with links, transcript lines with speaker and time, more episodes") {
    check({"en_podcast", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ep. 112 – Why bridges sing | The Load Path</title></head>
<body class="page-episode">
<div id="consent-popup"><p>We use cookies to measure downloads and improve the show.</p><button>Accept all</button><button>Manage</button></div>
<header><div class="logo"><a href="/">The Load Path</a></div><nav><a href="/episodes">Episodes</a> <a href="/hosts">Hosts</a> <a href="/merch">Merch</a> <a href="/sponsor">Sponsor us</a></nav></header>
<main><section class="episode"><div class="ep-head"><p class="ep-kicker">Episode 112</p><h1>Why bridges sing</h1><p class="ep-date">February 20, 2024 · 52 min</p></div>
<div class="subscribe-row"><a href="https://podcasts.apple.com/">Apple</a> · <a href="https://open.spotify.com/">Spotify</a> · <a href="https://pocketcasts.com/">Pocket Casts</a> · <a href="/feed.xml">RSS</a></div>
<div class="show-notes"><p>Structural engineer Dana Okafor explains why some bridges hum in the wind, how a footbridge in London wobbled on its opening day, and what dampers hidden in decks actually do.</p><h3>Links</h3><ul><li><a href="https://example.org/vortex">Vortex shedding, explained</a></li><li><a href="https://example.org/damper">Tuned mass dampers</a></li></ul></div>
<h2>Transcript</h2>
<div class="transcript"><div class="line"><span class="speaker">Sam</span> <span class="ts">00:00</span><p>Dana, you told me before we started recording that bridges sing. That sounds like a metaphor.</p></div>
<div class="line"><span class="speaker">Dana</span> <span class="ts">00:07</span><p>It isn't. When wind flows past a cable, little whirlpools peel off one side and then the other, and each one gives the cable a tiny push. If the pushes match the cable's natural frequency, it vibrates and you can hear it.</p></div>
<div class="line"><span class="speaker">Sam</span> <span class="ts">00:29</span><p>And that is dangerous?</p></div>
<div class="line"><span class="speaker">Dana</span> <span class="ts">00:31</span><p>Mostly it is annoying. The dangerous case is when the movement feeds itself, which is why modern cable-stayed bridges have spiral ridges on their stays and dampers near the anchors.</p></div></div>
</section>
<section class="more-episodes"><h2>More episodes</h2><article><a href="/111"><h3>111 – Concrete that heals</h3></a></article><article><a href="/110"><h3>110 – The tallest crane</h3></a></article><article><a href="/109"><h3>109 – Tunnels under rivers</h3></a></article></section>
<section class="newsletter"><h2>Get new episodes by email</h2><form><input type="email"><button>Sign up</button></form></section></main>
<footer><p>© 2024 The Load Path. Music by Kestrel Audio.</p><a href="/privacy">Privacy</a></footer>
</body></html>)HTML",
           {"you told me before we started recording that bridges sing", "little whirlpools peel off one side", "spiral ridges on their stays"},
           {"measure downloads", "Pocket Casts", "Concrete that heals", "Get new episodes by email", "Music by Kestrel Audio"}});
}

// The article-info list's "Details" label and "Kategorie: Projekte" stayed once its author, date
// and hits fields were gone (until extract_info_box.cpp).

TEST_CASE("de: Joomla 4 article, breadcrumbs, article info list, tags, prev/next, sidebar cards") {
    check({"de_joomla", R"HTML(<!DOCTYPE html><html lang="de-de" dir="ltr"><head><meta charset="utf-8"><title>Streuobstwiese am Kirchberg neu bepflanzt - Obst- und Gartenbauverein Lindach</title></head>
<body class="site com_content wrapper-static view-article no-layout no-task itemid-112">
<header class="header container-header full-width"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">OGV Lindach</a><div class="site-description">Obst- und Gartenbauverein Lindach e.V.</div></div></div><div class="grid-child container-nav"><ul class="mod-menu mod-list nav"><li class="nav-item item-101"><a href="/">Aktuelles</a></li><li class="nav-item item-112 current active"><a href="/projekte">Projekte</a></li><li class="nav-item item-113"><a href="/termine">Termine</a></li><li class="nav-item item-114"><a href="/verein">Verein</a></li></ul></div></header>
<div class="site-grid"><div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">Aktuelle Seite: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Startseite</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/projekte" class="pathway"><span>Projekte</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><span>Streuobstwiese am Kirchberg neu bepflanzt</span></li></ol></nav>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">Streuobstwiese am Kirchberg neu bepflanzt</h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="createdby" itemprop="author"><span itemprop="name">Geschrieben von Hermann Vogt</span></dd><dd class="category-name">Kategorie: <a href="/projekte" itemprop="genre">Projekte</a></dd><dd class="published"><time datetime="2024-11-18T10:12:00+01:00" itemprop="datePublished">Veröffentlicht: 18. November 2024</time></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:212">Zugriffe: 212</dd></dl>
<div itemprop="articleBody" class="com-content-article__body">
<p>Am vergangenen Samstag haben zwanzig Mitglieder und Helfer auf der vereinseigenen Wiese am Kirchberg vierzehn junge Hochstämme gepflanzt. Damit sind die Lücken geschlossen, die der Sturm im Frühjahr gerissen hatte.</p>
<p>Gepflanzt wurden ausschließlich alte regionale Sorten, darunter der Brettacher, die Gräfin von Paris und der Lindacher Streifling, von dem es im Landkreis nur noch wenige Bäume gibt. Die Reiser hatte unser Mitglied Anna Brenner im Winter selbst veredelt.</p>
<p>Jeder Baum bekam einen Pfahl, einen Drahtkorb gegen Wühlmäuse und einen Verbissschutz. Im ersten Jahr übernehmen Paten aus dem Verein das Gießen; wer noch eine Patenschaft übernehmen möchte, meldet sich beim Vorstand.</p>
<p>Ein herzlicher Dank geht an die Gemeinde Lindach, die die Kosten für die Bäume zur Hälfte getragen hat.</p>
</div>
<ul class="tags list-inline"><li class="list-inline-item tag-7 tag-list0"><a href="/tags/streuobst" class="btn btn-sm btn-info">Streuobst</a></li><li class="list-inline-item tag-9 tag-list1"><a href="/tags/pflanzaktion" class="btn btn-sm btn-info">Pflanzaktion</a></li></ul>
<nav class="pagenavigation" aria-label="Seitennavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/projekte/nistkaesten" rel="prev"><span class="visually-hidden">Vorheriger Beitrag: Nistkästen für den Schulgarten</span> Zurück</a><a class="btn btn-sm btn-secondary next" href="/projekte/saftpresse" rel="next"><span class="visually-hidden">Nächster Beitrag: Die neue Saftpresse ist da</span> Weiter</a></span></nav>
</div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Nächste Termine</h3><div class="card-body"><ul class="mod-articles-category"><li><a href="/termine/schnittkurs">Schnittkurs für Anfänger, 8. Februar</a></li><li><a href="/termine/jhv">Jahreshauptversammlung, 14. März</a></li></ul></div></div><div class="sidebar-right card"><h3 class="card-header">Mitglied werden</h3><div class="card-body"><p>Für 15 Euro im Jahr sind Sie dabei und können unsere Geräte ausleihen.</p><a href="/verein/mitgliedschaft">Zum Aufnahmeantrag</a></div></div></div></div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-footer">Copyright © 2024 Obst- und Gartenbauverein Lindach e.V. Alle Rechte vorbehalten.</div><ul class="mod-menu nav"><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li></ul></div></footer>
</body></html>)HTML",
           {"vierzehn junge Hochstämme gepflanzt", "der Lindacher Streifling", "einen Drahtkorb gegen Wühlmäuse", "die Kosten für die Bäume zur Hälfte"},
           {"Aktuelle Seite", "Zugriffe: 212", "Details", "Kategorie: Projekte", "Pflanzaktion", "Nistkästen für den Schulgarten", "Schnittkurs für Anfänger", "Zum Aufnahmeantrag", "Alle Rechte vorbehalten"}});
}

// Left out on this branch: the hero's line ("Small evening classes in a converted dairy") and the
// "Who teaches" section: the row of three feature columns wins and the page's sections, each one
// box of a heading and a line, are not joined to it.

TEST_CASE("en: Squarespace landing page of short sections, announcement bar, columns, button, newsletter block") {
    check({"en_landing", R"HTML(<!doctype html><html lang="en-US"><head><meta charset="utf-8"><title>Fernhill Pottery Studio — Classes in wheel throwing</title></head>
<body id="collection-5f1a" class="header-overlay-alignment-center tweak-social-icons-style-regular page-collection-type-page">
<div class="sqs-announcement-bar"><div class="sqs-announcement-bar-text"><p>Spring term bookings are open — <a href="/book">reserve a place</a></p></div></div>
<header id="header" class="header theme-col--primary"><div class="header-title"><a href="/" class="header-title-text">Fernhill Pottery Studio</a></div><nav class="header-nav"><div class="header-nav-item"><a href="/classes">Classes</a></div><div class="header-nav-item"><a href="/studio">The studio</a></div><div class="header-nav-item"><a href="/shop">Shop</a></div><div class="header-nav-item"><a href="/contact">Contact</a></div></nav><a class="btn btn--border header-actions-action" href="/book">Book now</a></header>
<main id="page" class="container" role="main"><article class="sections" id="sections" data-page-sections="5f1a">
<section class="page-section layout-engine-section background-width--full-bleed"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><h1>Learn to throw on the wheel</h1><p>Small evening classes in a converted dairy on the edge of town, with clay, glazes and firing included in the price.</p></div></div></div></div></div></div></div></section>
<section class="page-section layout-engine-section"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><h3>Six-week course</h3><p>Each course meets once a week for two and a half hours. By the last evening most students can centre clay and pull a cylinder taller than their hand.</p></div></div></div><div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><h3>Six students at most</h3><p>With only six wheels in the room the teacher has time for everyone, and nobody waits for a kiln shelf at the end of term.</p></div></div></div><div class="col sqs-col-4 span-4"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><h3>Everything included</h3><p>The fee covers ten kilograms of stoneware clay, all glazes and two firings, so there are no surprises on the last evening.</p></div></div></div></div></div></div></div></section>
<section class="page-section layout-engine-section"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content"><h2>Who teaches</h2><p>The studio was set up in 2016 by Maya Lind, who trained as a production potter in Stoke and still makes the tableware sold in our shop. She teaches every evening class herself.</p></div></div><div class="sqs-block button-block sqs-block-button"><div class="sqs-block-content"><div class="sqs-block-button-container"><a href="/book" class="sqs-block-button-element--medium sqs-button-element--primary sqs-block-button-element">See dates and book</a></div></div></div></div></div></div></div></div></section>
<section class="page-section layout-engine-section"><div class="content-wrapper"><div class="content"><div class="sqs-layout sqs-grid-12 columns-12"><div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block newsletter-block sqs-block-newsletter"><div class="sqs-block-content"><div class="newsletter-form-wrapper"><h2 class="newsletter-form-header-title">Join our mailing list</h2><div class="newsletter-form-header-description"><p>Hear about new courses and kiln-opening days first.</p></div><form class="newsletter-form"><input type="email" placeholder="Email Address"><button class="newsletter-form-button" type="submit">Sign Up</button></form></div></div></div></div></div></div></div></div></section>
</article></main>
<footer class="sections" id="footer-sections"><section class="page-section"><div class="content-wrapper"><div class="sqs-block html-block"><div class="sqs-block-content"><p>Fernhill Pottery Studio, Dairy Lane, Fernhill</p><p><a href="/privacy">Privacy</a> · <a href="https://instagram.com/">Instagram</a></p></div></div></div></section></footer>
</body></html>)HTML",
           {"Each course meets once a week", "Six students at most", "two firings, so there are no surprises"},
           {"Spring term bookings are open", "Book now", "See dates and book", "Join our mailing list", "kiln-opening days first", "Dairy Lane"}});
}
