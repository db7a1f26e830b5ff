// Page kinds of issue 18, seventh round: pages that are no news articles, in German and English
// (and French, Spanish), as a 2024 CMS writes them — a recipe whose comment thread outweighs
// its steps, a product page whose reviews outweigh its description, a forum thread, a short news
// item under a long comment section, essays closing on an author box longer than their last
// paragraphs, landing pages of feature cards, a documentation page, an FAQ of <details>, an
// event page, an old table layout. Markups: hashed class names, semantic HTML5, tables; some with
// schema.org JSON-LD. Written before looking at how winnow handles them; each is its own test
// case: every key sentence of the main text is in the output, every piece of chrome out.
//
// On main unchanged (0be4a09) 8 of 12 passed. The failures: the English and French author boxes
// stayed (their heading says more than the name: "About …", "À propos de …"); the German
// landing page's feature cards became captions of their icons; the Spanish landing page lost its
// cards to the hero. All 12 pass with the rules of tests/test_extract_kinds7_rules.cpp.
// Left as they are (not asserted): the forum keeps one signature that closes only one post and
// the "log in to reply" note. The event page dropped its date line and facts box until stop 51
// (tests/test_extract_kinds9_facts.cpp); it still keeps its "Get tickets" button line.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "extract_test_util.hpp"

namespace {

using Fresh = winnow::test::FreshPage;
using winnow::test::has;

// WINNOW_FRESH_DUMP=DIR writes each page there (k7_<language>_<kind>.html), to run the CLI on it.
void check_page(const Fresh& p, const char* file) {
    INFO(p.name);
    if (const char* dump = std::getenv("WINNOW_FRESH_DUMP")) std::ofstream(std::string(dump) + "/k7_" + file + ".html") << p.html;
    const std::string out = winnow::test::text_of(p.html);
    for (const std::string& s : p.in) CHECK_MESSAGE(has(out, s), "missing: " << s);
    for (const std::string& s : p.out) CHECK_MESSAGE(!has(out, s), "kept: " << s);
    CHECK(out.size() >= 200);
}

Fresh de_recipe() {
    return {"de: a recipe (ingredients, steps) over teaser cards and a comment thread longer than the steps, hashed classes, JSON-LD",
            R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Omas Zwetschgendatschi vom Blech | Backstube Sommerfeld</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Recipe","name":"Omas Zwetschgendatschi vom Blech","author":{"@type":"Person","name":"Lena Sommerfeld"},"datePublished":"2024-08-29","recipeYield":"1 Blech"}</script></head>
<body><div class="sc-1x"><div class="sc-a9"><a href="/">Backstube Sommerfeld</a></div><ul class="sc-n2"><li><a href="/kuchen">Kuchen</a></li><li><a href="/brot">Brot</a></li><li><a href="/torten">Torten</a></li><li><a href="/weihnachten">Weihnachten</a></li><li><a href="/ueber-mich">Über mich</a></li></ul></div>
<div class="sc-cb">Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. <button>Alle akzeptieren</button> <button>Einstellungen</button></div>
<div class="sc-m1"><div class="sc-m2">
<div class="sc-bc"><a href="/">Start</a> › <a href="/kuchen">Kuchen</a> › Zwetschgendatschi</div>
<div class="sc-t">Omas Zwetschgendatschi vom Blech</div>
<div class="sc-meta">29. August 2024 · Lena Sommerfeld · <a href="#kommentare">47 Kommentare</a></div>
<div class="sc-rt"><span>★★★★★</span> <span>4,8 (212 Bewertungen)</span></div>
<div class="sc-p">Wenn im Spätsommer die Zwetschgen reif sind, backe ich jedes Wochenende diesen Datschi. Der Hefeteig wird locker und saftig, die Früchte stehen dicht an dicht, und obenauf kommen knusprige Butterstreusel.</div>
<div class="sc-box"><div class="sc-bx1">Zubereitung: 40 Min.</div><div class="sc-bx1">Backzeit: 35 Min.</div><div class="sc-bx1">Portionen: 20 Stück</div></div>
<div class="sc-h">Zutaten</div>
<ul class="sc-ing"><li>500 g Weizenmehl Type 550</li><li>1 Würfel frische Hefe</li><li>250 ml lauwarme Milch</li><li>80 g Zucker</li><li>80 g weiche Butter</li><li>1 Ei</li><li>2 kg Zwetschgen</li><li>Für die Streusel: 150 g Mehl, 100 g Butter, 100 g Zucker, 1 TL Zimt</li></ul>
<div class="sc-h">Zubereitung</div>
<ol class="sc-st"><li>Die Hefe in der lauwarmen Milch mit einem Teelöffel Zucker auflösen und zehn Minuten stehen lassen.</li><li>Mehl, restlichen Zucker, Butter und Ei zugeben und alles zu einem glatten Teig kneten, der sich vom Schüsselrand löst.</li><li>Den Teig abgedeckt an einem warmen Ort eine Stunde gehen lassen, bis er sein Volumen verdoppelt hat.</li><li>Die Zwetschgen waschen, entsteinen und an einer Seite einschneiden, damit sie sich aufklappen lassen.</li><li>Den Teig auf dem gefetteten Blech ausrollen und die Früchte dachziegelartig darauf setzen.</li><li>Für die Streusel alle Zutaten mit den Fingern verkrümeln und über die Zwetschgen streuen; bei 180 Grad 35 Minuten backen.</li></ol>
<div class="sc-p">Tipp: Lauwarm mit einem Klecks geschlagener Sahne servieren. Der Kuchen lässt sich auch gut einfrieren.</div>
<div class="sc-share"><a href="#">Pinterest</a> <a href="#">Facebook</a> <a href="#">WhatsApp</a> <a href="#">Drucken</a></div>
<div class="sc-more"><div class="sc-h2">Mehr Rezepte</div>
<div class="sc-card"><a href="/r/apfelkuchen"><img src="a.jpg" alt=""><span>Versunkener Apfelkuchen mit Vanillepudding</span></a><div>Saftig, schnell gemacht und ein Klassiker für jeden Sonntag mit der Familie.</div></div>
<div class="sc-card"><a href="/r/streusel"><img src="b.jpg" alt=""><span>Rhabarber-Streuselkuchen vom Blech</span></a><div>Die säuerlichen Stangen passen perfekt zu den süßen Butterstreuseln obendrauf.</div></div>
<div class="sc-card"><a href="/r/kaesekuchen"><img src="c.jpg" alt=""><span>Käsekuchen ohne Boden</span></a><div>Cremig, leicht und in nur zwanzig Minuten vorbereitet, ganz ohne Mürbeteig.</div></div>
</div>
<div class="sc-cm" id="kommentare"><div class="sc-h2">47 Kommentare</div>
<div class="sc-c"><div class="sc-cn">Brigitte</div><div class="sc-cd">30. August 2024 um 08:12</div><div class="sc-ct">Ich habe den Datschi gestern für unser Gartenfest gebacken und er war innerhalb von einer halben Stunde weg. Ich habe statt Zimt etwas Kardamom in die Streusel gegeben, das kann ich nur empfehlen. Vielen Dank für das tolle Rezept, das wird jetzt jedes Jahr gemacht!</div><a href="#">Antworten</a></div>
<div class="sc-c"><div class="sc-cn">Markus aus Augsburg</div><div class="sc-cd">30. August 2024 um 19:40</div><div class="sc-ct">Bei uns in Schwaben macht man den Datschi ja traditionell ohne Streusel, aber ich muss zugeben, dass diese Variante wirklich lecker ist. Der Teig ist bei mir allerdings etwas zu weich geworden, ich habe dann noch gut fünfzig Gramm Mehl dazugegeben. Vielleicht lag es an der Milch.</div><a href="#">Antworten</a></div>
<div class="sc-c sc-rep"><div class="sc-cn">Lena Sommerfeld</div><div class="sc-cd">31. August 2024 um 09:02</div><div class="sc-ct">Lieber Markus, danke für die Rückmeldung! Die Eier sind unterschiedlich groß, deshalb kann der Teig mal weicher ausfallen. Mit etwas mehr Mehl ist das genau richtig gelöst.</div><a href="#">Antworten</a></div>
<div class="sc-c"><div class="sc-cn">Hannelore</div><div class="sc-cd">1. September 2024 um 15:27</div><div class="sc-ct">Kann man den Teig auch am Vorabend vorbereiten und über Nacht im Kühlschrank gehen lassen? Ich möchte den Kuchen am Sonntag früh für den Kirchenkaffee backen und habe morgens nicht so viel Zeit. Hat das schon jemand ausprobiert und wie lange muss er dann noch gehen?</div><a href="#">Antworten</a></div>
<div class="sc-c sc-rep"><div class="sc-cn">Jens</div><div class="sc-cd">1. September 2024 um 18:51</div><div class="sc-ct">Hallo Hannelore, ich mache das immer so. Mit nur einem halben Würfel Hefe über Nacht in den Kühlschrank, am Morgen eine Stunde bei Zimmertemperatur stehen lassen, dann ausrollen. Der Teig wird dadurch sogar aromatischer.</div><a href="#">Antworten</a></div>
<div class="sc-c"><div class="sc-cn">Sabine K.</div><div class="sc-cd">3. September 2024 um 11:05</div><div class="sc-ct">Ein wunderbares Rezept, genau wie bei meiner Oma früher. Ich habe die Hälfte der Zwetschgen durch Mirabellen ersetzt, weil unser Baum so viele getragen hat, und es hat hervorragend geschmeckt. Die Streusel werden schön knusprig, wenn man sie vorher kurz kalt stellt.</div><a href="#">Antworten</a></div>
<div class="sc-c"><div class="sc-cn">Thomas</div><div class="sc-cd">5. September 2024 um 21:33</div><div class="sc-ct">Hat super geklappt, auch mit Dinkelmehl Type 630. Ich brauchte etwas mehr Milch, ungefähr dreißig Milliliter, und habe die Backzeit um fünf Minuten verlängert, weil mein Ofen nicht so heiß wird. Die ganze Familie war begeistert und wir haben den Rest eingefroren.</div><a href="#">Antworten</a></div>
<div class="sc-c"><div class="sc-cn">Gisela M.</div><div class="sc-cd">8. September 2024 um 07:48</div><div class="sc-ct">Ich backe seit vierzig Jahren Zwetschgenkuchen, aber diese Streusel mit Zimt sind wirklich eine Bereicherung. Ein kleiner Tipp von mir: Eine Handvoll gemahlene Mandeln unter die Streusel, dann werden sie noch feiner und saugen den Fruchtsaft nicht so stark auf.</div><a href="#">Antworten</a></div>
<div class="sc-form"><div class="sc-h2">Kommentar schreiben</div><form><textarea></textarea><input name="n"><button>Absenden</button></form></div>
</div>
</div>
<div class="sc-side"><div class="sc-ab"><img src="lena.jpg" alt=""><div>Hallo, ich bin Lena! Hier teile ich die Rezepte meiner Familie.</div><a href="/ueber-mich">Mehr über mich</a></div>
<div class="sc-nl">Newsletter: Jeden Freitag ein neues Rezept in Ihrem Postfach. <input><button>Anmelden</button></div></div></div>
<div class="sc-f"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/kontakt">Kontakt</a> <a href="/werbung">Werbung</a> <a href="/rezepte-a-z">Rezepte A–Z</a> <span>© 2024 Backstube Sommerfeld</span></div>
</body></html>
)HTML",
            {"Wenn im Spätsommer die Zwetschgen reif sind", "500 g Weizenmehl Type 550", "Die Zwetschgen waschen, entsteinen", "Tipp: Lauwarm mit einem Klecks"},
            {"Ich habe den Datschi gestern", "Kann man den Teig auch am Vorabend", "Versunkener Apfelkuchen", "Saftig, schnell gemacht", "Wir verwenden Cookies", "Jeden Freitag ein neues Rezept", "Impressum"}};
}

