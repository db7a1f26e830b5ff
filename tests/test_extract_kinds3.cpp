// Page kinds nobody tuned extraction for, third round (issue 18): pages as the common publishing
// software of the web writes them, from the conventions of their markup (written for this
// suite, not copied): a WordPress theme's post (entry-content, sidebar widgets, a comment list
// with reply links, a related-posts plugin), a Drupal node and a Joomla article, a Blogger post,
// a post of a hosted newsletter platform (hashed classes, captioned figures, a subscribe box in
// the middle of the text), forum threads of phpBB, vBulletin/XenForo and Discourse shape (the
// posts ARE the content: the posts stay, signatures, user panels and post counters go), a
// question-and-answer page (the question, the accepted answer and the others stay; votes, share
// links and comments on posts go), a MediaWiki article (infobox, contents, edit links,
// references, navigation boxes, categories), a Sphinx documentation page (sidebar contents, code,
// an admonition, prev/next, "edit this page"), a news page with a live blog, an AMP page, an old
// table layout with <font> and <br> paragraphs, a shop system's product page and a recipe with
// JSON-LD and a jump-to-recipe button. German well represented; also English, French, Spanish,
// Italian, Dutch, Polish, Russian, Japanese and Chinese.
// Written before any rule was changed. A page passes when every key sentence of its main text is
// in the output and every piece of chrome is out.
//
// On main unchanged (e92613a) 8 of 16 passed whole (after a fix to this file's phpBB markup, which
// had left each post's box open). The failures: the three forum threads lose every post but the
// first (the region stays in the first post: its siblings' classes differ by a stripe, or the
// title heads another box), the XenForo one's last post taken for an author card; the live
// blog comes out nearly empty (its updates, each under a clock time and a heading, taken for a
// thread by their shape and dropped, the intro left alone); a Drupal node keeps the teaser view
// after it (three rows of a linked title, a sentence and a "read more" link); the Q&A page keeps
// the line under the answers that points to other questions; the Sphinx page loses a two-line
// code block (the promo filter's, not extraction's); the Joomla article keeps its "hits"
// counter line.
// 10 of 16 since: the posts of a thread are known by their tag and the first word of their class
// (a striped thread names its rows after it: "post bg1", "post bg2"), when their whole class
// names take one or two values; a thread may open under a title that heads another box (a page
// header over the list of posts), its posts deep in it and made of cells of one kind; a
// signature slot shown in two posts goes in every post of a striped thread; a box that is all
// of its parent's text is judged among its parent's siblings (the last short post of a thread
// is no author card) (tests/test_extract_kinds3_rules.cpp). 11 of 16 since a box's entries
// that each stand under a heading of their own, stamped with a clock time and none with its
// day, are a live blog's updates, not a thread. 12 of 16 since three or more entries of one shape
// that lost their headline line (a link line) and kept their summary after the title's prose go
// whole, with the box and heading over them (tests/test_extract_kinds3_tails.cpp). 14 of 16
// since what follows a thread's last post in the posts' box goes when it is only headings and
// short boxes with no sentence (the online count, the notice under the answers). 15 of 16 since
// a label and a count alone beside a date line dropped at the region's edge, in its box, is the
// page's hit counter and goes with the date. Left: the Sphinx page's code block (the promo filter's).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "extract_test_util.hpp"

