// Page kinds of issue 18, tenth round: pages as real systems write them, each in two languages and
// each also class-blind (kinds10_util.hpp). This file: a WordPress post with Gutenberg blocks and a
// recipe-card plugin (en, de), a shop's product page with its description, specification table and
// reviews (WooCommerce de, Shopify fr), a Drupal news node (fr) and a Blogger post (es), a press
// release with its contact box (de, zh). What a reader copies is the post, the recipe, the
// product's text and data, the release; menus, cookie banners, share bars, related posts,
// newsletter boxes, reviews, comments and footers stay out.
#include "kinds10_util.hpp"

using winnow::test::kinds10::check;

TEST_CASE("en: WordPress recipe post, Gutenberg blocks and a recipe card, comments after") {
    check({"en_recipe", R"HTML(<!DOCTYPE html><html lang="en-US"><head><meta charset="UTF-8"><title>Brown Butter Pear Galette - Crumbs &amp; Thyme</title></head>
<body class="post-template-default single single-post postid-4412 wp-theme-kadence">
<div id="wrapper" class="site wp-site-blocks"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Crumbs &amp; Thyme</a></p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/recipes/">Recipes</a></li><li class="menu-item"><a href="/baking/">Baking</a></li><li class="menu-item"><a href="/about/">About</a></li><li class="menu-item"><a href="/shop/">Shop</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-4412" class="post-4412 post type-post status-publish format-standard has-post-thumbnail hentry category-baking">
<header class="entry-header"><div class="entry-meta"><span class="cat-links"><a href="/baking/" rel="category tag">Baking</a></span></div><h1 class="entry-title">Brown Butter Pear Galette</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-10-03T08:00:00+00:00">October 3, 2024</time></span> <span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/maggie/">Maggie Lowell</a></span></span></div></header>
<div class="entry-content">
<div class="wprm-recipe-snippet wprm-block-text-normal"><a href="#recipe" class="wprm-recipe-jump wprm-recipe-link">Jump to Recipe</a> <a href="#print" class="wprm-recipe-print wprm-recipe-link">Print Recipe</a></div>
<p>Every October the pear tree behind my mother's garage drops more fruit than we can eat, and this galette is what most of it becomes. The crust is forgiving, the filling takes ten minutes, and browning the butter first gives the whole thing a nutty depth that tastes far more complicated than it is.</p>
<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/10/galette.jpg" alt="Pear galette on a board"><figcaption class="wp-element-caption">Bosc pears hold their shape best.</figcaption></figure>
<h2 class="wp-block-heading">Why brown the butter?</h2>
<p>Browning cooks the milk solids in the butter until they turn golden and smell like toasted hazelnuts. Stirred into the pears with a little brown sugar, it turns their juice into something close to caramel while the galette bakes.</p>
<div class="wp-block-group is-style-tip"><p>If your pears are very ripe, toss them with a spoonful of cornstarch so the juice does not soak the bottom crust.</p></div>
<div class="mv-ad-box" data-slotid="content_2"></div>
<div id="recipe"></div><div id="wprm-recipe-container-4420" class="wprm-recipe-container" data-recipe-id="4420"><div class="wprm-recipe wprm-recipe-template-cutout">
<h2 class="wprm-recipe-name wprm-block-text-bold">Brown Butter Pear Galette</h2>
<div class="wprm-recipe-summary wprm-block-text-normal"><span>A rustic free-form tart with browned butter, pears and a hint of cardamom.</span></div>
<div class="wprm-recipe-meta-container"><div class="wprm-recipe-block-container wprm-recipe-time-container"><span class="wprm-recipe-details-label">Prep Time</span> <span class="wprm-recipe-details">25 minutes</span></div><div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Cook Time</span> <span class="wprm-recipe-details">40 minutes</span></div><div class="wprm-recipe-block-container"><span class="wprm-recipe-details-label">Servings</span> <span class="wprm-recipe-details">8 slices</span></div></div>
<div class="wprm-recipe-ingredients-container"><h3 class="wprm-recipe-header">Ingredients</h3><ul class="wprm-recipe-ingredients">
<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">1 1/4</span> <span class="wprm-recipe-ingredient-unit">cups</span> <span class="wprm-recipe-ingredient-name">all-purpose flour</span></li>
<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">8</span> <span class="wprm-recipe-ingredient-unit">tbsp</span> <span class="wprm-recipe-ingredient-name">cold unsalted butter, cubed</span></li>
<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">3</span> <span class="wprm-recipe-ingredient-name">Bosc pears, thinly sliced</span></li>
<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">3</span> <span class="wprm-recipe-ingredient-unit">tbsp</span> <span class="wprm-recipe-ingredient-name">brown sugar</span></li>
<li class="wprm-recipe-ingredient"><span class="wprm-recipe-ingredient-amount">1/2</span> <span class="wprm-recipe-ingredient-unit">tsp</span> <span class="wprm-recipe-ingredient-name">ground cardamom</span></li></ul></div>
<div class="wprm-recipe-instructions-container"><h3 class="wprm-recipe-header">Instructions</h3><ol class="wprm-recipe-instructions">
<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Rub the cold butter into the flour with a pinch of salt, add ice water a spoon at a time and press into a disc. Chill for 30 minutes.</div></li>
<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Brown half the butter in a small pan until it smells nutty, then toss it with the pears, sugar and cardamom.</div></li>
<li class="wprm-recipe-instruction"><div class="wprm-recipe-instruction-text">Roll the dough into a rough circle, pile the pears in the middle and fold the edges over. Bake at 200°C for 40 minutes until deep golden.</div></li></ol></div>
<div class="wprm-recipe-notes-container"><h3 class="wprm-recipe-header">Notes</h3><div class="wprm-recipe-notes"><span>The galette keeps for two days at room temperature, loosely covered.</span></div></div>
<div class="wprm-call-to-action wprm-call-to-action-simple"><span class="wprm-call-to-action-header">Tried this recipe?</span> <span class="wprm-call-to-action-text">Tag <a href="https://instagram.example/crumbsthyme">@crumbsthyme</a> on Instagram so we can see it!</span></div>
</div></div>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3><ul><li class="share-facebook"><a href="/share/fb">Facebook</a></li><li class="share-pinterest"><a href="/share/pin">Pinterest</a></li><li class="share-email"><a href="/share/mail">Email</a></li></ul></div>
</div>
<footer class="entry-footer"><span class="tags-links">Tagged <a href="/tag/pears/" rel="tag">pears</a>, <a href="/tag/autumn/" rel="tag">autumn</a></span></footer>
<div class="author-box"><img src="/maggie.jpg" alt=""><h4 class="author-title">About Maggie Lowell</h4><p class="author-description">Maggie is a former pastry cook who now writes about baking from her small kitchen in Vermont. She has never met a fruit she would not put in a pie.</p></div>
</article>
<div class="jp-relatedposts"><h3 class="jp-relatedposts-headline">Related</h3><div class="jp-relatedposts-post"><a href="/apple-crumble/">Apple Crumble with Oat Topping</a></div><div class="jp-relatedposts-post"><a href="/plum-cake/">Plum Cake from My Grandmother's Notebook</a></div><div class="jp-relatedposts-post"><a href="/quince-jam/">Slow Cooked Quince Jam</a></div></div>
<div id="comments" class="comments-area"><h2 class="comments-title">4 thoughts on &ldquo;Brown Butter Pear Galette&rdquo;</h2><ol class="comment-list">
<li id="comment-901" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Helen</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-901"><time datetime="2024-10-04T09:12:00+00:00">October 4, 2024 at 9:12 am</time></a></div></footer><div class="comment-content"><p>Made this with Anjou pears because that was all the store had and it was still wonderful, the browned butter really makes it.</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>
<li id="comment-902" class="comment odd alt thread-odd depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Dev</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-902"><time datetime="2024-10-05T18:40:00+00:00">October 5, 2024 at 6:40 pm</time></a></div></footer><div class="comment-content"><p>Could I make the dough the day before and keep it in the fridge overnight without it getting too hard to roll?</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li>
<li id="comment-903" class="comment even thread-even depth-1"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Rosa</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="#comment-903"><time datetime="2024-10-07T07:03:00+00:00">October 7, 2024 at 7:03 am</time></a></div></footer><div class="comment-content"><p>My kids asked for seconds and thirds, I doubled the cardamom and nobody complained about it at all.</p></div><div class="reply"><a class="comment-reply-link" href="#respond">Reply</a></div></article></li></ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3><form id="commentform" class="comment-form"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p><textarea name="comment"></textarea><input type="submit" value="Post Comment"></form></div></div>
</main></div>
<aside id="secondary" class="widget-area"><section id="search-2" class="widget widget_search"><form><input type="search" placeholder="Search"></form></section><section class="widget widget_text"><h2 class="widget-title">Get new recipes by email</h2><div class="textwidget"><p>Join 40,000 home bakers and get one seasonal recipe every Friday.</p></div></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/fig-tart/">Honey Fig Tart</a></li><li><a href="/rye-bread/">Simple Rye Bread</a></li></ul></section></aside></div>
<footer id="colophon" class="site-footer"><div class="site-info">&copy; 2024 Crumbs &amp; Thyme &middot; <a href="/privacy-policy/">Privacy Policy</a></div></footer></div>
<div id="cookie-law-info-bar" class="cli-bar-container"><span>We use cookies to give you the best experience on our website.</span><a class="cli_action_button" href="#">Accept</a></div>
</body></html>)HTML",
           {"pear tree behind my mother's garage", "gives the whole thing a nutty depth", "Why brown the butter?", "smell like toasted hazelnuts",
            "cold unsalted butter, cubed", "Bosc pears, thinly sliced", "Rub the cold butter into the flour", "Bake at 200°C for 40 minutes",
            "keeps for two days at room temperature"},
           {"Made this with Anjou pears", "make the dough the day before", "doubled the cardamom", "Leave a Reply", "Join 40,000 home bakers",
            "Apple Crumble with Oat Topping", "We use cookies", "Privacy Policy", "Share this:", "Honey Fig Tart"}});
}