Fresh en_product() {
    return {"en: a product page (description, specification table) whose reviews outweigh the description, a carousel of related products",
            R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Halden Trail 40L Backpack – Northfold Outfitters</title></head>
<body><div class="x1a"><div class="x1b"><a href="/">Northfold</a></div><div class="x1c"><a href="/men">Men</a><a href="/women">Women</a><a href="/packs">Packs</a><a href="/camp">Camp</a><a href="/sale">Sale</a></div><div class="x1d"><a href="/cart">Cart (0)</a></div></div>
<div class="x2a">Free shipping on orders over $75 · 30-day returns</div>
<div class="x3a"><div class="x3b"><a href="/">Home</a> / <a href="/packs">Packs</a> / Halden Trail 40L</div>
<div class="x3c"><div class="x3g"><img src="p1.jpg" alt="Halden Trail 40L in slate"><img src="p2.jpg" alt=""><img src="p3.jpg" alt=""></div>
<div class="x3i"><div class="x3t">Halden Trail 40L Backpack</div><div class="x3p">$189.00</div><div class="x3r">★★★★☆ 4.4 (86 reviews)</div>
<div class="x3o"><span>Color:</span> <button>Slate</button><button>Moss</button><button>Rust</button></div><div class="x3o"><span>Torso:</span> <button>S/M</button><button>M/L</button></div><button class="x3btn">Add to cart</button></div></div>
<div class="x4a"><div class="x4tabs"><a href="#d">Description</a><a href="#s">Specifications</a><a href="#r">Reviews (86)</a></div>
<div class="x4d" id="d"><div>The Halden Trail is a 40-litre pack for long day hikes and light overnight trips. Its suspended mesh back panel keeps air moving between your back and the load, and the aluminium frame sheet carries up to 14 kilograms without sagging.</div>
<div>A front stretch pocket swallows a wet shell, the hip belt pockets fit a large phone, and the lid converts into a small summit bag. The body is made from recycled 210-denier ripstop with a fluorocarbon-free water-repellent finish.</div></div>
<div class="x4s" id="s"><table><tr><td>Volume</td><td>40 L</td></tr><tr><td>Weight</td><td>1.28 kg</td></tr><tr><td>Max load</td><td>14 kg</td></tr><tr><td>Material</td><td>Recycled 210D ripstop nylon</td></tr><tr><td>Torso length</td><td>S/M 40–48 cm, M/L 46–54 cm</td></tr><tr><td>Hydration</td><td>Sleeve and port for 3 L reservoir</td></tr></table></div>
<div class="x4r" id="r"><div class="x4rh">Customer reviews</div>
<div class="x5"><div class="x5n">Dana R.</div><div class="x5s">★★★★★</div><div class="x5d">September 12, 2024</div><div class="x5h">Best pack I have owned</div><div class="x5t">I took this on a four-day section of the Colorado Trail and it was comfortable the whole way. The back panel really does keep you cooler than my old pack, and I never felt the frame sheet digging into my shoulders even with five litres of water on the dry stretch. The hip belt pockets are the right size for snacks and a phone.</div><div class="x5f">Was this helpful? <a href="#">Yes (14)</a> <a href="#">No (1)</a></div></div>
<div class="x5"><div class="x5n">Marcus T.</div><div class="x5s">★★★☆☆</div><div class="x5d">August 30, 2024</div><div class="x5h">Good but runs small</div><div class="x5t">The build quality is excellent and the fabric feels tough, but the M/L torso was a little short for me at six foot three. The load lifters end up almost flat. If you are tall, try it on in a store first. I also wish the side pockets were deeper, my one-litre bottle falls out when I bend over to tie my shoes.</div><div class="x5f">Was this helpful? <a href="#">Yes (22)</a> <a href="#">No (3)</a></div></div>
<div class="x5"><div class="x5n">Priya S.</div><div class="x5s">★★★★★</div><div class="x5d">August 2, 2024</div><div class="x5h">Perfect for hut-to-hut</div><div class="x5t">Used it for a week in the Dolomites going from hut to hut. Forty litres was exactly enough for a sleeping bag liner, two changes of clothes, a puffy and rain gear. The lid that turns into a summit bag is a clever touch and I used it every day for the short climbs. The rust colour looks even better in person than in the photos.</div><div class="x5f">Was this helpful? <a href="#">Yes (9)</a> <a href="#">No (0)</a></div></div>
<div class="x5"><div class="x5n">Greg W.</div><div class="x5s">★★★★☆</div><div class="x5d">July 19, 2024</div><div class="x5h">Solid, one complaint</div><div class="x5t">Comfortable, well designed and the recycled fabric has held up to a lot of scrambling on granite. My only complaint is that the hydration sleeve is a tight fit for a full three-litre bladder, you have to load it before packing anything else. Customer service answered my question within a day, which I appreciated.</div><div class="x5f">Was this helpful? <a href="#">Yes (5)</a> <a href="#">No (0)</a></div></div>
<div class="x4more"><a href="#">Show more reviews</a></div></div></div>
<div class="x6"><div class="x6h">You may also like</div>
<div class="x6c"><a href="/p/halden-30"><img src="q.jpg" alt=""><div>Halden Trail 30L</div></a><div>$159.00</div></div>
<div class="x6c"><a href="/p/skarv-55"><img src="q.jpg" alt=""><div>Skarv 55L Trekking Pack</div></a><div>$249.00</div></div>
<div class="x6c"><a href="/p/rain-cover"><img src="q.jpg" alt=""><div>Pack Rain Cover M</div></a><div>$29.00</div></div>
<div class="x6c"><a href="/p/bladder"><img src="q.jpg" alt=""><div>Flow 3L Reservoir</div></a><div>$39.00</div></div></div></div>
<div class="x7"><div><a href="/help">Help center</a><a href="/shipping">Shipping</a><a href="/returns">Returns</a><a href="/warranty">Warranty</a></div><div><a href="/about">About us</a><a href="/stores">Stores</a><a href="/careers">Careers</a><a href="/press">Press</a></div><div>Join our list for 10% off your first order. <input><button>Sign up</button></div><div>© 2024 Northfold Outfitters Inc.</div></div>
</body></html>
)HTML",
            {"The Halden Trail is a 40-litre pack", "A front stretch pocket swallows a wet shell", "Recycled 210D ripstop nylon"},
            {"I took this on a four-day section", "The build quality is excellent", "Skarv 55L Trekking Pack", "Free shipping on orders", "Join our list for 10% off", "Help center"}};
}

