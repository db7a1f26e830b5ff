// Round 7 of the fresh pages (issue 18, round 16): whole pages that are not news articles,
// written before reading the extractor's rules, in present-day markup unlike rounds 1-5 and the
// generators: utility-class grids (Tailwind-like names that say nothing about the content),
// schema.org microdata, <article>/<aside>/<section> landmarks used loosely, web-component tags,
// data- attributes. Recipes with and without reviews (a name and stars over each, no dates),
// product pages with spec tables and questions, forum threads with signatures, quotes and likes,
// Q&A pages with an accepted answer and comments, documentation with code, an API table and a
// sidebar TOC, a changelog, a listicle, an event, a job posting, a photo post of figcaptions, a
// live blog with timestamps and a key-points list, a glossary, a FAQ, a university course page.
// English, German, Swedish, Czech, Hungarian, Turkish, Chinese, Hebrew and Portuguese (Brazil).
// A page passes when every key sentence of its main text (the first and the last paragraph, a
// spec row, a step, the accepted answer, a figcaption) is in the output, every piece of chrome
// (signatures, review widgets, "people also bought", pagers, vote counts, share rows) is out, and
// the headline and subtitle hold no date line and no list.
//
// On main unchanged (85acd92) 15 of 22 pages passed whole (the generalization figure): the
// failures were reviews of a name and stars (no date) kept as article in two pages, signatures
// after a rule kept, a Q&A question lost, a feedback row and an edit link kept under the docs, a
// photo post of figcaptions empty, a live blog's key-points list taken as its subtitle.
// kFresh7Floor holds the count reached and only ever rises: 19 since rated entries with no date
// (a name and stars over each) after the article's prose are its reviews (comments.cpp), a
// short block closing posts whose text repeats under another post or that a rule opens is a
// signature (extract_signatures.cpp), figcaptions are the text of a page whose captions hold
// more than its paragraphs (extract_score.cpp), a summary box holding a list is no subtitle
// (metadata.cpp), an unmarked question joins the answers after it (extract_answers.cpp), and
// reply forms and rows of pruned buttons go (extract_region.cpp, extract_action_row.cpp); 21
// since a line of counts ("4 Antworten · 312 Aufrufe", "Viewed 48k times") at the edge of a
// thread of posts goes (extract_region.cpp); 22 since a lone link line of a few words to
// another host at the article's end is a tool link (extract_edge_lines.cpp).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"

using namespace winnow;

namespace {

using Fresh = winnow::test::FreshPage;

std::string head(const char* lang, const std::string& title, const std::string& extra = "", const char* dir = "ltr") {
    return std::string("<!doctype html>\n<html lang=\"") + lang + "\" dir=\"" + dir +
           "\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title +
           "</title>" + extra + "<link rel=\"stylesheet\" href=\"/_next/static/css/app.css\"></head>\n";
}

// A top bar of utility classes: logo, a menu of links, a search form and a sign-in button.
std::string topbar(const char* site, const std::vector<const char*>& items) {
    std::string h = std::string("<header class=\"sticky top-0 z-40 border-b bg-white\"><div class=\"mx-auto flex max-w-7xl items-center gap-6 px-4 py-3\"><a href=\"/\" class=\"text-xl font-bold\">") +
                    site + "</a><nav class=\"hidden md:flex gap-4 text-sm\">";
    int k = 0;
    for (const char* m : items) h += "<a class=\"hover:underline\" href=\"/c/" + std::to_string(++k) + "\">" + m + "</a>";
    return h + "</nav><form class=\"ml-auto\" action=\"/search\"><input type=\"search\" name=\"q\"></form><button class=\"rounded bg-black px-3 py-1 text-white\">Login</button></div></header>\n";
}

// A footer of link columns and a rights line.
std::string footer(const char* rights, const std::vector<const char*>& links) {
    std::string h = "<footer class=\"mt-16 border-t bg-gray-50\"><div class=\"mx-auto grid max-w-7xl grid-cols-2 gap-8 px-4 py-10 md:grid-cols-4\">";
    int k = 0;
    for (const char* l : links) h += "<a class=\"text-sm text-gray-600\" href=\"/f/" + std::to_string(++k) + "\">" + l + "</a>";
    return h + "</div><p class=\"py-4 text-center text-xs text-gray-500\">" + rights + "</p></footer>\n";
}

// A row of share buttons with counts.
std::string share_row(const char* label, int count) {
    return std::string("<div class=\"flex items-center gap-3 py-2\" data-share><span class=\"text-xs uppercase\">") + label +
           "</span><a href=\"https://www.facebook.com/sharer/sharer.php?u=x\" aria-label=\"Facebook\">f</a><a href=\"https://twitter.com/intent/tweet?url=x\" aria-label=\"X\">x</a><a href=\"https://api.whatsapp.com/send?text=x\" aria-label=\"WhatsApp\">w</a><span class=\"text-xs\">" +
           std::to_string(count) + "</span></div>\n";
}

// A grid of product or recipe tiles: heading, then linked names with a price or a rating.
std::string tiles(const char* heading, const std::vector<const char*>& names, const char* suffix) {
    std::string h = std::string("<section class=\"mt-12\"><h2 class=\"text-lg font-semibold\">") + heading + "</h2><div class=\"grid grid-cols-2 gap-4 md:grid-cols-4\">";
    int k = 0;
    for (const char* n : names)
        h += "<a class=\"block rounded border p-2\" href=\"/p/" + std::to_string(4100 + ++k) + "\"><img src=\"/img/t" + std::to_string(k) +
             ".webp\" alt=\"\"><span class=\"block text-sm\">" + n + "</span><span class=\"text-xs\">" + suffix + "</span></a>";
    return h + "</div></section>\n";
}

// Stars as a rating widget.
std::string stars(int n) {
    std::string s = "<span class=\"flex text-amber-500\" aria-label=\"" + std::to_string(n) + " / 5\">";
    for (int i = 0; i < 5; ++i) s += i < n ? "★" : "☆";
    return s + "</span>";
}

// ---------------------------------------------------------------------------------------------
// 1. English: a recipe card with reviews below (a name and stars over each, no date).
Fresh en_recipe_reviews() {
    std::string h = head("en", "Smoky Black Bean Chili | Pantry Kitchen") + "<body class=\"antialiased\">" +
                    topbar("Pantry Kitchen", {"Recipes", "Dinner", "Vegetarian", "Baking", "Meal plans"}) + R"X(<main class="mx-auto max-w-3xl px-4">
<div itemscope itemtype="https://schema.org/Recipe">
<h1 itemprop="name" class="text-4xl font-bold">Smoky Black Bean Chili</h1>
<div class="flex gap-2 text-sm">)X" + stars(5) + R"X(<a href="#reviews">4.8 (212 ratings)</a></div>
<p itemprop="description" class="mt-4 text-lg">This chili gets its depth from chipotle peppers and a spoonful of cocoa, and it tastes even better the next day after the flavours have settled.</p>
<ul class="flex gap-6 text-sm"><li>Prep 15 min</li><li>Cook 45 min</li><li>Serves 6</li></ul>
<h2 class="mt-8 text-2xl">Ingredients</h2>
<ul class="list-disc pl-6">
<li itemprop="recipeIngredient">2 tablespoons olive oil</li>
<li itemprop="recipeIngredient">1 large onion, finely chopped</li>
<li itemprop="recipeIngredient">2 chipotle peppers in adobo sauce, minced</li>
<li itemprop="recipeIngredient">3 cans (400 g each) black beans, drained</li>
<li itemprop="recipeIngredient">1 teaspoon unsweetened cocoa powder</li>
</ul>
<h2 class="mt-8 text-2xl">Method</h2>
<ol class="list-decimal pl-6">
<li itemprop="recipeInstructions">Warm the oil in a heavy pot and cook the onion over medium heat until soft and golden, about eight minutes.</li>
<li itemprop="recipeInstructions">Stir in the chipotle peppers and the cocoa and cook for one minute until fragrant.</li>
<li itemprop="recipeInstructions">Add the beans with a cup of water and simmer uncovered for thirty minutes, stirring now and then.</li>
<li itemprop="recipeInstructions">Season with salt and serve with lime wedges, sliced spring onions and warm tortillas.</li>
</ol>
</div>
)X" + share_row("Share", 1400) + R"X(<section id="reviews" class="mt-12">
<h2 class="text-2xl">Reviews (212)</h2>
<div class="mt-4 border-b pb-4"><div class="flex gap-2"><strong>Megan R.</strong>)X" + stars(5) + R"X(</div><p>Made this for a crowd on Sunday and everyone went back for seconds, even my brother who normally refuses anything without meat in it.</p><button class="text-xs">Helpful (31)</button></div>
<div class="mt-4 border-b pb-4"><div class="flex gap-2"><strong>Tom_in_Leeds</strong>)X" + stars(4) + R"X(</div><p>Good base recipe. I added a diced red pepper and a bit more chipotle because we like it hot, and I let it simmer for an hour.</p><button class="text-xs">Helpful (12)</button></div>
<div class="mt-4 border-b pb-4"><div class="flex gap-2"><strong>Priya</strong>)X" + stars(5) + R"X(</div><p>The cocoa sounded strange to me but it really works. I froze half of it in portions and it reheated perfectly for lunches all week.</p><button class="text-xs">Helpful (8)</button></div>
<div class="mt-4 border-b pb-4"><div class="flex gap-2"><strong>DaveCooks</strong>)X" + stars(3) + R"X(</div><p>A little too thick for my taste, so next time I will add more water, but the flavour was great and the kids liked it with rice.</p><button class="text-xs">Helpful (2)</button></div>
<a href="?page=2" class="mt-4 block">Load more reviews</a>
</section>
)X" + tiles("You might also like", {"Sweet potato curry", "One-pot lentil soup", "Cornbread muffins", "Veggie enchiladas"}, "★ 4.7") +
                    "</main>" + footer("© 2026 Pantry Kitchen", {"About", "Contact", "Privacy", "Terms"}) + "</body></html>";
    return {"en: recipe card, reviews of a name and stars each (no dates), tiles",
            h,
            {"This chili gets its depth from chipotle peppers", "3 cans (400 g each) black beans, drained",
             "Stir in the chipotle peppers and the cocoa", "Season with salt and serve with lime wedges"},
            {"Made this for a crowd on Sunday", "The cocoa sounded strange to me", "Helpful (31)", "Load more reviews", "One-pot lentil soup"},
            {}};
}

