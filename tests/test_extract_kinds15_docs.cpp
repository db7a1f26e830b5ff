// Page kinds of issue 18, fifteenth round (kinds10_util.hpp: each page as written and class-blind):
// a documentation page: a navigation tree on the left, an "On this page" contents list on the
// right, code blocks with a copy button, note and warning boxes, previous/next links and an edit
// link. The body with its code and its boxes is what a reader copies. A box inside the text whose
// name promises content (a callout's body, "admonitionContent") must not win the page on that
// name: the box around it holds four times its text. Docusaurus-like markup (ja, fr), a Sphinx
// read-the-docs layout (en). Written from how these generators mark pages up, not from any test
// data.

#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("ja: Docusaurus page, two admonitions whose bodies are named \"admonitionContent\", a code block with a copy button, TOC and pager") {
    check({"k15_ja_docs_docusaurus", R"HTML(<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>キャッシュの設定 | Fernwood</title></head>
<body><div id="__docusaurus">
<nav class="navbar"><div class="navbar__inner"><a class="navbar__brand" href="/">Fernwood</a><a class="navbar__item" href="/docs/intro">ドキュメント</a><a class="navbar__item" href="/blog">ブログ</a><a class="navbar__item" href="https://example.org/fernwood">GitHub</a></div></nav>
<div class="main-wrapper"><div class="docPage">
<aside class="theme-doc-sidebar-container"><nav class="menu"><ul class="menu__list">
<li class="menu__list-item"><a class="menu__link" href="/docs/intro">はじめに</a></li>
<li class="menu__list-item"><a class="menu__link" href="/docs/install">インストール</a></li>
<li class="menu__list-item"><a class="menu__link menu__link--active" href="/docs/cache">キャッシュの設定</a></li>
<li class="menu__list-item"><a class="menu__link" href="/docs/logging">ログ</a></li>
<li class="menu__list-item"><a class="menu__link" href="/docs/api">API リファレンス</a></li>
<li class="menu__list-item"><a class="menu__link" href="/docs/changelog">変更履歴</a></li></ul></nav></aside>
<main class="docMainContainer"><div class="container"><div class="row"><div class="col docItemCol">
<nav class="theme-doc-breadcrumbs"><ul class="breadcrumbs"><li class="breadcrumbs__item"><a href="/">ホーム</a></li><li class="breadcrumbs__item"><a href="/docs/guide">ガイド</a></li><li class="breadcrumbs__item breadcrumbs__item--active"><span>キャッシュの設定</span></li></ul></nav>
<article><div class="theme-doc-markdown markdown"><header><h1>キャッシュの設定</h1></header>
<p>Fernwood は重い検索の結果をキャッシュに保存し、同じ要求にはデータベースに触れずに応答します。このページではバックエンドの選び方と、エントリの有効期間について説明します。</p>
<h2 class="anchor" id="backend">バックエンドの選択<a href="#backend" class="hash-link" aria-label="見出しへの直接リンク" title="見出しへの直接リンク">​</a></h2>
<p>バックエンドは設定ファイルで選びます。メモリ型は最も速いものの再起動で消え、ディスク型は読み込みが遅くなる代わりに再起動後も残ります。</p>
<div class="language-python codeBlockContainer"><div class="codeBlockContent"><pre class="prism-code language-python"><code><span class="token-line">CACHE = {</span>
<span class="token-line">    "backend": "disk",</span>
<span class="token-line">    "path": "/var/cache/fernwood",</span>
<span class="token-line">}</span></code></pre><div class="buttonGroup"><button type="button" aria-label="クリップボードにコピー" title="コピー" class="clean-btn">コピー</button></div></div></div>
<div class="theme-admonition theme-admonition-note alert alert--secondary admonition"><div class="admonitionHeading"><span class="admonitionIcon">ℹ</span>備考</div><div class="admonitionContent"><p>ディスク型にはサーバーのプロセスが書き込めるディレクトリが必要です。自動では作成されません。</p></div></div>
<h2 class="anchor" id="expiry">有効期間<a href="#expiry" class="hash-link">​</a></h2>
<p>各エントリには秒単位の有効期間があります。期限が切れると次の読み込みで破棄され、値はデータベースから再計算されます。</p>
<div class="theme-admonition theme-admonition-warning alert alert--warning admonition"><div class="admonitionHeading"><span class="admonitionIcon">⚠</span>警告</div><div class="admonitionContent"><p>有効期間を 0 にすると期限切れが無効になり、プロセスが動いている間は古い値が返され続けることがあります。</p></div></div>
<p>多くのサイトでは、5 分から 30 分の間で始めるのが妥当です。</p>
</div>
<footer class="theme-doc-footer"><div class="row"><div class="col"><a href="https://example.org/fernwood/edit/main/docs/cache.md" class="theme-edit-this-page">✎ このページを編集</a></div><div class="col lastUpdated"><span>最終更新: 2024年3月2日</span></div></div></footer>
</article>
<nav class="pagination-nav" aria-label="ドキュメントのページ"><a class="pagination-nav__link pagination-nav__link--prev" href="/docs/install"><div class="pagination-nav__sublabel">前へ</div><div class="pagination-nav__label">インストール</div></a><a class="pagination-nav__link pagination-nav__link--next" href="/docs/logging"><div class="pagination-nav__sublabel">次へ</div><div class="pagination-nav__label">ログ</div></a></nav>
</div>
<div class="col col--3"><div class="tableOfContents"><div class="tocTitle">このページの内容</div><ul class="table-of-contents"><li><a href="#backend" class="table-of-contents__link">バックエンドの選択</a></li><li><a href="#expiry" class="table-of-contents__link">有効期間</a></li></ul></div></div>
</div></div></main></div></div>
<footer class="footer"><div class="footer__copyright">Copyright © 2024 Fernwood</div></footer>
</div></body></html>)HTML",
           {"バックエンドの選択", "メモリ型は最も速いものの再起動で消え", "\"backend\": \"disk\"", "自動では作成されません", "古い値が返され続けることがあります", "5 分から 30 分の間で始めるのが妥当です"},
           {"変更履歴", "このページの内容", "コピー", "最終更新", "Copyright © 2024 Fernwood", "ブログ"}});
}