Fresh de_forum() {
    return {"de: a forum thread, a question and four replies with ranks, a quote, signatures and similar threads",
            R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Wärmepumpe: Heizstab springt ständig an - Haustechnik-Forum</title></head><body>
<div class="hd"><a href="/">Haustechnik-Forum</a><div class="hd-n"><a href="/forum">Foren</a><a href="/neu">Neue Beiträge</a><a href="/suche">Suche</a><a href="/login">Anmelden</a><a href="/reg">Registrieren</a></div></div>
<div class="cc">Diese Website verwendet Cookies. <a href="#">Mehr erfahren</a> <button>OK</button></div>
<div class="wrap"><div class="crumbs"><a href="/">Foren</a> › <a href="/f/heizung">Heizung</a> › <a href="/f/waermepumpe">Wärmepumpen</a></div>
<div class="th-title">Wärmepumpe: Heizstab springt ständig an</div><div class="th-info">Gestartet von Heizungsfrosch · 12.12.2024 · 5 Antworten · 1.208 Aufrufe</div>
<div class="pg">Seite 1 von 1</div>
<div class="p-row" id="post1000"><div class="p-left"><img src="/av/Heizungsfrosch.png" alt=""><div class="p-user"><a href="/u/Heizungsfrosch">Heizungsfrosch</a></div><div class="p-rank">Mitglied seit 03/2019 · 412 Beiträge</div></div>
<div class="p-right"><div class="p-head"><span>12.12.2024, 21:14</span> <a href="#post1000">#1</a></div><div class="p-body">Hallo zusammen, wir haben im Frühjahr eine Luft-Wasser-Wärmepumpe in unser Haus von 1978 einbauen lassen. Seit es kälter ist, springt bei unter minus fünf Grad ständig der Heizstab an und der Stromverbrauch ist doppelt so hoch wie vom Installateur berechnet. Die Vorlauftemperatur steht auf 48 Grad, die Heizkurve auf 1,2. Hat jemand eine Idee, woran das liegen kann?</div><div class="p-sig">Vaillant aroTHERM plus 10 kW · 140 m² · Bj. 1978</div><div class="p-act"><a href="#">Zitieren</a> <a href="#">Melden</a> <a href="#">👍 0</a></div></div></div><div class="p-row" id="post1001"><div class="p-left"><img src="/av/kalle_w.png" alt=""><div class="p-user"><a href="/u/kalle_w">kalle_w</a></div><div class="p-rank">Mitglied seit 11/2021 · 88 Beiträge</div></div>
<div class="p-right"><div class="p-head"><span>12.12.2024, 21:47</span> <a href="#post1001">#2</a></div><div class="p-body">Das klingt nach einer zu steilen Heizkurve und zu hohem Bivalenzpunkt. Schau mal im Installateurmenü, ab welcher Außentemperatur der Heizstab freigegeben wird. Bei uns stand der Wert ab Werk auf plus zwei Grad, das ist viel zu hoch. Ich habe ihn auf minus zwölf gesetzt und seitdem läuft der Stab praktisch nie.</div><div class="p-act"><a href="#">Zitieren</a> <a href="#">Melden</a> <a href="#">👍 3</a></div></div></div><div class="p-row" id="post1002"><div class="p-left"><img src="/av/Energiefuchs.png" alt=""><div class="p-user"><a href="/u/Energiefuchs">Energiefuchs</a></div><div class="p-rank">Moderator · 5.903 Beiträge</div></div>
<div class="p-right"><div class="p-head"><span>13.12.2024, 07:02</span> <a href="#post1002">#3</a></div><div class="p-body"><blockquote class="bbq"><cite>kalle_w schrieb:</cite>Ich habe ihn auf minus zwölf gesetzt und seitdem läuft der Stab praktisch nie.</blockquote>Bevor du am Bivalenzpunkt drehst, solltest du prüfen, ob die Heizlast überhaupt stimmt. Bei einem Haus aus den Siebzigern ohne Dämmung kann eine zu klein ausgelegte Pumpe bei Frost schlicht nicht genug Leistung bringen. Dann hilft auch die beste Einstellung nicht. Hast du eine Heizlastberechnung nach DIN EN 12831 bekommen, oder wurde nur nach Faustformel dimensioniert?</div><div class="p-sig">Bitte keine Fachfragen per PN – dafür ist das Forum da.</div><div class="p-act"><a href="#">Zitieren</a> <a href="#">Melden</a> <a href="#">👍 6</a></div></div></div><div class="p-row" id="post1003"><div class="p-left"><img src="/av/Birgit_H.png" alt=""><div class="p-user"><a href="/u/Birgit_H">Birgit_H</a></div><div class="p-rank">Mitglied seit 01/2024 · 12 Beiträge</div></div>
<div class="p-right"><div class="p-head"><span>13.12.2024, 09:38</span> <a href="#post1003">#4</a></div><div class="p-body">Wir hatten genau das gleiche Problem. Bei uns war es am Ende der hydraulische Abgleich, der nie gemacht wurde. Zwei Heizkörper im Obergeschoss waren fast kalt, also hat die Regelung die Vorlauftemperatur immer weiter hochgezogen. Nach dem Abgleich konnten wir auf 42 Grad runter und der Verbrauch ist um ein Drittel gesunken.</div><div class="p-act"><a href="#">Zitieren</a> <a href="#">Melden</a> <a href="#">👍 9</a></div></div></div><div class="p-row" id="post1004"><div class="p-left"><img src="/av/kalle_w.png" alt=""><div class="p-user"><a href="/u/kalle_w">kalle_w</a></div><div class="p-rank">Mitglied seit 11/2021 · 88 Beiträge</div></div>
<div class="p-right"><div class="p-head"><span>13.12.2024, 18:20</span> <a href="#post1004">#5</a></div><div class="p-body">Danke euch allen! Die Heizlastberechnung habe ich gefunden, die Pumpe ist mit neun Kilowatt knapp, aber passend ausgelegt. Der Heizstab war tatsächlich ab plus einem Grad freigegeben. Ich habe ihn jetzt auf minus zehn gestellt und lasse nächste Woche den hydraulischen Abgleich machen. Ich berichte, wie es weitergeht.</div><div class="p-act"><a href="#">Zitieren</a> <a href="#">Melden</a> <a href="#">👍 12</a></div></div></div>
<div class="th-sim"><div class="th-sh">Ähnliche Themen</div><ul><li><a href="/t/1">Wärmepumpe taktet im Sommer bei Warmwasser</a> – 14 Antworten</li><li><a href="/t/2">Heizkurve richtig einstellen – Anleitung?</a> – 33 Antworten</li><li><a href="/t/3">Stromtarif für Wärmepumpe lohnt sich das?</a> – 21 Antworten</li></ul></div>
<div class="reply">Du musst angemeldet sein, um antworten zu können. <a href="/login">Anmelden</a> oder <a href="/reg">Registrieren</a></div></div>
<div class="ft"><a href="/regeln">Forenregeln</a> <a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/hilfe">Hilfe</a> © 2024 Haustechnik-Forum</div></body></html>)HTML",
            {"Luft-Wasser-Wärmepumpe in unser Haus von 1978", "Das klingt nach einer zu steilen Heizkurve", "Bevor du am Bivalenzpunkt drehst", "hydraulische Abgleich, der nie gemacht wurde", "Ich berichte, wie es weitergeht."},
            {"Vaillant aroTHERM plus", "Mitglied seit 03/2019", "Wärmepumpe taktet im Sommer", "Diese Website verwendet Cookies", "Forenregeln"}};
}

