// Round 11 of the fresh pages (issue 18, round 25): pages that are not news articles, and the
// article's edges. Whole pages written before reading the extractor's rules, in the markup of
// the site builders and themes of 2014-2022 unlike rounds 1-10: a Bootstrap grid (container /
// row / col-md-8, panels, nav-tabs), a Joomla item page (itemprop=articleBody, moduletable
// sidebars), a static-site theme (Hugo / Jekyll: <main>, post-content, a <nav> of prev/next),
// and a page of bare <div>s whose landmarks are only ARIA roles (banner, navigation, main,
// complementary, contentinfo). The kinds: a recipe whose ingredients are a <dl> or a table and
// whose steps are numbered <div>s, a product page whose description is split among tab panels
// (one visible) with a spec table and reviews, a forum thread, a Q&A page with an accepted
// answer, release notes, a wiki page with an infobox and a table of contents, an event, a job
// posting, a landing page of short sections, documentation with code and admonitions, page 2 of a
// paginated article, an AMP page, an article only in JSON-LD articleBody; and the article's
// edges: a link-free <aside> of key points or an update inside the body (article text), a
// subheading right after a short lead (not a dek), a closing paragraph in italics about the
// author or the series (article text), a photo credit line and a table of contents at the top
// (chrome). German and English (half of those pages mix the two), Dutch, Italian, Swedish,
// Russian, Indonesian, Korean, Arabic and Greek.
// A page passes when every key sentence of its main text is in the output, every piece of chrome
// (menu, sidebar, footer, share row, pager, teasers, comments, bio, credit, contents list) is out,
// and the headline holds none of p.title_out.
//
// On main unchanged (181c61c) 22 of 26 pages passed whole (the generalization figure). Four
// failed: the product page lost its specification table, in a tab panel hidden until its tab
// is clicked; the event page lost its date, a "When:" item of its facts list read as a
// dateline; the job posting kept its "apply now" link styled as a button under the text; the
// Arabic forum thread kept the signatures, after a rule, of its two shortest posts.
// kFresh11Floor holds the count reached and only ever rises: 24 since a tab panel hidden until
// its tab is clicked (role="tabpanel", or the box a role="tab" control names) is the page's
// text unless it is a panel of links (prune.cpp), a "Label: date" item in a list of labelled
// facts is the event's date, not a dateline (extract_region.cpp), and once two posts of a
// thread show a ruled signature a short reply's ruled block is one too (extract_signatures.cpp).
// Still failing: the product page now shows its two reviews (the spec tab came back with the
// reviews tab; the thread finder wants three rated entries), and the job posting keeps its
// "apply now" link styled as a button. Probe pages written after those fixes (six more shapes,
// not in the tally) showed a writer's profile, portrait and name over two paragraphs, winning
// over the short article above it in boxes without names: a profile after the title's prose
// is chrome for the scoring and in the region (extract_author_card.cpp, extract_score.cpp),
// the last two focused cases. They also showed, left for later: reader comments kept under a
// recipe whose comment entries hold no <p>; a forum thread whose question and replies stand in
// two sibling boxes reduced to the question; vote counts kept in a Q&A page's answers.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include <winnow/winnow.hpp>

#include "extract_test_util.hpp"

using namespace winnow;

namespace {

using Fresh = winnow::test::FreshPage;

// How the site's theme lays out the page.
enum class Theme { bootstrap, joomla, hugo, aria };

// One site's chrome: a menu, a sidebar box of links, a footer.
struct Site {
    const char* lang;
    const char* dir;
    const char* name;
    Theme theme;
    std::vector<const char*> menu;
    const char* side_heading;
    std::vector<const char*> side;
    const char* rights;
};

const Site kDe{"de", "ltr", "Hügelland Nachrichten", Theme::joomla, {"Startseite", "Gemeinden", "Vereine", "Termine", "Kontakt"}, "Neueste Beiträge",
               {"Kirmes auf dem Marktplatz verschoben", "Neuer Kunstrasen für den SV", "Bauarbeiten an der Kreisstraße beginnen"},
               "© 2019 Hügelland Nachrichten · Impressum · Datenschutzerklärung · Cookie-Einstellungen"};
const Site kEn{"en", "ltr", "Northfield Gazette", Theme::bootstrap, {"Home", "Local", "Business", "Sport", "What's on"}, "Trending",
               {"Bypass plans go to public consultation", "Library to open on Sundays", "Two new bus routes from May"},
               "© 2018 Northfield Gazette Ltd. All rights reserved. Privacy · Terms · Advertise"};
const Site kDeTech{"de", "ltr", "Bitwerk Blog", Theme::hugo, {"Blog", "Projekte", "Talks", "Über mich"}, "Letzte Artikel",
                   {"Rust im Embedded-Alltag", "Warum ich Makefiles noch mag", "Ein Jahr mit NixOS"},
                   "© 2021 Bitwerk · Erstellt mit Hugo · Impressum · Datenschutz"};
const Site kShop{"de", "ltr", "Wanderwerk Outdoor", Theme::bootstrap, {"Zelte", "Rucksäcke", "Schlafsäcke", "Kocher", "Sale"}, "Kunden kauften auch",
                 {"Isomatte Leichtlauf 3.5", "Trekkingstöcke Carbon Pro", "Kochset Titan 900"},
                 "© 2020 Wanderwerk Outdoor GmbH · AGB · Widerrufsrecht · Versand & Zahlung · Impressum"};
const Site kNl{"nl", "ltr", "Polderpost", Theme::aria, {"Home", "Nieuws", "Regio", "Sport", "Cultuur"}, "Meest gelezen",
               {"Nieuwe fietsbrug over het kanaal", "Markt verhuist naar het plein", "Gemeente zoekt vrijwilligers"},
               "© 2017 Polderpost B.V. · Privacy · Cookies · Colofon"};
const Site kIt{"it", "ltr", "La Voce delle Valli", Theme::joomla, {"Home", "Cronaca", "Eventi", "Cucina", "Contatti"}, "Articoli recenti",
               {"Sagra della castagna, il programma", "Strada del passo riaperta", "Nuovo sindaco a Pievefosca"},
               "© 2019 La Voce delle Valli · P.IVA 01234567890 · Privacy · Cookie policy"};
const Site kSv{"sv", "ltr", "Skärgårdsbladet", Theme::hugo, {"Start", "Nyheter", "Evenemang", "Om oss"}, "Senaste inläggen",
               {"Färjan går tätare i sommar", "Nytt café i hamnen", "Bryggan renoveras i höst"},
               "© 2020 Skärgårdsbladet · Integritetspolicy · Kontakt"};
const Site kRu{"ru", "ltr", "Северный край", Theme::aria, {"Главная", "Новости", "Общество", "Спорт", "Афиша"}, "Популярное",
               {"В парке откроют каток", "Мост закроют на ремонт", "Новый маршрут трамвая"},
               "© 2016 «Северный край». Все права защищены. Политика конфиденциальности"};
const Site kId{"id", "ltr", "Kabar Nusantara", Theme::bootstrap, {"Beranda", "Nasional", "Daerah", "Ekonomi", "Olahraga"}, "Terpopuler",
               {"Harga cabai naik jelang Lebaran", "Jalan tol baru dibuka", "Banjir rendam tiga desa"},
               "© 2018 Kabar Nusantara · Pedoman Media Siber · Kebijakan Privasi · Kontak"};
const Site kKo{"ko", "ltr", "바다신문", Theme::hugo, {"홈", "지역", "경제", "문화", "스포츠"}, "인기 기사",
               {"해안도로 확장 공사 시작", "수산시장 새 단장", "여름 축제 일정 발표"},
               "© 2019 바다신문. 무단 전재 및 재배포 금지 · 개인정보처리방침"};
const Site kAr{"ar", "rtl", "منتدى المبرمجين العرب", Theme::aria, {"الرئيسية", "الأقسام", "الأعضاء", "بحث", "تسجيل الدخول"}, "مواضيع نشطة",
               {"أفضل محرر نصوص للمبتدئين", "مشكلة في تثبيت بايثون", "كيف أتعلم قواعد البيانات"},
               "© 2017 منتدى المبرمجين العرب · جميع الحقوق محفوظة · سياسة الخصوصية"};
const Site kEl{"el", "ltr", "Εγκυκλοπαίδεια Αιγαίου", Theme::bootstrap, {"Αρχική", "Νησιά", "Ιστορία", "Φύση", "Επικοινωνία"}, "Δείτε επίσης",
               {"Τα ανεμόμυλα της Μυκόνου", "Ο φάρος της Άνδρου", "Τα μονοπάτια της Σίφνου"},
               "© 2018 Εγκυκλοπαίδεια Αιγαίου · Όροι χρήσης · Πολιτική απορρήτου"};

std::string link_list(const std::vector<const char*>& items, const std::string& base, const char* cls = nullptr) {
    std::string h = cls != nullptr ? std::string("<ul class=\"") + cls + "\">" : std::string("<ul>");
    int k = 0;
    for (const char* m : items) h += "<li><a href=\"" + base + std::to_string(++k) + "\">" + m + "</a></li>";
    return h + "</ul>";
}

// The whole page in the site's theme: menu, the main column (`main`, then `after` in the same
// column), a sidebar box, a footer. head_extra goes into <head>.
std::string page(const Site& s, const std::string& title, const std::string& main, const std::string& after = "",
                 const std::string& head_extra = "") {
    std::string h = std::string("<!DOCTYPE html>\n<html lang=\"") + s.lang + "\" dir=\"" + s.dir + "\"><head><meta charset=\"utf-8\">" +
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title + " - " + s.name + "</title>" +
                    head_extra + "</head>\n<body>";
    const std::string menu = link_list(s.menu, "/m/");
    const std::string side = std::string("<h3>") + s.side_heading + "</h3>" + link_list(s.side, "/p/");
    switch (s.theme) {
        case Theme::bootstrap:
            h += "<nav class=\"navbar navbar-default navbar-fixed-top\"><div class=\"container\"><div class=\"navbar-header\"><a class=\"navbar-brand\" href=\"/\">" +
                 std::string(s.name) + "</a></div><div class=\"collapse navbar-collapse\">" + menu +
                 "</div></div></nav>\n<div class=\"container\"><div class=\"row\"><div class=\"col-md-8 col-sm-12\">" + main + after +
                 "</div>\n<div class=\"col-md-4 hidden-xs\"><div class=\"panel panel-default\"><div class=\"panel-body\">" + side +
                 "</div></div></div></div></div>\n<footer class=\"footer\"><div class=\"container\"><p class=\"text-muted\">" + s.rights +
                 "</p></div></footer>";
            break;
        case Theme::joomla:
            h += "<div class=\"header\"><a class=\"brand\" href=\"/\">" + std::string(s.name) + "</a><div class=\"moduletable_menu\">" + menu +
                 "</div></div>\n<div class=\"body\"><div class=\"container\"><div class=\"row-fluid\"><main id=\"content\" role=\"main\" class=\"span9\">" +
                 "<div id=\"system-message-container\"></div><div class=\"item-page\" itemscope itemtype=\"https://schema.org/Article\">" +
                 "<meta itemprop=\"inLanguage\" content=\"" + s.lang + "\"><div itemprop=\"articleBody\">" + main + "</div></div>" + after +
                 "</main>\n<div id=\"aside\" class=\"span3\"><div class=\"moduletable\">" + side + "</div></div></div></div></div>\n" +
                 "<footer class=\"footer\" role=\"contentinfo\"><div class=\"container\"><p>" + s.rights + "</p></div></footer>";
            break;
        case Theme::hugo:
            h += "<header class=\"site-header\"><a class=\"site-title\" href=\"/\">" + std::string(s.name) + "</a><nav class=\"site-nav\">" + menu +
                 "</nav></header>\n<main class=\"page-content\"><div class=\"wrapper\"><article class=\"post h-entry\"><div class=\"post-content e-content\">" +
                 main + "</div></article>" + after + "</div></main>\n<aside class=\"sidebar\">" + side + "</aside>\n<footer class=\"site-footer\"><p>" +
                 s.rights + "</p></footer>";
            break;
        case Theme::aria:
            h += "<div role=\"banner\"><a href=\"/\">" + std::string(s.name) + "</a><div role=\"navigation\">" + menu +
                 "</div></div>\n<div role=\"main\">" + main + after + "</div>\n<div role=\"complementary\">" + side +
                 "</div>\n<div role=\"contentinfo\">" + s.rights + "</div>";
            break;
    }
    return h + "</body></html>\n";
}

// Chrome every page of a site must lose, with the page's own extra pieces.
std::vector<std::string> chrome(const Site& s, std::vector<std::string> extra) {
    extra.emplace_back(s.rights);
    extra.emplace_back(s.side[1]);
    return extra;
}

// ---------------------------------------------------------------------------------------------
// 1. German with English: a recipe, ingredients as a <dl> (amount and item), steps as numbered
// <div>s, a rating widget and "more recipes" under it.
Fresh de_en_recipe_dl() {
    const std::string m = R"(<h1>Apple Crumble nach Omas Art</h1>
<p>Diesen Crumble hat meine Großmutter jeden Herbst gebacken, seit sie in den Fünfzigern ein Jahr in Yorkshire als Au-pair verbracht hat. Das Rezept stammt aus ihrem Notizbuch, auf Englisch notiert, mit deutschen Randbemerkungen.</p>
<h2>Zutaten für 4 Personen</h2>
<dl class="ingredients">
<dt>600 g</dt><dd>säuerliche Äpfel (Boskoop)</dd>
<dt>150 g</dt><dd>kalte Butter in Würfeln</dd>
<dt>200 g</dt><dd>Mehl</dd>
<dt>120 g</dt><dd>brauner Zucker</dd>
<dt>1 TL</dt><dd>Zimt</dd>
</dl>
<h2>Zubereitung</h2>
<div class="steps">
<div class="step"><span class="step-no">1</span> Den Ofen auf 180 Grad Umluft vorheizen und eine Auflaufform mit etwas Butter einfetten.</div>
<div class="step"><span class="step-no">2</span> Die Äpfel schälen, entkernen, in Spalten schneiden und mit dem Zimt in der Form verteilen.</div>
<div class="step"><span class="step-no">3</span> Mehl, Zucker und Butter mit den Fingerspitzen zu groben Streuseln reiben, „like breadcrumbs“, wie Oma schrieb.</div>
<div class="step"><span class="step-no">4</span> Die Streusel über die Äpfel geben und etwa 35 Minuten goldbraun backen. Warm mit Vanillesoße servieren.</div>
</div>)";
    const std::string after = R"(<div class="rating-box"><span class="stars">★★★★☆</span> <span>4,3 von 5 (212 Bewertungen)</span> <a href="/bewerten">Jetzt bewerten</a></div>
<div class="more-recipes"><h3>Mehr Rezepte</h3><ul><li><a href="/r/1">Zwetschgendatschi vom Blech</a></li><li><a href="/r/2">Scones mit Clotted Cream</a></li><li><a href="/r/3">Bratäpfel mit Marzipan</a></li></ul></div>)";
    return {"de+en: recipe, ingredients in a <dl>, steps in numbered <div>s",
            page(kDe, "Apple Crumble nach Omas Art", m, after),
            {"Diesen Crumble hat meine Großmutter jeden Herbst gebacken", "säuerliche Äpfel (Boskoop)", "brauner Zucker",
             "Den Ofen auf 180 Grad Umluft vorheizen", "zu groben Streuseln reiben", "etwa 35 Minuten goldbraun backen"},
            chrome(kDe, {"Zwetschgendatschi vom Blech", "212 Bewertungen", "Jetzt bewerten"}),
            {}};
}

