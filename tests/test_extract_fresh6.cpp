// Round 6 of the fresh pages (issue 18, round 15): whole pages rendered by today's JavaScript
// frameworks and page builders, written before reading the extractor's rules. No class name
// helps: classes are hashes (css-1q2w3e, sc-bdVaJa, _3xX9a, jsx-123, svelte-1x2y3z, data-v-…)
// or Tailwind utility soup, every element is a <div> or a <span>, text comes in <div>s with no
// <p>, headings are styled <div>s with role="heading" and aria-level, the headline and summary
// come again in a hydration <script> (__NEXT_DATA__, __NUXT__, JSON state), teaser cards are an
// <a> wrapping a whole card, lazy images sit in <noscript>, a "read more" expander hides the
// second half of the article in a collapsed <div>, paywall teasers, Elementor, Gutenberg,
// Webflow, Wix and Squarespace block markup, AMP, web components and slots. English, French,
// Dutch, Polish, Japanese, Korean, Arabic, Vietnamese and Indonesian. A page passes when every
// key sentence (the first and the last paragraph, the paragraph in the collapsed half, a
// paragraph after an embedded card, text in a <div> without <p>) is in the output and every
// piece of chrome (card grids, hashed-class menus, cookie banners, "most read" lists, footers,
// app promos, author cards, paywall boxes) is out.
//
// On main unchanged (85acd92) 16 of the first 22 pages passed whole (the generalization figure): the
// failures were the article's second half hidden behind a "read more" control (hidden,
// aria-hidden, display:none: pruned as invisible), a second text widget after an image widget
// left out, a row of like and view counts and an author card at the article's end kept.
// kFresh6Floor holds the count reached and only ever rises: 20 since a hidden box that
// continues the article and that a control opens is not pruned (prune.cpp), and a weak chrome
// name shared by two boxes of prose is a page builder's vocabulary (extract_misnamed.cpp), a
// box of the root's own class holding prose joins it (extract_choice.cpp); 21
// since a bar of counts at the article's edge is a credit line (extract_lines.cpp); 22 since a
// box at the article's end of a portrait, a name alone and a follow link is the author's card
// (extract_author_card.cpp). Pages 23-28 were written after those fixes, before running them:
// main passes 2 of them, the fixes as they stood 4 (a hidden half after an embedded card, not
// after a paragraph; a count row of two <div>s read as "claps34"); 28 of 28 since any sibling
// of prose before the hidden box will do and a count bar is read with its runs apart.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"

using namespace winnow;

namespace {

using Fresh = winnow::test::FreshPage;

// Today's <head>: viewport, preloads, a JSON-LD block, the framework's module scripts.
std::string head(const char* lang, const std::string& title, const char* dir = "ltr", const std::string& extra = "") {
    return std::string("<!DOCTYPE html>\n<html lang=\"") + lang + "\" dir=\"" + dir +
           "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title +
           "</title><link rel=\"preload\" as=\"font\" href=\"/_static/f/inter-var.woff2\" crossorigin=\"\"><link rel=\"stylesheet\" href=\"/_static/css/a81f3c9e.css\">" +
           extra + "<script type=\"module\" src=\"/_static/js/entry.7d2e9a41.js\"></script></head>\n";
}

// A grid of teaser cards: each card one <a> over a picture, a kicker, a headline and a time.
std::string card_grid(const char* box_cls, const char* heading, const std::vector<const char*>& headlines, const char* kicker,
                      const char* time_label) {
    std::string h = std::string("<div class=\"") + box_cls + "\"><div role=\"heading\" aria-level=\"2\" class=\"" + box_cls + "-h\">" + heading +
                    "</div><div class=\"" + box_cls + "-g\">";
    int k = 0;
    for (const char* t : headlines) {
        ++k;
        h += "<a href=\"/p/" + std::to_string(8800 + k) + "-" + std::to_string(k * 37) + "\" class=\"" + box_cls +
             "-c\"><div class=\"" + box_cls + "-i\"><img src=\"/img/t" + std::to_string(k) + ".webp\" alt=\"\" loading=\"lazy\"></div><div class=\"" +
             box_cls + "-k\">" + kicker + "</div><div class=\"" + box_cls + "-t\">" + t + "</div><div class=\"" + box_cls + "-m\">" +
             std::to_string(k + 2) + " " + time_label + "</div></a>";
    }
    return h + "</div></div>\n";
}

// A consent banner as a dialog at the end of <body>.
std::string consent(const char* cls, const char* text, const char* accept, const char* manage) {
    return std::string("<div class=\"") + cls + "\" role=\"dialog\" aria-modal=\"true\"><div class=\"" + cls + "-t\">" + text +
           "</div><div class=\"" + cls + "-b\"><button type=\"button\">" + accept + "</button><button type=\"button\">" + manage +
           "</button></div></div>\n";
}

// A menu of links in hashed classes.
std::string hashed_nav(const char* cls, const std::vector<const char*>& items) {
    std::string h = std::string("<div class=\"") + cls + "\">";
    int k = 0;
    for (const char* m : items) h += std::string("<a class=\"") + cls + "-l\" href=\"/s" + std::to_string(++k) + "\">" + m + "</a>";
    return h + "</div>\n";
}

// ---------------------------------------------------------------------------------------------
// 1. English: a Next.js news page with emotion hashes; paragraphs are <div>s with no <p>, the
// headline a <div role="heading">, an embedded teaser card inside the body, "most read", a
// card grid, a cookie dialog and the story again in __NEXT_DATA__.
Fresh en_next_divs() {
    std::string h = head("en", "Council approves four-day week trial for city staff | The Ledger") + R"X(<body><div id="__next"><div class="css-1n7hynb">
<div class="css-8atqhb"><a class="css-1h5k2aq" href="/" aria-label="The Ledger home"><svg width="120" height="28"></svg></a>)X" +
        hashed_nav("css-q9w8e7", {"Local", "Politics", "Business", "Climate", "Culture", "Newsletters"}) + R"X(</div>
<main class="css-1d3w5wq"><div class="css-ye7ytx"><div class="css-3kd9s1"><a class="css-2o6w1x" href="/local">Local</a></div>
<div role="heading" aria-level="1" class="css-1xz9c1e">Council approves four-day week trial for city staff</div>
<div class="css-7yt9kd">About four hundred employees will work four longer days instead of five during a six-month trial starting in May.</div>
<div class="css-16yp2s3"><span class="css-4rbku5">By Dana Whitfield</span><span class="css-4rbku5"><time datetime="2026-03-04T09:12:00Z">March 4, 2026</time></span></div>
<div class="css-53u6y8">
<div class="css-s99bf2">The city council voted nine to four on Tuesday night to let about four hundred municipal employees work a compressed week, the first such trial by a public employer in the state.</div>
<div class="css-s99bf2">Staff in the planning, permits and parks departments will work ten-hour days from Monday to Thursday, while the service desks stay open on Fridays with a rotating crew of volunteers.</div>
<a class="css-x1v3rz" href="/business/2026/02/remote-work-rules"><div class="css-m2k4p9"><img src="/img/r1.webp" alt=""><div class="css-9d8f7g"><div class="css-h6j5k4">Related</div><div class="css-l3z2x1">Remote work rules tightened for county offices after audit</div></div></div></a>
<div class="css-s99bf2">Supporters said the change costs nothing and could help the city fill dozens of vacant positions, since neighbouring towns pay more but still expect staff at their desks five days a week.</div>
<div class="css-s99bf2">Opponents on the council worried that residents would find offices closed when they needed them, and asked for a report on waiting times after three months.</div>
<div class="css-s99bf2">The human resources director said the results would be published in the autumn, and that the trial would end early if complaints about service rose sharply.</div>
</div></div>
<aside class="css-r5t6y7"><div role="heading" aria-level="2" class="css-p0o9i8">Most read</div><ol class="css-u7y6t5"><li><a href="/m/1">Bridge closure to last until the end of summer</a></li><li><a href="/m/2">Farmers market moves to the riverside car park</a></li><li><a href="/m/3">High school robotics team heads to national final</a></li><li><a href="/m/4">New bus timetable: what changes on Monday</a></li></ol></aside>
</main>
)X" + card_grid("css-g4h5j6", "More from The Ledger", {"Library extends opening hours on weekends", "Rents rise faster than wages for the third year", "Historic cinema reopens after two-year restoration", "Snow ploughs to get GPS trackers this winter"}, "Local", "hours ago") +
        R"X(<footer class="css-f1f2f3"><div class="css-f4f5f6">© 2026 The Ledger Media Group. All rights reserved.</div><a href="/privacy">Privacy</a><a href="/terms">Terms</a><a href="/contact">Contact us</a></footer>
)X" + consent("css-c0c1c2", "We and our partners use cookies to personalise content and ads and to analyse our traffic.", "Accept all", "Manage preferences") +
        R"X(</div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"article":{"headline":"Council approves four-day week trial for city staff","dek":"About four hundred employees will work four longer days instead of five during a six-month trial starting in May.","author":"Dana Whitfield","section":"local"}}},"page":"/[section]/[slug]","buildId":"k3JdP0x9"}</script></body></html>)X";
    return {"en: Next.js page, emotion hashes, <div> paragraphs, embedded card, most read, cookie dialog", h,
            {"The city council voted nine to four on Tuesday night", "Supporters said the change costs nothing",
             "The human resources director said the results would be published in the autumn"},
            {"Remote work rules tightened for county offices", "Bridge closure to last until the end of summer",
             "Library extends opening hours on weekends", "The Ledger Media Group. All rights reserved",
             "We and our partners use cookies", "Newsletters"}};
}

// 2. English: a styled-components blog; the second half of the post sits in a collapsed <div>
// opened by a "Continue reading" button (aria-controls), then an author card and app promo.
Fresh en_sc_readmore() {
    std::string h = head("en", "What I learned from a year of growing tomatoes on a balcony") + R"X(<body><div id="root"><div class="sc-bdVaJa kQjLmN">
<div class="sc-htpNat gXuZkP"><a href="/" class="sc-bxivhb eTpeTG">Small Plots</a><div class="sc-ifAKCX jZkbDl"><a href="/posts">Posts</a><a href="/tags">Tags</a><a href="/about">About</a><a href="/subscribe">Subscribe</a></div></div>
<div class="sc-EHOje cCdMlg"><div class="sc-bZQynM hBTqVa" role="heading" aria-level="1">What I learned from a year of growing tomatoes on a balcony</div>
<div class="sc-gzVnrw fSkWtR"><span>Priya Raman</span> · <span>8 min read</span> · <span>Jun 2, 2026</span></div>
<div class="sc-htoDjs dWpFuQ">
<p class="sc-dnqmqq eOgVPo">When I moved into a flat with a south-facing balcony last spring, I decided to find out how many tomatoes two square metres of concrete could really produce.</p>
<p class="sc-dnqmqq eOgVPo">The short answer is about eleven kilograms, but the longer answer involves a lot of mistakes, a watering system made from old bottles and one very stubborn pigeon.</p>
<p class="sc-dnqmqq eOgVPo">The first mistake was the pots. I bought pretty ceramic ones that held barely ten litres, and by July the plants were wilting every afternoon no matter how often I watered them.</p>
<div class="sc-iwsKbI fGhTqA" id="post-rest" style="max-height:0;overflow:hidden" aria-hidden="true">
<p class="sc-dnqmqq eOgVPo">Moving the plants into forty-litre fabric bags in early August changed everything, and the roots finally had room to hold enough water through the hottest part of the day.</p>
<p class="sc-dnqmqq eOgVPo">The pigeon, meanwhile, learned to pull the netting aside with its beak, so I ended up sewing the edges to a frame of bamboo canes, which it has not yet defeated.</p>
<p class="sc-dnqmqq eOgVPo">Next year I will grow fewer plants in bigger containers, start the seeds two weeks earlier, and leave one pot of basil for the pigeon as a peace offering.</p>
</div>
<button class="sc-gZMcBi kPqWnR" type="button" aria-expanded="false" aria-controls="post-rest">Continue reading</button>
</div>
<div class="sc-gqjmRU hYtRdK"><img src="/u/priya.jpg" alt="" width="56"><div><div class="sc-VigVT gKlPqz">Priya Raman</div><div class="sc-jTzLTM bNmCxW">Writer and amateur gardener. Writes about growing food in small spaces every other Tuesday.</div><button>Follow</button></div></div>
<div class="sc-fjdhpX kXnPzT"><div>Read Small Plots anywhere. Get the app for offline reading and new posts in your pocket.</div><a href="https://apps.example/small-plots">Download on the App Store</a><a href="https://play.example/small-plots">Get it on Google Play</a></div>
</div>
<div class="sc-jzJRlG cFpMqR">© 2026 Small Plots · <a href="/rss">RSS</a> · <a href="/privacy">Privacy</a></div>
</div></div><script>window.__APOLLO_STATE__={"Post:311":{"title":"What I learned from a year of growing tomatoes on a balcony","excerpt":"When I moved into a flat with a south-facing balcony last spring"}};</script></body></html>)X";
    return {"en: styled-components blog, second half in a collapsed <div>, author card, app promo", h,
            {"When I moved into a flat with a south-facing balcony", "The first mistake was the pots",
             "Moving the plants into forty-litre fabric bags", "leave one pot of basil for the pigeon as a peace offering"},
            {"Continue reading", "Writer and amateur gardener", "Get the app for offline reading", "Download on the App Store", "Subscribe"}};
}