TEST_CASE("fr: Docusaurus page, one tip admonition named \"admonitionContent\" among headed sections, pager and edit link in the footer") {
    check({"k15_fr_docs_docusaurus", R"HTML(<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Planifier des sauvegardes | Castor</title></head>
<body><div id="__docusaurus">
<nav class="navbar"><div class="navbar__inner"><a class="navbar__brand" href="/">Castor</a><a class="navbar__item" href="/docs/intro">Documentation</a><a class="navbar__item" href="/blog">Blog</a></div></nav>
<div class="main-wrapper"><div class="docPage">
<aside class="theme-doc-sidebar-container"><nav class="menu"><ul class="menu__list">
<li class="menu__list-item"><a class="menu__link" href="/docs/intro">Introduction</a></li>
<li class="menu__list-item"><a class="menu__link" href="/docs/installer">Installer Castor</a></li>
<li class="menu__list-item"><a class="menu__link menu__link--active" href="/docs/sauvegardes">Planifier des sauvegardes</a></li>
<li class="menu__list-item"><a class="menu__link" href="/docs/restaurer">Restaurer des fichiers</a></li>
<li class="menu__list-item"><a class="menu__link" href="/docs/faq">Questions fréquentes</a></li></ul></nav></aside>
<main class="docMainContainer"><div class="container"><div class="row"><div class="col docItemCol">
<article><div class="theme-doc-markdown markdown"><header><h1>Planifier des sauvegardes</h1></header>
<p>Castor peut copier vos dossiers à intervalles réguliers vers un disque externe ou un serveur distant. Cette page montre comment écrire une planification et comment vérifier qu'elle s'exécute bien.</p>
<h2 class="anchor" id="ecrire">Écrire une planification<a href="#ecrire" class="hash-link">​</a></h2>
<p>Chaque planification est un bloc du fichier de configuration qui nomme la source, la destination et la fréquence des copies.</p>
<div class="language-yaml codeBlockContainer"><div class="codeBlockContent"><pre class="prism-code language-yaml"><code>sauvegarde:
  source: ~/Documents
  destination: /mnt/externe
  frequence: quotidienne</code></pre><div class="buttonGroup"><button type="button" class="clean-btn">Copier</button></div></div></div>
<div class="theme-admonition theme-admonition-tip alert alert--success admonition"><div class="admonitionHeading"><span class="admonitionIcon">💡</span>Astuce</div><div class="admonitionContent"><p>Commencez par une fréquence quotidienne : une copie par heure remplit vite un petit disque.</p></div></div>
<h2 class="anchor" id="verifier">Vérifier l'exécution<a href="#verifier" class="hash-link">​</a></h2>
<p>Après la première copie, le journal indique la durée et le nombre de fichiers transférés. Une ligne d'erreur y signale un disque absent ou plein.</p>
</div>
<footer class="theme-doc-footer"><div class="row"><div class="col"><a href="https://example.org/castor/edit/main/docs/sauvegardes.md" class="theme-edit-this-page">Modifier cette page</a></div></div></footer>
</article>
<nav class="pagination-nav"><a class="pagination-nav__link pagination-nav__link--prev" href="/docs/installer"><div class="pagination-nav__sublabel">Précédent</div><div class="pagination-nav__label">Installer Castor</div></a><a class="pagination-nav__link pagination-nav__link--next" href="/docs/restaurer"><div class="pagination-nav__sublabel">Suivant</div><div class="pagination-nav__label">Restaurer des fichiers</div></a></nav>
</div>
<div class="col col--3"><div class="tableOfContents"><div class="tocTitle">Sur cette page</div><ul class="table-of-contents"><li><a href="#ecrire" class="table-of-contents__link">Écrire une planification</a></li><li><a href="#verifier" class="table-of-contents__link">Vérifier l'exécution</a></li></ul></div></div>
</div></div></main></div></div>
<footer class="footer"><div class="footer__copyright">Copyright © 2024 Castor</div></footer>
</div></body></html>)HTML",
           {"Écrire une planification", "nomme la source, la destination et la fréquence", "destination: /mnt/externe", "une copie par heure remplit vite un petit disque", "Vérifier l'exécution", "signale un disque absent ou plein"},
           {"Questions fréquentes", "Sur cette page", "Copier", "Modifier cette page", "Restaurer des fichiers", "Copyright © 2024 Castor"}});
}

