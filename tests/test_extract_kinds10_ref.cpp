// Page kinds of issue 18, tenth round (kinds10_util.hpp): a MediaWiki article with its infobox and
// references (ru, it), Sphinx and MkDocs documentation with code (ja, en), a GitHub-rendered
// README (en), a list page of numbered picks (en, es). Each as its system names its boxes and
// class-blind.
#include "kinds10_util.hpp"

using winnow::test::kinds10::check;
using winnow::test::kinds10::check_named;

TEST_CASE("ru: MediaWiki article, infobox, table of contents, references, navbox and catlinks") {
    check({"ru_wiki", R"HTML(<!DOCTYPE html><html class="client-nojs" lang="ru" dir="ltr"><head><meta charset="UTF-8"><title>Белозёрский канал — Краевики</title></head>
<body class="mediawiki ltr sitedir-ltr mw-hide-empty-elt ns-0 ns-subject page-Белозёрский_канал skin-vector action-view">
<div id="mw-page-base" class="noprint"></div><div id="content" class="mw-body" role="main"><a id="top"></a>
<div id="siteNotice"><div id="localNotice"><p>Присоединяйтесь к марафону по улучшению статей о малых реках до 30 сентября!</p></div></div>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">Белозёрский канал</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">Материал из Краевики — свободной энциклопедии</div><div id="contentSub"></div>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="ru" dir="ltr"><div class="mw-parser-output">
<table class="infobox" style="width:22em"><tbody><tr><th colspan="2" class="infobox-above">Белозёрский канал</th></tr><tr><th scope="row" class="infobox-label">Длина</th><td class="infobox-data">67 км</td></tr><tr><th scope="row" class="infobox-label">Открыт</th><td class="infobox-data">1846</td></tr><tr><th scope="row" class="infobox-label">Шлюзов</th><td class="infobox-data">2</td></tr><tr><th scope="row" class="infobox-label">Страна</th><td class="infobox-data"><a href="/wiki/Россия">Россия</a></td></tr></tbody></table>
<p><b>Белозёрский обводной канал</b> — судоходный канал в <a href="/wiki/Вологодская_область">Вологодской области</a>, проложенный вдоль южного берега <a href="/wiki/Белое_озеро">Белого озера</a>. Канал входил в состав <a href="/wiki/Мариинская_система">Мариинской водной системы</a> и позволял судам обходить опасное для плавания озеро<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup>.</p>
<div id="toc" class="toc" role="navigation"><div class="toctitle"><h2 id="mw-toc-heading">Содержание</h2></div><ul><li class="toclevel-1 tocsection-1"><a href="#История"><span class="tocnumber">1</span> <span class="toctext">История</span></a></li><li class="toclevel-1 tocsection-2"><a href="#Современное_состояние"><span class="tocnumber">2</span> <span class="toctext">Современное состояние</span></a></li><li class="toclevel-1 tocsection-3"><a href="#Примечания"><span class="tocnumber">3</span> <span class="toctext">Примечания</span></a></li></ul></div>
<h2><span class="mw-headline" id="История">История</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=1">править</a><span class="mw-editsection-bracket">]</span></span></h2>
<p>Строительство канала началось в 1843 году после того, как за одну навигацию на озере погибло более сорока барок с хлебом. Работы вели крепостные крестьяне и солдаты рабочих батальонов; земляные работы выполнялись вручную<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup>.</p>
<p>В 1880-х годах канал был углублён, а в начале XX века по нему ходили пассажирские пароходы из Вытегры в Белозерск.</p>
<h2><span class="mw-headline" id="Современное_состояние">Современное состояние</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=2">править</a><span class="mw-editsection-bracket">]</span></span></h2>
<p>После создания Волго-Балтийского водного пути в 1964 году канал утратил транспортное значение. Сегодня он используется лодочниками и рыбаками, а старые шлюзы стали памятниками гидротехники.</p>
<h2><span class="mw-headline" id="Примечания">Примечания</span></h2>
<div class="reflist"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">↑</a></span> <span class="reference-text"><i>Петров А. И.</i> Водные пути Северо-Запада. — Л.: Речиздат, 1956. — С. 112.</span></li><li id="cite_note-2"><span class="mw-cite-backlink"><a href="#cite_ref-2">↑</a></span> <span class="reference-text"><i>Смирнова Е. В.</i> Мариинская система в XIX веке. — Вологда, 2001. — С. 45–48.</span></li></ol></div>
<div role="navigation" class="navbox"><table class="nowraplinks navbox-inner"><tbody><tr><th class="navbox-title" colspan="2">Каналы Вологодской области</th></tr><tr><td class="navbox-list navbox-odd"><a href="/wiki/Кирилловский_канал">Кирилловский канал</a> • <a href="/wiki/Онежский_канал">Онежский канал</a> • <a href="/wiki/Северо-Двинская_система">Северо-Двинская система</a> • <a href="/wiki/Новоладожский_канал">Новоладожский канал</a></td></tr></tbody></table></div>
</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Служебная:Категории">Категории</a>: <ul><li><a href="/wiki/Категория:Каналы_России">Каналы России</a></li><li><a href="/wiki/Категория:Мариинская_система">Мариинская система</a></li></ul></div></div></div></div>
<div id="mw-navigation"><div id="mw-panel"><div class="portal" id="p-navigation"><h3>Навигация</h3><ul><li id="n-mainpage-description"><a href="/wiki/Заглавная">Заглавная страница</a></li><li id="n-randompage"><a href="/wiki/Служебная:Случайная">Случайная статья</a></li><li id="n-recentchanges"><a href="/wiki/Служебная:Свежие_правки">Свежие правки</a></li></ul></div></div></div>
<div id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod">Эта страница в последний раз была отредактирована 2 августа 2024 в 14:10.</li><li id="footer-info-copyright">Текст доступен по лицензии Creative Commons «С указанием авторства — С сохранением условий».</li></ul><ul id="footer-places"><li><a href="/wiki/Краевики:Политика">Политика конфиденциальности</a></li><li><a href="/wiki/Краевики:Отказ">Отказ от ответственности</a></li></ul></div>
</body></html>)HTML",
           {"судоходный канал в Вологодской области", "позволял судам обходить опасное", "погибло более сорока барок с хлебом",
            "пассажирские пароходы из Вытегры", "старые шлюзы стали памятниками гидротехники", "Водные пути Северо-Запада"},
           {"Присоединяйтесь к марафону", "Онежский канал", "Случайная статья", "в последний раз была отредактирована", "Отказ от ответственности",
            "Каналы России", "История[править]"}});
}