// 3. French: a Nuxt page in Tailwind utility soup, text in <div>s, the state again in
// window.__NUXT__, a card grid and a newsletter box.
Fresh fr_nuxt_tailwind() {
    std::string h = head("fr", "La ville teste des rues scolaires fermées aux voitures | Le Courrier du Quartier") + R"X(<body class="antialiased bg-white text-gray-900"><div id="__nuxt"><div id="__layout"><div class="min-h-screen flex flex-col">
<header class="sticky top-0 z-40 bg-white/90 backdrop-blur border-b border-gray-200"><div class="mx-auto max-w-7xl px-4 flex items-center justify-between h-16"><a href="/" class="font-black text-xl tracking-tight">Le Courrier</a>
<div class="hidden md:flex gap-6 text-sm font-medium"><a href="/actu" class="hover:text-red-600">Actualité</a><a href="/societe" class="hover:text-red-600">Société</a><a href="/sport" class="hover:text-red-600">Sport</a><a href="/culture" class="hover:text-red-600">Culture</a><a href="/abonnement" class="rounded-full bg-red-600 px-4 py-1.5 text-white">S'abonner</a></div></div></header>
<div class="mx-auto max-w-7xl px-4 py-8 grid grid-cols-12 gap-8"><div class="col-span-12 lg:col-span-8">
<div class="text-xs font-semibold uppercase tracking-wider text-red-600">Mobilité</div>
<div class="mt-2 text-3xl md:text-5xl font-extrabold leading-tight" role="heading" aria-level="1">La ville teste des rues scolaires fermées aux voitures</div>
<div class="mt-4 text-lg text-gray-600 leading-7">Six rues seront interdites à la circulation aux heures d'entrée et de sortie des classes dès la rentrée de septembre.</div>
<div class="mt-4 flex items-center gap-3 text-sm text-gray-500"><span>Par Camille Lefort</span><span aria-hidden="true">•</span><span>12 mars 2026 à 07h30</span></div>
<div class="mt-8 max-w-prose text-[17px] leading-8 space-y-6">
<div class="mt-6">La municipalité va fermer six rues aux voitures devant les écoles primaires pendant une demi-heure le matin et l'après-midi, à titre d'essai jusqu'aux vacances d'hiver.</div>
<div class="mt-6">Des barrières amovibles seront posées par les agents municipaux, et seuls les riverains et les véhicules de secours pourront entrer dans le périmètre pendant ces créneaux.</div>
<div class="mt-6">Les associations de parents d'élèves réclamaient cette mesure depuis plusieurs années, après deux accidents sans gravité survenus devant l'école des Tilleuls.</div>
<div class="mt-6">Certains commerçants craignent en revanche de perdre des clients, et la chambre de commerce demande que les livraisons restent autorisées avant huit heures.</div>
<div class="mt-6">Un premier bilan sera présenté au conseil municipal en janvier, avec des comptages de la circulation dans les rues voisines pour vérifier que les voitures ne s'y reportent pas.</div>
</div>
<div class="mt-10 rounded-2xl bg-gray-50 p-6"><div class="text-lg font-bold">La newsletter du matin</div><div class="mt-1 text-sm text-gray-600">Recevez chaque jour à 7 heures l'essentiel de l'actualité de votre quartier.</div><div class="mt-3 flex gap-2"><input type="email" placeholder="Votre adresse e-mail" class="flex-1 rounded-lg border px-3 py-2"><button class="rounded-lg bg-black px-4 py-2 text-white">Je m'inscris</button></div></div>
</div>
<div class="col-span-12 lg:col-span-4"><div class="text-sm font-bold uppercase tracking-wider">Les plus lus</div><div class="mt-4 divide-y"><a href="/a/1" class="block py-3 hover:underline">Le marché couvert fermé pour travaux jusqu'en juin</a><a href="/a/2" class="block py-3 hover:underline">Le club de basket monte en deuxième division</a><a href="/a/3" class="block py-3 hover:underline">Une boulangerie primée au concours régional</a></div></div></div>
)X" + card_grid("mx-auto max-w-7xl px-4 py-10 border-t", "À lire aussi", {"Pistes cyclables : le plan vélo prend du retard", "Les tarifs du stationnement augmentent en avril", "Un nouveau parc ouvrira au printemps près de la gare"}, "Mobilité", "min de lecture") +
        R"X(<footer class="bg-gray-900 text-gray-300 text-sm"><div class="mx-auto max-w-7xl px-4 py-8">© 2026 Le Courrier du Quartier — Tous droits réservés · <a href="/mentions-legales">Mentions légales</a> · <a href="/cookies">Gestion des cookies</a></div></footer>
</div></div></div><script>window.__NUXT__=(function(a,b){return {data:[{article:{title:"La ville teste des rues scolaires fermées aux voitures",chapo:"Six rues seront interdites à la circulation aux heures d'entrée et de sortie des classes dès la rentrée de septembre.",author:a}}],state:{lang:b}}}("Camille Lefort","fr"));</script></body></html>)X";
    return {"fr: Nuxt page in Tailwind utility classes, <div> paragraphs, newsletter box, card grid", h,
            {"La municipalité va fermer six rues aux voitures", "Les associations de parents d'élèves réclamaient",
             "Un premier bilan sera présenté au conseil municipal en janvier"},
            {"Recevez chaque jour à 7 heures", "Le marché couvert fermé pour travaux", "Pistes cyclables : le plan vélo prend du retard",
             "Tous droits réservés", "S'abonner"}};
}

// 4. French: a WordPress Gutenberg post with an embed card in the middle, a pull quote block,
// a "related posts" block and a comment form.
Fresh fr_gutenberg_embed() {
    std::string h = head("fr", "Randonnée : la traversée du Vercors en cinq jours – Carnets de sentiers") + R"X(<body class="wp-singular post-template-default single single-post postid-2291 wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group is-layout-flex wp-container-core-group-is-layout-6c531013"><p class="wp-block-site-title"><a href="/">Carnets de sentiers</a></p>
<nav class="wp-block-navigation is-layout-flex"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/itineraires/">Itinéraires</a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/materiel/">Matériel</a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="/a-propos/">À propos</a></li></ul></nav></div></header>
<main class="wp-block-group is-layout-constrained wp-container-core-group-is-layout-12dd3699"><h1 class="wp-block-post-title">Randonnée : la traversée du Vercors en cinq jours</h1>
<div class="wp-block-post-date"><time datetime="2026-05-21T08:00:00+02:00">21 mai 2026</time></div>
<div class="entry-content wp-block-post-content is-layout-constrained">
<p>Nous sommes partis de Corrençon un lundi matin avec des sacs de quatorze kilos, quatre litres d'eau chacun et une carte au vingt-cinq millième qui ne nous a jamais quittés.</p>
<p>Le plateau des Hauts du Vercors n'a presque aucune source, et il faut porter toute son eau entre les rares cabanes où une citerne recueille la pluie.</p>
<figure class="wp-block-embed is-type-wp-embed is-provider-carnets-de-sentiers wp-block-embed-carnets-de-sentiers"><div class="wp-block-embed__wrapper"><blockquote class="wp-embedded-content" data-secret="Xk29sLq"><a href="/materiel/filtre-a-eau-test/">Test : quatre filtres à eau pour la montagne</a></blockquote></div></figure>
<p>Le deuxième soir, à la cabane de Carrette, un berger nous a expliqué que les citernes sont vidées par les randonneurs dès la fin juillet lors des étés secs.</p>
<blockquote class="wp-block-quote is-layout-flow"><p>Ici, l'eau se mérite, et on ne la gaspille jamais pour la vaisselle.</p></blockquote>
<p>Nous sommes arrivés à Die le vendredi après-midi, les pieds en compote mais ravis, après quatre-vingt-dix kilomètres et trois mille mètres de dénivelé positif.</p>
</div>
<div class="wp-block-group is-layout-flow"><h2 class="wp-block-heading">Articles similaires</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts"><li><a class="wp-block-latest-posts__post-title" href="/chartreuse/">Trois jours dans la Chartreuse sans voiture</a></li><li><a class="wp-block-latest-posts__post-title" href="/bivouac/">Bivouac : ce que dit vraiment la réglementation</a></li></ul></div>
<div class="wp-block-comments"><h2 id="reply-title" class="comment-reply-title">Laisser un commentaire</h2><form action="/wp-comments-post.php" method="post" id="commentform"><p class="comment-notes">Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *</p><textarea id="comment" name="comment"></textarea><input type="submit" value="Laisser un commentaire"></form></div>
</main>
<footer class="wp-block-template-part"><div class="wp-block-group"><p class="has-small-font-size">Fièrement propulsé par WordPress · Carnets de sentiers 2026</p></div></footer></div>
<script src="/wp-includes/js/wp-embed.min.js?ver=6.8" id="wp-embed-js" defer></script></body></html>)X";
    return {"fr: Gutenberg post, embed card mid-article, related posts, comment form", h,
            {"Nous sommes partis de Corrençon un lundi matin", "Le deuxième soir, à la cabane de Carrette",
             "Nous sommes arrivés à Die le vendredi après-midi"},
            {"Test : quatre filtres à eau pour la montagne", "Trois jours dans la Chartreuse sans voiture",
             "Votre adresse e-mail ne sera pas publiée", "Fièrement propulsé par WordPress"}};
}

// 5. Dutch: an Elementor page, every block in generated data-id wrappers, the text widget
// holding the article, an "over de auteur" box and a share widget.
Fresh nl_elementor() {
    const auto widget = [](const char* id, const char* type, const std::string& inner) {
        return std::string("<div class=\"elementor-element elementor-element-") + id + " elementor-widget elementor-widget-" + type +
               "\" data-id=\"" + id + "\" data-element_type=\"widget\" data-widget_type=\"" + type +
               ".default\"><div class=\"elementor-widget-container\">" + inner + "</div></div>\n";
    };
    std::string h = head("nl", "Zo maak je je tuin klaar voor een droge zomer - Groen Thuis") + R"X(<body class="post-template-default single single-post elementor-default elementor-kit-7 elementor-page elementor-page-4412">
<div data-elementor-type="header" data-elementor-id="118" class="elementor elementor-118 elementor-location-header"><div class="elementor-element elementor-element-2f1c0e4 e-flex e-con-boxed e-con e-parent" data-id="2f1c0e4"><div class="e-con-inner">
)X" + widget("5a7b3c1", "theme-site-logo", "<a href=\"/\"><img src=\"/logo.svg\" alt=\"Groen Thuis\"></a>") +
        widget("8d2e4f6", "nav-menu", "<nav class=\"elementor-nav-menu--main\"><ul class=\"elementor-nav-menu\"><li><a href=\"/moestuin/\">Moestuin</a></li><li><a href=\"/kamerplanten/\">Kamerplanten</a></li><li><a href=\"/tuinontwerp/\">Tuinontwerp</a></li><li><a href=\"/webshop/\">Webshop</a></li></ul></nav>") +
        R"X(</div></div></div>
<div data-elementor-type="wp-post" data-elementor-id="4412" class="elementor elementor-4412"><div class="elementor-element elementor-element-61c3a9d e-con-full e-flex e-con e-parent" data-id="61c3a9d">
)X" + widget("3e9f0a2", "heading", "<h1 class=\"elementor-heading-title elementor-size-default\">Zo maak je je tuin klaar voor een droge zomer</h1>") +
        widget("7c4d1b8", "post-info", "<ul class=\"elementor-inline-items elementor-icon-list-items elementor-post-info\"><li>Door Sanne de Wit</li><li>14 april 2026</li><li>5 reacties</li></ul>") +
        widget("b1a2c3d", "text-editor", R"X(<p>De afgelopen drie zomers waren in ons land droger dan gemiddeld, en veel tuinen kwamen er slecht vanaf: gazons verbrandden en jonge bomen gingen dood.</p>
<p>Het begint bij de bodem. Een laag compost of houtsnippers van vijf centimeter houdt het vocht vast en beschermt de wortels tegen de felle zon.</p>
<p>Vang regenwater op in een ton of een ondergrondse tank. Een dak van vijftig vierkante meter levert in een gewoon jaar ruim veertigduizend liter water op.</p>)X") +
        widget("e5f6a7b", "image", "<img src=\"/wp-content/uploads/2026/04/regenton.jpg\" alt=\"Regenton\" width=\"800\"><figcaption class=\"widget-image-caption wp-caption-text\">Een regenton naast de schuur.</figcaption>") +
        widget("c8d9e0f", "text-editor", R"X(<p>Kies planten die tegen droogte kunnen, zoals lavendel, salie en siergrassen, en zet ze dicht bij elkaar zodat de grond minder snel uitdroogt.</p>
<p>Geef liever één keer per week veel water dan elke dag een beetje, dan groeien de wortels dieper de grond in en wordt de tuin vanzelf sterker.</p>)X") +
        widget("f0e1d2c", "share-buttons", "<div class=\"elementor-grid\"><div class=\"elementor-share-btn elementor-share-btn_facebook\"><span class=\"elementor-share-btn__title\">Delen</span></div><div class=\"elementor-share-btn elementor-share-btn_whatsapp\"><span class=\"elementor-share-btn__title\">WhatsApp</span></div><div class=\"elementor-share-btn elementor-share-btn_pinterest\"><span class=\"elementor-share-btn__title\">Pinnen</span></div></div>") +
        widget("a9b8c7d", "author-box", "<div class=\"elementor-author-box\"><img src=\"/u/sanne.jpg\" alt=\"Sanne de Wit\"><div class=\"elementor-author-box__text\"><h4 class=\"elementor-author-box__name\">Sanne de Wit</h4><div class=\"elementor-author-box__bio\">Sanne is hovenier en schrijft al tien jaar over duurzame tuinen en de moestuin.</div><a class=\"elementor-author-box__button\" href=\"/auteur/sanne/\">Alle berichten</a></div></div>") +
        R"X(</div></div>
<div data-elementor-type="footer" data-elementor-id="131" class="elementor elementor-131 elementor-location-footer"><div class="elementor-element elementor-element-9a8b7c6 e-con e-parent" data-id="9a8b7c6">
)X" + widget("1d2e3f4", "text-editor", "<p>© 2026 Groen Thuis B.V. · KvK 81234567 · <a href=\"/privacy/\">Privacyverklaring</a> · <a href=\"/voorwaarden/\">Algemene voorwaarden</a></p>") +
        R"X(</div></div></body></html>)X";
    return {"nl: Elementor page, generated data-id wrappers, two text widgets around an image, author box", h,
            {"De afgelopen drie zomers waren in ons land droger dan gemiddeld", "Vang regenwater op in een ton",
             "Kies planten die tegen droogte kunnen", "Geef liever één keer per week veel water"},
            {"Sanne is hovenier en schrijft al tien jaar", "Groen Thuis B.V. · KvK", "Kamerplanten", "Pinnen"}};
}