// 2. German: a recipe without reviews, ingredients in a table, a nutrition box, a teaser list.
Fresh de_recipe_plain() {
    std::string h = head("de", "Zwetschgendatschi vom Blech – Omas Backstube") + "<body>" +
                    topbar("Omas Backstube", {"Kuchen", "Torten", "Brot", "Plätzchen", "Saisonkalender"}) + R"X(<div class="container mx-auto grid grid-cols-12 gap-6">
<div class="col-span-12 lg:col-span-8">
<h1 class="text-3xl">Zwetschgendatschi vom Blech</h1>
<p class="text-sm text-gray-500">Schwierigkeit: leicht · Zubereitung: 1 Std. 20 Min.</p>
<img src="/img/datschi.webp" alt="Zwetschgendatschi">
<p>Im Spätsommer, wenn die Zwetschgen reif sind, gehört ein Datschi mit Hefeteig und Butterstreuseln auf jede bayerische Kaffeetafel.</p>
<h2>Zutaten für ein Blech</h2>
<table class="w-full text-sm"><tbody>
<tr><td>500 g</td><td>Weizenmehl (Type 405)</td></tr>
<tr><td>1 Würfel</td><td>frische Hefe</td></tr>
<tr><td>250 ml</td><td>lauwarme Milch</td></tr>
<tr><td>2 kg</td><td>Zwetschgen, entsteint und geviertelt</td></tr>
<tr><td>150 g</td><td>kalte Butter für die Streusel</td></tr>
</tbody></table>
<h2>Zubereitung</h2>
<div class="step"><span class="num">1</span><p>Die Hefe in der Milch auflösen, mit Mehl, Zucker und einer Prise Salz zu einem glatten Teig kneten und zugedeckt eine Stunde gehen lassen.</p></div>
<div class="step"><span class="num">2</span><p>Den Teig auf dem gefetteten Blech ausrollen und die Zwetschgen dachziegelartig und dicht an dicht darauf legen.</p></div>
<div class="step"><span class="num">3</span><p>Butter, Mehl und Zucker zu Streuseln verreiben, über das Obst geben und den Kuchen bei 180 Grad etwa vierzig Minuten backen.</p></div>
<p class="tip">Tipp: Mit geschlagener Sahne lauwarm servieren, am nächsten Tag schmeckt der Datschi aber fast noch besser.</p>
<div class="nutrition rounded bg-gray-100 p-4"><h3>Nährwerte pro Stück</h3><dl><dt>kcal</dt><dd>245</dd><dt>Eiweiß</dt><dd>4 g</dd></dl></div>
)X" + share_row("Teilen", 87) + R"X(</div>
<aside class="col-span-12 lg:col-span-4"><h3>Das könnte dich auch interessieren</h3><ul>
<li><a href="/r/1">Apfelstrudel mit Vanillesoße nach Wiener Art</a></li>
<li><a href="/r/2">Käsekuchen ohne Boden, schnell und cremig</a></li>
<li><a href="/r/3">Rhabarberkuchen mit Baiserhaube vom Blech</a></li>
<li><a href="/r/4">Hefezopf wie beim Bäcker, Schritt für Schritt</a></li>
</ul><div class="newsletter"><p>Neue Rezepte jeden Freitag in deinem Postfach.</p><input type="email"><button>Abonnieren</button></div></aside>
</div>
)X" + footer("© 2026 Omas Backstube GmbH", {"Impressum", "Datenschutz", "Kontakt", "Cookie-Einstellungen"}) + "</body></html>";
    return {"de: recipe without reviews, ingredients in a table, numbered step divs, sidebar",
            h,
            {"Im Spätsommer, wenn die Zwetschgen reif sind", "frische Hefe", "Den Teig auf dem gefetteten Blech ausrollen",
             "Mit geschlagener Sahne lauwarm servieren"},
            {"Käsekuchen ohne Boden", "Neue Rezepte jeden Freitag", "© 2026 Omas Backstube"},
            {}};
}

// 3. Swedish: a product page with a spec table, questions and answers, "others also bought".
Fresh sv_product_specs() {
    std::string h = head("sv", "Stormkök Fjällvind 2.0 – Friluftsbutiken") + "<body>" +
                    topbar("Friluftsbutiken", {"Tält", "Sovsäckar", "Kök", "Ryggsäckar", "Rea"}) + R"X(<main>
<nav class="text-xs" aria-label="breadcrumb"><a href="/">Hem</a> / <a href="/kok">Kök</a> / <span>Stormkök</span></nav>
<div class="grid md:grid-cols-2 gap-8">
<div class="gallery"><img src="/p/fv1.jpg" alt="Stormkök"><img src="/p/fv2.jpg" alt=""></div>
<div class="buybox"><h1 class="text-2xl">Stormkök Fjällvind 2.0</h1>)X" + stars(4) + R"X(<span>(38 omdömen)</span>
<p class="text-3xl font-bold">1 295 kr</p><button class="btn-primary">Lägg i varukorgen</button><p class="text-xs">Fri frakt över 499 kr</p></div>
</div>
<section class="prose mt-10"><h2>Produktbeskrivning</h2>
<p>Fjällvind 2.0 är ett komplett stormkök för två till tre personer, byggt för att fungera i hård vind på kalfjället där vanliga kök slocknar.</p>
<p>Vindskyddet och de två kastrullerna packas in i varandra, så att hela köket inte tar större plats än en liten sovsäck i ryggsäcken.</p>
<p>Brännaren går på gasol och kan bytas mot en spritbrännare om du hellre vill laga mat på T-röd under vinterturer.</p></section>
<section class="mt-8"><h2>Specifikationer</h2><table class="specs"><tbody>
<tr><th>Vikt</th><td>1 020 g</td></tr>
<tr><th>Material</th><td>Hårdanodiserat aluminium</td></tr>
<tr><th>Volym kastruller</th><td>1,5 l och 1,0 l</td></tr>
<tr><th>Bränsle</th><td>Gasol (brännare ingår)</td></tr>
</tbody></table></section>
<section class="mt-8"><h2>Frågor och svar (3)</h2>
<div class="qa"><p class="q"><b>Fråga:</b> Passar den gamla spritbrännaren från första versionen?</p><p class="a"><b>Svar från Friluftsbutiken:</b> Ja, brännarfästet har samma mått som tidigare.</p><span class="votes">5 personer tyckte att svaret var till hjälp</span></div>
<div class="qa"><p class="q"><b>Fråga:</b> Ingår tändare?</p><p class="a"><b>Svar från Friluftsbutiken:</b> Nej, tändare köps separat.</p><span class="votes">2 personer tyckte att svaret var till hjälp</span></div>
<a href="#" class="btn">Ställ en fråga</a></section>
)X" + tiles("Andra kunder köpte också", {"Gasolpatron 450 g", "Spork i titan", "Vattenflaska 1 l", "Tändstål Army"}, "från 49 kr") +
                    "</main>" + footer("© 2026 Friluftsbutiken AB", {"Kundtjänst", "Frakt", "Returer", "Om oss"}) + "</body></html>";
    return {"sv: product page, description + spec table + questions, others-also-bought tiles",
            h,
            {"Fjällvind 2.0 är ett komplett stormkök för två till tre personer", "Hårdanodiserat aluminium",
             "Brännaren går på gasol och kan bytas mot en spritbrännare"},
            {"Andra kunder köpte också", "Spork i titan", "tyckte att svaret var till hjälp", "Lägg i varukorgen", "Fri frakt över 499 kr"},
            {}};
}

// 4. Czech: a product page, description and parameters, a review widget of names and stars.
Fresh cs_product_reviews() {
    std::string h = head("cs", "Elektrická konvice Vltava 1,7 l | Domácí potřeby") + "<body>" +
                    topbar("Domácí potřeby", {"Kuchyně", "Úklid", "Koupelna", "Zahrada", "Výprodej"}) + R"X(<div class="wrap">
<div class="product-top flex"><img src="/k/vltava.jpg" alt=""><div><h1>Elektrická konvice Vltava 1,7 l</h1><div class="price">899 Kč</div><button>Do košíku</button><p>Skladem, odesíláme do 24 hodin</p></div></div>
<div class="tabs"><button aria-selected="true">Popis</button><button>Parametry</button><button>Hodnocení (4)</button></div>
<div class="tab-panel">
<p>Konvice Vltava ohřeje litr vody za necelé tři minuty a díky dvojité stěně zůstává její povrch na dotek jen vlažný.</p>
<p>Teplotu lze nastavit po deseti stupních od čtyřiceti do sta, takže se hodí i na zelený čaj nebo kojeneckou výživu.</p>
<p>Víko se otevírá tlačítkem jednou rukou a vodní kámen zachytí vyjímatelné sítko z nerezové oceli.</p>
</div>
<div class="tab-panel"><table><tr><td>Objem</td><td>1,7 l</td></tr><tr><td>Příkon</td><td>2 200 W</td></tr><tr><td>Materiál</td><td>nerezová ocel, plast bez BPA</td></tr></table></div>
<div class="tab-panel reviews">
<div class="rev"><div><span class="name">Jana K.</span>)X" + stars(5) + R"X(</div><p>Konvice je tichá a rychlá, nastavení teploty používám každý den na čaj a funguje přesně.</p></div>
<div class="rev"><div><span class="name">Petr</span>)X" + stars(4) + R"X(</div><p>Dobrá konvice za rozumnou cenu, jen kabel by mohl být o něco delší, jinak nemám výhrady.</p></div>
<div class="rev"><div><span class="name">Lucie</span>)X" + stars(5) + R"X(</div><p>Po půl roce stále jako nová, sítko se dá snadno vyčistit a víko drží pevně.</p></div>
<div class="rev"><div><span class="name">M. Novák</span>)X" + stars(2) + R"X(</div><p>Displej se mi po třech měsících přestal rozsvěcet, reklamace ale proběhla bez problémů.</p></div>
</div></div>
)X" + tiles("Zákazníci také koupili", {"Odvápňovač 250 ml", "Hrnek dvoustěnný", "Sítko na čaj", "Toustovač Vltava"}, "od 129 Kč") +
                    footer("© 2026 Domácí potřeby s.r.o.", {"Obchodní podmínky", "Doprava", "Reklamace", "Kontakt"}) + "</body></html>";
    return {"cs: product page in tabs, description + parameters, a tab of reviews (name + stars)",
            h,
            {"Konvice Vltava ohřeje litr vody za necelé tři minuty", "Víko se otevírá tlačítkem jednou rukou", "nerezová ocel, plast bez BPA"},
            {"Konvice je tichá a rychlá", "Po půl roce stále jako nová", "Zákazníci také koupili", "Skladem, odesíláme do 24 hodin"},
            {}};
}

// A forum post: author card, body, optional signature, a likes row.
std::string forum_post(const char* author, const char* role, const char* when, const std::string& body, const char* signature, int likes) {
    std::string h = std::string("<article class=\"post flex gap-4 border-b py-4\"><aside class=\"w-40 text-xs\"><a href=\"/u/") + author + "\" class=\"font-bold\">" + author +
                    "</a><div>" + role + "</div><div>Beiträge: 1.204</div></aside><div class=\"flex-1\"><div class=\"text-xs text-gray-500\">" + when +
                    "</div><div class=\"post-body\">" + body + "</div>";
    if (signature != nullptr && *signature != 0) h += std::string("<div class=\"sig\">") + signature + "</div>";
    return h + "<div class=\"reactions text-xs\">👍 " + std::to_string(likes) + "</div></div></article>\n";
}

// 5. English: a forum thread, quotes, likes, the same signature under each post of one author.
Fresh en_forum_signatures() {
    const char* sig = "Bench: Ryzen 7 5800X / 32 GB / RTX 3070 &middot; <a href=\"https://example.org/myrig\">my build log</a>";
    std::string posts =
        forum_post("kettle_drum", "Member", "Posted 3 March 2026",
                   "<p>My laptop fan runs at full speed even when the machine is idle, and the temperature never drops below seventy degrees since the last firmware update.</p><p>Has anyone found a way to roll the firmware back without losing the warranty?</p>",
                   sig, 2) +
        forum_post("bitflip", "Moderator", "Posted 3 March 2026",
                   "<blockquote><cite>kettle_drum said:</cite> Has anyone found a way to roll the firmware back</blockquote><p>The vendor offers the previous firmware on its support page under older downloads, and rolling back does not void the warranty as long as you use their tool.</p>",
                   "", 14) +
        forum_post("kettle_drum", "Member", "Posted 4 March 2026",
                   "<p>Thanks, that worked. After the rollback the fan is quiet again and the idle temperature is back to about forty-five degrees.</p>",
                   sig, 5) +
        forum_post("anouk", "Member", "Posted 5 March 2026",
                   "<p>Same problem here on the fifteen inch model; the rollback fixed it for me as well, so it really is the new firmware.</p>",
                   "", 1);
    std::string h = head("en", "Fan at full speed after firmware update | Laptop Forums") + "<body>" +
                    topbar("Laptop Forums", {"Forums", "What's new", "Members", "Rules"}) + R"X(<div class="mx-auto max-w-5xl">
<nav class="text-xs"><a href="/f">Forums</a> › <a href="/f/hw">Hardware</a> › <a href="/f/hw/laptops">Laptops</a></nav>
<h1 class="text-2xl">Fan at full speed after firmware update</h1>
<div class="pager text-xs"><span>Page 1 of 3</span> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Next ›</a></div>
)X" + posts + R"X(<div class="pager text-xs"><span>Page 1 of 3</span> <a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Next ›</a></div>
<div class="similar"><h3>Similar threads</h3><ul><li><a href="/t/1">Battery drains overnight in sleep</a></li><li><a href="/t/2">Touchpad stops working after resume</a></li><li><a href="/t/3">Which thermal paste for an older ultrabook?</a></li></ul></div>
</div>)X" + footer("Forum software © 2026", {"Contact us", "Terms and rules", "Privacy policy", "Help"}) + "</body></html>";
    return {"en: forum thread, quotes, likes, one author's signature under each of his posts",
            h,
            {"My laptop fan runs at full speed even when the machine is idle", "The vendor offers the previous firmware on its support page",
             "Same problem here on the fifteen inch model"},
            {"Ryzen 7 5800X", "my build log", "Page 1 of 3", "Battery drains overnight in sleep"},
            {}};
}