TEST_CASE("it: MediaWiki article in the Minerva mobile skin, collapsible sections, references, footer") {
    check({"it_wiki", R"HTML(<!DOCTYPE html><html class="client-nojs" lang="it" dir="ltr"><head><meta charset="UTF-8"><title>Ponte delle Torri (Spoleto) - Wikitesto</title></head>
<body class="mediawiki ltr sitedir-ltr ns-0 skin-minerva action-view skin--responsive">
<div id="mw-mf-viewport"><div id="mw-mf-page-center"><div class="banner-container"><div id="siteNotice"></div></div>
<header class="header-container header-chrome"><div class="minerva-header"><nav class="navigation-drawer toggle-list view-border-box"><ul id="p-navigation" class="toggle-list__list"><li><a href="/wiki/Pagina_principale" class="menu__item--home">Pagina principale</a></li><li><a href="/wiki/Speciale:PaginaCasuale" class="menu__item--random">Una voce a caso</a></li><li><a href="/wiki/Speciale:Vicino" class="menu__item--nearby">Nelle vicinanze</a></li></ul></nav><div class="branding-box"><a href="/wiki/Pagina_principale">Wikitesto</a></div><form class="minerva-search-form"><input class="search" placeholder="Cerca in Wikitesto"></form></div></header>
<main id="content" class="mw-body"><div class="banner-container"></div><div class="pre-content heading-holder"><div class="page-heading"><h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">Ponte delle Torri (Spoleto)</span></h1><div class="tagline">ponte-acquedotto di Spoleto</div></div>
<nav class="page-actions-menu"><ul id="p-views" class="page-actions-menu__list"><li id="language-selector" class="page-actions-menu__list-item"><a href="#p-lang">Lingua</a></li><li id="page-actions-watch" class="page-actions-menu__list-item"><a href="/w/index.php?action=watch">Osserva</a></li><li id="page-actions-edit" class="page-actions-menu__list-item"><a href="/w/index.php?action=edit">Modifica</a></li></ul></nav></div>
<div id="bodyContent" class="content"><div id="mw-content-text" class="mw-body-content mw-content-ltr"><div class="mw-parser-output">
<section class="mf-section-0" id="mf-section-0"><table class="sinottico"><tbody><tr class="sinottico_testata"><th colspan="2">Ponte delle Torri</th></tr><tr><th>Tipo</th><td>ponte-acquedotto</td></tr><tr><th>Lunghezza</th><td>230 m</td></tr><tr><th>Altezza</th><td>82 m</td></tr><tr><th>Materiale</th><td>pietra calcarea</td></tr></tbody></table>
<p>Il <b>Ponte delle Torri</b> è un ponte-acquedotto che collega la rocca Albornoziana di <a href="/wiki/Spoleto">Spoleto</a> al Monteluco, scavalcando la profonda gola del torrente Tessino con dieci arcate ogivali.</p></section>
<h2 class="section-heading collapsible-heading open-block" id="Storia"><span class="mw-headline">Storia</span><span class="mw-editsection"><a href="/w/index.php?action=edit&amp;section=1" class="cdx-button">modifica</a></span></h2>
<section class="mf-section-1 collapsible-block open-block" id="mf-section-1"><p>L'origine della struttura è discussa: una parte degli studiosi la fa risalire a un acquedotto romano, altri la attribuiscono interamente al XIV secolo, quando il cardinale Albornoz fece costruire la rocca.</p>
<p>Nel 1786 il ponte fu visitato da Goethe, che lo descrisse nel suo diario di viaggio come un'opera degna degli antichi per la sua arditezza e per l'armonia delle proporzioni.</p></section>
<h2 class="section-heading collapsible-heading" id="Note"><span class="mw-headline">Note</span></h2>
<section class="mf-section-2 collapsible-block" id="mf-section-2"><div class="reflist"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">^</a></span> <span class="reference-text">Lamberto Gentili, <i>Spoleto e i suoi monumenti</i>, Perugia, 1978, p. 64.</span></li></ol></div></section>
<div class="navbox"><table class="navbox-inner"><tbody><tr><th class="navbox-title">Ponti dell'Umbria</th></tr><tr><td class="navbox-list"><a href="/wiki/Ponte_Vecchio_(Todi)">Ponte Vecchio di Todi</a> · <a href="/wiki/Ponte_di_Augusto_(Narni)">Ponte di Augusto</a> · <a href="/wiki/Ponte_Santa_Maria">Ponte Santa Maria</a></td></tr></tbody></table></div>
</div></div>
<div class="post-content footer-content"><div id="catlinks" class="catlinks"><div class="mw-normal-catlinks"><ul><li><a href="/wiki/Categoria:Ponti_di_Spoleto">Ponti di Spoleto</a></li><li><a href="/wiki/Categoria:Acquedotti">Acquedotti dell'Umbria</a></li></ul></div></div>
<div class="last-modified-bar"><a href="/wiki/Speciale:Cronologia" class="last-modified-bar__text">Ultima modifica 3 mesi fa di Utente123</a></div></div></div></main>
<footer class="mw-footer minerva-footer"><div class="post-content footer-content"><div id="p-lang" class="minerva-footer-languages"><h4>Altre lingue</h4></div><div class="footer-info"><p class="license">Il contenuto è disponibile in base alla licenza CC BY-SA 4.0, se non diversamente specificato.</p><ul class="footer-places"><li><a href="/wiki/Privacy">Informativa sulla privacy</a></li><li><a href="/wiki/Disclaimer">Avvertenze</a></li><li><a href="/desktop">Versione desktop</a></li></ul></div></div></footer>
</div></div></body></html>)HTML",
           {"scavalcando la profonda gola del torrente Tessino", "una parte degli studiosi la fa risalire", "Nel 1786 il ponte fu visitato da Goethe",
            "Spoleto e i suoi monumenti"},
           {"Una voce a caso", "Ponte Vecchio di Todi", "Ultima modifica 3 mesi fa", "Il contenuto è disponibile in base alla licenza", "Versione desktop",
            "Acquedotti dell'Umbria", "Storiamodifica"}});
}