// 6. Dutch: a news page whose only structure is ARIA: role="article", role="heading",
// role="navigation", role="complementary" and role="contentinfo" on <div>s with hashes.
Fresh nl_aria_roles() {
    std::string h = head("nl", "Gemeente wil leegstaande kantoren ombouwen tot woningen - Stadsblad") + R"X(<body><div class="_1kQ9x">
<div role="navigation" class="_2mPz7"><a href="/">Stadsblad</a><a href="/nieuws">Nieuws</a><a href="/wonen">Wonen</a><a href="/verkeer">Verkeer</a><a href="/sport">Sport</a><a href="/112">112</a></div>
<div role="main" class="_3xX9a"><div role="article" class="_4nB2c">
<div role="heading" aria-level="1" class="_5tR8w">Gemeente wil leegstaande kantoren ombouwen tot woningen</div>
<div class="_6yU1e"><span class="_7iO3p">Door Joost Verhoeven</span><span class="_7iO3p">Gisteren, 18:04</span></div>
<div class="_8aS4d">De gemeente wil de komende vijf jaar twaalf leegstaande kantoorpanden laten ombouwen tot ruim achthonderd woningen, vooral voor starters en ouderen.</div>
<div class="_8aS4d">Eigenaren die meedoen krijgen sneller een vergunning en hoeven minder parkeerplaatsen aan te leggen dan bij nieuwbouw gebruikelijk is.</div>
<div role="heading" aria-level="2" class="_9fG5h">Kritiek van huurders</div>
<div class="_8aS4d">De huurdersvereniging vindt dat de gemeente te weinig eist: slechts een derde van de nieuwe woningen hoeft betaalbaar te zijn, de rest mag tegen marktprijzen worden verhuurd.</div>
<div class="_8aS4d">De wethouder zegt dat strengere eisen de plannen onbetaalbaar maken en dat de eigenaren dan helemaal niet meer willen verbouwen.</div>
</div>
<div role="complementary" class="_0hJ6k"><div role="heading" aria-level="2">Meest gelezen</div><a href="/n/1" class="_1lK7m"><span>1</span>Brand in loods op industrieterrein snel onder controle</a><a href="/n/2" class="_1lK7m"><span>2</span>Nieuwe fietsbrug over het kanaal gaat in juni open</a><a href="/n/3" class="_1lK7m"><span>3</span>Supermarkt in het centrum sluit na veertig jaar</a></div>
</div>
<div role="contentinfo" class="_2zX8c">Stadsblad is onderdeel van Regionale Media Groep · <a href="/colofon">Colofon</a> · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookie-instellingen</a></div>
</div></body></html>)X";
    return {"nl: ARIA roles on hashed <div>s, role=heading subheads, most read as numbered cards", h,
            {"De gemeente wil de komende vijf jaar twaalf leegstaande kantoorpanden", "De huurdersvereniging vindt dat de gemeente te weinig eist",
             "De wethouder zegt dat strengere eisen de plannen onbetaalbaar maken"},
            {"Brand in loods op industrieterrein", "Stadsblad is onderdeel van Regionale Media Groep", "Cookie-instellingen"}};
}

// 7. Polish: a Wix page: generated comp- ids, every paragraph a <p class="font_8"> inside
// <div data-testid="richTextElement">, a "Czytaj także" card grid, a Wix footer.
Fresh pl_wix() {
    std::string h = head("pl", "Jak przygotować rower do sezonu | Warsztat pod Lasem") + R"X(<body><div id="SITE_CONTAINER"><div id="main_MF"><div id="site-root">
<header id="SITE_HEADER" class="xU8fqS"><div id="comp-kx8w2l1a" class="comp-kx8w2l1a wixui-rich-text" data-testid="richTextElement"><p class="font_6"><a href="/">Warsztat pod Lasem</a></p></div>
<nav id="comp-kx8w3m9b" aria-label="Witryna"><ul class="StylableHorizontalMenu3372578893__menu"><li><a href="/uslugi">Usługi</a></li><li><a href="/cennik">Cennik</a></li><li><a href="/blog">Blog</a></li><li><a href="/kontakt">Kontakt</a></li></ul></nav></header>
<main id="PAGES_CONTAINER"><div id="SITE_PAGES"><div class="post-page" data-hook="post-page">
<div data-hook="post-title" class="blog-post-title-font"><span class="post-title">Jak przygotować rower do sezonu</span></div>
<div data-hook="post-metadata"><span data-hook="user-name">Tomasz Wróbel</span> <span data-hook="time-ago">14 mar</span> <span data-hook="time-to-read">3 min czytania</span></div>
<div data-hook="post-description"><div class="_1wjX0" data-rce-version="9.4.1"><div class="_3Ku3s" dir="ltr">
<div class="_2XlQd" id="viewer-foo"><span class="_2PHJq">Po zimie w piwnicy każdy rower potrzebuje kilku prostych czynności, zanim bezpiecznie wyjedzie na drogę, a większość z nich można zrobić samemu w godzinę.</span></div>
<div class="_2XlQd" id="viewer-3k1n9"><span class="_2PHJq">Zacznij od opon: guma po kilku miesiącach traci powietrze, a zbyt niskie ciśnienie zwiększa opory i ryzyko przebicia na pierwszym krawężniku.</span></div>
<div class="_2XlQd" id="viewer-7bq2c"><span class="_2PHJq">Łańcuch trzeba wyczyścić z zeszłorocznego smaru i błota, najlepiej szmatką nasączoną odtłuszczaczem, a dopiero potem nałożyć nowy olej, kropla po kropli na każde ogniwo.</span></div>
<div class="_2XlQd" id="viewer-9mz4x"><span class="_2PHJq">Na koniec sprawdź hamulce. Jeśli klocki są starte do wskaźnika albo linka jest zardzewiała, lepiej przyjechać do warsztatu niż ryzykować na pierwszym zjeździe.</span></div>
</div></div></div>
<div data-hook="post-footer"><span data-hook="like-button">12 polubień</span> <span data-hook="views">340 wyświetleń</span></div>
</div>
)X" + card_grid("_3nVt8", "Czytaj także", {"Pięć tras rowerowych wokół miasta na weekend", "Opony zimowe do roweru: czy warto?", "Jak dobrać rozmiar ramy do wzrostu"}, "Blog", "min czytania") +
        R"X(</div></main>
<footer id="SITE_FOOTER"><div id="comp-kx8w5z2d" data-testid="richTextElement"><p class="font_9">ul. Leśna 12, 05-500 Piaseczno · tel. 600 100 200 · © 2026 Warsztat pod Lasem. Stworzone przy pomocy Wix.com</p></div></footer>
</div></div></div></body></html>)X";
    return {"pl: Wix blog post, rich-content viewer <div>s with <span> paragraphs, likes and views, card grid", h,
            {"Po zimie w piwnicy każdy rower potrzebuje", "Łańcuch trzeba wyczyścić z zeszłorocznego smaru", "Na koniec sprawdź hamulce"},
            {"12 polubień", "340 wyświetleń", "Pięć tras rowerowych wokół miasta", "Stworzone przy pomocy Wix.com"}};
}

// 8. Polish: a React news page with a paywall: three paragraphs, then a box that asks for a
// subscription; the rest of the article is not in the page.
Fresh pl_paywall() {
    std::string h = head("pl", "Ceny mieszkań w dużych miastach znów rosną - Gazeta Rynkowa") + R"X(<body><div id="app"><div class="a1b2c3">
)X" + hashed_nav("d4e5f6", {"Wiadomości", "Gospodarka", "Nieruchomości", "Finanse", "Opinie", "Premium"}) + R"X(
<article class="g7h8i9"><div class="j0k1l2"><h1 class="m3n4o5">Ceny mieszkań w dużych miastach znów rosną</h1>
<div class="p6q7r8">W pierwszym kwartale mieszkania w Warszawie, Krakowie i Wrocławiu zdrożały średnio o cztery procent, wynika z danych banku centralnego.</div>
<div class="s9t0u1"><span>Anna Kowalczyk</span><span>27.04.2026, 06:00</span><span class="v2w3x4">Artykuł premium</span></div></div>
<div class="y5z6a7">
<p class="b8c9d0">Po kilku miesiącach spokoju ceny mieszkań w największych miastach znów idą w górę, a deweloperzy mówią o rekordowej liczbie rezerwacji w marcu i kwietniu.</p>
<p class="b8c9d0">Ekonomiści tłumaczą to spadkiem stóp procentowych, który sprawił, że kredyt hipoteczny jest znów dostępny dla rodzin, które jeszcze rok temu nie miały zdolności kredytowej.</p>
<p class="b8c9d0">Najszybciej drożeją małe mieszkania na obrzeżach, kupowane często na wynajem przez inwestorów, którzy płacą gotówką i nie czekają na decyzję banku.</p>
</div>
<div class="e1f2g3" data-paywall="true"><div class="h4i5j6">Pozostało 78% artykułu</div><div class="k7l8m9">Ten artykuł jest dostępny tylko dla prenumeratorów. Wykup dostęp i czytaj bez ograniczeń wszystkie teksty serwisu.</div><a href="/prenumerata" class="n0o1p2">Kup prenumeratę od 9,90 zł</a><a href="/logowanie" class="q3r4s5">Masz już konto? Zaloguj się</a></div>
</article>
<div class="t6u7v8"><div role="heading" aria-level="2">Najczęściej czytane</div><a href="/n/1">Nowe zasady wypłaty emerytur od czerwca</a><a href="/n/2">Stopy procentowe: co zdecyduje rada w maju</a><a href="/n/3">Podatek od nieruchomości wzrośnie w stu gminach</a></div>
<div class="w9x0y1">Pobierz aplikację Gazety Rynkowej i otrzymuj powiadomienia o najważniejszych wydarzeniach. <a href="/app">Pobierz</a></div>
<div class="z2a3b4">© 2026 Gazeta Rynkowa sp. z o.o. Wszelkie prawa zastrzeżone. <a href="/regulamin">Regulamin</a> <a href="/rodo">Polityka prywatności</a></div>
</div></div><script>window.__INITIAL_STATE__={"article":{"id":91823,"title":"Ceny mieszkań w dużych miastach znów rosną","lead":"W pierwszym kwartale mieszkania w Warszawie, Krakowie i Wrocławiu zdrożały średnio o cztery procent","paywall":true}};</script></body></html>)X";
    return {"pl: React news page cut by a paywall box, most read, app promo", h,
            {"Po kilku miesiącach spokoju ceny mieszkań", "Ekonomiści tłumaczą to spadkiem stóp procentowych",
             "Najszybciej drożeją małe mieszkania na obrzeżach"},
            {"Pozostało 78% artykułu", "Ten artykuł jest dostępny tylko dla prenumeratorów", "Kup prenumeratę", "Nowe zasady wypłaty emerytur",
             "Pobierz aplikację Gazety Rynkowej", "Wszelkie prawa zastrzeżone"}};
}

// 9. Japanese: a Next.js news page with CSS-module hashes; paragraphs are <div>s, an embedded
// "関連記事" card between them, a ranking list and a footer.
Fresh ja_next_modules() {
    std::string h = head("ja", "地方鉄道、自動運転バスに転換へ 2028年から実証運行｜みなと新聞") + R"X(<body><div id="__next"><div class="_1a2B3">
<div class="_4c5D6"><a href="/" class="_7e8F9">みなと新聞</a><div class="_0g1H2"><a href="/news">ニュース</a><a href="/economy">経済</a><a href="/life">くらし</a><a href="/sports">スポーツ</a><a href="/login">ログイン</a></div></div>
<main class="_3i4J5"><div class="_6k7L8"><div role="heading" aria-level="1" class="_9m0N1">地方鉄道、自動運転バスに転換へ　2028年から実証運行</div>
<div class="_2o3P4"><time datetime="2026-06-18T11:30:00+09:00">2026年6月18日 11:30</time><span>社会部　佐藤 健</span></div>
<div class="_5q6R7">
<div class="_8s9T0">利用者の減少が続く県北部のローカル線について、県と沿線の三つの町は十八日、鉄道を廃止して自動運転のバスに転換する方針を正式に決めた。</div>
<div class="_8s9T0">線路の跡地をバス専用道に整備し、二〇二八年春から運転手が同乗する形で実証運行を始める。運行本数は現在の一日八往復から二十往復程度に増やす計画だ。</div>
<a href="/article/20260602-bus" class="_1u2V3"><div class="_4w5X6"><img src="/img/bus.jpg" alt=""><div class="_7y8Z9"><div class="_0a1B2">関連記事</div><div class="_3c4D5">全国初の自動運転バス専用道、利用者は想定の二倍に</div></div></div></a>
<div class="_8s9T0">沿線の高校に通う生徒の保護者からは、冬の積雪時にも安全に運行できるのかを不安視する声が上がっており、県は除雪体制を含めた計画を秋までにまとめるとしている。</div>
<div class="_8s9T0">鉄道会社の社長は記者会見で「地域の足を守るための苦渋の決断だ。百年続いた鉄路がなくなるのは寂しいが、便利になる面もある」と述べた。</div>
</div></div>
<div class="_6e7F8"><div role="heading" aria-level="2">アクセスランキング</div><ol><li><a href="/r/1">猛暑日、今年最多の地点で観測</a></li><li><a href="/r/2">新しい図書館が駅前に開館</a></li><li><a href="/r/3">高校野球、県大会の組み合わせ決まる</a></li></ol></div></main>
<div class="_9g0H1"><div>みなと新聞アプリなら、速報をプッシュ通知でお届けします。</div><a href="/app">アプリをダウンロード</a></div>
<footer class="_2i3J4">Copyright © Minato Shimbun. All rights reserved. 記事・写真の無断転載を禁じます。</footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"title":"地方鉄道、自動運転バスに転換へ　2028年から実証運行","description":"利用者の減少が続く県北部のローカル線について、県と沿線の三つの町は十八日、鉄道を廃止して自動運転のバスに転換する方針を正式に決めた。"}},"page":"/article/[id]"}</script></body></html>)X";
    return {"ja: Next.js page, CSS-module hashes, <div> paragraphs, embedded related card, ranking, app promo", h,
            {"利用者の減少が続く県北部のローカル線について", "線路の跡地をバス専用道に整備し", "沿線の高校に通う生徒の保護者からは",
             "百年続いた鉄路がなくなるのは寂しいが"},
            {"全国初の自動運転バス専用道", "猛暑日、今年最多の地点で観測", "速報をプッシュ通知でお届けします", "記事・写真の無断転載を禁じます"}};
}

