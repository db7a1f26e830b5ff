// Page kinds of issue 18, ninth round: an event or product page sets its facts (when, where,
// price, organiser; a product's key data) in an <aside> right beside the description, as a
// definition list, a table of label–value rows or a list of "Label: value" lines. An <aside> is a
// sidebar's tag: on 4888d52 four pages of five lost their facts box (the description alone came out).
// The facts are the article's when they are about it: the box stands next to the article's box,
// holds one list or table of short items, links to no other page, and is no card among cards of
// its kind (extract_facts_box.cpp). In German (hashed div soup), French (HTML5, a table), Spanish
// ("Label: value" items), Japanese (a definition list) and English (a product's key data); and
// what stays out: an aside of links to other events, an aside of facts that is one card of a
// repeated kind, an aside of facts set apart from the description by a box of other text.
// The head of an event page (its one <h1> in a box before the description, over its date line
// with a span of clock times and its place) is the article's too: on 4888d52 the German and French
// pages lost it; a news item's head, stamped with one moment, stays out.
// The Japanese page, its facts inside the <article> the page marked, passed on 4888d52 already.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <string>

#include "extract_test_util.hpp"

namespace {

using winnow::test::has;

struct Page {
    const char* file;
    std::string html;
    std::vector<std::string> in, out;
};

// WINNOW_FRESH_DUMP=DIR writes each page there (k9_<file>.html), to run the CLI on it.
void check(const Page& p) {
    if (const char* dump = std::getenv("WINNOW_FRESH_DUMP")) std::ofstream(std::string(dump) + "/k9_" + p.file + ".html") << p.html;
    const std::string out = winnow::test::text_of(p.html);
    INFO(out);
    for (const std::string& s : p.in) CHECK_MESSAGE(has(out, s), "missing: " << s);
    for (const std::string& s : p.out) CHECK_MESSAGE(!has(out, s), "kept: " << s);
}

}  // namespace

TEST_CASE("de: an event's facts in an <aside> of a definition list beside the description, hashed div soup, more events as cards") {
    check({"de_event", R"HTML(<!DOCTYPE html><html lang="de"><head><meta charset="utf-8"><title>Orgelnacht im Dom – Kulturbüro Steinfurt</title></head>
<body><div class="x7fk2"><a href="/">Kulturbüro Steinfurt</a><div class="q19ab"><a href="/programm">Programm</a> <a href="/tickets">Tickets</a> <a href="/orte">Spielorte</a> <a href="/newsletter">Newsletter</a></div></div>
<div class="m3k0p"><div class="h8s2d"><h1>Orgelnacht im Dom</h1><div class="d02lq">Freitag, 15. November 2024, 20:00–22:30 Uhr</div></div>
<div class="r5t1z"><div class="b77qa">
<p>Zum Abschluss der Orgeltage spielt Domkantor Matthias Kreuzer Werke von Bach, Reger und Messiaen. Zwischen den Stücken erzählt er, wie die große Domorgel nach dem Brand von 1947 Register für Register wiederaufgebaut wurde.</p>
<p>Die Kirche ist nur mit Kerzen beleuchtet. Wer möchte, kann nach dem Konzert auf die Orgelempore steigen und dem Kantor beim Registrieren über die Schulter schauen.</p>
<p>Der Erlös des Abends geht an den Förderverein Domorgel, der die Sanierung der Pfeifen im Schwellwerk finanziert.</p></div>
<aside class="f4v9w"><dl><dt>Ort</dt><dd>Dom St. Clemens, Marktplatz 1</dd><dt>Eintritt</dt><dd>12 Euro, ermäßigt 8 Euro</dd><dt>Einlass</dt><dd>19:30 Uhr</dd><dt>Veranstalter</dt><dd>Förderverein Domorgel e.V.</dd></dl></aside></div>
<div class="t2m8x"><h2>Weitere Termine</h2><div class="c9u1e"><a href="/e/81"><h3>Adventssingen für Familien</h3></a><div>Sonntag, 1. Dezember · 16 Uhr</div></div><div class="c9u1e"><a href="/e/82"><h3>Lesung: Winterreise</h3></a><div>Donnerstag, 5. Dezember · 19 Uhr</div></div><div class="c9u1e"><a href="/e/83"><h3>Neujahrskonzert der Stadtkapelle</h3></a><div>Mittwoch, 1. Januar · 17 Uhr</div></div></div></div>
<div class="z0f3c"><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a> · © 2024 Kulturbüro Steinfurt</div></body></html>)HTML",
           {"15. November 2024, 20:00–22:30 Uhr", "Domkantor Matthias Kreuzer", "nur mit Kerzen beleuchtet", "Förderverein Domorgel, der die Sanierung", "Dom St. Clemens, Marktplatz 1",
            "12 Euro, ermäßigt 8 Euro", "Förderverein Domorgel e.V."},
           {"Adventssingen für Familien", "Neujahrskonzert", "Impressum", "Newsletter"}});
}