// 2. Italian: a recipe, ingredients in a table, steps in <div>s numbered by an <strong>, a comment
// box with three reader comments under it.
Fresh it_recipe_table_comments() {
    const std::string m = R"(<h1>Polenta concia della Valle</h1>
<p>La polenta concia è il piatto delle sere d'inverno nelle nostre valli: farina gialla, burro di malga e formaggi d'alpeggio che filano nel piatto.</p>
<table class="ingredienti"><tr><th>Ingrediente</th><th>Quantità</th></tr>
<tr><td>Farina di mais bramata</td><td>300 g</td></tr>
<tr><td>Toma d'alpeggio</td><td>200 g</td></tr>
<tr><td>Burro di malga</td><td>80 g</td></tr>
<tr><td>Acqua salata</td><td>1,5 l</td></tr></table>
<div class="passo"><strong>1.</strong> Portate a bollore l'acqua salata e versate la farina a pioggia, mescolando con la frusta per evitare grumi.</div>
<div class="passo"><strong>2.</strong> Cuocete per almeno quaranta minuti a fuoco basso, girando spesso con un cucchiaio di legno.</div>
<div class="passo"><strong>3.</strong> Negli ultimi cinque minuti unite la toma a cubetti e il burro fuso, finché la polenta diventa lucida e filante.</div>)";
    const std::string after = R"(<div class="comments"><h3>3 commenti</h3>
<div class="comment"><b>Lucia</b> <span>12 gennaio 2019</span><p>Fatta ieri sera, buonissima! Io ho aggiunto anche un po' di fontina e veniva ancora più cremosa.</p></div>
<div class="comment"><b>Gianni62</b> <span>14 gennaio 2019</span><p>Mia nonna la faceva uguale, ma con il burro rosolato con la salvia versato sopra alla fine.</p></div>
<div class="comment"><b>Marta</b> <span>20 gennaio 2019</span><p>Si può preparare anche con la farina istantanea o viene troppo diversa? Grazie per la ricetta.</p></div></div>)";
    return {"it: recipe, ingredients in a table, steps in numbered <div>s, comments under it",
            page(kIt, "Polenta concia della Valle", m, after),
            {"La polenta concia è il piatto delle sere d'inverno", "Toma d'alpeggio", "versate la farina a pioggia", "Cuocete per almeno quaranta minuti",
             "finché la polenta diventa lucida e filante"},
            chrome(kIt, {"Fatta ieri sera, buonissima", "Mia nonna la faceva uguale", "con la farina istantanea"}),
            {}};
}

// 3. German: a product page; the description is split among three tab panels (only the first
// visible), a spec table in the second, reviews in the third, "customers also bought" beside.
Fresh de_product_tabs() {
    const std::string m = R"(<h1>Trekkingzelt Fjellvind 2</h1>
<div class="price-box"><span class="price">349,00 €</span> <span class="tax">inkl. MwSt., zzgl. Versand</span> <button class="btn btn-primary">In den Warenkorb</button></div>
<ul class="nav nav-tabs" role="tablist"><li class="active"><a href="#desc" role="tab" aria-controls="desc" aria-selected="true">Beschreibung</a></li><li><a href="#specs" role="tab" aria-controls="specs">Technische Daten</a></li><li><a href="#reviews" role="tab" aria-controls="reviews">Bewertungen (2)</a></li></ul>
<div class="tab-content">
<div class="tab-pane active" id="desc" role="tabpanel"><p>Das Fjellvind 2 ist ein freistehendes Kuppelzelt für zwei Personen, das auch bei starkem Wind auf kahlen Hochebenen stabil steht.</p>
<p>Das Außenzelt wird zuerst aufgebaut, das Innenzelt hängt darin ein; so bleibt es auch beim Aufbau im Regen trocken.</p></div>
<div class="tab-pane" id="specs" role="tabpanel" hidden><table class="table table-striped"><tr><th>Gewicht</th><td>2,4 kg</td></tr><tr><th>Wassersäule Boden</th><td>10.000 mm</td></tr><tr><th>Packmaß</th><td>45 x 18 cm</td></tr><tr><th>Apsiden</th><td>2</td></tr></table></div>
<div class="tab-pane" id="reviews" role="tabpanel" hidden><div class="review"><b>Kai M.</b> ★★★★★<p>Zwei Wochen Lappland, jeden Abend in fünf Minuten aufgebaut. Absolut sturmfest.</p></div>
<div class="review"><b>Sabine</b> ★★★★☆<p>Gutes Zelt, nur die Heringe sind für weichen Boden zu kurz.</p></div></div>
</div>)";
    return {"de: product page, description split among tab panels (one visible), specs and reviews",
            page(kShop, "Trekkingzelt Fjellvind 2", m),
            {"ein freistehendes Kuppelzelt für zwei Personen", "das Innenzelt hängt darin ein", "Wassersäule Boden"},
            chrome(kShop, {"In den Warenkorb", "jeden Abend in fünf Minuten aufgebaut", "die Heringe sind für weichen Boden zu kurz", "Isomatte Leichtlauf 3.5"}),
            {}};
}