// 6. German: a forum thread where each post's signature sits after a rule.
Fresh de_forum_rule_signatures() {
    std::string posts =
        forum_post("Gartenzwerg77", "Stammgast", "12.04.2026, 08:14",
                   "<p>Unser Apfelbaum hat dieses Jahr kaum geblüht, obwohl wir ihn im Winter wie immer geschnitten haben. Kann ein zu starker Schnitt die Blüte so stark verringern?</p>",
                   "<hr>Grüße aus dem Odenwald – 600 m² Naturgarten seit 2009", 0) +
        forum_post("Obstwiese_Karl", "Experte", "12.04.2026, 09:02",
                   "<p>Ja, bei einem starken Winterschnitt treibt der Baum vor allem Wassertriebe und setzt kaum Blütenknospen an. Schneide nächstes Jahr lieber im Sommer und nur wenig.</p>",
                   "<hr>Streuobst ist Lebensraum – Mitglied im Pomologen-Verein", 9) +
        forum_post("Beetfee", "Neuling", "12.04.2026, 10:37",
                   "<p>Bei uns war es der späte Frost Ende März, die Blüten sind alle braun geworden. Vielleicht lag es bei euch auch am Wetter?</p>",
                   "<hr>Mein Gartenblog: beetfee-gärtnert.example", 3) +
        forum_post("Gartenzwerg77", "Stammgast", "13.04.2026, 19:50",
                   "<p>Danke euch beiden! Ich werde es mit dem Sommerschnitt versuchen und berichte im nächsten Frühjahr, ob es geholfen hat.</p>",
                   "<hr>Grüße aus dem Odenwald – 600 m² Naturgarten seit 2009", 1);
    std::string h = head("de", "Apfelbaum blüht kaum – Gartenforum") + "<body>" +
                    topbar("Gartenforum", {"Foren", "Neue Beiträge", "Mitglieder", "Galerie"}) + R"X(<div class="content">
<h1>Apfelbaum blüht kaum</h1>
<div class="thread-tools"><a href="#">Antworten</a> <a href="#">Thema abonnieren</a> <span>4 Antworten · 312 Aufrufe</span></div>
)X" + posts + R"X(<div class="thread-tools"><a href="#">Antworten</a> <span>Seite 1 von 1</span></div>
</div>)X" + footer("© 2026 Gartenforum", {"Impressum", "Datenschutz", "Forenregeln", "Hilfe"}) + "</body></html>";
    return {"de: forum thread, a signature after a rule under every post",
            h,
            {"Unser Apfelbaum hat dieses Jahr kaum geblüht", "Schneide nächstes Jahr lieber im Sommer",
             "Ich werde es mit dem Sommerschnitt versuchen"},
            {"Grüße aus dem Odenwald", "Mitglied im Pomologen-Verein", "Mein Gartenblog", "312 Aufrufe"},
            {}};
}

// A Q&A answer: vote column, body, comments under it.
std::string qa_answer(int votes, bool accepted, const std::string& body, const std::vector<const char*>& comments, const char* by) {
    std::string h = "<div class=\"answer flex gap-4 border-t py-6\"><div class=\"votes flex flex-col items-center text-gray-500\"><button aria-label=\"Up vote\">▲</button><span>" +
                    std::to_string(votes) + "</span><button aria-label=\"Down vote\">▼</button>" + (accepted ? "<span class=\"accepted\" title=\"Accepted\">✔</span>" : "") +
                    "</div><div class=\"flex-1\"><div class=\"answer-body\">" + body + "</div><div class=\"signature text-xs\">answered by <a href=\"/u/1\">" + by +
                    "</a></div><ul class=\"comments text-xs\">";
    for (const char* c : comments) h += std::string("<li>") + c + " – <a href=\"/u/2\">someone</a></li>";
    return h + "</ul></div></div>\n";
}

// 7. English: a Q&A page, the question, an accepted answer, a second answer and comments.
Fresh en_qa_accepted() {
    std::string h = head("en", "How do I undo the last commit but keep the changes? - DevAnswers") + "<body>" +
                    topbar("DevAnswers", {"Questions", "Tags", "Users", "Jobs"}) + R"X(<div class="flex"><nav class="w-48 text-sm"><a href="/">Home</a><a href="/questions">Questions</a><a href="/tags">Tags</a><a href="/users">Users</a></nav>
<main class="flex-1">
<h1 class="text-2xl">How do I undo the last commit but keep the changes?</h1>
<div class="text-xs">Asked 2 years ago · Viewed 48k times</div>
<div class="question flex gap-4 py-6"><div class="votes"><button>▲</button><span>312</span><button>▼</button></div><div>
<p>I committed a change too early and now want to add more files to it, but I do not want to lose the edits I already made in the working tree.</p>
<p>What is the safest way to take the last commit back while keeping everything on disk?</p>
<div class="tags"><a href="/t/git">git</a> <a href="/t/undo">undo</a></div></div></div>
<h2>3 Answers</h2>
)X" + qa_answer(540, true,
                "<p>Use a soft reset to move the branch back one commit; the changes stay staged and your working tree is untouched:</p><pre><code>git reset --soft HEAD~1</code></pre><p>If you have already pushed the commit, prefer a new commit with the missing files instead of rewriting shared history.</p>",
                {"This saved my afternoon, thank you.", "Worth adding that --mixed leaves the changes unstaged instead."}, "treeshaker") +
               qa_answer(48, false, "<p>You can also amend the commit after staging the extra files with <code>git commit --amend</code>, which keeps one commit instead of two.</p>", {"Only if nothing was pushed yet."}, "linuxfan") +
               R"X(<div class="your-answer"><h2>Your Answer</h2><textarea></textarea><button>Post Your Answer</button><p class="text-xs">By clicking "Post Your Answer", you agree to our terms of service.</p></div>
</main>
<aside class="w-72"><div class="hot"><h3>Hot Network Questions</h3><ul><li><a href="/q/1">Why does my cron job run twice on the first of the month?</a></li><li><a href="/q/2">Is it safe to delete the node_modules folder while the server runs?</a></li><li><a href="/q/3">What does a trailing comma change in a Python tuple?</a></li></ul></div></aside></div>
)X" + footer("Site design / logo © 2026 DevAnswers; user contributions licensed under CC BY-SA", {"About", "Help", "Careers", "Privacy"}) + "</body></html>";
    return {"en: Q&A page, question, accepted answer with code, second answer, comments, vote columns",
            h,
            {"I committed a change too early and now want to add more files", "Use a soft reset to move the branch back one commit",
             "git reset --soft HEAD~1", "prefer a new commit with the missing files"},
            {"Hot Network Questions", "Why does my cron job run twice", "Post Your Answer", "Viewed 48k times", "This saved my afternoon"},
            {}};
}

// 8. Portuguese (Brazil): a Q&A page of a community, question and accepted answer.
Fresh pt_qa_accepted() {
    std::string h = head("pt-BR", "Como declarar MEI no imposto de renda? - Pergunte ao Contador") + "<body>" +
                    topbar("Pergunte ao Contador", {"Perguntas", "Categorias", "Especialistas", "Planos"}) + R"X(<main class="container">
<div class="pergunta">
<h1>Como declarar MEI no imposto de renda?</h1>
<div class="meta">Perguntado por <a href="/u/ana">Ana Beatriz</a> · 7 respostas · 2,3 mil visualizações</div>
<p>Sou microempreendedora individual desde o ano passado e também trabalho com carteira assinada. Preciso declarar os rendimentos do MEI na declaração de pessoa física?</p>
</div>
<div class="resposta melhor"><div class="selo">✓ Melhor resposta</div><div class="autor"><a href="/u/carlos">Carlos Mendes</a>, contador</div>
<p>Sim. Primeiro você entrega a declaração anual do MEI, a DASN-SIMEI, e depois informa na declaração de pessoa física a parte isenta do lucro como rendimento isento.</p>
<p>A parte do lucro que passar do limite de isenção deve ser informada como rendimento tributável recebido de pessoa jurídica, usando o CNPJ do próprio MEI.</p>
<div class="acoes"><button>👍 128</button><button>Comentar</button><button>Denunciar</button></div></div>
<div class="resposta"><div class="autor"><a href="/u/rodrigo">Rodrigo</a></div><p>Complementando: guarde o relatório mensal de receitas, porque ele mostra como você chegou ao lucro.</p><div class="acoes"><button>👍 14</button></div></div>
<div class="relacionadas"><h3>Perguntas relacionadas</h3><ul><li><a href="/p/1">MEI pode ter funcionário registrado?</a></li><li><a href="/p/2">Como emitir nota fiscal de serviço sendo MEI?</a></li><li><a href="/p/3">Qual o prazo da DASN-SIMEI este ano?</a></li></ul></div>
</main>)X" + footer("© 2026 Pergunte ao Contador", {"Sobre", "Termos de uso", "Privacidade", "Contato"}) + "</body></html>";
    return {"pt-BR: Q&A page, question, best answer, second answer, related questions",
            h,
            {"Sou microempreendedora individual desde o ano passado", "Primeiro você entrega a declaração anual do MEI",
             "usando o CNPJ do próprio MEI"},
            {"MEI pode ter funcionário registrado?", "2,3 mil visualizações", "Denunciar"},
            {}};
}

// 9. English: documentation with a sidebar TOC, code, an API table, feedback and a pager.
Fresh en_docs_api() {
    std::string toc = "<aside class=\"sidebar w-64\"><nav><p class=\"font-bold\">Getting started</p><ul>";
    for (const char* t : {"Installation", "Configuration", "First request", "Authentication", "Pagination", "Rate limits", "Errors", "Webhooks",
                          "Retries", "Idempotency keys", "SDKs", "Changelog"})
        toc += std::string("<li><a href=\"/docs/") + t + "\">" + t + "</a></li>";
    toc += "</ul></nav></aside>\n";
    std::string h = head("en", "Pagination – Tidepool API docs") + "<body>" + topbar("Tidepool", {"Docs", "API reference", "Guides", "Status"}) +
                    "<div class=\"flex\">" + toc + R"X(<main class="prose max-w-3xl px-8">
<h1>Pagination</h1>
<p>List endpoints return results in pages of at most one hundred items, ordered by creation time with the newest first.</p>
<p>Each response carries a cursor for the next page; pass it back unchanged as <code>starting_after</code> to continue where the last page ended.</p>
<pre class="language-bash"><code>curl https://api.tidepool.example/v1/readings?limit=50 \
  -H "Authorization: Bearer $TOKEN"</code></pre>
<h2>Parameters</h2>
<table><thead><tr><th>Name</th><th>Type</th><th>Description</th></tr></thead><tbody>
<tr><td><code>limit</code></td><td>integer</td><td>Number of items per page, between 1 and 100.</td></tr>
<tr><td><code>starting_after</code></td><td>string</td><td>Cursor returned by the previous page.</td></tr>
<tr><td><code>order</code></td><td>string</td><td>Either asc or desc; desc by default.</td></tr>
</tbody></table>
<p>Cursors expire after twenty-four hours, so a long export should store the last item's identifier and start a new listing from it if a cursor is rejected.</p>
<div class="feedback border-t pt-4 text-sm">Was this page helpful? <button>Yes</button> <button>No</button></div>
<a href="https://github.com/tidepool/docs/edit/main/pagination.md" class="text-xs">Edit this page on GitHub</a>
<nav class="pager flex justify-between"><a href="/docs/Authentication">← Authentication</a><a href="/docs/Rate limits">Rate limits →</a></nav>
</main>
<aside class="w-48 text-xs"><p>On this page</p><a href="#parameters">Parameters</a></aside></div>
)X" + footer("© 2026 Tidepool Inc.", {"Status", "Support", "Terms", "Privacy"}) + "</body></html>";
    return {"en: documentation, long sidebar TOC, code, API table, feedback row, prev/next pager",
            h,
            {"List endpoints return results in pages of at most one hundred items", "curl https://api.tidepool.example/v1/readings",
             "Number of items per page, between 1 and 100.", "Cursors expire after twenty-four hours"},
            {"Idempotency keys", "Was this page helpful?", "Edit this page on GitHub", "← Authentication"},
            {}};
}