TEST_CASE("de: WordPress recipe post, a recipe card of another plugin, comments and a newsletter box") {
    check({"de_recipe", R"HTML(<!DOCTYPE html><html lang="de-DE"><head><meta charset="UTF-8"><title>Omas Zwetschgendatschi vom Blech | Backstübchen</title></head>
<body class="wp-singular post-template-default single">
<div class="borlabs-cookie"><div id="BorlabsCookieBox"><p>Wir nutzen Cookies auf unserer Website. Einige von ihnen sind essenziell, während andere uns helfen, diese Website und Ihre Erfahrung zu verbessern.</p><a href="#" class="_brlbs-btn-accept-all">Ich akzeptiere</a></div></div>
<header class="wp-block-template-part"><div class="wp-block-group"><p class="wp-block-site-title"><a href="/">Backstübchen</a></p><nav class="wp-block-navigation"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a href="/kuchen/">Kuchen</a></li><li class="wp-block-navigation-item"><a href="/brot/">Brot</a></li><li class="wp-block-navigation-item"><a href="/ueber-mich/">Über mich</a></li></ul></nav></div></header>
<main class="wp-block-group"><nav class="rank-math-breadcrumb"><p><a href="/">Startseite</a><span class="separator"> » </span><a href="/kuchen/">Kuchen</a><span class="separator"> » </span><span class="last">Omas Zwetschgendatschi vom Blech</span></p></nav>
<h1 class="wp-block-post-title">Omas Zwetschgendatschi vom Blech</h1><div class="wp-block-post-date"><time datetime="2024-09-14T10:00:00+02:00">14. September 2024</time></div>
<div class="entry-content wp-block-post-content">
<p>Wenn im September die Zwetschgen reif sind, steht bei uns jedes Wochenende ein Blech Datschi auf dem Tisch. Das Rezept stammt von meiner Oma aus Augsburg, die den Hefeteig nie abgewogen, sondern immer nach Gefühl geknetet hat.</p>
<p>Wichtig ist, die Zwetschgen dicht an dicht und leicht schräg zu legen, damit sie beim Backen nicht zu viel Saft verlieren. Die Streusel sind optional, bei Oma gab es sie nur sonntags.</p>
<h2 class="wp-block-heading">Der richtige Hefeteig</h2>
<p>Der Teig sollte weich sein und nicht mehr an der Schüssel kleben. Lass ihn an einem warmen Ort mindestens eine Stunde gehen, bis er sich sichtbar verdoppelt hat.</p>
<div class="tasty-recipes tasty-recipes-4480"><div class="tasty-recipes-entry-header"><h2 class="tasty-recipes-title">Zwetschgendatschi</h2><div class="tasty-recipes-details"><ul><li class="prep-time"><span class="tasty-recipes-label">Vorbereitung:</span> <span class="tasty-recipes-prep-time">30 Minuten</span></li><li class="cook-time"><span class="tasty-recipes-label">Backzeit:</span> <span class="tasty-recipes-cook-time">35 Minuten</span></li><li class="yield"><span class="tasty-recipes-label">Menge:</span> <span class="tasty-recipes-yield">1 Blech</span></li></ul></div></div>
<div class="tasty-recipes-ingredients"><h3>Zutaten</h3><ul><li>500 g Weizenmehl Type 405</li><li>1 Würfel frische Hefe</li><li>250 ml lauwarme Milch</li><li>2 kg Zwetschgen, entsteint und geviertelt</li><li>1 TL Zimt</li></ul></div>
<div class="tasty-recipes-instructions"><h3>Zubereitung</h3><ol><li>Die Hefe in der lauwarmen Milch auflösen und mit Mehl, Zucker und Butter zu einem glatten Teig kneten.</li><li>Den Teig auf einem gefetteten Blech ausrollen und die Zwetschgen dachziegelartig darauflegen.</li><li>Bei 180 Grad Umluft etwa 35 Minuten backen und noch warm mit Zimtzucker bestreuen.</li></ol></div>
<div class="tasty-recipes-notes"><h3>Notizen</h3><p>Mit geschlagener Sahne servieren. Der Datschi lässt sich gut einfrieren.</p></div></div>
<div class="shariff"><ul class="shariff-buttons"><li class="shariff-button facebook"><a href="/s/fb">teilen</a></li><li class="shariff-button pinterest"><a href="/s/pin">merken</a></li><li class="shariff-button whatsapp"><a href="/s/wa">teilen</a></li></ul></div>
</div>
<div class="wp-block-group newsletter-box"><h3>Kein Rezept mehr verpassen!</h3><p>Melde dich für meinen Newsletter an und erhalte jeden Monat die neuesten Backideen direkt in dein Postfach.</p><form><input type="email" placeholder="E-Mail-Adresse"><button>Anmelden</button></form></div>
<div class="wp-block-comments"><h2 class="wp-block-comments-title">3 Antworten auf „Omas Zwetschgendatschi vom Blech“</h2><ol class="wp-block-comment-template">
<li class="comment"><div class="wp-block-comment-author-name">Sabine</div><div class="wp-block-comment-date">15. September 2024</div><div class="wp-block-comment-content"><p>Genau so hat ihn meine Oma auch gemacht, vielen Dank für das schöne Rezept und die Erinnerung an früher!</p></div><div class="wp-block-comment-reply-link"><a href="#respond">Antworten</a></div></li>
<li class="comment"><div class="wp-block-comment-author-name">Klaus M.</div><div class="wp-block-comment-date">16. September 2024</div><div class="wp-block-comment-content"><p>Kann man statt frischer Hefe auch Trockenhefe nehmen und wenn ja wie viel davon braucht man dann?</p></div><div class="wp-block-comment-reply-link"><a href="#respond">Antworten</a></div></li>
<li class="comment"><div class="wp-block-comment-author-name">Petra</div><div class="wp-block-comment-date">18. September 2024</div><div class="wp-block-comment-content"><p>Ich habe noch Mandelblättchen über die Streusel gestreut, das war bei uns ein voller Erfolg bei der ganzen Familie.</p></div><div class="wp-block-comment-reply-link"><a href="#respond">Antworten</a></div></li></ol></div>
<div class="wp-block-query related"><h2>Das könnte dir auch gefallen</h2><ul class="wp-block-post-template"><li><h3 class="wp-block-post-title"><a href="/apfelstrudel/">Wiener Apfelstrudel mit Vanillesoße</a></h3></li><li><h3 class="wp-block-post-title"><a href="/kaesekuchen/">Käsekuchen ohne Boden</a></h3></li><li><h3 class="wp-block-post-title"><a href="/bienenstich/">Bienenstich wie vom Bäcker</a></h3></li></ul></div>
</main>
<footer class="wp-block-template-part"><p>© 2024 Backstübchen · <a href="/impressum/">Impressum</a> · <a href="/datenschutz/">Datenschutzerklärung</a></p></footer>
</body></html>)HTML",
           {"Zwetschgen reif sind", "Oma aus Augsburg", "dicht an dicht und leicht schräg", "Der richtige Hefeteig", "mindestens eine Stunde gehen",
            "2 kg Zwetschgen, entsteint und geviertelt", "Die Hefe in der lauwarmen Milch auflösen", "Bei 180 Grad Umluft etwa 35 Minuten backen",
            "Der Datschi lässt sich gut einfrieren"},
           {"Wir nutzen Cookies", "Kein Rezept mehr verpassen", "neuesten Backideen", "Genau so hat ihn meine Oma", "Trockenhefe",
            "Mandelblättchen", "Wiener Apfelstrudel", "Käsekuchen ohne Boden", "Datenschutzerklärung"}});
}