TEST_CASE("fr: an event's facts in an <aside> of a table of label-value rows after the description, HTML5 sections") {
    check({"fr_event", R"HTML(<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Atelier de reliure japonaise – Médiathèque des Tanneurs</title></head>
<body><header><a href="/">Médiathèque des Tanneurs</a><nav><a href="/agenda">Agenda</a><a href="/catalogue">Catalogue</a><a href="/horaires">Horaires</a><a href="/contact">Contact</a></nav></header>
<main><section class="ev-head"><h1>Atelier de reliure japonaise</h1><p class="ev-date">Samedi 23 novembre 2024, 14:00 – 17:00</p></section>
<section class="ev-desc"><h2>Présentation</h2><p>Apprenez à coudre un carnet à la main selon la technique japonaise du yotsume toji, sans colle ni machine. Chaque participant repart avec deux carnets qu'il aura entièrement fabriqués.</p>
<p>L'atelier est animé par Claire Vasseur, relieuse d'art installée dans le quartier depuis vingt ans. Le papier, le fil et les outils sont fournis ; apportez simplement une paire de lunettes si vous en portez pour lire.</p></section>
<aside class="ev-infos"><h3>Infos pratiques</h3><table><tr><th>Lieu</th><td>Salle d'animation, 2e étage</td></tr><tr><th>Public</th><td>Adultes et adolescents dès 14 ans</td></tr><tr><th>Tarif</th><td>Gratuit, sur inscription</td></tr><tr><th>Places</th><td>12 participants</td></tr></table></aside>
<section class="ev-plus"><h2>À découvrir aussi</h2><article><a href="/a/1"><h3>Club de lecture polar</h3></a><p>Mardi 26 novembre</p></article><article><a href="/a/2"><h3>Initiation à la généalogie</h3></a><p>Jeudi 28 novembre</p></article><article><a href="/a/3"><h3>Heure du conte</h3></a><p>Mercredi 4 décembre</p></article></section></main>
<footer><p>© 2024 Ville de Tanneurs. <a href="/mentions">Mentions légales</a></p></footer></body></html>)HTML",
           {"Samedi 23 novembre 2024, 14:00 – 17:00", "yotsume toji", "Claire Vasseur, relieuse", "Salle d'animation, 2e étage", "Adultes et adolescents dès 14 ans", "Gratuit, sur inscription"},
           {"Club de lecture polar", "Heure du conte", "Mentions légales", "Horaires"}});
}