// 10. Hungarian: a developer guide with code blocks and a table of options.
Fresh hu_docs_code() {
    std::string h = head("hu", "Naplózás beállítása – Fejlesztői kézikönyv") + "<body>" +
                    topbar("Fejlesztői kézikönyv", {"Kezdés", "Útmutatók", "Referencia", "GYIK"}) + R"X(<div class="layout">
<nav class="toc"><ol><li><a href="#1">Telepítés</a></li><li><a href="#2">Első lépések</a></li><li><a href="#3">Naplózás</a></li><li><a href="#4">Hibakezelés</a></li><li><a href="#5">Tesztelés</a></li><li><a href="#6">Kiadás</a></li></ol></nav>
<article class="doc">
<h1>Naplózás beállítása</h1>
<p>A keretrendszer alapértelmezés szerint csak a figyelmeztetéseket és a hibákat írja a szabványos kimenetre, a részletes naplót külön kell bekapcsolni.</p>
<p>A naplózási szintet a konfigurációs fájlban vagy környezeti változóval lehet megadni:</p>
<pre><code>[naplo]
szint = "debug"
fajl = "/var/log/alkalmazas.log"</code></pre>
<table class="opts"><tr><th>Kulcs</th><th>Jelentés</th></tr><tr><td>szint</td><td>A legalacsonyabb szint, amely még a naplóba kerül.</td></tr><tr><td>fajl</td><td>A naplófájl elérési útja; üresen hagyva a kimenetre ír.</td></tr></table>
<p>Éles környezetben a debug szint lassíthatja az alkalmazást, ezért hibakeresés után érdemes visszaállítani az info szintre.</p>
</article></div>
<div class="prevnext"><a href="#2">‹ Első lépések</a> <a href="#4">Hibakezelés ›</a></div>
<div class="rate">Hasznos volt ez az oldal? 👍 👎</div>
)X" + footer("© 2026 Fejlesztői kézikönyv – CC BY 4.0", {"Adatvédelem", "Kapcsolat", "GitHub"}) + "</body></html>";
    return {"hu: developer guide, numbered TOC, config code block, options table, prev/next",
            h,
            {"A keretrendszer alapértelmezés szerint csak a figyelmeztetéseket", "szint = \"debug\"",
             "A naplófájl elérési útja", "Éles környezetben a debug szint lassíthatja az alkalmazást"},
            {"Hasznos volt ez az oldal?", "‹ Első lépések", "Hibakezelés ›"},
            {}};
}

// 11. English: a changelog of versions, each a heading and a list of short items.
Fresh en_changelog() {
    std::string h = head("en", "Changelog – Lumen Notes") + "<body>" + topbar("Lumen Notes", {"Features", "Pricing", "Blog", "Changelog"}) + R"X(<main class="mx-auto max-w-2xl">
<h1 class="text-4xl">Changelog</h1>
<p class="lead">New features, improvements and fixes in every release of the desktop and mobile apps.</p>
<section><h2>4.2.0 <small>February 2026</small></h2><ul>
<li>Notes can now be pinned to the top of any folder, not only the inbox.</li>
<li>Exported PDFs keep the colour of highlighted text.</li>
<li>Fixed a crash when pasting a table with merged cells from a spreadsheet.</li></ul></section>
<section><h2>4.1.3 <small>January 2026</small></h2><ul>
<li>Sync no longer stalls after the laptop wakes from sleep on a different network.</li>
<li>The search field remembers the last ten queries.</li></ul></section>
<section><h2>4.1.0 <small>December 2025</small></h2><ul>
<li>Added a dark theme that follows the system setting.</li>
<li>Attachments larger than fifty megabytes are uploaded in the background.</li></ul></section>
<div class="subscribe rounded bg-indigo-50 p-6"><h3>Get release notes by email</h3><input type="email" placeholder="you@example.com"><button>Subscribe</button></div>
</main>)X" + footer("© 2026 Lumen Labs", {"Download", "Help center", "Twitter", "Privacy"}) + "</body></html>";
    return {"en: changelog of version headings with short item lists, subscribe box",
            h,
            {"Notes can now be pinned to the top of any folder", "The search field remembers the last ten queries",
             "Attachments larger than fifty megabytes are uploaded in the background"},
            {"Get release notes by email"},
            {}};
}

// 12. Turkish: a listicle, "10 ..." with a heading and a paragraph per item, ads between.
Fresh tr_listicle() {
    const char* items[][2] = {
        {"1. Kapadokya", "Sabahın erken saatlerinde peribacalarının üzerinde süzülen balonlar, bölgeyi her mevsim ayrı bir güzellikte gösterir."},
        {"2. Safranbolu", "Osmanlı dönemi konaklarıyla ünlü bu küçük kasaba, dar sokakları ve lokumcularıyla bir günlük gezi için idealdir."},
        {"3. Mardin", "Taş evlerin Mezopotamya ovasına bakan teraslarından izlenen gün batımı, yolculuğun en unutulmaz anı olur."},
        {"4. Kaş", "Berrak koyları ve dalış okullarıyla Kaş, denizi sevenler için sakin ama canlı bir tatil kasabasıdır."},
        {"5. Amasra", "Karadeniz kıyısındaki bu yarımada kasabası, taze balığı ve Bizans kalıntılarıyla hafta sonu kaçamağı için uygundur."},
    };
    std::string body;
    int k = 0;
    for (const auto& it : items) {
        body += std::string("<h2>") + it[0] + "</h2><figure><img src=\"/g/" + std::to_string(++k) + ".jpg\" alt=\"\"></figure><p>" + it[1] + "</p>\n";
        if (k == 2 || k == 4) body += "<div class=\"ad-slot\" data-ad-unit=\"inarticle\"><span class=\"text-xs\">Reklam</span></div>\n";
    }
    std::string h = head("tr", "Türkiye'de mutlaka görmeniz gereken 5 yer - Gezi Rehberi") + "<body>" + topbar("Gezi Rehberi", {"Rotalar", "Oteller", "Yemek", "Kamp"}) +
                    R"X(<main class="container grid grid-cols-12"><div class="col-span-8">
<h1>Türkiye'de mutlaka görmeniz gereken 5 yer</h1>
<p class="text-sm">Yazan: Elif Şahin · 6 dk okuma</p>
<p>Türkiye'nin dört bir yanında, kalabalık turist merkezlerinden uzakta kalmış ama görenleri büyüleyen yerler var; işte listemiz.</p>
)X" + body + share_row("Paylaş", 532) + R"X(<div class="tags"><a href="/t/1">gezi</a> <a href="/t/2">tatil</a></div></div>
<aside class="col-span-4"><h3>En çok okunanlar</h3><ol><li><a href="/y/1">İstanbul'da ücretsiz gezilecek 12 müze</a></li><li><a href="/y/2">Ege'nin en güzel 7 plajı</a></li><li><a href="/y/3">Vizesiz gidilebilecek ülkeler listesi</a></li></ol></aside></main>
)X" + footer("© 2026 Gezi Rehberi", {"Hakkımızda", "İletişim", "Gizlilik", "Künye"}) + "</body></html>";
    return {"tr: listicle, numbered h2 items with a picture and a paragraph each, ad slots, most-read",
            h,
            {"Türkiye'nin dört bir yanında", "Osmanlı dönemi konaklarıyla ünlü bu küçük kasaba",
             "taze balığı ve Bizans kalıntılarıyla"},
            {"En çok okunanlar", "Ege'nin en güzel 7 plajı", "Reklam"},
            {}};
}

// 13. German: an event page, facts list, description, similar events.
Fresh de_event() {
    std::string h = head("de", "Orgelnacht im Dom – Kulturkalender Rheinhessen") + "<body>" +
                    topbar("Kulturkalender", {"Konzerte", "Theater", "Ausstellungen", "Für Kinder", "Veranstaltung melden"}) + R"X(<main>
<div class="hero"><img src="/e/orgel.jpg" alt=""><h1>Orgelnacht im Dom</h1></div>
<ul class="facts"><li>📅 Samstag, 16. Mai 2026, 20:00 Uhr</li><li>📍 Dom St. Martin, Domplatz 1</li><li>🎟 18 € / ermäßigt 12 €</li></ul>
<div class="description">
<p>Vier Organistinnen und Organisten spielen an diesem Abend abwechselnd auf der großen Domorgel und der kleinen Chororgel, von Bach bis zu Uraufführungen.</p>
<p>Zwischen den Konzertteilen gibt es im Kreuzgang Brot, Wein und Gelegenheit, mit den Musikern über ihre Instrumente zu sprechen.</p>
<p>Der Eingang ist barrierefrei; für Rollstuhlplätze wird um eine Anmeldung beim Dombüro bis eine Woche vorher gebeten.</p>
</div>
<a class="btn" href="/tickets/8812">Tickets kaufen</a> <a class="btn" href="/ics/8812">Zum Kalender hinzufügen</a>
<section class="similar"><h2>Ähnliche Veranstaltungen</h2>
<div class="card"><a href="/v/1">Kammermusik im Schloss</a><span>So, 17. Mai</span></div>
<div class="card"><a href="/v/2">Gospelchor Open Air am Rheinufer</a><span>Fr, 22. Mai</span></div>
<div class="card"><a href="/v/3">Lange Nacht der Museen</a><span>Sa, 23. Mai</span></div>
</section></main>
)X" + footer("© 2026 Kulturkalender Rheinhessen", {"Impressum", "Datenschutz", "Presse"}) + "</body></html>";
    return {"de: event page, facts list with emoji, description, ticket buttons, similar events cards",
            h,
            {"Vier Organistinnen und Organisten spielen an diesem Abend", "Der Eingang ist barrierefrei"},
            {"Gospelchor Open Air am Rheinufer", "Zum Kalender hinzufügen", "Ähnliche Veranstaltungen"},
            {}};
}

// 14. Swedish: a job posting in sections, apply button, similar jobs.
Fresh sv_job() {
    std::string h = head("sv", "Drifttekniker till vattenverket i Luleå – Jobbportalen") + "<body>" +
                    topbar("Jobbportalen", {"Lediga jobb", "Arbetsgivare", "Karriärtips", "Logga in"}) + R"X(<main class="grid md:grid-cols-3 gap-6">
<article class="md:col-span-2">
<h1>Drifttekniker till vattenverket</h1>
<div class="employer">Luleå kommun · Luleå · Heltid, tillsvidare</div>
<h2>Om tjänsten</h2>
<p>Som drifttekniker ansvarar du tillsammans med fem kollegor för att vattenverket levererar rent dricksvatten till stadens åttiotusen invånare dygnet runt.</p>
<h2>Arbetsuppgifter</h2>
<ul><li>Övervaka processen i styrsystemet och åtgärda larm</li><li>Ta vattenprover och föra driftjournal</li><li>Delta i beredskap var femte vecka</li></ul>
<h2>Kvalifikationer</h2>
<ul><li>Gymnasieutbildning inom el, VVS eller process</li><li>B-körkort</li></ul>
<p>Vi tillämpar löpande urval, så skicka gärna din ansökan redan idag; sista ansökningsdag är den 30 april.</p>
<a class="btn" href="/apply/55120">Ansök nu</a> <button>Spara jobb</button>
</article>
<aside><h3>Liknande jobb</h3><ul><li><a href="/j/1">Elektriker till pappersbruket, Piteå</a></li><li><a href="/j/2">Processoperatör, Boden</a></li><li><a href="/j/3">VA-ingenjör, Kiruna</a></li></ul>
<div class="tip">Skapa en jobbevakning och få nya jobb som passar dig via e-post.</div></aside></main>
)X" + footer("© 2026 Jobbportalen", {"Om oss", "Villkor", "Cookies"}) + "</body></html>";
    return {"sv: job posting in h2 sections with lists, apply button, similar jobs",
            h,
            {"Som drifttekniker ansvarar du tillsammans med fem kollegor", "Ta vattenprover och föra driftjournal",
             "sista ansökningsdag är den 30 april"},
            {"Elektriker till pappersbruket", "Skapa en jobbevakning", "Spara jobb"},
            {}};
}