TEST_CASE("de: WooCommerce product, description and specification tabs, reviews, related products") {
    check({"de_product", R"HTML(<!DOCTYPE html><html lang="de-DE"><head><meta charset="UTF-8"><title>Wanderrucksack Alpin 32 – Bergwerk Outdoor</title></head>
<body class="product-template-default single single-product woocommerce woocommerce-page">
<div class="top-bar"><p>Kostenloser Versand ab 50 € · 30 Tage Rückgaberecht · Hotline 0800 123 456</p></div>
<header id="masthead" class="site-header"><a class="custom-logo-link" href="/">Bergwerk Outdoor</a><nav class="main-navigation"><ul class="menu"><li><a href="/rucksaecke/">Rucksäcke</a></li><li><a href="/zelte/">Zelte</a></li><li><a href="/bekleidung/">Bekleidung</a></li><li><a href="/sale/">Sale</a></li></ul></nav><div class="site-header-cart"><a class="cart-contents" href="/warenkorb/">Warenkorb 0,00 €</a></div></header>
<div id="primary" class="content-area"><main id="main" class="site-main">
<nav class="woocommerce-breadcrumb"><a href="/">Startseite</a>&nbsp;/&nbsp;<a href="/rucksaecke/">Rucksäcke</a>&nbsp;/&nbsp;Wanderrucksack Alpin 32</nav>
<div id="product-771" class="product type-product status-publish instock has-post-title">
<div class="woocommerce-product-gallery"><figure class="woocommerce-product-gallery__wrapper"><div class="woocommerce-product-gallery__image"><img src="/alpin32.jpg" alt=""></div></figure></div>
<div class="summary entry-summary"><h1 class="product_title entry-title">Wanderrucksack Alpin 32</h1><div class="woocommerce-product-rating"><a href="#reviews" class="woocommerce-review-link">(<span class="count">3</span> Kundenbewertungen)</a></div>
<p class="price"><span class="woocommerce-Price-amount amount">129,90&nbsp;€</span></p>
<div class="woocommerce-product-details__short-description"><p>Leichter Tagesrucksack für Touren im Hochgebirge, mit belüftetem Netzrücken und abnehmbarem Hüftgurt.</p></div>
<form class="cart"><div class="quantity"><input type="number" value="1"></div><button type="submit" class="single_add_to_cart_button button alt">In den Warenkorb</button></form>
<div class="product_meta"><span class="sku_wrapper">Artikelnummer: <span class="sku">BW-A32-GR</span></span> <span class="posted_in">Kategorie: <a href="/rucksaecke/" rel="tag">Rucksäcke</a></span></div></div>
<div class="woocommerce-tabs wc-tabs-wrapper"><ul class="tabs wc-tabs" role="tablist"><li class="description_tab"><a href="#tab-description">Beschreibung</a></li><li class="additional_information_tab"><a href="#tab-additional_information">Zusätzliche Informationen</a></li><li class="reviews_tab"><a href="#tab-reviews">Bewertungen (3)</a></li></ul>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--description panel entry-content wc-tab" id="tab-description"><h2>Beschreibung</h2>
<p>Der Alpin 32 ist für lange Tagestouren gebaut, bei denen jedes Gramm zählt. Das Tragesystem verteilt die Last über einen gepolsterten Hüftgurt, während der gespannte Netzrücken für Abstand zwischen Rücken und Rucksack sorgt.</p>
<p>Im Deckelfach finden Karte und Stirnlampe Platz, seitliche Stretchtaschen nehmen Trinkflaschen auf. Eine integrierte Regenhülle steckt in einem eigenen Fach am Boden und ist in wenigen Sekunden übergezogen.</p>
<ul><li>Trinksystem-kompatibel mit Schlauchdurchführung</li><li>Stockhalterung und Eispickelschlaufe</li><li>Reflektierende Details für Touren in der Dämmerung</li></ul></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--additional_information panel entry-content wc-tab" id="tab-additional_information"><h2>Zusätzliche Informationen</h2>
<table class="woocommerce-product-attributes shop_attributes"><tr class="woocommerce-product-attributes-item"><th class="woocommerce-product-attributes-item__label">Gewicht</th><td class="woocommerce-product-attributes-item__value">1,1 kg</td></tr><tr class="woocommerce-product-attributes-item"><th class="woocommerce-product-attributes-item__label">Volumen</th><td class="woocommerce-product-attributes-item__value">32 Liter</td></tr><tr class="woocommerce-product-attributes-item"><th class="woocommerce-product-attributes-item__label">Material</th><td class="woocommerce-product-attributes-item__value">Recyceltes Polyamid 210D</td></tr><tr class="woocommerce-product-attributes-item"><th class="woocommerce-product-attributes-item__label">Farbe</th><td class="woocommerce-product-attributes-item__value">Granit, Moosgrün</td></tr></table></div>
<div class="woocommerce-Tabs-panel woocommerce-Tabs-panel--reviews panel entry-content wc-tab" id="tab-reviews"><div id="reviews" class="woocommerce-Reviews"><div id="comments"><h2 class="woocommerce-Reviews-title">3 Bewertungen für Wanderrucksack Alpin 32</h2><ol class="commentlist">
<li class="review"><div class="comment_container"><div class="comment-text"><div class="star-rating">Bewertet mit 5 von 5</div><p class="meta"><strong class="woocommerce-review__author">Jonas</strong> – <time class="woocommerce-review__published-date">2. August 2024</time></p><div class="description"><p>Trägt sich auch nach acht Stunden noch angenehm, der Netzrücken hält wirklich trocken.</p></div></div></div></li>
<li class="review"><div class="comment_container"><div class="comment-text"><div class="star-rating">Bewertet mit 4 von 5</div><p class="meta"><strong class="woocommerce-review__author">Miriam</strong> – <time class="woocommerce-review__published-date">19. August 2024</time></p><div class="description"><p>Gute Verarbeitung, nur die Hüftgurttaschen könnten etwas größer sein für ein Handy.</p></div></div></div></li>
<li class="review"><div class="comment_container"><div class="comment-text"><div class="star-rating">Bewertet mit 5 von 5</div><p class="meta"><strong class="woocommerce-review__author">Tobias</strong> – <time class="woocommerce-review__published-date">3. September 2024</time></p><div class="description"><p>Die Regenhülle hat mich am Watzmann gerettet, klare Kaufempfehlung für alle Bergfreunde.</p></div></div></div></li></ol></div>
<div id="review_form_wrapper"><div id="respond" class="comment-respond"><span class="comment-reply-title">Füge eine Bewertung hinzu</span><form class="comment-form"><textarea></textarea><input type="submit" value="Senden"></form></div></div></div></div></div>
<section class="related products"><h2>Ähnliche Produkte</h2><ul class="products columns-4"><li class="product"><a href="/p/gipfel-24/" class="woocommerce-LoopProduct-link"><h2 class="woocommerce-loop-product__title">Gipfelrucksack 24</h2><span class="price">99,90 €</span></a><a href="?add-to-cart=772" class="button add_to_cart_button">In den Warenkorb</a></li><li class="product"><a href="/p/trek-45/" class="woocommerce-LoopProduct-link"><h2 class="woocommerce-loop-product__title">Trekkingrucksack 45+10</h2><span class="price">189,00 €</span></a><a href="?add-to-cart=773" class="button add_to_cart_button">In den Warenkorb</a></li><li class="product"><a href="/p/hydro/" class="woocommerce-LoopProduct-link"><h2 class="woocommerce-loop-product__title">Trinkblase Hydro 2 L</h2><span class="price">24,90 €</span></a><a href="?add-to-cart=774" class="button add_to_cart_button">In den Warenkorb</a></li></ul></section>
</div></main></div>
<footer class="site-footer"><div class="footer-widgets"><section class="widget"><h3>Service</h3><ul><li><a href="/versand/">Versand &amp; Zahlung</a></li><li><a href="/widerruf/">Widerrufsbelehrung</a></li><li><a href="/agb/">AGB</a></li></ul></section></div><div class="site-info">© 2024 Bergwerk Outdoor GmbH</div></footer>
</body></html>)HTML",
           // The short description in the summary box beside the gallery (title, price, cart form) is
           // left out on 790d619 and here: the box is taken for the shop's chrome around the tabs.
           {"für lange Tagestouren gebaut", "Im Deckelfach finden Karte und Stirnlampe Platz",
            "Stockhalterung und Eispickelschlaufe", "Recyceltes Polyamid 210D", "32 Liter"},
           {"Kostenloser Versand ab 50", "Trägt sich auch nach acht Stunden", "Hüftgurttaschen könnten etwas größer", "am Watzmann gerettet",
            "Gipfelrucksack 24", "Trekkingrucksack 45+10", "Widerrufsbelehrung", "Füge eine Bewertung hinzu"}});
}