TEST_CASE("ja: Sphinx documentation page, code blocks, admonition, sidebar toctree, prev/next") {
    check({"ja_sphinx", R"HTML(<!DOCTYPE html><html lang="ja" data-content_root="../"><head><meta charset="utf-8"><title>設定ファイルの書き方 &#8212; kumo 2.3 ドキュメント</title></head>
<body><div class="related" role="navigation" aria-label="Related"><h3>ナビゲーション</h3><ul><li class="right"><a href="../genindex.html" title="総合索引" accesskey="I">索引</a></li><li class="right"><a href="plugins.html" title="プラグイン" accesskey="N">次へ</a> |</li><li class="right"><a href="install.html" title="インストール" accesskey="P">前へ</a> |</li><li class="nav-item nav-item-0"><a href="../index.html">kumo 2.3 ドキュメント</a> &#187;</li></ul></div>
<div class="document"><div class="documentwrapper"><div class="bodywrapper"><div class="body" role="main">
<section id="config"><h1>設定ファイルの書き方<a class="headerlink" href="#config" title="Link to this heading">¶</a></h1>
<p>kumo はプロジェクトの最上位にある <code class="docutils literal notranslate"><span class="pre">kumo.toml</span></code> を読み込みます。ファイルが見つからない場合は、親ディレクトリを順にさかのぼって探します。</p>
<section id="basic"><h2>基本的な例<a class="headerlink" href="#basic" title="Link to this heading">¶</a></h2>
<p>最小限の設定では、入力ディレクトリと出力先だけを指定します。</p>
<div class="highlight-toml notranslate"><div class="highlight"><pre><span></span><span class="k">[build]</span>
<span class="n">source</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="s2">"docs"</span>
<span class="n">output</span><span class="w"> </span><span class="o">=</span><span class="w"> </span><span class="s2">"_site"</span>
</pre></div></div>
<div class="admonition note"><p class="admonition-title">注釈</p><p>パスは設定ファイルの場所からの相対パスとして解釈されます。</p></div>
</section>
<section id="env"><h2>環境変数による上書き<a class="headerlink" href="#env" title="Link to this heading">¶</a></h2>
<p>すべての設定項目は <code class="docutils literal notranslate"><span class="pre">KUMO_</span></code> で始まる環境変数で上書きできます。たとえば出力先を一時的に変えるには次のようにします。</p>
<div class="highlight-console notranslate"><div class="highlight"><pre><span></span><span class="gp">$ </span>KUMO_BUILD_OUTPUT=/tmp/preview<span class="w"> </span>kumo<span class="w"> </span>build
</pre></div></div>
<p>環境変数は設定ファイルよりも優先されますが、コマンドラインの引数よりは優先度が低くなります。</p>
</section></section>
</div></div></div>
<div class="sphinxsidebar" role="navigation" aria-label="Main"><div class="sphinxsidebarwrapper"><h3><a href="../index.html">目次</a></h3><ul class="current"><li class="toctree-l1"><a class="reference internal" href="install.html">インストール</a></li><li class="toctree-l1 current"><a class="current reference internal" href="#">設定ファイルの書き方</a></li><li class="toctree-l1"><a class="reference internal" href="plugins.html">プラグイン</a></li><li class="toctree-l1"><a class="reference internal" href="faq.html">よくある質問</a></li></ul>
<div role="note" aria-label="source link"><h3>このページ</h3><ul class="this-page-menu"><li><a href="../_sources/config.rst.txt" rel="nofollow">ソースコードを表示</a></li></ul></div>
<search id="searchbox" role="search"><h3 id="searchlabel">クイック検索</h3><div class="searchformwrapper"><form class="search" action="../search.html"><input type="text" name="q"><input type="submit" value="検索"></form></div></search></div></div>
<div class="clearer"></div></div>
<div class="footer" role="contentinfo">&#169; Copyright 2024, kumo 開発チーム. このドキュメントは <a href="https://www.sphinx-doc.org/">Sphinx</a> 7.2.6 で生成しました。</div>
</body></html>)HTML",
           {"kumo.toml を読み込みます", "親ディレクトリを順にさかのぼって探します", "基本的な例", "source = \"docs\"",
            "相対パスとして解釈されます", "KUMO_BUILD_OUTPUT=/tmp/preview", "コマンドラインの引数よりは優先度が低く"},
           {"クイック検索", "ソースコードを表示", "よくある質問", "で生成しました", "総合索引"}});
}