// 15. Chinese: a photo post whose only text is the figcaptions.
Fresh zh_photo_captions() {
    const char* caps[] = {"清晨的西湖笼罩在薄雾之中，断桥上已经有游客在拍照留念。", "雷峰塔在晨光中显得格外安静，湖面倒映着塔影和远处的山峦。",
                          "苏堤两旁的柳树刚刚发出新芽，骑自行车的市民从桥上经过。", "傍晚时分，游船陆续靠岸，湖边亮起了一盏盏灯。"};
    std::string figs;
    int k = 0;
    for (const char* c : caps)
        figs += "<figure class=\"photo\"><img src=\"/pic/xh" + std::to_string(++k) + ".jpg\" alt=\"\" loading=\"lazy\"><figcaption>" + c +
                "</figcaption></figure>\n";
    std::string h = head("zh-CN", "组图：春日西湖 - 视觉频道") + "<body>" + topbar("视觉频道", {"首页", "图片", "视频", "专题", "摄影师"}) + R"X(<main class="w-[960px] mx-auto">
<h1>组图：春日西湖</h1><div class="info">摄影：陈晓 · 2026-03-28</div>
)X" + figs + share_row("分享到", 96) + R"X(<div class="more"><h3>更多图集</h3><a href="/g/1">雪后故宫</a> <a href="/g/2">黄山云海</a> <a href="/g/3">江南古镇</a> <a href="/g/4">洱海日出</a></div>
</main>)X" + footer("© 2026 视觉频道 版权所有", {"关于我们", "联系我们", "广告服务"}) + "</body></html>";
    return {"zh: photo post whose only text is the figcaptions, share row, more galleries",
            h,
            {"清晨的西湖笼罩在薄雾之中", "苏堤两旁的柳树刚刚发出新芽", "傍晚时分，游船陆续靠岸"},
            {"更多图集", "雪后故宫"},
            {}};
}

// 16. English: a live blog, a key-points list at the top, timestamped entries, a pinned post.
Fresh en_liveblog() {
    std::string h = head("en", "Storm Elin live: trains cancelled, thousands without power - Coastline News",
                         "<meta property=\"og:title\" content=\"Storm Elin live: trains cancelled, thousands without power\">") +
                    "<body>" + topbar("Coastline News", {"News", "Live", "Weather", "Sport", "Opinion"}) + R"X(<main class="live">
<span class="badge">LIVE</span>
<h1>Storm Elin live: trains cancelled, thousands without power</h1>
<div class="summary"><h2>Key points</h2><ul>
<li>All trains on the coastal line are cancelled until at least midday</li>
<li>About 14,000 homes are without electricity</li>
<li>Schools in three districts stay closed</li></ul></div>
<div class="updates">
<article class="update"><time datetime="2026-11-30T11:42">11:42</time><h3>Power restored in the harbour district</h3><p>The network operator says power is back for about four thousand homes in the harbour district, but repairs elsewhere could take until the evening.</p>)X" +
                    share_row("Share", 0) + R"X(</article>
<article class="update"><time datetime="2026-11-30T10:15">10:15</time><p>Firefighters have closed the promenade after part of the sea wall collapsed overnight; nobody was hurt.</p>)X" +
                    share_row("Share", 0) + R"X(</article>
<article class="update"><time datetime="2026-11-30T08:03">08:03</time><p>Good morning and welcome to our live coverage of Storm Elin, which brought gusts of more than one hundred kilometres an hour to the coast overnight.</p>)X" +
                    share_row("Share", 0) + R"X(</article>
</div>
<button class="load-more">Show older updates</button>
</main>)X" + footer("© 2026 Coastline News", {"Contact", "Advertise", "Privacy", "Terms"}) + "</body></html>";
    return {"en: live blog, key-points list, timestamped entries with share rows, newest first",
            h,
            {"About 14,000 homes are without electricity", "The network operator says power is back",
             "Firefighters have closed the promenade", "Good morning and welcome to our live coverage of Storm Elin"},
            {"Show older updates"},
            {"Key points", "14,000 homes", "All trains on the coastal line"}};
}

// 17. Hebrew: a glossary of terms in a <dl>, alphabet index on top (rtl).
Fresh he_glossary() {
    std::string h = head("he", "מילון מונחים – חיסכון ופנסיה", "", "rtl") + "<body>" +
                    topbar("כסף חכם", {"חיסכון", "פנסיה", "משכנתא", "מחשבונים"}) + R"X(<main class="container">
<h1>מילון מונחים: חיסכון ופנסיה</h1>
<p>ריכזנו כאן הסברים קצרים למונחים שמופיעים בדוחות השנתיים של קרנות הפנסיה וקופות הגמל.</p>
<nav class="abc"><a href="#a">א</a> <a href="#b">ב</a> <a href="#g">ג</a> <a href="#d">ד</a> <a href="#h">ה</a> <a href="#m">מ</a></nav>
<dl>
<dt id="a">אחוז דמי ניהול</dt><dd>השיעור שגובה הגוף המנהל מהצבירה או מההפקדות, ומשפיע מאוד על הסכום שיישאר בגיל הפרישה.</dd>
<dt>ביטוח שארים</dt><dd>כיסוי שמבטיח קצבה לבני המשפחה אם החוסך נפטר לפני גיל הפרישה.</dd>
<dt>גיל פרישה</dt><dd>הגיל שבו מותר להתחיל לקבל קצבה מהקרן, בהתאם לחוק ולתקנון הקרן.</dd>
<dt>מקדם המרה</dt><dd>המספר שבו מחלקים את הצבירה כדי לחשב את גובה הקצבה החודשית.</dd>
</dl>
<p class="disclaimer">המידע באתר אינו מהווה ייעוץ פנסיוני ואינו תחליף לייעוץ אישי.</p>
)X" + share_row("שיתוף", 41) + R"X(</main>)X" + footer("© 2026 כסף חכם", {"אודות", "צור קשר", "תנאי שימוש"}) + "</body></html>";
    return {"he: glossary in a <dl>, alphabet index, disclaimer (rtl)",
            h,
            {"ריכזנו כאן הסברים קצרים למונחים", "השיעור שגובה הגוף המנהל מהצבירה", "המספר שבו מחלקים את הצבירה"},
            {"מחשבונים"},
            {}};
}

// 18. Czech: a university course page: annotation, outcomes, a schedule table, a sidebar.
Fresh cs_course() {
    std::string h = head("cs", "NAIL062 Výroková a predikátová logika – Studijní informační systém") + "<body>" +
                    topbar("Studijní informační systém", {"Předměty", "Rozvrh", "Zkoušky", "Přihlásit"}) + R"X(<div class="row">
<div class="col-3 side"><ul><li><a href="/p">Vyhledat předmět</a></li><li><a href="/o">Obory</a></li><li><a href="/k">Katedry</a></li><li><a href="/h">Nápověda</a></li></ul></div>
<div class="col-9">
<h1>NAIL062 Výroková a predikátová logika</h1>
<table class="info"><tr><th>Garant</th><td>doc. RNDr. Jan Horák, Ph.D.</td></tr><tr><th>Rozsah</th><td>2/2, Z+Zk</td></tr><tr><th>Kredity</th><td>5</td></tr></table>
<h2>Anotace</h2>
<p>Předmět seznamuje se základy výrokové a predikátové logiky prvního řádu, s jejich syntaxí, sémantikou a dokazovacími systémy.</p>
<h2>Cíl předmětu</h2>
<p>Student se naučí formalizovat tvrzení z matematiky a informatiky, ověřovat jejich platnost a používat rezoluční metodu.</p>
<h2>Sylabus</h2>
<ol><li>Výroková logika: syntax, sémantika, normální formy</li><li>Tablo metoda a její úplnost</li><li>Rezoluce ve výrokové a predikátové logice</li><li>Věta o kompaktnosti a její důsledky</li></ol>
<h2>Podmínky zakončení</h2>
<p>Zápočet se uděluje za vyřešení domácích úloh; zkouška je písemná s ústní částí a lze ji skládat až po získání zápočtu.</p>
</div></div>
)X" + footer("© 2026 Univerzita, Studijní informační systém", {"Podpora", "Přístupnost", "English"}) + "</body></html>";
    return {"cs: university course page, info table, annotation, syllabus, conditions, side menu",
            h,
            {"Předmět seznamuje se základy výrokové a predikátové logiky", "Tablo metoda a její úplnost",
             "zkouška je písemná s ústní částí"},
            {"Vyhledat předmět", "Nápověda"},
            {}};
}

// 19. Hungarian: a recipe with a long intro and reviews of a name and stars each, no dates.
Fresh hu_recipe_reviews() {
    std::string reviews;
    const char* rv[][2] = {{"Kati néni", "Pont olyan lett, mint amilyet a nagymamám főzött, a család két nap alatt megette az egész fazékkal."},
                           {"Gábor", "Én füstölt kolbászt is tettem bele, és egy kis csípős paprikát, nagyon finom lett így is."},
                           {"Zsófi", "Kevesebb lisztet használtam a rántáshoz, így könnyebb lett, de az íze ugyanolyan jó maradt."},
                           {"Bence84", "Az első főzelékem, ami sikerült, köszönöm a részletes leírást és a sok apró tippet."},
                           {"Erzsi", "Friss kaporral a tetején tálaltam, a vendégek receptet kértek tőlem."}};
    int n = 5;
    for (const auto& r : rv)
        reviews += std::string("<li class=\"review\"><div class=\"head\"><b>") + r[0] + "</b>" + stars(n-- > 3 ? 5 : 4) + "</div><p>" + r[1] + "</p></li>\n";
    std::string h = head("hu", "Krumplifőzelék kolbásszal – Konyhatündér") + "<body>" + topbar("Konyhatündér", {"Levesek", "Főzelékek", "Sütemények", "Gyors receptek"}) + R"X(<main class="container">
<article class="recipe">
<h1>Krumplifőzelék kolbásszal</h1>
<p class="intro">A krumplifőzelék a magyar konyha egyik legegyszerűbb egytálétele, amely olcsó alapanyagokból, fél óra alatt elkészül.</p>
<div class="box ingredients"><h2>Hozzávalók (4 adag)</h2><ul><li>1 kg burgonya</li><li>1 fej vöröshagyma</li><li>2 ek liszt</li><li>200 ml tejföl</li><li>2 szál főzőkolbász</li></ul></div>
<div class="box steps"><h2>Elkészítés</h2><ol>
<li>A burgonyát meghámozzuk, kockákra vágjuk, és sós vízben babérlevéllel puhára főzzük.</li>
<li>A hagymát zsiradékon üvegesre pároljuk, rászórjuk a lisztet, majd világos rántást készítünk.</li>
<li>A rántást a tejföllel együtt a burgonyához keverjük, és a felkarikázott kolbászt is beletesszük.</li>
<li>Néhány percig forraljuk, amíg a főzelék besűrűsödik, majd sóval és borssal ízesítjük.</li></ol></div>
</article>
<section class="reviews"><h2>Értékelések (5)</h2>)X" + stars(5) + R"X(<span>4,8 átlag</span><ul>
)X" + reviews + R"X(</ul><a href="#" class="btn">Értékelés írása</a></section>
)X" + tiles("Ezek is érdekelhetnek", {"Tökfőzelék", "Lencsefőzelék", "Paradicsomos káposzta", "Zöldborsófőzelék"}, "30 perc") + "</main>" +
                    footer("© 2026 Konyhatündér", {"Impresszum", "Adatvédelem", "Kapcsolat"}) + "</body></html>";
    return {"hu: recipe, reviews of a name and stars each (no dates) after the steps, tiles",
            h,
            {"A krumplifőzelék a magyar konyha egyik legegyszerűbb egytálétele", "2 szál főzőkolbász",
             "A rántást a tejföllel együtt a burgonyához keverjük", "majd sóval és borssal ízesítjük"},
            {"Pont olyan lett, mint amilyet a nagymamám", "Az első főzelékem, ami sikerült", "Értékelés írása", "Paradicsomos káposzta"},
            {}};
}