// 10. Japanese: an AMP page with amp-consent, amp-carousel of related stories, an amp-accordion
// whose second section holds the rest of the article.
Fresh ja_amp_accordion() {
    std::string h = std::string("<!doctype html>\n<html ⚡ lang=\"ja\"><head><meta charset=\"utf-8\"><title>和菓子職人が語る、季節の生菓子づくり | 暮らしの手帖web</title>") +
        R"X(<link rel="canonical" href="https://kurashi.example/wagashi"><meta name="viewport" content="width=device-width"><style amp-boilerplate>body{visibility:hidden}</style>
<script async src="https://cdn.ampproject.org/v0.js"></script><script async custom-element="amp-accordion" src="https://cdn.ampproject.org/v0/amp-accordion-0.1.js"></script></head>
<body><amp-consent id="consent" layout="nodisplay"><div class="consent-ui">当サイトでは、利便性向上と広告配信のためにクッキーを使用しています。<button on="tap:consent.accept">同意する</button><button on="tap:consent.reject">拒否する</button></div></amp-consent>
<header class="hdr"><a href="/">暮らしの手帖web</a><amp-img src="/menu.svg" width="24" height="24" alt="メニュー"></amp-img></header>
<article><h1>和菓子職人が語る、季節の生菓子づくり</h1><div class="meta">2026.04.02　文・山本 由紀</div>
<p>京都の路地裏にある小さな店で、三代目の職人は毎朝四時に起きて、その日に売る分だけの生菓子を手で作っている。</p>
<p>春の菓子は桜の花びらを白あんと薄紅色の練り切りで表し、一つを仕上げるのに五分ほどかかるという。</p>
<amp-accordion disable-session-states><section><h2>続きを読む</h2><div>
<p>夏には葛を使った透明な菓子が並び、見た目の涼しさも味のうちだと職人は話す。材料の葛は奈良の山奥から取り寄せている。</p>
<p>「同じ形を毎日作っていても、季節の気温や湿度で生地の硬さが変わる。そこを手で感じ取るのが一番難しい」と職人は笑った。</p>
</div></section></amp-accordion>
<amp-carousel type="carousel" height="200" layout="fixed-height"><a href="/r/1" class="card"><amp-img src="/r1.jpg" width="160" height="100"></amp-img><div>老舗の味を守る、城下町のせんべい店</div></a><a href="/r/2" class="card"><amp-img src="/r2.jpg" width="160" height="100"></amp-img><div>春のピクニックに持っていきたいお弁当</div></a></amp-carousel>
</article><footer>© 2026 暮らしの手帖web　<a href="/privacy">プライバシーポリシー</a></footer></body></html>)X";
    return {"ja: AMP page, amp-consent, the second half in an amp-accordion section, related carousel", h,
            {"京都の路地裏にある小さな店で", "春の菓子は桜の花びらを", "夏には葛を使った透明な菓子が並び", "そこを手で感じ取るのが一番難しい"},
            {"当サイトでは、利便性向上と広告配信のために", "老舗の味を守る、城下町のせんべい店", "プライバシーポリシー"}};
}

// 11. Korean: a web-component article: <news-article> with slotted light-DOM children, a
// declarative shadow-root <template> for the chrome, <my-article-body> holding <div>
// paragraphs, a reporter card and "많이 본 뉴스".
Fresh ko_web_components() {
    std::string h = head("ko", "서울 지하철, 내년부터 심야 운행 1시간 연장 | 한빛일보") + R"X(<body><site-shell>
<template shadowrootmode="open"><style>:host{display:block}</style><slot name="header"></slot><slot></slot><slot name="footer"></slot></template>
<site-header slot="header"><a href="/">한빛일보</a><nav-menu><a href="/politics">정치</a><a href="/economy">경제</a><a href="/society">사회</a><a href="/world">국제</a><a href="/opinion">오피니언</a></nav-menu></site-header>
<news-article>
<div slot="headline" role="heading" aria-level="1">서울 지하철, 내년부터 심야 운행 1시간 연장</div>
<div slot="byline">김민준 기자 · 입력 2026.09.03 14:20</div>
<my-article-body>
<div>서울시는 내년 1월부터 지하철 1호선부터 8호선까지의 운행 시간을 새벽 1시까지 한 시간 연장한다고 3일 밝혔다.</div>
<div>시는 심야 시간대 택시 잡기가 어렵다는 시민들의 불만이 계속되자, 운행 연장에 필요한 인력과 예산을 추가로 확보했다고 설명했다.</div>
<figure><noscript><img src="/photo/subway.jpg" alt="지하철 승강장"></noscript><img data-src="/photo/subway.jpg" class="lazy" alt=""><figcaption>서울 지하철 2호선 승강장의 모습.</figcaption></figure>
<div>다만 노동조합은 야간 근무가 늘어나는 만큼 휴식 시간 보장과 인력 충원이 먼저 이뤄져야 한다며 협의를 요구하고 있다.</div>
<div>시는 연말까지 노조와 협의를 마치고 시범 운행을 거쳐 본격 시행 여부를 최종 결정할 계획이다.</div>
</my-article-body>
<reporter-card><img src="/r/kim.jpg" alt=""><div>김민준 기자</div><div>교통과 도시 문제를 취재합니다. 제보는 이메일로 보내 주세요.</div><a href="/reporter/kim">기자 구독</a></reporter-card>
</news-article>
<ranking-list><div role="heading" aria-level="2">많이 본 뉴스</div><a href="/n/1">올겨울 난방비 지원 대상 확대</a><a href="/n/2">프로야구 포스트시즌 일정 확정</a><a href="/n/3">수도권 아파트 전셋값 석 달째 상승</a></ranking-list>
<site-footer slot="footer">Copyright ⓒ 한빛일보. 무단전재 및 재배포 금지.</site-footer>
</site-shell></body></html>)X";
    return {"ko: web components and slots, <div> paragraphs in <my-article-body>, lazy image in <noscript>, reporter card", h,
            {"서울시는 내년 1월부터 지하철 1호선부터 8호선까지", "다만 노동조합은 야간 근무가 늘어나는 만큼",
             "시는 연말까지 노조와 협의를 마치고"},
            {"교통과 도시 문제를 취재합니다", "올겨울 난방비 지원 대상 확대", "무단전재 및 재배포 금지"}};
}

// 12. Korean: a Svelte blog with svelte-hash classes, paragraphs as <div>s, a "더보기"
// expander whose hidden half uses the hidden attribute, and a card grid.
Fresh ko_svelte_hidden() {
    std::string h = head("ko", "제주 올레길 7코스, 비 오는 날 걷기 | 느린 여행") + R"X(<body><div id="svelte"><div class="app svelte-1x2y3z">
<div class="top svelte-9q8w7e"><a href="/" class="svelte-9q8w7e">느린 여행</a><a href="/trips" class="svelte-9q8w7e">여행기</a><a href="/tips" class="svelte-9q8w7e">여행 팁</a><a href="/about" class="svelte-9q8w7e">소개</a></div>
<div class="post svelte-4r5t6y"><div class="title svelte-4r5t6y" role="heading" aria-level="1">제주 올레길 7코스, 비 오는 날 걷기</div>
<div class="date svelte-4r5t6y">2026년 5월 9일 · 읽는 데 6분</div>
<div class="body svelte-4r5t6y">
<div class="para svelte-u7i8o9">제주에 도착한 날 아침부터 비가 내렸지만, 우비를 챙겨 입고 외돌개에서 출발하는 올레길 7코스를 걷기로 했다.</div>
<div class="para svelte-u7i8o9">비에 젖은 현무암 해안은 맑은 날보다 색이 더 짙어 보였고, 파도 소리가 빗소리와 섞여 길 내내 이어졌다.</div>
<div id="more-1" class="rest svelte-u7i8o9" hidden>
<div class="para svelte-u7i8o9">법환포구에 이르렀을 때는 신발이 완전히 젖어서, 작은 식당에 들어가 따뜻한 성게 미역국으로 몸을 녹였다.</div>
<div class="para svelte-u7i8o9">월평마을까지 열일곱 킬로미터를 다 걷고 나니 비가 그쳤고, 구름 사이로 한라산이 잠깐 모습을 드러냈다.</div>
</div>
<button class="more svelte-u7i8o9" aria-controls="more-1" aria-expanded="false">더보기</button>
</div></div>
)X" + card_grid("cards svelte-p0a9s8", "이런 글은 어때요", {"우도 자전거 일주, 반나절이면 충분할까", "제주 동쪽 오름 세 곳 비교", "비행기 대신 배로 제주 가기"}, "여행기", "분 전") +
        R"X(<div class="foot svelte-d7f6g5">© 2026 느린 여행 · 모든 사진과 글의 저작권은 작성자에게 있습니다.</div>
</div></div></body></html>)X";
    return {"ko: Svelte blog, <div> paragraphs, the second half under the hidden attribute opened by a button, card grid", h,
            {"제주에 도착한 날 아침부터 비가 내렸지만", "비에 젖은 현무암 해안은", "법환포구에 이르렀을 때는 신발이 완전히 젖어서",
             "구름 사이로 한라산이 잠깐 모습을 드러냈다"},
            {"더보기", "우도 자전거 일주", "모든 사진과 글의 저작권은 작성자에게 있습니다"}};
}

// 13. Arabic (RTL): a Vue news page with data-v attributes and hashed classes, role=heading, an
// inline "اقرأ أيضا" card, a newsletter box and "الأكثر قراءة".
Fresh ar_vue() {
    std::string h = head("ar", "افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة | الوطن اليوم", "rtl") + R"X(<body><div id="app" data-v-app=""><div class="c-3f9a1b" data-v-7ba5bd90="">
<div class="c-8e2d4c" data-v-7ba5bd90=""><a href="/" data-v-7ba5bd90="">الوطن اليوم</a><a href="/local" data-v-7ba5bd90="">محليات</a><a href="/economy" data-v-7ba5bd90="">اقتصاد</a><a href="/sport" data-v-7ba5bd90="">رياضة</a><a href="/tech" data-v-7ba5bd90="">تقنية</a></div>
<div class="c-1a7f3e" data-v-2c4e8a61=""><div role="heading" aria-level="1" class="c-5b9d2f" data-v-2c4e8a61="">افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة</div>
<div class="c-6c0e3a" data-v-2c4e8a61=""><span>كتب: محمد العلي</span><span>الأحد 14 يونيو 2026</span></div>
<div class="c-7d1f4b" data-v-2c4e8a61="">
<p data-v-2c4e8a61="">افتتحت الحكومة يوم الأحد أكبر محطة لتحلية مياه البحر تعمل بالطاقة الشمسية في المنطقة، بطاقة إنتاجية تبلغ ثلاثمائة ألف متر مكعب يوميا.</p>
<p data-v-2c4e8a61="">وتغطي الألواح الشمسية مساحة تزيد على أربعة كيلومترات مربعة، وتوفر الكهرباء اللازمة لتشغيل المحطة خلال ساعات النهار بالكامل.</p>
<a href="/economy/2026/05/water-prices" class="c-8e2a5c" data-v-9f1b3d77=""><div class="c-9f3b6d" data-v-9f1b3d77=""><img src="/img/w.jpg" alt=""><div class="c-0a4c7e" data-v-9f1b3d77=""><span>اقرأ أيضا</span><span>ارتفاع أسعار المياه للمصانع بنسبة عشرة بالمئة</span></div></div></a>
<p data-v-2c4e8a61="">وقال وزير الطاقة إن المحطة ستخفض استهلاك الغاز في إنتاج المياه بنحو الثلث، وإن العمل جار على إضافة بطاريات لتخزين الطاقة للتشغيل الليلي.</p>
<p data-v-2c4e8a61="">ومن المقرر أن تبدأ المرحلة الثانية من المشروع مطلع العام المقبل، لترتفع الطاقة الإنتاجية إلى نصف مليون متر مكعب يوميا.</p>
</div></div>
<div class="c-2b5d8f" data-v-4d6f8b93=""><div>اشترك في نشرتنا البريدية لتصلك أهم الأخبار صباح كل يوم.</div><input type="email" placeholder="بريدك الإلكتروني"><button>اشترك</button></div>
<div class="c-3c6e9a" data-v-5e7a9ca4=""><div role="heading" aria-level="2">الأكثر قراءة</div><a href="/n/1">موعد صرف الرواتب لشهر يوليو</a><a href="/n/2">منتخب الشباب يتأهل إلى النهائي</a><a href="/n/3">طقس حار على معظم المناطق هذا الأسبوع</a></div>
<div class="c-4d7f0b" data-v-6f8b0db5="">جميع الحقوق محفوظة © 2026 الوطن اليوم · <a href="/privacy">سياسة الخصوصية</a></div>
</div></div><script>window.__INITIAL_STATE__={"article":{"title":"افتتاح أكبر محطة لتحلية المياه بالطاقة الشمسية في المنطقة"}}</script></body></html>)X";
    return {"ar: Vue page (RTL), data-v attributes, inline read-also card, newsletter, most read", h,
            {"افتتحت الحكومة يوم الأحد أكبر محطة لتحلية مياه البحر", "وقال وزير الطاقة إن المحطة ستخفض استهلاك الغاز",
             "ومن المقرر أن تبدأ المرحلة الثانية من المشروع"},
            {"ارتفاع أسعار المياه للمصانع", "اشترك في نشرتنا البريدية", "موعد صرف الرواتب لشهر يوليو", "جميع الحقوق محفوظة"}};
}