TEST_CASE("es: an event's facts as 'Label: value' items in an <aside> before the description, a mail link to the organiser") {
    check({"es_event", R"HTML(<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><title>Ruta nocturna por el casco antiguo | Turismo Albarracín</title></head>
<body><header><a href="/">Turismo Albarracín</a><nav><a href="/rutas">Rutas</a><a href="/alojamiento">Alojamiento</a><a href="/agenda">Agenda</a><a href="/contacto">Contacto</a></nav></header>
<main><h1>Ruta nocturna por el casco antiguo</h1>
<div class="row"><aside class="datos"><ul><li>Fecha: viernes 18 de octubre de 2024</li><li>Hora: 21:30</li><li>Salida: Plaza Mayor, junto a la fuente</li><li>Precio: 10 €, menores de 12 gratis</li><li>Reservas: <a href="mailto:rutas@albarracin.example">rutas@albarracin.example</a></li></ul></aside>
<div class="texto"><p>Recorremos a la luz de los faroles las calles empinadas de la villa, desde la muralla hasta la catedral, mientras un guía local cuenta las leyendas de los señores de Azagra y de los bandoleros de la sierra.</p>
<p>El paseo dura unas dos horas y tiene tramos con escaleras. Recomendamos calzado cómodo y una linterna pequeña; en otoño refresca mucho al caer la noche.</p></div></div>
<section class="otras"><h2>Otras actividades</h2><ul><li><a href="/act/1">Visita a las pinturas rupestres</a></li><li><a href="/act/2">Taller de cerámica mudéjar</a></li><li><a href="/act/3">Cata de vinos de la comarca</a></li></ul></section></main>
<footer><p>© 2024 Oficina de Turismo. <a href="/aviso-legal">Aviso legal</a></p></footer></body></html>)HTML",
           {"a la luz de los faroles", "tramos con escaleras", "Salida: Plaza Mayor, junto a la fuente", "Precio: 10 €, menores de 12 gratis"},
           {"Visita a las pinturas rupestres", "Cata de vinos", "Aviso legal", "Alojamiento"}});
}

TEST_CASE("ja: an event's facts in an <aside> of a definition list after the description, HTML5") {
    check({"ja_event", R"HTML(<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>秋の星空観察会｜みどり台科学館</title></head>
<body><header><a href="/">みどり台科学館</a><nav><a href="/guide">ご利用案内</a><a href="/events">イベント</a><a href="/access">アクセス</a></nav></header>
<main><article class="event"><h1>秋の星空観察会</h1><p class="when">2024年10月26日（土）18時30分から20時30分まで</p>
<div class="body"><p>屋上の天体観測室で、口径四十センチの反射望遠鏡を使って土星の環や秋の星雲を観察します。学芸員が星座の見つけ方や、季節ごとに見える星の違いをやさしく解説します。</p>
<p>曇りや雨の場合は、プラネタリウムで当日の星空を再現して解説を行います。夜は冷えますので、上着を一枚お持ちください。</p></div>
<aside class="facts"><dl><dt>会場</dt><dd>本館屋上 天体観測室</dd><dt>対象</dt><dd>小学生以上（小学生は保護者同伴）</dd><dt>定員</dt><dd>先着三十名</dd><dt>参加費</dt><dd>無料（入館料が必要です）</dd></dl></aside></article>
<section class="more"><h2>ほかのイベント</h2><ul><li><a href="/e/11">親子で作る紙飛行機教室</a></li><li><a href="/e/12">化石のレプリカづくり</a></li><li><a href="/e/13">冬の天文講座</a></li></ul></section></main>
<footer><p>© 2024 みどり台科学館</p></footer></body></html>)HTML",
           {"口径四十センチの反射望遠鏡", "プラネタリウムで当日の星空を再現", "本館屋上 天体観測室", "小学生以上（小学生は保護者同伴）", "先着三十名"},
           {"紙飛行機教室", "化石のレプリカづくり", "アクセス"}});
}