// 20. Portuguese (Brazil): a blog post with code, an author box and comments.
Fresh pt_blog_code() {
    std::string h = head("pt-BR", "Como ler um CSV grande em Python sem estourar a memória | Blog do Dev") + "<body>" +
                    topbar("Blog do Dev", {"Python", "JavaScript", "Carreira", "Sobre"}) + R"X(<main class="max-w-3xl mx-auto">
<article>
<h1>Como ler um CSV grande em Python sem estourar a memória</h1>
<div class="meta">Por <a href="/autor/lu">Luana Prado</a> · 8 min de leitura</div>
<p>Quando um arquivo CSV tem vários gigabytes, carregar tudo de uma vez com o pandas costuma derrubar o processo antes mesmo de a análise começar.</p>
<p>A saída mais simples é ler o arquivo em pedaços com o parâmetro <code>chunksize</code>, processando cada bloco e guardando só o resultado:</p>
<pre><code class="language-python">import pandas as pd

total = 0
for bloco in pd.read_csv("vendas.csv", chunksize=100_000):
    total += bloco["valor"].sum()
print(total)</code></pre>
<p>Com isso o uso de memória fica limitado ao tamanho de um bloco, e o mesmo padrão serve para filtrar linhas e gravar o resultado em outro arquivo.</p>
</article>
<div class="author-box flex gap-4 rounded bg-gray-100 p-4"><img src="/a/lu.jpg" alt=""><div><b>Luana Prado</b><p>Engenheira de dados em Recife, escreve sobre Python, bancos de dados e carreira. Nas horas vagas, faz trilhas e fotografa aves do litoral nordestino.</p></div></div>
)X" + share_row("Compartilhe", 77) + R"X(<section class="comments"><h2>3 comentários</h2>
<div class="c"><b>Rafael</b><p>Salvou meu dia, estava tentando abrir um arquivo de 6 GB no notebook do trabalho.</p></div>
<div class="c"><b>Juliana</b><p>Vale citar que o polars também resolve isso com o modo lazy.</p></div>
<div class="c"><b>Tiago</b><p>Ótimo exemplo, simples e direto.</p></div></section>
</main>)X" + footer("© 2026 Blog do Dev", {"Política de privacidade", "Contato", "RSS"}) + "</body></html>";
    return {"pt-BR: blog post with a code block, author box, share row, comments",
            h,
            {"Quando um arquivo CSV tem vários gigabytes", "for bloco in pd.read_csv", "Com isso o uso de memória fica limitado"},
            {"Engenheira de dados em Recife", "Salvou meu dia", "Vale citar que o polars"},
            {}};
}

// 21. Turkish: an FAQ page of short question headings and answers, a contact box.
Fresh tr_faq() {
    std::string h = head("tr", "Sıkça Sorulan Sorular – Kargo ve İade | Evim Market") + "<body>" +
                    topbar("Evim Market", {"Kategoriler", "Kampanyalar", "Siparişlerim", "Yardım"}) + R"X(<main class="container">
<h1>Sıkça Sorulan Sorular: Kargo ve İade</h1>
<div class="faq">
<h3>Siparişim ne zaman kargoya verilir?</h3><p>Saat 14:00'e kadar verilen siparişler aynı gün, daha sonra verilenler ertesi iş günü kargoya teslim edilir.</p>
<h3>Kargo ücreti ne kadar?</h3><p>250 TL ve üzeri alışverişlerde kargo ücretsizdir; altındaki siparişler için sabit 39,90 TL ücret alınır.</p>
<h3>Ürünü nasıl iade edebilirim?</h3><p>Siparişlerim sayfasından iade talebi oluşturup size verilen kodla ürünü en yakın kargo şubesine ücretsiz bırakabilirsiniz.</p>
<h3>İade ücretim ne zaman hesabıma geçer?</h3><p>Ürün depomuza ulaştıktan sonra iki iş günü içinde ödeme yaptığınız karta iade edilir; bankanıza göre yansıması birkaç gün sürebilir.</p>
</div>
<div class="helpful">Bu yanıt yardımcı oldu mu? <button>Evet</button> <button>Hayır</button></div>
<div class="contact-box"><h3>Aradığınızı bulamadınız mı?</h3><a href="/canli-destek">Canlı destek</a> <a href="tel:08500000000">0850 000 00 00</a></div>
</main>)X" + footer("© 2026 Evim Market", {"Hakkımızda", "KVKK", "Çerez politikası", "İletişim"}) + "</body></html>";
    return {"tr: FAQ of h3 questions and paragraph answers, helpful row, contact box",
            h,
            {"Saat 14:00'e kadar verilen siparişler aynı gün", "250 TL ve üzeri alışverişlerde kargo ücretsizdir",
             "Ürün depomuza ulaştıktan sonra iki iş günü içinde"},
            {"Bu yanıt yardımcı oldu mu?", "Aradığınızı bulamadınız mı?"},
            {}};
}

// 22. German: a blog post whose headline carries its date line after a single <br>.
Fresh de_headline_br_date() {
    std::string h = head("de", "Warum unsere Bienen im Winter summen") + "<body>" + topbar("Imkerei am Hang", {"Blog", "Honig", "Kurse", "Kontakt"}) + R"X(<div class="wrapper"><div class="main">
<h1 class="entry-title">Warum unsere Bienen im Winter summen<br><span class="date">14. Januar 2026</span></h1>
<p>Wer im Januar das Ohr an eine Beute legt, hört ein gleichmäßiges Summen: Die Bienen sitzen in einer dichten Traube und zittern mit ihren Flugmuskeln.</p>
<p>So halten sie im Inneren der Traube rund fünfundzwanzig Grad, auch wenn draußen strenger Frost herrscht, und die Königin sitzt warm in der Mitte.</p>
<p>Stören sollte man die Völker jetzt nicht; ein kurzer Blick auf das Flugloch nach einem sonnigen Tag verrät genug über ihren Zustand.</p>
)X" + share_row("Teilen", 12) + R"X(</div>
<div class="sidebar"><h4>Kategorien</h4><ul><li><a href="/k/1">Bienenjahr</a></li><li><a href="/k/2">Honigsorten</a></li><li><a href="/k/3">Imkerkurse</a></li></ul></div></div>
)X" + footer("© 2026 Imkerei am Hang", {"Impressum", "Datenschutz"}) + "</body></html>";
    return {"de: blog post, the date line after a <br> inside the <h1>",
            h,
            {"Wer im Januar das Ohr an eine Beute legt", "Stören sollte man die Völker jetzt nicht"},
            {"Honigsorten"},
            {"14. Januar 2026"}};
}

std::vector<Fresh> fresh_pages() {
    return {en_recipe_reviews(), de_recipe_plain(), sv_product_specs(), cs_product_reviews(), en_forum_signatures(), de_forum_rule_signatures(),
            en_qa_accepted(), pt_qa_accepted(), en_docs_api(), hu_docs_code(), en_changelog(), tr_listicle(), de_event(), sv_job(),
            zh_photo_captions(), en_liveblog(), he_glossary(), cs_course(), hu_recipe_reviews(), pt_blog_code(), tr_faq(), de_headline_br_date()};
}

// Pages that pass whole (all key sentences in, all chrome out, nothing wrong in the headline).
// Only ever rises.
constexpr int kFresh7Floor = 22;

}  // namespace

TEST_CASE("fresh page kinds, round 7 (pages that are not news articles): the main text is in and the chrome is out") {
    const auto all = fresh_pages();
    winnow::test::PageTally t = winnow::test::tally_pages(all, "f7_");
    // The headline and the subtitle: no date line, no list. A page that passed on its body and
    // fails here is taken back out of the count.
    winnow::test::tally_headlines(all, t);
    MESSAGE("fresh pages (round 7) passed whole: ", t.passed, " of ", all.size(), t.report);
    CHECK(t.passed >= kFresh7Floor);
}

// Each mechanism the round 7 pages led to, on small pages in other languages and markups, with
// the case it must leave alone.
namespace {

// A plain page: a title, then the given body inside <main>.
std::string plain_page(const char* lang, const char* title, const std::string& main) {
    return std::string("<!doctype html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
           "</title></head><body><nav><a href=\"/\">Start</a> <a href=\"/a\">A</a> <a href=\"/b\">B</a></nav><main>" + main +
           "</main><footer><a href=\"/imp\">Impressum</a></footer></body></html>\n";
}

}  // namespace

TEST_CASE("rated entries with no date (a name and stars over each) after the article's prose are its reviews, even inside its box") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    // Portuguese (Brazil): a product's description, then reviews in the same box, stars as glyphs.
    const std::string pt = plain_page("pt-BR", "Mochila Trilha 30 L", R"(<div class="produto"><h1>Mochila Trilha 30 L</h1>
<p>A mochila Trilha tem trinta litros, costas ventiladas e capa de chuva embutida no fundo, pensada para caminhadas de um dia inteiro.</p>
<p>O tecido de náilon reforçado aguenta galhos e pedras, e os bolsos laterais levam duas garrafas de um litro.</p>
<div class="av"><span class="nome">Marcos</span><span class="estrelas">★★★★★</span><p>Usei na subida do Pico da Bandeira e não senti dor nas costas em nenhum momento.</p></div>
<div class="av"><span class="nome">Fernanda S.</span><span class="estrelas">★★★★☆</span><p>Muito boa, só achei a alça do peito um pouco curta para mim.</p></div>
<div class="av"><span class="nome">Rafa</span><span class="estrelas">★★★★★</span><p>A capa de chuva salvou meu equipamento numa tempestade na serra.</p></div>
</div>)");
    const std::string out_pt = block_text_of(pt);
    CHECK(has(out_pt, "O tecido de náilon reforçado aguenta galhos"));
    CHECK_FALSE(has(out_pt, "não senti dor nas costas"));
    CHECK_FALSE(has(out_pt, "A capa de chuva salvou meu equipamento"));
    // Turkish: the rating spelled only for screen readers ("4 / 5"), no glyphs.
    const std::string tr = plain_page("tr", "Mercimek çorbası", R"(<article><h1>Mercimek çorbası</h1>
<p>Kırmızı mercimek çorbası, soğan ve havuçla yarım saatte pişen, kışın en çok yapılan çorbalardan biridir.</p>
<ol><li>Soğanı ve havucu tereyağında beş dakika kavurun.</li><li>Mercimeği ve suyu ekleyip yirmi dakika kaynatın, sonra blenderdan geçirin.</li></ol>
<div class="yorum"><b>Ayşe</b><span class="puan" aria-label="5 / 5"></span><p>Annemin tarifi gibi oldu, üstüne pul biber yağı gezdirdim.</p></div>
<div class="yorum"><b>Mehmet</b><span class="puan" aria-label="4 / 5"></span><p>Biraz limonla çok güzel oluyor, tavsiye ederim herkese.</p></div>
<div class="yorum"><b>Zeynep</b><span class="puan" aria-label="5 / 5"></span><p>Çocuklar bile sevdi, bir dahaki sefere daha çok yapacağım.</p></div>
</article>)");
    const std::string out_tr = block_text_of(tr);
    CHECK(has(out_tr, "sonra blenderdan geçirin"));
    CHECK_FALSE(has(out_tr, "üstüne pul biber yağı gezdirdim"));
    // Left alone: a ranked list whose items each have a heading and stars (the page's text).
    const std::string en = plain_page("en", "The five best tents of the year", R"(<h1>The five best tents of the year</h1>
<p>We pitched twenty tents in wind and rain over a summer of weekends, and these five are the ones we would buy again.</p>
<div class="pick"><h2>1. Ridgeline 2</h2><span>★★★★★</span><p>The Ridgeline stood through a night of gales on the ridge without a single bent pole.</p></div>
<div class="pick"><h2>2. Meadow Dome</h2><span>★★★★☆</span><p>Roomy enough for two adults and a dog, and it packs down to the size of a loaf of bread.</p></div>
<div class="pick"><h2>3. Fjord Ultra</h2><span>★★★★☆</span><p>The lightest tent we tested, though the thin floor needs a groundsheet on rocky ground.</p></div>)");
    const std::string out_en = block_text_of(en);
    CHECK(has(out_en, "stood through a night of gales"));
    CHECK(has(out_en, "thin floor needs a groundsheet"));
}