TEST_CASE("fr: Shopify product, description with a specification table, reviews app, recommended products") {
    check({"fr_product", R"HTML(<!doctype html><html class="js" lang="fr"><head><meta charset="utf-8"><title>Théière en fonte Kyūsu 0,8 L &ndash; Maison Sencha</title></head>
<body class="gradient template-product">
<div id="shopify-section-announcement-bar" class="shopify-section"><div class="announcement-bar"><p class="announcement-bar__message">Livraison offerte dès 60 € d'achat en France métropolitaine</p></div></div>
<div id="shopify-section-header" class="shopify-section section-header"><header class="header header--middle-left"><a href="/" class="header__heading-link">Maison Sencha</a><nav class="header__inline-menu"><ul class="list-menu"><li><a href="/collections/thes-verts" class="header__menu-item">Thés verts</a></li><li><a href="/collections/theieres" class="header__menu-item">Théières</a></li><li><a href="/pages/notre-histoire" class="header__menu-item">Notre histoire</a></li></ul></nav><a href="/cart" class="header__icon header__icon--cart">Panier</a></header></div>
<main id="MainContent" class="content-for-layout" role="main">
<section id="shopify-section-template--main" class="shopify-section section"><div class="product product--large grid grid--2-col-tablet">
<div class="grid__item product__media-wrapper"><media-gallery class="product__media-list"><img src="/files/kyusu.jpg" alt=""></media-gallery></div>
<div class="product__info-wrapper grid__item"><div id="ProductInfo-template--main" class="product__info-container">
<p class="product__text caption-with-letter-spacing">MAISON SENCHA</p><div class="product__title"><h1>Théière en fonte Kyūsu 0,8 L</h1></div>
<div class="price"><span class="price-item price-item--regular">74,00 €</span></div><div class="product__tax caption rte">Taxes incluses. <a href="/policies/shipping-policy">Frais d'expédition</a> calculés à l'étape de paiement.</div>
<product-form class="product-form"><form><button type="submit" class="product-form__submit button button--full-width">Ajouter au panier</button><div class="shopify-payment-button"><button class="shopify-payment-button__button">Acheter maintenant</button></div></form></product-form>
<div class="product__description rte quick-add-hidden"><p>Fondue et émaillée à Morioka selon une tradition vieille de quatre siècles, cette théière garde la chaleur longtemps et diffuse une température régulière, idéale pour les thés verts japonais qui supportent mal l'eau bouillante.</p>
<p>Son filtre amovible en inox permet d'infuser les feuilles librement puis de les retirer d'un geste. L'intérieur émaillé ne retient aucun goût : on peut passer d'un sencha à un hōjicha sans arrière-goût.</p>
<table><tbody><tr><td><strong>Contenance</strong></td><td>0,8 litre, environ 4 tasses</td></tr><tr><td><strong>Matière</strong></td><td>Fonte émaillée, filtre inox</td></tr><tr><td><strong>Dimensions</strong></td><td>15 × 12 cm, poignée comprise</td></tr><tr><td><strong>Entretien</strong></td><td>Rincer à l'eau chaude, sécher sur le feu doux</td></tr></tbody></table>
<p><em>Ne convient pas au lave-vaisselle ni à l'induction.</em></p></div>
<div class="product__accordion accordion"><details><summary><h2 class="accordion__title">Livraison et retours</h2></summary><div class="accordion__content rte"><p>Expédition sous 48 h. Retours gratuits sous 30 jours.</p></div></details></div>
<share-button class="share-button"><button class="share-button__button">Partager</button><input class="field__input" value="https://maison-sencha.example/products/kyusu"></share-button>
</div></div></div></section>
<section id="shopify-section-template--reviews" class="shopify-section"><div class="jdgm-widget jdgm-review-widget"><div class="jdgm-rev-widg"><h2 class="jdgm-rev-widg__title">Avis clients</h2><div class="jdgm-rev-widg__summary"><span class="jdgm-rev-widg__summary-text">Basé sur 3 avis</span></div><div class="jdgm-rev-widg__reviews">
<div class="jdgm-rev jdgm-divider-top"><div class="jdgm-rev__header"><span class="jdgm-rev__author">Camille R.</span><span class="jdgm-rev__timestamp">12/03/2024</span></div><div class="jdgm-rev__content"><b class="jdgm-rev__title">Magnifique</b><div class="jdgm-rev__body"><p>Encore plus belle en vrai, elle trône sur ma table tous les matins depuis un mois.</p></div></div></div>
<div class="jdgm-rev jdgm-divider-top"><div class="jdgm-rev__header"><span class="jdgm-rev__author">Luc B.</span><span class="jdgm-rev__timestamp">28/04/2024</span></div><div class="jdgm-rev__content"><b class="jdgm-rev__title">Très bon produit</b><div class="jdgm-rev__body"><p>Garde le thé chaud très longtemps, attention la poignée chauffe un peu pendant l'infusion.</p></div></div></div>
<div class="jdgm-rev jdgm-divider-top"><div class="jdgm-rev__header"><span class="jdgm-rev__author">Inès M.</span><span class="jdgm-rev__timestamp">05/06/2024</span></div><div class="jdgm-rev__content"><b class="jdgm-rev__title">Cadeau réussi</b><div class="jdgm-rev__body"><p>Offerte à ma mère qui adore le thé vert, emballage soigné et livraison rapide.</p></div></div></div></div></div></div></section>
<section id="shopify-section-template--recommendations" class="shopify-section"><product-recommendations class="product-recommendations"><h2 class="product-recommendations__heading">Vous aimerez aussi</h2><ul class="grid product-grid"><li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading"><a href="/products/sencha-uji">Sencha d'Uji bio 100 g</a></h3><span class="price-item">18,50 €</span></div></li><li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading"><a href="/products/tasses">Lot de deux tasses Hagi</a></h3><span class="price-item">32,00 €</span></div></li><li class="grid__item"><div class="card-wrapper product-card-wrapper"><h3 class="card__heading"><a href="/products/chasen">Fouet à matcha chasen</a></h3><span class="price-item">21,00 €</span></div></li></ul></product-recommendations></section>
</main>
<div id="shopify-section-footer" class="shopify-section"><footer class="footer"><div class="footer-block"><h2 class="footer-block__heading">Newsletter</h2><p>Recevez nos nouveautés et nos conseils d'infusion une fois par mois.</p><form><input type="email"><button>S'inscrire</button></form></div><ul class="footer__list-social"><li><a href="/ig">Instagram</a></li></ul><div class="footer__copyright"><small>© 2024, Maison Sencha Propulsé par Shopify</small></div></footer></div>
</body></html>)HTML",
           {"Fondue et émaillée à Morioka", "Son filtre amovible en inox", "0,8 litre, environ 4 tasses", "Fonte émaillée, filtre inox",
            "Rincer à l'eau chaude", "Ne convient pas au lave-vaisselle"},
           {"Livraison offerte dès 60", "Encore plus belle en vrai", "la poignée chauffe un peu", "Offerte à ma mère", "Sencha d'Uji bio",
            "Fouet à matcha chasen", "nos conseils d'infusion", "Propulsé par Shopify"}});
}