TEST_CASE("en: a product's key data in an <aside> beside its description, a carousel of related products after them") {
    check({"en_product", R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ridgeline 38 Hiking Pack – Alder Outfitters</title></head>
<body><header><a href="/">Alder Outfitters</a><nav><a href="/packs">Packs</a><a href="/tents">Tents</a><a href="/sale">Sale</a><a href="/cart">Cart (0)</a></nav></header>
<main><div class="pdp"><h1>Ridgeline 38 Hiking Pack</h1><div class="price">$149.00</div>
<div class="pdp-grid"><div class="pdp-desc"><p>The Ridgeline 38 carries a weekend's gear without the bulk of an expedition pack. Its frame sheet and a ventilated back panel keep the load close to your spine on steep trail.</p>
<p>A side zip opens the main compartment without unpacking from the top, and the lid converts into a small day bag for summit pushes.</p></div>
<aside class="pdp-key"><h2>Key facts</h2><dl><dt>Volume</dt><dd>38 litres</dd><dt>Weight</dt><dd>1.2 kg</dd><dt>Torso length</dt><dd>43–53 cm, adjustable</dd><dt>Fabric</dt><dd>210D recycled nylon</dd></dl></aside></div></div>
<section class="related"><h2>You may also like</h2><div class="card"><a href="/p/2"><h3>Ridgeline 28 Daypack</h3></a><span>$119.00</span></div><div class="card"><a href="/p/3"><h3>Trail Hydration Sleeve</h3></a><span>$24.00</span></div><div class="card"><a href="/p/4"><h3>Packable Rain Cover</h3></a><span>$19.00</span></div></section></main>
<footer><p>© 2024 Alder Outfitters. <a href="/returns">Returns</a> <a href="/privacy">Privacy</a></p></footer></body></html>)HTML",
           {"carries a weekend's gear", "A side zip opens the main compartment", "38 litres", "43–53 cm, adjustable", "210D recycled nylon"},
           {"Ridgeline 28 Daypack", "Packable Rain Cover", "Cart (0)", "Returns"}});
}

TEST_CASE("left alone: asides of links, of facts repeated card by card, and of facts set apart from the description stay out") {
    const std::string head = R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harvest Market on the Green</title></head><body><main><h1>Harvest Market on the Green</h1>)HTML";
    const std::string desc = R"HTML(<section class="desc"><p>Forty farmers and bakers from the valley set up their stalls on the village green for the last market of the season, with cider pressing for children and a brass band in the afternoon.</p><p>Bring your own bags and baskets; the market has been free of plastic packaging since it began, and the stallholders will gladly refill your jars.</p></section>)HTML";
    SUBCASE("an aside of links to other events") {
        const std::string out = winnow::test::text_of(head + desc + R"HTML(<aside class="more"><ul><li><a href="/e/1">Cider Pressing Day</a></li><li><a href="/e/2">Autumn Walk on the Ridge</a></li><li><a href="/e/3">Pumpkin Carving Night</a></li></ul></aside></main></body></html>)HTML");
        CHECK(has(out, "Forty farmers and bakers"));
        CHECK(!has(out, "Pumpkin Carving Night"));
    }
    SUBCASE("facts of one card among cards of their kind") {
        const std::string out = winnow::test::text_of(head + desc + R"HTML(<aside class="ev-card"><dl><dt>When</dt><dd>Saturday 10 am</dd><dt>Where</dt><dd>Mill Lane Barn</dd><dt>Price</dt><dd>$5 a family</dd></dl></aside><aside class="ev-card"><dl><dt>When</dt><dd>Sunday 2 pm</dd><dt>Where</dt><dd>Old School Hall</dd><dt>Price</dt><dd>Free entry</dd></dl></aside></main></body></html>)HTML");
        CHECK(has(out, "Forty farmers and bakers"));
        CHECK(!has(out, "Mill Lane Barn"));
        CHECK(!has(out, "Old School Hall"));
    }
    SUBCASE("a news item's head: the one <h1> over a byline stamped with one moment, no span") {
        const std::string out = winnow::test::text_of(R"HTML(<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Harvest Market on the Green</title></head><body><main><div class="head"><h1>Harvest Market on the Green</h1><div class="by">Staff reporter · Oct 5, 2024, 9:41 am</div></div>)HTML" + desc + "</main></body></html>");
        CHECK(has(out, "Forty farmers and bakers"));
        CHECK(!has(out, "Staff reporter"));
    }
    SUBCASE("facts set apart from the description by a box of other text") {
        const std::string out = winnow::test::text_of(head + desc + R"HTML(<div class="promo"><p>Sign up for our monthly letter and never miss a market again.</p></div><aside class="side"><dl><dt>Opening</dt><dd>Mon–Fri 9 am to 5 pm</dd><dt>Phone</dt><dd>01632 960 441</dd><dt>Office</dt><dd>Parish Hall, room 2</dd></dl></aside></main></body></html>)HTML");
        CHECK(has(out, "Forty farmers and bakers"));
        CHECK(!has(out, "Parish Hall, room 2"));
    }
}