TEST_CASE("a forum post's signature (the same box under two posts of one author, or a rule opening it in each post) goes; a refrain in the text stays") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    const auto post = [](const char* who, const char* body, const std::string& tail) {
        return std::string("<div class=\"msg\"><div class=\"who\">") + who + "</div><div class=\"txt\"><p>" + body + "</p></div>" + tail + "</div>\n";
    };
    // Czech: one author's signature box under both his posts, a one-off one under another's.
    const std::string cs = plain_page("cs", "Kotel nejde zapálit", std::string("<h1>Kotel nejde zapálit</h1><div class=\"thread\">") +
        post("Pavel_K", "Od včerejška nejde zapálit plynový kotel, na displeji svítí chyba F28 a resetování nepomáhá vůbec nic.", "<div class=\"podpis\">Rodinný dům z roku 1985, kotel Therm 24</div>") +
        post("Technik", "Chyba F28 znamená, že se nezapálil plamen. Zkontrolujte nejdřív, jestli je otevřený plynový kohout pod kotlem.", "<div class=\"podpis\">Servis plynových kotlů, Brno a okolí</div>") +
        post("Pavel_K", "Díky, kohout byl opravdu zavřený, soused ho omylem zavřel při odečtu plynoměru. Už topí.", "<div class=\"podpis\">Rodinný dům z roku 1985, kotel Therm 24</div>") +
        "</div>");
    const std::string out_cs = block_text_of(cs);
    CHECK(has(out_cs, "Zkontrolujte nejdřív, jestli je otevřený plynový kohout"));
    CHECK_FALSE(has(out_cs, "Rodinný dům z roku 1985"));
    CHECK_FALSE(has(out_cs, "Servis plynových kotlů, Brno a okolí"));
    // Swedish: a different signature under each post, each opened by a rule.
    const std::string sv = plain_page("sv", "Vilken kajak för nybörjare?", std::string("<h1>Vilken kajak för nybörjare?</h1><div class=\"thread\">") +
        post("paddel_per", "Jag vill börja paddla på sjöarna runt Jönköping och undrar om en sittkajak eller en vanlig havskajak passar bäst.", "<div><hr>Paddlar sedan 2021 – mest på Vättern</div>") +
        post("kustkajak", "Börja med en bred och stabil turkajak, och gå gärna en introduktionskurs innan du ger dig ut på Vättern.", "<div><hr>Instruktör i Kanotförbundet</div>") +
        "</div>");
    const std::string out_sv = block_text_of(sv);
    CHECK(has(out_sv, "gå gärna en introduktionskurs"));
    CHECK_FALSE(has(out_sv, "Instruktör i Kanotförbundet"));
    CHECK_FALSE(has(out_sv, "Paddlar sedan 2021"));
    // Left alone: a short paragraph in the text's flow that closes two sections of one person
    // alike (two portraits of one baker, each with where to buy her bread).
    const auto section = [](const char* name, const char* body, const char* closing) {
        return std::string("<div class=\"tag\"><h2>") + name + "</h2><p>" + body + "</p><p>" + closing + "</p></div>\n";
    };
    const std::string hu = plain_page("hu", "Az év pékje", std::string("<h1>Az év pékje</h1><p>Három pékséget mutatunk be, akik idén a legjobb kovászos kenyeret sütötték az országban.</p>") +
        section("Kovács Anna: rozskenyér", "Anna hajnali háromkor kezd, és minden kenyerét legalább huszonnégy órán át érleli a hűtőben.", "Anna kenyereit szombatonként a budai vásárcsarnokban és a szentendrei piacon is meg lehet venni.") +
        section("Tóth Bence: tönkölykenyér", "Bence a nagyapja malmából hozza a lisztet, és csak tönkölyből meg rozsból süt kenyeret.", "A pékség hétfőn és kedden zárva tart.") +
        section("Kovács Anna: kakaós csiga", "Anna pékségében a kenyér mellett a kakaós csiga a legnépszerűbb, reggel nyolcra elfogy.", "Anna kenyereit szombatonként a budai vásárcsarnokban és a szentendrei piacon is meg lehet venni."));
    CHECK(has(block_text_of(hu), "Anna kenyereit szombatonként a budai vásárcsarnokban és a szentendrei piacon is meg lehet venni."));
}

TEST_CASE("figcaptions are the text of a page that has no other prose; beside an article they do not take over") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    // Hebrew: a photo post of four captioned pictures and nothing else.
    std::string figs;
    for (const char* c : {"שוק הכרמל בשעות הבוקר, כשהדוכנים רק נפתחים והרחוב עוד שקט.", "מוכר התבלינים מסדר את השקים לפני שהקונים הראשונים מגיעים.",
                          "בצהריים השוק מתמלא, והתור לדוכן הפלאפל נמשך עד הפינה.", "לקראת ערב נשארים רק ארגזים ריקים ומטאטאים של העירייה."})
        figs += std::string("<figure><img src=\"/p.jpg\" alt=\"\"><figcaption>") + c + "</figcaption></figure>";
    // A footer of link columns over a rights line: the page's only <p>.
    const std::string he = std::string("<!doctype html><html lang=\"he\" dir=\"rtl\"><head><meta charset=\"utf-8\"><title>יום בשוק</title></head><body>") +
                           "<header><a href=\"/\">המגזין</a></header><main class=\"wrap\"><h1>יום בשוק</h1>" + figs +
                           "</main><footer class=\"site-foot\"><div class=\"cols\"><a href=\"/a\">אודות</a><a href=\"/c\">צור קשר</a><a href=\"/t\">תנאי שימוש</a></div>"
                           "<p class=\"small\">© 2026 המגזין בע״מ. כל הזכויות שמורות. אין להעתיק תוכן מהאתר ללא אישור בכתב מהמערכת.</p></footer></body></html>";
    const std::string out_he = block_text_of(he);
    CHECK(has(out_he, "שוק הכרמל בשעות הבוקר"));
    CHECK(has(out_he, "לקראת ערב נשארים רק ארגזים ריקים"));
    CHECK_FALSE(has(out_he, "כל הזכויות שמורות"));
    // Left alone: an article with prose beside a gallery box of captioned pictures.
    const std::string de = plain_page("de", "Neue Fähre", R"(<article><h1>Neue Fähre</h1>
<p>Die neue Fähre zwischen den beiden Inseln fährt ab Mai im Stundentakt und nimmt bis zu vierzig Autos mit.</p>
<p>Die alte Fähre wird verkauft; ein Verein will sie als schwimmendes Café im Hafen erhalten.</p></article>
<aside class="gallery"><figure><img src="/1.jpg"><figcaption>Hafenfest 2019</figcaption></figure><figure><img src="/2.jpg"><figcaption>Sturmflut 2022</figcaption></figure></aside>)");
    const std::string out_de = block_text_of(de);
    CHECK(has(out_de, "ein Verein will sie als schwimmendes Café"));
    CHECK_FALSE(has(out_de, "Sturmflut 2022"));
}

TEST_CASE("a summary box holding a list (key points) is no subtitle; a one-line standfirst is") {
    // Portuguese (Brazil): key points as a list in a box named summary.
    Result pt = clean(plain_page("pt-BR", "Chuvas no litoral", R"(<h1>Chuvas no litoral</h1>
<div class="summary"><ul><li>Defesa Civil emite alerta máximo para quatro cidades</li><li>Rodovia dos Tamoios tem trechos interditados</li></ul></div>
<p>As chuvas que atingem o litoral norte desde a madrugada já passam de duzentos milímetros em algumas cidades.</p>
<p>A Defesa Civil pede que moradores de áreas de encosta procurem abrigos ou casas de parentes.</p>)"));
    REQUIRE(pt.ok());
    CHECK(pt.document.meta.subtitle.find("Defesa Civil") == std::string::npos);
    std::string body;
    winnow::test::all_block_text(pt.document.body, body);
    CHECK(winnow::test::has(body, "Rodovia dos Tamoios tem trechos interditados"));
    // Left alone: a standfirst of one line.
    Result en = clean(plain_page("en", "Harbour reopens", R"(<h1>Harbour reopens</h1>
<div class="standfirst">Ferries are back after a week of storms</div>
<p>The harbour reopened on Monday morning after engineers checked the sea wall, and the first ferry left at seven.</p>
<p>Fishing boats will follow on Tuesday once the last buoys have been put back in place.</p>)"));
    REQUIRE(en.ok());
    CHECK(en.document.meta.subtitle == "Ferries are back after a week of storms");
}

TEST_CASE("the winner in one of several sibling posts after the title, with a box of prose before the first: the question joins its answers") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    // German: a question box, then two answers of one kind; the longer answer scores best.
    const std::string de = plain_page("de", "Wie entkalke ich eine Siebträgermaschine?", R"(<h1>Wie entkalke ich eine Siebträgermaschine?</h1>
<div class="frage"><p>Meine Siebträgermaschine zieht seit ein paar Wochen deutlich langsamer Wasser, und der Espresso schmeckt bitterer als früher. Muss ich sie entkalken, und womit?</p></div>
<div class="antwort"><div class="inhalt"><p>Ja, das klingt nach Kalk im Kessel. Nimm einen Entkalker auf Milchsäurebasis, keine Essigessenz, weil die Dichtungen davon spröde werden.</p><p>Lass die Lösung zwanzig Minuten wirken, spüle danach mindestens zwei volle Tanks klares Wasser durch und wirf den ersten Espresso weg.</p></div></div>
<div class="antwort"><div class="inhalt"><p>Gefiltertes Wasser hilft übrigens, dass du nur noch zweimal im Jahr entkalken musst.</p></div></div>)");
    const std::string out_de = block_text_of(de);
    CHECK(has(out_de, "Meine Siebträgermaschine zieht seit ein paar Wochen"));
    CHECK(has(out_de, "Lass die Lösung zwanzig Minuten wirken"));
    // Left alone: sections of an article after its lead stay one article, the lead with them
    // (no sidebar or footer joins).
    const std::string pt = plain_page("pt-BR", "Guia de Ouro Preto", R"(<h1>Guia de Ouro Preto</h1>
<p class="lead">Ouro Preto guarda igrejas barrocas, ladeiras de pedra e minas de ouro abertas à visitação, a cento e poucos quilômetros de Belo Horizonte.</p>
<section class="parte"><h2>Onde ficar</h2><p>As pousadas do centro histórico ficam perto de tudo, mas as ladeiras cansam; quem tem carro pode se hospedar no bairro do Pilar.</p></section>
<section class="parte"><h2>O que comer</h2><p>O tutu com torresmo e o frango com ora-pro-nóbis aparecem em quase todos os restaurantes da Rua Direita.</p></section>)");
    const std::string out_pt = block_text_of(pt);
    CHECK(has(out_pt, "Ouro Preto guarda igrejas barrocas"));
    CHECK(has(out_pt, "O tutu com torresmo"));
    CHECK_FALSE(has(out_pt, "Impressum"));
}

TEST_CASE("a row of buttons the prune stage took (a feedback widget) goes at the article's edge; a reply form's box goes with its field") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    // Czech: docs page ending with a feedback row of <button>s.
    const std::string cs = plain_page("cs", "Instalace", R"(<article><h1>Instalace</h1>
<p>Balíček nainstalujete příkazem pip install, který stáhne i všechny potřebné závislosti z oficiálního repozitáře.</p>
<pre><code>pip install hvezdar</code></pre>
<p>Po instalaci ověřte verzi příkazem hvezdar --version; měla by odpovídat poslední vydané verzi na stránce projektu.</p>
<div class="zpetna-vazba">Pomohla vám tato stránka? <button>Ano</button> <button>Ne</button></div></article>)");
    const std::string out_cs = block_text_of(cs);
    CHECK(has(out_cs, "měla by odpovídat poslední vydané verzi"));
    CHECK_FALSE(has(out_cs, "Pomohla vám tato stránka?"));
    // Swedish: an answer form under a question page.
    const std::string sv = plain_page("sv", "Hur länge ska potatis koka?", R"(<article><h1>Hur länge ska potatis koka?</h1>
<p>Fast potatis i jämnstora bitar kokar klart på ungefär tjugo minuter efter att vattnet har börjat koka.</p>
<p>Känn efter med en sticka: den ska gå lätt igenom utan att potatisen faller sönder.</p>
<div class="svara"><h2>Ditt svar</h2><textarea name="svar"></textarea><p>Genom att skicka godkänner du våra villkor.</p><button>Skicka</button></div></article>)");
    const std::string out_sv = block_text_of(sv);
    CHECK(has(out_sv, "Känn efter med en sticka"));
    CHECK_FALSE(has(out_sv, "Genom att skicka godkänner du våra villkor"));
    // Left alone: a sentence with a button inside the text.
    const std::string en = plain_page("en", "Resetting the router", R"(<article><h1>Resetting the router</h1>
<p>Hold the reset button on the back for ten seconds until the lights blink, then wait two minutes for the router to start again.</p>
<p>Press <button>Apply</button> on the setup page and then <button>Save</button> to keep the new settings.</p></article>)");
    CHECK(has(block_text_of(en), "on the setup page and then"));
}