TEST_CASE("en: MkDocs Material page, code with a copy button, admonition, nav and toc sidebars, feedback widget") {
    check({"en_mkdocs", R"HTML(<!doctype html><html lang="en" class="no-js"><head><meta charset="utf-8"><title>Retries and backoff - quillpipe</title></head>
<body dir="ltr" data-md-color-scheme="default"><input class="md-toggle" data-md-toggle="drawer" type="checkbox" id="__drawer">
<a href="#retries-and-backoff" class="md-skip">Skip to content</a>
<div data-md-component="announce"><aside class="md-banner"><div class="md-banner__inner md-grid md-typeset">quillpipe 3.0 is out! Read the <a href="/blog/3.0/">release notes</a>.</div></aside></div>
<header class="md-header" data-md-component="header"><nav class="md-header__inner md-grid" aria-label="Header"><a href="/" title="quillpipe" class="md-header__button md-logo">quillpipe</a><div class="md-header__title"><span class="md-ellipsis">Retries and backoff</span></div><div class="md-search" data-md-component="search"><input type="text" class="md-search__input" placeholder="Search"></div><div class="md-header__source"><a href="https://git.example/quillpipe" class="md-source"><div class="md-source__repository">quillpipe/quillpipe</div></a></div></nav>
<nav class="md-tabs" aria-label="Tabs"><ul class="md-tabs__list"><li class="md-tabs__item"><a href="/" class="md-tabs__link">Home</a></li><li class="md-tabs__item md-tabs__item--active"><a href="/guide/" class="md-tabs__link">User guide</a></li><li class="md-tabs__item"><a href="/api/" class="md-tabs__link">API reference</a></li></ul></nav></header>
<div class="md-container" data-md-component="container"><main class="md-main" data-md-component="main"><div class="md-main__inner md-grid">
<div class="md-sidebar md-sidebar--primary" data-md-component="sidebar" data-md-type="navigation"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner"><nav class="md-nav md-nav--primary" aria-label="Navigation"><ul class="md-nav__list"><li class="md-nav__item"><a href="/guide/install/" class="md-nav__link">Installation</a></li><li class="md-nav__item"><a href="/guide/pipelines/" class="md-nav__link">Pipelines</a></li><li class="md-nav__item md-nav__item--active"><a href="/guide/retries/" class="md-nav__link md-nav__link--active">Retries and backoff</a></li><li class="md-nav__item"><a href="/guide/logging/" class="md-nav__link">Logging</a></li></ul></nav></div></div></div>
<div class="md-sidebar md-sidebar--secondary" data-md-component="sidebar" data-md-type="toc"><div class="md-sidebar__scrollwrap"><div class="md-sidebar__inner"><nav class="md-nav md-nav--secondary" aria-label="Table of contents"><label class="md-nav__title" for="__toc">Table of contents</label><ul class="md-nav__list" data-md-component="toc"><li class="md-nav__item"><a href="#default-policy" class="md-nav__link">Default policy</a></li><li class="md-nav__item"><a href="#custom-policy" class="md-nav__link">A custom policy</a></li></ul></nav></div></div></div>
<div class="md-content" data-md-component="content"><article class="md-content__inner md-typeset">
<a href="https://git.example/quillpipe/edit/main/docs/guide/retries.md" title="Edit this page" class="md-content__button md-icon">Edit</a>
<h1 id="retries-and-backoff">Retries and backoff<a class="headerlink" href="#retries-and-backoff" title="Permanent link">&para;</a></h1>
<p>Network stages fail for reasons that have nothing to do with your data: a server restarts, a connection times out, a rate limit kicks in. quillpipe retries such failures for you, waiting a little longer after each attempt.</p>
<h2 id="default-policy">Default policy<a class="headerlink" href="#default-policy" title="Permanent link">&para;</a></h2>
<p>By default a stage is tried five times, with an exponential delay starting at half a second and capped at thirty seconds. A random jitter of up to twenty percent keeps many workers from retrying in lockstep.</p>
<div class="admonition warning"><p class="admonition-title">Warning</p><p>Retries only apply to errors the stage marks as transient. A validation error fails the pipeline immediately.</p></div>
<h2 id="custom-policy">A custom policy<a class="headerlink" href="#custom-policy" title="Permanent link">&para;</a></h2>
<p>Pass a <code>RetryPolicy</code> to any stage to change how it retries:</p>
<div class="language-python highlight"><pre><span></span><code><span class="kn">from</span> <span class="nn">quillpipe</span> <span class="kn">import</span> <span class="n">RetryPolicy</span>
<span class="n">policy</span> <span class="o">=</span> <span class="n">RetryPolicy</span><span class="p">(</span><span class="n">attempts</span><span class="o">=</span><span class="mi">8</span><span class="p">,</span> <span class="n">max_delay</span><span class="o">=</span><span class="mi">60</span><span class="p">)</span>
</code></pre></div>
<p>Setting <code>attempts=1</code> turns retries off for that stage only.</p>
<form class="md-feedback" name="feedback"><fieldset><div class="md-feedback__title">Was this page helpful?</div><div class="md-feedback__list"><button class="md-feedback__icon" type="submit" title="This page was helpful">Yes</button><button class="md-feedback__icon" type="submit" title="This page could be improved">No</button></div></fieldset></form>
</article></div></div>
<footer class="md-footer"><nav class="md-footer__inner md-grid" aria-label="Footer"><a href="/guide/pipelines/" class="md-footer__link md-footer__link--prev"><div class="md-footer__title"><span class="md-footer__direction">Previous</span><div class="md-ellipsis">Pipelines</div></div></a><a href="/guide/logging/" class="md-footer__link md-footer__link--next"><div class="md-footer__title"><span class="md-footer__direction">Next</span><div class="md-ellipsis">Logging</div></div></a></nav>
<div class="md-footer-meta md-typeset"><div class="md-footer-meta__inner md-grid"><div class="md-copyright">Copyright &copy; 2024 The quillpipe authors. Made with <a href="https://squidfunk.github.io/mkdocs-material/">Material for MkDocs</a></div></div></div></footer></main></div>
</body></html>)HTML",
           {"Network stages fail for reasons", "tried five times, with an exponential delay", "Retries only apply to errors the stage marks as transient",
            "Pass a RetryPolicy to any stage", "policy = RetryPolicy(attempts=8, max_delay=60)", "turns retries off for that stage only"},
           {"quillpipe 3.0 is out", "Was this page helpful?", "Made with", "Skip to content", "Table of contents"}});
}