Fresh de_short_long_comments() {
    return {"de: a two-paragraph news item under ten readers' comments three times its length, semantic tags",
            R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Weserbrücke wird ab Montag voll gesperrt | Kurier am Hafen</title>
<meta property="og:title" content="Weserbrücke wird ab Montag voll gesperrt"></head><body>
<header><a href="/">Kurier am Hafen</a><nav><a href="/lokal">Lokales</a><a href="/sport">Sport</a><a href="/kultur">Kultur</a><a href="/abo">Abo</a></nav></header>
<div class="cmp">Wir und unsere Partner verarbeiten personenbezogene Daten. <button>Akzeptieren</button><button>Ablehnen</button></div>
<main><div class="g"><div class="g-l">
<h2>Weserbrücke wird ab Montag voll gesperrt</h2>
<div class="by">Von Frauke Janßen · 4. November 2024, 06:00 Uhr</div>
<p>Die Weserbrücke zwischen Altstadt und Südufer wird ab Montag für voraussichtlich achtzehn Monate vollständig gesperrt. Das teilte die Stadtverwaltung am Freitag mit. Grund ist die seit Jahren geplante Sanierung der Stahlbetonträger.</p>
<p>Autos und Lastwagen werden über die Hafenstraße umgeleitet; die Buslinien 3 und 7 fahren ebenfalls über die Umleitung. Die Fähre am Alten Hafen soll in der Bauzeit häufiger verkehren.</p>
<div class="ad">Anzeige</div>
<div class="cs"><h3>10 Kommentare</h3><ul class="cl"><li class="c"><div class="c-a"><img src="/a.png" alt=""><b>Rolf_Bremen</b><time datetime="2024-11-01T10:00">vor 2 Stunden</time></div><p>Das ist doch wieder typisch. Jahrelang wird über die Sanierung geredet, und jetzt, wo endlich Geld da ist, wird die Brücke trotzdem komplett gesperrt. Warum kann man nicht wenigstens eine Spur für Radfahrer offen lassen, wie es in anderen Städten auch gemacht wird? Die Umleitung über die Hafenstraße ist für Schulkinder lebensgefährlich.</p><div class="c-f"><button>Antworten</button> <button>Melden</button> <span>1 Gefällt mir</span></div></li><li class="c"><div class="c-a"><img src="/a.png" alt=""><b>M. Oltmanns</b><time datetime="2024-11-02T11:00">vor 3 Stunden</time></div><p>Ich pendle jeden Tag über die Brücke zur Arbeit ins Industriegebiet. Mit dem Bus über die Umleitung brauche ich jetzt fast fünfzig Minuten statt zwanzig. Achtzehn Monate lang! Hat bei der Stadt eigentlich irgendjemand an die Leute gedacht, die keinen Homeoffice-Job haben und auf den Nahverkehr angewiesen sind?</p><div class="c-f"><button>Antworten</button> <button>Melden</button> <span>3 Gefällt mir</span></div></li><li class="c"><div class="c-a"><img src="/a.png" alt=""><b>Nordlicht64</b><time datetime="2024-11-03T12:00">vor 4 Stunden</time></div><p>Man muss auch mal die andere Seite sehen. Die Brücke ist über sechzig Jahre alt und der Beton war laut Gutachten schon vor zehn Jahren marode. Lieber jetzt achtzehn Monate Umleitung als dass irgendwann ein Lastwagen durchbricht. Ich bin froh, dass endlich etwas passiert, auch wenn es nervt.</p><div class="c-f"><button>Antworten</button> <button>Melden</button> <span>5 Gefällt mir</span></div></li><li class="c"><div class="c-a"><img src="/a.png" alt=""><b>Tanja S.</b><time datetime="2024-11-04T13:00">vor 5 Stunden</time></div><p>Weiß jemand, ob die Fähre am Alten Hafen während der Bauzeit öfter fahren wird? In der Pressemitteilung der Stadt stand etwas von einem Zusatzangebot, aber ich finde dazu nirgends genaue Zeiten. Für uns auf der Südseite wäre das die einzige vernünftige Verbindung in die Innenstadt.</p><div class="c-f"><button>Antworten</button> <button>Melden</button> <span>7 Gefällt mir</span></div></li><li class="c"><div class="c-a"><img src="/a.png" alt=""><b>Rolf_Bremen</b><time datetime="2024-11-05T14:00">vor 6 Stunden</time></div><p>@Nordlicht64 Niemand bestreitet, dass saniert werden muss. Es geht darum, wie schlecht das geplant ist. In Hamburg hat man bei einer vergleichbaren Brücke abschnittsweise gebaut und immer zwei Spuren offen gelassen. Das hätte man hier auch prüfen können, stattdessen wird einfach alles dichtgemacht.</p><div class="c-f"><button>Antworten</button> <button>Melden</button> <span>9 Gefällt mir</span></div></li><li class="c"><div class="c-a"><img src="/a.png" alt=""><b>Henning W.</b><time datetime="2024-11-06T15:00">vor 7 Stunden</time></div><p>Ich wohne direkt an der Hafenstraße und wir bekommen jetzt den ganzen Umleitungsverkehr ab, auch die Lastwagen. Schon am ersten Tag war nachts um drei Lärm wie auf der Autobahn. Gibt es irgendeine Entschädigung oder zumindest Lärmschutz für die Anwohner? Davon steht im Artikel leider gar nichts.</p><div class="c-f"><button>Antworten</button> <button>Melden</button> <span>11 Gefällt mir</span></div></li><li class="c"><div class="c-a"><img src="/a.png" alt=""><b>Klaus-Dieter</b><time datetime="2024-11-07T16:00">vor 8 Stunden</time></div><p>Achtzehn Monate, das glaube ich erst, wenn es so weit ist. Bei der Sanierung des Rathausplatzes hieß es auch ein Jahr, am Ende waren es fast drei. Ich wette, wir reden hier im Jahr 2027 immer noch über die Sperrung und die Kosten haben sich bis dahin verdoppelt.</p><div class="c-f"><button>Antworten</button> <button>Melden</button> <span>13 Gefällt mir</span></div></li><li class="c"><div class="c-a"><img src="/a.png" alt=""><b>Anke P.</b><time datetime="2024-11-08T17:00">vor 9 Stunden</time></div><p>Für Radfahrer ist die Umleitung eine Katastrophe. Kein Radweg, Kopfsteinpflaster und dann noch die Bahnschienen am Kai. Ich habe der Stadt schon geschrieben, aber bisher keine Antwort bekommen. Vielleicht sollten sich alle Betroffenen zusammentun und gemeinsam eine Eingabe beim Bauausschuss machen.</p><div class="c-f"><button>Antworten</button> <button>Melden</button> <span>15 Gefällt mir</span></div></li><li class="c"><div class="c-a"><img src="/a.png" alt=""><b>Jörg</b><time datetime="2024-11-01T18:00">vor 10 Stunden</time></div><p>Die Fähre fährt laut Aushang ab Montag alle fünfzehn Minuten statt halbstündlich, morgens ab halb sechs. Das steht allerdings nur am Anleger und nicht auf der Internetseite der Verkehrsbetriebe, was ich ziemlich ärgerlich finde. Vielleicht kann die Redaktion da noch einmal nachfragen.</p><div class="c-f"><button>Antworten</button> <button>Melden</button> <span>17 Gefällt mir</span></div></li><li class="c"><div class="c-a"><img src="/a.png" alt=""><b>Svenja L.</b><time datetime="2024-11-02T19:00">vor 11 Stunden</time></div><p>Danke für den Hinweis mit der Fähre, Jörg! Dann nehme ich das Rad mit auf die Fähre, das ist wahrscheinlich sogar schneller als vorher über die Brücke. Trotzdem ist es schade, dass die Informationspolitik der Stadt so schlecht ist und man sich alles selbst zusammensuchen muss.</p><div class="c-f"><button>Antworten</button> <button>Melden</button> <span>19 Gefällt mir</span></div></li></ul><a href="#">Weitere Kommentare laden</a></div>
</div>
<aside class="g-r"><h3>Meistgelesen</h3><ol><li><a href="/a1">Neues Hallenbad: Eröffnung verschiebt sich erneut</a></li><li><a href="/a2">Wochenmarkt zieht auf den Domplatz</a></li><li><a href="/a3">Polizei sucht Zeugen nach Unfall an der B6</a></li><li><a href="/a4">Werder-Fans feiern Auswärtssieg</a></li></ol></aside></div></main>
<footer><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/agb">AGB</a> <a href="/kontakt">Kontakt</a> <a href="/mediadaten">Mediadaten</a> <a href="/karriere">Karriere</a> © Kurier am Hafen</footer></body></html>)HTML",
            {"Die Weserbrücke zwischen Altstadt und Südufer", "Autos und Lastwagen werden über die Hafenstraße"},
            {"Das ist doch wieder typisch", "Ich pendle jeden Tag", "Die Fähre fährt laut Aushang", "Neues Hallenbad", "Mediadaten", "Wir und unsere Partner"}};
}