TEST_CASE("a line of counts at the edge of a thread of posts goes; the same shape over a recipe's text stays") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    const auto post = [](const char* who, const char* body) {
        return std::string("<div class=\"ileti\"><b>") + who + "</b><p>" + body + "</p></div>\n";
    };
    // Turkish: a forum thread whose statistics line stands between the title and the posts.
    const std::string tr = plain_page("tr", "Balkon domatesleri neden çatlıyor?", std::string("<h1>Balkon domatesleri neden çatlıyor?</h1><div class=\"ist\">14 yanıt · 1.203 görüntülenme</div>") +
        post("yesilparmak", "Balkondaki saksı domateslerim olgunlaşmadan çatlıyor, sabah akşam sulamama rağmen bu yıl neredeyse hepsi böyle oldu.") +
        post("bahcivan_ali", "Çatlamanın sebebi genelde düzensiz sulamadır; toprak kuruyup birden ıslanınca kabuk içerideki büyümeye yetişemez.") +
        post("yesilparmak", "Malçlamayı deneyeceğim, teşekkürler. Saksılar öğleden sonra tam güneş alıyor, belki ondandır."));
    const std::string out_tr = block_text_of(tr);
    CHECK(has(out_tr, "Çatlamanın sebebi genelde düzensiz sulamadır"));
    CHECK_FALSE(has(out_tr, "1.203 görüntülenme"));
    // Left alone: a recipe's facts line under its title (no posts on the page).
    const std::string pt = plain_page("pt-BR", "Pão de queijo", R"(<h1>Pão de queijo</h1><div class="info">Preparo 20 min · Forno 25 min · Rende 30 unidades</div>
<p>O pão de queijo mineiro leva polvilho azedo e doce, leite, óleo, ovos e queijo meia-cura ralado na hora.</p>
<p>Escalde o polvilho com o leite e o óleo fervendo, espere amornar, junte os ovos e o queijo e sove até a massa desgrudar das mãos.</p>)");
    CHECK(has(block_text_of(pt), "Preparo 20 min · Forno 25 min · Rende 30 unidades"));
}

TEST_CASE("a typographic utility class ('text-white', 'text-sm') names no content: a dark footer with a notice does not win over a recipe") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    // Dutch: a Bootstrap-like recipe page; the footer's classes are colour utilities.
    const std::string nl = R"(<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Stoofpot met prei</title></head><body>
<div class="navbar"><a href="/">Thuis</a> <a href="/r">Recepten</a> <a href="/o">Over</a></div>
<div class="container mt-4"><div class="row"><div class="col-lg-8">
<h1>Stoofpot met prei</h1>
<p>Deze stoofpot met prei en aardappel staat in veertig minuten op tafel en wordt de volgende dag alleen maar lekkerder.</p>
<div class="row"><div class="col-md-4"><h2>Ingrediënten</h2><ul><li>3 preien</li><li>1 kg aardappelen</li><li>200 ml room</li></ul></div>
<div class="col-md-8"><h2>Bereiding</h2><ol><li>Snijd de prei in ringen en fruit die vijf minuten in boter.</li><li>Kook de aardappelen gaar en stamp ze met de room en de prei.</li></ol></div></div>
</div></div></div>
<div class="bg-dark text-white py-5"><div class="container"><div class="row"><div class="col-md-6"><address>Keukenschrift neemt deel aan partnerprogramma's; via links op deze site kunnen we een kleine vergoeding ontvangen.</address></div><div class="site-info col-md-6">© 2026 Keukenschrift · Privacy · Contact</div></div></div></div>
</body></html>)";
    const std::string out_nl = block_text_of(nl);
    CHECK(has(out_nl, "Snijd de prei in ringen"));
    CHECK_FALSE(has(out_nl, "Keukenschrift neemt deel aan partnerprogramma"));
    // Left alone: an article box whose own classes are utilities holds the text.
    const std::string de = plain_page("de", "Radweg eröffnet", R"(<div class="text-lg leading-7"><h1>Radweg eröffnet</h1>
<p>Der neue Radweg zwischen den beiden Dörfern ist seit Montag befahrbar und verkürzt den Schulweg für viele Kinder um die Hälfte.</p>
<p>Die Gemeinde hat zwei Jahre lang gebaut und dabei auch eine alte Bahnbrücke über den Bach wieder instand gesetzt.</p></div>)");
    CHECK(has(block_text_of(de), "eine alte Bahnbrücke über den Bach"));
}

TEST_CASE("a short box after the article carrying a rights line is the page's footer and does not join; a long part of the article ending in one does") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    // Czech: the article in one box, a sibling paragraph of a disclaimer over the rights line.
    const std::string cs = std::string(R"(<!doctype html><html lang="cs"><head><meta charset="utf-8"><title>Nová lávka přes řeku</title></head><body>
<div id="menu"><a href="/">Úvod</a> <a href="/z">Zprávy</a></div>
<div class="clanek"><h1>Nová lávka přes řeku</h1>
<p>Nová lávka pro pěší a cyklisty spojí od září oba břehy řeky u starého mlýna, kde dosud chyběl jakýkoli přechod.</p>
<p>Stavba stála dvanáct milionů korun, z větší části ji zaplatil kraj, a podle radnice ušetří lidem dva kilometry cesty.</p>
<p>Během stavby bude cyklostezka podél řeky odkloněna přes náměstí, upozorňuje odbor dopravy.</p></div>
<p class="pata">Redakce neodpovídá za obsah reklamních sdělení a článků označených jako komerční prezentace.<br><small>© 2026 Městský zpravodaj, všechna práva vyhrazena</small></p>
</body></html>)");
    const std::string out_cs = block_text_of(cs);
    CHECK(has(out_cs, "Během stavby bude cyklostezka podél řeky odkloněna"));
    CHECK_FALSE(has(out_cs, "Redakce neodpovídá za obsah reklamních sdělení"));
    // Left alone: the article's last part in a sibling box, long, closing with an agency's rights.
    const std::string en = std::string(R"(<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Lighthouse restored</title></head><body>
<div id="menu"><a href="/">Home</a> <a href="/n">News</a></div>
<div class="part"><h1>Lighthouse restored</h1>
<p>The lighthouse on the northern headland shines again after a restoration that took three summers and most of the village's savings.</p>
<p>Volunteers replaced the lantern's glass, repainted the tower and rebuilt the keeper's cottage, which will open as a small museum.</p></div>
<div class="part"><p>The lamp itself is now electric and switches on at dusk by itself, but the old clockwork that turned the lens has been kept and wound for visitors on Sundays, when children may help turn the handle.</p>
<p>The society that raised the money hopes the museum will pay for the tower's upkeep, which comes to about twelve thousand pounds a year, mostly for paint and glass.</p>
<p><small>© 2026 Coast Press Agency</small></p></div>
</body></html>)");
    CHECK(has(block_text_of(en), "the old clockwork that turned the lens has been kept"));
}

TEST_CASE("a lone link line of a few words to another host at the article's end is a tool link and goes; a sentence, an own-site link, a name, a link mid-text stay") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    const char* p1 = "<p>Die Bibliothek liest Konfigurationsdateien im TOML-Format und prüft jeden Schlüssel gegen ein Schema, bevor sie startet.</p>";
    const char* p2 = "<p>Unbekannte Schlüssel führen zu einer Warnung; fehlende Pflichtwerte brechen den Start mit einer klaren Fehlermeldung ab.</p>";
    // German: a docs page closing with an edit link to a code host, a line of its own.
    const std::string de = plain_page("de", "Konfiguration", std::string("<h1>Konfiguration</h1>") + p1 + p2 +
                                                             "\n<a href=\"https://codeberg.org/werkbank/doku/_edit/main/konfig.md\">Diese Seite auf Codeberg bearbeiten</a>\n");
    const std::string out_de = block_text_of(de);
    CHECK(has(out_de, "fehlende Pflichtwerte brechen den Start"));
    CHECK_FALSE(has(out_de, "Diese Seite auf Codeberg bearbeiten"));
    // Swedish: the same in a <div> of its own after the text.
    const std::string sv = plain_page("sv", "Installation", R"(<h1>Installation</h1>
<p>Verktyget installeras med pakethanteraren och kräver ingen administratörsbehörighet på de vanligaste systemen.</p>
<p>Efter installationen skapas en konfigurationsfil i hemkatalogen som du kan redigera med valfri textredigerare.</p>
<div><a href="https://gitlab.example.net/verktyg/docs/-/edit/main/installation.md">Föreslå ändringar på GitLab</a></div>)");
    const std::string out_sv = block_text_of(sv);
    CHECK(has(out_sv, "skapas en konfigurationsfil i hemkatalogen"));
    CHECK_FALSE(has(out_sv, "Föreslå ändringar på GitLab"));
    // Left alone: a closing link that is a sentence, one to the page's own site, a name alone,
    // and the same tool-like link between paragraphs.
    const std::string en_sentence = plain_page("en", "Budget passed", R"(<h1>Budget passed</h1>
<p>The council passed next year's budget on Tuesday after a debate that ran past midnight and ended with a narrow vote.</p>
<p>Spending on roads rises by a tenth, while the library keeps its opening hours after a petition signed by four thousand residents.</p>
<a href="https://council.example.org/budget-2027.pdf">Read the full budget on the council's website.</a>)");
    CHECK(has(block_text_of(en_sentence), "Read the full budget on the council's website."));
    const std::string cs_own = plain_page("cs", "Nová knihovna", R"(<h1>Nová knihovna</h1>
<p>Nová knihovna v centru města otevře v pondělí a nabídne přes čtyřicet tisíc svazků i studovnu pro dvě stě čtenářů.</p>
<p>Stavba trvala dva roky a knihovna bude otevřena každý den kromě neděle od osmi do dvaceti hodin.</p>
<a href="/archiv/kultura">Další zprávy z kultury ve městě</a>)");
    CHECK(has(block_text_of(cs_own), "Další zprávy z kultury ve městě"));
    const std::string hu_name = plain_page("hu", "Téli madáretetés", R"(<h1>Téli madáretetés</h1>
<p>Télen a madarak számára a napraforgómag és a faggyúgolyó a legjobb eleség, de sót tartalmazó ételmaradékot soha ne tegyünk ki.</p>
<p>Az etetőt érdemes a bokrok közelébe tenni, hogy a cinegék gyorsan búvóhelyet találjanak, ha megjelenik egy ragadozó.</p>
<a href="https://social.example.hu/@kovacsanna">Kovács Anna</a>)");
    CHECK(has(block_text_of(hu_name), "Kovács Anna"));
    const std::string pt_mid = plain_page("pt-BR", "Guia de instalação", R"(<h1>Guia de instalação</h1>
<p>O instalador baixa todas as dependências automaticamente e configura o serviço para iniciar junto com o sistema.</p>
<a href="https://github.com/exemplo/ferramenta/releases">Baixe a versão mais recente aqui</a>
<p>Depois de instalar, abra o painel no navegador e cadastre o primeiro usuário administrador com uma senha forte.</p>
<p>Se a porta padrão estiver ocupada, altere-a no arquivo de configuração e reinicie o serviço para aplicar a mudança.</p>)");
    CHECK(has(block_text_of(pt_mid), "Baixe a versão mais recente aqui"));
}