// 4. Dutch: a forum thread; the first post asks, four answers follow, each with a user line, a
// join date and a post count; "similar topics" below.
Fresh nl_forum_thread() {
    auto post = [](const char* user, const char* meta, const char* when, const char* text) {
        return std::string("<div class=\"post\" role=\"article\"><div class=\"author\"><b>") + user + "</b><br>" + meta + "</div><div class=\"when\">" + when +
               "</div><div class=\"body\"><p>" + text + "</p></div><div class=\"actions\"><a href=\"#reply\">Reageer</a> · <a href=\"#quote\">Citeer</a></div></div>\n";
    };
    const std::string m = std::string("<h1>Vochtige kelder na de regen, wat te doen?</h1>\n") +
        post("Henk_B", "Lid sinds 2012 · 48 berichten", "3 maart 2017, 21:14",
             "Sinds de zware regen van vorige week staat er elke ochtend een plas water in onze kelder. Het huis is uit 1932 en de muren voelen aan de binnenkant nat aan. Heeft iemand ervaring met injecteren of moet ik meteen een aannemer bellen?") +
        post("Marieke", "Lid sinds 2009 · 1.203 berichten", "3 maart 2017, 22:02",
             "Kijk eerst of de regenpijpen goed afvoeren. Bij ons liep het water gewoon langs de gevel naar beneden omdat de put verstopt zat.") +
        post("bouwkundige_jan", "Lid sinds 2015 · 311 berichten", "4 maart 2017, 08:40",
             "Injecteren helpt tegen optrekkend vocht, niet tegen water dat van buiten door de muur drukt. Bij een kelder uit die tijd is een drainage rond het huis vaak de enige echte oplossing.") +
        post("Henk_B", "Lid sinds 2012 · 48 berichten", "5 maart 2017, 19:30",
             "Bedankt allebei. De put bij de achtergevel zat inderdaad vol bladeren; sinds ik hem heb schoongemaakt is de kelder droog gebleven.");
    const std::string after = R"(<div class="similar"><h3>Vergelijkbare onderwerpen</h3><ul><li><a href="/t/1">Schimmel in de badkamer</a></li><li><a href="/t/2">Kruipruimte isoleren, ervaringen?</a></li><li><a href="/t/3">Lekkende dakgoot repareren</a></li></ul></div>)";
    return {"nl: forum thread, question and answers are the content",
            page(kNl, "Vochtige kelder na de regen, wat te doen?", m, after),
            {"Sinds de zware regen van vorige week staat er elke ochtend", "Kijk eerst of de regenpijpen goed afvoeren",
             "Injecteren helpt tegen optrekkend vocht", "sinds ik hem heb schoongemaakt is de kelder droog gebleven"},
            chrome(kNl, {"Kruipruimte isoleren, ervaringen?", "1.203 berichten"}),
            {}};
}

// 5. English with German: a Q&A page; a question, an accepted answer with code, a second answer,
// vote counts, "asked"/"answered" cards, related questions beside.
Fresh en_de_qa_accepted() {
    const std::string m = R"(<div class="question"><h1>How do I sort German words with umlauts correctly in Python?</h1>
<div class="votes">27</div>
<div class="post-text"><p>I have a list of German city names and <code>sorted()</code> puts "Öhringen" after "Zwickau". I want the order a German phone book would use, where Ö sorts like O.</p></div>
<div class="user-card">asked Mar 3, 2018 at 9:12 <a href="/u/881">lena_k</a> 1,204</div></div>
<div class="answer accepted-answer"><div class="votes">41</div><span class="accepted" title="accepted">✓</span>
<div class="post-text"><p>Use the locale module and sort with a key built from the German collation rules:</p>
<pre><code>import locale
locale.setlocale(locale.LC_COLLATE, "de_DE.UTF-8")
staedte.sort(key=locale.strxfrm)</code></pre>
<p>This depends on the locale being installed on the machine. On servers without it, the PyICU package gives the same result without touching the system settings.</p></div>
<div class="user-card">answered Mar 3, 2018 at 9:40 <a href="/u/17">m.hoffmann</a> 23.1k</div></div>
<div class="answer"><div class="votes">6</div>
<div class="post-text"><p>If you only need the phone book order and no locale, you can map the umlauts to their base letters in the sort key and leave the original strings alone.</p></div>
<div class="user-card">answered Mar 4, 2018 at 15:02 <a href="/u/302">pyfan</a> 877</div></div>)";
    const std::string after = R"(<div class="related-questions"><h3>Related</h3><ul><li><a href="/q/1">Sorting strings with accents in JavaScript</a></li><li><a href="/q/2">Case-insensitive sort in Python 3</a></li><li><a href="/q/3">What is the difference between collation and encoding?</a></li></ul></div>)";
    return {"en+de: Q&A page with an accepted answer, votes and user cards",
            page(kEn, "How do I sort German words with umlauts correctly in Python?", m, after),
            {"puts \"Öhringen\" after \"Zwickau\"", "Use the locale module and sort with a key", "the PyICU package gives the same result",
             "map the umlauts to their base letters"},
            chrome(kEn, {"Sorting strings with accents in JavaScript", "answered Mar 3, 2018", "asked Mar 3, 2018"}),
            {}};
}

// 6. Swedish: release notes of an app, a heading per version, lists of short changes, a
// "download" button box and a newsletter form below.
Fresh sv_release_notes() {
    const std::string m = R"(<h1>Versionsnyheter för Turlistan</h1>
<p>Här samlar vi alla ändringar i appen Turlistan. Den senaste versionen finns i appbutiken sedan den 12 maj.</p>
<h2>Version 3.2 (12 maj 2020)</h2>
<ul><li>Nytt: turer kan delas som länk med vänner som inte har appen.</li><li>Kartan laddas dubbelt så snabbt på äldre telefoner.</li><li>Rättat: höjdkurvan visade fel enhet i engelska menyn.</li></ul>
<h2>Version 3.1 (2 april 2020)</h2>
<ul><li>Nytt: mörkt läge följer telefonens inställning.</li><li>Offlinekartor tar 30 procent mindre plats.</li></ul>
<h2>Version 3.0 (1 mars 2020)</h2>
<ul><li>Helt ny startsida med dina senaste turer överst.</li><li>Stöd för pulsband via Bluetooth.</li><li>Rättat: appen kraschade när GPS saknades.</li></ul>)";
    const std::string after = R"(<div class="cta"><a class="button" href="/ladda-ner">Ladda ner Turlistan</a></div>
<form class="newsletter" action="/nyhetsbrev"><p>Vill du veta när nästa version kommer? Prenumerera på vårt nyhetsbrev.</p><input type="email" name="e"><button>Prenumerera</button></form>)";
    return {"sv: release notes, a heading per version over short lists",
            page(kSv, "Versionsnyheter för Turlistan", m, after),
            {"Här samlar vi alla ändringar i appen Turlistan", "turer kan delas som länk med vänner", "Offlinekartor tar 30 procent mindre plats",
             "Rättat: appen kraschade när GPS saknades"},
            chrome(kSv, {"Prenumerera på vårt nyhetsbrev", "Ladda ner Turlistan"}),
            {}};
}

// 7. Greek: a wiki-style page, an infobox table floated right, a table of contents, sections,
// references, categories.
Fresh el_wiki_infobox() {
    const std::string m = R"(<h1>Φάρος του Κάβο Μαλιά</h1>
<table class="infobox"><tr><th colspan="2">Φάρος του Κάβο Μαλιά</th></tr><tr><td>Τοποθεσία</td><td>Ακρωτήριο Μαλέας</td></tr><tr><td>Κατασκευή</td><td>1883</td></tr><tr><td>Ύψος</td><td>15 μ.</td></tr><tr><td>Εμβέλεια</td><td>18 ναυτικά μίλια</td></tr></table>
<p>Ο φάρος του Κάβο Μαλιά είναι πέτρινος φάρος στο νοτιοανατολικό άκρο της Πελοποννήσου, πάνω από ένα από τα πιο επικίνδυνα περάσματα του Αιγαίου.</p>
<div id="toc" class="toc"><div class="toctitle">Περιεχόμενα</div><ul><li><a href="#istoria">1 Ιστορία</a></li><li><a href="#leitourgia">2 Λειτουργία</a></li><li><a href="#episkepsi">3 Επίσκεψη</a></li></ul></div>
<h2 id="istoria">Ιστορία</h2>
<p>Ο φάρος χτίστηκε το 1883 από τη Γαλλική Εταιρεία Φάρων, μετά από σειρά ναυαγίων στο ακρωτήριο κατά τις δεκαετίες του 1860 και του 1870.</p>
<h2 id="leitourgia">Λειτουργία</h2>
<p>Από το 1989 λειτουργεί αυτόματα με ηλιακή ενέργεια και δεν έχει πλέον φαροφύλακα.</p>
<h2 id="episkepsi">Επίσκεψη</h2>
<p>Ο φάρος δεν είναι επισκέψιμος, αλλά ένα μονοπάτι δύο ωρών από το χωριό Βελανίδια οδηγεί ως την είσοδό του.</p>
<div class="catlinks">Κατηγορίες: <a href="/c/1">Φάροι της Ελλάδας</a> | <a href="/c/2">Λακωνία</a></div>)";
    return {"el: wiki page, infobox and table of contents",
            page(kEl, "Φάρος του Κάβο Μαλιά", m),
            {"είναι πέτρινος φάρος στο νοτιοανατολικό άκρο της Πελοποννήσου", "χτίστηκε το 1883 από τη Γαλλική Εταιρεία Φάρων",
             "λειτουργεί αυτόματα με ηλιακή ενέργεια", "ένα μονοπάτι δύο ωρών από το χωριό Βελανίδια"},
            chrome(kEl, {"Κατηγορίες:", "1 Ιστορία", "Ο φάρος της Άνδρου"}),
            {}};
}