// 14. Arabic (RTL): a Squarespace blog: sqs-block html-block with generated block ids, a
// summary block of other posts, and a footer of social links.
Fresh ar_squarespace() {
    std::string h = head("ar", "رحلة إلى واحة سيوة: أسبوع بين النخيل والملح — مدونة الطريق", "rtl") + R"X(<body class="collection-type-blog view-item"><div id="siteWrapper" class="clearfix site-wrapper">
<header id="header" class="header theme-col--primary"><div class="header-title"><a href="/">مدونة الطريق</a></div><nav class="header-nav-list"><div class="header-nav-item"><a href="/blog">المدونة</a></div><div class="header-nav-item"><a href="/guides">أدلة السفر</a></div><div class="header-nav-item"><a href="/shop">المتجر</a></div></nav></header>
<main id="page" class="container" role="main"><article class="BlogItem hentry" id="article-64f1c2e8a9b7d3">
<div class="blog-item-title"><h1 class="entry-title" data-content-field="title">رحلة إلى واحة سيوة: أسبوع بين النخيل والملح</h1></div>
<div class="blog-meta-item blog-meta-item--date">12 مارس 2026</div>
<div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item" id="item-64f1c2e8a9b7d3"><div class="row sqs-row"><div class="col sqs-col-12 span-12">
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-a1f3e5c7b9d2"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">وصلنا إلى سيوة بعد رحلة طويلة بالحافلة عبر الصحراء الغربية، واستقبلتنا الواحة بهدوء لم نعرفه في المدن منذ سنوات.</p>
<p class="" style="white-space:pre-wrap;">قضينا اليوم الأول في التجول بين بساتين النخيل والزيتون، حيث يسقي المزارعون أشجارهم من عيون ماء عذبة تتدفق منذ آلاف السنين.</p>
</div></div></div>
<div class="sqs-block image-block sqs-block-image" data-block-type="5" id="block-yui_3_17_2_1_1710234"><div class="sqs-block-content"><img data-src="/s/salt.jpg" alt=""><noscript><img src="/s/salt.jpg" alt="بحيرة الملح"></noscript></div></div>
<div class="sqs-block html-block sqs-block-html" data-block-type="2" id="block-b2e4d6f8a0c1"><div class="sqs-block-content"><div class="sqs-html-content">
<p class="" style="white-space:pre-wrap;">أجمل ما في الرحلة كان السباحة في بحيرات الملح، حيث يطفو الجسم على سطح الماء دون أي جهد بسبب الملوحة العالية.</p>
<p class="" style="white-space:pre-wrap;">نصيحتي لمن يريد الذهاب: اختاروا فصل الربيع أو الخريف، واحملوا نقودا كافية لأن أجهزة الصراف قليلة في الواحة.</p>
</div></div></div>
</div></div></div></div>
<div class="sqs-block summary-v2-block" data-block-type="55"><div class="summary-heading">منشورات أخرى</div><div class="summary-item"><a href="/blog/fayoum" class="summary-title-link">عطلة نهاية أسبوع في الفيوم</a></div><div class="summary-item"><a href="/blog/nuweiba" class="summary-title-link">الغوص في نويبع للمبتدئين</a></div></div>
</article></main>
<footer class="Footer"><div class="sqs-block socialaccountlinks-v2-block"><a href="https://instagram.example/altareeq">إنستغرام</a> <a href="https://youtube.example/altareeq">يوتيوب</a></div><div class="sqs-block html-block"><p>جميع الصور والنصوص © مدونة الطريق ٢٠٢٦</p></div></footer>
</div></body></html>)X";
    return {"ar: Squarespace blog (RTL), html blocks around an image block, summary block, social footer", h,
            {"وصلنا إلى سيوة بعد رحلة طويلة بالحافلة", "أجمل ما في الرحلة كان السباحة في بحيرات الملح", "نصيحتي لمن يريد الذهاب"},
            {"عطلة نهاية أسبوع في الفيوم", "جميع الصور والنصوص", "إنستغرام"}};
}

// 15. Vietnamese: a Next.js page with styled-jsx classes (jsx-123…), lazy images in
// <noscript>, an embedded card box of related stories inside the body and a paragraph after it.
Fresh vi_styled_jsx() {
    std::string h = head("vi", "Hà Nội thí điểm xe buýt điện chạy đêm trên năm tuyến | Tin Nhanh") + R"X(<body><div id="__next"><div class="jsx-2871653029 layout">
<div class="jsx-3341289456 topbar"><a href="/" class="jsx-3341289456">Tin Nhanh</a><a href="/thoi-su" class="jsx-3341289456">Thời sự</a><a href="/kinh-doanh" class="jsx-3341289456">Kinh doanh</a><a href="/giao-thong" class="jsx-3341289456">Giao thông</a><a href="/the-thao" class="jsx-3341289456">Thể thao</a></div>
<div class="jsx-1902357722 wrap"><div class="jsx-1902357722" role="heading" aria-level="1">Hà Nội thí điểm xe buýt điện chạy đêm trên năm tuyến</div>
<div class="jsx-1902357722 sapo">Từ tháng sau, năm tuyến xe buýt điện sẽ hoạt động đến hai giờ sáng để phục vụ công nhân và người lao động làm ca đêm.</div>
<div class="jsx-1902357722 info"><span>Nguyễn Thu Hà</span> - <span>Thứ hai, 7/9/2026, 08:15 (GMT+7)</span></div>
<div class="jsx-4128890117">
<div class="jsx-4128890117">Sở Giao thông vận tải Hà Nội cho biết năm tuyến xe buýt điện chạy đêm sẽ nối các khu công nghiệp phía bắc và phía đông với trung tâm thành phố.</div>
<div class="jsx-4128890117">Giá vé lượt vẫn giữ ở mức bảy nghìn đồng, và người có thẻ tháng được đi miễn phí các chuyến sau mười giờ tối trong ba tháng đầu.</div>
<div class="jsx-4128890117 img"><noscript><img src="/img/bus-dem.jpg" alt="Xe buýt điện"></noscript><span class="jsx-4128890117 cap">Xe buýt điện tại bến Long Biên.</span></div>
<div class="jsx-980311244 box"><div class="jsx-980311244">Tin liên quan</div><a href="/giao-thong/ve-dien-tu" class="jsx-980311244"><img src="/t/1.jpg" alt=""><span>Hành khách có thể quét mã QR để mua vé xe buýt</span></a><a href="/giao-thong/tuyen-moi" class="jsx-980311244"><img src="/t/2.jpg" alt=""><span>Thêm ba tuyến xe buýt kết nối sân bay Nội Bài</span></a></div>
<div class="jsx-4128890117">Nhiều công nhân cho biết họ thường phải đi xe ôm với giá gấp mười lần vé xe buýt khi tan ca lúc nửa đêm, nên rất mong chờ các tuyến mới.</div>
<div class="jsx-4128890117">Nếu thí điểm thành công, thành phố sẽ mở rộng mô hình này ra mười lăm tuyến vào năm sau và xem xét kéo dài giờ chạy đến ba giờ sáng.</div>
</div></div>
<div class="jsx-5550123 mostread"><div class="jsx-5550123">Đọc nhiều</div><a href="/n/1">Giá vàng hôm nay tăng mạnh</a><a href="/n/2">Lịch nghỉ lễ Quốc khánh năm nay</a><a href="/n/3">Mưa lớn kéo dài ở các tỉnh miền Trung</a></div>
<div class="jsx-6660456 foot">© Bản quyền thuộc về Tin Nhanh. Không được sao chép khi chưa có sự đồng ý bằng văn bản.</div>
</div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"title":"Hà Nội thí điểm xe buýt điện chạy đêm trên năm tuyến","sapo":"Từ tháng sau, năm tuyến xe buýt điện sẽ hoạt động đến hai giờ sáng"}}}</script></body></html>)X";
    return {"vi: styled-jsx page, <div> paragraphs, lazy image in <noscript>, related card box mid-body, most read", h,
            {"Sở Giao thông vận tải Hà Nội cho biết", "Giá vé lượt vẫn giữ ở mức bảy nghìn đồng", "Nhiều công nhân cho biết họ thường phải đi xe ôm",
             "Nếu thí điểm thành công, thành phố sẽ mở rộng"},
            {"Hành khách có thể quét mã QR", "Thêm ba tuyến xe buýt kết nối sân bay", "Giá vàng hôm nay tăng mạnh", "Không được sao chép khi chưa có sự đồng ý"}};
}

// 16. Vietnamese: a Tailwind page whose "Xem thêm" expander clips the article with a
// max-height and a gradient; app promo and footer.
Fresh vi_tailwind_clip() {
    std::string h = head("vi", "Cách làm phở bò tại nhà chuẩn vị Hà Nội | Bếp Nhà Mình") + R"X(<body class="font-sans"><div id="root"><div class="flex min-h-screen flex-col">
<div class="border-b"><div class="container mx-auto flex h-14 items-center gap-6 px-4"><a href="/" class="font-bold">Bếp Nhà Mình</a><a href="/mon-chinh" class="text-sm">Món chính</a><a href="/mon-chay" class="text-sm">Món chay</a><a href="/banh" class="text-sm">Làm bánh</a><a href="/dang-nhap" class="ml-auto text-sm">Đăng nhập</a></div></div>
<div class="container mx-auto max-w-3xl px-4 py-10"><div class="text-4xl font-bold tracking-tight" role="heading" aria-level="1">Cách làm phở bò tại nhà chuẩn vị Hà Nội</div>
<div class="mt-2 text-sm text-muted-foreground">Lê Minh Anh · 20 phút đọc</div>
<div class="relative mt-6"><div class="max-h-[480px] overflow-hidden prose prose-lg">
<p>Bí quyết của một nồi phở ngon nằm ở nước dùng, và nước dùng ngon cần xương bò ống ninh nhỏ lửa ít nhất sáu tiếng đồng hồ.</p>
<p>Trước khi ninh, hãy chần xương qua nước sôi khoảng năm phút rồi rửa sạch, để nước dùng được trong và không có mùi hôi.</p>
<p>Gừng và hành tím nướng cháy vỏ trên bếp than, sau đó cạo sạch phần cháy đen rồi cho vào nồi cùng quế, hồi và thảo quả đã rang thơm.</p>
<p>Khi nước dùng đã ngọt, nêm nước mắm, muối và một chút đường phèn, rồi vớt bỏ các loại gia vị để nước không bị đắng.</p>
<p>Cuối cùng, trụng bánh phở, xếp thịt bò tái lên trên, chan nước dùng thật nóng và ăn kèm rau thơm, chanh và ớt tươi.</p>
</div><div class="pointer-events-none absolute inset-x-0 bottom-0 h-24 bg-gradient-to-t from-white"></div></div>
<button class="mt-4 w-full rounded-md border py-2 text-sm font-medium">Xem thêm</button>
<div class="mt-10 rounded-xl bg-orange-50 p-6"><div class="font-semibold">Tải ứng dụng Bếp Nhà Mình</div><div class="text-sm">Hơn năm nghìn công thức nấu ăn, có video hướng dẫn từng bước, miễn phí trên điện thoại.</div><a href="/app" class="mt-2 inline-block rounded bg-orange-500 px-3 py-1 text-white">Tải ngay</a></div>
</div>
<div class="mt-auto border-t py-6 text-center text-xs text-gray-500">© 2026 Bếp Nhà Mình. Mọi quyền được bảo lưu.</div>
</div></div></body></html>)X";
    return {"vi: Tailwind recipe post clipped by max-height and a 'Xem thêm' button, app promo", h,
            {"Bí quyết của một nồi phở ngon nằm ở nước dùng", "Gừng và hành tím nướng cháy vỏ", "Cuối cùng, trụng bánh phở"},
            {"Xem thêm", "Hơn năm nghìn công thức nấu ăn", "Mọi quyền được bảo lưu", "Làm bánh"}};
}

// 17. Indonesian: a Gatsby page (___gatsby, gatsby-focus-wrapper) with "Baca juga" inline
// links as whole-box cards, a tag list and a footer of social links.
Fresh id_gatsby() {
    std::string h = head("id", "Petani kopi di lereng Merapi mulai beralih ke tanaman naungan | Kabar Desa") + R"X(<body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper">
<div class="Header-module--wrap--a3Xk2"><a href="/" aria-current="page">Kabar Desa</a><a href="/pertanian/">Pertanian</a><a href="/ekonomi/">Ekonomi</a><a href="/budaya/">Budaya</a><a href="/tentang/">Tentang</a></div>
<main class="k9Dm2x"><div class="Qw3er7"><div class="Ty8ui0" role="heading" aria-level="1">Petani kopi di lereng Merapi mulai beralih ke tanaman naungan</div>
<div class="Op1as2">Oleh Rina Pratiwi · 3 Agustus 2026</div>
<div class="Df4gh5">
<div class="Jk6lz7">Sejumlah petani kopi di lereng Gunung Merapi mulai menanam pohon naungan seperti lamtoro dan alpukat di antara tanaman kopi mereka untuk menghadapi musim kemarau yang makin panjang.</div>
<div class="Jk6lz7">Menurut kelompok tani setempat, pohon naungan menurunkan suhu di kebun hingga tiga derajat dan membuat buah kopi matang lebih merata.</div>
<a class="Xc8vb9" href="/pertanian/harga-kopi-naik/"><div class="Nm0qw1"><div class="Er2ty3">Baca juga</div><div class="Ui4op5">Harga kopi arabika di tingkat petani naik dua kali lipat</div></div></a>
<div class="Jk6lz7">Hasil panen memang sempat turun pada tahun pertama, tetapi para petani mengatakan kualitas biji yang lebih baik membuat harga jualnya naik.</div>
<div class="Jk6lz7">Dinas pertanian kabupaten berencana membagikan sepuluh ribu bibit pohon naungan secara gratis kepada petani pada musim hujan tahun ini.</div>
</div>
<div class="As6df7"><a href="/tag/kopi/">#kopi</a> <a href="/tag/merapi/">#merapi</a> <a href="/tag/iklim/">#iklim</a></div>
</div></main>
<div class="Gh8jk9"><div>Ikuti Kabar Desa</div><a href="https://instagram.example/kabardesa">Instagram</a><a href="https://x.example/kabardesa">X</a><a href="https://tiktok.example/kabardesa">TikTok</a></div>
<div class="Lz0xc1">© 2026 Kabar Desa. Hak cipta dilindungi undang-undang.</div>
</div><div id="gatsby-announcer" aria-live="assertive" aria-atomic="true" style="position:absolute"></div></div>
<script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="/pertanian/kopi-naungan/";window.___webpackCompilationHash="8f2c1d9e0a";/*]]>*/</script></body></html>)X";
    return {"id: Gatsby page, hashed classes, <div> paragraphs, 'Baca juga' whole-box card, tags, social footer", h,
            {"Sejumlah petani kopi di lereng Gunung Merapi", "Hasil panen memang sempat turun pada tahun pertama",
             "Dinas pertanian kabupaten berencana membagikan"},
            {"Harga kopi arabika di tingkat petani naik", "#merapi", "Hak cipta dilindungi undang-undang", "Ikuti Kabar Desa"}};
}