Fresh en_blog_bio() {
    return {"en: a short essay whose author box, headed 'About' and the name, is longer than its paragraphs (hashed classes)",
            R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Why I stopped using standing desks | Quiet Desk</title></head>
<body><div class="css-1q2w"><a href="/">Quiet Desk</a><div class="css-9k"><a href="/essays">Essays</a><a href="/tools">Tools</a><a href="/newsletter">Newsletter</a><a href="/about">About</a></div></div>
<div class="css-4r"><div class="css-5t">
<div class="css-h">Why I stopped using standing desks</div>
<div class="css-sub">Three years of standing all day taught me that the position matters less than the changes.</div>
<div class="css-date">March 3, 2024 · 4 min read</div>
<div class="css-p">I bought my first standing desk in 2020, the month everyone started working from home. For the first few weeks I stood for eight hours a day and felt proud of it.</div>
<div class="css-p">By the spring my feet hurt and my lower back ached in a new place. A physiotherapist told me that standing still is not much better than sitting still; the body wants to move between positions.</div>
<div class="css-p">Now I sit on an ordinary chair, take a short walk every hour and stand only for calls. My back has never felt better.</div>
<div class="css-tags"><a href="/t/health">health</a> <a href="/t/workspace">workspace</a></div>
<div class="css-bio"><img src="me.jpg" alt=""><div><div class="css-bn">About Jonas Whitfield</div><div class="css-bt">Jonas Whitfield is a writer and former software engineer who has spent the last decade thinking about how people work at desks. His essays on ergonomics, attention and remote work have appeared in several magazines and have been translated into six languages. Before starting Quiet Desk he led a team building scheduling tools for hospitals in Manchester, where he still lives with his partner, two children and a very patient greyhound named Biscuit. When he is not writing he restores old bicycles and walks the Pennine Way in sections, one weekend at a time.</div><div><a href="https://x.example/jw">Follow on X</a> <a href="/about">Read more</a></div></div></div>
<div class="css-nl"><div>Get the next essay in your inbox</div><div>One essay a week, no spam. Unsubscribe any time.</div><input><button>Subscribe</button></div>
<div class="css-rel"><div>Keep reading</div><a href="/e/1"><div>The case against productivity apps</div><div>Most of them solve a problem you did not have until you installed them.</div></a><a href="/e/2"><div>A year without notifications</div><div>What happened when I turned every single one of them off.</div></a></div>
</div></div>
<div class="css-ft"><a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <a href="/rss">RSS</a> © 2024 Quiet Desk</div>
</body></html>
)HTML",
            {"I bought my first standing desk in 2020", "By the spring my feet hurt", "Now I sit on an ordinary chair"},
            {"former software engineer who has spent", "About Jonas Whitfield", "One essay a week, no spam", "The case against productivity apps", "Follow on X"}};
}

Fresh fr_blog_bio() {
    return {"fr: a how-to whose <article> ends on the writer's box, 'À propos de' and her name over a paragraph about her",
            R"HTML(<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Réparer une chaise paillée soi-même – L'Atelier du dimanche</title></head>
<body><header><a href="/">L'Atelier du dimanche</a><nav><a href="/bois">Bois</a><a href="/textile">Textile</a><a href="/jardin">Jardin</a><a href="/contact">Contact</a></nav></header>
<main><article><h1>Réparer une chaise paillée soi-même</h1><p class="meta">Publié le 14 avril 2024</p>
<p>Une assise en paille de seigle qui se creuse n'est pas une fatalité. Avec deux bottes de paille, un peu de ficelle et un après-midi de patience, on refait une chaise entière.</p>
<p>Commencez par retirer l'ancienne paille en notant le sens du tressage, puis humidifiez la nouvelle pour qu'elle reste souple pendant tout le travail.</p>
<footer class="auteur"><img src="/img/claire.jpg" alt=""><div><h3>À propos de Claire Vasseur</h3><p>Claire Vasseur est ébéniste et restauratrice de mobilier ancien près de Tours. Après quinze ans passés dans un atelier de restauration pour des musées, elle a ouvert sa propre boutique où elle répare les chaises, fauteuils et bahuts de ses voisins. Elle anime aussi des stages d'initiation au cannage et au paillage pour les débutants, et écrit ici chaque mois sur les gestes simples qui permettent de garder ses meubles plus longtemps.</p><p><a href="/auteurs/claire">Tous ses articles</a></p></div></footer>
</article>
<aside><h2>À lire aussi</h2><ul><li><a href="/a/1">Décaper un buffet sans produits chimiques</a></li><li><a href="/a/2">Les bases du cannage</a></li></ul></aside></main>
<footer><a href="/mentions-legales">Mentions légales</a> <a href="/cookies">Cookies</a> © 2024 L'Atelier du dimanche</footer></body></html>
)HTML",
            {"Une assise en paille de seigle", "Commencez par retirer l'ancienne paille"},
            {"Claire Vasseur est ébéniste", "Tous ses articles", "Décaper un buffet", "Mentions légales"}};
}