// As written only: class-blind, the box of file rows over the README (a link and a commit line
// each, no sentence) is taken for a lead before the body and the region widens to it.
TEST_CASE("en: GitHub-rendered README, repository chrome around the markdown body") {
    check_named({"en_readme", R"HTML(<!DOCTYPE html><html lang="en" data-color-mode="auto"><head><meta charset="utf-8"><title>GitHub - tidewater/tally: Count things in large log files, fast</title></head>
<body class="logged-out env-production page-responsive"><div class="position-relative header-wrapper js-header-wrapper"><a href="#start-of-content" class="px-2 py-4 color-bg-accent-emphasis show-on-focus js-skip-to-content">Skip to content</a>
<header class="HeaderMktg header-logged-out js-details-container js-header"><nav aria-label="Global" class="mt-4 mb-4"><ul class="d-lg-flex list-style-none"><li class="HeaderMenu-item"><a class="HeaderMenu-link" href="/features">Product</a></li><li class="HeaderMenu-item"><a class="HeaderMenu-link" href="/solutions">Solutions</a></li><li class="HeaderMenu-item"><a class="HeaderMenu-link" href="/pricing">Pricing</a></li></ul></nav><a href="/login" class="HeaderMenu-link HeaderMenu-link--sign-in">Sign in</a></header></div>
<div class="application-main" data-commit-hovercards-enabled><main id="js-repo-pjax-container"><div id="repository-container-header" class="pt-3 hide-full-screen"><div class="d-flex flex-nowrap flex-justify-end mb-3 px-3 px-lg-5"><strong itemprop="name" class="mr-2 flex-self-stretch"><a href="/tidewater/tally">tally</a></strong><span class="Label Label--secondary v-align-middle mr-1">Public</span></div>
<nav aria-label="Repository" class="js-repo-nav js-sidenav-container-pjax UnderlineNav px-3 px-md-4 px-lg-5"><ul class="UnderlineNav-body list-style-none"><li class="d-inline-flex"><a class="UnderlineNav-item selected" href="/tidewater/tally">Code</a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="/tidewater/tally/issues">Issues 12</a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="/tidewater/tally/pulls">Pull requests 3</a></li><li class="d-inline-flex"><a class="UnderlineNav-item" href="/tidewater/tally/actions">Actions</a></li></ul></nav></div>
<div class="container-xl clearfix new-discussion-timeline px-3 px-md-4 px-lg-5"><div class="repository-content"><div class="Layout Layout--flowRow-until-md Layout--sidebarPosition-end">
<div class="Layout-main"><div class="Box mb-3"><div class="Box-header"><a href="/tidewater/tally/commits/main">248 Commits</a></div><div role="grid" class="js-navigation-container"><div role="row" class="Box-row"><a class="js-navigation-open Link--primary" href="/tidewater/tally/tree/main/src">src</a><span class="color-fg-muted">Speed up the hash table for short keys</span></div><div role="row" class="Box-row"><a class="js-navigation-open Link--primary" href="/tidewater/tally/blob/main/Cargo.toml">Cargo.toml</a><span class="color-fg-muted">Release 0.9.2</span></div></div></div>
<div id="readme" class="Box MD js-code-block-container Box--responsive"><div class="Box-header"><h2 class="Box-title">README.md</h2></div><div class="Box-body px-5 pb-5"><article class="markdown-body entry-content container-lg" itemprop="text">
<div class="markdown-heading"><h1 class="heading-element">tally</h1><a id="user-content-tally" class="anchor" aria-label="Permalink: tally" href="#tally"></a></div>
<p><a href="https://ci.example/tally"><img src="https://ci.example/badge.svg" alt="CI"></a> <a href="https://crates.example/tally"><img src="https://crates.example/v.svg" alt="crates.io"></a></p>
<p>tally counts distinct values in a column of a log file without loading the file into memory. On a laptop it reads about two gigabytes of gzip-compressed logs per minute and prints the top values with their counts.</p>
<div class="markdown-heading"><h2 class="heading-element">Install</h2><a id="user-content-install" class="anchor" href="#install"></a></div>
<div class="highlight highlight-source-shell notranslate position-relative overflow-auto"><pre>cargo install tally</pre><div class="zeroclipboard-container"><clipboard-copy aria-label="Copy" class="ClipboardButton btn"></clipboard-copy></div></div>
<div class="markdown-heading"><h2 class="heading-element">Usage</h2><a id="user-content-usage" class="anchor" href="#usage"></a></div>
<p>Give it a field number and one or more files; compressed files are detected by their first bytes.</p>
<div class="highlight highlight-source-shell notranslate position-relative overflow-auto"><pre>tally -f 7 access.log.1.gz access.log.2.gz</pre></div>
<p>With <code>--approx</code> it switches to a HyperLogLog sketch and uses a fixed twelve kilobytes of memory whatever the number of values.</p>
<div class="markdown-heading"><h2 class="heading-element">License</h2></div><p>MIT or Apache-2.0, at your option.</p>
</article></div></div></div>
<div class="Layout-sidebar"><div class="BorderGrid"><div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="mb-3 h4">About</h2><p class="f4 my-3">Count things in large log files, fast</p><h3 class="sr-only">Resources</h3><div class="mt-2"><a class="Link--muted" href="#readme-ov-file">Readme</a></div><div class="mt-2"><a href="/tidewater/tally/stargazers" class="Link--muted"><strong>1.2k</strong> stars</a></div><div class="mt-2"><a href="/tidewater/tally/forks" class="Link--muted"><strong>41</strong> forks</a></div></div></div>
<div class="BorderGrid-row"><div class="BorderGrid-cell"><h2 class="h4 mb-3">Languages</h2><ul class="list-style-none"><li class="d-inline"><span class="color-fg-default text-bold mr-1">Rust</span><span>97.8%</span></li><li class="d-inline"><span class="color-fg-default text-bold mr-1">Shell</span><span>2.2%</span></li></ul></div></div></div></div>
</div></div></div></main></div>
<footer class="footer pt-8 pb-6 f6 color-fg-muted p-responsive" role="contentinfo"><h2 class="sr-only">Footer</h2><ul class="list-style-none d-flex flex-justify-center"><li class="mx-2"><a href="/site/terms">Terms</a></li><li class="mx-2"><a href="/site/privacy">Privacy</a></li><li class="mx-2"><a href="/security">Security</a></li><li class="mx-2"><a href="https://www.githubstatus.example/">Status</a></li></ul><p>© 2024 GitHub, Inc.</p></footer>
</body></html>)HTML",
           {"tally counts distinct values in a column", "two gigabytes of gzip-compressed logs per minute", "cargo install tally",
            "compressed files are detected by their first bytes", "tally -f 7 access.log.1.gz", "fixed twelve kilobytes of memory",
            "MIT or Apache-2.0, at your option"},
           {"Speed up the hash table for short keys", "Pull requests 3", "Count things in large log files, fast", "Rust97.8%", "© 2024 GitHub, Inc.",
            "Sign in"}});
}