TEST_CASE("en: Sphinx page (read-the-docs layout), note and warning admonitions, copy button, breadcrumbs with an edit link, prev/next footer") {
    check({"k15_en_docs_sphinx", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Configuring the cache — Fernwood 2.4 documentation</title></head>
<body>
<div class="wy-grid-for-nav">
<nav class="wy-nav-side"><div class="wy-side-scroll"><a href="/" class="icon icon-home">Fernwood</a>
<div class="wy-menu wy-menu-vertical" role="navigation"><p class="caption"><span class="caption-text">User guide</span></p>
<ul class="current"><li class="toctree-l1"><a class="reference internal" href="install.html">Installation</a></li>
<li class="toctree-l1"><a class="reference internal" href="quickstart.html">Quick start</a></li>
<li class="toctree-l1 current"><a class="reference internal current" href="#">Configuring the cache</a>
<ul><li class="toctree-l2"><a class="reference internal" href="#choosing-a-backend">Choosing a backend</a></li>
<li class="toctree-l2"><a class="reference internal" href="#expiry">Expiry</a></li></ul></li>
<li class="toctree-l1"><a class="reference internal" href="logging.html">Logging</a></li>
<li class="toctree-l1"><a class="reference internal" href="api.html">API reference</a></li>
<li class="toctree-l1"><a class="reference internal" href="changelog.html">Changelog</a></li></ul></div></div></nav>
<section class="wy-nav-content-wrap"><div class="wy-nav-content"><div class="rst-content">
<div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="index.html">Docs</a> »</li><li>Configuring the cache</li>
<li class="wy-breadcrumbs-aside"><a href="https://example.org/edit/main/docs/cache.rst">Edit this page</a></li></ul><hr/></div>
<div role="main" class="document"><div class="section" id="configuring-the-cache">
<h1>Configuring the cache</h1>
<p>Fernwood keeps the results of expensive lookups in a cache so that repeated requests are answered without touching the database. This page explains how to pick a backend and how long entries live.</p>
<div class="section" id="choosing-a-backend"><h2>Choosing a backend</h2>
<p>The backend is chosen in the settings file. The memory backend is fastest but is lost on restart; the disk backend survives restarts at the cost of slower reads.</p>
<div class="highlight-python notranslate"><div class="highlight"><pre><span></span>CACHE = {
    "backend": "disk",
    "path": "/var/cache/fernwood",
}
</pre><button class="copybtn" title="Copy to clipboard">Copy</button></div></div>
<div class="admonition note"><p class="admonition-title">Note</p>
<p>The disk backend needs a directory the server process can write to; it is not created for you.</p></div>
</div>
<div class="section" id="expiry"><h2>Expiry</h2>
<p>Each entry carries a time to live in seconds. When it runs out the entry is dropped on the next read, and the value is computed again from the database.</p>
<div class="admonition warning"><p class="admonition-title">Warning</p>
<p>Setting the time to live to zero disables expiry entirely, so stale values may be served for as long as the process runs.</p></div>
<p>For most sites a time to live between five and thirty minutes is a sensible start.</p>
</div></div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="quickstart.html" class="btn btn-neutral float-left" rel="prev">« Previous: Quick start</a>
<a href="logging.html" class="btn btn-neutral float-right" rel="next">Next: Logging »</a></div><hr/>
<div role="contentinfo"><p>© Copyright 2024, The Fernwood authors.</p></div>
Built with <a href="https://www.sphinx-doc.org/">Sphinx</a>.</footer>
</div></div></section>
<div class="toc-drawer"><nav class="toc"><p class="toc-title">On this page</p><ul><li><a href="#configuring-the-cache">Configuring the cache</a><ul><li><a href="#choosing-a-backend">Choosing a backend</a></li><li><a href="#expiry">Expiry</a></li></ul></li></ul></nav></div>
</div></body></html>)HTML",
           {"Choosing a backend", "the disk backend survives restarts", "\"path\": \"/var/cache/fernwood\"", "it is not created for you", "stale values may be served", "between five and thirty minutes"},
           {"API reference", "Changelog", "On this page", "Edit this page", "Previous: Quick start", "Next: Logging", "Built with"}});
}