// 18. Indonesian: an emotion-hash news page with an author card at the end, an app promo
// strip, a cookie bar and a card grid of "Terpopuler".
Fresh id_emotion_author() {
    std::string h = head("id", "Jakarta uji coba jalur sepeda terlindung di Sudirman | Warta Kota Kini") + R"X(<body><div id="root"><div class="css-k008qs">
)X" + hashed_nav("css-1dbjc4n", {"Terkini", "Nasional", "Metro", "Ekonomi", "Olahraga", "Otomotif", "Indeks"}) + R"X(
<div class="css-1rynq56"><div class="css-18t94o4" role="heading" aria-level="1">Jakarta uji coba jalur sepeda terlindung di Sudirman</div>
<div class="css-1qaijid"><span>Kamis, 10 Sep 2026 09:41 WIB</span></div>
<div class="css-175oi2r">
<p class="css-1jxf684">Pemerintah Provinsi DKI Jakarta mulai menguji coba jalur sepeda yang dipisahkan dengan pembatas beton permanen di sepanjang Jalan Sudirman sejak Senin pagi.</p>
<p class="css-1jxf684">Jalur selebar dua meter itu menggantikan satu lajur mobil, dan pesepeda tidak lagi harus berbagi ruang dengan sepeda motor yang sering masuk ke jalur lama.</p>
<p class="css-1jxf684">Sejumlah pengemudi ojek daring mengeluhkan kemacetan yang bertambah pada jam sibuk sore, tetapi dinas perhubungan menyebut arus lalu lintas akan kembali normal dalam dua minggu.</p>
<p class="css-1jxf684">Jika uji coba berhasil, jalur serupa akan dibangun di Jalan Thamrin dan Rasuna Said sebelum akhir tahun depan.</p>
</div>
<div class="css-9pa8cd"><img src="/u/dimas.jpg" alt="" width="48"><div class="css-901oao"><div>Dimas Saputra</div><div>Reporter</div><div>Meliput isu transportasi dan tata kota Jakarta sejak 2019.</div></div><a href="/penulis/dimas" class="css-4rbku5">Ikuti</a></div>
</div>
)X" + card_grid("css-1wbh2a7", "Terpopuler", {"Tarif KRL naik mulai bulan depan", "Banjir rob genangi kawasan pesisir utara", "Timnas lolos ke babak final piala Asia"}, "Metro", "jam lalu") +
        R"X(<div class="css-aq1x3e"><div>Baca berita lebih cepat di aplikasi Warta Kota Kini</div><a href="/unduh">Unduh aplikasi</a></div>
<div class="css-z7y6x5">© 2026 Warta Kota Kini · <a href="/pedoman">Pedoman Media Siber</a> · <a href="/redaksi">Redaksi</a></div>
)X" + consent("css-cc01x9", "Situs ini menggunakan cookie untuk meningkatkan pengalaman Anda.", "Setuju", "Pengaturan") + R"X(</div></div></body></html>)X";
    return {"id: emotion hashes, author card, card grid of popular stories, app promo, cookie bar", h,
            {"Pemerintah Provinsi DKI Jakarta mulai menguji coba jalur sepeda", "Sejumlah pengemudi ojek daring mengeluhkan",
             "Jika uji coba berhasil, jalur serupa akan dibangun"},
            {"Meliput isu transportasi dan tata kota", "Tarif KRL naik mulai bulan depan", "Baca berita lebih cepat di aplikasi",
             "Situs ini menggunakan cookie", "Pedoman Media Siber", "Otomotif"}};
}

// 19. English: a Webflow blog: w-richtext body, a CMS collection list of "Related posts" as
// whole-box link cards, a newsletter form and a footer of link columns.
Fresh en_webflow() {
    std::string h = head("en", "Why we moved our warehouse robots to a slower schedule | Fulfil Labs Blog") + R"X(<body><div class="page-wrapper">
<div data-collapse="medium" data-animation="default" class="navbar w-nav"><a href="/" class="brand w-nav-brand"><img src="/logo.svg" alt=""></a><nav role="navigation" class="nav-menu w-nav-menu"><a href="/product" class="nav-link w-nav-link">Product</a><a href="/pricing" class="nav-link w-nav-link">Pricing</a><a href="/blog" class="nav-link w-nav-link w--current">Blog</a><a href="/careers" class="nav-link w-nav-link">Careers</a></nav><div class="menu-button w-nav-button"><div class="w-icon-nav-menu"></div></div></div>
<div class="section-blog-post"><div class="container-7"><div class="div-block-12"><div class="text-block-31">Engineering</div><h1 class="heading-19">Why we moved our warehouse robots to a slower schedule</h1><div class="text-block-32">October 2, 2026 · Lena Ortiz</div></div>
<div class="rich-text-block-3 w-richtext">
<p>Last year our picking robots ran at full speed around the clock, and the dashboards looked wonderful until the battery replacement bills started to arrive.</p>
<p>Lithium cells age much faster when they are charged quickly and run hot, and a robot that sprints between shelves spends most of its day doing exactly that.</p>
<figure class="w-richtext-figure-type-image w-richtext-align-fullwidth"><div><img src="/img/robots.jpg" alt="" loading="lazy"></div><figcaption>Charging bays on the mezzanine floor.</figcaption></figure>
<p>We tried a simple experiment: half the fleet kept its old schedule, and the other half moved at eighty percent speed and charged slowly during the quiet hours after midnight.</p>
<p>After six months the slower half had lost four percent of its battery capacity instead of eleven, and the orders it handled per hour fell by less than two percent.</p>
</div>
<div class="div-block-40"><div class="text-block-44">Related posts</div><div role="list" class="collection-list-5 w-dyn-items"><div role="listitem" class="w-dyn-item"><a href="/blog/conveyor-jams" class="link-block-6 w-inline-block"><img src="/b1.jpg" alt=""><div class="text-block-45">How we cut conveyor jams by half</div><div class="text-block-46">5 min read</div></a></div><div role="listitem" class="w-dyn-item"><a href="/blog/night-shift" class="link-block-6 w-inline-block"><img src="/b2.jpg" alt=""><div class="text-block-45">Designing a warehouse for the night shift</div><div class="text-block-46">7 min read</div></a></div></div></div>
<div class="form-block w-form"><form id="wf-form-Newsletter" name="wf-form-Newsletter"><div class="text-block-50">Get our engineering notes once a month. No spam, unsubscribe anytime.</div><input type="email" class="text-field w-input" placeholder="you@company.com"><input type="submit" value="Subscribe" class="submit-button w-button"></form></div>
</div></div>
<div class="footer"><div class="w-layout-grid footer-grid"><div><div class="footer-heading">Company</div><a href="/about" class="footer-link">About us</a><a href="/press" class="footer-link">Press kit</a></div><div><div class="footer-heading">Resources</div><a href="/docs" class="footer-link">Documentation</a><a href="/status" class="footer-link">System status</a></div></div><div class="text-block-60">© 2026 Fulfil Labs Inc.</div></div>
</div></body></html>)X";
    return {"en: Webflow blog, w-richtext body, related posts as link-box cards, newsletter form, footer grid", h,
            {"Last year our picking robots ran at full speed", "We tried a simple experiment", "After six months the slower half"},
            {"How we cut conveyor jams by half", "Get our engineering notes once a month", "System status", "© 2026 Fulfil Labs Inc."}};
}

// 20. French: a React page with a "Lire la suite" expander that hides the rest with
// display:none and a paywall for the comments; a cookie wall as the first thing in <body>.
Fresh fr_react_display_none() {
    std::string h = head("fr", "Le prix du beurre atteint un record historique | Économie Matin") + R"X(<body>
)X" + consent("Kx7Qp2", "Avec votre accord, nos partenaires et nous utilisons des cookies pour stocker et accéder à des informations sur votre appareil.", "Accepter et fermer", "Continuer sans accepter") +
        R"X(<div id="root"><div class="Ab3Cd4">
)X" + hashed_nav("Ef5Gh6", {"À la une", "Entreprises", "Marchés", "Immobilier", "Emploi", "Mon compte"}) + R"X(
<div class="Ij7Kl8"><div class="Mn9Op0" role="heading" aria-level="1">Le prix du beurre atteint un record historique</div>
<div class="Qr1St2">Publié le 5 novembre 2026 à 11h02 · Par Hugo Marchal</div>
<div class="Uv3Wx4">
<div class="Yz5Ab6">Le prix de gros du beurre a dépassé pour la première fois les huit mille euros la tonne cette semaine, porté par une baisse de la collecte de lait dans toute l'Europe.</div>
<div class="Yz5Ab6">Les éleveurs ont réduit leurs troupeaux après deux étés de sécheresse qui ont fait grimper le prix du fourrage, et les laiteries peinent à trouver assez de crème.</div>
<div class="Cd7Ef8" style="display:none" id="suite-article">
<div class="Yz5Ab6">Les boulangers sont les premiers touchés : un croissant contient près d'un quart de beurre, et beaucoup disent ne plus pouvoir absorber la hausse sans augmenter leurs prix.</div>
<div class="Yz5Ab6">Les analystes ne prévoient pas de détente avant le printemps, quand la production laitière repart traditionnellement à la hausse avec la mise à l'herbe des vaches.</div>
</div>
<button class="Gh9Ij0" onclick="document.getElementById('suite-article').style.display='block';this.remove()">Lire la suite</button>
</div></div>
<div class="Kl1Mn2"><div>Réagissez à cet article</div><div>Les commentaires sont réservés aux abonnés. Abonnez-vous pour participer à la discussion.</div><a href="/abonnement">Je m'abonne</a></div>
)X" + card_grid("Op3Qr4", "Nos lecteurs ont aussi lu", {"Le prix du café grimpe encore en rayon", "Les ventes de voitures électriques reculent", "Inflation : les prix alimentaires ralentissent"}, "Marchés", "min") +
        R"X(<div class="St5Uv6">© Économie Matin 2026 · <a href="/cgu">CGU</a> · <a href="/confidentialite">Confidentialité</a></div>
</div></div></body></html>)X";
    return {"fr: React page, the rest of the article under display:none opened by a button, cookie wall first, comment paywall", h,
            {"Le prix de gros du beurre a dépassé pour la première fois", "Les éleveurs ont réduit leurs troupeaux",
             "Les boulangers sont les premiers touchés", "Les analystes ne prévoient pas de détente avant le printemps"},
            {"Avec votre accord, nos partenaires et nous utilisons des cookies", "Lire la suite", "Les commentaires sont réservés aux abonnés",
             "Le prix du café grimpe encore en rayon", "Mon compte"}};
}

// 21. Dutch: a Gutenberg news page with a "Lees ook" card in the middle as a wp-block-group
// with one link over a picture and title, and a cookie dialog at the end.
Fresh nl_gutenberg_card() {
    std::string h = head("nl", "Veerpont over de IJssel vaart weer na maanden stilstand – IJsselbode") + R"X(<body class="wp-singular single"><div class="wp-site-blocks">
<header class="wp-block-template-part site-header"><div class="wp-block-group"><p class="wp-block-site-title"><a href="/">IJsselbode</a></p><nav class="wp-block-navigation"><ul class="wp-block-navigation__container"><li><a href="/regio/">Regio</a></li><li><a href="/sport/">Sport</a></li><li><a href="/uitgaan/">Uitgaan</a></li><li><a href="/tips/">Tips</a></li></ul></nav></div></header>
<main class="wp-block-group"><h1 class="wp-block-post-title">Veerpont over de IJssel vaart weer na maanden stilstand</h1>
<div class="wp-block-group post-meta"><div class="wp-block-post-author-name">Femke Bakker</div><div class="wp-block-post-date"><time datetime="2026-07-01">1 juli 2026</time></div></div>
<div class="entry-content wp-block-post-content">
<p>Na bijna vier maanden stilstand vaart de veerpont tussen de twee dorpen aan weerszijden van de IJssel sinds woensdag weer, tot opluchting van fietsers en scholieren.</p>
<p>De pont lag sinds maart aan de kant omdat de motor vervangen moest worden, en de onderdelen lieten door leveringsproblemen veel langer op zich wachten dan verwacht.</p>
<div class="wp-block-group is-style-card has-background"><a href="/regio/omleiding-fietsers/"><figure class="wp-block-image"><img src="/img/omleiding.jpg" alt=""></figure><p class="has-small-font-size">Lees ook</p><p class="has-medium-font-size">Fietsers klagen over omleiding van twintig kilometer</p></a></div>
<p>Scholieren moesten al die tijd een omweg van twintig kilometer fietsen via de brug bij de stad, of werden door hun ouders met de auto gebracht.</p>
<p>De veerman verwacht deze zomer extra drukte door toeristen, en de pont vaart in juli en augustus daarom een uur langer door, tot negen uur 's avonds.</p>
</div></main>
<footer class="wp-block-template-part"><p>IJsselbode is een uitgave van Stichting Streekmedia · <a href="/colofon/">Colofon</a></p></footer></div>
)X" + consent("cmplz-cookiebanner", "Wij gebruiken cookies om onze website en onze service te optimaliseren.", "Accepteren", "Voorkeuren beheren") +
        R"X(</body></html>)X";
    return {"nl: Gutenberg news, a 'Lees ook' group card (one link over image and titles) mid-body, cookie dialog", h,
            {"Na bijna vier maanden stilstand vaart de veerpont", "Scholieren moesten al die tijd een omweg",
             "De veerman verwacht deze zomer extra drukte"},
            {"Fietsers klagen over omleiding van twintig kilometer", "Wij gebruiken cookies om onze website",
             "IJsselbode is een uitgave van Stichting Streekmedia"}};
}