namespace {

using Fresh = winnow::test::FreshPage;

std::string doc(const char* lang, const char* title, const std::string& head_extra, const std::string& body) {
    return std::string("<!DOCTYPE html>\n<html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + head_extra +
           "</head>\n<body>" + body + "</body></html>\n";
}

// 1. German, a WordPress theme: a post in entry-content, a related-posts plugin's three teasers
// after it, a comment list with avatars and reply links, sidebar widgets (search, recent posts,
// archives, a text widget), a footer.
Fresh de_wordpress_post() {
    return {"de: a WordPress post with a related-posts plugin, a comment list with reply links and sidebar widgets",
            doc("de", "Hochbeet aus Lärchenholz selbst bauen – Gartenglück am Stadtrand", "",
                R"(<div id="page" class="site"><header id="masthead" class="site-header"><p class="site-title"><a href="/">Gartenglück am Stadtrand</a></p>
<p class="site-description">Ein Kleingarten, zwei linke Hände und viel Geduld</p>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li><a href="/">Start</a></li><li><a href="/category/gemuese/">Gemüse</a></li><li><a href="/category/bauen/">Selbst bauen</a></li><li><a href="/ueber-mich/">Über mich</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-812" class="post-812 post type-post status-publish format-standard has-post-thumbnail hentry category-bauen tag-hochbeet">
<header class="entry-header"><h1 class="entry-title">Hochbeet aus Lärchenholz selbst bauen</h1>
<div class="entry-meta"><span class="posted-on">Veröffentlicht am <a href="/2024/04/hochbeet/" rel="bookmark"><time class="entry-date published" datetime="2024-04-14T09:30:00+02:00">14. April 2024</time></a></span><span class="byline"> von <span class="author vcard"><a class="url fn n" href="/author/jutta/">Jutta</a></span></span></div></header>
<div class="entry-content">
<p>Nach drei Jahren mit gekauften Kästen aus Kiefer, die schon im zweiten Winter morsch wurden, wollte ich ein Hochbeet, das länger hält. Lärche ist harzreich und braucht keinen Anstrich, kostet aber etwas mehr.</p>
<p>Für ein Beet von zwei Metern Länge und achtzig Zentimetern Breite habe ich zwölf Bohlen, vier Kanthölzer als Eckpfosten und eine Rolle Noppenfolie gebraucht. Die Folie schützt das Holz innen vor der feuchten Erde.</p>
<h2>Der Aufbau</h2>
<p>Zuerst habe ich die Eckpfosten gekürzt und die unterste Bohlenreihe mit Edelstahlschrauben befestigt. Wichtig ist, dass der Rahmen auf dem Boden ganz gerade steht, sonst verzieht sich alles, was darüber kommt.</p>
<p>Gegen Wühlmäuse kommt unten ein engmaschiges Drahtgitter hinein, das an den Seiten ein Stück hochgezogen wird. Danach folgen Äste, Laub, Grasschnitt und zuletzt gute Erde mit Kompost.</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Teilen mit:</h3><ul><li><a class="share-facebook" href="?share=facebook">Facebook</a></li><li><a class="share-email" href="?share=email">E-Mail</a></li></ul></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Ähnliche Beiträge</em></h3>
<div class="jp-relatedposts-items"><div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2023/05/kompost/">Kompost im Schnellverfahren</a></h4><p class="jp-relatedposts-post-context">In „Gemüse“</p></div>
<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2023/09/regentonne/">Die Regentonne richtig anschließen</a></h4><p class="jp-relatedposts-post-context">In „Selbst bauen“</p></div>
<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="/2022/06/schnecken/">Was wirklich gegen Schnecken hilft</a></h4><p class="jp-relatedposts-post-context">In „Gemüse“</p></div></div></div>
</div>
<footer class="entry-footer"><span class="cat-links">Veröffentlicht in <a href="/category/bauen/" rel="category tag">Selbst bauen</a></span><span class="tags-links">Verschlagwortet mit <a href="/tag/hochbeet/" rel="tag">Hochbeet</a></span></footer></article>
<nav class="navigation post-navigation"><h2 class="screen-reader-text">Beitragsnavigation</h2><div class="nav-links"><div class="nav-previous"><a href="/2024/03/tomaten/" rel="prev">Tomaten vorziehen auf der Fensterbank</a></div><div class="nav-next"><a href="/2024/05/bewaesserung/" rel="next">Tropfbewässerung für den Urlaub</a></div></div></nav>
<div id="comments" class="comments-area"><h2 class="comments-title">4 Gedanken zu „Hochbeet aus Lärchenholz selbst bauen“</h2>
<ol class="comment-list">
<li id="comment-201" class="comment even thread-even depth-1"><article id="div-comment-201" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="/avatar/1.png" class="avatar avatar-32" height="32" width="32"><b class="fn">Rolf</b> <span class="says">sagt:</span></div><div class="comment-metadata"><a href="#comment-201"><time datetime="2024-04-14T18:02:00+02:00">14. April 2024 um 18:02 Uhr</time></a></div></footer><div class="comment-content"><p>Sehr schön geworden! Ich habe bei meinem Beet die Folie weggelassen und nach fünf Jahren ist die Lärche immer noch ganz fest.</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=201#respond">Antworten</a></div></article>
<ol class="children"><li id="comment-202" class="comment byuser bypostauthor odd alt depth-2"><article id="div-comment-202" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="/avatar/2.png" class="avatar avatar-32" height="32" width="32"><b class="fn">Jutta</b> <span class="says">sagt:</span></div><div class="comment-metadata"><a href="#comment-202"><time datetime="2024-04-14T20:11:00+02:00">14. April 2024 um 20:11 Uhr</time></a></div></footer><div class="comment-content"><p>Danke, Rolf! Bei uns ist der Boden sehr lehmig und bleibt lange nass, deshalb wollte ich auf Nummer sicher gehen.</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=202#respond">Antworten</a></div></article></li></ol></li>
<li id="comment-205" class="comment even thread-odd depth-1"><article id="div-comment-205" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="/avatar/3.png" class="avatar avatar-32" height="32" width="32"><b class="fn">Sabine aus Kassel</b> <span class="says">sagt:</span></div><div class="comment-metadata"><a href="#comment-205"><time datetime="2024-04-16T07:45:00+02:00">16. April 2024 um 07:45 Uhr</time></a></div></footer><div class="comment-content"><p>Wie hoch ist das Beet geworden? Mein Rücken würde sich über neunzig Zentimeter freuen, aber dann braucht man ja Unmengen an Erde.</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=205#respond">Antworten</a></div></article></li>
<li id="comment-209" class="comment odd alt thread-even depth-1"><article id="div-comment-209" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="/avatar/4.png" class="avatar avatar-32" height="32" width="32"><b class="fn">Henning</b> <span class="says">sagt:</span></div><div class="comment-metadata"><a href="#comment-209"><time datetime="2024-04-17T12:30:00+02:00">17. April 2024 um 12:30 Uhr</time></a></div></footer><div class="comment-content"><p>Das Drahtgitter ist der wichtigste Tipp überhaupt, die Wühlmäuse haben mir letztes Jahr alle Möhren von unten weggefressen.</p></div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom=209#respond">Antworten</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Schreibe einen Kommentar</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert.</p><p class="comment-form-comment"><label for="comment">Kommentar *</label><textarea id="comment" name="comment"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Kommentar abschicken"></p></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Suche nach:</span><input type="search" class="search-field" placeholder="Suche …" name="s"></label><input type="submit" class="search-submit" value="Suche"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Neueste Beiträge</h2><ul><li><a href="/2024/05/bewaesserung/">Tropfbewässerung für den Urlaub</a></li><li><a href="/2024/03/tomaten/">Tomaten vorziehen auf der Fensterbank</a></li><li><a href="/2024/02/saatgut/">Saatgut tauschen im Verein</a></li></ul></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archiv</h2><ul><li><a href="/2024/05/">Mai 2024</a></li><li><a href="/2024/04/">April 2024</a></li><li><a href="/2024/03/">März 2024</a></li></ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">Über diesen Blog</h2><div class="textwidget"><p>Seit 2019 bewirtschaften wir eine Parzelle am Stadtrand und schreiben hier über Erfolge und Fehlschläge.</p></div></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info"><a href="/impressum/">Impressum</a> | <a href="/datenschutz/">Datenschutz</a> | Stolz präsentiert von WordPress</div></footer></div>)"),
            {"Nach drei Jahren mit gekauften Kästen aus Kiefer", "zwölf Bohlen, vier Kanthölzer", "die unterste Bohlenreihe mit Edelstahlschrauben",
             "ein engmaschiges Drahtgitter"},
            {"die Folie weggelassen", "Mein Rücken würde sich", "alle Möhren von unten weggefressen", "Kompost im Schnellverfahren",
             "Seit 2019 bewirtschaften wir", "Deine E-Mail-Adresse wird nicht veröffentlicht", "Saatgut tauschen im Verein", "Stolz präsentiert von"},
            {}};
}

// 2. German, a Drupal node: breadcrumb, the node's body field, a field of tags, a block of
// "more from this department" teasers with "Weiterlesen" links, a sidebar block of dates.
Fresh de_drupal_node() {
    return {"de: a Drupal node with a body field, a tags field, a teaser view block and a sidebar block",
            doc("de", "Neue Öffnungszeiten der Stadtbibliothek | Gemeinde Rotenbach", "",
                R"(<div class="dialog-off-canvas-main-canvas"><div class="layout-container"><header role="banner"><div class="region region-header"><div id="block-sitebranding"><a href="/" rel="home">Gemeinde Rotenbach</a></div></div>
<div class="region region-primary-menu"><nav role="navigation" id="block-mainnavigation"><ul class="menu"><li class="menu-item"><a href="/rathaus">Rathaus &amp; Bürgerservice</a></li><li class="menu-item"><a href="/leben">Leben in Rotenbach</a></li><li class="menu-item"><a href="/wirtschaft">Wirtschaft</a></li></ul></nav></div></header>
<div class="region region-breadcrumb"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">Startseite</a></li><li><a href="/leben">Leben in Rotenbach</a></li><li><a href="/leben/kultur">Kultur</a></li></ol></nav></div>
<main role="main"><div class="layout-content"><div class="region region-content"><div id="block-mainpagecontent">
<article role="article" about="/node/1733" class="node node--type-article node--promoted node--view-mode-full"><h1 class="page-title"><span class="field field--name-title">Neue Öffnungszeiten der Stadtbibliothek</span></h1>
<footer class="node__meta"><div class="node__submitted">Veröffentlicht von <span class="field field--name-uid"><span>redaktion</span></span> am <span class="field field--name-created">Mi., 08.05.2024 - 10:15</span></div></footer>
<div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">
<p>Ab dem 1. Juni öffnet die Stadtbibliothek im alten Amtsgericht auch am Samstagvormittag. Dafür bleibt sie montags künftig geschlossen, weil an diesem Tag erfahrungsgemäß die wenigsten Besucher kommen.</p>
<p>Die neuen Zeiten sind dienstags bis freitags von 10 bis 18 Uhr und samstags von 9 bis 13 Uhr. Die Rückgabeklappe am Seiteneingang kann weiterhin rund um die Uhr genutzt werden.</p>
<p>Bibliotheksleiterin Andrea Vogt hofft vor allem auf Familien und Berufstätige, die unter der Woche keine Zeit haben. Eine Umfrage im vergangenen Herbst hatte ergeben, dass sich fast zwei Drittel der Leser einen Samstagstermin wünschen.</p></div>
<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">Schlagworte</div><div class="field__items"><div class="field__item"><a href="/taxonomy/term/12">Bibliothek</a></div><div class="field__item"><a href="/taxonomy/term/40">Kultur</a></div></div></div></div></article></div>
<div class="views-element-container block block-views" id="block-views-block-weitere-meldungen"><h2>Weitere Meldungen aus dem Rathaus</h2><div class="view view-weitere-meldungen view-display-id-block_1"><div class="view-content">
<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/node/1729">Sperrung der Mühlenstraße verlängert</a></span></div><div class="views-field views-field-body"><div class="field-content">Die Bauarbeiten an der Kanalisation dauern zwei Wochen länger als geplant.</div></div><div class="views-field views-field-view-node"><span class="field-content"><a href="/node/1729">Weiterlesen</a></span></div></div>
<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/node/1721">Sprechstunde des Bürgermeisters im Juni</a></span></div><div class="views-field views-field-body"><div class="field-content">Bürgerinnen und Bürger können sich ab sofort für einen Termin anmelden.</div></div><div class="views-field views-field-view-node"><span class="field-content"><a href="/node/1721">Weiterlesen</a></span></div></div>
<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/node/1715">Altpapiersammlung der Vereine</a></span></div><div class="views-field views-field-body"><div class="field-content">Am Samstag sammeln Jugendfeuerwehr und Sportverein in allen Ortsteilen.</div></div><div class="views-field views-field-view-node"><span class="field-content"><a href="/node/1715">Weiterlesen</a></span></div></div></div></div></div></div></div>
<aside class="layout-sidebar-first" role="complementary"><div class="region region-sidebar-first"><div id="block-kontaktrathaus" class="block block-block-content"><h2>Kontakt</h2><div class="field field--name-body"><p>Rathaus Rotenbach, Marktplatz 1, Telefon 06621 9980, geöffnet montags bis freitags von 8 bis 12 Uhr.</p></div></div></div></aside></main>
<footer role="contentinfo"><div class="region region-footer"><nav id="block-footer"><ul class="menu"><li><a href="/impressum">Impressum</a></li><li><a href="/datenschutz">Datenschutz</a></li><li><a href="/barrierefreiheit">Erklärung zur Barrierefreiheit</a></li></ul></nav></div></footer></div></div>)"),
            {"Ab dem 1. Juni öffnet die Stadtbibliothek", "dienstags bis freitags von 10 bis 18 Uhr", "Bibliotheksleiterin Andrea Vogt hofft"},
            {"Die Bauarbeiten an der Kanalisation", "können sich ab sofort für einen Termin anmelden", "Jugendfeuerwehr und Sportverein",
             "Marktplatz 1, Telefon 06621", "Erklärung zur Barrierefreiheit"},
            {}};
}

// 3. English, a Blogger post: date header over the post, "Posted by … at …" and labels after it,
// comments as a definition list, the blog archive and the profile widget in the sidebar.
Fresh en_blogger_post() {
    return {"en: a Blogger post with a date header, a post footer with labels, dl comments and archive/profile widgets",
            doc("en", "Signal Box Diaries: Restoring the lever frame at Ashby Junction", "",
                R"(<div class="content"><div class="content-outer"><header><div class="header-outer"><div class="Header widget" id="Header1"><h1 class="title"><a href="https://signalbox.example.blogspot.com/">Signal Box Diaries</a></h1><p class="description">Notes from a volunteer on a heritage line</p></div></div></header>
<div class="main-outer"><div class="columns fauxcolumns"><div class="main-inner"><div class="column-center-outer"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>Sunday, 17 March 2024</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry uncustomized-post-template">
<h3 class="post-title entry-title">Restoring the lever frame at Ashby Junction</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-4471">The lever frame at Ashby Junction has not moved a signal since 1968, when the line closed to goods traffic. This winter four of us spent every Saturday taking it apart.<br><br>
The biggest job was the locking. Each lever is tied to the others by steel bars in a tray under the floor, so that a signal cannot show clear for a route that is set against it. Half of the bars had rusted solid and had to be soaked in oil for weeks.<br><br>
<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.example/img/frame.jpg" style="margin-left: 1em; margin-right: 1em;"><img border="0" height="300" src="https://blogger.example/img/frame-s.jpg" width="400"></a></div>
By the end of February all twenty levers could be pulled again, and the inspector from the railway company signed the frame off for use with the demonstration trains in summer.<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn">Martin Oakes</span></span> <span class="post-timestamp">at <a class="timestamp-link" href="/2024/03/lever-frame.html"><abbr class="published" title="2024-03-17T19:22:00Z">19:22</abbr></a></span> <span class="post-comment-link"></span> <span class="post-icons"><span class="item-control blog-admin"><a href="/post-edit">Edit</a></span></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Labels: <a href="/search/label/Ashby" rel="tag">Ashby</a>, <a href="/search/label/restoration" rel="tag">restoration</a></span></div>
<div class="post-share-buttons goog-inline-block"><a class="share-button sb-email" href="/share?email">Email This</a><a class="share-button sb-blog" href="/share?blog">BlogThis!</a><a class="share-button sb-twitter" href="/share?x">Share to X</a></div></div></div>
<div class="comments" id="comments"><h4>3 comments:</h4><div id="Blog1_comments-block-wrapper"><dl class="avatar-comment-indent" id="comments-block">
<dt class="comment-author" id="c881"><a href="/profile/1">Ruth Penrose</a> said...</dt><dd class="comment-body"><p>Wonderful work. My grandfather worked that box in the fifties and always said the frame was the stiffest on the whole line.</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#c881">17 March 2024 at 21:05</a></span></dd>
<dt class="comment-author" id="c882"><a href="/profile/2">Anonymous</a> said...</dt><dd class="comment-body"><p>Will the box be open to visitors on the gala weekend? I would love to bring my two boys to pull a lever.</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#c882">18 March 2024 at 08:40</a></span></dd>
<dt class="comment-author" id="c883"><a href="/profile/3">Martin Oakes</a> said...</dt><dd class="comment-body"><p>Ruth, thank you, I would love to hear more about him. Anonymous, yes, the box will be open on both days of the gala.</p></dd><dd class="comment-footer"><span class="comment-timestamp"><a href="#c883">18 March 2024 at 12:12</a></span></dd></dl></div>
<p class="comment-footer"><a href="/comment/post">Post a Comment</a></p></div></div></div></div></div>
<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="/2024/04/">Newer Post</a></span><span id="blog-pager-older-link"><a class="blog-pager-older-link" href="/2024/02/">Older Post</a></span><a class="home-link" href="/">Home</a></div>
<div class="post-feeds"><div class="feed-links">Subscribe to: <a class="feed-link" href="/feeds/comments/default">Post Comments (Atom)</a></div></div></div></div></div>
<div class="column-right-outer"><div class="sidebar section" id="sidebar-right-1"><div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><a href="/profile/3"><img alt="My photo" class="profile-img" height="80" src="/me.jpg" width="60"></a><dl class="profile-datablock"><dt class="profile-data"><a class="profile-name-link g-profile" href="/profile/3">Martin Oakes</a></dt><dd class="profile-textblock">Retired telegraph engineer, volunteer signalman and keeper of far too many old railway timetables.</dd></dl><a class="profile-link" href="/profile/3">View my complete profile</a></div></div>
<div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><div class="widget-content"><ul class="hierarchy"><li class="archivedate expanded"><a class="post-count-link" href="/2024/">2024</a> <span class="post-count">(6)</span><ul class="hierarchy"><li class="archivedate"><a class="post-count-link" href="/2024/03/">March</a> <span class="post-count">(2)</span></li><li class="archivedate"><a class="post-count-link" href="/2024/02/">February</a> <span class="post-count">(3)</span></li></ul></li><li class="archivedate collapsed"><a class="post-count-link" href="/2023/">2023</a> <span class="post-count">(14)</span></li></ul></div></div></div></div></div></div></div>
<footer><div class="footer-outer"><div class="Attribution widget"><div class="widget-content">Simple theme. Powered by <a href="https://www.blogger.example">Blogger</a>.</div></div></div></footer></div></div>)"),
            {"has not moved a signal since 1968", "The biggest job was the locking", "Half of the bars had rusted solid", "all twenty levers could be pulled again"},
            {"My grandfather worked that box", "open to visitors on the gala weekend", "Retired telegraph engineer", "Post Comments (Atom)", "Email This",
             "Powered by"},
            {}};
}

// 4. Spanish, a hosted newsletter platform: hashed class names, a subtitle, captioned figures, a
// subscribe box in the middle of the text, a like/share bar and a "more from" list after it.
Fresh es_newsletter_post() {
    return {"es: a newsletter platform's post with hashed classes, captioned figures and a subscribe box in the middle of the text",
            doc("es", "Lo que aprendí cerrando mi librería - Cartas desde Tordesillas", "",
                R"(<div class="_k2x9a"><div class="_nv3q"><a href="/" class="_nv3q-l">Cartas desde Tordesillas</a><a href="/archive" class="_nv3q-a">Archivo</a><a href="/about" class="_nv3q-a">Acerca de</a><button class="_b7t">Suscribirse</button></div>
<div class="_p0s"><div class="_p0s-h"><h1 class="_t1f">Lo que aprendí cerrando mi librería</h1><h3 class="_t1s">Once años, tres crisis y una persiana que ya no se levanta</h3>
<div class="_m4u"><a href="/@lucia"><img src="/u/lucia.jpg" width="36" height="36" alt=""></a><div><a class="_m4u-n" href="/@lucia">Lucía Herrero</a><div class="_m4u-d">12 may 2024</div></div></div>
<div class="_ac9"><a class="_ac9-l" href="#like">48</a><a class="_ac9-c" href="#comments">17</a><a class="_ac9-s" href="#share">Compartir</a></div></div>
<div class="_bd7 _bd7-markup"><p>El último día vendí un diccionario de latín y una guía de setas. Después bajé la persiana, me senté en el escalón de la entrada y me di cuenta de que no sabía qué hacer con las manos.</p>
<p>Abrí la librería en 2013 con el dinero de un despido y la ilusión de quien no ha hecho nunca las cuentas. Durante los primeros años funcionó mejor de lo que esperaba, sobre todo gracias a los colegios del pueblo.</p>
<figure><div class="_img8"><img src="/i/escaparate.jpg" width="1200" height="800" alt=""></div><figcaption class="_cap2">El escaparate en la Navidad de 2016, el mejor año de ventas.</figcaption></figure>
<p>Lo que acabó con ella no fue internet, como todo el mundo supone, sino el alquiler. Cuando el dueño del local lo subió por tercera vez, los números dejaron de salir aunque vendiera más que nunca.</p>
<div class="_sb4"><div class="_sb4-t">Cartas desde Tordesillas es una publicación gratuita. Para recibir nuevas cartas y apoyar mi trabajo, suscríbete.</div><form class="_sb4-f"><input type="email" placeholder="Escribe tu correo…"><button type="submit">Suscribirse</button></form></div>
<p>He aprendido que una librería pequeña es sobre todo un lugar donde la gente viene a hablar. Muchos clientes no compraban nada, pero sin ellos la tienda habría sido un almacén con libros.</p>
<figure><div class="_img8"><img src="/i/ultimo-dia.jpg" width="1200" height="900" alt=""></div><figcaption class="_cap2">Las estanterías vacías, la mañana después del cierre.</figcaption></figure>
<p>No sé si volveré a abrir otra. De momento escribo estas cartas, que son una manera de seguir recomendando libros a quien quiera leerlos.</p></div>
<div class="_ac9 _ac9-b"><a class="_ac9-l" href="#like">48</a><a class="_ac9-c" href="#comments">17</a><a class="_ac9-s" href="#share">Compartir</a></div>
<div class="_ft2"><div class="_ft2-h">Más de Cartas desde Tordesillas</div>
<div class="_ft2-i"><a href="/p/ferias">Las ferias del libro que sí merecen la pena</a><div class="_ft2-d">Una lista personal y muy poco objetiva de ferias pequeñas de Castilla.</div></div>
<div class="_ft2-i"><a href="/p/editoriales">Editoriales independientes que vendía sin parar</a><div class="_ft2-d">Diez sellos que mis clientes me pedían por su nombre.</div></div></div></div>
<div class="_ff"><div>© 2024 Lucía Herrero</div><a href="/privacy">Privacidad</a><a href="/tos">Términos</a><div>Publica en nuestra plataforma, es gratis y tus lectores son tuyos.</div></div></div>)"),
            {"vendí un diccionario de latín y una guía de setas", "Abrí la librería en 2013", "sino el alquiler", "una librería pequeña es sobre todo un lugar",
             "De momento escribo estas cartas"},
            {"Para recibir nuevas cartas y apoyar mi trabajo", "Una lista personal y muy poco objetiva", "Diez sellos que mis clientes",
             "Publica en nuestra plataforma"},
            {}};
}

// 5. German, a phpBB thread: every post a box with a profile panel (rank, post counter,
// registration date, place), the post's body and a signature; the posts are the content.
Fresh de_phpbb_thread() {
    const auto post = [](int id, const char* title, const char* who, const char* rank, const char* count, const char* since, const char* when,
                         const char* body, const char* signature) {
        std::string h = std::string("<div id=\"p") + std::to_string(id) + "\" class=\"post has-profile bg" + std::to_string(1 + id % 2) +
                        "\"><div class=\"inner\"><dl class=\"postprofile\" id=\"profile" + std::to_string(id) +
                        "\"><dt class=\"has-profile-rank has-avatar\"><div class=\"avatar-container\"><img class=\"avatar\" src=\"/download/file.php?avatar=" +
                        std::to_string(id) + ".png\" width=\"90\" height=\"90\" alt=\"Benutzeravatar\"></div><a href=\"/memberlist.php?mode=viewprofile&amp;u=" +
                        std::to_string(id) + "\" class=\"username\">" + who + "</a></dt><dd class=\"profile-rank\">" + rank +
                        "</dd><dd class=\"profile-posts\"><strong>Beiträge:</strong> <a href=\"/search.php?author_id=" + std::to_string(id) + "\">" + count +
                        "</a></dd><dd class=\"profile-joined\"><strong>Registriert:</strong> " + since +
                        "</dd></dl><div class=\"postbody\"><div id=\"post_content" + std::to_string(id) + "\"><h3><a href=\"#p" + std::to_string(id) + "\">" + title +
                        "</a></h3><ul class=\"post-buttons\"><li><a href=\"/posting.php?mode=quote&amp;p=" + std::to_string(id) +
                        "\" title=\"Mit Zitat antworten\" class=\"button button-icon-only\"><span>Zitieren</span></a></li></ul><p class=\"author\"><a class=\"unread\" href=\"#p" +
                        std::to_string(id) + "\">Beitrag</a> von <strong><a href=\"/memberlist.php?u=" + std::to_string(id) + "\" class=\"username\">" + who +
                        "</a></strong> » " + when + "</p><div class=\"content\">" + body + "</div></div>";
        if (signature[0] != '\0') h += std::string("<div id=\"sig") + std::to_string(id) + "\" class=\"signature\">" + signature + "</div>";
        return h + "</div></div><div class=\"back2top\"><a href=\"#top\" class=\"top\" title=\"Nach oben\">Nach oben</a></div></div><hr class=\"divider\">";
    };
    std::string posts = post(1101, "Heizung taktet ständig – Brennwerttherme", "Kalle_HH", "Mitglied", "87", "Mo 14. Mär 2016, 19:02", "So 21. Jan 2024, 10:14",
                             "Moin zusammen,<br>unsere Gastherme springt alle paar Minuten an und geht nach kurzer Zeit wieder aus. Das Haus ist von 1978, die Therme ist vier Jahre alt. Der Heizungsbauer meint, das sei normal, aber der Gasverbrauch ist deutlich gestiegen.<br>Hat jemand eine Idee, woran das liegen kann?",
                             "Gruß Kalle<br>Reihenhaus Bj. 1978, 120 m², Gastherme 20 kW");
    posts += post(1102, "Re: Heizung taktet ständig – Brennwerttherme", "Thermofux", "Moderator", "12483", "Do 3. Jan 2008, 22:40", "So 21. Jan 2024, 11:02",
                  "Das klingt nach einer zu großen Therme für das Haus. Bei zwanzig Kilowatt und einem gedämmten Reihenhaus reicht schon wenig Wärmebedarf, dass sie sofort die Vorlauftemperatur erreicht und abschaltet. Schau mal, ob sich die Mindestleistung im Servicemenü begrenzen lässt.",
                  "Wer misst, misst Mist – wer nicht misst, weiß nichts.");
    posts += post(1103, "Re: Heizung taktet ständig – Brennwerttherme", "Kalle_HH", "Mitglied", "88", "Mo 14. Mär 2016, 19:02", "So 21. Jan 2024, 18:37",
                  "Danke! Im Servicemenü stand die Heizlast auf Maximum. Wir haben sie auf elf Kilowatt gestellt und die Taktsperre auf zehn Minuten verlängert. Seitdem läuft die Therme ruhig durch.",
                  "Gruß Kalle<br>Reihenhaus Bj. 1978, 120 m², Gastherme 20 kW");
    return {"de: a phpBB thread of three posts with profile panels (rank, post counter, registration date) and signatures",
            doc("de", "Heizung taktet ständig – Brennwerttherme - Haustechnik-Forum", "",
                R"(<div id="wrap" class="wrap"><a id="top" class="top-anchor"></a><div id="page-header"><div class="headerbar"><div class="site-description"><a id="logo" class="logo" href="/index.php"><span class="site_logo"></span></a><h1>Haustechnik-Forum</h1><p>Heizung, Sanitär und Elektro für Selbermacher</p></div></div>
<div class="navbar"><ul id="nav-main" class="nav-main linklist"><li><a href="/faq.php">FAQ</a></li><li><a href="/ucp.php?mode=register">Registrieren</a></li><li><a href="/ucp.php?mode=login">Anmelden</a></li></ul><ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist"><li class="breadcrumbs"><span class="crumb"><a href="/index.php">Foren-Übersicht</a></span><span class="crumb"><a href="/viewforum.php?f=4">Heizung</a></span></li></ul></div></div>
<div id="page-body" class="page-body"><h2 class="topic-title"><a href="/viewtopic.php?t=5521">Heizung taktet ständig – Brennwerttherme</a></h2>
<div class="action-bar bar-top"><a href="/posting.php?mode=reply&amp;t=5521" class="button">Antworten</a><div class="pagination">3 Beiträge • Seite <strong>1</strong> von <strong>1</strong></div></div>
)" + posts + R"(<div class="action-bar bar-bottom"><a href="/posting.php?mode=reply&amp;t=5521" class="button">Antworten</a><div class="pagination">3 Beiträge • Seite <strong>1</strong> von <strong>1</strong></div></div>
<div class="stat-block online-list"><h3>Wer ist online?</h3><p>Mitglieder in diesem Forum: 0 Mitglieder und 4 Gäste</p></div></div>
<div id="page-footer" class="page-footer"><div class="copyright">Powered by <a href="https://www.phpbb.example/">phpBB</a>® Forum Software © phpBB Limited<br>Deutsche Übersetzung durch phpBB.de</div></div></div>)"),
            {"unsere Gastherme springt alle paar Minuten an", "Das klingt nach einer zu großen Therme", "Wir haben sie auf elf Kilowatt gestellt"},
            {"Reihenhaus Bj. 1978", "Wer misst, misst Mist", "Registriert:", "Mitglieder in diesem Forum", "Deutsche Übersetzung durch"},
            {}};
}

// 6. Russian, a vBulletin/XenForo-like thread in hashed-free but generic names: message blocks
// with a user panel (title, messages counter, city), the message, a signature under a rule.
Fresh ru_xenforo_thread() {
    const auto msg = [](int id, const char* who, const char* title, const char* count, const char* city, const char* when, const char* body,
                        const char* sig) {
        return std::string("<article class=\"message message--post\" data-author=\"") + who + "\" id=\"post-" + std::to_string(id) +
               "\"><div class=\"message-inner\"><div class=\"message-cell message-cell--user\"><section class=\"message-user\"><div class=\"message-avatar\"><img src=\"/data/avatars/m/" +
               std::to_string(id) + ".jpg\" width=\"96\" height=\"96\" alt=\"\"></div><div class=\"message-userDetails\"><h4 class=\"message-name\"><a href=\"/members/" +
               std::to_string(id) + "/\" class=\"username\">" + who + "</a></h4><h5 class=\"userTitle message-userTitle\">" + title +
               "</h5></div><div class=\"message-userExtras\"><dl class=\"pairs pairs--justified\"><dt>Сообщения</dt><dd>" + count +
               "</dd></dl><dl class=\"pairs pairs--justified\"><dt>Город</dt><dd>" + city +
               "</dd></dl></div></section></div><div class=\"message-cell message-cell--main\"><div class=\"message-main\"><header class=\"message-attribution\"><ul class=\"listInline message-attribution-main\"><li class=\"u-concealed\"><a href=\"/threads/5/post-" +
               std::to_string(id) + "\"><time class=\"u-dt\" datetime=\"2024-02-0" + std::to_string(id % 9) + "T10:00:00+0300\">" + when +
               "</time></a></li></ul><ul class=\"message-attribution-opposite\"><li><a href=\"/threads/5/post-" + std::to_string(id) + "\">#" +
               std::to_string(id - 40) + "</a></li></ul></header><div class=\"message-content\"><div class=\"message-userContent\"><article class=\"message-body\"><div class=\"bbWrapper\">" +
               body + "</div></article></div><aside class=\"message-signature\"><div class=\"bbWrapper\">" + sig +
               "</div></aside></div><footer class=\"message-footer\"><div class=\"message-actionBar actionBar\"><a href=\"/report\" class=\"actionBar-action\">Жалоба</a><a href=\"/like\" class=\"actionBar-action\">Нравится</a><a href=\"/reply\" class=\"actionBar-action\">Ответ</a></div></footer></div></div></div></article>";
    };
    std::string posts = msg(41, "Старый_Шкипер", "Активный участник", "1 204", "Петрозаводск", "3 фев 2024",
                            "Подскажите, какой мотор лучше поставить на деревянную лодку длиной пять метров? Ходить буду по Онежскому озеру, иногда с грузом. Бюджет небольшой, поэтому смотрю на подержанные моторы.",
                            "Лодка «Ладога-2», мотор «Вихрь-30», сорок лет на воде.");
    posts += msg(42, "Михаил_К", "Модератор", "8 931", "Вологда", "3 фев 2024",
                 "Для пятиметровой деревянной лодки хватит пятнадцати-двадцати сил. Больше ставить нет смысла: транец может не выдержать, а расход топлива вырастет почти вдвое.",
                 "Семь футов под килем!");
    posts += msg(43, "Старый_Шкипер", "Активный участник", "1 205", "Петрозаводск", "4 фев 2024",
                 "Спасибо. Нашёл четырёхтактный мотор на пятнадцать сил в хорошем состоянии, хозяин отдаёт его вместе с запасным винтом.",
                 "Лодка «Ладога-2», мотор «Вихрь-30», сорок лет на воде.");
    return {"ru: a XenForo-like thread of three posts with user panels (title, message counter, city) and signatures",
            doc("ru", "Мотор для деревянной лодки | Форум водномоторников", "",
                R"(<div class="p-pageWrapper"><header class="p-header"><div class="p-header-logo"><a href="/">Форум водномоторников</a></div></header>
<nav class="p-nav"><ul class="p-nav-list"><li><a href="/forums/">Форумы</a></li><li><a href="/whats-new/">Что нового</a></li><li><a href="/members/">Пользователи</a></li></ul></nav>
<div class="p-body"><div class="p-body-header"><ul class="p-breadcrumbs"><li><a href="/forums/">Форумы</a></li><li><a href="/forums/motory.7/">Моторы</a></li></ul><h1 class="p-title-value">Мотор для деревянной лодки</h1><div class="p-description">Тема в разделе «Моторы», создана пользователем Старый_Шкипер, 3 фев 2024.</div></div>
<div class="p-body-main"><div class="block block--messages"><div class="block-container">)" + posts + R"(</div></div>
<div class="block-outer"><div class="shareButtons"><span>Поделиться:</span><a href="/share/vk">ВКонтакте</a><a href="/share/tg">Telegram</a></div></div></div>
<div class="p-body-sidebar"><div class="block"><h3 class="block-minorHeader">Похожие темы</h3><ul><li><a href="/threads/1/">Какую лодку выбрать новичку</a></li><li><a href="/threads/2/">Консервация мотора на зиму</a></li></ul></div></div></div>
<footer class="p-footer"><div class="p-footer-copyright">Форум работает на движке, разработанном сторонней компанией. Все права защищены.</div></footer></div>)"),
            {"какой мотор лучше поставить на деревянную лодку", "хватит пятнадцати-двадцати сил", "Нашёл четырёхтактный мотор"},
            {"сорок лет на воде", "Семь футов под килем", "Консервация мотора на зиму", "Форум работает на движке"},
            {}};
}

// 7. Chinese, a Discourse-like thread: topic title, posts as cooked divs under names and ages,
// the "suggested topics" table after them, a sidebar of categories.
Fresh zh_discourse_thread() {
    const auto post = [](int n, const char* who, const char* age, const char* body) {
        return std::string("<div class=\"topic-post clearfix regular\"><article id=\"post_") + std::to_string(n) +
               "\" class=\"boxed onscreen-post\" data-post-id=\"" + std::to_string(900 + n) + "\"><div class=\"row\"><div class=\"topic-avatar\"><a class=\"trigger-user-card\" href=\"/u/" + who +
               "\"><img width=\"48\" height=\"48\" src=\"/user_avatar/" + std::to_string(n) +
               ".png\" class=\"avatar\" alt=\"\"></a></div><div class=\"topic-body clearfix\"><div class=\"topic-meta-data\"><div class=\"names trigger-user-card\"><span class=\"first username\"><a href=\"/u/" +
               who + "\">" + who + "</a></span></div><div class=\"post-infos\"><div class=\"post-info post-date\"><a class=\"post-date\" href=\"/t/88/" + std::to_string(n) +
               "\"><span class=\"relative-date\">" + age + "</span></a></div></div></div><div class=\"regular contents\"><div class=\"cooked\">" + body +
               "</div><section class=\"post-menu-area clearfix\"><nav class=\"post-controls\"><button class=\"like\">赞</button><button class=\"share\">分享</button><button class=\"reply\">回复</button></nav></section></div></div></div></article></div>";
    };
    std::string posts = post(1, "xiaolin", "3 天",
                             "<p>我们团队准备把旧的定时任务从 cron 迁到一个任务队列，每天大约有两万个任务，大部分是发邮件和生成报表。</p><p>大家在生产环境里用过哪些方案？最担心的是任务丢失和重复执行。</p>");
    posts += post(2, "chen_ops", "3 天",
                  "<p>两万个任务量不大，用 Redis 做队列就够了。关键是任务要写成幂等的，这样重复执行也不会出问题，比追求“只执行一次”简单得多。</p>");
    posts += post(3, "xiaolin", "2 天",
                  "<p>谢谢，我们先按这个思路改了报表任务，每个任务带一个批次号，重复执行时直接跳过，目前运行了两天没有问题。</p>");
    return {"zh: a Discourse-like thread of three posts with user cards, relative ages, post controls and suggested topics after it",
            doc("zh", "定时任务迁移到任务队列的经验？ - 运维交流社区", "",
                R"(<section id="main"><header class="d-header"><div class="wrap"><div class="contents"><div class="title"><a href="/">运维交流社区</a></div><div class="panel"><a class="login-button" href="/login">登录</a><a class="sign-up-button" href="/signup">注册</a></div></div></div></header>
<div id="main-outlet" class="wrap"><div class="sidebar-wrapper"><div class="sidebar-sections"><div class="sidebar-section-header">类别</div><ul><li><a href="/c/linux/4">Linux</a></li><li><a href="/c/db/5">数据库</a></li><li><a href="/c/jobs/9">招聘</a></li></ul></div></div>
<div class="container posts"><div id="topic-title"><h1><a href="/t/88" class="fancy-title">定时任务迁移到任务队列的经验？</a></h1><div class="topic-category"><a href="/c/linux/4">Linux</a></div></div>
<div class="topic-area"><div class="post-stream">)" + posts + R"(</div></div>
<div id="suggested-topics" class="suggested-topics"><h3 class="suggested-topics-title">推荐话题</h3><table class="topic-list"><tbody>
<tr class="topic-list-item"><td class="main-link"><a href="/t/51" class="title">日志采集用什么方案比较省资源</a></td><td class="num posts">12</td><td class="age">5 月</td></tr>
<tr class="topic-list-item"><td class="main-link"><a href="/t/62" class="title">数据库主从切换后连接池报错</a></td><td class="num posts">7</td><td class="age">4 月</td></tr></tbody></table></div></div></div>
<footer class="footer"><p>本社区内容仅代表作者个人观点，转载请注明出处。</p></footer></section>)"),
            {"每天大约有两万个任务", "关键是任务要写成幂等的", "每个任务带一个批次号"},
            {"日志采集用什么方案比较省资源", "本社区内容仅代表作者个人观点", "数据库主从切换后连接池报错"},
            {}};
}

// 8. French, a question-and-answer site: the question, the accepted answer and a second answer,
// each with a vote cell, "share / improve / follow" links, a user card and comments on the post.
Fresh fr_qa_page() {
    const auto answer = [](int id, bool accepted, const char* votes, const char* body, const char* who, const char* rep, const char* comment) {
        return std::string("<div id=\"answer-") + std::to_string(id) + "\" class=\"answer js-answer" + (accepted ? " accepted-answer" : "") +
               "\" data-answerid=\"" + std::to_string(id) + "\"><div class=\"post-layout\"><div class=\"votecell post-layout--left\"><div class=\"js-voting-container\"><button class=\"js-vote-up-btn\" aria-label=\"Voter pour\"></button><div class=\"js-vote-count\">" +
               votes + "</div><button class=\"js-vote-down-btn\" aria-label=\"Voter contre\"></button>" +
               (accepted ? "<div class=\"js-accepted-answer-indicator\" title=\"Réponse acceptée\"></div>" : "") +
               "</div></div><div class=\"answercell post-layout--right\"><div class=\"s-prose js-post-body\" itemprop=\"text\">" + body +
               "</div><div class=\"mt24\"><div class=\"post-menu\"><a href=\"/a/" + std::to_string(id) + "\" class=\"js-share-link\">Partager</a><a href=\"/posts/" +
               std::to_string(id) + "/edit\">Améliorer cette réponse</a><button class=\"js-follow-post\">Suivre</button></div><div class=\"post-signature\"><div class=\"user-info\"><div class=\"user-action-time\">répondu le <span class=\"relativetime\">12 mars 2024 à 14:20</span></div><div class=\"user-gravatar32\"><img src=\"/u/" +
               std::to_string(id) + ".png\" width=\"32\" height=\"32\" alt=\"\"></div><div class=\"user-details\"><a href=\"/users/" + std::to_string(id) + "\">" + who +
               "</a><div class=\"-flair\"><span class=\"reputation-score\">" + rep +
               "</span></div></div></div></div></div></div><div class=\"post-layout--right js-post-comments-component\"><ul class=\"comments-list js-comments-list\"><li class=\"comment js-comment\"><div class=\"comment-score\"><span>3</span></div><div class=\"comment-text\"><span class=\"comment-copy\">" +
               comment + "</span> – <a href=\"/users/77\" class=\"comment-user\">pierre_l</a> <span class=\"comment-date\">12 mars 2024 à 15:02</span></div></li></ul><a class=\"js-add-link comments-link\" href=\"#\">Ajouter un commentaire</a></div></div></div>";
    };
    const std::string answers =
        answer(501, true, "27",
               "<p>Le problème vient de l'ordre des opérations : <code>fetchall()</code> charge toutes les lignes en mémoire avant que la boucle ne commence. Avec dix millions de lignes, le processus manque de mémoire bien avant la fin.</p><p>Utilisez plutôt un curseur côté serveur et lisez les lignes par lots :</p><pre><code>cur = conn.cursor(name=\"export\")\ncur.itersize = 5000\nfor row in cur:\n    ecrire(row)</code></pre><p>Seules cinq mille lignes sont alors en mémoire à la fois.</p>",
               "Claire Dubosc", "18,4k", "Parfait, l'export passe maintenant en douze minutes sans dépasser trois cents mégaoctets.") +
        answer(502, false, "6",
               "<p>Si vous n'avez besoin que d'un fichier CSV, la commande <code>COPY</code> de PostgreSQL fait tout le travail côté serveur et sera encore plus rapide qu'une boucle en Python.</p>",
               "Yann Morvan", "3 211", "Bonne idée, mais je dois transformer certaines colonnes avant l'écriture.");
    return {"fr: a question-and-answer page: the question, an accepted answer and a second one, with votes, post menus, user cards and comments on posts",
            doc("fr", "python - Export de dix millions de lignes PostgreSQL : le processus manque de mémoire - Questions techniques", "",
                R"(<header class="s-topbar"><div class="s-topbar--container"><a href="/" class="s-topbar--logo">Questions techniques</a><ol class="s-navigation"><li><a href="/questions">Questions</a></li><li><a href="/tags">Étiquettes</a></li><li><a href="/users">Utilisateurs</a></li></ol><form id="search" class="s-topbar--searchbar"><input name="q" type="text" placeholder="Rechercher…"></form></div></header>
<div class="container"><div id="left-sidebar" class="left-sidebar"><nav role="navigation"><ol class="nav-links"><li><a href="/">Accueil</a></li><li><a href="/questions">Questions</a></li><li><a href="/tags">Étiquettes</a></li><li><a href="/jobs">Offres d'emploi</a></li></ol></nav></div>
<div id="content"><div id="question-header"><h1 itemprop="name" class="fs-headline1"><a href="/questions/7781/export" class="question-hyperlink">Export de dix millions de lignes PostgreSQL : le processus manque de mémoire</a></h1><a href="/questions/ask" class="s-btn">Poser une question</a></div>
<div class="d-flex"><div title="2024-03-12 13:05:41Z">Posée le 12 mars 2024</div><div>Vue 2k fois</div></div>
<div id="mainbar" role="main"><div class="question js-question" id="question" data-questionid="7781"><div class="post-layout"><div class="votecell post-layout--left"><div class="js-voting-container"><button class="js-vote-up-btn" aria-label="Voter pour"></button><div class="js-vote-count">31</div><button class="js-vote-down-btn" aria-label="Voter contre"></button></div></div>
<div class="postcell post-layout--right"><div class="s-prose js-post-body" itemprop="text"><p>J'exporte une table de dix millions de lignes vers un fichier avec psycopg2. Au bout de quelques minutes, le processus est tué par le système parce qu'il utilise plus de huit gigaoctets.</p><pre><code>cur = conn.cursor()\ncur.execute("SELECT * FROM mesures")\nfor row in cur.fetchall():\n    ecrire(row)</code></pre><p>Comment lire les lignes sans tout charger en mémoire ?</p></div>
<div class="post-taglist"><ul class="js-post-tag-list-wrapper"><li><a href="/questions/tagged/python" class="post-tag">python</a></li><li><a href="/questions/tagged/postgresql" class="post-tag">postgresql</a></li></ul></div>
<div class="post-menu"><a href="/q/7781" class="js-share-link">Partager</a><a href="/posts/7781/edit">Améliorer cette question</a><button class="js-follow-post">Suivre</button></div>
<div class="post-signature owner"><div class="user-info"><div class="user-action-time">posée le <span class="relativetime">12 mars 2024 à 13:05</span></div><div class="user-details"><a href="/users/991">tomh</a><div class="-flair"><span class="reputation-score">412</span></div></div></div></div></div></div></div>
<div id="answers"><div id="answers-header"><h2 class="mb0">2 réponses</h2><div class="js-sort-answers"><label>Trier par :</label><select><option selected>Score le plus élevé (par défaut)</option><option>Date de modification</option></select></div></div>)" + answers + R"(
<h2 class="bottom-notice">Ce n'est pas la réponse que vous cherchez ? Parcourez d'autres questions étiquetées <a href="/questions/tagged/python" class="post-tag">python</a> ou posez votre propre question.</h2></div></div>
<div id="sidebar" class="show-votes"><div class="s-sidebarwidget"><div class="s-sidebarwidget--header">Questions liées</div><div class="s-sidebarwidget--content"><div class="related"><a href="/questions/12/">Lire un gros fichier CSV ligne par ligne</a></div><div class="related"><a href="/questions/13/">Curseur nommé ou curseur client avec psycopg2</a></div></div></div></div></div></div>
<footer id="footer" class="site-footer"><p class="site-footer--copyright">Les contributions des utilisateurs sont sous licence CC BY-SA.</p></footer>)"),
            {"J'exporte une table de dix millions de lignes", "Comment lire les lignes sans tout charger en mémoire", "Le problème vient de l'ordre des opérations",
             "cur.itersize = 5000", "la commande COPY de PostgreSQL fait tout le travail"},
            {"l'export passe maintenant en douze minutes", "je dois transformer certaines colonnes", "Curseur nommé ou curseur client",
             "Les contributions des utilisateurs sont sous licence", "Ce n'est pas la réponse que vous cherchez"},
            {}};
}

// 9. German, a MediaWiki article: the infobox table, the table of contents, headings with edit
// links, a footnote reference list, a navigation box and the category links.
Fresh de_mediawiki_article() {
    return {"de: a MediaWiki article with an infobox, a table of contents, edit links, references, a navigation box and categories",
            doc("de", "Wasserturm Grünhagen – Heimatwiki Nordheide", "",
                R"(<div id="mw-page-base" class="noprint"></div><div id="content" class="mw-body" role="main"><a id="top"></a>
<h1 id="firstHeading" class="firstHeading mw-first-heading"><span class="mw-page-title-main">Wasserturm Grünhagen</span></h1>
<div id="bodyContent" class="vector-body"><div id="siteSub" class="noprint">Aus Heimatwiki Nordheide</div><div id="contentSub"></div><div id="jump-to-nav"></div><a class="mw-jump-link" href="#mw-head">Zur Navigation springen</a> <a class="mw-jump-link" href="#searchInput">Zur Suche springen</a>
<div id="mw-content-text" class="mw-body-content mw-content-ltr" lang="de" dir="ltr"><div class="mw-parser-output">
<table class="infobox wikitable float-right"><tbody><tr><th colspan="2">Wasserturm Grünhagen</th></tr><tr><td colspan="2"><img src="/images/turm.jpg" width="220" height="300" alt=""></td></tr><tr><td>Baujahr</td><td>1911</td></tr><tr><td>Höhe</td><td>32 m</td></tr><tr><td>Fassungsvermögen</td><td>300 m³</td></tr><tr><td>Status</td><td>Baudenkmal</td></tr></tbody></table>
<p>Der <b>Wasserturm Grünhagen</b> ist ein 32 Meter hoher Backsteinturm am Nordrand des Dorfes Grünhagen. Er versorgte von 1911 bis 1974 die umliegenden Höfe mit Trinkwasser und steht heute unter Denkmalschutz.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup></p>
<div id="toc" class="toc" role="navigation"><input type="checkbox" role="button" id="toctogglecheckbox" class="toctogglecheckbox" style="display:none"><div class="toctitle" lang="de" dir="ltr"><h2 id="mw-toc-heading">Inhaltsverzeichnis</h2></div><ul><li class="toclevel-1 tocsection-1"><a href="#Geschichte"><span class="tocnumber">1</span> <span class="toctext">Geschichte</span></a></li><li class="toclevel-1 tocsection-2"><a href="#Bauweise"><span class="tocnumber">2</span> <span class="toctext">Bauweise</span></a></li><li class="toclevel-1 tocsection-3"><a href="#Einzelnachweise"><span class="tocnumber">3</span> <span class="toctext">Einzelnachweise</span></a></li></ul></div>
<h2><span class="mw-headline" id="Geschichte">Geschichte</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Wasserturm&amp;action=edit&amp;section=1" title="Abschnitt bearbeiten: Geschichte">Bearbeiten</a><span class="mw-editsection-bracket">]</span></span></h2>
<p>Den Bau beschloss die Wassergenossenschaft Grünhagen im Jahr 1909, nachdem mehrere Brunnen im trockenen Sommer versiegt waren. Die Pläne stammten vom Kreisbaumeister, die Ausführung übernahm eine Ziegelei aus dem Nachbarort.<sup id="cite_ref-2" class="reference"><a href="#cite_note-2">[2]</a></sup></p>
<p>Nach dem Anschluss an die zentrale Wasserversorgung verlor der Turm 1974 seine Aufgabe. Ein Förderverein verhinderte in den achtziger Jahren den Abriss und ließ das Dach neu eindecken.</p>
<h2><span class="mw-headline" id="Bauweise">Bauweise</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Wasserturm&amp;action=edit&amp;section=2" title="Abschnitt bearbeiten: Bauweise">Bearbeiten</a><span class="mw-editsection-bracket">]</span></span></h2>
<p>Der runde Schaft aus rotem Backstein trägt einen stählernen Behälter nach dem System Intze, der von einer achteckigen Fachwerkverkleidung umgeben ist.</p>
<h2><span class="mw-headline" id="Einzelnachweise">Einzelnachweise</span><span class="mw-editsection"><span class="mw-editsection-bracket">[</span><a href="/index.php?title=Wasserturm&amp;action=edit&amp;section=3">Bearbeiten</a><span class="mw-editsection-bracket">]</span></span></h2>
<div class="mw-references-wrap"><ol class="references"><li id="cite_note-1"><span class="mw-cite-backlink"><a href="#cite_ref-1">↑</a></span> <span class="reference-text">Landkreis Nordheide: <i>Denkmalliste der Gemeinde Grünhagen.</i> Stand 2019, S. 14.</span></li><li id="cite_note-2"><span class="mw-cite-backlink"><a href="#cite_ref-2">↑</a></span> <span class="reference-text">Chronik der Wassergenossenschaft Grünhagen, Handschrift im Gemeindearchiv.</span></li></ol></div>
<div role="navigation" class="navbox" aria-labelledby="Baudenkmäler"><table class="navbox-inner"><tbody><tr><th class="navbox-title" colspan="2"><div id="Baudenkmäler">Baudenkmäler in der Samtgemeinde Nordheide</div></th></tr><tr><td class="navbox-list"><a href="/wiki/Kirche_Grünhagen">Dorfkirche Grünhagen</a> · <a href="/wiki/Mühle_Ellerbrook">Windmühle Ellerbrook</a> · <a href="/wiki/Schafstall">Schafstall am Heidweg</a> · <a href="/wiki/Pfarrhaus">Altes Pfarrhaus</a></td></tr></tbody></table></div>
</div><noscript><img src="/index.php?title=Spezial:CentralAutoLogin/start" alt="" width="1" height="1"></noscript>
<div class="printfooter">Abgerufen von „<a dir="ltr" href="/index.php?title=Wasserturm_Grünhagen&amp;oldid=4410">/index.php?title=Wasserturm_Grünhagen&amp;oldid=4410</a>“</div></div>
<div id="catlinks" class="catlinks" data-mw="interface"><div id="mw-normal-catlinks" class="mw-normal-catlinks"><a href="/wiki/Spezial:Kategorien" title="Spezial:Kategorien">Kategorien</a>: <ul><li><a href="/wiki/Kategorie:Wasserturm">Wasserturm</a></li><li><a href="/wiki/Kategorie:Baudenkmal">Baudenkmal in der Nordheide</a></li><li><a href="/wiki/Kategorie:Erbaut_1911">Erbaut in den 1910er Jahren</a></li></ul></div></div></div></div>
<div id="mw-navigation"><div id="mw-panel"><div id="p-navigation" class="vector-menu portal"><h3>Navigation</h3><ul><li><a href="/wiki/Hauptseite">Hauptseite</a></li><li><a href="/wiki/Spezial:Letzte_Änderungen">Letzte Änderungen</a></li><li><a href="/wiki/Spezial:Zufällige_Seite">Zufällige Seite</a></li></ul></div></div></div>
<div id="footer" role="contentinfo"><ul id="footer-info"><li id="footer-info-lastmod"> Diese Seite wurde zuletzt am 2. Mai 2024 um 09:12 Uhr bearbeitet.</li><li id="footer-info-copyright">Der Inhalt ist verfügbar unter der Lizenz Creative Commons Namensnennung, sofern nicht anders angegeben.</li></ul></div>)"),
            {"ist ein 32 Meter hoher Backsteinturm", "Den Bau beschloss die Wassergenossenschaft", "Ein Förderverein verhinderte", "nach dem System Intze"},
            {"Zur Navigation springen", "Windmühle Ellerbrook", "Erbaut in den 1910er Jahren", "Diese Seite wurde zuletzt", "Zufällige Seite", "Abgerufen von"},
            {}};
}

// 10. Japanese, a Sphinx documentation page: the sidebar's table of contents, a headerlink "¶"
// after each heading, code blocks, a note admonition, prev/next links and a footer.
Fresh ja_sphinx_docs() {
    return {"ja: a Sphinx documentation page with a sidebar toc, headerlinks, code blocks, a note admonition and prev/next",
            doc("ja", "ログの設定 — Kumo 2.3 ドキュメント", "",
                R"(<div class="wy-grid-for-nav"><nav data-toggle="wy-nav-shift" class="wy-nav-side"><div class="wy-side-scroll"><div class="wy-side-nav-search"><a href="index.html" class="icon icon-home">Kumo</a><div class="version">2.3</div><div role="search"><form id="rtd-search-form" class="wy-form" action="search.html" method="get"><input type="text" name="q" placeholder="ドキュメントを検索"></form></div></div>
<div class="wy-menu wy-menu-vertical" role="navigation" aria-label="Navigation menu"><p class="caption" role="heading"><span class="caption-text">ユーザーガイド</span></p><ul class="current"><li class="toctree-l1"><a class="reference internal" href="install.html">インストール</a></li><li class="toctree-l1"><a class="reference internal" href="config.html">設定ファイル</a></li><li class="toctree-l1 current"><a class="current reference internal" href="#">ログの設定</a></li><li class="toctree-l1"><a class="reference internal" href="deploy.html">本番環境への配置</a></li><li class="toctree-l1"><a class="reference internal" href="faq.html">よくある質問</a></li></ul></div></div></nav>
<section data-toggle="wy-nav-shift" class="wy-nav-content-wrap"><div class="wy-nav-content"><div class="rst-content"><div role="navigation" aria-label="Page navigation"><ul class="wy-breadcrumbs"><li><a href="index.html" class="icon icon-home"></a> »</li><li>ログの設定</li><li class="wy-breadcrumbs-aside"><a href="https://git.example/kumo/blob/main/docs/logging.rst" class="fa fa-github"> GitHub で編集</a></li></ul><hr></div>
<div role="main" class="document" itemscope="itemscope" itemtype="http://schema.org/Article"><div itemprop="articleBody"><section id="logging">
<h1>ログの設定<a class="headerlink" href="#logging" title="このヘッドラインへのパーマリンク">¶</a></h1>
<p>Kumo は標準ライブラリの logging モジュールを使ってログを出力します。既定では警告以上のメッセージだけが標準エラー出力に書き出されます。</p>
<section id="level"><h2>ログレベルを変える<a class="headerlink" href="#level" title="このヘッドラインへのパーマリンク">¶</a></h2>
<p>設定ファイルの <code class="docutils literal notranslate"><span class="pre">log_level</span></code> で出力するレベルを指定できます。</p>
<div class="highlight-toml notranslate"><div class="highlight"><pre><span></span><span class="k">[logging]</span>
<span class="n">log_level</span> <span class="o">=</span> <span class="s">"debug"</span>
</pre></div></div>
<div class="admonition note"><p class="admonition-title">注釈</p><p>debug レベルではリクエストの本文もログに残るため、本番環境では使わないでください。</p></div></section>
<section id="file"><h2>ファイルに書き出す<a class="headerlink" href="#file" title="このヘッドラインへのパーマリンク">¶</a></h2>
<p>ログをファイルに保存するには、ハンドラーを追加してからアプリケーションを起動します。ファイルは一日ごとに切り替わり、七日分が保存されます。</p>
<div class="highlight-python notranslate"><div class="highlight"><pre><span></span><span class="kn">from</span> <span class="nn">kumo.log</span> <span class="kn">import</span> <span class="n">rotating_file</span>
<span class="n">rotating_file</span><span class="p">(</span><span class="s2">"/var/log/kumo/app.log"</span><span class="p">,</span> <span class="n">keep_days</span><span class="o">=</span><span class="mi">7</span><span class="p">)</span>
</pre></div></div></section></section></div></div>
<footer><div class="rst-footer-buttons" role="navigation" aria-label="Footer"><a href="config.html" class="btn btn-neutral float-left" title="設定ファイル" accesskey="p" rel="prev"><span class="fa fa-arrow-circle-left"></span> 前へ</a><a href="deploy.html" class="btn btn-neutral float-right" title="本番環境への配置" accesskey="n" rel="next">次へ <span class="fa fa-arrow-circle-right"></span></a></div><hr>
<div role="contentinfo"><p>© Copyright 2024, Kumo 開発チーム。</p></div>Sphinx と Read the Docs のテーマで構築されています。</footer></div></div></section></div>)"),
            {"標準ライブラリの logging モジュール", "で出力するレベルを指定できます", "log_level = \"debug\"", "本番環境では使わないでください",
             "ファイルは一日ごとに切り替わり", "rotating_file(\"/var/log/kumo/app.log\", keep_days=7)"},
            {"本番環境への配置", "よくある質問", "GitHub で編集", "Sphinx と Read the Docs のテーマで構築されています", "© Copyright 2024"},
            {}};
}

// 11. German, a news page with a live blog: the intro, then updates, each under a clock time and a
// heading, newest first; a "Mehr zum Thema" box and a newsletter teaser around it.
Fresh de_liveblog() {
    const auto update = [](const char* time, const char* head, const char* text) {
        return std::string("<article class=\"lb-entry\"><div class=\"lb-entry__time\"><time datetime=\"2024-06-08T") + time + ":00+02:00\">" + time +
               " Uhr</time></div><h3 class=\"lb-entry__headline\">" + head + "</h3><div class=\"lb-entry__text\"><p>" + text +
               "</p></div><div class=\"lb-entry__share\"><a href=\"#share\">Teilen</a></div></article>";
    };
    const std::string updates =
        update("16:40", "Pegel in Bad Kellen sinkt langsam", "Am Pegel Bad Kellen ist der Wasserstand seit dem Mittag um zwölf Zentimeter gefallen. Die Feuerwehr warnt dennoch davor, die gesperrten Uferwege zu betreten.") +
        update("14:05", "Notunterkunft in der Stadthalle geöffnet", "Für die Bewohner der evakuierten Straßen hat die Stadt die Stadthalle als Notunterkunft eingerichtet. Bisher haben dort rund achtzig Menschen übernachtet.") +
        update("11:30", "Bahnstrecke nach Ulmfeld gesperrt", "Wegen eines unterspülten Gleises fahren zwischen Bad Kellen und Ulmfeld bis auf Weiteres keine Züge. Ein Ersatzverkehr mit Bussen ist eingerichtet.") +
        update("09:15", "Landrat ruft Katastrophenfall aus", "Der Landrat hat am Morgen den Katastrophenfall für den Landkreis ausgerufen. Damit können Hilfskräfte aus anderen Kreisen angefordert werden.");
    return {"de: a news page with a live blog of four updates under clock times and headings, a related box and a newsletter teaser",
            doc("de", "Hochwasser im Kellertal: Alle Entwicklungen im Liveblog | Kellertaler Rundschau", "",
                R"(<header class="site-head"><a href="/" class="logo">Kellertaler Rundschau</a><nav class="ressorts"><a href="/region">Region</a><a href="/politik">Politik</a><a href="/sport">Sport</a><a href="/abo">Abo</a></nav></header>
<main class="page"><article class="article article--liveblog"><header class="article__header"><span class="article__kicker">Liveblog</span><h1 class="article__title">Hochwasser im Kellertal: Alle Entwicklungen</h1><p class="article__intro">Nach tagelangem Regen sind mehrere Orte im Kellertal überflutet. Wir berichten laufend über die Lage.</p><div class="article__meta">Aktualisiert am 08.06.2024, 16:40 Uhr</div></header>
<div class="liveblog"><div class="liveblog__refresh"><button>Neue Einträge laden</button></div>)" + updates + R"(</div>
<aside class="teaser-box"><h2 class="teaser-box__title">Mehr zum Thema</h2><ul><li><a href="/region/pegel-karte">Karte: Die aktuellen Pegelstände im Landkreis</a></li><li><a href="/region/versicherung">Was zahlt die Versicherung bei Hochwasserschäden?</a></li></ul></aside>
<div class="newsletter-box"><p class="newsletter-box__text">Der Morgen-Newsletter der Rundschau: Die wichtigsten Nachrichten aus der Region jeden Werktag um sechs Uhr.</p><form><input type="email" placeholder="Ihre E-Mail-Adresse"><button>Jetzt anmelden</button></form></div></article></main>
<footer class="site-foot"><a href="/impressum">Impressum</a> <a href="/agb">AGB</a> <p>Alle Rechte vorbehalten. Vervielfältigung nur mit Genehmigung der Kellertaler Verlagsgesellschaft.</p></footer>)"),
            {"Am Pegel Bad Kellen ist der Wasserstand", "hat die Stadt die Stadthalle als Notunterkunft", "Wegen eines unterspülten Gleises",
             "Der Landrat hat am Morgen den Katastrophenfall"},
            {"Was zahlt die Versicherung", "Die wichtigsten Nachrichten aus der Region jeden Werktag", "Vervielfältigung nur mit Genehmigung"},
            {}};
}

// 12. Italian, an AMP page: amp-img, an amp-ad between paragraphs, an amp-sidebar menu, a
// social share bar and an "also read" list.
Fresh it_amp_page() {
    return {"it: an AMP article with amp-img, an amp-ad between paragraphs, an amp-sidebar menu and share bar",
            doc("it", "Il ritorno della cicogna nera in Val Trebbia - Notizie Appennino", R"(<link rel="canonical" href="https://appennino.example/natura/cicogna-nera"><style amp-custom>body{font-family:serif}</style>)",
                R"(<amp-sidebar id="menu" layout="nodisplay" side="left"><ul><li><a href="/">Home</a></li><li><a href="/cronaca">Cronaca</a></li><li><a href="/natura">Natura</a></li><li><a href="/sport">Sport</a></li></ul></amp-sidebar>
<header class="amp-header"><button on="tap:menu.toggle" class="hamburger">☰</button><a href="/" class="amp-logo">Notizie Appennino</a></header>
<article class="amp-article"><header><div class="amp-category"><a href="/natura">Natura</a></div><h1 class="amp-title">Il ritorno della cicogna nera in Val Trebbia</h1><div class="amp-byline">di Giulia Ferrari · 22 maggio 2024</div></header>
<amp-img src="/img/cicogna.jpg" width="1200" height="675" layout="responsive" alt="Una cicogna nera in volo"></amp-img>
<div class="amp-content"><p>Per la prima volta da oltre trent'anni una coppia di cicogne nere ha costruito il nido su una parete rocciosa della Val Trebbia. Lo hanno confermato i guardiaparco dopo settimane di osservazioni.</p>
<p>La cicogna nera è molto più schiva della parente bianca: evita i centri abitati e nidifica in boschi tranquilli vicino a fiumi ricchi di pesce. In tutta Italia se ne contano poche decine di coppie.</p>
<amp-ad width="300" height="250" type="adnetwork" data-slot="/123/amp_mid"><div placeholder>Pubblicità</div></amp-ad>
<p>Per non disturbare gli uccelli, il sentiero che passa sotto la parete resterà chiuso fino alla fine di luglio. I visitatori potranno seguire la cova da un punto di osservazione allestito sull'altra sponda del fiume.</p></div>
<div class="amp-share"><amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="whatsapp" width="40" height="40"></amp-social-share><amp-social-share type="email" width="40" height="40"></amp-social-share></div>
<section class="amp-related"><h2>Leggi anche</h2><ul><li><a href="/natura/lupi">I lupi tornano sulle colline di Bobbio</a></li><li><a href="/natura/fiume">Il fiume più pulito d'Europa? Lo studio divide gli esperti</a></li></ul></section></article>
<footer class="amp-footer"><p>Notizie Appennino, testata registrata presso il Tribunale di Piacenza. Tutti i diritti riservati.</p><a href="/natura/cicogna-nera">Versione completa</a></footer>)"),
            {"una coppia di cicogne nere ha costruito il nido", "La cicogna nera è molto più schiva", "il sentiero che passa sotto la parete resterà chiuso"},
            {"I lupi tornano sulle colline", "testata registrata presso il Tribunale", "Versione completa"},
            {}};
}

// 13. Spanish, an old table layout: a <font face> headline, paragraphs parted only by <br><br> in
// a <font size=2>, a left column of links, a counter and a webring line at the bottom.
Fresh es_table_font_page() {
    return {"es: an old table-layout page, a <font> headline and <br><br> paragraphs, a link column, a visit counter and a webring line",
            doc("es", "Historia del tranvía de Valdeluz", "",
                R"(<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td colspan="2"><img src="/img/cabecera.gif" width="760" height="90" alt="Asociación de Amigos del Ferrocarril de Valdeluz"></td></tr>
<tr><td width="160" valign="top" bgcolor="#ffffcc"><font face="Verdana" size="2"><a href="/index.htm">Inicio</a><br><a href="/historia.htm">Historia</a><br><a href="/fotos.htm">Fotografías</a><br><a href="/socios.htm">Hazte socio</a><br><a href="/enlaces.htm">Enlaces</a><br><br><img src="/img/contador.gif" width="88" height="31"><br>Visitas desde 1999: 48213</font></td>
<td width="600" valign="top"><font face="Georgia" size="5" color="#660000"><b>Historia del tranvía de Valdeluz</b></font><br><br>
<font face="Verdana" size="2">El tranvía de Valdeluz empezó a funcionar en 1904 con tres coches de tracción animal que unían la estación del ferrocarril con la plaza mayor. Seis años después se electrificó la línea gracias a la central hidroeléctrica del río Luz.<br><br>
Durante los años veinte la red llegó a tener cuatro líneas y catorce coches, la mayoría construidos en los talleres de la propia compañía. Los domingos se añadían servicios especiales hasta la romería de la ermita de San Pelayo.<br><br>
La competencia de los autobuses y el mal estado de las vías llevaron al cierre de la última línea en 1961. Uno de los coches se conserva hoy restaurado en el museo municipal, junto a la antigua cochera.<br><br>
<i>Texto preparado por la sección de historia de la asociación a partir del archivo municipal.</i></font><br><br>
<center><font size="1"><a href="/ring/prev">« Anterior</a> | <a href="/ring/">Anillo de webs ferroviarias</a> | <a href="/ring/next">Siguiente »</a></font></center></td></tr>
<tr><td colspan="2" bgcolor="#660000" align="center"><font face="Verdana" size="1" color="#ffffff">Página mantenida por los socios de la asociación. Última actualización: marzo de 2024.</font></td></tr></table>)"),
            {"empezó a funcionar en 1904 con tres coches", "Durante los años veinte la red llegó a tener cuatro líneas", "llevaron al cierre de la última línea en 1961"},
            {"Visitas desde 1999", "Anillo de webs ferroviarias", "Página mantenida por los socios"},
            {}};
}

// 14. Dutch, a shop system's product page: breadcrumb, gallery, price box with "in winkelwagen",
// the description tab, a specifications table, reviews, "customers also bought" tiles, USP bar.
Fresh nl_product_page() {
    return {"nl: a shop's product page: price box and buy button, a description tab, a specifications table, reviews and cross-sell tiles",
            doc("nl", "Gietijzeren braadpan 28 cm, rood | Kookhuis Zwolle", "",
                R"(<div class="usp-bar"><ul><li>Voor 22:00 besteld, morgen in huis</li><li>Gratis verzending vanaf € 50</li><li>30 dagen bedenktijd</li></ul></div>
<header class="header-main"><a class="header-logo" href="/">Kookhuis Zwolle</a><form class="header-search-form"><input type="search" placeholder="Zoeken…"></form><a href="/account">Mijn account</a><a href="/checkout/cart">Winkelwagen (0)</a></header>
<nav class="main-navigation-menu"><a href="/pannen/">Pannen</a><a href="/messen/">Messen</a><a href="/bakken/">Bakken</a><a href="/sale/">Sale</a></nav>
<div class="content-main"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/pannen/">Pannen</a></li><li><a href="/pannen/braadpannen/">Braadpannen</a></li></ol></nav>
<div class="product-detail" itemscope itemtype="https://schema.org/Product"><div class="row"><div class="product-detail-media"><div class="gallery-slider"><img src="/media/pan-1.jpg" width="800" height="800" alt="Braadpan rood"><img src="/media/pan-2.jpg" width="800" height="800" alt="Braadpan open"></div></div>
<div class="product-detail-buy"><h1 class="product-detail-name" itemprop="name">Gietijzeren braadpan 28 cm, rood</h1><div class="product-detail-reviews"><span class="stars">★★★★☆</span> <a href="#review-tab">12 beoordelingen</a></div>
<div class="product-detail-price-container"><meta itemprop="price" content="129.00"><p class="product-detail-price">€ 129,00*</p><p class="product-detail-tax">*Prijzen incl. btw, excl. verzendkosten</p></div>
<div class="product-detail-delivery-information"><p class="delivery-information delivery-available">Op voorraad, levertijd 1-2 werkdagen</p></div>
<form class="buy-widget"><select class="custom-select"><option>1</option><option>2</option></select><button class="btn btn-primary btn-buy">In winkelwagen</button></form>
<div class="product-detail-ordernumber">Artikelnummer: KZ-40281</div></div></div>
<div class="product-detail-tabs"><ul class="nav nav-tabs"><li><a href="#description-tab">Omschrijving</a></li><li><a href="#properties-tab">Specificaties</a></li><li><a href="#review-tab">Beoordelingen (12)</a></li></ul>
<div class="tab-content"><div class="tab-pane active" id="description-tab"><div class="product-detail-description-text" itemprop="description"><p>Deze braadpan van geëmailleerd gietijzer houdt de warmte lang vast en verdeelt haar gelijkmatig over bodem en wanden. Daardoor is hij ideaal voor stoofschotels, soepen en brood uit de oven.</p>
<p>De pan is geschikt voor alle warmtebronnen, ook inductie, en kan tot 250 graden de oven in. Het deksel heeft aan de binnenkant kleine noppen, zodat het condensvocht gelijkmatig terugdruppelt op het gerecht.</p>
<p>Na gebruik met warm water en een zachte borstel afwassen; de vaatwasser raden wij af, omdat de rand dan dof kan worden.</p></div></div>
<div class="tab-pane" id="properties-tab"><table class="table product-detail-properties-table"><tr><th>Diameter</th><td>28 cm</td></tr><tr><th>Inhoud</th><td>6,7 liter</td></tr><tr><th>Gewicht</th><td>5,9 kg</td></tr><tr><th>Materiaal</th><td>Geëmailleerd gietijzer</td></tr></table></div>
<div class="tab-pane" id="review-tab"><div class="product-detail-review-list"><div class="product-detail-review-item"><p class="product-detail-review-item-points">★★★★★</p><p class="product-detail-review-item-title"><b>Zwaar maar top</b></p><p class="product-detail-review-item-content">Gebruik hem elke week voor brood, de korst wordt prachtig. Wel echt zwaar om te tillen.</p><p class="product-detail-review-item-info">Marloes, 04-03-2024</p></div>
<div class="product-detail-review-item"><p class="product-detail-review-item-points">★★★☆☆</p><p class="product-detail-review-item-title"><b>Emaille beschadigd</b></p><p class="product-detail-review-item-content">Na een half jaar een klein schilfertje aan de rand, verder tevreden over het koken.</p><p class="product-detail-review-item-info">Joost, 19-01-2024</p></div></div></div></div></div>
<div class="cms-element-cross-selling"><h2>Klanten kochten ook</h2><div class="product-slider"><div class="product-box"><a href="/p/ovenwant" class="product-name">Ovenwant van katoen, grijs</a><div class="product-price">€ 14,95</div><button class="btn-buy">In winkelwagen</button></div><div class="product-box"><a href="/p/pannenlap" class="product-name">Siliconen pannenonderzetter</a><div class="product-price">€ 9,95</div><button class="btn-buy">In winkelwagen</button></div></div></div></div></div>
<footer class="footer-main"><div class="footer-columns"><div><h3>Klantenservice</h3><a href="/verzenden">Verzenden en retourneren</a><a href="/contact">Contact</a></div><div><p>Kookhuis Zwolle is al sinds 1987 de kookwinkel van Overijssel, met een winkel aan de Diezerstraat.</p></div></div><div class="footer-vat">Alle prijzen zijn inclusief btw.</div></footer>)"),
            {"Deze braadpan van geëmailleerd gietijzer houdt de warmte lang vast", "geschikt voor alle warmtebronnen, ook inductie", "de vaatwasser raden wij af"},
            {"Voor 22:00 besteld", "Ovenwant van katoen", "Kookhuis Zwolle is al sinds 1987", "Verzenden en retourneren", "Prijzen incl. btw"},
            {}};
}

// 15. Polish, a recipe blog: a jump-to-recipe button, a long personal preamble, a recipe card
// (ingredients, numbered steps, times, a print button, nutrition), JSON-LD in the head, a
// "you may also like" grid and a comment form.
Fresh pl_recipe_page() {
    return {"pl: a recipe with JSON-LD, a jump-to-recipe button, a preamble, a recipe card of ingredients and steps, and a grid of other recipes",
            doc("pl", "Pierogi z kaszą i twarogiem – Kuchnia Babci Hani", R"(<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Pierogi z kaszą i twarogiem","author":{"@type":"Person","name":"Hanna"},"recipeYield":"40 sztuk","prepTime":"PT60M","cookTime":"PT20M","recipeIngredient":["500 g mąki pszennej","250 ml ciepłej wody","200 g kaszy gryczanej","250 g twarogu","1 cebula"],"recipeInstructions":[{"@type":"HowToStep","text":"Kaszę ugotuj."}]}</script>)",
                R"(<header class="site-header"><a class="logo" href="/">Kuchnia Babci Hani</a><nav class="menu"><a href="/przepisy/obiady/">Obiady</a><a href="/przepisy/ciasta/">Ciasta</a><a href="/przepisy/przetwory/">Przetwory</a><a href="/o-mnie/">O mnie</a></nav></header>
<main><article class="post"><h1 class="entry-title">Pierogi z kaszą i twarogiem</h1><div class="entry-meta">15 lutego 2024 · <a href="#comments">9 komentarzy</a></div>
<div class="entry-content"><div class="wprm-recipe-snippet"><a href="#recipe-4410" class="wprm-recipe-jump wprm-recipe-link">Przejdź do przepisu</a> <a href="/print/4410" class="wprm-recipe-print wprm-recipe-link">Drukuj przepis</a></div>
<p>Te pierogi babcia lepiła zawsze w pierwszą sobotę Wielkiego Postu, kiedy w domu nie było mięsa, a kasza i twaróg zawsze stały w spiżarni. Do dziś kojarzą mi się z zaparowanymi oknami kuchni i radiem grającym w tle.</p>
<p>Farsz z kaszy gryczanej jest bardziej wyrazisty niż klasyczny ruski, a podsmażona cebula dodaje mu słodyczy. Ciasto robię na ciepłej wodzie, dzięki temu jest elastyczne i nie pęka przy sklejaniu.</p>
<div id="recipe-4410" class="wprm-recipe-container"><div class="wprm-recipe wprm-recipe-template-classic"><h2 class="wprm-recipe-name">Pierogi z kaszą i twarogiem</h2>
<div class="wprm-recipe-times-container"><div class="wprm-recipe-time-container"><span class="wprm-recipe-details-label">Przygotowanie</span> <span class="wprm-recipe-details">60 minut</span></div><div class="wprm-recipe-time-container"><span class="wprm-recipe-details-label">Gotowanie</span> <span class="wprm-recipe-details">20 minut</span></div><div class="wprm-recipe-servings-container"><span class="wprm-recipe-details-label">Porcje</span> <span class="wprm-recipe-servings">40 sztuk</span></div></div>
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-group-name">Składniki</h3><ul class="wprm-recipe-ingredients"><li class="wprm-recipe-ingredient">500 g mąki pszennej</li><li class="wprm-recipe-ingredient">250 ml ciepłej wody</li><li class="wprm-recipe-ingredient">200 g kaszy gryczanej</li><li class="wprm-recipe-ingredient">250 g twarogu półtłustego</li><li class="wprm-recipe-ingredient">1 duża cebula, sól i pieprz</li></ul></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-group-name">Przygotowanie</h3><ol class="wprm-recipe-instructions"><li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Kaszę ugotuj na sypko i ostudź, cebulę pokrój w kostkę i zeszklij na maśle.</div></li><li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Wymieszaj kaszę z twarogiem i cebulą, dopraw solą i dużą ilością pieprzu.</div></li><li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Zagnieć ciasto z mąki i ciepłej wody, rozwałkuj cienko i wykrawaj krążki szklanką.</div></li><li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Nakładaj farsz, sklejaj brzegi i gotuj pierogi partiami w osolonej wodzie przez trzy minuty od wypłynięcia.</div></li></ol></div>
<div class="wprm-nutrition-label-container"><span class="wprm-nutrition-label-text-nutrition-container">Kalorie: 74 kcal | Węglowodany: 11 g | Białko: 3 g</span></div></div></div></div></article>
<section class="related-recipes"><h2>Może Ci się spodobać</h2><div class="grid"><a href="/pierogi-ruskie/" class="card"><img src="/r/1.jpg" width="300" height="300" alt=""><span>Pierogi ruskie jak u babci</span></a><a href="/uszka/" class="card"><img src="/r/2.jpg" width="300" height="300" alt=""><span>Uszka z grzybami na Wigilię</span></a><a href="/kopytka/" class="card"><img src="/r/3.jpg" width="300" height="300" alt=""><span>Kopytka z masłem i bułką</span></a></div></section>
<div id="respond"><h3>Dodaj komentarz</h3><form><p>Twój adres e-mail nie zostanie opublikowany.</p><textarea name="comment"></textarea><button>Opublikuj komentarz</button></form></div></main>
<footer class="site-footer"><p>Wszystkie przepisy i zdjęcia na tym blogu są mojego autorstwa i nie mogą być kopiowane bez zgody.</p></footer>)"),
            {"Te pierogi babcia lepiła zawsze", "Farsz z kaszy gryczanej jest bardziej wyrazisty", "200 g kaszy gryczanej", "Kaszę ugotuj na sypko i ostudź",
             "gotuj pierogi partiami w osolonej wodzie"},
            {"Przejdź do przepisu", "Uszka z grzybami na Wigilię", "Twój adres e-mail nie zostanie opublikowany", "nie mogą być kopiowane bez zgody"},
            {}};
}

// 16. German, a Joomla article: the component's item page with "Details" (category, hits),
// a module of latest news and a login module beside it, "Zurück" / "Weiter" pagination.
Fresh de_joomla_article() {
    return {"de: a Joomla article with its info block (category, hits), prev/next pagination, a latest-news module and a login module",
            doc("de", "Jahreshauptversammlung 2024 - TSV Ebersbach 1899 e.V.", "",
                R"(<div class="container-header"><div class="grid-child"><div class="navbar-brand"><a class="brand-logo" href="/">TSV Ebersbach 1899 e.V.</a></div></div><div class="grid-child container-nav"><ul class="mod-menu mod-list nav"><li class="nav-item"><a href="/">Home</a></li><li class="nav-item"><a href="/abteilungen">Abteilungen</a></li><li class="nav-item"><a href="/verein">Verein</a></li><li class="nav-item"><a href="/kontakt">Kontakt</a></li></ul></div></div>
<div class="site-grid"><div class="grid-child container-component"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb"><li class="mod-breadcrumbs__here">Aktuelle Seite: </li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/">Home</a></li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/verein">Verein</a></li></ol></nav>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">Jahreshauptversammlung 2024</h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">Details</dt><dd class="category-name">Kategorie: <a href="/verein/nachrichten" itemprop="genre">Vereinsnachrichten</a></dd><dd class="published"><time datetime="2024-03-22T19:00:00+01:00" itemprop="datePublished">Veröffentlicht: 22. März 2024</time></dd><dd class="hits"><meta itemprop="interactionCount" content="UserPageVisits:318">Zugriffe: 318</dd></dl>
<div itemprop="articleBody" class="com-content-article__body"><p>Zur Jahreshauptversammlung kamen am Freitag 74 Mitglieder ins Vereinsheim, so viele wie seit Jahren nicht mehr. Der Vorsitzende Klaus Renner blickte auf ein Jahr mit zwei Aufstiegen und einem neuen Kunstrasenplatz zurück.</p>
<p>Kassenwartin Birgit Lang berichtete von einem kleinen Überschuss, obwohl die Energiekosten für die Halle deutlich gestiegen sind. Die Kassenprüfer bescheinigten eine einwandfreie Buchführung, der Vorstand wurde einstimmig entlastet.</p>
<p>Bei den Wahlen wurde Klaus Renner für weitere drei Jahre bestätigt. Neu im Vorstand ist Tim Ströbele, der sich um die Jugendabteilung kümmern wird.</p></div>
<nav class="pagenavigation" aria-label="Seitennavigation"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="/verein/nachrichten/212" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> Zurück</a><a class="btn btn-sm btn-secondary next" href="/verein/nachrichten/209" rel="next">Weiter <span class="icon-chevron-right" aria-hidden="true"></span></a></span></nav></div></main></div>
<div class="grid-child container-sidebar-right"><div class="sidebar-right card"><h3 class="card-header">Neueste Beiträge</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list"><li><a href="/verein/nachrichten/212"><span>Sportabzeichen-Treff startet im Mai</span></a></li><li><a href="/verein/nachrichten/209"><span>Neue Trikots für die D-Jugend</span></a></li><li><a href="/verein/nachrichten/205"><span>Rückblick auf den Hallencup</span></a></li></ul></div></div>
<div class="sidebar-right card"><h3 class="card-header">Anmeldung</h3><div class="card-body"><form class="mod-login"><label>Benutzername</label><input type="text" name="username"><label>Passwort</label><input type="password" name="password"><button class="btn">Anmelden</button><ul><li><a href="/reset">Passwort vergessen?</a></li></ul></form></div></div></div></div>
<footer class="container-footer footer"><div class="grid-child"><p>Der TSV Ebersbach dankt seinen Sponsoren für die Unterstützung des Jugendsports.</p></div></footer>)"),
            {"Zur Jahreshauptversammlung kamen am Freitag 74 Mitglieder", "Kassenwartin Birgit Lang berichtete", "Neu im Vorstand ist Tim Ströbele"},
            {"Zugriffe: 318", "Neue Trikots für die D-Jugend", "Passwort vergessen", "dankt seinen Sponsoren"},
            {}};
}

std::vector<Fresh> kinds3_pages() {
    return {de_wordpress_post(), de_drupal_node(),   en_blogger_post(),   es_newsletter_post(), de_phpbb_thread(),    ru_xenforo_thread(),
            zh_discourse_thread(), fr_qa_page(),     de_mediawiki_article(), ja_sphinx_docs(), de_liveblog(),        it_amp_page(),
            es_table_font_page(), nl_product_page(), pl_recipe_page(),    de_joomla_article()};
}

// The number of pages that pass whole. Only ever rises.
constexpr int kKinds3Floor = 16;

}  // namespace

TEST_CASE("page kinds of the third round (publishing software's own markup: WordPress, Drupal, Joomla, Blogger, newsletter platforms, forums, Q&A, MediaWiki, Sphinx, live blogs, AMP, old tables, shops, recipes) in ten languages: the main text is in and the chrome is out") {
    const auto all = kinds3_pages();
    winnow::test::PageTally t = winnow::test::tally_pages(all, "k3_");
    MESSAGE("third-round kinds passed whole: ", t.passed, " of ", all.size(), t.report);
    CHECK(t.passed >= kKinds3Floor);
}