// 8. Italian: an event page, a facts box of date and place, a description, a programme list, a
// map link and a ticket button, other events below.
Fresh it_event_programme() {
    const std::string m = R"(<h1>Sagra della Castagna 2019</h1>
<ul class="event-facts"><li><b>Quando:</b> 19 e 20 ottobre 2019</li><li><b>Dove:</b> Piazza del Municipio, Pievefosca</li><li><b>Ingresso:</b> libero</li></ul>
<p>Torna la sagra che ogni autunno porta in piazza le castagne dei boschi della valle, cotte sul fuoco nei grandi padelloni forati.</p>
<p>Quest'anno la Pro Loco ha raddoppiato gli stand dei produttori e ha aggiunto un laboratorio per i bambini.</p>
<h2>Programma</h2>
<ul class="programme"><li>Sabato ore 15: apertura degli stand e caldarroste</li><li>Sabato ore 21: concerto della banda musicale</li><li>Domenica ore 10: camminata tra i castagneti con la guida forestale</li><li>Domenica ore 16: premiazione della torta di castagne più buona</li></ul>
<p><a href="https://maps.example/pievefosca">Apri la mappa</a> · <a class="btn" href="/biglietti">Prenota il parcheggio</a></p>)";
    const std::string after = R"(<div class="altri-eventi"><h3>Altri eventi</h3><ul><li><a href="/e/1">Mercatino di Natale a Borgo Alto</a> <span>7 dicembre</span></li><li><a href="/e/2">Fiera del formaggio</a> <span>2 novembre</span></li></ul></div>)";
    return {"it: event page, facts, description, programme list",
            page(kIt, "Sagra della Castagna 2019", m, after),
            {"19 e 20 ottobre 2019", "Piazza del Municipio, Pievefosca", "Torna la sagra che ogni autunno porta in piazza",
             "concerto della banda musicale", "premiazione della torta di castagne più buona"},
            chrome(kIt, {"Mercatino di Natale a Borgo Alto", "Prenota il parcheggio"}),
            {}};
}

// 9. German with English: a job posting in sections of short lists, an apply box, similar jobs.
Fresh de_en_job_posting() {
    const std::string m = R"(<h1>Senior Backend Developer (m/w/d) – Go / PostgreSQL</h1>
<p class="job-meta">Leipzig oder remote · Vollzeit · ab sofort</p>
<p>Wir bauen die Software, mit der über 400 Stadtwerke ihre Netze planen. Unser Team arbeitet auf Deutsch und Englisch, der Code und die Reviews sind auf Englisch.</p>
<h2>Deine Aufgaben</h2>
<ul><li>Du entwickelst unsere Planungs-API in Go weiter.</li><li>Du optimierst Abfragen auf Datenbanken mit Milliarden Messwerten.</li><li>You mentor two junior developers.</li></ul>
<h2>Dein Profil</h2>
<ul><li>Mehrere Jahre Erfahrung mit Go oder einer ähnlichen Sprache</li><li>Sicherer Umgang mit PostgreSQL</li><li>Good English, German is a plus</li></ul>
<h2>Wir bieten</h2>
<ul><li>30 Tage Urlaub und flexible Arbeitszeiten</li><li>Ein Budget von 2.000 Euro im Jahr für Weiterbildung</li></ul>)";
    const std::string after = R"(<div class="apply-box"><a class="btn btn-success btn-lg" href="/bewerben/4411">Jetzt bewerben</a><p>Ansprechpartnerin: Jana Roth, +49 341 000000</p></div>
<div class="similar-jobs"><h3>Ähnliche Jobs</h3><ul><li><a href="/j/1">DevOps Engineer (m/w/d), Dresden</a></li><li><a href="/j/2">Frontend Developer React, remote</a></li><li><a href="/j/3">Data Engineer (m/w/d), Berlin</a></li></ul></div>)";
    return {"de+en: job posting in sections of short lists",
            page(kEn, "Senior Backend Developer (m/w/d)", m, after),
            {"Wir bauen die Software, mit der über 400 Stadtwerke ihre Netze planen", "Du entwickelst unsere Planungs-API in Go weiter.",
             "You mentor two junior developers.", "Sicherer Umgang mit PostgreSQL", "30 Tage Urlaub und flexible Arbeitszeiten"},
            chrome(kEn, {"Frontend Developer React, remote", "Jetzt bewerben"}),
            {}};
}

// 10. Korean: a landing page of short sections, each a heading and two sentences, a sign-up
// button, a testimonial strip.
Fresh ko_landing_sections() {
    auto sec = [](const char* h, const char* p) { return std::string("<section class=\"feature\"><h2>") + h + "</h2><p>" + p + "</p></section>\n"; };
    const std::string m = std::string("<h1>바다 가계부 – 우리 가족 살림을 한눈에</h1>\n<p>바다 가계부는 가족이 함께 쓰는 무료 가계부 앱입니다. 지출을 기록하면 월말에 자동으로 보고서를 만들어 줍니다.</p>\n") +
        sec("영수증 촬영", "영수증을 찍기만 하면 금액과 가게 이름이 자동으로 입력됩니다. 손으로 적을 필요가 없습니다.") +
        sec("가족과 공유", "가족 구성원을 초대하면 같은 가계부를 함께 볼 수 있습니다. 누가 무엇을 샀는지 바로 확인할 수 있습니다.") +
        sec("예산 알림", "항목별로 한 달 예산을 정해 두면 넘기기 전에 알려 줍니다. 외식비가 많은 달에 특히 유용합니다.") +
        sec("안전한 보관", "모든 데이터는 암호화되어 저장됩니다. 휴대폰을 바꿔도 기록은 그대로 남아 있습니다.") +
        "<div class=\"signup\"><a class=\"button\" href=\"/signup\">무료로 시작하기</a></div>";
    return {"ko: landing page of short sections, a heading and two sentences each",
            page(kKo, "바다 가계부", m),
            {"가족이 함께 쓰는 무료 가계부 앱입니다", "금액과 가게 이름이 자동으로 입력됩니다", "같은 가계부를 함께 볼 수 있습니다",
             "넘기기 전에 알려 줍니다", "모든 데이터는 암호화되어 저장됩니다"},
            chrome(kKo, {"무료로 시작하기"}),
            {}};
}

// 11. German with English: documentation with code blocks and admonitions (note, warning) in a
// static-site theme, "edit this page" and a prev/next pager.
Fresh de_en_docs_admonitions() {
    const std::string m = R"(<h1>Konfiguration</h1>
<p>Bitwerk liest seine Einstellungen aus einer Datei <code>bitwerk.toml</code> im Projektverzeichnis. Fehlt sie, gelten die Standardwerte.</p>
<div class="admonition note"><p class="admonition-title">Hinweis</p><p>Umgebungsvariablen mit dem Präfix BITWERK_ überschreiben jeden Wert aus der Datei.</p></div>
<h2>Beispiel</h2>
<pre><code class="language-toml">[server]
port = 8080
workers = 4

[cache]
dir = "/var/cache/bitwerk"</code></pre>
<p>Der Abschnitt <code>[cache]</code> ist optional; ohne ihn legt Bitwerk den Cache im temporären Verzeichnis an.</p>
<div class="admonition warning"><p class="admonition-title">Warning</p><p>Do not point the cache directory at a network share: the lock files rely on local file system semantics.</p></div>)";
    const std::string after = R"(<div class="page-footer"><a href="https://git.example/bitwerk/edit/main/docs/config.md">Diese Seite bearbeiten</a></div>
<nav class="pager"><a class="prev" href="/docs/install/">« Installation</a> <a class="next" href="/docs/cli/">Kommandozeile »</a></nav>)";
    return {"de+en: documentation with code blocks and admonitions",
            page(kDeTech, "Konfiguration", m, after),
            {"Bitwerk liest seine Einstellungen aus einer Datei", "Umgebungsvariablen mit dem Präfix BITWERK_ überschreiben", "workers = 4",
             "ohne ihn legt Bitwerk den Cache im temporären Verzeichnis an", "the lock files rely on local file system semantics"},
            chrome(kDeTech, {"Diese Seite bearbeiten", "Kommandozeile »"}),
            {}};
}

// 12. Arabic: page 2 of 3 of a paginated article, "page 2 of 3" and a numbered pager.
Fresh ar_paginated_page2() {
    const std::string m = R"(<h1>دليل المبتدئين إلى قواعد البيانات (الجزء الثاني)</h1>
<div class="page-indicator">الصفحة 2 من 3</div>
<p>بعد أن تعرفنا في الصفحة الأولى على الجداول والأعمدة، ننتقل الآن إلى العلاقات بين الجداول، وهي ما يجعل قواعد البيانات العلائقية قوية.</p>
<p>المفتاح الأجنبي عمود في جدول يشير إلى المفتاح الأساسي في جدول آخر، فيربط مثلا كل طلب بالعميل الذي قدمه.</p>
<p>وعند حذف عميل، يجب أن نقرر ماذا يحدث لطلباته: هل تحذف معه، أم يمنع الحذف ما دامت له طلبات؟</p>
<div class="pagination"><a href="?page=1">« السابق</a> <a href="?page=1">1</a> <span class="current">2</span> <a href="?page=3">3</a> <a href="?page=3">التالي »</a></div>)";
    return {"ar: page 2 of 3 of a paginated article with its pager",
            page(kAr, "دليل المبتدئين إلى قواعد البيانات", m),
            {"ننتقل الآن إلى العلاقات بين الجداول", "المفتاح الأجنبي عمود في جدول يشير", "هل تحذف معه، أم يمنع الحذف"},
            chrome(kAr, {"الصفحة 2 من 3", "التالي »"}),
            {}};
}