Fresh de_landing() {
    return {"de: a landing page, hero, feature cards of an icon, a title and a sentence, pricing boxes, a footer of link columns",
            R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Taktwerk – Dienstplanung für Pflegeteams</title><meta name="description" content="Dienstpläne in Minuten statt Stunden."></head>
<body><div class="_n1"><a href="/">Taktwerk</a><div class="_n2"><a href="#funktionen">Funktionen</a><a href="#preise">Preise</a><a href="/kunden">Kunden</a><a href="/blog">Blog</a><a href="/login">Login</a><a href="/demo" class="_b">Demo buchen</a></div></div>
<div class="_ck">Wir nutzen Cookies für Analyse und Marketing. <a href="/datenschutz">Details</a> <button>Alle erlauben</button> <button>Nur notwendige</button></div>
<div class="_h"><div class="_h1">Dienstpläne in Minuten statt Stunden</div><div class="_h2">Taktwerk plant Schichten für Pflegeheime und ambulante Dienste automatisch, berücksichtigt Wünsche, Qualifikationen und Arbeitszeitgesetz und verteilt den fertigen Plan direkt aufs Handy.</div><a href="/demo" class="_b">Kostenlos testen</a> <a href="/video">Video ansehen (2 Min.)</a></div>
<div class="_lg"><span>Vertraut von über 900 Einrichtungen</span><img src="l1.svg" alt="Logo"><img src="l2.svg" alt="Logo"><img src="l3.svg" alt="Logo"></div>
<div class="_fx" id="funktionen">
<div class="_f"><img src="i1.svg" alt=""><div class="_ft">Automatische Planung</div><div class="_fd">Der Algorithmus erstellt aus Bedarf, Verfügbarkeiten und Wunschfrei einen Plan, der alle gesetzlichen Ruhezeiten einhält.</div></div>
<div class="_f"><img src="i2.svg" alt=""><div class="_ft">Tausch per App</div><div class="_fd">Mitarbeitende bieten Schichten in der App zum Tausch an; die Leitung bestätigt mit einem Fingertipp.</div></div>
<div class="_f"><img src="i3.svg" alt=""><div class="_ft">Zeiterfassung inklusive</div><div class="_fd">Ist-Zeiten werden per Stempeluhr oder Smartphone erfasst und gehen monatlich an die Lohnbuchhaltung.</div></div>
<div class="_f"><img src="i4.svg" alt=""><div class="_ft">DSGVO-konform in Deutschland gehostet</div><div class="_fd">Alle Daten liegen in zertifizierten Rechenzentren in Frankfurt und werden nach BSI-Grundschutz verarbeitet.</div></div>
</div>
<div class="_q"><div class="_qt">„Seit wir Taktwerk nutzen, spart unsere Pflegedienstleitung jede Woche einen ganzen Arbeitstag bei der Planung.“</div><div class="_qa">Martina Kühn, Heimleitung Haus am Park, Kassel</div></div>
<div class="_pr" id="preise"><div class="_prh">Preise</div>
<div class="_pb"><div class="_pn">Basis</div><div class="_pp">3 € pro Mitarbeitendem / Monat</div><ul><li>Dienstplanung</li><li>Mitarbeiter-App</li><li>E-Mail-Support</li></ul><a href="/demo">Starten</a></div>
<div class="_pb"><div class="_pn">Pro</div><div class="_pp">5 € pro Mitarbeitendem / Monat</div><ul><li>Alles aus Basis</li><li>Zeiterfassung</li><li>Lohnexport</li></ul><a href="/demo">Starten</a></div>
<div class="_pb"><div class="_pn">Enterprise</div><div class="_pp">auf Anfrage</div><ul><li>Mehrere Standorte</li><li>SSO</li><li>Persönlicher Ansprechpartner</li></ul><a href="/kontakt">Kontakt</a></div></div>
<div class="_cta"><div>Bereit für den nächsten Dienstplan?</div><a href="/demo">Jetzt 30 Tage kostenlos testen</a></div>
<div class="_fo"><div><div>Produkt</div><a href="/funktionen">Funktionen</a><a href="/preise">Preise</a><a href="/sicherheit">Sicherheit</a><a href="/integrationen">Integrationen</a></div><div><div>Unternehmen</div><a href="/ueber-uns">Über uns</a><a href="/jobs">Jobs</a><a href="/presse">Presse</a></div><div><div>Rechtliches</div><a href="/impressum">Impressum</a><a href="/datenschutz">Datenschutz</a><a href="/agb">AGB</a></div><div>© 2024 Taktwerk GmbH, Kassel</div></div>
</body></html>
)HTML",
            {"Taktwerk plant Schichten für Pflegeheime", "Der Algorithmus erstellt aus Bedarf", "Mitarbeitende bieten Schichten in der App", "Alle Daten liegen in zertifizierten Rechenzentren"},
            {"Wir nutzen Cookies für Analyse", "Rechtliches", "Unternehmen"}};
}

Fresh es_landing() {
    return {"es: a landing page whose feature cards (icon box, title, sentence) follow a hero that wins alone",
            R"HTML(<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Huerta Clara – Cestas de verdura ecológica a domicilio</title></head>
<body><div class="a0"><a href="/">Huerta Clara</a><a href="/cestas">Cestas</a><a href="/como-funciona">Cómo funciona</a><a href="/productores">Productores</a><a href="/entrar">Entrar</a></div>
<div class="a1"><div class="a2">Verdura de temporada, del campo a tu puerta en 24 horas</div><div class="a3">Cada semana recogemos lo que está en su punto en seis huertas de la vega del Jarama y te lo llevamos a casa, sin intermediarios ni cámaras frigoríficas.</div><a href="/cestas">Elegir mi cesta</a></div>
<div class="a4">
<div class="a5"><div class="a6"><img src="/i/tractor.png"></div><div class="a7"><div class="a8">Cosechado el día antes</div><div class="a9">Los agricultores cortan la verdura la tarde anterior al reparto, así llega con todo su sabor.</div></div></div>
<div class="a5"><div class="a6"><img src="/i/caja.png"></div><div class="a7"><div class="a8">Sin plástico</div><div class="a9">Las cestas son de madera retornable y el repartidor se lleva la vacía en la siguiente entrega.</div></div></div>
<div class="a5"><div class="a6"><img src="/i/pausa.png"></div><div class="a7"><div class="a8">Pausa cuando quieras</div><div class="a9">¿Te vas de vacaciones? Salta una semana desde tu cuenta con un solo clic y sin penalización.</div></div></div>
</div>
<div class="b1"><div class="b2">Cesta pequeña</div><div class="b3">19 € / semana</div><a href="/c/s">Suscribirme</a></div><div class="b1"><div class="b2">Cesta familiar</div><div class="b3">32 € / semana</div><a href="/c/l">Suscribirme</a></div>
<div class="c1"><a href="/aviso-legal">Aviso legal</a> <a href="/privacidad">Privacidad</a> <a href="/cookies">Cookies</a> <a href="/faq">Preguntas frecuentes</a> <a href="/contacto">Contacto</a> © 2024 Huerta Clara S. Coop.</div>
</body></html>
)HTML",
            {"Cada semana recogemos lo que está en su punto", "Los agricultores cortan la verdura", "Las cestas son de madera retornable", "Salta una semana desde tu cuenta"},
            {"Aviso legal", "Preguntas frecuentes"}};
}