// 22. Polish: an Astro page with data-astro-cid attributes, paragraphs as <div dir="auto">
// with <br>-separated lines in one of them, a newsletter, author card and a footer.
Fresh pl_astro() {
    std::string h = head("pl", "Dlaczego jesienią warto sadzić drzewa owocowe | Ogród na co dzień") + R"X(<body data-astro-cid-sckkx6r4><div class="wrap" data-astro-cid-sckkx6r4>
<div class="bar" data-astro-cid-3ef6ksr2><a href="/" data-astro-cid-3ef6ksr2>Ogród na co dzień</a><a href="/porady" data-astro-cid-3ef6ksr2>Porady</a><a href="/kalendarz" data-astro-cid-3ef6ksr2>Kalendarz ogrodnika</a><a href="/sklep" data-astro-cid-3ef6ksr2>Sklep</a></div>
<div data-astro-cid-bvzihdzo><div role="heading" aria-level="1" data-astro-cid-bvzihdzo>Dlaczego jesienią warto sadzić drzewa owocowe</div>
<div data-astro-cid-bvzihdzo>Magdalena Nowak · 2 października 2026</div>
<div class="content" data-astro-cid-bvzihdzo>
<div dir="auto">Jesień to najlepszy czas na sadzenie jabłoni, grusz i śliw, bo ciepła jeszcze ziemia pozwala korzeniom się ukorzenić, zanim przyjdą mrozy.</div>
<div dir="auto">Drzewka z gołym korzeniem są też jesienią tańsze i łatwiej dostępne w szkółkach, które właśnie wtedy wykopują tegoroczny materiał.<br>Przed posadzeniem warto namoczyć korzenie w wiadrze wody przez kilka godzin, żeby nie przeschły w czasie transportu.</div>
<div dir="auto">Dołek powinien być dwa razy szerszy niż bryła korzeniowa, a miejsce szczepienia musi zostać kilka centymetrów nad powierzchnią ziemi.</div>
<div dir="auto">Po posadzeniu drzewko trzeba obficie podlać i przywiązać do palika, a wiosną przyciąć pędy o jedną trzecią, żeby dobrze się rozkrzewiło.</div>
</div>
<div class="author" data-astro-cid-bvzihdzo><img src="/a/magda.jpg" alt=""><div>Magdalena Nowak</div><div>Ogrodniczka z Mazur, prowadzi sad starych odmian jabłoni i szkółkę roślin.</div></div>
</div>
<div class="news" data-astro-cid-9xq2m1ha><div>Zapisz się na newsletter i co tydzień dostawaj kalendarz prac w ogrodzie.</div><input type="email"><button>Zapisz się</button></div>
<div class="foot" data-astro-cid-3ef6ksr2>© 2026 Ogród na co dzień · Wszelkie prawa zastrzeżone · <a href="/polityka-prywatnosci">Polityka prywatności</a></div>
</div></body></html>)X";
    return {"pl: Astro page, <div dir=auto> paragraphs with a <br> inside one, author card, newsletter", h,
            {"Jesień to najlepszy czas na sadzenie jabłoni", "Przed posadzeniem warto namoczyć korzenie",
             "Po posadzeniu drzewko trzeba obficie podlać"},
            {"Ogrodniczka z Mazur, prowadzi sad", "Zapisz się na newsletter", "Wszelkie prawa zastrzeżone", "Kalendarz ogrodnika"}};
}

// Pages 23-28 were written after the fixes, before running them.
// 23. English: a member-only essay on a reading platform: hashed classes, the author's follow
// row over the text, a clap and response count under it, "More from" cards.
Fresh en_reading_platform() {
    std::string h = head("en", "The quiet economics of the corner laundromat | by Tom Alder | Field Notes") + R"X(<body><div id="root"><div class="a b c"><div class="ab q"><a href="/" class="bm">Field Notes</a><a href="/write" class="bm">Write</a><a href="/signin" class="bm">Sign in</a></div>
<div class="l"><div class="gx gy"><div class="pw-post-title hd he" role="heading" aria-level="1">The quiet economics of the corner laundromat</div>
<div class="ik il"><img src="/u/ta.png" alt="Tom Alder" width="44"><div class="im"><a href="/@tomalder" class="in">Tom Alder</a> · <button class="io">Follow</button></div><div class="ip">Published in Field Notes · 7 min read · Apr 9, 2026</div></div>
<div class="iq ir"><div class="is">Member-only story</div></div>
<p class="pw-post-body-paragraph kx ky">Every laundromat owner I spoke to for this piece said the same thing first: the machines are not the business, the rent is.</p>
<p class="pw-post-body-paragraph kx ky">A row of twenty washers can earn a steady income for fifteen years, but only if the lease runs as long, and landlords in growing neighbourhoods rarely sign leases that long any more.</p>
<p class="pw-post-body-paragraph kx ky">The owners who survive have found a second income in the same room: drop-off service, a coffee counter, or a parcel locker that a delivery company pays them to host.</p>
<p class="pw-post-body-paragraph kx ky">None of them expected to become landlords of a kind themselves, renting out a corner of the floor to a tailor or a phone repair stall, but most of them now do.</p>
<div class="lb lc"><div class="ld"><span>1.2K</span> <span>claps</span></div><div class="ld"><span>34</span> <span>responses</span></div></div>
</div></div>
)X" + card_grid("mf mg", "More from Tom Alder", {"What a bus driver knows about your city", "The last video rental shop on my street", "Why small bakeries open at four"}, "Field Notes", "min read") +
        R"X(<div class="nz"><a href="/help">Help</a><a href="/status">Status</a><a href="/about">About</a><a href="/careers">Careers</a><a href="/privacy">Privacy</a></div>
</div></div></body></html>)X";
    return {"en: member-only essay on a reading platform, follow row on top, clap and response counts, More from cards", h,
            {"Every laundromat owner I spoke to for this piece", "The owners who survive have found a second income",
             "renting out a corner of the floor to a tailor"},
            {"What a bus driver knows about your city", "34 responses", "1.2K claps", "Careers"}};
}

// 24. Dutch: a news app page whose second half is in an aria-hidden box that a button
// (aria-controls) opens, a reaction count row and a "Lees ook" card.
Fresh nl_app_readmore() {
    std::string h = head("nl", "Waterschap legt nieuwe natuurvriendelijke oevers aan | Rivierkrant") + R"X(<body><div id="app"><div class="s-8f2a">
)X" + hashed_nav("s-1c9d", {"Nieuws", "Regio", "Economie", "Sport", "Podcasts", "Inloggen"}) + R"X(
<div class="s-3b7e"><div role="heading" aria-level="1" class="s-5d1f">Waterschap legt nieuwe natuurvriendelijke oevers aan</div>
<div class="s-6e2a">Vandaag, 07:45 · Leestijd 3 minuten</div>
<div class="s-7f3b"><div class="s-8a4c">Het waterschap gaat dit najaar langs zes kilometer van de rivier de steile stenen oevers vervangen door flauwe, begroeide taluds waar vissen en vogels kunnen schuilen.</div>
<div class="s-8a4c">De stenen beschoeiing is op veel plaatsen meer dan vijftig jaar oud en moet toch worden vervangen, dus kiest het waterschap nu voor een natuurlijker oplossing.</div>
<a href="/regio/vistrap-klaar" class="s-9b5d"><div class="s-0c6e"><img src="/i/v.jpg" alt=""><div class="s-1d7f">Lees ook</div><div class="s-2e8a">Nieuwe vistrap bij de stuw is eindelijk klaar</div></div></a>
<div class="s-3f9b" id="rest-7731" aria-hidden="true">
<div class="s-8a4c">Boeren langs de rivier moeten daarvoor een strook grond van gemiddeld acht meter breed verkopen, en de meesten hebben daar inmiddels mee ingestemd.</div>
<div class="s-8a4c">De eerste oevers worden in november ingezaaid met inheemse kruiden, zodat ze in het voorjaar al bloeien en de grond door de wortels wordt vastgehouden.</div>
</div>
<button class="s-4a0c" aria-controls="rest-7731" aria-expanded="false">Lees verder</button>
<div class="s-5b1d"><span>48 reacties</span> <span>312 keer gedeeld</span></div>
</div></div>
<div class="s-6c2e">© 2026 Rivierkrant · <a href="/privacy">Privacy</a> · <a href="/cookies">Cookies</a></div>
</div></div></body></html>)X";
    return {"nl: news app page, the second half aria-hidden opened by aria-controls, Lees ook card, reaction counts", h,
            {"Het waterschap gaat dit najaar langs zes kilometer", "De stenen beschoeiing is op veel plaatsen",
             "Boeren langs de rivier moeten daarvoor een strook grond", "De eerste oevers worden in november ingezaaid"},
            {"Nieuwe vistrap bij de stuw", "Lees verder", "48 reacties", "Podcasts"}};
}

// 25. Japanese: a Nuxt page whose continuation is under display:none with a 続きを読む button,
// and a ranking box.
Fresh ja_nuxt_more() {
    std::string h = head("ja", "商店街の空き店舗、若手農家の直売所に｜まちかど通信") + R"X(<body><div id="__nuxt"><div class="c-a1">
<div class="c-b2"><a href="/">まちかど通信</a><a href="/local">地域</a><a href="/food">食</a><a href="/event">イベント</a></div>
<div class="c-c3"><div class="c-d4" role="heading" aria-level="1">商店街の空き店舗、若手農家の直売所に</div><div class="c-e5">2026年5月20日</div>
<div class="c-f6"><div class="c-g7">駅前の商店街で長く空き店舗になっていた元呉服店が、市内の若手農家八人が共同で運営する野菜の直売所として生まれ変わった。</div>
<div class="c-g7">店頭には朝採れの野菜が並び、農家が交代で店番に立って、買い物客に料理の仕方や保存のこつを教えている。</div>
<div class="c-h8" style="display:none"><div class="c-g7">商店街の振興組合によると、直売所ができてから平日の人通りが二割ほど増え、近くの飲食店にも客が戻り始めたという。</div>
<div class="c-g7">農家たちは今後、店の奥の座敷を使って料理教室や収穫体験の受け付けも始めたいと話している。</div></div>
<button class="c-i9">続きを読む</button></div></div>
<div class="c-j0"><div>ランキング</div><a href="/r/1">夏祭りの日程が決定</a><a href="/r/2">新しい保育園が開園</a></div>
<div class="c-k1">© まちかど通信</div></div></div></body></html>)X";
    return {"ja: Nuxt page, continuation under display:none with a button, ranking", h,
            {"駅前の商店街で長く空き店舗になっていた元呉服店が", "商店街の振興組合によると", "料理教室や収穫体験の受け付けも始めたい"},
            {"続きを読む", "夏祭りの日程が決定"}};
}

// 26. Arabic (RTL): a Gutenberg post closing on an author card (portrait, name, one link).
Fresh ar_author_card() {
    std::string h = head("ar", "كيف تبدأ زراعة الخضروات على السطح | بيت أخضر", "rtl") + R"X(<body class="wp-singular single"><div class="wp-site-blocks">
<header class="wp-block-template-part"><p class="wp-block-site-title"><a href="/">بيت أخضر</a></p></header>
<main class="wp-block-group"><h1 class="wp-block-post-title">كيف تبدأ زراعة الخضروات على السطح</h1>
<div class="entry-content wp-block-post-content">
<p>يمكن لسطح صغير أن ينتج ما يكفي أسرة من الطماطم والخس والنعناع طوال الصيف، إذا اختيرت الأوعية المناسبة ووضعت في مكان يصله الضوء معظم النهار.</p>
<p>ابدأ بأوعية عميقة لا يقل عمقها عن ثلاثين سنتيمترا، واملأها بخليط من التربة والسماد العضوي، وتأكد من وجود فتحات لتصريف الماء الزائد.</p>
<p>اسق النباتات في الصباح الباكر أو بعد الغروب، لأن الماء يتبخر بسرعة تحت شمس الظهيرة ولا يصل إلى الجذور.</p>
</div>
<div class="wp-block-group author-card-x"><img src="/a/s.jpg" alt="" width="60"><div class="wp-block-post-author-name">سارة الحسيني</div><div>مهندسة زراعية تكتب عن الحدائق المنزلية.</div><a href="/author/sara">كل المقالات</a></div>
</main><footer class="wp-block-template-part"><p>© 2026 بيت أخضر</p></footer></div></body></html>)X";
    return {"ar: Gutenberg post (RTL) closing on an author card", h,
            {"يمكن لسطح صغير أن ينتج ما يكفي أسرة", "اسق النباتات في الصباح الباكر"},
            {"مهندسة زراعية تكتب عن الحدائق المنزلية", "كل المقالات"}};
}

// 27. Indonesian: a React page, text in <span>s inside <div>s, the rest under the hidden
// attribute opened by a "Baca selengkapnya" button, a count row.
Fresh id_react_hidden() {
    std::string h = head("id", "Pasar terapung Banjarmasin kembali ramai wisatawan | Jelajah Nusantara") + R"X(<body><div id="root"><div class="r1x">
<div class="r2x"><a href="/">Jelajah Nusantara</a><a href="/destinasi">Destinasi</a><a href="/kuliner">Kuliner</a><a href="/tips">Tips</a></div>
<div class="r3x"><div class="r4x" role="heading" aria-level="1">Pasar terapung Banjarmasin kembali ramai wisatawan</div>
<div class="r5x"><div class="r6x"><span>Pasar terapung di Sungai Martapura kembali dipadati wisatawan setiap Minggu pagi setelah pemerintah kota memperbaiki dermaga dan menambah perahu wisata.</span></div>
<div class="r6x"><span>Para pedagang menjual sayur, buah, dan kue tradisional langsung dari perahu kecil mereka, dan pembeli cukup menunjuk barang yang diinginkan dari tepi dermaga.</span></div>
<div class="r7x" hidden><div class="r6x"><span>Menurut dinas pariwisata, jumlah pengunjung pada bulan lalu mencapai dua kali lipat dibandingkan periode yang sama tahun sebelumnya.</span></div>
<div class="r6x"><span>Wisatawan disarankan datang sebelum pukul tujuh pagi, karena sebagian besar pedagang sudah pulang begitu matahari mulai terik.</span></div></div>
<button class="r8x" type="button">Baca selengkapnya</button>
<div class="r9x">120 suka · 45 komentar</div></div></div>
<div class="r0x">© 2026 Jelajah Nusantara. Seluruh hak cipta dilindungi.</div></div></div></body></html>)X";
    return {"id: React page, <span> text in <div>s, the rest under hidden with a button, count row", h,
            {"Pasar terapung di Sungai Martapura kembali dipadati", "Menurut dinas pariwisata, jumlah pengunjung",
             "Wisatawan disarankan datang sebelum pukul tujuh pagi"},
            {"Baca selengkapnya", "45 komentar", "Seluruh hak cipta dilindungi"}};
}