// 13. Dutch: an AMP page, amp-img with a caption, amp-ad, an amp-social-share row, a sidebar.
Fresh nl_amp() {
    const std::string m = R"(<article><h1>Gemeente plant zonnepark op oude vuilstort</h1>
<amp-img src="/img/stort.jpg" width="800" height="450" layout="responsive" alt="De oude vuilstort"></amp-img>
<p>De gemeente wil op de gesloten vuilstort aan de Dijkweg een zonnepark aanleggen dat stroom levert voor ruim tweeduizend huishoudens.</p>
<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/polderpost/artikel"></amp-ad>
<p>Omdat de grond daar niet bebouwd mag worden, is de stortplaats volgens de wethouder een van de weinige plekken waar panelen niemand in de weg zitten.</p>
<p>Omwonenden kunnen tot eind juni reageren op het plan; daarna beslist de gemeenteraad.</p>
<div class="share"><amp-social-share type="facebook"></amp-social-share><amp-social-share type="twitter"></amp-social-share><amp-social-share type="whatsapp"></amp-social-share></div></article>)";
    return {"nl: AMP page with amp-img, amp-ad and a share row",
            page(kNl, "Gemeente plant zonnepark op oude vuilstort", m, "",
                 "<script async src=\"https://cdn.ampproject.org/v0.js\"></script><style amp-boilerplate>body{visibility:hidden}</style>"),
            {"een zonnepark aanleggen dat stroom levert", "een van de weinige plekken waar panelen niemand in de weg zitten",
             "Omwonenden kunnen tot eind juni reageren op het plan"},
            chrome(kNl, {}),
            {}};
}

// 14. Russian: the article only in JSON-LD articleBody; the HTML body holds a teaser and scripts.
Fresh ru_jsonld_only() {
    const std::string ld = R"(<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"В Архангельске открылась школа деревянного зодчества","datePublished":"2016-09-14T08:00:00+03:00","author":{"@type":"Person","name":"Ольга Смирнова"},"articleBody":"В Архангельске открылась школа деревянного зодчества, где плотники со всего Севера будут учить молодёжь рубить избы без единого гвоздя.\n\nПервые двадцать учеников начнут занятия в октябре; обучение продлится два года и будет бесплатным.\n\nПо словам директора школы, мастеров старой плотницкой традиции в области осталось меньше десяти, и большинству из них уже за семьдесят."}</script>)";
    const std::string m = R"(<div class="teaser"><h1>В Архангельске открылась школа деревянного зодчества</h1><p>Плотники научат молодёжь рубить избы без гвоздей.</p></div>
<div id="article-body"></div>
<script>window.__STATE__={"id":88123,"section":"society"};</script>
<script src="/static/reader.9a8b7c.js"></script>)";
    return {"ru: article only in JSON-LD articleBody, the body a teaser and scripts",
            page(kRu, "В Архангельске открылась школа деревянного зодчества", m, "", ld),
            {"плотники со всего Севера будут учить молодёжь", "Первые двадцать учеников начнут занятия в октябре",
             "мастеров старой плотницкой традиции в области осталось меньше десяти"},
            chrome(kRu, {}),
            {}};
}

// 15. English with German: a news story with a link-free <aside> of key points inside the body.
Fresh en_de_aside_key_points() {
    const std::string m = R"(<article><h1>Rail strike: what commuters need to know</h1>
<p class="byline">By Paul Fenwick · 14 March 2018</p>
<p>Train drivers on three regional lines will strike on Thursday and Friday in a dispute over driver-only trains, the union confirmed last night.</p>
<aside class="key-points"><h2>Key points</h2><ul><li>No trains on the coast line on Thursday and Friday</li><li>Replacement buses every 30 minutes from the station forecourt</li><li>Season tickets are valid on the 42 and X7 buses</li></ul></aside>
<p>The operator said it would run replacement buses but warned that journeys would take up to twice as long as usual.</p>
<p>Passengers travelling on to Germany were told that the connecting night train, the "Nachtzug nach Köln", would still leave from the port as planned.</p></article>
<div class="share-bar"><a href="https://facebook.com/sharer">Share</a> <a href="https://twitter.com/intent">Tweet</a> <a href="mailto:?">Email</a></div>)";
    return {"en+de: a link-free aside of key points inside the body",
            page(kEn, "Rail strike: what commuters need to know", m),
            {"Train drivers on three regional lines will strike", "Replacement buses every 30 minutes from the station forecourt",
             "Season tickets are valid on the 42 and X7 buses", "journeys would take up to twice as long", "would still leave from the port as planned"},
            chrome(kEn, {"Tweet"}),
            {}};
}

// 16. Swedish: a news story with an update in a link-free <aside> at its end, and a photo credit.
Fresh sv_aside_update() {
    const std::string m = R"(<h1>Färjeläget stängs efter stormen</h1>
<figure><img src="/img/faerja.jpg" alt=""><figcaption>Färjeläget i Norrhamn efter stormen. Foto: Anders Lind</figcaption></figure>
<p>Färjeläget i Norrhamn stängs tills vidare sedan stormen under natten slitit loss en av bryggans pontoner.</p>
<p>Trafikverket skickar dykare under morgonen för att undersöka skadorna, och de boende på öarna hänvisas till taxibåt.</p>
<aside class="update"><p><strong>Uppdaterat 14.20:</strong> Dykarna har inte hittat några skador på fundamenten. Färjan väntas gå igen från i morgon bitti.</p></aside>)";
    return {"sv: an update in a link-free aside at the story's end",
            page(kSv, "Färjeläget stängs efter stormen", m),
            {"Färjeläget i Norrhamn stängs tills vidare", "de boende på öarna hänvisas till taxibåt",
             "Dykarna har inte hittat några skador på fundamenten", "Färjan väntas gå igen från i morgon bitti"},
            chrome(kSv, {}),
            {}};
}

// 17. Indonesian: a short lead paragraph, then a subheading at once, then the body.
Fresh id_subhead_after_lead() {
    const std::string m = R"(<h1>Pemerintah Kota Resmikan Pasar Ikan Modern</h1>
<div class="meta"><span>Oleh Rina Wulandari</span> | <span>Senin, 9 Juli 2018 10:15 WIB</span></div>
<p>Pasar ikan modern di pelabuhan lama resmi dibuka pagi ini.</p>
<h2>Bangunan dua lantai</h2>
<p>Pasar baru itu memiliki dua lantai, dengan 120 lapak untuk pedagang ikan segar di lantai bawah dan kios makanan di lantai atas.</p>
<p>Wali kota mengatakan pasar ini dibangun agar nelayan bisa menjual hasil tangkapan langsung kepada pembeli tanpa perantara.</p>
<h2>Parkir masih terbatas</h2>
<p>Namun sejumlah pedagang mengeluhkan lahan parkir yang hanya cukup untuk sekitar tiga puluh mobil.</p>
<div class="baca-juga"><b>Baca juga:</b> <a href="/b/1">Harga ikan tongkol turun</a></div>)";
    return {"id: a subheading right after a one-sentence lead",
            page(kId, "Pemerintah Kota Resmikan Pasar Ikan Modern", m),
            {"Pasar ikan modern di pelabuhan lama resmi dibuka pagi ini.", "Bangunan dua lantai", "dengan 120 lapak untuk pedagang ikan segar",
             "lahan parkir yang hanya cukup untuk sekitar tiga puluh mobil"},
            chrome(kId, {"Harga ikan tongkol turun"}),
            {"Pasar ikan modern di pelabuhan lama"}};
}

// 18. German: a column closing on a paragraph in italics about the author and the series.
Fresh de_italic_closing_note() {
    const std::string m = R"(<h1>Die Sache mit dem Gartenzaun</h1>
<p>Es gibt in jedem Dorf einen Zaun, über den seit Generationen gestritten wird. Bei uns ist es der zwischen dem Pfarrhaus und der alten Schmiede.</p>
<p>Angefangen hat es, so erzählt man, mit einem Apfelbaum, dessen Äste zu weit hinüberhingen. Heute weiß niemand mehr, wem der Baum eigentlich gehörte.</p>
<p>Vielleicht ist das das Schöne an einem guten Streit: Er überlebt seinen Anlass und wird zu einer Geschichte, die alle erzählen können.</p>
<p><em>Ulrike Brandner lebt seit dreißig Jahren im Hügelland und schreibt an dieser Stelle jeden Monat über das Leben auf dem Dorf. Alle Folgen der Kolumne „Übern Zaun“ erscheinen auch als Buch.</em></p>)";
    return {"de: a column closing on an italic paragraph about the author and the series",
            page(kDe, "Die Sache mit dem Gartenzaun", m),
            {"Es gibt in jedem Dorf einen Zaun", "mit einem Apfelbaum, dessen Äste zu weit hinüberhingen", "Er überlebt seinen Anlass",
             "Ulrike Brandner lebt seit dreißig Jahren im Hügelland"},
            chrome(kDe, {}),
            {}};
}

// 19. Italian: a news story with photo credit lines under each picture, and a photo credit line
// at the end of the text.
Fresh it_photo_credits() {
    const std::string m = R"(<h1>Frana sulla strada del passo, riapre a senso unico</h1>
<div class="foto"><img src="/img/frana1.jpg" alt=""><p class="credit">Foto: Archivio La Voce / M. Pedretti</p></div>
<p>Dopo tre settimane di lavori la strada del passo riapre da lunedì, ma solo a senso unico alternato regolato da un semaforo.</p>
<p>I tecnici della Provincia hanno consolidato il versante con reti d'acciaio e hanno rifatto cinquanta metri di carreggiata.</p>
<div class="foto"><img src="/img/frana2.jpg" alt=""><p class="credit">Foto: Vigili del Fuoco</p></div>
<p>La riapertura completa è prevista per la fine di novembre, se il tempo lo consentirà.</p>)";
    return {"it: photo credit lines under the pictures",
            page(kIt, "Frana sulla strada del passo", m),
            {"la strada del passo riapre da lunedì", "hanno consolidato il versante con reti d'acciaio", "La riapertura completa è prevista per la fine di novembre"},
            chrome(kIt, {"Foto: Archivio La Voce", "Foto: Vigili del Fuoco"}),
            {}};
}