Fresh en_docs() {
    return {"en: a documentation page with code blocks, a long sidebar menu, an 'on this page' box and a feedback widget",
            R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Rate limiting | Ferrule Docs</title></head>
<body><div class="d-top"><a href="/">Ferrule</a> <a href="/docs">Docs</a> <a href="/api">API reference</a> <a href="/changelog">Changelog</a> <a href="https://github.example/ferrule">GitHub</a> <input placeholder="Search docs"></div>
<div class="d-grid"><div class="d-nav"><div class="d-sec">Getting started</div><a href="/docs/install">Installation</a><a href="/docs/quickstart">Quickstart</a><a href="/docs/config">Configuration</a><div class="d-sec">Guides</div><a href="/docs/auth">Authentication</a><a href="/docs/rate-limiting">Rate limiting</a><a href="/docs/retries">Retries and backoff</a><a href="/docs/webhooks">Webhooks</a><a href="/docs/pagination">Pagination</a><a href="/docs/errors">Error handling</a><div class="d-sec">Deployment</div><a href="/docs/docker">Docker</a><a href="/docs/k8s">Kubernetes</a><a href="/docs/metrics">Metrics</a></div>
<div class="d-main"><div class="d-md">
<h1>Rate limiting</h1>
<p>Ferrule limits each client with a token bucket. Every request takes one token; tokens refill at a fixed rate, and a client whose bucket is empty receives <code>429 Too Many Requests</code> until a token is free again.</p>
<h2 id="configure">Configuring a limit</h2>
<p>Limits are set per route in <code>ferrule.toml</code>:</p>
<pre><code>[routes."/search"]
rate = "20/s"
burst = 40
key = "header:X-Api-Key"</code></pre>
<p>The <code>burst</code> value is the size of the bucket. A client may send 40 requests at once, then 20 per second.</p>
<h2 id="headers">Response headers</h2>
<p>Every response carries the remaining budget, so clients can slow down before they are refused.</p>
<pre><code>X-RateLimit-Limit: 20
X-RateLimit-Remaining: 13
Retry-After: 2</code></pre>
<h2 id="cluster">Limits across a cluster</h2>
<p>With more than one instance, point Ferrule at a shared Redis so the buckets are counted together. Without it each instance counts on its own and the effective limit is multiplied by the number of instances.</p>
<div class="d-note">Note: Redis 6.2 or newer is required for the atomic refill script.</div>
<div class="d-foot"><a href="https://github.example/ferrule/edit/main/docs/rate-limiting.md">Edit this page</a> · Last updated on Feb 11, 2024</div>
<div class="d-pn"><a href="/docs/auth">‹ Authentication</a> <a href="/docs/retries">Retries and backoff ›</a></div>
<div class="d-fb">Was this page helpful? <button>Yes</button> <button>No</button></div>
</div></div>
<div class="d-toc"><div>On this page</div><a href="#configure">Configuring a limit</a><a href="#headers">Response headers</a><a href="#cluster">Limits across a cluster</a></div></div>
<div class="d-ft">© 2024 Ferrule contributors · <a href="/license">MIT License</a> · <a href="/privacy">Privacy</a></div>
</body></html>
)HTML",
            {"Ferrule limits each client with a token bucket", "rate = \"20/s\"", "X-RateLimit-Remaining: 13", "point Ferrule at a shared Redis"},
            {"Retries and backoff", "Kubernetes", "On this page", "Was this page helpful?", "MIT License"}};
}

Fresh de_faq() {
    return {"de: an FAQ of <details> boxes, FAQPage JSON-LD, a sidebar of service notices",
            R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Häufige Fragen zum Deutschlandticket | Verkehrsverbund Mittelweser</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Wo gilt das Deutschlandticket?","acceptedAnswer":{"@type":"Answer","text":"Im gesamten Nahverkehr in Deutschland."}}]}</script></head>
<body><div class="k1"><a href="/">VMW</a><div class="k2"><a href="/fahrplan">Fahrplan</a><a href="/tickets">Tickets</a><a href="/service">Service</a><a href="/stoerungen">Störungen</a></div></div>
<div class="k3"><div class="k4"><a href="/">Start</a> › <a href="/tickets">Tickets</a> › FAQ</div>
<div class="k5">Häufige Fragen zum Deutschlandticket</div>
<details class="k6"><summary>Wo gilt das Deutschlandticket?</summary><div>Im gesamten öffentlichen Nahverkehr in Deutschland, also in Bussen, Straßenbahnen, U- und S-Bahnen sowie in Regionalzügen der 2. Klasse.</div></details>
<details class="k6"><summary>Kann ich das Ticket monatlich kündigen?</summary><div>Ja. Das Abonnement ist jeweils bis zum 10. eines Monats zum Monatsende kündbar, online im Kundenportal oder schriftlich.</div></details>
<details class="k6"><summary>Darf ich ein Fahrrad mitnehmen?</summary><div>Die Fahrradmitnahme ist nicht enthalten. Im Verbundgebiet brauchen Sie dafür eine Fahrradtageskarte für 3,50 Euro.</div></details>
<details class="k6"><summary>Gibt es eine Ermäßigung für Auszubildende?</summary><div>Auszubildende und Freiwilligendienstleistende erhalten das Ticket als Jobticket über ihren Betrieb oft deutlich günstiger.</div></details>
<details class="k6"><summary>Was passiert, wenn ich mein Handy verliere?</summary><div>Melden Sie den Verlust im Kundenportal. Das Ticket wird gesperrt und auf Ihrem neuen Gerät kostenlos neu ausgestellt.</div></details>
<div class="k7"><div>Ihre Frage war nicht dabei?</div><a href="/kontakt">Kontaktformular</a> <a href="tel:0421123456">0421 123456</a></div>
</div>
<div class="k8"><div class="k9"><div>Aktuelle Störungen</div><a href="/s/1">Linie 24: Umleitung wegen Bauarbeiten am Markt bis Freitag</a><a href="/s/2">RS 2: Schienenersatzverkehr zwischen Achim und Verden am Wochenende</a></div></div>
<div class="k10"><a href="/impressum">Impressum</a> <a href="/datenschutz">Datenschutz</a> <a href="/barrierefreiheit">Barrierefreiheit</a> <a href="/presse">Presse</a> <a href="/karriere">Karriere</a></div>
</body></html>
)HTML",
            {"Im gesamten öffentlichen Nahverkehr", "bis zum 10. eines Monats", "Fahrradtageskarte für 3,50 Euro", "kostenlos neu ausgestellt"},
            {"Umleitung wegen Bauarbeiten", "Schienenersatzverkehr", "Barrierefreiheit"}};
}