// 28. Polish: a page builder's "widget" boxes: two text widgets around a quote widget, a
// recent-posts widget in the same column.
Fresh pl_builder_widgets() {
    const auto w = [](const char* kind, const std::string& inner) {
        return std::string("<div class=\"widget widget-") + kind + " pb-col-12\"><div class=\"widget-inner\">" + inner + "</div></div>\n";
    };
    std::string h = head("pl", "Jak zaoszczędzić na ogrzewaniu domu | Dom i Energia") + R"X(<body><div class="page"><div class="topbar"><a href="/">Dom i Energia</a><a href="/porady">Porady</a><a href="/kalkulatory">Kalkulatory</a></div>
<div class="content-area"><h1>Jak zaoszczędzić na ogrzewaniu domu</h1>
)X" + w("text", "<p>Największe straty ciepła w starszych domach to nieszczelne okna i nieocieplony strych, przez które ucieka nawet jedna trzecia energii.</p><p>Uszczelnienie okien kosztuje kilkadziesiąt złotych i można je zrobić samemu w jedno popołudnie, a efekt widać od razu na rachunku.</p>") +
        w("quote", "<blockquote>Każdy stopień mniej w pokojach to około sześć procent niższy rachunek za ogrzewanie.</blockquote>") +
        w("text", "<p>Warto też zamontować termostaty na grzejnikach i obniżać temperaturę w nocy oraz wtedy, gdy nikogo nie ma w domu.</p><p>Ocieplenie strychu wełną mineralną zwraca się zwykle po trzech, czterech sezonach grzewczych, a w wielu gminach można dostać na nie dotację.</p>") +
        w("recent-posts", "<div class=\"widget-title\">Najnowsze wpisy</div><ul><li><a href=\"/p/1\">Pompa ciepła w starym domu – czy to ma sens?</a></li><li><a href=\"/p/2\">Fotowoltaika zimą: ile naprawdę produkuje</a></li></ul>") +
        R"X(</div><div class="bottom">© 2026 Dom i Energia · <a href="/kontakt">Kontakt</a></div></div></body></html>)X";
    return {"pl: page builder widgets, two text widgets around a quote widget, recent posts widget", h,
            {"Największe straty ciepła w starszych domach", "Warto też zamontować termostaty na grzejnikach",
             "Ocieplenie strychu wełną mineralną zwraca się"},
            {"Pompa ciepła w starym domu", "Najnowsze wpisy"}};
}

std::vector<Fresh> fresh_pages() {
    return {en_next_divs(),     en_sc_readmore(),  fr_nuxt_tailwind(), fr_gutenberg_embed(), nl_elementor(),     nl_aria_roles(),
            pl_wix(),           pl_paywall(),      ja_next_modules(),  ja_amp_accordion(),   ko_web_components(), ko_svelte_hidden(),
            ar_vue(),           ar_squarespace(),  vi_styled_jsx(),    vi_tailwind_clip(),   id_gatsby(),         id_emotion_author(),
            en_webflow(),       fr_react_display_none(), nl_gutenberg_card(), pl_astro(),
            en_reading_platform(), nl_app_readmore(), ja_nuxt_more(), ar_author_card(), id_react_hidden(), pl_builder_widgets()};
}

// Pages that pass whole (all key sentences in, all chrome out). Only ever rises.
constexpr int kFresh6Floor = 28;

}  // namespace

TEST_CASE("fresh page kinds, round 6 (framework and page-builder markup): the main text is in and the chrome is out") {
    const auto all = fresh_pages();
    const winnow::test::PageTally t = winnow::test::tally_pages(all, "f6_");
    MESSAGE("fresh pages (round 6) passed whole: ", t.passed, " of ", all.size(), t.report);
    CHECK(t.passed >= kFresh6Floor);
}

// Each mechanism the round 6 pages led to, on small pages in other languages and markups, with
// the cases it must leave alone.
namespace {

// A page of today: a menu, the article box, a footer.
std::string app_page(const char* lang, const char* title, const std::string& article, const std::string& after = "") {
    return std::string("<!DOCTYPE html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
           "</title></head><body><div id=\"root\"><div class=\"x1a\"><a href=\"/\">1</a><a href=\"/a\">2</a><a href=\"/b\">3</a></div>"
           "<div class=\"x2b\"><div role=\"heading\" aria-level=\"1\" class=\"x3c\">" + title + "</div><div class=\"x4d\">" + article +
           "</div>" + after + "</div><div class=\"x5e\"><a href=\"/imp\">Impressum</a></div></div></body></html>\n";
}

}  // namespace

TEST_CASE("the article's second half hidden behind a read-more control is text; hidden prose without a control, or a hidden menu, is not") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    // German: the rest in a box with the hidden attribute, a button's aria-controls names it.
    const std::string de = app_page("de", "Neue Buslinie", R"(<p>Ab Montag fährt eine neue Buslinie vom Bahnhof bis zum Gewerbegebiet am Stadtrand, alle zwanzig Minuten.</p>
<div id="weiter" hidden><p>Die Stadtwerke haben dafür vier neue Elektrobusse gekauft, die nachts auf dem Betriebshof geladen werden.</p>
<p>Anwohner hatten die Linie seit Jahren gefordert, weil viele Beschäftigte des Gewerbegebiets bisher mit dem Auto kamen.</p></div>
<button type="button" aria-expanded="false" aria-controls="weiter">Weiterlesen</button>)");
    const std::string out_de = block_text_of(de);
    CHECK(has(out_de, "Ab Montag fährt eine neue Buslinie"));
    CHECK(has(out_de, "Die Stadtwerke haben dafür vier neue Elektrobusse gekauft"));
    CHECK(has(out_de, "Anwohner hatten die Linie seit Jahren gefordert"));
    // Spanish: <div> paragraphs under display:none, a bare button right after the box.
    const std::string es = app_page("es", "Nueva biblioteca", R"(<div>La nueva biblioteca del barrio abrirá sus puertas en octubre con más de veinte mil libros y una sala de estudio.</div>
<div style="display: none"><div>El edificio, una antigua fábrica de tabaco, fue restaurado durante tres años por una cooperativa de arquitectos.</div>
<div>Los vecinos podrán reservar las salas de reuniones por internet y sacar hasta diez libros a la vez con el mismo carné.</div></div>
<button type="button">Leer más</button>)");
    const std::string out_es = block_text_of(es);
    CHECK(has(out_es, "El edificio, una antigua fábrica de tabaco"));
    CHECK(has(out_es, "Los vecinos podrán reservar las salas"));
    // Left alone: hidden prose after the article with no control to open it (a modal's terms),
    // and a hidden menu a button opens (no prose).
    const std::string en = app_page("en", "Harbour ferry", R"(<p>The harbour ferry will run every fifteen minutes this summer, twice as often as last year, the port authority said.</p>
<p>Tickets bought on the app will cost a third less than those bought on board, to shorten the queues at the pier.</p>)",
        R"(<div aria-hidden="true"><p>By signing up you agree that we may send you offers from our partners, and that your address may be stored for up to five years.</p>
<p>You can withdraw your consent at any time by writing to our data protection officer at the address given in the legal notice.</p></div>
<button type="button" aria-controls="menu2" aria-expanded="false">Menu</button><ul id="menu2" hidden><li><a href="/x">Harbour tours and boat trips</a></li><li><a href="/y">Parking at the pier</a></li></ul>)");
    const std::string out_en = block_text_of(en);
    CHECK(has(out_en, "Tickets bought on the app will cost a third less"));
    CHECK_FALSE(has(out_en, "By signing up you agree"));
    CHECK_FALSE(has(out_en, "Harbour tours and boat trips"));
}

TEST_CASE("a weak chrome name the article's prose box carries too is a page builder's vocabulary; a line of fields under it still goes") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    // Polish: a page builder's panels, every one classed "widget": text, picture, text.
    const auto panel = [](const char* inner) {
        return std::string(R"(<div class="so-panel widget widget_sow-editor"><div class="so-widget-sow-editor"><div class="textwidget">)") + inner +
               "</div></div></div>\n";
    };
    const std::string pl = app_page("pl", "Ogród deszczowy",
        panel(R"(<p>Ogród deszczowy to niewielkie zagłębienie w ziemi, do którego spływa woda z dachu i które obsadza się roślinami lubiącymi wilgoć.</p>
<p>Woda nie trafia wtedy do kanalizacji, tylko powoli wsiąka w glebę, a rośliny oczyszczają ją z zanieczyszczeń.</p>
<p>Wystarczy kilka metrów kwadratowych, żeby przyjąć deszczówkę z dachu małego domu jednorodzinnego.</p>)") +
        panel(R"(<img src="/o.jpg" alt="">)") +
        panel(R"(<p>Najlepiej sprawdzają się kosaćce, turzyce i tawułki, które znoszą zarówno zalanie, jak i kilka tygodni suszy.</p>
<p>Gmina zwraca właścicielom domów do połowy kosztów budowy, jeśli ogród przyjmuje wodę z co najmniej połowy dachu.</p>)") +
        panel("Autor: Jan Kowalski · 3 komentarze"));
    const std::string out_pl = block_text_of(pl);
    CHECK(has(out_pl, "Ogród deszczowy to niewielkie zagłębienie"));
    CHECK(has(out_pl, "Najlepiej sprawdzają się kosaćce"));
    CHECK(has(out_pl, "Gmina zwraca właścicielom domów do połowy kosztów"));
    CHECK_FALSE(has(out_pl, "3 komentarze"));
}

TEST_CASE("a bar of counts ('12 likes 340 views', 'Shares 3 · Comments 14') at the article's edge goes; counts inside it or in a sentence stay") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    // Vietnamese: counts after the last paragraph, each pair in a <span>.
    const std::string vi = app_page("vi", "Chợ nổi", R"(<p>Chợ nổi Cái Răng họp từ bốn giờ sáng, khi hàng trăm ghe chở trái cây từ các vườn dọc sông đổ về bến.</p>
<p>Người bán treo mẫu hàng lên một cây sào cao để khách nhìn từ xa cũng biết ghe nào bán gì.</p>
<div><span>25 thích</span> <span>1.2K lượt xem</span></div>)");
    const std::string out_vi = block_text_of(vi);
    CHECK(has(out_vi, "Người bán treo mẫu hàng lên một cây sào cao"));
    CHECK_FALSE(has(out_vi, "lượt xem"));
    // French: label first, parted by a middle dot, before the first paragraph.
    const std::string fr = app_page("fr", "Marché de nuit", R"(<div>Partages 3 · Commentaires 14</div>
<p>Le marché de nuit revient sur le port chaque vendredi de l'été, avec une quarantaine de stands de producteurs locaux.</p>
<p>La mairie a prévu des navettes gratuites depuis la gare jusqu'à une heure du matin pour limiter la circulation.</p>)");
    const std::string out_fr = block_text_of(fr);
    CHECK(has(out_fr, "Le marché de nuit revient sur le port"));
    CHECK_FALSE(has(out_fr, "Commentaires 14"));
    // Left alone: a figure of counts between paragraphs (a pull figure), a closing sentence
    // that counts, and a closing date range.
    const std::string en = app_page("en", "Night buses", R"(<p>The night bus network grew again this year, with four new routes linking the suburbs to the centre after midnight, when the last trains have long stopped running. Two of the routes run on electric buses charged at the depot during the day.</p>
<div>12 routes 340 stops</div>
<p>Ridership rose by a fifth, and the busiest route now runs every ten minutes on Friday and Saturday nights, when the pubs and the hospital shifts empty at the same time.</p>
<div>In all, 12 routes now serve 340 stops.</div>
<div>Timetable: June 5 to September 20</div>)");
    const std::string out_en = block_text_of(en);
    CHECK(has(out_en, "12 routes 340 stops"));
    CHECK(has(out_en, "In all, 12 routes now serve 340 stops."));
    CHECK(has(out_en, "June 5 to September 20"));  // a date range, not two counts
}

TEST_CASE("a box at the article's end of a portrait, a name alone and a follow link is the author's card; a portrait captioned with a name only stays") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    const std::string body = R"(<p>Die Fähre über den Fluss fährt ab Mai wieder im Halbstundentakt, nachdem die neue Anlegestelle am Südufer fertig geworden ist.</p>
<p>Für Radfahrer bleibt die Überfahrt kostenlos, Autos zahlen künftig drei Euro statt zwei, weil der Kreis die Zuschüsse gekürzt hat.</p>)";
    // German: the card in hashed <div>s, no author named anywhere else on the page.
    const std::string de = app_page("de", "Fähre fährt wieder", body + R"(<div class="q7w2"><img src="/a/lv.jpg" alt="" width="64"><div class="e4r1"><div>Lena Vogt</div><div>Redakteurin für den Landkreis. Schreibt über Verkehr, Schulen und den Fluss.</div></div><a href="/autorin/lena-vogt">Folgen</a></div>)");
    const std::string out_de = block_text_of(de);
    CHECK(has(out_de, "Für Radfahrer bleibt die Überfahrt kostenlos"));
    CHECK_FALSE(has(out_de, "Redakteurin für den Landkreis"));
    // Spanish: the name with a particle, the link says "Ver más".
    const std::string es = app_page("es", "El puerto amplía su muelle", R"(<p>El puerto ampliará su muelle principal en doscientos metros para recibir a los cruceros más grandes a partir del próximo verano.</p>
<p>Las obras costarán cuarenta millones de euros y obligarán a desviar el tráfico de mercancías a la terminal norte durante un año.</p>
<div><img src="/a/mg.jpg" alt=""><span>María de la Fuente</span><span>Periodista especializada en economía marítima y transporte.</span><a href="/autores/mdlf">Ver más</a></div>)");
    const std::string out_es = block_text_of(es);
    CHECK(has(out_es, "Las obras costarán cuarenta millones"));
    CHECK_FALSE(has(out_es, "Periodista especializada en economía marítima"));
    // Left alone: an obituary closing on a portrait captioned with the name alone (no link),
    // and a closing figure whose caption is a sentence with a link.
    const std::string en = app_page("en", "Obituary", R"(<p>Margaret Ellison, who ran the village post office for forty-one years and knew every family on the hill by name, died on Sunday at the age of ninety-two.</p>
<p>She is survived by her two sons, five grandchildren and a cat that still waits by the counter every morning at eight.</p>
<div><img src="/o/me.jpg" alt=""><div>Margaret Ellison</div></div>)");
    CHECK(has(block_text_of(en), "Margaret Ellison"));
    const std::string en2 = app_page("en", "Harbour wall", R"(<p>The harbour wall will be raised by half a metre next year after three winters in which storms pushed the sea into the streets behind it.</p>
<p>Work will start in April and should be finished before the autumn gales, the council said on Tuesday.</p>
<div><img src="/h/w.jpg" alt=""><div>Waves break over the harbour wall in January. <a href="/gallery/storm">More photos</a></div></div>)");
    CHECK(has(block_text_of(en2), "Waves break over the harbour wall in January."));
}