// 20. German with English: a long guide opening with a table of contents of anchor links.
Fresh de_en_toc_top() {
    const std::string m = R"(<h1>Mit dem Nachtzug nach London: ein Erfahrungsbericht</h1>
<nav class="toc"><p><b>Inhalt</b></p><ol><li><a href="#buchung">Buchung</a></li><li><a href="#abfahrt">Abfahrt in Köln</a></li><li><a href="#bruessel">Umstieg in Brüssel</a></li><li><a href="#fazit">Fazit</a></li></ol></nav>
<h2 id="buchung">Buchung</h2>
<p>Die Tickets habe ich drei Monate im Voraus gebucht, für den Nachtzug bis Brüssel und den Eurostar weiter nach London St Pancras.</p>
<h2 id="abfahrt">Abfahrt in Köln</h2>
<p>Der Zug fuhr pünktlich um 22.47 Uhr ab. Im Liegewagen teilte ich das Abteil mit einem Paar aus Manchester, das "the most civilised way to travel" schwärmte.</p>
<h2 id="bruessel">Umstieg in Brüssel</h2>
<p>In Brüssel blieb eine gute Stunde für den Check-in und die Passkontrolle, was für einen Kaffee im Bahnhof reichte.</p>
<h2 id="fazit">Fazit</h2>
<p>Teurer als der Flug, aber entspannter: Ich bin ausgeschlafen und mitten in der Stadt angekommen.</p>)";
    return {"de+en: a table of contents of anchor links at the top",
            page(kDeTech, "Mit dem Nachtzug nach London", m),
            {"Die Tickets habe ich drei Monate im Voraus gebucht", "the most civilised way to travel", "was für einen Kaffee im Bahnhof reichte",
             "Ich bin ausgeschlafen und mitten in der Stadt angekommen"},
            chrome(kDeTech, {"Inhalt"}),
            {}};
}

// 21. Greek: a short article above a comment section three times its length.
Fresh el_short_article_long_comments() {
    auto c = [](const char* who, const char* when, const char* text) {
        return std::string("<li class=\"comment\"><div class=\"comment-author\">") + who + "</div><div class=\"comment-date\">" + when +
               "</div><p>" + text + "</p><a class=\"reply\" href=\"#\">Απάντηση</a></li>";
    };
    const std::string m = R"(<h1>Νέο σχέδιο για τα μονοπάτια της Σίφνου</h1>
<p>Ο δήμος της Σίφνου ενέκρινε σχέδιο για τη σήμανση και τον καθαρισμό εκατό χιλιομέτρων παλιών μονοπατιών.</p>
<p>Οι εργασίες θα ξεκινήσουν τον Νοέμβριο και θα γίνουν από εθελοντές με τη στήριξη του δήμου.</p>)";
    const std::string after = std::string("<div class=\"comments\"><h3>Σχόλια (4)</h3><ol>") +
        c("Νίκος", "12 Οκτωβρίου 2018", "Επιτέλους! Περπατάω κάθε χρόνο στο νησί και πολλά μονοπάτια είχαν κλείσει από τα βάτα, έπρεπε να γυρίσουμε πίσω δύο φορές.") +
        c("Maria K.", "12 Οκτωβρίου 2018", "Πολύ καλή είδηση. Θα ήθελα να μάθω πώς μπορεί κανείς να δηλώσει συμμετοχή ως εθελοντής από την Αθήνα για μία εβδομάδα.") +
        c("Γιώργος", "13 Οκτωβρίου 2018", "Ελπίζω να μη βάλουν τσιμέντο όπως σε άλλα νησιά. Τα μονοπάτια πρέπει να μείνουν με την πέτρα τους και τις ξερολιθιές τους.") +
        c("Ελένη", "14 Οκτωβρίου 2018", "Πέρσι χαθήκαμε στο μονοπάτι προς το Χρυσοπηγή γιατί δεν υπήρχε καμία σήμανση, οπότε αυτό ήταν πραγματικά απαραίτητο.") +
        "</ol></div>";
    return {"el: short article above comments three times longer",
            page(kEl, "Νέο σχέδιο για τα μονοπάτια της Σίφνου", m, after),
            {"ενέκρινε σχέδιο για τη σήμανση και τον καθαρισμό", "Οι εργασίες θα ξεκινήσουν τον Νοέμβριο"},
            chrome(kEl, {"Περπατάω κάθε χρόνο στο νησί", "να δηλώσει συμμετοχή ως εθελοντής", "Ελπίζω να μη βάλουν τσιμέντο", "χαθήκαμε στο μονοπάτι"}),
            {}};
}

// 22. English: a blog post followed by an author bio box longer than it, in the static theme.
Fresh en_author_bio_box() {
    const std::string m = R"(<h1>Fixing a wobbly kitchen chair</h1>
<p>The chair had wobbled for years before I finally turned it over and looked. Two of the stretchers had shrunk and were loose in their holes.</p>
<p>I knocked them out with a rubber mallet, cleaned off the old glue with warm vinegar, and glued them back with a little hide glue and a strap clamp overnight.</p>
<p>It has not wobbled since.</p>)";
    const std::string after = R"(<div class="author-bio"><img src="/img/me.jpg" alt=""><h3>About the author</h3>
<p>Sam Whitley is a furniture restorer who has spent twenty years repairing chairs, tables and chests for museums, churches and anyone else who brings them to his workshop in the hills.</p>
<p>He teaches evening classes in traditional joinery, writes for two woodworking magazines and is working on a book about the country chairs of the north.</p>
<p><a href="/about">More about Sam</a> · <a href="https://twitter.com/samwhitley">@samwhitley</a></p></div>)";
    return {"en: blog post followed by a longer author bio box",
            page(Site{"en", "ltr", "Workshop Notes", Theme::hugo, {"Posts", "Projects", "About"}, "Recent posts",
                      {"Sharpening a card scraper", "A shaving horse from scrap", "Oil or wax?"}, "© 2019 Sam Whitley · Built with Jekyll"},
                 "Fixing a wobbly kitchen chair", m, after),
            {"The chair had wobbled for years", "glued them back with a little hide glue", "It has not wobbled since."},
            {"is a furniture restorer who has spent twenty years", "teaches evening classes in traditional joinery", "A shaving horse from scrap",
             "© 2019 Sam Whitley"},
            {}};
}

// 23. German: a short news item with a teaser list longer than itself below it, each teaser a
// linked headline and a sentence.
Fresh de_teaser_list_below() {
    auto t = [](int n, const char* h, const char* s) {
        return std::string("<div class=\"teaser\"><h3><a href=\"/n/") + std::to_string(n) + "\">" + h + "</a></h3><p>" + s + "</p></div>";
    };
    const std::string m = R"(<h1>Brücke über die Lauter wieder frei</h1>
<p>Die Brücke über die Lauter in Unterhofen ist seit Freitagmittag wieder für den Verkehr freigegeben. Nach acht Monaten Bauzeit ist sie breiter und hat nun einen Gehweg auf beiden Seiten.</p>
<p>Die Kosten von 1,2 Millionen Euro teilen sich Land und Gemeinde.</p>)";
    const std::string after = std::string("<div class=\"more-news\"><h2>Weitere Nachrichten</h2>") +
        t(1, "Feuerwehr bekommt neues Löschfahrzeug", "Das alte Fahrzeug war über dreißig Jahre im Einsatz und wird nun an einen Verein in Polen verschenkt.") +
        t(2, "Musikschule sucht Räume", "Weil das alte Schulhaus saniert wird, braucht die Musikschule ab Herbst eine Übergangslösung für ihre Kurse.") +
        t(3, "Bäckerei Maier schließt nach 90 Jahren", "Für den Familienbetrieb am Marktplatz hat sich kein Nachfolger gefunden, Ende März ist Schluss.") +
        t(4, "Neue Wanderkarte erschienen", "Der Heimatverein hat alle Rundwege der Gemeinde neu vermessen und eine Karte im Maßstab 1:25.000 herausgegeben.") +
        "</div>";
    return {"de: short news item above a longer list of teasers with summaries",
            page(kDe, "Brücke über die Lauter wieder frei", m, after),
            {"Die Brücke über die Lauter in Unterhofen ist seit Freitagmittag", "Die Kosten von 1,2 Millionen Euro teilen sich Land und Gemeinde."},
            chrome(kDe, {"Das alte Fahrzeug war über dreißig Jahre im Einsatz", "braucht die Musikschule ab Herbst", "hat sich kein Nachfolger gefunden",
                         "Der Heimatverein hat alle Rundwege"}),
            {}};
}

// 24. Arabic: a forum thread, question and answers in bare role=article <div>s with signatures.
Fresh ar_forum_signatures() {
    auto post = [](const char* user, const char* when, const char* text, const char* sig) {
        return std::string("<div role=\"article\"><div><b>") + user + "</b> <span>" + when + "</span></div><div><p>" + text +
               "</p></div><div><hr><small>" + sig + "</small></div></div>\n";
    };
    const std::string m = std::string("<h1>ما الفرق بين القائمة والصف في بايثون؟</h1>\n") +
        post("سامي", "2017/05/02", "أتعلم بايثون منذ أسبوعين ولم أفهم متى أستخدم القائمة ومتى أستخدم الصف، فكلاهما يحفظ مجموعة من القيم بالترتيب.",
             "طالب هندسة حاسوب – جامعة الملك سعود") +
        post("أبو خالد", "2017/05/02", "الفرق الأساسي أن القائمة قابلة للتعديل بعد إنشائها، أما الصف فلا يمكن تغيير عناصره، ولذلك يستخدم الصف للقيم الثابتة مثل الإحداثيات.",
             "لا تنسونا من صالح دعائكم") +
        post("ريم", "2017/05/03", "وأضيف أن الصف يمكن أن يكون مفتاحا في القاموس لأنه لا يتغير، بينما لا يمكن ذلك مع القائمة.",
             "مطورة ويب – عمّان") +
        post("سامي", "2017/05/03", "شكرا لكما، الآن أصبح الأمر واضحا، سأستخدم الصف لإحداثيات الخريطة في مشروعي.", "طالب هندسة حاسوب – جامعة الملك سعود");
    return {"ar: forum thread in bare role=article divs with signatures",
            page(kAr, "ما الفرق بين القائمة والصف في بايثون؟", m),
            {"ولم أفهم متى أستخدم القائمة ومتى أستخدم الصف", "الفرق الأساسي أن القائمة قابلة للتعديل", "الصف يمكن أن يكون مفتاحا في القاموس",
             "سأستخدم الصف لإحداثيات الخريطة"},
            chrome(kAr, {"لا تنسونا من صالح دعائكم", "مطورة ويب – عمّان", "طالب هندسة حاسوب"}),
            {}};
}