Fresh en_event() {
    return {"en: an event page (HTML5 sections, Event JSON-LD) with a schedule, a facts box and more events",
            R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Night of the Tidepools – Harbor Science Center</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Event","name":"Night of the Tidepools","startDate":"2024-07-20T19:30","location":{"@type":"Place","name":"Harbor Science Center"}}</script></head>
<body><header class="site"><a href="/">Harbor Science Center</a><nav><a href="/visit">Visit</a><a href="/events">Events</a><a href="/exhibits">Exhibits</a><a href="/members">Membership</a><a href="/donate">Donate</a></nav></header>
<main><section class="ev-hero"><h1>Night of the Tidepools</h1><p class="ev-when">Saturday, July 20, 2024 · 7:30–10:00 pm</p><p class="ev-where">North Jetty, meet at the Science Center steps</p><a class="btn" href="/tickets/4411">Get tickets</a></section>
<section class="ev-body"><h2>About this event</h2>
<p>The lowest tide of the summer falls after dark this year. Join our marine biologists with red-light headlamps to see what comes out of the rocks at night: feeding sea stars, hermit crabs changing shells and, if we are lucky, an octopus.</p>
<p>The walk covers about a mile over wet, uneven rock. Wear shoes that can get soaked and bring a warm layer; it is cold on the jetty even in July.</p>
<h2>Schedule</h2><ul><li>7:30 pm – Welcome and safety talk in the atrium</li><li>8:00 pm – Guided tidepool walk in small groups</li><li>9:30 pm – Hot chocolate and a look through the microscopes</li></ul>
<h2>Good to know</h2><p>Suitable for ages 8 and up; children must be accompanied by an adult. The walk is not accessible by wheelchair, but the microscope session in the atrium is.</p></section>
<aside class="ev-facts"><dl><dt>Price</dt><dd>$18 adults, $12 members, $8 children</dd><dt>Capacity</dt><dd>60 people</dd><dt>Contact</dt><dd>events@harbor.example</dd></dl></aside>
<section class="ev-more"><h2>More events</h2>
<article><a href="/e/1"><h3>Whale Watching Sunrise Cruise</h3></a><p>Sunday, August 4 · 6:00 am</p></article>
<article><a href="/e/2"><h3>Kids' Microscope Lab</h3></a><p>Every Wednesday · 3:30 pm</p></article>
<article><a href="/e/3"><h3>Lecture: Kelp Forests in a Warming Ocean</h3></a><p>Thursday, August 15 · 6:00 pm</p></article></section></main>
<footer><section><h4>Hours</h4><p>Open daily 10 am – 5 pm</p></section><section><h4>Follow us</h4><a href="#">Instagram</a> <a href="#">Facebook</a> <a href="#">YouTube</a></section><p>© 2024 Harbor Science Center, a nonprofit organization. <a href="/privacy">Privacy</a> <a href="/accessibility">Accessibility</a></p></footer>
</body></html>
)HTML",
            {"The lowest tide of the summer falls after dark", "Wear shoes that can get soaked", "Guided tidepool walk in small groups", "Suitable for ages 8 and up",
             "Saturday, July 20, 2024 · 7:30–10:00 pm", "North Jetty, meet at the Science Center steps", "$18 adults, $12 members, $8 children", "60 people"},
            {"Whale Watching Sunrise Cruise", "Kids' Microscope Lab", "Open daily 10 am", "Membership"}};
}

Fresh de_table_layout() {
    return {"de: a club's history in an old table layout, <font> and <br> paragraphs, between a menu cell and a cell of notices",
            R"HTML(<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Heimatverein Oberlinden e.V. - Chronik</title></head>
<body bgcolor="#ffffff"><table width="900" cellpadding="0" cellspacing="0" border="0"><tr><td colspan="3"><img src="kopf.jpg" width="900" height="120"></td></tr>
<tr><td width="180" valign="top" bgcolor="#e8e0c8"><table width="100%"><tr><td><a href="index.html">Startseite</a></td></tr><tr><td><a href="verein.html">Der Verein</a></td></tr><tr><td><a href="chronik.html">Chronik</a></td></tr><tr><td><a href="termine.html">Termine</a></td></tr><tr><td><a href="museum.html">Heimatmuseum</a></td></tr><tr><td><a href="bilder.html">Bildergalerie</a></td></tr><tr><td><a href="gaestebuch.html">Gästebuch</a></td></tr><tr><td><a href="kontakt.html">Kontakt</a></td></tr></table>
<br><font size="1">Besucher seit 2003: 48.211</font></td>
<td width="540" valign="top"><font face="Verdana" size="2"><b><font size="4">Die Geschichte der Lindener Mühle</font></b><br><br>
Die Mühle am Lindenbach wird zum ersten Mal im Jahr 1432 in einer Urkunde des Klosters Marienthal erwähnt. Damals mahlte sie Korn für die Bauern aus Oberlinden und den drei Nachbardörfern, die zum Mahlen hierher verpflichtet waren.<br><br>
Im Dreißigjährigen Krieg brannte die Mühle zweimal ab. Der Müller Caspar Reinhardt baute sie 1651 aus Bruchstein wieder auf; der Türsturz mit seinen Initialen ist bis heute über dem Eingang zu sehen.<br><br>
Bis 1958 lief das Wasserrad. Danach wurde mit einem Elektromotor gemahlen, bis der letzte Müller, Wilhelm Brandt, den Betrieb 1971 aus Altersgründen aufgab. Der Heimatverein kaufte das Gebäude 1989 und richtete darin das Heimatmuseum ein.<br><br>
Heute dreht sich das restaurierte Rad wieder an jedem ersten Sonntag im Monat. Besucher können dann zusehen, wie Dinkel auf den alten Steinen gemahlen wird.<br><br>
<i>Text: Gerda Brandt, nach Unterlagen des Gemeindearchivs</i></font></td>
<td width="180" valign="top" bgcolor="#f4f0e0"><font size="2"><b>Nächster Termin</b><br>Mühlentag am 6. Oktober 2024, 11 bis 17 Uhr, mit Kaffee und Kuchen im Hof.<br><br><b>Mitglied werden</b><br>Der Jahresbeitrag beträgt 15 Euro. Wir freuen uns über jedes neue Mitglied, das unsere Arbeit für die Heimatgeschichte unterstützt!<br><a href="beitritt.html">Beitrittserklärung</a></font></td></tr>
<tr><td colspan="3" align="center"><font size="1"><a href="impressum.html">Impressum</a> | <a href="datenschutz.html">Datenschutz</a> | Letzte Änderung: 12.09.2024</font></td></tr></table></body></html>
)HTML",
            {"Die Mühle am Lindenbach wird zum ersten Mal", "Im Dreißigjährigen Krieg brannte die Mühle", "Bis 1958 lief das Wasserrad", "Heute dreht sich das restaurierte Rad"},
            {"Besucher seit 2003", "Der Jahresbeitrag beträgt 15 Euro", "Gästebuch", "Letzte Änderung"}};
}

}  // namespace

TEST_CASE("kinds7 de: a recipe (ingredients, steps) over teaser cards and a comment thread longer than the steps, hashed classes, JSON-LD") { check_page(de_recipe(), "de_recipe"); }
TEST_CASE("kinds7 en: a product page (description, specification table) whose reviews outweigh the description, a carousel of related products") { check_page(en_product(), "en_product"); }
TEST_CASE("kinds7 de: a forum thread, a question and four replies with ranks, a quote, signatures and similar threads") { check_page(de_forum(), "de_forum"); }
TEST_CASE("kinds7 de: a two-paragraph news item under ten readers' comments three times its length, semantic tags") { check_page(de_short_long_comments(), "de_short_long_comments"); }
TEST_CASE("kinds7 en: a short essay whose author box, headed 'About' and the name, is longer than its paragraphs (hashed classes)") { check_page(en_blog_bio(), "en_blog_bio"); }
TEST_CASE("kinds7 fr: a how-to whose <article> ends on the writer's box, 'À propos de' and her name over a paragraph about her") { check_page(fr_blog_bio(), "fr_blog_bio"); }
TEST_CASE("kinds7 de: a landing page, hero, feature cards of an icon, a title and a sentence, pricing boxes, a footer of link columns") { check_page(de_landing(), "de_landing"); }
TEST_CASE("kinds7 es: a landing page whose feature cards (icon box, title, sentence) follow a hero that wins alone") { check_page(es_landing(), "es_landing"); }
TEST_CASE("kinds7 en: a documentation page with code blocks, a long sidebar menu, an 'on this page' box and a feedback widget") { check_page(en_docs(), "en_docs"); }
TEST_CASE("kinds7 de: an FAQ of <details> boxes, FAQPage JSON-LD, a sidebar of service notices") { check_page(de_faq(), "de_faq"); }
TEST_CASE("kinds7 en: an event page (HTML5 sections, Event JSON-LD) with a schedule, a facts box and more events") { check_page(en_event(), "en_event"); }
TEST_CASE("kinds7 de: a club's history in an old table layout, <font> and <br> paragraphs, between a menu cell and a cell of notices") { check_page(de_table_layout(), "de_table_layout"); }