// 25. English and German side by side in one post: a bilingual announcement of a club, the
// English after the German under a subheading, in the Joomla theme with a "print / email" row.
Fresh de_en_bilingual_club() {
    const std::string m = R"(<h1>Partnerschaftsbesuch aus Wrexham / Visit from our twin town</h1>
<div class="icons"><a href="/print">Drucken</a> <a href="/mail">E-Mail</a></div>
<p>Vom 12. bis 15. Juli besucht uns eine Gruppe von 28 Gästen aus unserer walisischen Partnerstadt Wrexham. Wir suchen noch Familien, die einen Gast für drei Nächte aufnehmen.</p>
<p>Am Samstag gibt es ab 18 Uhr ein gemeinsames Grillfest am Vereinsheim, zu dem alle Mitglieder eingeladen sind.</p>
<h2>English</h2>
<p>From 12 to 15 July a group of 28 guests from Wrexham will visit us. We are still looking for host families for three nights.</p>
<p>On Saturday there will be a barbecue at the club house from 6 pm, and all members are welcome.</p>)";
    return {"de+en: bilingual club announcement, English after a subheading",
            page(kDe, "Partnerschaftsbesuch aus Wrexham", m),
            {"besucht uns eine Gruppe von 28 Gästen", "ein gemeinsames Grillfest am Vereinsheim", "a group of 28 guests from Wrexham will visit us",
             "there will be a barbecue at the club house"},
            chrome(kDe, {"Drucken"}),
            {}};
}

// 26. Russian: a reader-view-like long read with a dek, an epigraph, section breaks, a pull quote
// and a closing italic line about the series; "read also" cards after.
Fresh ru_longread_edges() {
    const std::string m = R"(<h1>Последний паромщик Онеги</h1>
<p class="lead">Сорок лет Иван Кузьмин перевозит людей через реку там, где так и не построили мост.</p>
<p>Паром Кузьмина — это плоскодонка на тросе, которую он тянет руками. За день он делает до тридцати рейсов, зимой — по льду пешком провожает тех, кто боится идти один.</p>
<blockquote class="pull">«Мост обещают с восьмидесятого года, а я всё вожу».</blockquote>
<p>Районные власти говорят, что проект моста готов, но денег на него в бюджете нет. Кузьмину семьдесят два года, и сменщика у него нет.</p>
<hr>
<p>Вечером он сидит на крыльце сторожки и считает лодки, которые проходят вниз по течению.</p>
<p><i>Этот текст — часть цикла «Люди Севера» о тех, кто остаётся в деревнях, когда все уезжают.</i></p>)";
    const std::string after = R"(<div class="read-also"><h3>Читайте также</h3><a class="card" href="/l/1"><img src="/i/1.jpg" alt=""><span>Как живёт деревня без дороги</span></a><a class="card" href="/l/2"><img src="/i/2.jpg" alt=""><span>Почта на оленях</span></a></div>)";
    return {"ru: long read, lead, pull quote, section break, closing italic line about the series",
            page(kRu, "Последний паромщик Онеги", m, after),
            {"Паром Кузьмина — это плоскодонка на тросе", "проект моста готов, но денег на него в бюджете нет", "считает лодки, которые проходят вниз",
             "Этот текст — часть цикла «Люди Севера»"},
            chrome(kRu, {"Как живёт деревня без дороги", "Почта на оленях"}),
            {}};
}

std::vector<Fresh> fresh_pages() {
    return {de_en_recipe_dl(), it_recipe_table_comments(), de_product_tabs(), nl_forum_thread(), en_de_qa_accepted(), sv_release_notes(),
            el_wiki_infobox(), it_event_programme(), de_en_job_posting(), ko_landing_sections(), de_en_docs_admonitions(), ar_paginated_page2(),
            nl_amp(), ru_jsonld_only(), en_de_aside_key_points(), sv_aside_update(), id_subhead_after_lead(), de_italic_closing_note(),
            it_photo_credits(), de_en_toc_top(), el_short_article_long_comments(), en_author_bio_box(), de_teaser_list_below(),
            ar_forum_signatures(), de_en_bilingual_club(), ru_longread_edges()};
}

// Pages that pass whole (all key sentences in, all chrome out, nothing of p.title_out in the
// headline). Only ever rises.
constexpr int kFresh11Floor = 25;

}  // namespace

TEST_CASE("fresh page kinds, round 11 (pages that are not news articles, and the article's edges): the main text is in and the chrome is out") {
    const auto all = fresh_pages();
    winnow::test::PageTally t = winnow::test::tally_pages(all, "f11_");
    winnow::test::tally_headlines(all, t);
    MESSAGE("fresh pages (round 11) passed whole: ", t.passed, " of ", all.size(), t.report);
    CHECK(t.passed >= kFresh11Floor);
}
// Each mechanism the round 11 pages led to, on small pages in other languages and markups, with
// the case it must leave alone.
namespace {

// A small page: a banner, the given column, a sidebar of two links, a footer.
std::string focus_page(const char* lang, const char* title, const std::string& column) {
    return std::string("<!DOCTYPE html><html lang=\"") + lang + "\"><head><meta charset=\"utf-8\"><title>" + title +
           "</title></head><body><div role=\"banner\"><a href=\"/\">Site</a></div><div class=\"wrap\"><div class=\"main\">" + column +
           "</div><div class=\"side\"><h3>Mehr</h3><ul><li><a href=\"/x/1\">Eins zwei drei vier</a></li><li><a href=\"/x/2\">Fünf sechs sieben acht</a></li></ul></div></div>" +
           "<div class=\"foot\"><a href=\"/imp\">Impressum</a></div></body></html>";
}

}  // namespace

TEST_CASE("a tab panel hidden until its tab is clicked (role=tabpanel, or the box a tab names) is the page's text: a spec table, a recipe's steps; a hidden tab of links stays hidden") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    const std::string sv_tabs = focus_page("sv", "Vandringskängor Fjällspår", R"__(<h1>Vandringskängor Fjällspår</h1>
<p>Fjällspår är en stadig känga för långa vandringar i blöt terräng, med ett membran som håller fötterna torra hela dagen.</p>
<div role="tablist"><button role="tab" aria-controls="t1" aria-selected="true">Beskrivning</button><button role="tab" aria-controls="t2">Specifikation</button></div>
<section role="tabpanel" id="t1"><p>Sulan är tillverkad av ett gummi som greppar bra även på våta stenar och rötter längs stigen.</p></section>
<section role="tabpanel" id="t2" hidden><table><tr><th>Vikt</th><td>1 350 g per par</td></tr><tr><th>Material</th><td>Nubuckläder och Cordura</td></tr><tr><th>Skaft</th><td>Högt, 17 cm</td></tr></table></section>)__");
    CHECK(has(block_text_of(sv_tabs), "Nubuckläder och Cordura"));
    const std::string ko_tabs = focus_page("ko", "된장찌개 끓이는 법", R"__(<h1>된장찌개 끓이는 법</h1>
<p>된장찌개는 한국 가정에서 가장 자주 먹는 찌개입니다. 멸치 육수에 된장을 풀고 제철 채소를 넣어 끓이면 됩니다.</p>
<ul class="tabs"><li><a role="tab" href="#ingredients">재료</a></li><li><a role="tab" href="#steps">만드는 법</a></li></ul>
<div id="ingredients"><p>된장 두 큰술, 두부 반 모, 애호박 반 개, 양파 한 개, 청양고추 한 개, 멸치 육수 네 컵이 필요합니다.</p></div>
<div id="steps" style="display:none"><ol><li>멸치 육수를 끓이고 된장을 체에 걸러 풀어 줍니다.</li><li>양파와 애호박을 넣고 오 분 정도 끓입니다.</li><li>두부와 고추를 넣고 한소끔 더 끓이면 완성입니다.</li></ol></div>)__");
    CHECK(has(block_text_of(ko_tabs), "두부와 고추를 넣고 한소끔 더 끓이면 완성입니다."));
    const std::string de_tabs_links = focus_page("de", "Neuer Radweg an der Elbe", R"__(<h1>Neuer Radweg an der Elbe</h1>
<p>Der neue Radweg zwischen Pirna und Heidenau ist seit Montag freigegeben. Er ist drei Meter breit und nachts beleuchtet.</p>
<p>Die Stadt rechnet mit bis zu zweitausend Radfahrern am Tag, vor allem Pendlern auf dem Weg nach Dresden.</p>
<div role="tablist"><a role="tab" aria-controls="pop" href="#pop">Meistgelesen</a><a role="tab" aria-controls="new" href="#new">Neueste</a></div>
<div role="tabpanel" id="pop"><ul><li><a href="/a/1">Brückensperrung in Pirna verlängert</a></li><li><a href="/a/2">Neues Hallenbad öffnet im Mai</a></li></ul></div>
<div role="tabpanel" id="new" hidden><ul><li><a href="/a/3">Stadtfest mit neuem Programm</a></li><li><a href="/a/4">Bäckerei schließt nach hundert Jahren</a></li><li><a href="/a/5">Schulbus fährt öfter</a></li></ul></div>)__");
    CHECK_FALSE(has(block_text_of(de_tabs_links), "Stadtfest mit neuem Programm"));
}

TEST_CASE("a date line that is an item of a list of labelled facts (When: / Where: / Admission:) is the event's date and stays; a dateline in a list of links still goes") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    const std::string de_event = focus_page("de", "Herbstkonzert des Kammerchors", R"__(<h1>Herbstkonzert des Kammerchors</h1>
<ul><li>Datum: Samstag, 14. September 2019</li><li>Ort: Stadthalle Kirchberg</li><li>Eintritt: acht Euro, Schüler frei</li></ul>
<p>Der Kammerchor singt in diesem Jahr Werke von Brahms und Mendelssohn, begleitet vom Klavierduo Hartmann.</p>
<p>Karten gibt es an der Abendkasse und im Bürgerbüro der Stadt.</p>)__");
    CHECK(has(block_text_of(de_event), "Datum: Samstag, 14. September 2019"));
    const std::string en_event = focus_page("en", "Harvest fair on the green", R"__(<h1>Harvest fair on the green</h1>
<p>The village harvest fair returns this autumn with more stalls than ever, a dog show and a tug of war between the two pubs.</p>
<dl></dl><ul class="facts"><li><strong>When:</strong> Sunday 6 October 2019</li><li><strong>Where:</strong> the village green, Little Haddon</li><li><strong>Parking:</strong> in the school field</li></ul>
<p>Stallholders should arrive before nine to set up their tables.</p>)__");
    CHECK(has(block_text_of(en_event), "Sunday 6 October 2019"));
    const std::string de_dateline = focus_page("de", "Neue Ampel am Marktplatz", R"__(<h1>Neue Ampel am Marktplatz</h1>
<ul class="meta"><li>Veröffentlicht: 12. März 2019</li><li><a href="/k/lokales">Lokales</a></li><li><a href="#c">3 Kommentare</a></li></ul>
<p>Am Marktplatz wird ab Montag eine neue Fußgängerampel gebaut. Die Arbeiten dauern etwa zwei Wochen.</p>
<p>Während der Bauzeit ist die Einfahrt in die Kirchgasse gesperrt, Busse fahren eine Umleitung.</p>)__");
    CHECK_FALSE(has(block_text_of(de_dateline), "Veröffentlicht: 12. März 2019"));
}

TEST_CASE("once two posts of a thread show a ruled signature, a short reply's ruled signature goes too; a short reply's last line without a rule stays") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    const std::string ru_forum = focus_page("ru", "Как выбрать велосипед для города?", R"__(<h1>Как выбрать велосипед для города?</h1>
<div class="p"><div class="u"><b>Игорь</b> 03.05.2016</div><div class="b"><p>Хочу ездить на работу на велосипеде, около восьми километров в одну сторону по асфальту. Какой тип велосипеда лучше взять и сколько на него нужно потратить?</p></div><div class="s"><hr><span>Екатеринбург, катаюсь с 2015 года</span></div></div>
<div class="p"><div class="u"><b>velo_master</b> 03.05.2016</div><div class="b"><p>Для асфальта лучше всего подойдёт гибрид или городской велосипед с узкими шинами и крыльями. Хороший вариант можно найти в пределах тридцати тысяч рублей.</p></div><div class="s"><hr><span>Ремонт велосипедов недорого, пишите в личку</span></div></div>
<div class="p"><div class="u"><b>Анна</b> 04.05.2016</div><div class="b"><p>Обязательно возьмите модель с багажником, на нём удобно возить сумку.</p></div><div class="s"><hr><span>Ни дня без велосипеда</span></div></div>
<div class="p"><div class="u"><b>Игорь</b> 05.05.2016</div><div class="b"><p>Спасибо всем, купил гибрид с крыльями.</p></div><div class="s"><hr><span>Екатеринбург, катаюсь с 2015 года</span></div></div>
)__");
    CHECK_FALSE(has(block_text_of(ru_forum), "Ни дня без велосипеда"));
    CHECK_FALSE(has(block_text_of(ru_forum), "Екатеринбург, катаюсь"));
    CHECK(has(block_text_of(ru_forum), "Спасибо всем, купил гибрид с крыльями."));
    const std::string ru_forum_nosig = focus_page("ru", "Как выбрать велосипед для города?", R"__(<h1>Как выбрать велосипед для города?</h1>
<div class="p"><div class="u"><b>Игорь</b> 03.05.2016</div><div class="b"><p>Хочу ездить на работу на велосипеде, около восьми километров в одну сторону по асфальту. Какой тип велосипеда лучше взять и сколько на него нужно потратить?</p></div><div class="s"><hr><span>Екатеринбург</span></div></div>
<div class="p"><div class="u"><b>velo_master</b> 03.05.2016</div><div class="b"><p>Для асфальта лучше всего подойдёт гибрид или городской велосипед с узкими шинами и крыльями. Хороший вариант можно найти в пределах тридцати тысяч рублей.</p></div><div class="s"><hr><span>Ремонт велосипедов недорого</span></div></div>
<div class="p"><div class="u"><b>Анна</b> 04.05.2016</div><div class="b"><p>Обязательно возьмите модель с багажником.<br>Мой совет: крылья тоже нужны.</p></div></div>
)__");
    CHECK(has(block_text_of(ru_forum_nosig), "Мой совет: крылья тоже нужны."));
}

TEST_CASE("a box of a portrait and a name alone on a line over paragraphs opening with that name, after the title's prose, is the writer's profile whether or not it wins or the page names its author; a list of such boxes is a list of people and stays") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    const std::string en_profile = block_text_of(focus_page("en", "Harbour wall repairs start", R"__(<h1>Harbour wall repairs start</h1>
<div><p>Repairs to the east harbour wall began on Monday and are expected to last until the end of September.</p>
<p>Boats moored along the wall have been moved to the inner basin for the duration of the work.</p></div>
<div><div><img src="/a.jpg" alt=""><b>Martha Quill</b></div>
<p>Martha Quill has covered the harbour, the fishing fleet and the town council for the Gazette since 2009. Before that she worked for eleven years on trawlers out of Peterhead and Lerwick.</p>
<p>She lives on the seafront with two cats and a rowing boat, and is writing a history of the town's lifeboat station that will be published next spring by a small local press.</p>
<p><a href="/authors/mquill">All articles by Martha Quill</a></p></div>)__"));
    CHECK_FALSE(has(en_profile, "Martha Quill has covered the harbour"));
    CHECK(has(en_profile, "Boats moored along the wall have been moved"));
    const std::string id_profile = block_text_of(focus_page("id", "Pasar malam kembali dibuka", R"__(<h1>Pasar malam kembali dibuka</h1>
<div><div>Pasar malam di alun-alun kota kembali dibuka pada Sabtu malam setelah dua tahun ditutup.</div>
<div>Lebih dari seratus pedagang makanan dan mainan anak ikut meramaikan pembukaan tersebut.</div></div>
<div><img src="/p.jpg" alt=""><strong>Rina Wulandari</strong>
<p>Rina Wulandari adalah wartawan senior yang meliput berita kota dan budaya sejak 2008. Ia pernah bekerja sebagai editor di sebuah majalah kuliner di Yogyakarta.</p>
<p>Di waktu luangnya ia menulis buku tentang sejarah pasar tradisional di Jawa Tengah dan mengajar menulis di sebuah kampus swasta.</p></div>)__"));
    CHECK_FALSE(has(id_profile, "Rina Wulandari adalah wartawan senior"));
    CHECK(has(id_profile, "Lebih dari seratus pedagang makanan"));
    const std::string de_people = block_text_of(focus_page("de", "Die Kandidaten für das Bürgermeisteramt", R"__(<h1>Die Kandidaten für das Bürgermeisteramt</h1>
<p>Am Sonntag wählt Kirchberg einen neuen Bürgermeister. Drei Bewerber stellen sich zur Wahl, wir stellen sie vor.</p>
<div class="person"><img src="/1.jpg" alt=""><b>Anna Becker</b><p>Anna Becker ist seit zwölf Jahren Gemeinderätin und leitet eine Apotheke in der Hauptstraße. Sie will den Busverkehr in die Ortsteile ausbauen.</p></div>
<div class="person"><img src="/2.jpg" alt=""><b>Thomas Wendt</b><p>Thomas Wendt ist Bauingenieur und Vorsitzender des Sportvereins. Sein wichtigstes Ziel ist ein neues Hallenbad für die Schulen.</p></div>
<div class="person"><img src="/3.jpg" alt=""><b>Selin Kaya</b><p>Selin Kaya arbeitet als Lehrerin am Gymnasium und tritt als Parteilose an. Sie möchte einen Bürgerhaushalt einführen.</p></div>)__"));
    CHECK(has(de_people, "Thomas Wendt ist Bauingenieur"));
    CHECK(has(de_people, "Selin Kaya arbeitet als Lehrerin"));
}

TEST_CASE("a writer's profile longer than the short article above it, in boxes without names, does not win the page") {
    using winnow::test::block_text_of;
    using winnow::test::has;
    const std::string out = block_text_of(R"__(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harbour wall repairs start | Site</title></head><body><div role="banner"><a href="/">Site</a><div role="navigation"><a href="/a">News</a> <a href="/b">Sport</a></div></div><div role="main"><h1>Harbour wall repairs start</h1>
<div><p>Repairs to the east harbour wall began on Monday and are expected to last until the end of September.</p>
<p>Boats moored along the wall have been moved to the inner basin for the duration of the work.</p></div>
<div><div><img src="/a.jpg" alt=""><b>Martha Quill</b></div>
<p>Martha Quill has covered the harbour, the fishing fleet and the town council for the Gazette since 2009. Before that she worked for eleven years on trawlers out of Peterhead and Lerwick.</p>
<p>She lives on the seafront with two cats and a rowing boat, and is writing a history of the town's lifeboat station that will be published next spring by a small local press.</p>
<p><a href="/authors/mquill">All articles by Martha Quill</a></p></div></div><div role="complementary"><h3>Popular</h3><ul><li><a href="/x/1">Ferry timetable changes again</a></li><li><a href="/x/2">Harbour wall repairs</a></li></ul></div><div role="contentinfo">© 2018 Site Media · Privacy · Terms</div></body></html>)__");
    CHECK(has(out, "Repairs to the east harbour wall began on Monday"));
    CHECK_FALSE(has(out, "She lives on the seafront with two cats"));
}
